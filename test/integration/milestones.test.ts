import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember, buildRoutineWithActors } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Socialtjänsten, responsible for the evaluation plan. */
const SOCIAL = { name: 'Socialtjänsten', kind: 'social_services' };

/** An evaluation plan (steg 6) with `actorId` responsible. */
const planFor = (actorId: string) => ({
  method: 'Genomgång av ärenden och enkät till aktörerna',
  indicators: ['Antal ärenden', 'Tid till första kontakt'],
  responsibleActorId: actorId,
  frequencyMonths: 12,
  nextReviewDate: '2027-11-30',
});

async function auditActions(collaborationId: string) {
  const rows = await t.app.database.db
    .selectFrom('auditEvents')
    .select('action')
    .where('collaborationId', '=', collaborationId)
    .execute();
  return rows.map((r) => r.action);
}

async function findingsOf(c: Client, routineId: string) {
  const res = await c.get(`/api/routines/${routineId}/check`);
  expect(res.status).toBe(200);
  return res.body.findings as { rule: string; severity: string; target: { type: string } }[];
}

describe('milestones (tidslinje)', () => {
  it('gives a new routine a suggested milestone per phase, dated from today', async () => {
    t.clock.set('2026-11-28T10:00:00.000Z');
    const { coordinator: c, routineId } = await createCollaborationWithRoutine(t.app);
    const res = await c.get(`/api/routines/${routineId}/milestones`);
    expect(res.status).toBe(200);
    expect(
      res.body.map((m: { phase: string; title: string; plannedDate: string; doneDate: null }) => [
        m.phase,
        m.title,
        m.plannedDate,
        m.doneDate,
      ]),
    ).toEqual([
      ['establish', 'Rutinen upprättad', '2027-02-28', null],
      ['implement', 'Rutinen införd i alla organisationer', '2027-04-28', null],
      ['test', 'Rutinen testad i ett ärende eller en övning', '2027-07-28', null],
      ['evaluate', 'Första utvärderingen', '2027-11-28', null],
    ]);
    expect(res.body[0]).toMatchObject({ routineId, revision: 1 });
  });

  it('lets editors add, change (mark done), and remove milestones, audited; stale writes get 409', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
    } = await createCollaborationWithRoutine(t.app);
    const editor = await addMember(t.app, c, collaborationId, { role: 'editor', name: 'Redaktör' });
    const created = await editor.post(`/api/routines/${routineId}/milestones`, {
      phase: 'test',
      title: 'Branschövning med skolan',
      plannedDate: '2027-03-15',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ phase: 'test', doneDate: null, revision: 1 });
    const id = created.body.id;

    const done = await editor.patch(`/api/routines/${routineId}/milestones/${id}`, {
      doneDate: '2027-03-16',
      baseRevision: 1,
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      doneDate: '2027-03-16',
      revision: 2,
      title: 'Branschövning med skolan',
    });

    const stale = await c.patch(`/api/routines/${routineId}/milestones/${id}`, {
      title: 'Annat',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ id, revision: 2, doneDate: '2027-03-16' });

    const list = await c.get(`/api/routines/${routineId}/milestones`);
    expect(list.body.map((m: { id: string }) => m.id)).toContain(id);
    expect((await c.delete(`/api/routines/${routineId}/milestones/${id}`)).status).toBe(204);
    expect(
      (await c.patch(`/api/routines/${routineId}/milestones/${id}`, { title: 'x' })).status,
    ).toBe(404);
    expect(await auditActions(collaborationId)).toEqual(
      expect.arrayContaining(['milestone.create', 'milestone.update', 'milestone.delete']),
    );
  });

  it('refuses readers (403), strangers (404), bad fields (400) and personal numbers in titles', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
    } = await createCollaborationWithRoutine(t.app);
    const reader = await addMember(t.app, c, collaborationId, { role: 'reader', name: 'Läsare' });
    const body = { phase: 'establish', title: 'Workshop', plannedDate: '2027-01-10' };
    expect((await reader.get(`/api/routines/${routineId}/milestones`)).status).toBe(200);
    expect((await reader.post(`/api/routines/${routineId}/milestones`, body)).status).toBe(403);
    const stranger = await signUp(t.app);
    expect((await stranger.get(`/api/routines/${routineId}/milestones`)).status).toBe(404);
    expect((await stranger.post(`/api/routines/${routineId}/milestones`, body)).status).toBe(404);

    const bad = await c.post(`/api/routines/${routineId}/milestones`, {
      phase: 'celebrate',
      title: '',
      plannedDate: '2027-02-30',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'phase',
      'plannedDate',
      'title',
    ]);

    const pnr = await c.post(`/api/routines/${routineId}/milestones`, {
      ...body,
      title: 'Möte om 19121212-1212',
    });
    expect(pnr.status).toBe(400);
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    const acknowledged = await c.post(`/api/routines/${routineId}/milestones`, {
      ...body,
      title: 'Möte om 19121212-1212',
      acknowledgePersonalData: true,
    });
    expect(acknowledged.status).toBe(201);
  });

  it('warns in the quality check when a phase has no milestone', async () => {
    const { coordinator: c, routineId } = await createCollaborationWithRoutine(t.app);
    const rule = 'timeline-phase-without-milestone';
    expect((await findingsOf(c, routineId)).filter((f) => f.rule === rule)).toEqual([]);
    const list = await c.get(`/api/routines/${routineId}/milestones`);
    const testPhase = list.body.find((m: { phase: string }) => m.phase === 'test');
    await c.delete(`/api/routines/${routineId}/milestones/${testPhase.id}`);
    const findings = (await findingsOf(c, routineId)).filter((f) => f.rule === rule);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', target: { type: 'milestone' } });
  });
});

