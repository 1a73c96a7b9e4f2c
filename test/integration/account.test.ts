import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/core/context';
import { deleteOwnAccount } from '../../src/server/modules/account/account.service';
import { pruneFailedSignIns } from '../../src/server/modules/retention/retention.service';
import {
  Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember, addRegionCoordinator, buildRegion } from '../helpers/factories';

const PASSWORD = 'correct horse battery';
const ADMIN = `admin-${crypto.randomUUID().slice(0, 6)}@example.org`;
const mails: { to: string[]; text: string }[] = [];
let smtp: SMTPServer;
let t: TestApp;

beforeAll(async () => {
  smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        // Quoted-printable soft line breaks and =3D, enough to read a link.
        const raw = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/=\r?\n/g, '')
          .replace(/=3D/g, '=');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await createTestApp({
    configOverrides: {
      ...(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {}),
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      ADMIN_EMAILS: ` ${ADMIN.toUpperCase()} , other@example.org`,
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const emailOf = (c: Client) => (c as Client & { email: string }).email;
const signIn = async (email: string, password = PASSWORD) => {
  const c = new Client(t.app);
  const res = await c.post('/api/auth/sign-in/email', { email, password });
  return { c, status: res.status };
};
const tokenFromMail = (to: string) => {
  const mail = [...mails].reverse().find((m) => m.to.includes(to));
  const match = mail?.text.match(/\/nytt-losenord\?token=([A-Za-z0-9_-]+)/);
  return match?.[1];
};

describe('password reset', () => {
  it('answers 202 for any address, mails a link, and the new password ends every old session', async () => {
    const user = await signUp(t.app);
    const email = emailOf(user);
    const unknown = await new Client(t.app).post('/api/auth/password-reset/request', {
      email: 'nobody@example.org',
    });
    expect(unknown.status).toBe(202);
    const known = await new Client(t.app).post('/api/auth/password-reset/request', { email });
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(mails.some((m) => m.to.includes('nobody@example.org'))).toBe(false);
    const token = tokenFromMail(email);
    expect(token).toBeDefined();
    expect([...mails].reverse().find((m) => m.to.includes(email))!.text).toContain(
      'http://localhost:80/nytt-losenord?token=',
    );

    const confirm = await new Client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(confirm.status).toBe(200);
    expect(confirm.body).toEqual({ success: true });
    expect((await user.get('/api/me')).status).toBe(401);
    expect((await signIn(email)).status).toBe(401);
    expect((await signIn(email, 'a brand new password')).status).toBe(200);
    // Single use.
    const again = await new Client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'yet another password',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('RESET_TOKEN_INVALID');
  });

  it('refuses a link older than an hour', async () => {
    const user = await signUp(t.app);
    const email = emailOf(user);
    await new Client(t.app).post('/api/auth/password-reset/request', { email });
    const token = tokenFromMail(email)!;
    await t.app.database.rawDb
      .updateTable('verification')
      .set({
        expiresAt:
          t.dialect === 'postgres'
            ? new Date(Date.now() - 1000)
            : new Date(Date.now() - 1000).toISOString(),
      })
      .where('identifier', '=', `reset-password:${token}`)
      .execute();
    const res = await new Client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'a brand new password',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('RESET_TOKEN_INVALID');
    expect((await signIn(email)).status).toBe(200);
  });

  it('limits requests per address', async () => {
    const email = `limited-${crypto.randomUUID().slice(0, 6)}@example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await new Client(t.app).post('/api/auth/password-reset/request', { email })).status,
      );
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });
});

describe('instance administrator', () => {
  it('creates a reset link for a user; others may not', async () => {
    const user = await signUp(t.app);
    const stranger = await signUp(t.app);
    expect((await stranger.get('/api/me')).body.isAdmin).toBe(false);
    const refused = await stranger.post('/api/admin/password-reset-links', {
      email: emailOf(user),
    });
    expect(refused.status).toBe(403);

    // The instance mails here, so the administrator's address is confirmed first.
    const admin = await signUp(t.app, 'Admin', ADMIN);
    expect((await admin.get('/api/me')).body.isAdmin).toBe(true);
    const link = await admin.post('/api/admin/password-reset-links', { email: emailOf(user) });
    expect(link.status).toBe(201);
    const token = new URL(link.body.url).searchParams.get('token');
    const confirm = await new Client(t.app).post('/api/auth/password-reset/confirm', {
      token,
      password: 'set by a link',
    });
    expect(confirm.status).toBe(200);
    expect((await signIn(emailOf(user), 'set by a link')).status).toBe(200);
    expect(
      (await admin.post('/api/admin/password-reset-links', { email: 'nobody@example.org' })).status,
    ).toBe(404);

    const health = await admin.get('/api/admin/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', checks: { database: true } });
    expect(health.body.counts.users).toBeGreaterThan(1);
    expect((await stranger.get('/api/admin/health')).status).toBe(403);
  });

  it('sees no collaboration content by being administrator', async () => {
    const { collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const admin = (await signIn(ADMIN)).c;
    expect((await admin.get(`/api/collaborations/${collaborationId}`)).status).toBe(404);
    expect((await admin.get(`/api/routines/${routineId}`)).status).toBe(404);
  });
});

describe('sessions', () => {
  it('lists my sessions and ends the others', async () => {
    const first = await signUp(t.app);
    const second = (await signIn(emailOf(first))).c;
    const list = await second.get('/api/me/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain('token');
    expect((await second.post('/api/me/sessions/end-others')).status).toBe(200);
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(200);
    expect((await second.get('/api/me/sessions')).body.sessions).toHaveLength(1);
  });
});

describe('personal data', () => {
  it('downloads my data and deletes my account; comments stay without a name', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const member = await addMember(t.app, coordinator, collaborationId, {
      role: 'editor',
      name: 'Emma Editor',
    });
    const comment = await member.post(`/api/routines/${routineId}/comments`, {
      targetType: 'question',
      targetId: 's2.q1',
      body: 'Vem ringer först?',
    });
    expect(comment.status).toBe(201);
    // A workshop the member took part in, with a private draft.
    const workshop = await coordinator.post(`/api/routines/${routineId}/workshops`, {
      questionIds: ['s1.q1'],
      allowGuests: false,
    });
    expect(workshop.status).toBe(201);
    expect((await member.post('/api/workshops/join', { code: workshop.body.code })).status).toBe(
      200,
    );
    const draft = await member.put(`/api/workshops/${workshop.body.id}/questions/s1.q1/draft`, {
      text: 'Socialtjänsten tar första kontakten.',
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);

    const data = await member.get('/api/me/export');
    expect(data.status).toBe(200);
    expect(data.headers['content-disposition']).toMatch(/attachment/);
    expect(data.body.user.email).toBe(emailOf(member));
    expect(data.body.memberships).toMatchObject([{ collaborationId, role: 'editor' }]);
    expect(data.body.comments.map((c: { body: string }) => c.body)).toEqual(['Vem ringer först?']);
    expect(data.body.auditEvents.length).toBeGreaterThan(0);
    expect(data.body.workshops.participations).toMatchObject([
      { workshopId: workshop.body.id, displayName: 'Emma Editor' },
    ]);
    expect(data.body.workshops.drafts).toMatchObject([
      { questionId: 's1.q1', text: 'Socialtjänsten tar första kontakten.' },
    ]);

    // The only coordinator cannot leave the collaboration without one.
    const sole = await coordinator.request('DELETE', '/api/me', {
      email: emailOf(coordinator),
      password: PASSWORD,
    });
    expect(sole.status).toBe(409);
    expect(sole.body.error.code).toBe('LAST_COORDINATOR');

    const wrong = await member.request('DELETE', '/api/me', {
      email: emailOf(member),
      password: 'wrong password',
    });
    expect(wrong.status).toBe(401);
    const deleted = await member.request('DELETE', '/api/me', {
      email: emailOf(member),
      password: PASSWORD,
    });
    expect(deleted.status).toBe(200);
    expect((await member.get('/api/me')).status).toBe(401);
    expect((await signIn(emailOf(member))).status).toBe(401);
    const members = await coordinator.get(`/api/collaborations/${collaborationId}/members`);
    expect(JSON.stringify(members.body)).not.toContain('Emma Editor');
    const threads = await coordinator.get(`/api/routines/${routineId}/comments`);
    expect(JSON.stringify(threads.body)).toContain('Vem ringer först?');
    expect(JSON.stringify(threads.body)).not.toContain('Emma Editor');
    // The workshop keeps the draft, not the name.
    const participants = await t.app.database.db
      .selectFrom('workshopParticipants')
      .select(['displayName', 'userId', 'anonymisedAt'])
      .where('workshopId', '=', workshop.body.id)
      .execute();
    expect(participants).toHaveLength(1);
    expect(participants[0]).toMatchObject({ displayName: '', userId: null });
    expect(participants[0]!.anonymisedAt).not.toBeNull();
  });
});

describe('my data and regions', () => {
  it('exports my region roles and invitations; deletion waits for another regional coordinator', async () => {
    const { coordinator: rc, regionId } = await buildRegion(t.app, { name: 'Region Jämtland' });
    const colleague = await signUp(t.app, 'Kim Kollega');
    const toColleague = await rc.post(`/api/regions/${regionId}/invitations`, {
      email: emailOf(colleague),
    });
    const unused = await rc.post(`/api/regions/${regionId}/invitations`, {
      email: 'ingen-svarar@example.org',
    });
    const data = await rc.get('/api/me/export');
    expect(data.body.regionMemberships).toMatchObject([
      { regionId, regionName: 'Region Jämtland' },
    ]);
    expect(data.body.regionInvitationsSent.map((i: { email: string }) => i.email).sort()).toEqual(
      [emailOf(colleague), 'ingen-svarar@example.org'].sort(),
    );
    expect(JSON.stringify(data.body)).not.toContain(toColleague.body.token);
    const received = await colleague.get('/api/me/export');
    expect(received.body.regionInvitationsReceived).toMatchObject([
      { id: toColleague.body.id, regionName: 'Region Jämtland', acceptedAt: null },
    ]);

    // The only regional coordinator cannot go: the region would have nobody.
    const sole = await rc.request('DELETE', '/api/me', { email: emailOf(rc), password: PASSWORD });
    expect(sole.status).toBe(409);
    expect(sole.body.error.code).toBe('LAST_COORDINATOR');
    expect(sole.body.error.details.regions).toEqual([{ id: regionId, name: 'Region Jämtland' }]);

    expect(
      (await colleague.post(`/api/region-invitations/${toColleague.body.token}/accept`)).status,
    ).toBe(200);
    const gone = await rc.request('DELETE', '/api/me', { email: emailOf(rc), password: PASSWORD });
    expect(gone.status).toBe(200);
    const detail = await colleague.get(`/api/regions/${regionId}`);
    expect(detail.body.coordinators.map((c: { name: string }) => c.name)).toEqual(['Kim Kollega']);
    // The invitation nobody used went with its sender; the used one stays as history.
    expect(detail.body.invitations).toEqual([]);
    const rows = await t.app.database.db
      .selectFrom('regionInvitations')
      .select('id')
      .where('regionId', '=', regionId)
      .execute();
    expect(rows.map((r) => r.id)).toEqual([toColleague.body.id]);
    expect(rows.map((r) => r.id)).not.toContain(unused.body.id);
  });
});

describe('two coordinators deleting their accounts at once', () => {
  it('leaves a region and a collaboration with one coordinator each: one deletion lands, the other is 409', async () => {
    // The service directly, past the password check, so both transactions start together
    // (over HTTP the password hashes spread them out). Several rounds: without the locks,
    // PostgreSQL lets both see the other and both commit.
    for (let round = 0; round < 4; round++) {
      const { coordinator: a, collaborationId } = await createCollaborationWithRoutine(t.app);
      const b = await addMember(t.app, a, collaborationId, {
        role: 'coordinator',
        name: 'Bo Båda',
      });
      const { regionId } = await buildRegion(t.app, {
        coordinator: a,
        name: `Region Samtidig ${round}`,
      });
      await addRegionCoordinator(t.app, a, regionId, { who: b });

      let release = () => {};
      const together = new Promise<boolean>((resolve) => {
        release = () => resolve(true);
      });
      const db = t.app.database.db;
      const attempts = [a, b].map((c) =>
        deleteOwnAccount(
          { db, clock: systemClock, user: { id: c.userId, name: 'x', email: emailOf(c) } },
          { email: emailOf(c), password: PASSWORD },
          () => together,
        ).then(
          () => 'deleted',
          (e: { code?: string }) => e.code,
        ),
      );
      release();
      expect((await Promise.all(attempts)).sort()).toEqual(['LAST_COORDINATOR', 'deleted']);
      const coordinators = await db
        .selectFrom('memberships')
        .select('userId')
        .where('collaborationId', '=', collaborationId)
        .where('role', '=', 'coordinator')
        .execute();
      expect(coordinators).toHaveLength(1);
      const regional = await db
        .selectFrom('regionMembers')
        .select('userId')
        .where('regionId', '=', regionId)
        .execute();
      expect(regional).toHaveLength(1);
    }
  });
});

describe('retention', () => {
  it('prunes failed sign-ins and their audit rows older than 90 days, keeps the rest', async () => {
    const db = t.app.database.db;
    const old = new Date(t.clock.now().getTime() - 91 * 86_400_000).toISOString();
    const recent = new Date(t.clock.now().getTime() - 89 * 86_400_000).toISOString();
    const tag = crypto.randomUUID().slice(0, 8);
    for (const at of [old, recent]) {
      await db
        .insertInto('signInFailures')
        .values({ id: crypto.randomUUID(), email: `${tag}@example.org`, at })
        .execute();
      for (const action of ['auth.sign_in_failed', 'auth.sign_up']) {
        await db
          .insertInto('auditEvents')
          .values({
            id: crypto.randomUUID(),
            collaborationId: null,
            userId: null,
            action,
            targetType: 'account',
            targetId: `${tag}@example.org`,
            summary: 'retention test',
            at,
          })
          .execute();
      }
    }
    const pruned = await pruneFailedSignIns(db, t.clock);
    expect(pruned.failures).toBeGreaterThanOrEqual(1);
    expect(pruned.auditEvents).toBeGreaterThanOrEqual(1);
    const left = await db
      .selectFrom('auditEvents')
      .select(['action', 'at'])
      .where('targetId', '=', `${tag}@example.org`)
      .execute();
    expect(left.map((r) => `${r.action}@${r.at === old ? 'old' : 'recent'}`).sort()).toEqual([
      'auth.sign_in_failed@recent',
      'auth.sign_up@old',
      'auth.sign_up@recent',
    ]);
    const failures = await db
      .selectFrom('signInFailures')
      .select('at')
      .where('email', '=', `${tag}@example.org`)
      .execute();
    expect(failures.map((r) => r.at)).toEqual([recent]);
  });
});
