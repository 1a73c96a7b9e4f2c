import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedRoutine, freezeAndAdopt, saveAnswers } from '../helpers/adopted-routine';
import {
  type Client as C,
  Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';

/** Evaluation (issue 18): review periods, "Starta revidering" and the lifecycle state. */

let t: TestApp;
let r: Awaited<ReturnType<typeof createAdoptedRoutine>>;
let editor: C;
let reader: C;
let stranger: C;
let strangerActor: string;
const PERSONNUMMER = '19121212-1212';

beforeAll(async () => {
  t = await createTestApp();
  r = await createAdoptedRoutine(t.app);
  editor = await addMember(t.app, r.coordinator, r.collaborationId, {
    role: 'editor',
    name: 'Redaktör',
  });
  reader = await addMember(t.app, r.coordinator, r.collaborationId, {
    role: 'reader',
    name: 'Läsare',
  });
  const other = await createCollaborationWithRoutine(t.app);
  stranger = other.coordinator;
  const actor = await stranger.post(`/api/collaborations/${other.collaborationId}/actors`, {
    name: 'Annan kommun',
    kind: 'social_services',
  });
  if (actor.status !== 201) throw new Error(`actor: ${actor.status}`);
  strangerActor = actor.body.id;
}, 90_000);
afterAll(async () => t.close());

const reviews = () => `/api/routines/${r.routineId}/reviews`;

async function auditOf(targetId: string) {
  const rows = await t.app.database.db
    .selectFrom('auditEvents')
    .select(['action', 'summary'])
    .where('targetId', '=', targetId)
    .execute();
  // Sorted by name, not by time: two writes in the same millisecond share a timestamp.
  return rows.map((x) => x.action).sort();
}

const period = () => ({
  periodStart: '2026-11-01',
  periodEnd: '2026-12-31',
  indicatorValues: [
    { indicator: 'Antal ärenden', value: '7' },
    { indicator: 'Tid till första kontakt', value: '2 h median' },
  ],
  meetingDate: '2027-01-10',
  presentActorIds: [r.actors.social.id, r.actors.police.id],
  decisions: 'Byt numret till socialjouren i steg 3.',
});

describe('review periods', () => {
  let id: string;

  it('lets a coordinator record a period that every member reads, newest first, with the feedback of the period', async () => {
    const fb = await new Client(t.app).post(`/api/published/${r.slug}/feedback`, {
      step: 3,
      text: 'Socialjourens nummer svarade inte.',
    });
    expect(fb.status).toBe(201);
    const older = await r.coordinator.post(reviews(), {
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(older.status).toBe(201);
    const res = await r.coordinator.post(reviews(), period());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...period(), feedbackCount: 1, revision: 1 });
    id = res.body.id;
    for (const member of [reader, editor]) {
      const list = await member.get(reviews());
      expect(list.status).toBe(200);
      expect(list.body.map((p: { id: string }) => p.id)).toEqual([id, older.body.id]);
      expect(list.body[1].feedbackCount).toBe(0);
    }
    expect(await auditOf(id)).toEqual(['review_period.create']);
  });

  it('refuses editors and readers (403) and another collaboration (404)', async () => {
    expect((await editor.post(reviews(), period())).status).toBe(403);
    expect((await reader.patch(`${reviews()}/${id}`, { decisions: 'x' })).status).toBe(403);
    expect((await editor.delete(`${reviews()}/${id}`)).status).toBe(403);
    expect((await stranger.get(reviews())).status).toBe(404);
    expect((await stranger.patch(`${reviews()}/${id}`, { decisions: 'x' })).status).toBe(404);
    expect((await stranger.delete(`${reviews()}/${id}`)).status).toBe(404);
    expect((await stranger.post(`${reviews()}/${id}/start-revision`, {})).status).toBe(404);
    expect((await stranger.get(`/api/routines/${r.routineId}/lifecycle`)).status).toBe(404);
  });

  it('refuses dates in the wrong order and organisations of another collaboration (400)', async () => {
    const wrong = await r.coordinator.post(reviews(), {
      periodStart: '2026-12-01',
      periodEnd: '2026-11-01',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([expect.objectContaining({ field: 'periodEnd' })]);
    const foreign = await r.coordinator.patch(`${reviews()}/${id}`, {
      presentActorIds: [strangerActor],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toEqual([
      expect.objectContaining({ field: 'presentActorIds' }),
    ]);
  });

  it('changes a period with its revision; a stale one answers 409 with the period as it is', async () => {
    const ok = await r.coordinator.patch(`${reviews()}/${id}`, {
      indicatorValues: [{ indicator: 'Antal ärenden', value: '9' }],
      baseRevision: 1,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ revision: 2, decisions: period().decisions });
    const stale = await r.coordinator.patch(`${reviews()}/${id}`, {
      decisions: 'Annat',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ revision: 2 });
    expect(await auditOf(id)).toEqual(['review_period.create', 'review_period.update']);
  });

  it('refuses a personal identity number in the decisions or a value unless acknowledged', async () => {
    for (const body of [
      { decisions: `Ärendet ${PERSONNUMMER} diskuterades` },
      { indicatorValues: [{ indicator: 'Antal ärenden', value: PERSONNUMMER }] },
    ]) {
      const res = await r.coordinator.patch(`${reviews()}/${id}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    }
    const list = await r.coordinator.get(reviews());
    expect(JSON.stringify(list.body)).not.toContain('1212-1212');
  });

  it('removes a period (coordinators), audited', async () => {
    const extra = await r.coordinator.post(reviews(), {
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
    });
    expect((await r.coordinator.delete(`${reviews()}/${extra.body.id}`)).status).toBe(204);
    expect((await r.coordinator.delete(`${reviews()}/${extra.body.id}`)).status).toBe(404);
    expect(await auditOf(extra.body.id)).toEqual(['review_period.create', 'review_period.delete']);
  });
});

describe('lifecycle and Starta revidering', () => {
  const lifecycle = async () =>
    (await reader.get(`/api/routines/${r.routineId}/lifecycle`)).body as {
      state: string;
      adoptedVersion: number;
      isReviewOverdue: boolean;
    };

  it('follows the dates: adopted → in use → evaluation due (and overdue)', async () => {
    expect(await lifecycle()).toMatchObject({ state: 'adopted', adoptedVersion: r.version });
    t.clock.set('2027-01-15T10:00:00.000Z');
    expect((await lifecycle()).state).toBe('in_use');
    // the evaluation plan's next review date is 2027-11-30
    t.clock.set('2027-11-01T10:00:00.000Z');
    expect((await lifecycle()).state).toBe('evaluation_due');
    t.clock.set('2027-12-02T10:00:00.000Z');
    expect(await lifecycle()).toMatchObject({ state: 'evaluation_due', isReviewOverdue: true });
  });

  it('starts a revision once: decisions and open feedback become open threads on the steps; the adopted version stays published', async () => {
    const list = await r.coordinator.get(reviews());
    const current = list.body.find((p: { periodStart: string }) => p.periodStart === '2026-11-01');
    expect((await editor.post(`${reviews()}/${current.id}/start-revision`, {})).status).toBe(403);
    const res = await r.coordinator.post(`${reviews()}/${current.id}/start-revision`, {
      baseRevision: current.revision,
    });
    expect(res.status).toBe(200);
    expect(res.body.period.revisionStartedAt).toBe('2027-12-02T10:00:00.000Z');
    expect(res.body.openItems.map((i: { step: number }) => i.step).sort()).toEqual([3, 6]);
    const step3 = await editor.get(`/api/routines/${r.routineId}/comments?step=3&unresolved=1`);
    expect(step3.body).toEqual([
      expect.objectContaining({
        targetId: 's3.q1',
        resolved: false,
        comments: [
          expect.objectContaining({
            body: 'Från utvärderingen, återkoppling (ny): Socialjourens nummer svarade inte.',
          }),
        ],
      }),
    ]);
    const step6 = await editor.get(`/api/routines/${r.routineId}/comments?step=6`);
    expect(step6.body[0].comments[0].body).toBe(
      'Från utvärderingen (2026-11-01 – 2026-12-31), beslut: Byt numret till socialjouren i steg 3.',
    );
    expect((await lifecycle()).state).toBe('under_revision');
    expect(await auditOf(current.id)).toContain('review_period.start_revision');
    // the period a revision started from is history: it cannot be removed
    expect((await r.coordinator.delete(`${reviews()}/${current.id}`)).status).toBe(409);
    // a second start from any period of the same version is refused
    const again = await r.coordinator.post(`${reviews()}/${list.body[1].id}/start-revision`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    // the version in force is still the one the public reads
    const page = await t.app.inject({ url: `/r/${r.slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`version ${r.version}`);
  });

  it('ends the revision when the new version is signed, and the published page follows', async () => {
    const NEW = 'Målet är gemensamt, och numret till socialjouren är nytt.';
    await saveAnswers(r.coordinator, r.routineId, { 's1.q1': NEW });
    // the group plans the next review of the new version
    const plan = await r.coordinator.get(`/api/routines/${r.routineId}/evaluation-plan`);
    const { revision, ...fields } = plan.body;
    const moved = await r.coordinator.put(`/api/routines/${r.routineId}/evaluation-plan`, {
      ...fields,
      nextReviewDate: '2028-12-01',
      baseRevision: revision,
    });
    expect(moved.status).toBe(200);
    // the draft's change is not published while the revision is under way
    expect((await t.app.inject({ url: `/r/${r.slug}` })).body).not.toContain(NEW);
    const next = await freezeAndAdopt(r.coordinator, r.routineId);
    expect(next).toBe(r.version + 1);
    expect(await lifecycle()).toMatchObject({ state: 'adopted', adoptedVersion: next });
    const page = await t.app.inject({ url: `/r/${r.slug}` });
    expect(page.body).toContain(NEW);
    expect(page.body).toContain(`version ${next}`);
  });

  it('refuses Starta revidering on a routine that was never adopted (409)', async () => {
    const other = await createCollaborationWithRoutine(t.app);
    const p = await other.coordinator.post(`/api/routines/${other.routineId}/reviews`, {
      periodStart: '2027-01-01',
      periodEnd: '2027-02-01',
    });
    const res = await other.coordinator.post(
      `/api/routines/${other.routineId}/reviews/${p.body.id}/start-revision`,
      {},
    );
    expect(res.status).toBe(409);
    expect(
      (await other.coordinator.get(`/api/routines/${other.routineId}/lifecycle`)).body.state,
    ).toBe('not_adopted');
  });

  it('lets only one of concurrent starts from two periods through', async () => {
    const fresh = await createAdoptedRoutine(t.app);
    const c = fresh.coordinator;
    const url = `/api/routines/${fresh.routineId}/reviews`;
    const ids: string[] = [];
    for (const periodStart of ['2026-01-01', '2026-07-01']) {
      ids.push((await c.post(url, { periodStart, periodEnd: '2026-11-27' })).body.id);
    }
    const results = await Promise.all(
      ids.flatMap((id) => [1, 2].map(() => c.post(`${url}/${id}/start-revision`, {}))),
    );
    expect(results.map((x) => x.status).sort()).toEqual([200, 409, 409, 409]);
    const periods = (await c.get(url)).body as { revisionStartedAt: string | null }[];
    expect(periods.filter((p) => p.revisionStartedAt !== null)).toHaveLength(1);
  }, 60_000);
});
