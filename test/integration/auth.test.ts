import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('auth', () => {
  it('signs up, reads /api/me, signs out', async () => {
    const c = new Client(t.app);
    const up = await c.post('/api/auth/sign-up/email', {
      name: 'Anna Andersson',
      email: 'anna@example.org',
      password: 'a long enough password',
    });
    expect(up.status).toBe(200);
    expect(up.body.user).toMatchObject({ name: 'Anna Andersson', email: 'anna@example.org' });
    const setCookie = String(up.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await c.get('/api/me')).body.email).toBe('anna@example.org');
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    const me = await c.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('signs in with the right password and refuses a wrong one with 401', async () => {
    const c = await signUp(t.app);
    const email = (c as Client & { email: string }).email;
    const fresh = new Client(t.app);
    const bad = await fresh.post('/api/auth/sign-in/email', { email, password: 'wrong password!' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('INVALID_CREDENTIALS');
    const good = await fresh.post('/api/auth/sign-in/email', {
      email,
      password: 'correct horse battery',
    });
    expect(good.status).toBe(200);
    expect((await fresh.get('/api/me')).status).toBe(200);
  });

  it('answers an unknown e-mail exactly like a wrong password (no enumeration)', async () => {
    const c = await signUp(t.app);
    const email = (c as Client & { email: string }).email;
    const wrong = await new Client(t.app).post('/api/auth/sign-in/email', {
      email,
      password: 'nope nope nope',
    });
    const unknown = await new Client(t.app).post('/api/auth/sign-in/email', {
      email: 'nobody-here@example.org',
      password: 'nope nope nope',
    });
    expect(unknown.status).toBe(wrong.status);
    // Equal but for the request id each answer carries.
    const withoutId = (b: { error: { code: string; message: string } }) => ({
      code: b.error.code,
      message: b.error.message,
    });
    expect(withoutId(unknown.body)).toEqual(withoutId(wrong.body));
  });

  it('refuses a duplicate e-mail with 409 EMAIL_TAKEN and a short password with 400 naming the field', async () => {
    const c = await signUp(t.app);
    const email = (c as Client & { email: string }).email;
    const dup = await new Client(t.app).post('/api/auth/sign-up/email', {
      name: 'X',
      email,
      password: 'another long password',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('EMAIL_TAKEN');
    const short = await new Client(t.app).post('/api/auth/sign-up/email', {
      name: 'X',
      email: 'short@example.org',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.map((d: { field: string }) => d.field)).toContain('password');
  });

  it('limits failed sign-ins per account: the 11th attempt within 15 minutes gets 429 with Retry-After', async () => {
    const c = await signUp(t.app);
    const email = (c as Client & { email: string }).email;
    const attacker = new Client(t.app);
    for (let i = 0; i < 10; i++) {
      expect(
        (await attacker.post('/api/auth/sign-in/email', { email, password: `wrong ${i} wrong` }))
          .status,
      ).toBe(401);
    }
    const limited = await attacker.post('/api/auth/sign-in/email', {
      email,
      password: 'correct horse battery',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same network is not affected.
    const other = await signUp(t.app);
    const otherEmail = (other as Client & { email: string }).email;
    const ok = await new Client(t.app).post('/api/auth/sign-in/email', {
      email: otherEmail,
      password: 'correct horse battery',
    });
    expect(ok.status).toBe(200);
    // After the window the account can sign in again.
    t.clock.advance(15 * 60 * 1000 + 1000);
    const later = await new Client(t.app).post('/api/auth/sign-in/email', {
      email,
      password: 'correct horse battery',
    });
    expect(later.status).toBe(200);
  });

  it('lets thirty people behind one address sign in within a minute', async () => {
    const people = [];
    for (let i = 0; i < 30; i++) people.push(await signUp(t.app, `Deltagare ${i}`));
    const results = await Promise.all(
      people.map((p) =>
        new Client(t.app).post('/api/auth/sign-in/email', {
          email: (p as Client & { email: string }).email,
          password: 'correct horse battery',
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    // Sixty password hashes (thirty sign-ups, thirty sign-ins): the minute in the name is the budget.
  }, 60_000);

  it('refuses a display name that looks like a personnummer unless acknowledged (audited)', async () => {
    const email = `pnr-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const body = { name: 'Anna 19121212-1212', email, password: 'a long enough password' };
    const refused = await new Client(t.app).post('/api/auth/sign-up/email', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refused.body.error.details[0]).toMatchObject({ field: 'name' });
    // Nothing was created: the address is still free.
    const db = t.app.database.db;
    expect(await db.selectFrom('user').select('id').where('email', '=', email).execute()).toEqual(
      [],
    );
    const acknowledged = await new Client(t.app).post('/api/auth/sign-up/email', {
      ...body,
      acknowledgePersonalData: true,
    });
    expect(acknowledged.status).toBe(200);
    const userId = acknowledged.body.user.id;
    const audit = await db
      .selectFrom('auditEvents')
      .select(['action', 'collaborationId'])
      .where('userId', '=', userId)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'auth.sign_up',
      'personal_data.acknowledged',
    ]);
    // A name without such a number needs no acknowledgement and writes none.
    const plain = await signUp(t.app, 'Bertil 1912');
    const plainAudit = await db
      .selectFrom('auditEvents')
      .select('action')
      .where('userId', '=', plain.userId)
      .execute();
    expect(plainAudit.map((a) => a.action)).toEqual(['auth.sign_up']);
  });

  it('refuses a state-changing request from a foreign Origin with 403', async () => {
    const c = await signUp(t.app);
    const res = await c.request(
      'POST',
      '/api/collaborations',
      { name: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FOREIGN_ORIGIN');
  });
});
