import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../helpers/app';
import { ACTORS_WITH_PHONES as ACTORS, buildRoutineWithActors } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('actions', () => {
  it('records who does what with entry points, handoffs and order; the matrix shows every cell', async () => {
    const {
      coordinator: c,
      routineId,
      actors: { social, police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const children = await c.post(`/api/routines/${routineId}/actions`, {
      step: 3,
      actorId: social.id,
      what: 'Tar emot kontakt om barn',
      audience: 'children',
      contactPathId: social.contactPaths[0].id,
      isEntryPoint: true,
      kind: 'report_of_concern',
    });
    const adults = await c.post(`/api/routines/${routineId}/actions`, {
      step: 3,
      actorId: social.id,
      what: 'Tar emot kontakt om vuxna',
      audience: 'adults',
      contactPathId: social.contactPaths[1].id,
      isEntryPoint: true,
    });
    const report = await c.post(`/api/routines/${routineId}/actions`, {
      step: 5,
      actorId: police.id,
      what: 'Tar emot anmälan och inleder förundersökning',
      audience: 'all',
      kind: 'report_to_police',
    });
    expect(children.status).toBe(201);
    const withHandoff = await c.patch(`/api/routines/${routineId}/actions/${children.body.id}`, {
      handoffTo: [report.body.id],
    });
    expect(withHandoff.body.handoffTo).toEqual([report.body.id]);
    expect([children.body.position, adults.body.position]).toEqual([0, 1]);
    const moved = await c.patch(`/api/routines/${routineId}/actions/${adults.body.id}`, {
      position: 0,
    });
    expect(moved.body.position).toBe(0);
    const list = await c.get(`/api/routines/${routineId}/actions`);
    expect(
      list.body.filter((a: { step: number }) => a.step === 3).map((a: { id: string }) => a.id),
    ).toEqual([adults.body.id, children.body.id]);
    const matrix = await c.get(`/api/routines/${routineId}/matrix`);
    expect(matrix.body.steps).toEqual([2, 3, 4, 5]);
    expect(matrix.body.cells).toHaveLength(2 * 4);
    const cell = (actorId: string, step: number) =>
      matrix.body.cells.find(
        (x: { actorId: string; step: number }) => x.actorId === actorId && x.step === step,
      );
    expect(cell(social.id, 3).actions.map((a: { id: string }) => a.id)).toEqual([
      adults.body.id,
      children.body.id,
    ]);
    expect(cell(police.id, 5).actions[0].kind).toBe('report_to_police');
    expect(cell(police.id, 2).actions).toEqual([]);
  });

  it('refuses bad references: another actor’s path, handoff to itself or another routine, entry point outside step 3', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors: { social, police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const wrongPath = await c.post(`/api/routines/${routineId}/actions`, {
      step: 3,
      actorId: police.id,
      what: 'x',
      audience: 'all',
      contactPathId: social.contactPaths[0].id,
    });
    expect(wrongPath.status).toBe(400);
    expect(wrongPath.body.error.details[0].field).toBe('contactPathId');
    const other = await c.post(`/api/collaborations/${collaborationId}/routines`, {
      title: 'Annan rutin',
    });
    const foreign = await c.post(`/api/routines/${other.body.id}/actions`, {
      step: 2,
      actorId: police.id,
      what: 'I den andra rutinen',
      audience: 'all',
    });
    const a = await c.post(`/api/routines/${routineId}/actions`, {
      step: 2,
      actorId: police.id,
      what: 'Upptäcker',
      audience: 'all',
    });
    const toForeign = await c.patch(`/api/routines/${routineId}/actions/${a.body.id}`, {
      handoffTo: [foreign.body.id],
    });
    expect(toForeign.status).toBe(400);
    expect(toForeign.body.error.details[0].field).toBe('handoffTo.0');
    const toSelf = await c.patch(`/api/routines/${routineId}/actions/${a.body.id}`, {
      handoffTo: [a.body.id],
    });
    expect(toSelf.status).toBe(400);
    const entry = await c.post(`/api/routines/${routineId}/actions`, {
      step: 2,
      actorId: police.id,
      what: 'x',
      audience: 'all',
      isEntryPoint: true,
    });
    expect(entry.status).toBe(400);
    const badStep = await c.post(`/api/routines/${routineId}/actions`, {
      step: 6,
      actorId: police.id,
      what: 'x',
      audience: 'all',
    });
    expect(badStep.status).toBe(400);
    const foreignActor = await signUp(t.app);
    const fc = await foreignActor.post('/api/collaborations', { name: 'F' });
    const fActor = await foreignActor.post(`/api/collaborations/${fc.body.id}/actors`, {
      name: 'X',
      kind: 'other',
    });
    const otherActor = await c.post(`/api/routines/${routineId}/actions`, {
      step: 2,
      actorId: fActor.body.id,
      what: 'x',
      audience: 'all',
    });
    expect(otherActor.status).toBe(400);
  });
});

describe('obstacles', () => {
  it('records obstacles with remedies per step and refuses a foreign owner', async () => {
    const {
      coordinator: c,
      routineId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const created = await c.post(`/api/routines/${routineId}/obstacles`, {
      step: 3,
      description: 'Socialjouren känner inte till rutinen',
      ownerActorId: social.id,
    });
    expect(created.status).toBe(201);
    const patched = await c.patch(`/api/routines/${routineId}/obstacles/${created.body.id}`, {
      remedy: 'Utbildning för socialjouren varje halvår',
      baseRevision: 1,
    });
    expect(patched.body).toMatchObject({
      remedy: 'Utbildning för socialjouren varje halvår',
      revision: 2,
    });
    const bad = await c.post(`/api/routines/${routineId}/obstacles`, {
      step: 3,
      description: 'x',
      ownerActorId: 'nope',
    });
    expect(bad.status).toBe(400);
    expect((await c.get(`/api/routines/${routineId}/obstacles`)).body).toHaveLength(1);
    expect((await c.delete(`/api/routines/${routineId}/obstacles/${created.body.id}`)).status).toBe(
      204,
    );
  });
});

describe('knowledge bank', () => {
  it('lists national entries with source and last-checked date, hides and annotates them, and adds local items', async () => {
    const { coordinator: c, collaborationId } = await buildRoutineWithActors(t.app, ACTORS);
    const list = await c.get(`/api/collaborations/${collaborationId}/knowledge`);
    const line = list.body.find((k: { id: string }) => k.id === 'national:nationell-stodtelefon');
    expect(line).toMatchObject({ source: 'national', contact: '020-390 000', hidden: false });
    expect(line.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const hide = await c.patch(
      `/api/collaborations/${collaborationId}/knowledge/national:mmm-manual`,
      {
        hidden: true,
        annotation: 'Finns i vår gemensamma mapp',
      },
    );
    expect(hide.body).toMatchObject({ hidden: true, annotation: 'Finns i vår gemensamma mapp' });
    const retitle = await c.patch(
      `/api/collaborations/${collaborationId}/knowledge/national:mmm-manual`,
      { title: 'x' },
    );
    expect(retitle.status).toBe(400);
    expect(
      (await c.delete(`/api/collaborations/${collaborationId}/knowledge/national:mmm-manual`))
        .status,
    ).toBe(409);
    const local = await c.post(`/api/collaborations/${collaborationId}/knowledge`, {
      title: 'Branschövning 2026',
      kind: 'training',
      url: 'https://example.org/ovning',
      steps: [2],
    });
    expect(local.status).toBe(201);
    expect(
      (await c.get(`/api/collaborations/${collaborationId}/knowledge`)).body.at(-1).title.sv,
    ).toBe('Branschövning 2026');
  });
});

describe('personal-data guard', () => {
  it('stops a personnummer in an answer, then saves it after an audited acknowledgement', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
    } = await buildRoutineWithActors(t.app, ACTORS);
    const text = 'Exempel: 19900101-0017 ska aldrig stå här';
    const refused = await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text,
      baseRevision: 0,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refused.body.error.details).toEqual([{ field: 'text', start: 9, end: 22 }]);
    expect((await c.get(`/api/routines/${routineId}`)).body.answers).toEqual({});
    const saved = await c.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text,
      baseRevision: 0,
      acknowledgePersonalData: true,
    });
    expect(saved.status).toBe(200);
    const events = await t.app.database.db
      .selectFrom('auditEvents')
      .select(['action'])
      .where('collaborationId', '=', collaborationId)
      .where('action', '=', 'personal_data.acknowledged')
      .execute();
    expect(events).toHaveLength(1);
  });

  it('scans action texts and obstacle texts, but not typed phone numbers', async () => {
    const {
      coordinator: c,
      routineId,
      collaborationId,
      actors: { police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const action = await c.post(`/api/routines/${routineId}/actions`, {
      step: 2,
      actorId: police.id,
      what: 'Ring om 900101-0017',
      audience: 'all',
    });
    expect(action.status).toBe(400);
    expect(action.body.error.details[0].field).toBe('what');
    const obstacle = await c.post(`/api/routines/${routineId}/obstacles`, {
      step: 4,
      description: 'x',
      remedy: '9001010017',
    });
    expect(obstacle.status).toBe(400);
    const phone = await c.post(`/api/collaborations/${collaborationId}/actors`, {
      name: 'Mobil',
      kind: 'other',
      contactPaths: [{ channel: 'phone', value: '0701234567', audience: 'all' }],
    });
    expect(phone.status).toBe(201);
  });
});
