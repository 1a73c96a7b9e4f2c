import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/contracts/common';
import { redactUrl } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createCollaborationWithRoutine, createTestApp, type TestApp } from '../helpers/app';
import { buildCollaboration } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('audit rows are append-only in the database', () => {
  it('refuses UPDATE and DELETE on audit_events, whoever asks', async () => {
    const { collaborationId } = await createCollaborationWithRoutine(t.app);
    const db = t.app.database.db;
    const before = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('collaborationId', '=', collaborationId)
      .execute();
    expect(before.length).toBeGreaterThan(0);
    await expect(
      db
        .updateTable('auditEvents')
        .set({ summary: 'rewritten' })
        .where('collaborationId', '=', collaborationId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.deleteFrom('auditEvents').where('collaborationId', '=', collaborationId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_events`.execute(db)).rejects.toThrow(/append-only/);
    const after = await db
      .selectFrom('auditEvents')
      .selectAll()
      .where('collaborationId', '=', collaborationId)
      .execute();
    expect(after).toEqual(before);
  });
});

describe('production settings', () => {
  const base = { NODE_ENV: 'production', DATA_DIR: ':memory:' };
  const secret = 'x'.repeat(40);

  it('requires AUTH_SECRET and BASE_URL', () => {
    expect(() => loadConfig({ ...base, BASE_URL: 'https://rutin.example.se' })).toThrow(
      /AUTH_SECRET/,
    );
    expect(() => loadConfig({ ...base, AUTH_SECRET: secret })).toThrow(/BASE_URL/);
  });

  it('warns when BASE_URL is not https, and keeps the demo off unless SAMRUTIN_DEMO=1', () => {
    const plain = loadConfig({ ...base, AUTH_SECRET: secret, BASE_URL: 'http://rutin.local' });
    expect(plain.warnings.join(' ')).toMatch(/not https/);
    expect(plain.demo).toBe(false);
    const tls = loadConfig({ ...base, AUTH_SECRET: secret, BASE_URL: 'https://rutin.example.se' });
    expect(tls.warnings).toEqual([]);
    expect(
      loadConfig({ ...base, AUTH_SECRET: secret, BASE_URL: 'https://a.se', SAMRUTIN_DEMO: '1' })
        .demo,
    ).toBe(true);
    expect(loadConfig({ DATA_DIR: ':memory:' }).demo).toBe(true);
  });
});

describe('tokens stay out of logs', () => {
  it('redacts the token of API and landing-page paths, percent-encoded ones too', () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';
    for (const url of [
      `/api/invitations/${token}`,
      `/api/invitations/${token}/accept`,
      `/inbjudan/${token}`,
      `/api/%69nvitations/${token}/accept`,
      `/%69nbjudan/${token}?x=1`,
    ]) {
      expect(redactUrl(url)).not.toContain(token);
      expect(redactUrl(url)).toContain('[redacted]');
    }
    expect(redactUrl('/api/routines/abc')).toBe('/api/routines/abc');
  });

  it('redacts keys in query strings and a workshop join code, and nothing else', () => {
    const secret = 'Zx9Qw8Er7Ty6Ui5Op4';
    for (const url of [
      `/api/auth/sso/callback/kommun-a?code=${secret}&state=${secret}`,
      `/api/auth/sso/callback/kommun-a?state=${secret}&code=${secret}`,
      `/bekrafta-epost?token=${secret}`,
      `/nytt-losenord?TOKEN=${secret}`,
      `/konto?reauth=${secret}`,
      `/delta/${secret}`,
      `/regioninbjudan/${secret}`,
      `/api/auth/sso/callback/x?%63ode=${secret}`,
    ]) {
      expect(redactUrl(url)).not.toContain(secret);
    }
    expect(redactUrl('/sok?lang=en&q=abc')).toBe('/sok?lang=en&q=abc');
    expect(redactUrl('/r/norrby?lang=en')).toBe('/r/norrby?lang=en');
  });
});

describe('the Origin check decides by the routed path', () => {
  it('refuses a foreign Origin on a percent-encoded /api path', async () => {
    const { coordinator, collaborationId } = await createCollaborationWithRoutine(t.app);
    for (const url of [
      `/api/collaborations/${collaborationId}`,
      `/%61pi/collaborations/${collaborationId}`,
    ]) {
      const res = await coordinator.request(
        'PATCH',
        url,
        { name: 'Kapad' },
        { origin: 'https://evil.example' },
      );
      expect(res.status).not.toBeLessThan(400);
      expect(res.status).not.toBe(200);
    }
    const now = await coordinator.get(`/api/collaborations/${collaborationId}`);
    expect(now.body.name).toBe('Testkommun');
  });
});

describe('control characters', () => {
  it('are refused with 400 in text fields; tab, line breaks, emoji and RTL text pass', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    for (const bad of [
      'a\u0001b',
      'esc\u001b[31m',
      'del\u007f',
      'c1\u0085',
      'lone\ud800',
      '\uffff',
    ]) {
      const answer = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
        text: bad,
        baseRevision: 0,
      });
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error.details[0].field).toBe('text');
      const actor = await coordinator.post(`/api/collaborations/${collaborationId}/actors`, {
        name: bad,
        kind: 'police',
        contactPaths: [],
      });
      expect(actor.status).toBe(400);
    }
    const fine = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Rad ett\n\tindrag\r\nemoji 😀 עברית e\u0301',
      baseRevision: 0,
    });
    expect(fine.status).toBe(200);
  });
});

describe('caps (LIMITS)', () => {
  it('answers 409 LIMIT_REACHED past a cap: milestones per routine, collaborations per account', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const existing = (await coordinator.get(`/api/routines/${routineId}/milestones`)).body.length;
    for (let i = existing; i < LIMITS.milestonesPerRoutine; i++) {
      const res = await coordinator.post(`/api/routines/${routineId}/milestones`, {
        phase: 'evaluate',
        title: `Avstämning ${i}`,
        plannedDate: '2027-03-01',
      });
      expect(res.status).toBe(201);
    }
    const over = await coordinator.post(`/api/routines/${routineId}/milestones`, {
      phase: 'evaluate',
      title: 'En för mycket',
      plannedDate: '2027-03-01',
    });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({
      code: 'LIMIT_REACHED',
      details: { limit: 'milestonesPerRoutine', max: LIMITS.milestonesPerRoutine },
    });

    // The coordinator created one collaboration already.
    for (let i = 1; i < LIMITS.collaborationsPerAccount; i++) {
      await buildCollaboration(t.app, { coordinator, name: `Grupp ${i}`, area: null });
    }
    const tooMany = await coordinator.post('/api/collaborations', { name: 'En till' });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error.code).toBe('LIMIT_REACHED');
  }, 60_000);
});
