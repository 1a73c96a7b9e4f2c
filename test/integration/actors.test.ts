import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../helpers/app';
import { ACTORS_WITH_PHONES as ACTORS, buildRoutineWithActors } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('actors and contact paths', () => {
  it('creates an actor with normalised phone numbers shown in national format', async () => {
    const {
      actors: { social, police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    expect(social.contactPaths).toHaveLength(2);
    expect(social.contactPaths[0]).toMatchObject({
      value: '+46812345678',
      display: '08-123 456 78',
      href: 'tel:+46812345678',
      audience: 'children',
      always: false,
    });
    expect(social.contactPaths[1]).toMatchObject({ display: '020-39 00 00', always: true });
    expect(police.contactPaths[0]).toMatchObject({ display: '114 14', href: 'tel:11414' });
  });

  it('refuses a bad phone number, e-mail and web address naming the contact path and field', async () => {
    const { coordinator: c, collaborationId } = await buildRoutineWithActors(t.app, ACTORS);
    const res = await c.post(`/api/collaborations/${collaborationId}/actors`, {
      name: 'Skolan',
      kind: 'school',
      contactPaths: [
        { channel: 'phone', value: '12345', audience: 'all' },
        { channel: 'email', value: 'not-an-email', audience: 'all' },
        { channel: 'web', value: 'http://', audience: 'all' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'contactPaths.0.value',
      'contactPaths.1.value',
      'contactPaths.2.value',
    ]);
    const list = await c.get(`/api/collaborations/${collaborationId}/actors`);
    expect(list.body.map((a: { name: string }) => a.name)).toEqual(['Polisen', 'Socialtjänsten']);
  });

  it('refuses a second actor with the same name (409) and renames everywhere', async () => {
    const {
      coordinator: c,
      collaborationId,
      routineId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const dup = await c.post(`/api/collaborations/${collaborationId}/actors`, {
      name: 'Polisen',
      kind: 'police',
    });
    expect(dup.status).toBe(409);
    await c.post(`/api/routines/${routineId}/actions`, {
      step: 2,
      actorId: social.id,
      what: 'Tar emot orosanmälan',
      audience: 'children',
    });
    const renamed = await c.patch(`/api/collaborations/${collaborationId}/actors/${social.id}`, {
      name: 'Socialförvaltningen',
    });
    expect(renamed.body.name).toBe('Socialförvaltningen');
    const matrix = await c.get(`/api/routines/${routineId}/matrix`);
    expect(matrix.body.actors.map((a: { name: string }) => a.name)).toContain(
      'Socialförvaltningen',
    );
  });

  it('refuses to delete an actor or remove a contact path that actions use, listing them', async () => {
    const {
      coordinator: c,
      collaborationId,
      routineId,
      actors: { social },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const action = await c.post(`/api/routines/${routineId}/actions`, {
      step: 3,
      actorId: social.id,
      what: 'Tar emot samtal om barn',
      audience: 'children',
      contactPathId: social.contactPaths[0].id,
      isEntryPoint: true,
    });
    expect(action.status).toBe(201);
    const del = await c.delete(`/api/collaborations/${collaborationId}/actors/${social.id}`);
    expect(del.status).toBe(409);
    expect(del.body.error.code).toBe('IN_USE');
    expect(del.body.error.details.actions.map((a: { id: string }) => a.id)).toEqual([
      action.body.id,
    ]);
    const dropPath = await c.patch(`/api/collaborations/${collaborationId}/actors/${social.id}`, {
      contactPaths: [{ ...social.contactPaths[1], value: '020-390 000' }].map(
        ({ display, href, ...p }) => p,
      ),
    });
    expect(dropPath.status).toBe(409);
    expect(dropPath.body.error.details.actions[0].id).toBe(action.body.id);
    expect(
      (await c.get(`/api/collaborations/${collaborationId}/actors/${social.id}`)).body.contactPaths,
    ).toHaveLength(2);
    // Once the action is gone, the actor can go.
    expect((await c.delete(`/api/routines/${routineId}/actions/${action.body.id}`)).status).toBe(
      204,
    );
    expect(
      (await c.delete(`/api/collaborations/${collaborationId}/actors/${social.id}`)).status,
    ).toBe(204);
    expect((await c.get(`/api/collaborations/${collaborationId}/actors/${social.id}`)).status).toBe(
      404,
    );
  });

  it('refuses a stale actor revision with 409', async () => {
    const {
      coordinator: c,
      collaborationId,
      actors: { police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const first = await c.patch(`/api/collaborations/${collaborationId}/actors/${police.id}`, {
      description: 'Lokalpolisområdet',
      baseRevision: 1,
    });
    expect(first.body.revision).toBe(2);
    const stale = await c.patch(`/api/collaborations/${collaborationId}/actors/${police.id}`, {
      description: 'Annat',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
  });

  it("hides another collaboration's actors behind 404", async () => {
    const {
      collaborationId,
      actors: { police },
    } = await buildRoutineWithActors(t.app, ACTORS);
    const stranger = await signUp(t.app);
    const own = await stranger.post('/api/collaborations', { name: 'Annan' });
    expect((await stranger.get(`/api/collaborations/${collaborationId}/actors`)).status).toBe(404);
    expect(
      (await stranger.get(`/api/collaborations/${own.body.id}/actors/${police.id}`)).status,
    ).toBe(404);
    expect(
      (
        await stranger.patch(`/api/collaborations/${own.body.id}/actors/${police.id}`, {
          name: 'x',
        })
      ).status,
    ).toBe(404);
    expect(
      (await stranger.delete(`/api/collaborations/${own.body.id}/actors/${police.id}`)).status,
    ).toBe(404);
  });
});
