import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine, freezeAndAdopt, saveAnswers } from '../helpers/adopted-routine';
import { createTestApp, type TestApp } from '../helpers/app';
import { ChildServer } from '../helpers/child-server';
import { addMember } from '../helpers/factories';

/**
 * The fast path of `/r/:slug` (published-fast-path.ts) answers ready pages before any other
 * hook. It must send what the ordinary path sends, header for header, and never a page that
 * changed or is not public. The shared stamp is read once a minute here, so what these tests
 * see comes from this process's own notices (and, across processes, from Redis).
 */
let t: TestApp;
let adopted: Awaited<ReturnType<typeof createAdoptedRoutine>>;
// An adopted routine takes dozens of requests: generous on a loaded machine.
beforeAll(async () => {
  t = await createTestApp({ publishStampIntervalMs: 60_000 });
  adopted = await createAdoptedRoutine(t.app);
}, 120_000);
afterAll(async () => t?.close());

type Headers = Record<string, string | string[] | number | undefined>;
const served = () => ({ ...t.app.publishedPages.served });
const get = async (url: string, headers: Record<string, string> = {}, method = 'GET') => {
  const res = await t.app.inject({ method: method as 'GET', url, headers });
  return { status: res.statusCode, headers: res.headers as Headers, body: res.rawPayload };
};
/** Every header but the ones that differ per response. */
const comparable = (h: Headers) => {
  const { date: _date, 'x-request-id': id, connection: _c, 'keep-alive': _k, ...rest } = h;
  expect(id).toMatch(/^[\w.:-]+$/);
  return rest;
};
const ASKS: Record<string, Record<string, string>> = {
  raw: {},
  gzip: { 'accept-encoding': 'gzip, deflate' },
  br: { 'accept-encoding': 'gzip, deflate, br' },
};

describe('the fast path of /r/:slug', () => {
  it('sends the same headers and bytes as the ordinary path, for every encoding, HEAD and 304', async () => {
    const url = `/r/${adopted.slug}`;
    const cases = [
      ...Object.entries(ASKS).flatMap(([name, headers]) => [
        { name, url, headers, method: 'GET' },
        { name: `${name} en`, url: `${url}?lang=en`, headers, method: 'GET' },
        { name: `${name} HEAD`, url, headers, method: 'HEAD' },
      ]),
    ];
    // The ordinary path: with the fast path off, every request goes through the route.
    t.app.publishedPages.setActive(false);
    const ordinary = [];
    for (const c of cases) ordinary.push(await get(c.url, c.headers, c.method));
    const etag = String(ordinary[0]!.headers.etag);
    const notModified = await get(url, { 'if-none-match': etag });
    t.app.publishedPages.setActive(true);
    expect(served()).toEqual({ ok: 0, notModified: 0 });

    await get(url);
    await get(`${url}?lang=en`);
    for (const [i, c] of cases.entries()) {
      const fast = await get(c.url, c.headers, c.method);
      expect(fast.status, c.name).toBe(200);
      expect(comparable(fast.headers), c.name).toEqual(comparable(ordinary[i]!.headers));
      expect(fast.body.equals(ordinary[i]!.body), c.name).toBe(true);
    }
    const fast304 = await get(url, { 'if-none-match': `W/"x", ${etag}` });
    expect(fast304.status).toBe(304);
    expect(fast304.body.length).toBe(0);
    expect(comparable(fast304.headers)).toEqual(comparable(notModified.headers));
    expect(served()).toEqual({ ok: cases.length, notModified: 1 });

    // HEAD: the GET's length, no body.
    const head = await get(url, ASKS.gzip!, 'HEAD');
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
  });

  it('carries every security header the app sets elsewhere (helmet’s own hook)', async () => {
    const elsewhere = await get('/healthz');
    const fast = await get(`/r/${adopted.slug}`);
    const before = served().ok;
    const again = await get(`/r/${adopted.slug}`);
    expect(served().ok).toBe(before + 1);
    const security = Object.keys(elsewhere.headers).filter(
      (k) =>
        ![
          'content-type',
          'content-length',
          'date',
          'connection',
          'keep-alive',
          'x-request-id',
          'cache-control',
        ].includes(k),
    );
    expect(security).toContain('content-security-policy');
    expect(security).toContain('strict-transport-security');
    for (const k of security) {
      expect(again.headers[k], k).toBe(elsewhere.headers[k]);
      expect(fast.headers[k], k).toBe(elsewhere.headers[k]);
    }
    expect(again.headers['cache-control']).toBe('public, max-age=60');
    expect(again.headers.vary).toBe('accept-encoding');
  });

  it('leaves other queries, other methods and members-only routines to the route', {
    timeout: 120_000,
  }, async () => {
    const url = `/r/${adopted.slug}`;
    await get(url);
    const before = served();
    // A version by number is for members: the route decides (a stranger gets the 404 page).
    expect((await get(`${url}?version=1`)).status).toBe(404);
    expect((await get(`${url}?lang=en&utm=x`)).status).toBe(200);
    expect((await get(`${url}?lang=%01`)).status).toBe(400);
    expect((await get(url, {}, 'POST')).status).toBe(404);
    expect((await get(`${url}/diagram.svg`)).status).toBe(200);
    expect(served()).toEqual(before);

    const hidden = await createAdoptedRoutine(t.app, { visibility: 'members' });
    const reader = await addMember(t.app, hidden.coordinator, hidden.collaborationId, {
      role: 'reader',
    });
    const stranger = await get(`/r/${hidden.slug}`);
    const unknown = await get('/r/finns-inte');
    expect(stranger.status).toBe(404);
    expect(stranger.body.equals(unknown.body)).toBe(true);
    const asMember = await get(`/r/${hidden.slug}`, { cookie: reader.cookie });
    expect(asMember.status).toBe(200);
    expect(asMember.headers['cache-control']).toBe('private, no-cache');
    expect((await get(`/r/${hidden.slug}`)).status).toBe(404);
    expect(served()).toEqual(before);
  });

  it('stops serving a page at once when it changes: visibility, a new version, a new address', {
    timeout: 120_000,
  }, async () => {
    const url = `/r/${adopted.slug}`;
    const fromMemory = async (path: string) => {
      const before = served().ok;
      const res = await get(path);
      return { ...res, fromMemory: served().ok === before + 1 };
    };
    await get(url);
    expect((await fromMemory(url)).fromMemory).toBe(true);
    const patch = (body: object) =>
      adopted.coordinator.patch(`/api/routines/${adopted.routineId}`, body);

    expect((await patch({ visibility: 'members' })).status).toBe(200);
    const hidden = await fromMemory(url);
    expect([hidden.status, hidden.fromMemory]).toEqual([404, false]);
    expect((await patch({ visibility: 'public' })).status).toBe(200);
    expect((await get(url)).status).toBe(200);

    const v1 = (await fromMemory(url)).headers['x-offline-version'];
    expect(v1).toMatch(/^\d+\./);
    await saveAnswers(adopted.coordinator, adopted.routineId, { 's4.q1': 'Ring jouren först.' });
    await freezeAndAdopt(adopted.coordinator, adopted.routineId);
    const replaced = await fromMemory(url);
    expect(replaced.fromMemory).toBe(false);
    expect(replaced.headers['x-offline-version']).not.toBe(v1);
    expect((await fromMemory(url)).fromMemory).toBe(true);

    const renamed = `${adopted.slug}-flyttad`;
    expect((await patch({ slug: renamed })).status).toBe(200);
    const moved = await fromMemory(url);
    expect([moved.status, moved.fromMemory]).toEqual([301, false]);
    expect((await patch({ slug: adopted.slug })).status).toBe(200);
    expect((await get(url)).status).toBe(200);
  });
});

