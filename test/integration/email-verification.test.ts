import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS, PASSWORD, saveAnswers } from '../helpers/adopted-routine';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';
import { startSmtp } from '../helpers/smtp';

/**
 * E-mail ownership (issue 11): with SMTP_URL an account confirms its address with a mailed,
 * single-use link before it can accept an invitation, sign, or create a collaboration or
 * region; reading stays open. Without SMTP_URL nothing waits.
 */

const emailOf = (c: Client) => (c as Client & { email: string }).email;

/** A routine ready to sign (version 1 frozen), and the actions an account is asked to do. */
async function signableVersion(app: TestApp['app']) {
  const base = await createCompleteRoutine(app);
  const c = base.coordinator;
  await saveAnswers(c, base.routineId, ANSWERS);
  const frozen = await c.post(`/api/routines/${base.routineId}/versions`, { summary: 'Första' });
  expect(frozen.status).toBe(201);
  const police = base.actors.police;
  const invite = async (who: Client) => {
    const res = await c.post(`/api/collaborations/${base.collaborationId}/invitations`, {
      email: emailOf(who),
      role: 'editor',
      actorId: police.id,
    });
    expect(res.status).toBe(201);
    return res.body.token as string;
  };
  const actions = (who: Client, token: string) => ({
    accept: () => who.post(`/api/invitations/${token}/accept`),
    sign: () =>
      who.post(`/api/routines/${base.routineId}/versions/1/sign-offs`, {
        actorId: police.id,
        representativeName: 'Polisens företrädare',
        representativeTitle: 'Lokalpolisområdeschef',
        decisionReference: 'Beslut A 123',
        password: PASSWORD,
      }),
    createCollaboration: () =>
      who.post('/api/collaborations', { name: 'Egen samverkan', area: 'Eget län' }),
  });
  return { invite, actions };
}

