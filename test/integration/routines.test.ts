import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('collaborations', () => {
  it('creates, lists, reads and renames a collaboration; the creator is coordinator', async () => {
    const c = await signUp(t.app);
    const created = await c.post('/api/collaborations', {
      name: 'Exempelkommun',
      area: 'Exempellän',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Exempelkommun',
      area: 'Exempellän',
      role: 'coordinator',
    });
    const list = await c.get('/api/collaborations');
    expect(list.body).toEqual([{ ...created.body, routines: [] }]);
    const renamed = await c.patch(`/api/collaborations/${created.body.id}`, {
      name: 'Nya kommunen',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('Nya kommunen');
    expect((await c.get(`/api/collaborations/${created.body.id}`)).body.name).toBe('Nya kommunen');
  });

  it('answers 404 for another collaboration and 401 when signed out', async () => {
    const { collaborationId } = await createCollaborationWithRoutine(t.app);
    const stranger = await signUp(t.app);
    for (const res of [
      await stranger.get(`/api/collaborations/${collaborationId}`),
      await stranger.patch(`/api/collaborations/${collaborationId}`, { name: 'x' }),
      await stranger.get(`/api/collaborations/${collaborationId}/routines`),
      await stranger.post(`/api/collaborations/${collaborationId}/routines`, { title: 'x' }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    stranger.cookie = '';
    expect((await stranger.get('/api/collaborations')).status).toBe(401);
  });

  it('names each bad field in a 400', async () => {
    const c = await signUp(t.app);
    const res = await c.post('/api/collaborations', { name: '', area: 42, extra: true });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'area']));
  });

  it('stops a personnummer in the name or area, then stores it after an audited acknowledgement', async () => {
    const c = await signUp(t.app);
    const name = 'Grupp 19121212-1212';
    const refused = await c.post('/api/collaborations', { name, area: 'Exempellän' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refused.body.error.details).toEqual([{ field: 'name', start: 6, end: 19 }]);
    expect((await c.get('/api/collaborations')).body).toEqual([]);

    const created = await c.post('/api/collaborations', { name, acknowledgePersonalData: true });
    expect(created.status).toBe(201);
    expect(created.body.name).toBe(name);
    const cid = created.body.id;

    const area = 'Ring 121212-1212';
    const refusedPatch = await c.patch(`/api/collaborations/${cid}`, {
      area,
      baseRevision: created.body.revision,
    });
    expect(refusedPatch.status).toBe(400);
    expect(refusedPatch.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refusedPatch.body.error.details[0].field).toBe('area');
    const unchanged = await c.get(`/api/collaborations/${cid}`);
    expect(unchanged.body).toMatchObject({ area: null, revision: created.body.revision });

    const patched = await c.patch(`/api/collaborations/${cid}`, {
      area,
      baseRevision: created.body.revision,
      acknowledgePersonalData: true,
    });
    expect(patched.status).toBe(200);
    expect((await c.get(`/api/collaborations/${cid}`)).body.area).toBe(area);

    const events = await t.app.database.db
      .selectFrom('auditEvents')
      .select(['targetType', 'targetId'])
      .where('collaborationId', '=', cid)
      .where('action', '=', 'personal_data.acknowledged')
      .execute();
    expect(events).toEqual([
      { targetType: 'collaboration', targetId: cid },
      { targetType: 'collaboration', targetId: cid },
    ]);
  });
});

describe('routines and answers', () => {
  it('creates a routine with a unique slug and reads it with empty answers and progress', async () => {
    const { coordinator, collaborationId } = await createCollaborationWithRoutine(t.app);
    const title = 'Rutin i Åre–Östersund';
    const routine = (
      await coordinator.post(`/api/collaborations/${collaborationId}/routines`, { title })
    ).body;
    expect(routine).toMatchObject({ title, status: 'draft', slug: 'rutin-i-are-ostersund' });
    const second = await coordinator.post(`/api/collaborations/${collaborationId}/routines`, {
      title,
    });
    expect(second.body.slug).toBe('rutin-i-are-ostersund-2');
    const read = await coordinator.get(`/api/routines/${routine.id}`);
    expect(read.status).toBe(200);
    expect(read.body.answers).toEqual({});
    expect(read.body.progress).toEqual({
      '1': { answered: 0, total: 3 },
      '2': { answered: 0, total: 5 },
      '3': { answered: 0, total: 5 },
      '4': { answered: 0, total: 3 },
      '5': { answered: 0, total: 3 },
      '6': { answered: 0, total: 1 },
    });
    const list = await coordinator.get('/api/collaborations');
    const mine = list.body.find((c: { id: string }) => c.id === collaborationId);
    expect(mine.routines.map((r: { status: string }) => r.status)).toEqual([
      'draft',
      'draft',
      'draft',
    ]);
  });

  it('saves answers with revisions and counts progress', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const first = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Att brottsoffer får sina rättigheter och att förövare lagförs.',
      baseRevision: 0,
    });
    expect(first).toMatchObject({ status: 200, body: { revision: 1 } });
    const second = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'Ändrad text',
      baseRevision: 1,
    });
    expect(second.body.revision).toBe(2);
    await coordinator.put(`/api/routines/${routineId}/answers/s6.q1`, {
      text: '   ',
      baseRevision: 0,
    });
    const read = await coordinator.get(`/api/routines/${routineId}`);
    expect(read.body.answers['s1.q1']).toEqual({ text: 'Ändrad text', revision: 2 });
    expect(read.body.progress['1']).toEqual({ answered: 1, total: 3 });
    expect(read.body.progress['6']).toEqual({ answered: 0, total: 1 });
  });

  it('refuses a stale revision with 409 and the current text, and a first answer twice', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Först',
      baseRevision: 0,
    });
    const raceFirst = await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Också först',
      baseRevision: 0,
    });
    expect(raceFirst.status).toBe(409);
    expect(raceFirst.body.error).toMatchObject({
      code: 'STALE_REVISION',
      details: { text: 'Först', revision: 1 },
    });
    await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Andra',
      baseRevision: 1,
    });
    const stale = await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Gammal',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ text: 'Andra', revision: 2 });
    const ahead = await coordinator.put(`/api/routines/${routineId}/answers/s2.q2`, {
      text: 'x',
      baseRevision: 5,
    });
    expect(ahead.status).toBe(409);
    expect(ahead.body.error.details).toMatchObject({ text: '', revision: 0 });
    expect((await coordinator.get(`/api/routines/${routineId}`)).body.answers['s2.q1'].text).toBe(
      'Andra',
    );
  });

  it('refuses an answer with the current revision to a reader (403) and to anyone outside the collaboration (404); nothing is written or audited', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const url = `/api/routines/${routineId}/answers/s1.q1`;
    expect((await coordinator.put(url, { text: 'Samordnarens', baseRevision: 0 })).status).toBe(
      200,
    );
    const reader = await addMember(t.app, coordinator, collaborationId, { role: 'reader' });
    const stranger = await signUp(t.app);
    const other = await createCollaborationWithRoutine(t.app);
    // The revision is the stored one: only the membership and the role can refuse these.
    const byReader = await reader.put(url, { text: 'Läsarens', baseRevision: 1 });
    expect(byReader.status).toBe(403);
    expect(byReader.body.error.code).toBe('FORBIDDEN');
    for (const who of [stranger, other.coordinator]) {
      const res = await who.put(url, { text: 'Någon annans', baseRevision: 1 });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    const missing = await coordinator.put(`/api/routines/${crypto.randomUUID()}/answers/s1.q1`, {
      text: 'x',
      baseRevision: 1,
    });
    expect(missing.status).toBe(404);
    expect((await coordinator.get(`/api/routines/${routineId}`)).body.answers['s1.q1']).toEqual({
      text: 'Samordnarens',
      revision: 1,
    });
    const saves = await t.app.database.db
      .selectFrom('auditEvents')
      .select('userId')
      .where('action', '=', 'answer.save')
      .where('targetId', '=', `${routineId}:s1.q1`)
      .execute();
    expect(saves).toEqual([{ userId: coordinator.userId }]);
    // The same save by an editor lands: the check lets through the roles that may write.
    const editor = await addMember(t.app, coordinator, collaborationId, { role: 'editor' });
    expect((await editor.put(url, { text: 'Redaktörens', baseRevision: 1 })).body).toEqual({
      revision: 2,
    });
  });

  it('refuses bad answers: unknown question 404, too long 400 stating the limit, missing fields 400', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const unknown = await coordinator.put(`/api/routines/${routineId}/answers/s9.q9`, {
      text: 'x',
      baseRevision: 0,
    });
    expect(unknown.status).toBe(404);
    const long = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'a'.repeat(20_001),
      baseRevision: 0,
    });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/20000/);
    const missing = await coordinator.put(`/api/routines/${routineId}/answers/s1.q1`, {
      text: 'x',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { field: string }) => d.field)).toContain(
      'baseRevision',
    );
    expect((await coordinator.get(`/api/routines/${routineId}`)).body.answers).toEqual({});
  });

  it('sets the main rule and the visibility', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const res = await coordinator.patch(`/api/routines/${routineId}`, {
      mainRule: 'Kontakta socialtjänsten samma dag.',
      visibility: 'public',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      mainRule: 'Kontakta socialtjänsten samma dag.',
      visibility: 'public',
    });
    const bad = await coordinator.patch(`/api/routines/${routineId}`, { visibility: 'everyone' });
    expect(bad.status).toBe(400);
  });

  it("hides another collaboration's routine behind 404 on every route", async () => {
    const { routineId } = await createCollaborationWithRoutine(t.app);
    const stranger = await signUp(t.app);
    await stranger.post('/api/collaborations', { name: 'Annan kommun' });
    for (const res of [
      await stranger.get(`/api/routines/${routineId}`),
      await stranger.patch(`/api/routines/${routineId}`, { title: 'x' }),
      await stranger.put(`/api/routines/${routineId}/answers/s1.q1`, {
        text: 'x',
        baseRevision: 0,
      }),
      await stranger.get('/api/routines/does-not-exist'),
    ]) {
      expect(res.status).toBe(404);
    }
  });
});
