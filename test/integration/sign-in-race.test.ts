import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SIGN_IN_FAILURE_LIMIT,
  SIGN_IN_WINDOW_MS,
} from '../../src/server/modules/auth/sign-in-limit';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PASSWORD = 'correct horse battery';
const PARALLEL = 24;

const statusCount = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((acc, s) => {
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

describe('the per-account sign-in limit under parallel attempts', () => {
  it('lets exactly the limit of parallel wrong passwords through to 401; the rest get 429', async () => {
    const account = await signUp(t.app);
    const email = (account as Client & { email: string }).email;
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        new Client(t.app).post('/api/auth/sign-in/email', { email, password: `wrong ${i} wrong` }),
      ),
    );
    expect(statusCount(results.map((r) => r.status))).toEqual({
      401: SIGN_IN_FAILURE_LIMIT,
      429: PARALLEL - SIGN_IN_FAILURE_LIMIT,
    });
    for (const r of results.filter((r) => r.status === 429)) {
      expect(r.body.error.code).toBe('RATE_LIMITED');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    // The right password is refused as well until the window has passed, then it works.
    const right = () =>
      new Client(t.app).post('/api/auth/sign-in/email', { email, password: PASSWORD });
    expect((await right()).status).toBe(429);
    t.clock.advance(SIGN_IN_WINDOW_MS + 1000);
    expect((await right()).status).toBe(200);
  });

  it('counts right passwords in flight but forgets them once they succeed', async () => {
    const account = await signUp(t.app);
    const email = (account as Client & { email: string }).email;
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        new Client(t.app).post('/api/auth/sign-in/email', { email, password: PASSWORD }),
      ),
    );
    for (const r of results) expect([200, 429]).toContain(r.status);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    const left = await t.app.database.db
      .selectFrom('signInFailures')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(left).toEqual([]);
  });

  it('limits the password of a sign-off the same way, in the same budget', async () => {
    const { coordinator: c, routineId, actors } = await createCompleteRoutine(t.app);
    expect((await c.post(`/api/routines/${routineId}/versions`, {})).status).toBe(201);
    const body = (password: string) => ({
      actorId: actors.police.id,
      representativeName: 'Kim Andersson',
      representativeTitle: 'Förvaltningschef',
      decisionReference: 'Socialnämnden 2026-11-20 § 45',
      password,
    });
    const url = `/api/routines/${routineId}/versions/1/sign-offs`;
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) => c.post(url, body(`fel lösenord ${i}`))),
    );
    expect(statusCount(results.map((r) => r.status))).toEqual({
      401: SIGN_IN_FAILURE_LIMIT,
      429: PARALLEL - SIGN_IN_FAILURE_LIMIT,
    });
    // The budget is the account's: signing in is refused too, and the right password signs
    // once the window has passed.
    const email = (c as Client & { email: string }).email;
    const signIn = await new Client(t.app).post('/api/auth/sign-in/email', {
      email,
      password: PASSWORD,
    });
    expect(signIn.status).toBe(429);
    expect((await c.post(url, body(PASSWORD))).status).toBe(429);
    t.clock.advance(SIGN_IN_WINDOW_MS + 1000);
    expect((await c.post(url, body(PASSWORD))).status).toBe(201);
  });
});
