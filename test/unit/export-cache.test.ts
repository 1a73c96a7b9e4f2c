import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../src/domain/render/model';
import { ExportCache, type ResolvedExport } from '../../src/server/modules/exports/exports.service';

const resolved = (cacheKey: string | null, loads: { n: number }): ResolvedExport => ({
  fileBase: 'rutin-v1',
  cacheKey,
  model: async () => {
    loads.n += 1;
    return {} as RenderModel;
  },
});

describe('ExportCache', () => {
  it('renders a frozen version’s file once per key and kind, and keeps the bytes', async () => {
    const cache = new ExportCache();
    const loads = { n: 0 };
    let renders = 0;
    const render = async () => Buffer.from(`pdf ${++renders}`);
    const first = await cache.get('pdf', resolved('hash:sv', loads), render);
    const again = await cache.get('pdf', resolved('hash:sv', loads), render);
    expect(again).toBe(first);
    expect([renders, loads.n]).toEqual([1, 1]);
    await cache.get('docx', resolved('hash:sv', loads), render);
    await cache.get('pdf', resolved('hash:en', loads), render);
    expect(renders).toBe(3);
  });

  it('renders concurrent first requests once', async () => {
    const cache = new ExportCache();
    let renders = 0;
    const render = async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 5));
      return 'bytes';
    };
    const loads = { n: 0 };
    await Promise.all([1, 2, 3].map(() => cache.get('md', resolved('h:sv', loads), render)));
    expect(renders).toBe(1);
  });

  it('never keeps the draft or a version awaiting its decision (no key)', async () => {
    const cache = new ExportCache();
    let renders = 0;
    const loads = { n: 0 };
    await cache.get('pdf', resolved(null, loads), () => `draft ${++renders}`);
    expect(await cache.get('pdf', resolved(null, loads), () => `draft ${++renders}`)).toBe(
      'draft 2',
    );
  });

  it('forgets the least recently used file beyond its capacity', async () => {
    const cache = new ExportCache(2);
    let renders = 0;
    const loads = { n: 0 };
    const render = () => `r${++renders}`;
    await cache.get('pdf', resolved('a', loads), render);
    await cache.get('pdf', resolved('b', loads), render);
    await cache.get('pdf', resolved('c', loads), render);
    expect(await cache.get('pdf', resolved('a', loads), render)).toBe('r4');
  });
});
