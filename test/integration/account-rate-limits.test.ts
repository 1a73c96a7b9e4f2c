import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_RATE_LIMITS } from '../../src/server/modules/auth/account-rate-limit';
import { type Client, createTestApp, type TestApp } from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';
import { addMember } from '../helpers/factories';

const redisUrl = process.env.TEST_REDIS_URL;
const SMALL = {
  renderPerMinute: 2,
  textExportPerMinute: 2,
  checkPerMinute: 2,
  diffPerMinute: 2,
  freezePerHour: 2,
  importPerHour: 2,
};

let t: TestApp;
let fixture: Awaited<ReturnType<typeof createCompleteRoutine>>;
let c: Client;
beforeAll(async () => {
  t = await createTestApp({ limits: { perAccount: SMALL } });
  fixture = await createCompleteRoutine(t.app);
  // A new account, coordinator of the collaboration, whose budget nothing has touched yet.
  c = await addMember(t.app, fixture.coordinator, fixture.collaborationId, {
    role: 'coordinator',
    name: 'Ny Samordnare',
  });
});
afterAll(async () => t.close());

/** Sends `send` until the limit: two answers that are not 429, then the contract's 429. */
async function expectLimited(send: () => ReturnType<Client['get']>) {
  for (let i = 0; i < 2; i++) expect((await send()).status).not.toBe(429);
  const limited = await send();
  expect(limited.status).toBe(429);
  expect(limited.body.error.code).toBe('RATE_LIMITED');
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  return limited;
}

describe('per-account rate limits on the expensive routes', () => {
  it('limits freeze, diff, check, import and every export per account, with Retry-After', async () => {
    const { routineId: rid, collaborationId: cid } = fixture;
    const freeze = await expectLimited(() => c.post(`/api/routines/${rid}/versions`, {}));
    expect(Number(freeze.headers['retry-after'])).toBeGreaterThan(60);
    await expectLimited(() => c.get(`/api/routines/${rid}/versions/2/diff?against=1`));
    await expectLimited(() => c.get(`/api/routines/${rid}/check?lang=sv`));
    // Import: counted whether or not the file is valid (a loop of bad files is a loop).
    await expectLimited(() => c.post(`/api/collaborations/${cid}/routines/import`, {}));
    await expectLimited(() => c.get(`/api/routines/${rid}/export.pdf?lang=sv`));
    // Each route has its own budget.
    for (const file of ['export.md', 'export.json', 'diagram.svg', 'qr.svg']) {
      await expectLimited(() => c.get(`/api/routines/${rid}/${file}?lang=sv`));
    }
  });

  it('keeps each account in its own budget', async () => {
    const { routineId: rid, collaborationId: cid } = fixture;
    const other = await addMember(t.app, fixture.coordinator, cid, {
      role: 'coordinator',
      name: 'Ny Samordnare',
    });
    expect((await c.get(`/api/routines/${rid}/check?lang=sv`)).status).toBe(429);
    expect((await other.get(`/api/routines/${rid}/check?lang=sv`)).status).toBe(200);
  });

  it('uses limits a workshop never reaches', () => {
    expect(DEFAULT_ACCOUNT_RATE_LIMITS.checkPerMinute).toBeGreaterThanOrEqual(120);
    expect(DEFAULT_ACCOUNT_RATE_LIMITS.freezePerHour).toBeGreaterThanOrEqual(20);
    expect(DEFAULT_ACCOUNT_RATE_LIMITS.importPerHour).toBeGreaterThanOrEqual(20);
  });
});

describe.runIf(Boolean(redisUrl))('per-account rate limits with REDIS_URL', () => {
  it('count in Redis, so that every app process shares the budget', async () => {
    const prefix = `samrutin-test-${crypto.randomUUID().slice(0, 8)}:`;
    const r = await createTestApp({
      limits: { perAccount: SMALL },
      configOverrides: { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: prefix },
    });
    const redis = new Redis(redisUrl!);
    try {
      const { routineId, collaborationId, coordinator: first } = await createCompleteRoutine(r.app);
      const coordinator = await addMember(r.app, first, collaborationId, {
        role: 'coordinator',
        name: 'Ny Samordnare',
      });
      await expectLimited(() => coordinator.get(`/api/routines/${routineId}/check?lang=sv`));
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.some((k) => k.includes(`check:user:${coordinator.userId}`))).toBe(true);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
      await r.close();
    }
  });
});
