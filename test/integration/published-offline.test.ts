import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
let membersOnly: Awaited<ReturnType<typeof createAdoptedRoutine>>;
beforeAll(async () => {
  t = await createTestApp();
  adopted = await createAdoptedRoutine(t.app);
  membersOnly = await createAdoptedRoutine(t.app, { visibility: 'members' });
});
afterAll(async () => t.close());

const get = async (url: string, cookie?: string) => {
  const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  return { status: res.statusCode, body: res.body, raw: res.rawPayload, headers: res.headers };
};

describe('the published page’s offline layer (issue 21)', () => {
  it('marks a public adopted page as storable and links the manifest, icon and a deferred script', async () => {
    const res = await get(`/r/${adopted.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers['x-offline-version']).toMatch(/^1\.[0-9a-f]{12}$/);
    const html = res.body;
    expect(html).toContain(`<link rel="manifest" href="/r/${adopted.slug}/manifest.webmanifest">`);
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script src="\/r\/assets\/offline\.[0-9a-f]{12}\.js" defer>$/);
    // version, checksum and the hidden notices the script reveals
    const hash = String(res.headers['x-offline-version']).split('.')[1];
    expect(html).toContain(`Kontrollsumma ${hash}`);
    expect(html).toContain(`data-version="1.${hash}"`);
    expect(html).toMatch(/id="offline-updated" role="status" hidden>Rutinen har uppdaterats\./);
    expect(html).toMatch(
      /id="offline-stale" role="alert" hidden>[^<]*Kontrollera att du har den senaste versionen/,
    );
    const en = await get(`/r/${adopted.slug}?lang=en`);
    expect(en.body).toContain(`/r/${adopted.slug}/manifest.webmanifest?lang=en`);
    expect(en.body).toContain('The routine has been updated.');
  });

  it('never marks a members-only page, a preview or the not-found page', async () => {
    const member = await get(`/r/${membersOnly.slug}`, membersOnly.coordinator.cookie);
    expect(member.status).toBe(200);
    expect(member.headers['x-offline-version']).toBeUndefined();
    expect(member.body).not.toContain('<script');
    expect(member.body).not.toContain('rel="manifest"');
    const preview = await get(`/r/${adopted.slug}?version=draft`, adopted.coordinator.cookie);
    expect(preview.status).toBe(200);
    expect(preview.headers['x-offline-version']).toBeUndefined();
    expect(preview.body).not.toContain('<script');
    const missing = await get('/r/finns-inte');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-offline-version']).toBeUndefined();
  });

  it('serves a valid web app manifest for a public routine only', async () => {
    const res = await get(`/r/${adopted.slug}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    const manifest = JSON.parse(res.body);
    expect(manifest.name).toContain('–');
    expect(manifest.start_url).toBe(`/r/${adopted.slug}`);
    expect(manifest.scope).toBe(`/r/${adopted.slug}`);
    expect(manifest.display).toBe('standalone');
    expect(manifest.lang).toBe('sv');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const png = await get(icon.src);
      expect(png.status).toBe(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(png.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(png.raw.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    const en = JSON.parse((await get(`/r/${adopted.slug}/manifest.webmanifest?lang=en`)).body);
    expect(en.start_url).toBe(`/r/${adopted.slug}?lang=en`);
    expect(en.lang).toBe('en');

    const members = await get(
      `/r/${membersOnly.slug}/manifest.webmanifest`,
      membersOnly.coordinator.cookie,
    );
    expect(members.status).toBe(404);
    expect((await get(`/r/${adopted.slug}/manifest.webmanifest?version=1`)).status).toBe(404);
  });

  it('serves the service worker at /r/sw.js (scope /r/) and the registration script', async () => {
    const sw = await get('/r/sw.js');
    expect(sw.status).toBe(200);
    expect(sw.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(sw.headers['cache-control']).toBe('no-cache');
    const config = JSON.parse(/^const CONFIG = (.*);$/m.exec(sw.body)![1]!);
    expect(config.limit).toBe(20);
    const html = (await get(`/r/${adopted.slug}`)).body;
    const scriptHref = /<script src="([^"]+)"/.exec(html)![1]!;
    expect(config.assets).toContain(scriptHref);
    for (const asset of config.assets) expect((await get(asset)).status).toBe(200);
    const script = await get(scriptHref);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain("register('/r/sw.js', { scope: '/r/' })");
  });

  it('answers /favicon.ico with an icon', async () => {
    const res = await get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
    expect([...res.raw.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });
});
