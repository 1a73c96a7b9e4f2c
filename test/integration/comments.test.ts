import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app';
import { buildAction, buildRoutineWithMembers } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('comments', () => {
  it('lets a reader open a thread on a question and others reply; listed as threads', async () => {
    const { coordinator: c, routineId: rid, reader, editor } = await buildRoutineWithMembers(t.app);
    const opened = await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's2.q1',
      body: 'Vem gör den första bedömningen?',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      targetType: 'question',
      targetId: 's2.q1',
      step: 2,
      resolved: false,
      resolvedAt: null,
      resolvedBy: null,
      comments: [
        {
          authorId: reader.userId,
          authorName: 'Lisa Läsare',
          body: 'Vem gör den första bedömningen?',
          revision: 1,
        },
      ],
    });
    expect(opened.body.threadId).toBe(opened.body.comments[0].id);
    t.clock.advance(1000);
    const reply = await editor.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's2.q1',
      threadId: opened.body.threadId,
      body: 'Socialtjänsten, se steg 3.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body.comments.map((x: { authorName: string }) => x.authorName)).toEqual([
      'Lisa Läsare',
      'Erik Redaktör',
    ]);
    const list = await c.get(`/api/routines/${rid}/comments?targetType=question&targetId=s2.q1`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([reply.body]);
  });

  it('comments on an action of the routine only', async () => {
    const {
      coordinator: c,
      routineId: rid,
      actors: { police },
    } = await buildRoutineWithMembers(t.app);
    const action = await buildAction(c, rid, { actorId: police.id });
    const ok = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'action',
      targetId: action.id,
      body: 'Dygnet runt?',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.step).toBe(5);
    const other = await buildRoutineWithMembers(t.app);
    const otherAction = await buildAction(other.coordinator, other.routineId, {
      actorId: other.actors.police.id,
    });
    for (const body of [
      { targetType: 'action', targetId: otherAction.id, body: 'x' },
      { targetType: 'action', targetId: 'nope', body: 'x' },
      { targetType: 'question', targetId: 's9.q9', body: 'x' },
      { targetType: 'question', targetId: 's1.q1', body: '   ' },
      { targetType: 'routine', targetId: rid, body: 'x' },
    ]) {
      const res = await c.post(`/api/routines/${rid}/comments`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    const wrongThread = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      threadId: ok.body.threadId,
      body: 'svar på fel ställe',
    });
    expect(wrongThread.status).toBe(400);
    expect(wrongThread.body.error.details[0].field).toBe('threadId');
    const foreignThread = await other.coordinator.post(
      `/api/routines/${other.routineId}/comments`,
      {
        targetType: 'action',
        targetId: otherAction.id,
        threadId: ok.body.threadId,
        body: 'x',
      },
    );
    expect(foreignThread.status).toBe(400);
  });

  it('edits only one’s own comment, with stale-revision protection', async () => {
    const { routineId: rid, reader, editor } = await buildRoutineWithMembers(t.app);
    const opened = await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: 'Första versionen',
    });
    const id = opened.body.comments[0].id;
    const notMine = await editor.patch(`/api/routines/${rid}/comments/${id}`, { body: 'Kapad' });
    expect(notMine.status).toBe(403);
    expect(notMine.body.error.code).toBe('FORBIDDEN');
    t.clock.advance(1000);
    const edited = await reader.patch(`/api/routines/${rid}/comments/${id}`, {
      body: 'Andra versionen',
      baseRevision: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id, body: 'Andra versionen', revision: 2 });
    expect(edited.body.updatedAt > edited.body.createdAt).toBe(true);
    const stale = await reader.patch(`/api/routines/${rid}/comments/${id}`, {
      body: 'Tredje',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect(stale.body.error.details).toMatchObject({ body: 'Andra versionen', revision: 2 });
  });

  it('guards comment text against personal identity numbers, auditing an acknowledgement', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      routineId: rid,
      reader,
    } = await buildRoutineWithMembers(t.app);
    const text = 'Gäller 19900101-0017, vad gör vi?';
    const refused = await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: text,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect(refused.body.error.details[0]).toMatchObject({ field: 'body' });
    expect((await c.get(`/api/routines/${rid}/comments`)).body).toEqual([]);
    const ok = await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: text,
      acknowledgePersonalData: true,
    });
    expect(ok.status).toBe(201);
    const audit = await c.get(`/api/collaborations/${cid}/audit?userId=${reader.userId}`);
    expect(audit.body.events.map((e: { action: string }) => e.action)).toContain(
      'personal_data.acknowledged',
    );
  });

  it('resolves and reopens: editors, coordinators and the thread’s author; readers otherwise not', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      routineId: rid,
      reader,
      editor,
    } = await buildRoutineWithMembers(t.app);
    const byCoordinator = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's3.q1',
      body: 'Ingång för barn saknas',
    });
    const threadId = byCoordinator.body.threadId;
    const refused = await reader.post(`/api/routines/${rid}/comments/threads/${threadId}/resolve`);
    expect(refused.status).toBe(403);
    const resolved = await editor.post(`/api/routines/${rid}/comments/threads/${threadId}/resolve`);
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      resolved: true,
      resolvedBy: editor.userId,
      resolvedByName: 'Erik Redaktör',
      resolvedAt: t.clock.now().toISOString(),
    });
    const reopened = await c.post(`/api/routines/${rid}/comments/threads/${threadId}/reopen`);
    expect(reopened.body).toMatchObject({ resolved: false, resolvedAt: null, resolvedBy: null });

    const own = await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's3.q2',
      body: 'Min egen tråd',
    });
    const ownResolve = await reader.post(
      `/api/routines/${rid}/comments/threads/${own.body.threadId}/resolve`,
    );
    expect(ownResolve.status).toBe(200);
    expect(ownResolve.body.resolved).toBe(true);

    // A reply is not a thread.
    const reply = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's3.q1',
      threadId,
      body: 'Svar',
    });
    const replyId = reply.body.comments[1].id;
    expect((await c.post(`/api/routines/${rid}/comments/threads/${replyId}/resolve`)).status).toBe(
      404,
    );

    const open = await c.get(`/api/routines/${rid}/comments?unresolved=1`);
    expect(open.body.map((x: { threadId: string }) => x.threadId)).toEqual([threadId]);
    const step3 = await c.get(`/api/routines/${rid}/comments?step=3`);
    expect(step3.body).toHaveLength(2);

    const audit = await c.get(`/api/collaborations/${cid}/audit?targetType=comment`);
    expect(audit.body.events.map((e: { action: string }) => e.action).sort()).toEqual([
      'comment.create',
      'comment.create',
      'comment.reopen',
      'comment.reply',
      'comment.resolve',
      'comment.resolve',
    ]);
  });

  it('counts threads per question and action for badges', async () => {
    const {
      coordinator: c,
      routineId: rid,
      reader,
      actors: { police },
    } = await buildRoutineWithMembers(t.app);
    const action = await buildAction(c, rid, { actorId: police.id });
    const a = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: 'Ett',
    });
    await reader.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      threadId: a.body.threadId,
      body: 'Svar',
    });
    await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: 'Två',
    });
    await c.post(`/api/routines/${rid}/comments/threads/${a.body.threadId}/resolve`);
    await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'action',
      targetId: action.id,
      body: 'Om åtgärden',
    });
    const counts = await reader.get(`/api/routines/${rid}/comment-counts`);
    expect(counts.status).toBe(200);
    expect(counts.body).toEqual({
      'question:s1.q1': { open: 1, total: 2, comments: 3 },
      [`action:${action.id}`]: { open: 1, total: 1, comments: 1 },
    });
    // A removed action takes its badge and threads with it.
    await c.delete(`/api/routines/${rid}/actions/${action.id}`);
    expect(Object.keys((await c.get(`/api/routines/${rid}/comment-counts`)).body)).toEqual([
      'question:s1.q1',
    ]);
    expect((await c.get(`/api/routines/${rid}/comments?targetType=action`)).body).toEqual([]);
  });

  it('hides another collaboration’s comments (404)', async () => {
    const { coordinator: c, routineId: rid } = await buildRoutineWithMembers(t.app);
    const opened = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: 'Hemligt',
    });
    const other = await buildRoutineWithMembers(t.app);
    const o = other.coordinator;
    expect((await o.get(`/api/routines/${rid}/comments`)).status).toBe(404);
    expect((await o.get(`/api/routines/${rid}/comment-counts`)).status).toBe(404);
    const id = opened.body.threadId;
    expect(
      (await o.patch(`/api/routines/${other.routineId}/comments/${id}`, { body: 'x' })).status,
    ).toBe(404);
    expect(
      (await o.post(`/api/routines/${other.routineId}/comments/threads/${id}/resolve`)).status,
    ).toBe(404);
  });
});
