import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSHOP_STATE, wordingField, workshopDocumentNameOf } from '../../src/domain/collab';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addWorkshopGuest, buildRoutineWithMembers, buildWorkshop } from '../helpers/factories';
import { type LiveClient, listenLive, liveClient, waitFor } from '../helpers/live';

/**
 * The proposed wording co-edited live (issue 17, docs/adr/0020): a Y.Text `wording:<qid>` per
 * question in `workshop:<id>`, written by coordinators and by the members the facilitator
 * invites, read-only for everyone else; guarded like every live text; stored with the workshop.
 */

let t: TestApp;
let server: { url: string; origin: string };
const open: LiveClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  server = await listenLive(t.app);
}, 60_000);
afterAll(async () => {
  for (const c of open) c.destroy();
  await t.close();
});

const connect = (who: Client | { cookie: string }, wid: string) => {
  const c = liveClient(server, who, workshopDocumentNameOf(wid));
  open.push(c);
  return c;
};
const W = wordingField('s1.q1');

async function setUp() {
  const f = await buildRoutineWithMembers(t.app);
  const w = await buildWorkshop(f.coordinator, f.routineId, { questionIds: ['s1.q1', 's3.q2'] });
  // The editor and the reader take part as members.
  for (const member of [f.editor, f.reader]) {
    expect((await member.post('/api/workshops/join', { code: w.code })).status).toBe(200);
  }
  return { ...f, wid: w.id, code: w.code };
}

const auditOf = async (who: Client, collaborationId: string) => {
  const res = await who.get(`/api/collaborations/${collaborationId}/audit`);
  return res.body.events as { action: string; summary: string; userId: string | null }[];
};

