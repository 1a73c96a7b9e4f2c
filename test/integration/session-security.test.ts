import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';

/**
 * Session cookies (issue 4, "Session security"). The Origin check and sign-in without user
 * enumeration are tested in auth.test.ts; these are the cookie's attributes and its end.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const sessionCookies = (setCookie: string | string[] | undefined) =>
  (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).filter((c) =>
    /session_token=[^;]/.test(c),
  );

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Secure when the app is served over HTTPS', async () => {
    const baseUrl = 'https://samrutin.example';
    const app = await buildApp(
      { ...t.app.config, baseUrl, explicitBaseUrl: true },
      { clock: t.clock, database: t.app.database },
    );
    try {
      const client = new Client(app);
      const res = await client.request(
        'POST',
        '/api/auth/sign-up/email',
        { name: 'Säker', email: 'secure@example.org', password: 'correct horse battery' },
        { origin: baseUrl },
      );
      expect(res.status).toBe(200);
      const [cookie] = sessionCookies(res.headers['set-cookie']);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Lax/i);
      expect((await client.get('/api/me')).body).toMatchObject({ email: 'secure@example.org' });
    } finally {
      await app.close();
    }
  });

  it('is not marked Secure over plain HTTP (local use), still HttpOnly and SameSite=Lax', async () => {
    const client = new Client(t.app);
    const res = await client.post('/api/auth/sign-up/email', {
      name: 'Lokal',
      email: 'local@example.org',
      password: 'correct horse battery',
    });
    const [cookie] = sessionCookies(res.headers['set-cookie']);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it('ends on sign-out: the old session token is no longer accepted', async () => {
    const c = await signUp(t.app, 'Utloggad');
    const token = c.cookie.split('; ').find((p) => p.startsWith('better-auth.session_token='));
    expect(token).toBeDefined();
    // Every cookie the browser held before signing out, replayed as a whole.
    const everything = c.cookie;
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(401);
    expect((await new Client(t.app, everything).get('/api/me')).status).toBe(401);
    const replay = new Client(t.app, token!);
    expect((await replay.get('/api/me')).status).toBe(401);
    expect((await replay.post('/api/collaborations', { name: 'Efter utloggning' })).status).toBe(
      401,
    );
  });
});
