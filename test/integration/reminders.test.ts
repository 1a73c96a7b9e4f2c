import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { type Client, createTestApp, type TestApp } from '../helpers/app';
import { addMember } from '../helpers/factories';
import { startSmtp } from '../helpers/smtp';

/**
 * Reminders over the job table, with a real SMTP server in the test process and the test
 * clock moved across the review date (2027-11-30 in the helper's evaluation plan).
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let app: FastifyInstance;
let r: Awaited<ReturnType<typeof createAdoptedRoutine>>;
let social: Client;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp();
  app = await buildApp(
    { ...t.app.config, smtpUrl: smtp.url, baseUrl: 'https://samrutin.test' },
    { clock: t.clock, database: t.app.database },
  );
  r = await createAdoptedRoutine(app);
  // A member representing the evaluation plan's responsible organisation (social services).
  social = await addMember(app, r.coordinator, r.collaborationId, {
    role: 'editor',
    name: 'Socialsekreterare',
    actorId: r.actors.social.id,
  });
}, 60_000);
afterAll(async () => {
  await app.close();
  await smtp.close();
  await t.close();
});

const emailOf = (c: Client) => (c as Client & { email: string }).email;
const mailsTo = (c: Client, subject: RegExp) =>
  smtp.received.filter((m) => m.to.includes(emailOf(c)) && subject.test(m.subject));

describe('review reminders', () => {
  it('sends nothing more than 30 days before the review', async () => {
    smtp.received.length = 0; // the invitations of the set-up
    t.clock.set('2027-10-30T08:00:00.000Z'); // 31 days before
    await app.jobs.tick();
    expect(smtp.received).toEqual([]);
  });

  it('30 days before: coordinators and the responsible organisation’s members get one mail each, and a notice', async () => {
    t.clock.set('2027-10-31T08:00:00.000Z');
    await app.jobs.tick();
    await app.jobs.tick(); // a second tick (or process) adds nothing
    expect(mailsTo(r.coordinator, /om 30 dagar/)).toHaveLength(1);
    expect(mailsTo(social, /om 30 dagar/)).toHaveLength(1);
    const [mail] = mailsTo(social, /om 30 dagar/);
    expect(mail!.text).toContain('2027-11-30');
    expect(mail!.text).toContain(`https://samrutin.test/rutiner/${r.routineId}/utvardering`);
    expect(mail!.headers).toMatch(/List-Unsubscribe: <https:\/\/samrutin\.test\/avregistrera\//);
    const notices = await social.get('/api/me/notifications');
    expect(notices.body.unread).toBe(1);
    expect(notices.body.notifications[0]).toMatchObject({
      kind: 'review_30',
      routineId: r.routineId,
      data: { date: '2027-11-30' },
    });
  });

  it('one-click unsubscribe turns that kind off for that person only; the settings switch too', async () => {
    const [mail] = mailsTo(social, /om 30 dagar/);
    const link = /https:\/\/samrutin\.test(\/avregistrera\/\S+)/.exec(mail!.text)![1]!;
    const page = await app.inject({ url: link });
    expect(page.statusCode, `${link} ${page.body}`).toBe(200);
    expect(page.body).toContain('<form');
    // a mail client's RFC 8058 one-click POST
    const done = await app.inject({
      method: 'POST',
      url: link,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('avregistrerad');
    const forged = await app.inject({ method: 'POST', url: `${link.slice(0, -3)}abc` });
    expect(forged.statusCode).toBe(404);
    expect((await social.get('/api/me/notifications')).body.settings).toMatchObject({
      review_30: false,
      review_7: true,
    });
    expect((await r.coordinator.get('/api/me/notifications')).body.settings.review_30).toBe(true);
    // and the settings page's switch, for the 7-day reminder
    const off = await social.put('/api/me/notification-settings', { review_7: false });
    expect(off.body).toMatchObject({ review_30: false, review_7: false, review_overdue: true });
  });

  it('7 days before: only those who did not opt out; a failed send is retried with backoff and visible', async () => {
    smtp.failNext(1);
    t.clock.set('2027-11-23T08:00:00.000Z');
    await app.jobs.tick();
    expect(mailsTo(social, /om 7 dagar/)).toHaveLength(0);
    expect(mailsTo(r.coordinator, /om 7 dagar/)).toHaveLength(0);
    const jobs = await r.coordinator.get(`/api/collaborations/${r.collaborationId}/jobs`);
    expect(jobs.status).toBe(200);
    const retrying = jobs.body.filter(
      (j: { status: string; attempts: number }) => j.status === 'pending' && j.attempts === 1,
    );
    expect(retrying).toHaveLength(1);
    expect(retrying[0].lastError).toMatch(/451|busy/i);
    expect((await social.get(`/api/collaborations/${r.collaborationId}/jobs`)).status).toBe(403);
    // Not before the backoff has passed …
    await app.jobs.tick();
    expect(mailsTo(r.coordinator, /om 7 dagar/)).toHaveLength(0);
    // … then once.
    t.clock.advance(6 * 60_000);
    await app.jobs.tick();
    await app.jobs.tick();
    expect(mailsTo(r.coordinator, /om 7 dagar/)).toHaveLength(1);
    expect(mailsTo(social, /om 7 dagar/)).toHaveLength(0);
  });

  it('the day after the review date: the overdue reminder, once', async () => {
    t.clock.set('2027-12-01T08:00:00.000Z');
    await app.jobs.tick();
    await app.jobs.tick();
    expect(mailsTo(r.coordinator, /försenad/)).toHaveLength(1);
    expect(mailsTo(social, /försenad/)).toHaveLength(1);
  });

  it('a job that keeps failing ends failed, with its error, for the coordinators', async () => {
    smtp.failNext(100);
    const police = await addMember(app, r.coordinator, r.collaborationId, {
      role: 'editor',
      name: 'Polis',
      actorId: r.actors.police.id,
    });
    // A new frozen version asks each organisation's representatives to sign.
    await r.coordinator.put(`/api/routines/${r.routineId}/answers/s1.q2`, {
      text: 'Ny version',
      baseRevision: 0,
    });
    const frozen = await r.coordinator.post(`/api/routines/${r.routineId}/versions`, {});
    expect(frozen.status).toBe(201);
    for (let i = 0; i < 8; i++) {
      await app.jobs.tick();
      t.clock.advance(3 * 3600_000);
    }
    smtp.failNext(0);
    const jobs = await r.coordinator.get(`/api/collaborations/${r.collaborationId}/jobs`);
    const failed = jobs.body.filter((j: { status: string }) => j.status === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(2); // the police and social services representatives
    expect(failed[0]).toMatchObject({ attempts: 5, maxAttempts: 5 });
    expect(mailsTo(police, /bekräftelse/)).toHaveLength(0);
    // the in-app notice is there all the same
    const notices = await police.get('/api/me/notifications');
    expect(notices.body.notifications.map((n: { kind: string }) => n.kind)).toContain(
      'sign_request',
    );
  });
});

describe('weekly feedback digest', () => {
  it('goes to coordinators on Monday, once per week', async () => {
    t.clock.set('2027-12-08T10:00:00.000Z'); // a Wednesday
    await r.coordinator.patch(`/api/routines/${r.routineId}`, { visibility: 'public' });
    for (const text of ['Tolken kom inte', 'Bra checklista']) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/published/${r.slug}/feedback`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ step: 4, text }),
      });
      expect(res.statusCode).toBe(201);
    }
    await app.jobs.tick();
    expect(mailsTo(r.coordinator, /återkoppling/)).toHaveLength(0);
    t.clock.set('2027-12-13T07:00:00.000Z'); // Monday
    await app.jobs.tick();
    t.clock.set('2027-12-13T15:00:00.000Z');
    await app.jobs.tick();
    const digests = mailsTo(r.coordinator, /ny återkoppling/);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toContain('2 ny återkoppling');
    expect(mailsTo(social, /ny återkoppling/)).toHaveLength(0);
  });

  it('the settings page’s switch turns a kind off', async () => {
    const off = await r.coordinator.put('/api/me/notification-settings', {
      feedback_digest: false,
    });
    expect(off.status).toBe(200);
    expect(off.body.feedback_digest).toBe(false);
    const bad = await r.coordinator.put('/api/me/notification-settings', { nonsense: true });
    expect(bad.status).toBe(400);
  });
});