describe('evaluation plan (steg 6)', () => {
  it('is 404 until written; PUT writes it whole, with revisions and 409 for a stale write', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, { social: SOCIAL });
    const plan = planFor(social.id);
    const none = await c.get(`/api/routines/${routineId}/evaluation-plan`);
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe('NOT_FOUND');

    const first = await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      baseRevision: 0,
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ...plan, revision: 1 });
    expect((await c.get(`/api/routines/${routineId}/evaluation-plan`)).body).toEqual(first.body);

    const second = await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      frequencyMonths: 6,
      baseRevision: 1,
    });
    expect(second.body).toMatchObject({ frequencyMonths: 6, revision: 2 });

    const stale = await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ frequencyMonths: 6, revision: 2 });

    const blind = await c.put(`/api/routines/${routineId}/evaluation-plan`, plan);
    expect(blind.body).toMatchObject({ frequencyMonths: 12, revision: 3 });
    expect(await auditActions(collaborationId)).toContain('evaluation_plan.save');
  });

  it("refuses another collaboration's actor as responsible (400), readers (403) and strangers (404)", async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, { social: SOCIAL });
    const plan = planFor(social.id);
    const other = await buildRoutineWithActors(t.app, { social: SOCIAL });
    const foreign = await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      responsibleActorId: other.actors.social.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details).toEqual([
      { field: 'responsibleActorId', message: 'is not an actor of this collaboration' },
    ]);
    const missing = await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      method: '',
      frequencyMonths: 0,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'frequencyMonths',
      'method',
    ]);
    const reader = await addMember(t.app, c, collaborationId, { role: 'reader', name: 'Läsare' });
    expect((await reader.put(`/api/routines/${routineId}/evaluation-plan`, plan)).status).toBe(403);
    expect(
      (await other.coordinator.put(`/api/routines/${routineId}/evaluation-plan`, plan)).status,
    ).toBe(404);
    expect((await other.coordinator.get(`/api/routines/${routineId}/evaluation-plan`)).status).toBe(
      404,
    );
  });

  it('feeds the quality check: missing plan blocks, a passed review date warns', async () => {
    const {
      coordinator: c,
      routineId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, { social: SOCIAL });
    const plan = planFor(social.id);
    const before = await findingsOf(c, routineId);
    expect(before).toContainEqual(
      expect.objectContaining({ rule: 'evaluation-plan-missing', severity: 'blocker' }),
    );
    await c.put(`/api/routines/${routineId}/evaluation-plan`, {
      ...plan,
      nextReviewDate: '2026-12-01',
    });
    const after = await findingsOf(c, routineId);
    expect(after.map((f) => f.rule)).not.toContain('evaluation-plan-missing');
    expect(after.map((f) => f.rule)).not.toContain('next-review-not-in-future');
    t.clock.set('2026-12-02T10:00:00.000Z');
    try {
      const later = await findingsOf(c, routineId);
      expect(later).toContainEqual(
        expect.objectContaining({ rule: 'next-review-not-in-future', severity: 'warning' }),
      );
    } finally {
      t.clock.set('2026-11-28T10:00:00.000Z');
    }
  });
});
