import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';

/**
 * Issue 20: a looked-up session is reused for a few seconds (src/server/http/session-cache.ts),
 * yet ending a session stays immediate. Each test first uses the cookie, so that the session is
 * in the cache, then ends it and replays the old cookie at once.
 */
const PASSWORD = 'correct horse battery';
const ADMIN = `admin-${crypto.randomUUID().slice(0, 6)}@example.org`;
const redisUrl = process.env.TEST_REDIS_URL;
const cleanups: (() => Promise<unknown>)[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ configOverrides: { ADMIN_EMAILS: ADMIN } });
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await t.close();
});

const emailOf = (c: Client) => (c as Client & { email: string }).email;
const signIn = async (app: TestApp['app'], email: string, password = PASSWORD) => {
  const c = new Client(app);
  const res = await c.post('/api/auth/sign-in/email', { email, password });
  expect(res.status).toBe(200);
  return c;
};
/** The old cookie, replayed by a client that ignores whatever the server set since. */
const replay = async (app: TestApp['app'], cookie: string) =>
  (await new Client(app, cookie).get('/api/me')).status;

describe('session cache in one process', () => {
  it('serves a cached session', async () => {
    const c = await signUp(t.app, 'Cachad');
    expect((await c.get('/api/me')).status).toBe(200);
    expect(t.app.sessionCache.size).toBeGreaterThan(0);
    expect((await c.get('/api/me')).body.name).toBe('Cachad');
  });

  it('refuses a signed-out cookie on the next request', async () => {
    const c = await signUp(t.app, 'Utloggad');
    const cookie = c.cookie;
    expect(await replay(t.app, cookie)).toBe(200);
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect(await replay(t.app, cookie)).toBe(401);
  });

  it('refuses the other sessions once they are ended, keeps this one', async () => {
    const first = await signUp(t.app, 'Två enheter');
    const second = await signIn(t.app, emailOf(first));
    const firstCookie = first.cookie;
    expect(await replay(t.app, firstCookie)).toBe(200);
    expect(await replay(t.app, second.cookie)).toBe(200);
    expect((await second.post('/api/me/sessions/end-others')).status).toBe(200);
    expect(await replay(t.app, firstCookie)).toBe(401);
    expect(await replay(t.app, second.cookie)).toBe(200);
  });

  it('refuses every session of a deleted account', async () => {
    const c = await signUp(t.app, 'Borttagen');
    const other = await signIn(t.app, emailOf(c));
    const cookies = [c.cookie, other.cookie];
    for (const cookie of cookies) expect(await replay(t.app, cookie)).toBe(200);
    const deleted = await c.request('DELETE', '/api/me', { email: emailOf(c), password: PASSWORD });
    expect(deleted.status).toBe(200);
    for (const cookie of cookies) expect(await replay(t.app, cookie)).toBe(401);
  });

  it('refuses every session once the password is reset', async () => {
    const admin = await signUp(t.app, 'Administratör', ADMIN);
    const user = await signUp(t.app, 'Glömsk');
    const cookie = user.cookie;
    expect(await replay(t.app, cookie)).toBe(200);
    const link = await admin.post('/api/admin/password-reset-links', { email: emailOf(user) });
    expect(link.status).toBe(201);
    const token = new URL(link.body.url).searchParams.get('token');
    const reset = await new Client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(reset.status).toBe(200);
    expect(await replay(t.app, cookie)).toBe(401);
  });
});

/** Two app processes on one database: a shared SQLite file, or the first's PostgreSQL database. */
async function twoProcesses(overrides: Record<string, string>): Promise<[TestApp, TestApp]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-sessions-'));
  const shared = { ...overrides, DATA_DIR: dir };
  const a = await createTestApp({ configOverrides: shared });
  const b = await createTestApp({
    configOverrides: a.databaseUrl ? { ...shared, DATABASE_URL: a.databaseUrl } : shared,
  });
  cleanups.push(async () => {
    await b.close();
    await a.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return [a, b];
}

describe('session cache across processes', () => {
  it('without Redis another process reuses an ended session for at most its TTL (the control)', async () => {
    const [a, b] = await twoProcesses({});
    const c = await signUp(a.app, 'Utan Redis');
    const cookie = c.cookie;
    expect(await replay(b.app, cookie)).toBe(200);
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect(await replay(a.app, cookie)).toBe(401);
    // Process b was not told: it answers from its cache (this is why REDIS_URL is needed with
    // several processes, or SESSION_CACHE_MS=0).
    expect(await replay(b.app, cookie)).toBe(200);
  });

  it.runIf(Boolean(redisUrl))(
    'with Redis the other process refuses a signed-out cookie too',
    async () => {
      const prefix = `samrutin-test-${crypto.randomUUID().slice(0, 8)}:`;
      const [a, b] = await twoProcesses({ REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: prefix });
      // Caching starts once each process has subscribed to the channel.
      const c = await signUp(a.app, 'Med Redis');
      const cookie = c.cookie;
      await vi.waitFor(async () => {
        expect(await replay(b.app, cookie)).toBe(200);
        expect(b.app.sessionCache.size).toBe(1);
      });
      expect((await c.post('/api/auth/sign-out')).status).toBe(200);
      // The message crosses Redis in well under a millisecond on one machine; wait for it
      // rather than racing it, then the very next request is refused.
      await vi.waitFor(() => expect(b.app.sessionCache.size).toBe(0), { timeout: 2000 });
      expect(await replay(b.app, cookie)).toBe(401);
    },
  );
});
