import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../helpers/app';
import { ChildServer, HttpClient } from '../helpers/child-server';
import { freshDatabaseEnv } from '../helpers/databases';

/**
 * Several app processes: migrations run once when two start together against one empty
 * PostgreSQL; SIGTERM shuts a process down cleanly; rate limits are shared through Redis.
 */
const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const redisUrl = process.env.TEST_REDIS_URL;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.runIf(dialect === 'postgres')(
  'two processes starting against one empty PostgreSQL',
  () => {
    it('migrates once; both serve', { timeout: 120_000 }, async () => {
      const target = await freshDatabaseEnv('postgres', 'mig');
      cleanups.push(target.drop);
      const servers = [new ChildServer(target.env, 150_000), new ChildServer(target.env, 150_000)];
      for (const s of servers) cleanups.push(() => s.kill());
      await Promise.all(servers.map((s) => s.start()));
      for (const s of servers) {
        const ready = await new HttpClient(() => s.url).request('GET', '/readyz');
        expect(ready.status).toBe(200);
      }
      const client = new pg.Client({ connectionString: target.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client.query(
        'select name, count(*)::int as n from kysely_migration group by name having count(*) > 1',
      );
      const total = await client.query('select count(*)::int as n from kysely_migration');
      await client.end();
      expect(rows).toEqual([]);
      expect(total.rows[0].n).toBeGreaterThan(3);
    });
  },
);

describe(`graceful shutdown (${dialect})`, () => {
  it('answers the requests under way and exits 0 on SIGTERM', { timeout: 200_000 }, async () => {
    const target = await freshDatabaseEnv(dialect, 'term');
    cleanups.push(target.drop);
    const server = new ChildServer(target.env, 150_000);
    cleanups.push(() => server.kill());
    await server.start();
    const http = new HttpClient(() => server.url);
    const inFlight = Array.from({ length: 40 }, () =>
      http.request('GET', '/api/template').then(
        (r) => r.status,
        // Refused: the connection came after the server stopped listening (never accepted).
        (err: { cause?: { code?: string } }) =>
          err.cause?.code === 'ECONNREFUSED' ? ('refused' as const) : ('broken' as const),
      ),
    );
    // SIGTERM once the server is busy answering them.
    await Promise.race(inFlight);
    const code = await server.terminate();
    const statuses = await Promise.all(inFlight);
    expect(code).toBe(0);
    expect(server.output).toMatch(/shut down cleanly/);
    // No request got a 5xx other than 503 while closing. (A request sent on a reused idle
    // keep-alive socket as it closes can see a reset: clients retry those; not asserted here.)
    for (const s of statuses) expect([200, 503, 'refused', 'broken']).toContain(s);
    expect(statuses).toContain(200);
  });
});

describe.runIf(Boolean(redisUrl))('rate limits shared through Redis', () => {
  it('counts sign-ups on two app instances in one budget', async () => {
    const prefix = `samrutin-test-${crypto.randomUUID().slice(0, 8)}:`;
    const apps: TestApp[] = [];
    for (let i = 0; i < 2; i++) {
      apps.push(
        await createTestApp({
          limits: { signUpPerIpPerHour: 3 },
          configOverrides: { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: prefix },
        }),
      );
    }
    cleanups.push(() => Promise.all(apps.map((a) => a.close())));
    const signUp = (t: TestApp) =>
      new Client(t.app).post('/api/auth/sign-up/email', {
        name: 'Delad',
        email: `delad-${crypto.randomUUID().slice(0, 8)}@example.org`,
        password: 'correct horse battery',
      });
    const [a, b] = apps as [TestApp, TestApp];
    expect((await signUp(a)).status).toBe(200);
    expect((await signUp(b)).status).toBe(200);
    expect((await signUp(a)).status).toBe(200);
    const limited = await signUp(b);
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await signUp(a)).status).toBe(429);
  });

  it('keeps separate budgets without Redis (the control)', async () => {
    const apps = [
      await createTestApp({ limits: { signUpPerIpPerHour: 1 } }),
      await createTestApp({ limits: { signUpPerIpPerHour: 1 } }),
    ];
    cleanups.push(() => Promise.all(apps.map((a) => a.close())));
    for (const t of apps) {
      const res = await new Client(t.app).post('/api/auth/sign-up/email', {
        name: 'Egen',
        email: `egen-${crypto.randomUUID().slice(0, 8)}@example.org`,
        password: 'correct horse battery',
      });
      expect(res.status).toBe(200);
    }
  });
});
