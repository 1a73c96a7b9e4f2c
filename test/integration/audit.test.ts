import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { sayAuditEvent } from '../helpers/audit-sentences';
import { addMember, buildAction, buildRoutineWithMembers } from '../helpers/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Event {
  id: string;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
}

async function allPages(c: Client, cid: string, query: string, limit: number) {
  const events: Event[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const res = await c.get(
      `/api/collaborations/${cid}/audit?limit=${limit}${query}${cursor ? `&before=${cursor}` : ''}`,
    );
    expect(res.status).toBe(200);
    events.push(...res.body.events);
    cursor = res.body.next;
    pages += 1;
  } while (cursor && pages < 50);
  return { events, pages };
}

describe('audit trail (Händelselogg)', () => {
  /** A collaboration with a little history, one second between writes. */
  let history: Awaited<ReturnType<typeof buildRoutineWithMembers<'police'>>>;
  let action: Awaited<ReturnType<typeof buildAction>>;
  const aSecondLater = () => t.clock.advance(1000);
  beforeEach(async () => {
    history = await buildRoutineWithMembers(t.app, { afterEachWrite: aSecondLater });
    const { coordinator, collaborationId, routineId, actors, editor, reader } = history;
    action = await buildAction(editor, routineId, {
      actorId: actors.police.id,
      what: 'Upprättar anmälan, exempel 19900101-0017',
      acknowledgePersonalData: true,
    });
    aSecondLater();
    await coordinator.patch(`/api/collaborations/${collaborationId}/members/${reader.userId}`, {
      role: 'editor',
    });
    aSecondLater();
  });

  it('lists every write newest first, with who, what and a summary', async () => {
    const { coordinator: c, collaborationId: cid, editor, reader } = history;
    const res = await c.get(`/api/collaborations/${cid}/audit`);
    expect(res.status).toBe(200);
    expect(res.body.next).toBeUndefined();
    const events: Event[] = res.body.events;
    const ats = events.map((e) => e.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const actions = events.map((e) => e.action);
    for (const a of [
      'collaboration.create',
      'routine.create',
      'actor.create',
      'invitation.create',
      'invitation.accept',
      'personal_data.acknowledged',
      'action.create',
      'member.update',
    ]) {
      expect(actions, a).toContain(a);
    }
    expect(events[0]).toMatchObject({
      action: 'member.update',
      userId: c.userId,
      userName: 'Samordnare',
      targetType: 'member',
      targetId: reader.userId,
    });
    expect(events[0]!.summary).toContain('role: "reader" → "editor"');
    const ack = events.find((e) => e.action === 'personal_data.acknowledged');
    expect(ack).toMatchObject({
      userId: editor.userId,
      userName: 'Erik Redaktör',
      targetId: action.id,
    });
    // Sign-in failures belong to no collaboration and never show up here.
    expect(actions.some((a) => a.startsWith('auth.'))).toBe(false);
  });

  it('keeps each sentence’s parameters so the client can say it in the reader’s language', async () => {
    const { coordinator: c, collaborationId: cid } = history;
    const events: (Event & { params: Record<string, string | number> | null })[] = (
      await c.get(`/api/collaborations/${cid}/audit`)
    ).body.events;
    const created = events.find((e) => e.action === 'actor.create');
    expect(created!.params).toMatchObject({ name: expect.any(String), kind: expect.any(String) });
    expect(typeof created!.params!.paths).toBe('number');
    const action = events.find((e) => e.action === 'action.create');
    expect(action!.params).toMatchObject({ step: expect.any(Number), what: expect.any(String) });
    // Changes listed field by field name the fields, for the client to say in words.
    expect(events.find((e) => e.action === 'member.update')!.params).toMatchObject({
      name: 'Lisa Läsare',
      fields: 'role',
    });
  });

  it('says every event of a working session in Swedish and English, none in the server’s words', async () => {
    const {
      coordinator: c,
      collaborationId: cid,
      routineId: rid,
      actors: { police },
    } = history;
    const steps = [
      () =>
        c.patch(`/api/collaborations/${cid}/actors/${police.id}`, { description: 'Region Syd' }),
      () =>
        c.patch(`/api/routines/${rid}/actions/${action.id}`, {
          when: 'Genast',
          audience: 'adults',
        }),
      () => c.patch(`/api/routines/${rid}`, { title: 'Rutin mot människohandel' }),
      () => c.patch(`/api/collaborations/${cid}`, { name: 'Samverkan Syd' }),
      () => c.put(`/api/routines/${rid}/answers/s2.q1`, { text: 'Vi ringer', baseRevision: 0 }),
    ];
    for (const step of steps) {
      const res = await step();
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      t.clock.advance(1000);
    }
    const obstacle = await c.post(`/api/routines/${rid}/obstacles`, {
      step: 3,
      description: 'Ingen tolk på natten',
    });
    await c.patch(`/api/routines/${rid}/obstacles/${obstacle.body.id}`, { remedy: 'Telefontolk' });
    const thread = await c.post(`/api/routines/${rid}/comments`, {
      targetType: 'action',
      targetId: action.id,
      body: 'Stämmer numret?',
    });
    expect(thread.status).toBe(201);
    await c.post(`/api/routines/${rid}/comments/threads/${thread.body.threadId}/resolve`);
    const events: (Event & { params: Record<string, string | number> | null })[] = (
      await c.get(`/api/collaborations/${cid}/audit?limit=200`)
    ).body.events;
    for (const kind of [
      'actor.update',
      'action.update',
      'routine.update',
      'collaboration.update',
      'obstacle.update',
      'comment.create',
      'comment.resolve',
    ]) {
      expect(
        events.map((e) => e.action),
        kind,
      ).toContain(kind);
    }
    for (const e of events) {
      expect(e.params, e.action).not.toBeNull();
      for (const lang of ['sv', 'en'] as const) {
        const said = sayAuditEvent(e, lang);
        expect(said, `${e.action} ${lang}`).not.toBe(e.summary);
        expect(said, `${e.action} ${lang}`).not.toMatch(/{{|}}|undefined|audit\./);
      }
    }
    const actorUpdate = events.find((e) => e.action === 'actor.update')!;
    expect(sayAuditEvent(actorUpdate, 'sv')).toBe('Polisen – ändrat: beskrivning');
    const actionUpdate = events.find((e) => e.action === 'action.update')!;
    expect(sayAuditEvent(actionUpdate, 'en')).toBe(
      'Step 5: “Upprättar anmälan, exempel 19900101-0017” – changed: when and audience',
    );
  });

  it('pages with an opaque cursor without gaps or repeats, also among events of the same second', async () => {
    const { coordinator: c, collaborationId: cid, routineId: rid } = history;
    // Several events with the very same time.
    for (const q of ['s1.q1', 's1.q2', 's1.q3']) {
      await c.put(`/api/routines/${rid}/answers/${q}`, { text: 'svar', baseRevision: 0 });
    }
    const whole = (await c.get(`/api/collaborations/${cid}/audit?limit=200`)).body
      .events as Event[];
    const { events, pages } = await allPages(c, cid, '', 2);
    expect(pages).toBe(Math.ceil(whole.length / 2));
    expect(events.map((e) => e.id)).toEqual(whole.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('filters by target and by user', async () => {
    const { coordinator: c, collaborationId: cid, editor } = history;
    const byTarget = await c.get(
      `/api/collaborations/${cid}/audit?targetType=action&targetId=${action.id}`,
    );
    // Written in one transaction, at the same time.
    expect(byTarget.body.events.map((e: Event) => e.action).sort()).toEqual([
      'action.create',
      'personal_data.acknowledged',
    ]);
    const byUser = await allPages(c, cid, `&userId=${editor.userId}`, 1);
    expect(byUser.events.every((e) => e.userId === editor.userId)).toBe(true);
    expect(
      byUser.events
        .map((e) => e.action)
        .slice(0, 2)
        .sort(),
    ).toEqual(['action.create', 'personal_data.acknowledged']);
    expect(byUser.events.map((e) => e.action)[2]).toBe('invitation.accept');
    expect(byUser.events).toHaveLength(3);
  });

  it('is for coordinators: 403 for editors and readers, 404 for others, 400 for a bad cursor', async () => {
    const { coordinator: c, collaborationId: cid, editor } = history;
    const reader = await addMember(t.app, c, cid, { role: 'reader', name: 'Ny läsare' });
    for (const who of [editor, reader]) {
      const res = await who.get(`/api/collaborations/${cid}/audit`);
      expect(res.status).toBe(403);
    }
    const stranger = await signUp(t.app, 'Främling');
    expect((await stranger.get(`/api/collaborations/${cid}/audit`)).status).toBe(404);
    const bad = await c.get(`/api/collaborations/${cid}/audit?before=garbage`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect((await c.get(`/api/collaborations/${cid}/audit?limit=0`)).status).toBe(400);
  });
});