describe('the rate limit of /r/:slug', () => {
  it('counts renders and misses per address, not answers from memory', {
    timeout: 120_000,
  }, async () => {
    const limited = await createTestApp({ limits: { publishedPagesPerIpPerMinute: 3 } });
    try {
      const page = await createAdoptedRoutine(limited.app);
      const visit = async (url: string) =>
        (await limited.app.inject({ method: 'GET', url })).statusCode;
      expect(await visit(`/r/${page.slug}`)).toBe(200);
      expect(await visit('/r/finns-inte')).toBe(404);
      expect(await visit('/r/finns-inte-heller')).toBe(404);
      for (let i = 0; i < 5; i++) expect(await visit(`/r/${page.slug}`)).toBe(200);
      expect(await visit('/r/finns-inte')).toBe(429);
      expect(await visit(`/r/${page.slug}?version=1`)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
describe.runIf(process.env.TEST_DB === 'postgres' && Boolean(redisUrl))(
  'two processes on one PostgreSQL and Redis',
  () => {
    let a: TestApp;
    let b: ChildServer;
    const prefix = `samrutin-test-${crypto.randomUUID().slice(0, 8)}:`;
    beforeAll(async () => {
      // Neither process rereads the shared stamp within the test: only Redis can tell B.
      a = await createTestApp(
        { publishStampIntervalMs: 60_000 },
        { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: prefix },
      );
      b = new ChildServer(
        {
          DATABASE_URL: a.databaseUrl!,
          REDIS_URL: redisUrl!,
          REDIS_KEY_PREFIX: prefix,
          PUBLISH_STAMP_MS: '60000',
        },
        150_000,
      );
      await b.start();
    }, 200_000);
    afterAll(async () => {
      await b?.kill();
      await a?.close();
    });

    const servedByB = async () => {
      const metrics = await (await fetch(`${b.url}/metrics`)).text();
      const line = /samrutin_published_fast_responses_total\{status="200"\} (\d+)/.exec(metrics);
      return Number(line?.[1] ?? 0);
    };
    const visitB = async (path: string) => {
      const res = await fetch(`${b.url}${path}`, { redirect: 'manual' });
      await res.arrayBuffer();
      return res.status;
    };

    it('a page made private in one process is not served by the other at its next request', {
      timeout: 120_000,
    }, async () => {
      const page = await createAdoptedRoutine(a.app);
      const url = `/r/${page.slug}`;
      expect(await visitB(url)).toBe(200);
      const before = await servedByB();
      expect(await visitB(url)).toBe(200);
      expect(await servedByB()).toBe(before + 1);

      const patch = (body: object) =>
        page.coordinator.patch(`/api/routines/${page.routineId}`, body);
      expect((await patch({ visibility: 'members' })).status).toBe(200);
      expect(await visitB(url)).toBe(404);
      expect((await patch({ visibility: 'public' })).status).toBe(200);
      expect(await visitB(url)).toBe(200);
      expect(await visitB(url)).toBe(200);
      const renamed = `${page.slug}-ny`;
      expect((await patch({ slug: renamed })).status).toBe(200);
      expect(await visitB(url)).toBe(301);
      expect(await visitB(`/r/${renamed}`)).toBe(200);
    });
  },
);
