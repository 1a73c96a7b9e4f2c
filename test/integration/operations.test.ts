import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { listenLive, liveClient } from '../helpers/live';

let t: TestApp;
let guarded: TestApp;
const TOKEN = 'metrics-token-for-tests-0123456789';
beforeAll(async () => {
  t = await createTestApp();
  guarded = await createTestApp({ configOverrides: { METRICS_TOKEN: TOKEN } });
});
afterAll(async () => {
  await t.close();
  await guarded.close();
});

describe('request ids', () => {
  it('creates an x-request-id for every response and puts it into error bodies', async () => {
    const c = new Client(t.app);
    const ok = await c.get('/api/template');
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await c.get('/api/routines/nope');
    const id = missing.headers['x-request-id'];
    expect(missing.status).toBe(401);
    expect(missing.body.error.details.requestId).toBe(id);
  });

  it('honours a plain incoming x-request-id and replaces an unsafe one', async () => {
    const c = new Client(t.app);
    const given = await c.request('GET', '/api/nothing-here', undefined, {
      'x-request-id': 'proxy-42.a',
    });
    expect(given.status).toBe(404);
    expect(given.headers['x-request-id']).toBe('proxy-42.a');
    expect(given.body.error.details.requestId).toBe('proxy-42.a');
    const unsafe = await c.request('GET', '/healthz', undefined, { 'x-request-id': 'a b\u00e5' });
    expect(unsafe.headers['x-request-id']).not.toBe('a b\u00e5');
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps list-shaped details (field errors) as they are; the header names the request', async () => {
    const c = await signUp(t.app);
    const bad = await c.post('/api/collaborations', { name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([{ field: 'name', message: expect.any(String) }]);
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(Object.keys(bad.body.error).sort()).toEqual(['code', 'details', 'message']);
  });
});

describe('health', () => {
  it('answers /healthz and /readyz with the database up', async () => {
    const c = new Client(t.app);
    expect((await c.get('/healthz')).body).toEqual({ status: 'ok', node: process.version });
    const ready = await c.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: true }, down: [] });
  });

  it('answers /readyz 503 naming Redis when Redis does not answer', async () => {
    const broken = await createTestApp({ configOverrides: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const ready = await new Client(broken.app).get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.down).toEqual(['redis']);
      expect(ready.body.checks).toEqual({ database: true, redis: false });
    } finally {
      await broken.close();
    }
  });
});

describe('metrics', () => {
  it('serves Prometheus text to loopback when no token is set, 404 to anyone else', async () => {
    await new Client(t.app).get('/api/template');
    const local = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(local.statusCode).toBe(200);
    expect(local.headers['content-type']).toMatch(/^text\/plain/);
    expect(local.body).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/template"/);
    expect(local.body).toMatch(/samrutin_db_query_duration_seconds_count\{outcome="ok"\} [1-9]/);
    const remote = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.1.2.3',
    });
    expect(remote.statusCode).toBe(404);
    const forwarded = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.1.2.3',
      headers: { 'x-forwarded-for': '127.0.0.1' },
    });
    expect(forwarded.statusCode).toBe(404);
  });

  it('wants the bearer token when METRICS_TOKEN is set, also from loopback', async () => {
    const none = await guarded.app.inject({ method: 'GET', url: '/metrics' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('UNAUTHENTICATED');
    const wrong = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN.replace('0', 'x')}` },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await guarded.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '10.1.2.3',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
    expect(right.body).toMatch(/process_cpu_user_seconds_total/);
  });

  it('counts export renders by format', async () => {
    const c = await signUp(t.app);
    const collab = await c.post('/api/collaborations', { name: 'Metrikkommun' });
    const routine = await c.post(`/api/collaborations/${collab.body.id}/routines`, {
      title: 'Rutin',
    });
    expect((await c.get(`/api/routines/${routine.body.id}/export.md`)).status).toBe(200);
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/samrutin_export_renders_total\{format="md",outcome="ok"\} 1/);
  });

  it('shows live connections and documents, and the job queue', async () => {
    const metric = async (name: string) => {
      const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      const line = text.split('\n').find((l) => l.startsWith(`${name} `));
      if (!line) throw new Error(`no ${name} in /metrics`);
      return Number(line.split(' ')[1]);
    };
    const jobs = async () => ({
      pending: await metric('samrutin_jobs{status="pending"}'),
      due: await metric('samrutin_jobs_due'),
    });
    expect(await metric('samrutin_live_connections')).toBe(0);
    expect(await metric('samrutin_live_documents')).toBe(0);

    const c = await signUp(t.app);
    const collab = await c.post('/api/collaborations', { name: 'Livekommun' });
    const routine = await c.post(`/api/collaborations/${collab.body.id}/routines`, {
      title: 'Rutin',
    });
    const server = await listenLive(t.app);
    const a = liveClient(server, c, routine.body.id);
    const b = liveClient(server, c, routine.body.id);
    try {
      await a.synced();
      await b.synced();
      expect(await metric('samrutin_live_connections')).toBe(2);
      expect(await metric('samrutin_live_documents')).toBe(1);
    } finally {
      a.destroy();
      b.destroy();
    }

    const before = await jobs();
    t.app.jobs.register('test.metrics', async () => {});
    const now = t.app.clock.now();
    await t.app.jobs.enqueue({ kind: 'test.metrics', dedupeKey: 'metrics-due', payload: null });
    await t.app.jobs.enqueue({
      kind: 'test.metrics',
      dedupeKey: 'metrics-later',
      payload: null,
      runAt: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    expect(await jobs()).toEqual({ pending: before.pending + 2, due: before.due + 1 });
  });
});
