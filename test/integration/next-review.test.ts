import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { createAdoptedRoutine, freezeAndAdopt, saveAnswers } from '../helpers/adopted-routine';
import { type Client, createTestApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';

/**
 * The next review date after a new adoption (issue 18): a date left in the past moves to the
 * adoption day plus the plan's interval (12 months in the helper's plan, whose date is
 * 2027-11-30), audited, and the reminders follow the new date.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let app: FastifyInstance;
let r: Awaited<ReturnType<typeof createAdoptedRoutine>>;

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtp();
  app = await buildApp(
    { ...t.app.config, smtpUrl: smtp.url, baseUrl: 'https://samrutin.test' },
    { clock: t.clock, database: t.app.database },
  );
  r = await createAdoptedRoutine(app);
}, 60_000);
afterAll(async () => {
  await app.close();
  await smtp.close();
  await t.close();
});

const emailOf = (c: Client) => (c as Client & { email: string }).email;
const mailsTo = (c: Client, subject: RegExp) =>
  smtp.received.filter((m) => m.to.includes(emailOf(c)) && subject.test(m.subject));
const plan = () => r.coordinator.get(`/api/routines/${r.routineId}/evaluation-plan`);
const lifecycle = async () =>
  (await r.coordinator.get(`/api/routines/${r.routineId}/lifecycle`)).body;

describe('the next review date after a new adoption', () => {
  it('keeps the first adoption’s planned date', async () => {
    expect((await plan()).body.nextReviewDate).toBe('2027-11-30');
    expect(await lifecycle()).toMatchObject({ nextReviewDate: '2027-11-30' });
  });

  it('moves an overdue date to the adoption day + 12 months, audited; the reminders follow', async () => {
    t.clock.set('2027-12-05T08:00:00.000Z');
    await app.jobs.tick();
    expect(mailsTo(r.coordinator, /försenad|skulle ha/i).length).toBeGreaterThanOrEqual(1);
    const before = (await plan()).body;

    await saveAnswers(r.coordinator, r.routineId, { 's1.q1': 'Nytt mål efter utvärderingen.' });
    const next = await freezeAndAdopt(r.coordinator, r.routineId);
    expect(next).toBe(r.version + 1);

    const after = (await plan()).body;
    expect(after).toMatchObject({ nextReviewDate: '2028-12-05', revision: before.revision + 1 });
    expect(await lifecycle()).toMatchObject({
      state: 'adopted',
      adoptedVersion: next,
      nextReviewDate: '2028-12-05',
      isReviewOverdue: false,
    });
    const routine = await r.coordinator.get(`/api/routines/${r.routineId}`);
    expect(routine.body.nextReviewDate).toBe('2028-12-05');
    const audit = await r.coordinator.get(
      `/api/collaborations/${r.collaborationId}/audit?limit=200`,
    );
    const moved = audit.body.events.find(
      (e: { action: string }) => e.action === 'evaluation_plan.next_review',
    );
    expect(moved).toMatchObject({
      params: { previous: '2027-11-30', date: '2028-12-05', number: next, months: 12 },
    });
    // A form still holding the old plan cannot write the old date back.
    const { revision: _r, ...fields } = before;
    const stale = await r.coordinator.put(`/api/routines/${r.routineId}/evaluation-plan`, {
      ...fields,
      baseRevision: before.revision,
    });
    expect(stale.status).toBe(409);

    // No more overdue reminders; the new date's 30-day reminder comes in time.
    smtp.received.length = 0;
    t.clock.set('2027-12-06T08:00:00.000Z');
    await app.jobs.tick();
    expect(smtp.received.filter((m) => /försenad|skulle ha/i.test(m.subject))).toEqual([]);
    t.clock.set('2028-11-05T08:00:00.000Z');
    await app.jobs.tick();
    const [mail] = mailsTo(r.coordinator, /om 30 dagar/);
    expect(mail?.text).toContain('2028-12-05');
  });

  it('keeps a date the coordinators chose for the new version', async () => {
    const current = (await plan()).body;
    const { revision, ...fields } = current;
    const chosen = await r.coordinator.put(`/api/routines/${r.routineId}/evaluation-plan`, {
      ...fields,
      nextReviewDate: '2029-03-01',
      baseRevision: revision,
    });
    expect(chosen.status).toBe(200);
    await saveAnswers(r.coordinator, r.routineId, { 's1.q1': 'Ännu ett nytt mål.' });
    await freezeAndAdopt(r.coordinator, r.routineId);
    expect((await plan()).body).toMatchObject({
      nextReviewDate: '2029-03-01',
      revision: revision + 1,
    });
    expect((await lifecycle()).nextReviewDate).toBe('2029-03-01');
  });
});
