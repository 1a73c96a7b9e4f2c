import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  signUp,
  type TestApp,
} from '../helpers/app';
import { addMember, buildRoutineWithMembers } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** Polisen (whom the editor represents) and Socialtjänsten, in every test's collaboration. */
const ACTORS = {
  police: {
    name: 'Polisen',
    kind: 'police',
    contactPaths: [{ channel: 'phone', value: '114 14', always: true, audience: 'all' }],
  },
  social: { name: 'Socialtjänsten', kind: 'social_services', contactPaths: [] },
};

describe('members', () => {
  it('lists every member with role and represented organisation, to any member', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
      reader,
      actors: { police },
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    const res = await reader.get(`/api/collaborations/${cid}/members`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    const byId = new Map(res.body.map((m: { userId: string }) => [m.userId, m]));
    expect(byId.get(editor.userId)).toEqual({
      userId: editor.userId,
      name: 'Erik Redaktör',
      email: (editor as Client & { email: string }).email,
      role: 'editor',
      actorId: police.id,
      actorName: 'Polisen',
      revision: 1,
    });
    expect(byId.get(reader.userId)).toMatchObject({
      role: 'reader',
      actorId: null,
      actorName: null,
    });
    expect(byId.get(c.userId)).toMatchObject({ role: 'coordinator', name: 'Samordnare' });
  });

  it('lets a coordinator change role and organisation, audited before → after', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
      actors: { social },
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    const res = await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
      role: 'coordinator',
      actorId: social.id,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      role: 'coordinator',
      actorId: social.id,
      actorName: 'Socialtjänsten',
    });
    const audit = await c.get(
      `/api/collaborations/${cid}/audit?targetType=member&targetId=${editor.userId}`,
    );
    expect(audit.body.events[0]).toMatchObject({
      action: 'member.update',
      userId: c.userId,
      userName: 'Samordnare',
    });
    expect(audit.body.events[0].summary).toContain('role: "editor" → "coordinator"');
    expect(audit.body.events[0].summary).toContain('organisation: "Polisen" → "Socialtjänsten"');

    const cleared = await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
      actorId: null,
    });
    expect(cleared.body).toMatchObject({ actorId: null, actorName: null });
  });

  it('refuses an organisation of another collaboration or none at all with 400', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    const other = await createCollaborationWithRoutine(t.app);
    const foreign = await other.coordinator.post(
      `/api/collaborations/${other.collaborationId}/actors`,
      { name: 'Annan aktör', kind: 'other', contactPaths: [] },
    );
    for (const actorId of [foreign.body.id, 'no-such-actor']) {
      const res = await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
        actorId,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        { field: 'actorId', message: 'is not an actor of this collaboration' },
      ]);
    }
    const bad = await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
      role: 'owner',
    });
    expect(bad.status).toBe(400);
  });

  it('only lets coordinators change or remove members', async () => {
    const {
      collaborationId: cid,
      editor,
      reader,
      coordinator: c,
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    for (const who of [editor, reader]) {
      const patch = await who.patch(`/api/collaborations/${cid}/members/${c.userId}`, {
        role: 'reader',
      });
      expect(patch.status).toBe(403);
      expect(patch.body.error.code).toBe('FORBIDDEN');
      const del = await who.delete(`/api/collaborations/${cid}/members/${c.userId}`);
      expect(del.status).toBe(403);
    }
    const self = await editor.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
      role: 'coordinator',
    });
    expect(self.status).toBe(403);
  });

  it('never removes or demotes the last coordinator (409 LAST_COORDINATOR)', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    const demote = await c.patch(`/api/collaborations/${cid}/members/${c.userId}`, {
      role: 'editor',
    });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('LAST_COORDINATOR');
    const leave = await c.delete(`/api/collaborations/${cid}/members/${c.userId}`);
    expect(leave.status).toBe(409);
    expect(leave.body.error.code).toBe('LAST_COORDINATOR');

    // With a second coordinator, the first may step down; then the second is the last one.
    await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, { role: 'coordinator' });
    const stepDown = await c.patch(`/api/collaborations/${cid}/members/${c.userId}`, {
      role: 'editor',
    });
    expect(stepDown.status).toBe(200);
    const removeLast = await c.delete(`/api/collaborations/${cid}/members/${editor.userId}`);
    expect(removeLast.status).toBe(403);
    const demoteLast = await editor.patch(`/api/collaborations/${cid}/members/${editor.userId}`, {
      role: 'reader',
    });
    expect(demoteLast.body.error.code).toBe('LAST_COORDINATOR');
  });

  it('keeps one coordinator when two demote each other at the same time', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    await c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, { role: 'coordinator' });
    const [a, b] = await Promise.all([
      c.patch(`/api/collaborations/${cid}/members/${editor.userId}`, { role: 'editor' }),
      editor.patch(`/api/collaborations/${cid}/members/${c.userId}`, { role: 'editor' }),
    ]);
    // One lands; the other is refused (403: no longer a coordinator, or 409: the last one).
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const members = await c.get(`/api/collaborations/${cid}/members`);
    expect(members.body.filter((m: { role: string }) => m.role === 'coordinator')).toHaveLength(1);
  });

  it('removes a member, and lets a member leave; both audited and access ends', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      editor,
      reader,
      routineId,
    } = await buildRoutineWithMembers(t.app, { actors: ACTORS });
    expect((await c.delete(`/api/collaborations/${cid}/members/${editor.userId}`)).status).toBe(
      204,
    );
    expect((await editor.get(`/api/routines/${routineId}`)).status).toBe(404);
    t.clock.advance(1000);
    expect(
      (await reader.delete(`/api/collaborations/${cid}/members/${reader.userId}`)).status,
    ).toBe(204);
    expect((await reader.get(`/api/collaborations/${cid}/members`)).status).toBe(404);
    const audit = await c.get(`/api/collaborations/${cid}/audit?targetType=member`);
    expect(audit.body.events.map((e: { action: string }) => e.action)).toEqual([
      'member.leave',
      'member.remove',
    ]);
    expect(audit.body.events[1].summary).toContain('Erik Redaktör');
    const again = await c.delete(`/api/collaborations/${cid}/members/${editor.userId}`);
    expect(again.status).toBe(404);
  });

  it('withdraws the pending invitations of a removed or demoted coordinator, audited', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithMembers(t.app, {
      actors: ACTORS,
    });
    const second = await addMember(t.app, c, cid, {
      role: 'coordinator',
      name: 'Andra samordnaren',
    });
    const third = await addMember(t.app, c, cid, {
      role: 'coordinator',
      name: 'Tredje samordnaren',
    });
    const invite = (who: Client, email: string) =>
      who.post(`/api/collaborations/${cid}/invitations`, { email, role: 'editor' });
    const bySecond = await invite(second, 'fran-andra@example.org');
    const byThird = await invite(third, 'fran-tredje@example.org');
    const mine = await invite(c, 'fran-forsta@example.org');
    expect([bySecond.status, byThird.status, mine.status]).toEqual([201, 201, 201]);

    expect((await c.delete(`/api/collaborations/${cid}/members/${second.userId}`)).status).toBe(
      204,
    );
    const demoted = await c.patch(`/api/collaborations/${cid}/members/${third.userId}`, {
      role: 'editor',
    });
    expect(demoted.status).toBe(200);

    const invitee = await signUp(t.app, 'Inbjuden', 'fran-andra@example.org');
    const refused = await invitee.post(`/api/invitations/${bySecond.body.token}/accept`);
    expect(refused.status).toBe(410);
    expect(refused.body.error.code).toBe('INVITATION_REVOKED');
    expect((await c.get(`/api/invitations/${byThird.body.token}`)).body.status).toBe('revoked');
    expect((await c.get(`/api/invitations/${mine.body.token}`)).body.status).toBe('pending');
    const audit = await c.get(`/api/collaborations/${cid}/audit?targetType=invitation`);
    const revokes = audit.body.events.filter(
      (e: { action: string }) => e.action === 'invitation.revoke',
    );
    expect(revokes.map((e: { targetId: string }) => e.targetId).sort()).toEqual(
      [bySecond.body.id, byThird.body.id].sort(),
    );
    expect(revokes.map((e: { summary: string }) => e.summary).join(' ')).toMatch(
      /removed.*|demoted/,
    );
  });

  it('answers 404 to non-members and for users who are not members', async () => {
    const { coordinator: c, collaborationId: cid } = await buildRoutineWithMembers(t.app, {
      actors: ACTORS,
    });
    const stranger = await signUp(t.app, 'Främling');
    expect((await stranger.get(`/api/collaborations/${cid}/members`)).status).toBe(404);
    const res = await c.patch(`/api/collaborations/${cid}/members/${stranger.userId}`, {
      role: 'reader',
    });
    expect(res.status).toBe(404);
  });
});
