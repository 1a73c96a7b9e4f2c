import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { buildRoutineWithActors } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const POLICE = { police: {} }; // the organisation an invited editor represents

const emailOf = (c: Client) => (c as Client & { email: string }).email;

describe('invitations', () => {
  it('creates a single-use link valid for 7 days, storing only the token’s hash', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      actors: { police },
    } = await buildRoutineWithActors(t.app, POLICE);
    const res = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'Anna.Polis@Example.org',
      role: 'editor',
      actorId: police.id,
    });
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.url).toBe(`${t.app.config.baseUrl}/inbjudan/${res.body.token}`);
    expect(res.body.emailed).toBe(false);
    expect(res.body.expiresAt).toBe(
      new Date(t.clock.now().getTime() + 7 * 24 * 3600 * 1000).toISOString(),
    );
    const row = await t.app.database.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.tokenHash).toBe(createHash('sha256').update(res.body.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(res.body.token);
    expect(row.email).toBe('anna.polis@example.org');

    const pending = await c.get(`/api/collaborations/${cid}/invitations`);
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual([
      {
        id: res.body.id,
        email: 'anna.polis@example.org',
        role: 'editor',
        actorId: police.id,
        actorName: 'Polisen',
        invitedBy: c.userId,
        invitedByName: 'Samordnare',
        createdAt: t.clock.now().toISOString(),
        expiresAt: res.body.expiresAt,
      },
    ]);
  });

  it('shows the landing page data without sign-in, and joins with the invited role and organisation', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      actors: { police },
      routineId,
    } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'erik@example.org',
      role: 'editor',
      actorId: police.id,
    });
    const anonymous = new Client(t.app);
    const preview = await anonymous.get(`/api/invitations/${inv.body.token}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      collaborationName: 'Testkommun',
      role: 'editor',
      actorName: 'Polisen',
      email: 'erik@example.org',
      status: 'pending',
      invitedByName: 'Samordnare',
      expiresAt: inv.body.expiresAt,
    });
    expect((await anonymous.post(`/api/invitations/${inv.body.token}/accept`)).status).toBe(401);

    const erik = await signUp(t.app, 'Erik', 'erik@example.org');
    const accepted = await erik.post(`/api/invitations/${inv.body.token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ collaborationId: cid, role: 'editor' });
    expect((await erik.get(`/api/routines/${routineId}`)).status).toBe(200);
    const members = await c.get(`/api/collaborations/${cid}/members`);
    expect(members.body.find((m: { userId: string }) => m.userId === erik.userId)).toMatchObject({
      role: 'editor',
      actorId: police.id,
      actorName: 'Polisen',
    });
    expect((await anonymous.get(`/api/invitations/${inv.body.token}`)).body.status).toBe('used');
    expect((await c.get(`/api/collaborations/${cid}/invitations`)).body).toEqual([]);

    // Single use: a second person with the same link is refused.
    const other = await signUp(t.app, 'Någon annan');
    const again = await other.post(`/api/invitations/${inv.body.token}/accept`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVITATION_USED');
    expect((await other.get(`/api/routines/${routineId}`)).status).toBe(404);
  });

  it('refuses an expired link with 410 INVITATION_EXPIRED and stops listing it', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'late@example.org',
      role: 'reader',
    });
    t.clock.advance(7 * 24 * 3600 * 1000 - 1000);
    expect((await c.get(`/api/collaborations/${cid}/invitations`)).body).toHaveLength(1);
    t.clock.advance(1000);
    expect((await c.get(`/api/collaborations/${cid}/invitations`)).body).toEqual([]);
    const late = await signUp(t.app, 'Sen');
    expect((await late.get(`/api/invitations/${inv.body.token}`)).body.status).toBe('expired');
    const res = await late.post(`/api/invitations/${inv.body.token}/accept`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('INVITATION_EXPIRED');
  });

  it('revokes a pending invitation (410 INVITATION_REVOKED); a used one cannot be revoked', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'revoked@example.org',
      role: 'reader',
    });
    expect((await c.delete(`/api/collaborations/${cid}/invitations/${inv.body.id}`)).status).toBe(
      204,
    );
    expect((await c.delete(`/api/collaborations/${cid}/invitations/${inv.body.id}`)).status).toBe(
      204,
    );
    expect((await c.get(`/api/collaborations/${cid}/invitations`)).body).toEqual([]);
    const who = await signUp(t.app, 'Återkallad', 'used@example.org');
    expect((await who.get(`/api/invitations/${inv.body.token}`)).body.status).toBe('revoked');
    const res = await who.post(`/api/invitations/${inv.body.token}/accept`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('INVITATION_REVOKED');

    const used = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'used@example.org',
      role: 'reader',
    });
    await who.post(`/api/invitations/${used.body.token}/accept`);
    const revokeUsed = await c.delete(`/api/collaborations/${cid}/invitations/${used.body.id}`);
    expect(revokeUsed.status).toBe(409);
    expect(revokeUsed.body.error.code).toBe('INVITATION_USED');

    const audit = await c.get(`/api/collaborations/${cid}/audit?targetType=invitation`);
    expect(audit.body.events.map((e: { action: string }) => e.action).sort()).toEqual([
      'invitation.accept',
      'invitation.create',
      'invitation.create',
      'invitation.revoke',
    ]);
    const accept = audit.body.events.find(
      (e: { action: string }) => e.action === 'invitation.accept',
    );
    expect(accept).toMatchObject({ userId: who.userId, targetId: used.body.id });
    expect(accept.summary).toContain('joined as reader');
  });

  it('can only be accepted by the account with the invited address (403 otherwise)', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'Bound.Person@example.org',
      role: 'coordinator',
    });
    const stranger = await signUp(t.app, 'Fick länken vidare');
    const refused = await stranger.post(`/api/invitations/${inv.body.token}/accept`);
    expect(refused.status).toBe(403);
    expect(refused.body.error.details).toMatchObject({ invitedEmail: 'bound.person@example.org' });
    expect((await stranger.get(`/api/collaborations/${cid}`)).status).toBe(404);
    expect((await c.get(`/api/invitations/${inv.body.token}`)).body.status).toBe('pending');
    const bound = await signUp(t.app, 'Rätt person', 'bound.person@example.org');
    expect((await bound.post(`/api/invitations/${inv.body.token}/accept`)).status).toBe(200);
  });

  it('answers 404 for an unknown token', async () => {
    const who = await signUp(t.app, 'Gissare');
    expect((await who.get('/api/invitations/not-a-real-token')).status).toBe(404);
    expect((await who.post('/api/invitations/not-a-real-token/accept')).status).toBe(404);
  });

  it('changes nothing for someone who already is a member (409 ALREADY_MEMBER)', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'someone@example.org',
      role: 'reader',
    });
    const res = await c.post(`/api/invitations/${inv.body.token}/accept`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_MEMBER');
    expect((await c.get(`/api/invitations/${inv.body.token}`)).body.status).toBe('pending');
    const members = await c.get(`/api/collaborations/${cid}/members`);
    expect(members.body).toEqual([expect.objectContaining({ role: 'coordinator' })]);

    const again = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: emailOf(c).toUpperCase(),
      role: 'reader',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_MEMBER');
  });

  it('lets exactly one of two simultaneous accepts win', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'race@example.org',
      role: 'editor',
    });
    // The invitation is bound to its address: two tabs of the invited person race.
    const a = await signUp(t.app, 'A', 'race@example.org');
    const results = await Promise.all([
      a.post(`/api/invitations/${inv.body.token}/accept`),
      a.post(`/api/invitations/${inv.body.token}/accept`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('INVITATION_USED');
    const members = await c.get(`/api/collaborations/${cid}/members`);
    expect(members.body).toHaveLength(2);
  });

  it('validates the invitation and lets only coordinators invite and list', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    const other = await buildRoutineWithActors(t.app, POLICE);
    const bad = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'x@example.org',
      role: 'editor',
      actorId: other.actors.police.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { field: 'actorId', message: 'is not an actor of this collaboration' },
    ]);
    const badEmail = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'not-an-email',
      role: 'editor',
    });
    expect(badEmail.status).toBe(400);

    const inv = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'reader@example.org',
      role: 'reader',
    });
    const reader = await signUp(t.app, 'Läsare', 'reader@example.org');
    await reader.post(`/api/invitations/${inv.body.token}/accept`);
    const create = await reader.post(`/api/collaborations/${cid}/invitations`, {
      email: 'y@example.org',
      role: 'coordinator',
    });
    expect(create.status).toBe(403);
    expect((await reader.get(`/api/collaborations/${cid}/invitations`)).status).toBe(403);
  });

  it('limits invitations per user per hour (429 RATE_LIMITED with Retry-After)', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(t.app, POLICE);
    for (let i = 0; i < 50; i++) {
      const res = await c.post(`/api/collaborations/${cid}/invitations`, {
        email: `bulk${i}@example.org`,
        role: 'reader',
      });
      expect(res.status).toBe(201);
    }
    const limited = await c.post(`/api/collaborations/${cid}/invitations`, {
      email: 'one-too-many@example.org',
      role: 'reader',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another coordinator has a budget of their own.
    const other = await buildRoutineWithActors(t.app, POLICE);
    const res = await other.coordinator.post(
      `/api/collaborations/${other.collaborationId}/invitations`,
      {
        email: 'fine@example.org',
        role: 'reader',
      },
    );
    expect(res.status).toBe(201);
  });
});

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** The text of a single-part message, whatever transfer encoding nodemailer chose. */
function bodyText(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/content-transfer-encoding:\s*base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

describe('invitation e-mail', () => {
  it('e-mails the link, who invited and the organisation, in Swedish and English', async () => {
    const received: Received[] = [];
    const smtp = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const app = await buildApp(
      {
        ...t.app.config,
        smtpUrl: `smtp://127.0.0.1:${port}`,
        mailFrom: 'Samrutin <noreply@samrutin.test>',
      },
      { clock: t.clock, database: t.app.database },
    );
    try {
      const {
        coordinator: c,
        collaborationId: cid,
        actors: { police },
      } = await buildRoutineWithActors(app, POLICE);
      // With SMTP the coordinator's sign-up mailed an address confirmation (issue 11): not this test's.
      received.length = 0;
      const res = await c.post(`/api/collaborations/${cid}/invitations`, {
        email: 'polis@example.org',
        role: 'editor',
        actorId: police.id,
      });
      expect(res.status).toBe(201);
      expect(res.body.emailed).toBe(true);
      expect(received).toHaveLength(1);
      const [mail] = received;
      expect(mail!.to).toEqual(['polis@example.org']);
      expect(mail!.from).toBe('noreply@samrutin.test');
      const text = bodyText(mail!.raw);
      expect(text).toContain(res.body.url);
      expect(text).toContain('Samordnare bjuder in dig till samverkansgruppen "Testkommun"');
      expect(text).toContain('som redaktör för Polisen');
      expect(text).toContain('Samordnare invites you to the collaboration "Testkommun"');
      expect(text).toContain('as editor for Polisen');
    } finally {
      await app.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it('still returns the link to copy when the mail server cannot be reached', async () => {
    const app = await buildApp(
      { ...t.app.config, smtpUrl: 'smtp://127.0.0.1:9' },
      { clock: t.clock, database: t.app.database },
    );
    try {
      const { coordinator: c, collaborationId: cid } = await buildRoutineWithActors(app, POLICE);
      const res = await c.post(`/api/collaborations/${cid}/invitations`, {
        email: 'nobody@example.org',
        role: 'reader',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        emailed: false,
        url: expect.stringContaining('/inbjudan/'),
      });
    } finally {
      await app.close();
    }
  });
});