describe('with SMTP_URL: the address is confirmed before access is given', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createTestApp({
      configOverrides: { SMTP_URL: smtp.url, ADMIN_EMAILS: 'chef@admin.example' },
    });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const linksTo = (email: string) =>
    smtp.received
      .filter((m) => m.to.includes(email))
      .map((m) => /\/bekrafta-epost\?token=([A-Za-z0-9._~%-]+)/.exec(m.text)?.[1])
      .map((token) => decodeURIComponent(token ?? ''));

  it('mails one link at sign-up; until it is used the account reads but cannot act', async () => {
    const { invite, actions } = await signableVersion(t.app);
    const newcomer = await signUp(t.app, 'Ny Person', undefined, { confirmEmail: false });
    const email = emailOf(newcomer);
    const mails = smtp.received.filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Bekräfta din e-postadress');
    const [token] = linksTo(email);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const me = await newcomer.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ emailVerified: false, emailVerificationRequired: true });
    expect((await newcomer.get('/api/collaborations')).status).toBe(200);

    const invitation = await invite(newcomer);
    expect((await newcomer.get(`/api/invitations/${invitation}`)).status).toBe(200);
    const act = actions(newcomer, invitation);
    for (const res of [
      await act.createCollaboration(),
      await act.accept(),
      await act.sign(),
      await newcomer.post('/api/regions', { name: 'Region Ny' }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('EMAIL_NOT_VERIFIED');
      expect(res.body.error.message).toMatch(/confirm your e-mail address/i);
    }

    // The link works once: the second use is refused, and so is a wrong token.
    const confirm = (tok: string) =>
      new Client(t.app).post('/api/auth/email-verification/confirm', { token: tok });
    const first = await newcomer.post('/api/auth/email-verification/confirm', { token });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ status: 'verified', signedIn: true });
    const second = await confirm(token!);
    expect(second.status).toBe(410);
    expect(second.body.error.code).toBe('VERIFICATION_LINK_USED');
    const forged = await confirm(`${token!.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.code).toBe('VERIFICATION_LINK_INVALID');
    expect((await confirm('not-a-token')).body.error.code).toBe('VERIFICATION_LINK_INVALID');

    // At once (the session cache forgets the user), everything works.
    expect((await newcomer.get('/api/me')).body.emailVerified).toBe(true);
    expect((await act.accept()).status).toBe(200);
    expect((await act.sign()).status).toBe(201);
    expect((await act.createCollaboration()).status).toBe(201);
    const audit = await t.app.database.db
      .selectFrom('auditEvents')
      .select('action')
      .where('userId', '=', newcomer.userId)
      .where('action', '=', 'auth.email_verified')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("an address in ADMIN_EMAILS gives the administrator's rights only once it is confirmed", async () => {
    // Whoever signs up first with the address must also own it.
    const admin = await signUp(t.app, 'Första administratören', 'chef@admin.example', {
      confirmEmail: false,
    });
    expect((await admin.get('/api/me')).body.isAdmin).toBe(false);
    for (const res of [
      await admin.get('/api/admin/health'),
      await admin.post('/api/admin/regions', { name: 'Region Väst', coordinatorEmail: 'a@b.se' }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('EMAIL_NOT_VERIFIED');
    }
    const [token] = linksTo('chef@admin.example');
    const confirmed = await admin.post('/api/auth/email-verification/confirm', { token });
    expect(confirmed.status).toBe(200);
    expect((await admin.get('/api/me')).body.isAdmin).toBe(true);
    expect((await admin.get('/api/admin/health')).status).toBe(200);
  });

  it('mails a new link on request, at most five an hour, and none once confirmed', async () => {
    const person = await signUp(t.app, 'Glömsk Person', undefined, { confirmEmail: false });
    const email = emailOf(person);
    for (let i = 0; i < 4; i++) {
      const res = await person.post('/api/auth/email-verification/send');
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'sent', email });
    }
    expect(linksTo(email)).toHaveLength(5); // the sign-up's and four more
    const resend = await person.post('/api/auth/email-verification/send');
    expect(resend.status).toBe(202);
    const limited = await person.post('/api/auth/email-verification/send');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect((await new Client(t.app).post('/api/auth/email-verification/send')).status).toBe(401);

    // Any of its links confirms the address; after that none does.
    const links = linksTo(email);
    expect(
      (await person.post('/api/auth/email-verification/confirm', { token: links[2] })).status,
    ).toBe(200);
    const later = await person.post('/api/auth/email-verification/confirm', { token: links[5] });
    expect(later.body.error.code).toBe('VERIFICATION_LINK_USED');
  });

  it('confirms once when the same link is used twice at the same time', async () => {
    const person = await signUp(t.app, 'Dubbelklick', undefined, { confirmEmail: false });
    const [token] = linksTo(emailOf(person));
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        new Client(t.app).post('/api/auth/email-verification/confirm', { token }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410]);
    expect(answers.filter((a) => a.status === 200)[0]!.body.signedIn).toBe(false);
  });

  it('a confirmed account has nothing to ask for', async () => {
    const person = await signUp(t.app, 'Bekräftad Person');
    expect((await person.get('/api/me')).body.emailVerified).toBe(true);
    const res = await person.post('/api/auth/email-verification/send');
    expect(res.status).toBe(409);
  });
});

describe('without SMTP_URL: nothing waits for a confirmation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('an unconfirmed account accepts, signs and creates at once', async () => {
    const { invite, actions } = await signableVersion(t.app);
    const person = await signUp(t.app, 'Utan Post');
    expect((await person.get('/api/me')).body).toMatchObject({
      emailVerified: false,
      emailVerificationRequired: false,
    });
    const act = actions(person, await invite(person));
    expect((await act.accept()).status).toBe(200);
    expect((await act.sign()).status).toBe(201);
    expect((await act.createCollaboration()).status).toBe(201);
    expect((await person.post('/api/regions', { name: 'Region Utan' })).status).toBe(201);
    expect((await person.post('/api/auth/email-verification/send')).status).toBe(409);
  });
});