describe('the co-edited wording', () => {
  it('is written by the facilitator and seen live by everyone; others’ writes are dropped', async () => {
    const f = await setUp();
    const guest = await addWorkshopGuest(t.app, f.code);
    const facilitator = connect(f.coordinator, f.wid);
    const reader = connect(f.reader, f.wid);
    const byGuest = connect(guest, f.wid);
    await Promise.all([facilitator.synced(), reader.synced(), byGuest.synced()]);
    facilitator.doc.getText(W).insert(0, 'Polisen tar emot anmälan');
    await waitFor(() => byGuest.text(W) === 'Polisen tar emot anmälan', 'the guest sees it');
    await waitFor(() => reader.text(W) === 'Polisen tar emot anmälan', 'the reader sees it');
    // Read-only: a member who was not invited, and a guest.
    reader.doc.getText(W).insert(0, 'Läsaren: ');
    byGuest.doc.getText(W).insert(0, 'Gästen: ');
    facilitator.doc.getText(W).insert(facilitator.text(W).length, ' dygnet runt');
    await waitFor(() => reader.text(W).endsWith('dygnet runt'), 'the facilitator again');
    const fresh = connect(f.editor, f.wid);
    await fresh.synced();
    expect(fresh.text(W)).toBe('Polisen tar emot anmälan dygnet runt');
  });

  it('refuses what is no wording of this workshop, a personal number unless acknowledged', async () => {
    const f = await setUp();
    const facilitator = connect(f.coordinator, f.wid);
    await facilitator.synced();
    // Another question than the workshop's: refused, the socket closed.
    facilitator.doc.getText(wordingField('s5.q1')).insert(0, 'Inte här');
    await waitFor(
      () => facilitator.messages.some((m) => m.type === 'refused' && m.code === 'UNKNOWN_FIELD'),
      'unknown field refused',
    );
    facilitator.destroy();
    // The room's state is the server's: a forged state is refused.
    const forger = connect(f.coordinator, f.wid);
    await forger.synced();
    forger.doc.getMap<string>(WORKSHOP_STATE.map).set(WORKSHOP_STATE.key, '{"forged":true}');
    await waitFor(() => forger.messages.some((m) => m.type === 'refused'), 'forgery refused');
    forger.destroy();
    // A personal number: refused, then passed once acknowledged (and audited on the workshop).
    const author = connect(f.coordinator, f.wid);
    await author.synced();
    author.doc.getText(W).insert(0, 'Ärende 19900101-1239');
    await waitFor(
      () =>
        author.messages.some((m) => m.type === 'refused' && m.code === 'PERSONAL_DATA_SUSPECTED'),
      'personal number refused',
    );
    author.destroy();
    const ack = connect(f.coordinator, f.wid);
    await ack.synced();
    expect(ack.text(W)).toBe('');
    expect(
      JSON.parse(ack.doc.getMap<string>(WORKSHOP_STATE.map).get(WORKSHOP_STATE.key)!),
    ).toHaveProperty('code', f.code);
    ack.provider.sendStateless(JSON.stringify({ type: 'acknowledge-personal-data', field: W }));
    await waitFor(
      () => ack.messages.some((m) => m.type === 'acknowledged' && m.field === W),
      'acknowledgement answered',
    );
    ack.doc.getText(W).insert(0, 'Diarienummer 19900101-1239');
    const observer = connect(f.reader, f.wid);
    await observer.synced();
    await waitFor(() => observer.text(W).includes('1239'), 'the acknowledged text');
    const audit = await auditOf(f.coordinator, f.collaborationId);
    expect(audit.some((e) => e.action === 'personal_data.acknowledged')).toBe(true);
  });

  it('lets a member write once the facilitator invites them, and not after it is taken back', async () => {
    const f = await setUp();
    const view = await f.coordinator.get(`/api/workshops/${f.wid}`);
    const editorRow = view.body.members.find((m: { name: string }) => m.name === 'Erik Redaktör');
    expect(editorRow).toMatchObject({ wordingHelper: false, organisation: 'Polisen' });
    // Guests and members see no names.
    expect((await f.reader.get(`/api/workshops/${f.wid}`)).body.members).toEqual([]);
    expect((await f.editor.get(`/api/workshops/${f.wid}`)).body.you.canEditWording).toBe(false);

    const editor = connect(f.editor, f.wid);
    const facilitator = connect(f.coordinator, f.wid);
    await Promise.all([editor.synced(), facilitator.synced()]);
    editor.doc.getText(W).insert(0, 'Före inbjudan');
    await new Promise((r) => setTimeout(r, 300));
    expect(facilitator.text(W)).toBe('');

    const url = `/api/workshops/${f.wid}/participants/${editorRow.participantId}/wording-helper`;
    expect((await f.editor.put(url, { helper: true })).status).toBe(403);
    const invited = await f.coordinator.put(url, { helper: true });
    expect(invited.status).toBe(200);
    expect(
      invited.body.members.find(
        (m: { participantId: string }) => m.participantId === editorRow.participantId,
      ),
    ).toMatchObject({ wordingHelper: true });
    expect((await f.editor.get(`/api/workshops/${f.wid}`)).body.you.canEditWording).toBe(true);
    // Their socket reconnects with the right to write.
    await waitFor(() => editor.closes.some((c) => c.reason === 'role-changed'), 'reconnect');
    editor.destroy();
    const helper = connect(f.editor, f.wid);
    await helper.synced();
    helper.doc.getText(W).insert(0, 'Från medredaktören');
    await waitFor(() => facilitator.text(W) === 'Från medredaktören', 'the helper’s text');

    expect((await f.coordinator.put(url, { helper: false })).status).toBe(200);
    await waitFor(() => helper.closes.some((c) => c.reason === 'role-changed'), 'reconnect again');
    helper.destroy();
    const again = connect(f.editor, f.wid);
    await again.synced();
    again.doc.getText(W).insert(0, 'Efter: ');
    await new Promise((r) => setTimeout(r, 300));
    expect(facilitator.text(W)).toBe('Från medredaktören');

    const audit = await auditOf(f.coordinator, f.collaborationId);
    expect(
      audit.filter((e) => e.action.startsWith('workshop.helper_')).map((e) => e.action),
    ).toEqual(expect.arrayContaining(['workshop.helper_invite', 'workshop.helper_remove']));
  });

  it('invites only this workshop’s members: 404 for a guest and across collaborations', async () => {
    const f = await setUp();
    const guest = await addWorkshopGuest(t.app, f.code);
    const url = (pid: string) => `/api/workshops/${f.wid}/participants/${pid}/wording-helper`;
    expect((await f.coordinator.put(url(guest.participantId), { helper: true })).status).toBe(404);
    expect((await guest.put(url(guest.participantId), { helper: true })).status).toBe(404);
    const other = await createCollaborationWithRoutine(t.app);
    const view = await f.coordinator.get(`/api/workshops/${f.wid}`);
    const pid = view.body.members[0].participantId;
    expect((await other.coordinator.put(url(pid), { helper: true })).status).toBe(404);
    const bad = await f.coordinator.put(url(pid), { helper: 'yes' });
    expect(bad.status).toBe(400);
  });

  it('takes the round’s wording over HTTP into the live copy, keeps it stored, and stops at the end', async () => {
    const f = await setUp();
    const watcher = connect(f.reader, f.wid);
    await watcher.synced();
    const phase = `/api/workshops/${f.wid}/questions/s1.q1/phase`;
    expect((await f.coordinator.post(phase, { phase: 'revealed' })).status).toBe(200);
    const round = await f.coordinator.post(phase, {
      phase: 'agreement',
      proposedText: 'Socialtjänsten kallar till samordningsmöte',
    });
    expect(round.status).toBe(200);
    await waitFor(
      () => watcher.text(W) === 'Socialtjänsten kallar till samordningsmöte',
      'the round’s wording in the live copy',
    );
    // Typed on by the facilitator, then everyone leaves: the next visitor gets the stored text.
    const facilitator = connect(f.coordinator, f.wid);
    await facilitator.synced();
    facilitator.doc.getText(W).insert(facilitator.text(W).length, ' inom en vecka');
    await waitFor(() => facilitator.provider.unsyncedChanges === 0, 'sent');
    facilitator.destroy();
    watcher.destroy();
    await waitFor(
      () => !t.app.collab.hocuspocus.documents.has(workshopDocumentNameOf(f.wid)),
      'the document unloaded',
    );
    const later = connect(f.reader, f.wid);
    await later.synced();
    expect(later.text(W)).toBe('Socialtjänsten kallar till samordningsmöte inom en vecka');
    // The facilitator's live session is audited on the workshop.
    const audit = await auditOf(f.coordinator, f.collaborationId);
    const edit = audit.find((e) => e.action === 'workshop.wording_edit');
    expect(edit?.summary).toMatch(
      new RegExp(
        `^workshop ${f.code}: wording of s1\\.q1 edited live \\d\\d:\\d\\d–\\d\\d:\\d\\d UTC$`,
      ),
    );
    expect(edit?.userId).toBe(f.coordinator.userId);

    // Ended: nobody writes the wording any more.
    const writer = connect(f.coordinator, f.wid);
    await writer.synced();
    expect((await f.coordinator.post(`/api/workshops/${f.wid}/end`)).status).toBe(200);
    await waitFor(
      () => writer.doc.getMap(WORKSHOP_STATE.map).get('ended') === true,
      'the end reaches the document',
    );
    writer.doc.getText(W).insert(0, 'För sent: ');
    await waitFor(
      () => writer.messages.some((m) => m.type === 'refused' && m.code === 'READ_ONLY'),
      'refused after the end',
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(later.text(W)).toBe('Socialtjänsten kallar till samordningsmöte inom en vecka');
  });
});
