import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createCollaborationWithRoutine, createTestApp, type TestApp } from '../helpers/app';

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

describe('invitation tokens stay out of logs', () => {
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
