import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '../../src/contracts/workshops';
import { WORKSHOP_STATE, workshopDocumentNameOf } from '../../src/domain/collab';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { addMember, buildRoutineWithMembers } from '../helpers/factories';
import { type LiveClient, listenLive, liveClient, waitFor } from '../helpers/live';

/**
 * The workshop's live document `workshop:<id>` on /collab: members of the collaboration and
 * the workshop's guests connect, nobody may write it (the server does, after each HTTP write),
 * and a draft is in it only once revealed.
 */

let t: TestApp;
let server: { url: string; origin: string };
let f: Awaited<ReturnType<typeof buildRoutineWithMembers>>;
let wid: string;
let guest: Client;
const open: LiveClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  server = await listenLive(t.app);
  f = await buildRoutineWithMembers(t.app);
  const w = await f.coordinator.post(`/api/routines/${f.routineId}/workshops`, {
    questionIds: ['s1.q1'],
    allowGuests: true,
  });
  wid = w.body.id;
  guest = new Client(t.app);
  await guest.post('/api/workshops/join', {
    code: w.body.code,
    name: 'Gäst',
    organisation: 'Kyrkan',
  });
}, 60_000);
afterAll(async () => {
  for (const c of open) c.destroy();
  await t.close();
});

const connect = (who: Client | { cookie: string }, id = wid) => {
  const c = liveClient(server, who, workshopDocumentNameOf(id));
  open.push(c);
  return c;
};
type PublicState = Omit<WorkshopView, 'you'>;
const stateOf = (c: LiveClient): PublicState | null => {
  const json = c.doc.getMap<string>(WORKSHOP_STATE.map).get(WORKSHOP_STATE.key);
  return json ? (JSON.parse(json) as PublicState) : null;
};

describe('the live workshop document', () => {
  it('lets members and the workshop’s guest in, and nobody else', async () => {
    const member = connect(f.reader);
    const byGuest = connect(guest);
    await member.synced();
    await byGuest.synced();
    expect(stateOf(byGuest)?.questions[0]).toMatchObject({
      questionId: 's1.q1',
      phase: 'drafting',
    });
    const outsider = connect(await signUp(t.app, 'Utomstående'));
    await waitFor(() => outsider.denied.length > 0, 'the outsider refused');
    // A guest's cookie opens no routine document.
    const routineDoc = liveClient(server, guest, f.routineId);
    open.push(routineDoc);
    await waitFor(() => routineDoc.denied.length > 0, 'the guest refused the routine');
  });

  it('carries HTTP writes to every open copy, drafts only after the reveal', async () => {
    const byGuest = connect(guest);
    const facilitator = connect(f.coordinator);
    await byGuest.synced();
    await facilitator.synced();
    await f.editor.put(`/api/workshops/${wid}/questions/s1.q1/draft`, { text: 'Hemligt utkast' });
    await waitFor(() => stateOf(byGuest)?.questions[0]?.draftCount === 1, 'the draft counted');
    expect(JSON.stringify(byGuest.doc.toJSON())).not.toContain('Hemligt utkast');
    await f.coordinator.post(`/api/workshops/${wid}/questions/s1.q1/phase`, { phase: 'revealed' });
    await waitFor(() => stateOf(byGuest)?.questions[0]?.phase === 'revealed', 'the reveal');
    expect(stateOf(facilitator)?.questions[0]?.drafts).toEqual([
      { text: 'Hemligt utkast', organisation: 'Polisen', name: null },
    ]);
  });

  it('drops what any client writes, the facilitator’s too', async () => {
    const facilitator = connect(f.coordinator);
    const byGuest = connect(guest);
    await facilitator.synced();
    await byGuest.synced();
    facilitator.doc.getMap<string>(WORKSHOP_STATE.map).set(WORKSHOP_STATE.key, '{"forged":true}');
    byGuest.doc.getText('draft').insert(0, 'Smuggled');
    await new Promise((r) => setTimeout(r, 300));
    const fresh = connect(f.reader);
    await fresh.synced();
    expect(stateOf(fresh)?.questions[0]?.phase).toBe('revealed');
    expect(fresh.doc.getText('draft').toString()).toBe('');
  });

  it('closes a member’s socket when their role changes or they are removed', async () => {
    const member = await addMember(t.app, f.coordinator, f.collaborationId, {
      role: 'editor',
      name: 'Maja Medlem',
    });
    const live = connect(member);
    await live.synced();
    const members = `/api/collaborations/${f.collaborationId}/members/${member.userId}`;
    expect((await f.coordinator.patch(members, { role: 'reader' })).status).toBe(200);
    await waitFor(() => live.closes.some((c) => c.reason === 'role-changed'), 'closed on role');
    // It may come back with its new role; removal closes it for good.
    const hellos = () => live.messages.filter((m) => m.type === 'hello');
    await waitFor(() => hellos().length === 2, 'reconnected');
    expect(hellos()[1]).toMatchObject({ user: { role: 'reader' } });
    const observer = connect(f.reader);
    await observer.synced();
    expect((await f.coordinator.delete(members)).status).toBe(204);
    await waitFor(() => live.closes.some((c) => c.reason === 'member-removed'), 'closed');
    await waitFor(() => live.denied.length > 0, 'refused on reconnect');
    // The other members' sockets stay open.
    expect(observer.closes).toEqual([]);
  });
});
