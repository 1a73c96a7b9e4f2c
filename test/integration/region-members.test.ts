import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { buildRegionWithTwoCoordinators } from '../helpers/factories';
import { startSmtp } from '../helpers/smtp';

/**
 * A region's coordinators (issue 18): removing one (never the last), withdrawing an unused
 * invitation, and an instance administrator creating a region for someone else.
 */

const ADMIN = `admin-${crypto.randomUUID().slice(0, 6)}@example.org`;
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ configOverrides: { SMTP_URL: smtp.url, ADMIN_EMAILS: ADMIN } });
}, 60_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const emailOf = (c: Client) => (c as Client & { email: string }).email;

async function auditActions(regionId: string) {
  const rows = await t.app.database.db
    .selectFrom('auditEvents')
    .select('action')
    .where('targetType', '=', 'region')
    .where('targetId', '=', regionId)
    .execute();
  return rows.map((r) => r.action).sort();
}

describe('regional coordinators', () => {
  it('removes another coordinator, never the last one (409), audited', async () => {
    const {
      coordinator: a,
      second: b,
      regionId,
    } = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Norr' });
    const detail = await a.get(`/api/regions/${regionId}`);
    expect(detail.body.coordinators.map((c: { userId: string }) => c.userId).sort()).toEqual(
      [a.userId, b.userId].sort(),
    );
    // b sent an invitation nobody used: it goes with b.
    const pending = await b.post(`/api/regions/${regionId}/invitations`, {
      email: 'kommer-inte@example.org',
    });
    expect(pending.body.emailed).toBe(true);
    const removed = await a.delete(`/api/regions/${regionId}/coordinators/${b.userId}`);
    expect(removed.status).toBe(204);
    expect((await b.get(`/api/regions/${regionId}`)).status).toBe(404);
    expect((await b.get(`/api/regions/${regionId}/overview`)).status).toBe(404);
    const after = await a.get(`/api/regions/${regionId}`);
    expect(after.body.coordinators.map((c: { userId: string }) => c.userId)).toEqual([a.userId]);
    expect(after.body.invitations).toEqual([]);
    const late = await signUp(t.app, 'Sen', 'kommer-inte@example.org');
    expect((await late.post(`/api/region-invitations/${pending.body.token}/accept`)).status).toBe(
      404,
    );
    const last = await a.delete(`/api/regions/${regionId}/coordinators/${a.userId}`);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('LAST_COORDINATOR');
    expect(await auditActions(regionId)).toEqual(
      expect.arrayContaining(['region.coordinator_remove']),
    );
  });

  it('lets a coordinator leave while another stays; two removing each other leave one', async () => {
    const left = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Mitt' });
    const leave = await left.second.delete(
      `/api/regions/${left.regionId}/coordinators/${left.second.userId}`,
    );
    expect(leave.status).toBe(204);
    expect(await auditActions(left.regionId)).toContain('region.leave');

    const {
      coordinator: a,
      second: b,
      regionId,
    } = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Syd' });
    const results = await Promise.all([
      a.delete(`/api/regions/${regionId}/coordinators/${b.userId}`),
      b.delete(`/api/regions/${regionId}/coordinators/${a.userId}`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 404]);
    const rows = await t.app.database.db
      .selectFrom('regionMembers')
      .select('userId')
      .where('regionId', '=', regionId)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('withdraws an unused invitation; its link then finds nothing; a used one is 409', async () => {
    const {
      coordinator: a,
      second: b,
      regionId,
    } = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Väst' });
    const invitee = await signUp(t.app, 'Inbjuden');
    const inv = await a.post(`/api/regions/${regionId}/invitations`, { email: emailOf(invitee) });
    const listed = await b.get(`/api/regions/${regionId}`);
    expect(listed.body.invitations).toEqual([
      expect.objectContaining({ id: inv.body.id, email: emailOf(invitee) }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(inv.body.token);
    const withdrawn = await b.delete(`/api/regions/${regionId}/invitations/${inv.body.id}`);
    expect(withdrawn.status).toBe(204);
    expect((await a.get(`/api/regions/${regionId}`)).body.invitations).toEqual([]);
    expect((await invitee.post(`/api/region-invitations/${inv.body.token}/accept`)).status).toBe(
      404,
    );
    expect((await b.delete(`/api/regions/${regionId}/invitations/${inv.body.id}`)).status).toBe(
      404,
    );
    const used = await t.app.database.db
      .selectFrom('regionInvitations')
      .select('id')
      .where('regionId', '=', regionId)
      .where('acceptedAt', 'is not', null)
      .executeTakeFirstOrThrow();
    const refused = await a.delete(`/api/regions/${regionId}/invitations/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INVITATION_USED');
    expect(await auditActions(regionId)).toContain('region.invitation_revoke');
  });

  it('answers 404 to another region’s coordinator for both, and 400 for a malformed id', async () => {
    const mine = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Ett' });
    const theirs = await buildRegionWithTwoCoordinators(t.app, { name: 'Region Två' });
    const inv = await theirs.coordinator.post(`/api/regions/${theirs.regionId}/invitations`, {
      email: 'x@example.org',
    });
    for (const url of [
      `/api/regions/${theirs.regionId}/coordinators/${theirs.second.userId}`,
      `/api/regions/${theirs.regionId}/invitations/${inv.body.id}`,
      // Their ids under my region are not found either.
      `/api/regions/${mine.regionId}/coordinators/${theirs.second.userId}`,
      `/api/regions/${mine.regionId}/invitations/${inv.body.id}`,
    ]) {
      const res = await mine.coordinator.delete(url);
      expect(res.status, url).toBe(404);
    }
    const bad = await mine.coordinator.delete(
      `/api/regions/${mine.regionId}/coordinators/${'x'.repeat(65)}`,
    );
    expect(bad.status).toBe(400);
    expect(
      (await theirs.coordinator.get(`/api/regions/${theirs.regionId}`)).body.invitations,
    ).toHaveLength(1);
  });
});

describe('an instance administrator', () => {
  it('creates a region and invites its first regional coordinator by e-mail', async () => {
    const admin = await signUp(t.app, 'Admin', ADMIN);
    const coordinator = await signUp(t.app, 'Första Regional');
    smtp.received.length = 0;
    const res = await admin.post('/api/admin/regions', {
      name: 'Region Gotland',
      coordinatorEmail: emailOf(coordinator).toUpperCase(),
    });
    expect(res.status).toBe(201);
    expect(res.body.region.name).toBe('Region Gotland');
    expect(res.body.invitation.emailed).toBe(true);
    const [mail] = smtp.received.filter((m) => m.to.includes(emailOf(coordinator)));
    expect(mail?.subject).toContain('Region Gotland');
    expect(mail?.text).toContain(res.body.invitation.url);
    // The administrator coordinates nothing and sees no overview.
    const regionId = res.body.region.id;
    expect((await admin.get(`/api/regions/${regionId}`)).status).toBe(404);
    expect((await admin.get('/api/regions')).body).toEqual([]);
    const accepted = await coordinator.post(
      `/api/region-invitations/${res.body.invitation.token}/accept`,
    );
    expect(accepted.status).toBe(200);
    const detail = await coordinator.get(`/api/regions/${regionId}`);
    expect(detail.body.coordinators).toEqual([
      { userId: coordinator.userId, name: 'Första Regional', email: emailOf(coordinator) },
    ]);
    expect(await auditActions(regionId)).toEqual(['region.create', 'region.invite', 'region.join']);
  });

  it('is the only one who may (403), and the fields are validated (400)', async () => {
    const someone = await signUp(t.app, 'Vanlig');
    const refused = await someone.post('/api/admin/regions', {
      name: 'Region X',
      coordinatorEmail: 'a@example.org',
    });
    expect(refused.status).toBe(403);
    const admin = await signUp(t.app, 'Admin 2', `two-${ADMIN}`);
    expect(
      (
        await admin.post('/api/admin/regions', {
          name: 'Region Y',
          coordinatorEmail: 'a@example.org',
        })
      ).status,
    ).toBe(403);
    const first = new (await import('../helpers/app')).Client(t.app);
    const signIn = await first.post('/api/auth/sign-in/email', {
      email: ADMIN,
      password: 'correct horse battery',
    });
    expect(signIn.status).toBe(200);
    const invalid = await first.post('/api/admin/regions', { name: '', coordinatorEmail: 'nej' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('VALIDATION_FAILED');
  });
});
