import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerField, MAIN_RULE_FIELD } from '../../src/domain/collab';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';
import { type LiveClient, listenLive, liveClient, waitFor } from '../helpers/live';

let t: TestApp;
let server: { url: string; origin: string };
const open: LiveClient[] = [];
beforeAll(async () => {
  t = await createTestApp();
  server = await listenLive(t.app);
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await t.close();
});

/** The contract: socket ↔ REST within 2 seconds. */
const CONTRACT_MS = 2_000;

const connect = (...args: Parameters<typeof liveClient>) => {
  const c = liveClient(...args);
  open.push(c);
  return c;
};

async function restUntil(who: Client, routineId: string, check: (r: any) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  let routine: any;
  do {
    routine = (await who.get(`/api/routines/${routineId}`)).body;
    if (check(routine)) return routine;
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < deadline);
  return routine;
}

describe('live co-editing at /collab', () => {
  it('socket → REST and REST → socket within the contract, keeping baseRevision', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const a = connect(server, coordinator, routineId);
    await a.synced();
    a.doc.getText(answerField('s3.q2')).insert(0, 'Polisen ringer socialjouren.');
    a.doc.getText(MAIN_RULE_FIELD).insert(0, 'Huvudregel: ring 112.');
    const routine = await restUntil(
      coordinator,
      routineId,
      (r) => r.answers['s3.q2']?.text === 'Polisen ringer socialjouren.' && r.mainRule !== null,
      CONTRACT_MS,
    );
    expect(routine.answers['s3.q2']).toEqual({ text: 'Polisen ringer socialjouren.', revision: 1 });
    expect(routine.mainRule).toBe('Huvudregel: ring 112.');

    const put = await coordinator.put(`/api/routines/${routineId}/answers/s3.q2`, {
      text: 'Polisen ringer socialjouren direkt.',
      baseRevision: 1,
    });
    expect(put.status).toBe(200);
    expect(put.body.revision).toBe(2);
    await waitFor(
      () => a.text(answerField('s3.q2')) === 'Polisen ringer socialjouren direkt.',
      'REST → socket',
      CONTRACT_MS,
    );
    const patch = await coordinator.patch(`/api/routines/${routineId}`, { mainRule: 'Ring 112.' });
    expect(patch.status).toBe(200);
    await waitFor(() => a.text(MAIN_RULE_FIELD) === 'Ring 112.', 'main rule', CONTRACT_MS);
    const stale = await coordinator.put(`/api/routines/${routineId}/answers/s3.q2`, {
      text: 'gammal',
      baseRevision: 1,
    });
    expect(stale.status).toBe(409);
    // A live edit after the PUT makes a new revision; a PUT on the old one is stale.
    a.doc.getText(answerField('s3.q2')).insert(0, '1. ');
    await restUntil(coordinator, routineId, (r) => r.answers['s3.q2'].revision === 3, CONTRACT_MS);
    const late = await coordinator.put(`/api/routines/${routineId}/answers/s3.q2`, {
      text: 'sen',
      baseRevision: 2,
    });
    expect(late.status).toBe(409);
  });

  it('refuses strangers, and a reader’s updates; shows the reader live text', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const reader = await addMember(t.app, coordinator, collaborationId, {
      role: 'reader',
      name: 'Lisa Läsare',
    });
    const other = await createCollaborationWithRoutine(t.app);
    const stranger = connect(server, other.coordinator, routineId);
    await waitFor(() => stranger.denied.length > 0, 'stranger refused');
    expect(stranger.provider.isSynced).toBe(false);

    const editor = connect(server, coordinator, routineId);
    const r = connect(server, reader, routineId);
    await editor.synced();
    await r.synced();
    expect(r.messages.find((m) => m.type === 'hello')).toMatchObject({ user: { role: 'reader' } });
    editor.doc.getText(answerField('s1.q1')).insert(0, 'Från redaktören');
    await waitFor(() => r.text(answerField('s1.q1')) === 'Från redaktören', 'reader sees it');
    r.doc.getText(answerField('s1.q1')).insert(0, 'LÄSAREN ');
    editor.doc.getText(answerField('s1.q1')).insert(0, '!');
    await waitFor(
      () =>
        r.text(answerField('s1.q1')).startsWith('!') || r.text(answerField('s1.q1')).includes('!'),
      'later edit',
    );
    await restUntil(
      coordinator,
      routineId,
      (x) => x.answers['s1.q1']?.text === '!Från redaktören',
      CONTRACT_MS,
    );
    expect(editor.text(answerField('s1.q1'))).toBe('!Från redaktören');
    const stored = (await coordinator.get(`/api/routines/${routineId}`)).body.answers['s1.q1'];
    expect(stored.text).toBe('!Från redaktören');
  });

  it('refuses a personal number from a client that bypasses the UI, unless acknowledged', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const peer = connect(server, coordinator, routineId);
    const author = connect(server, coordinator, routineId);
    await peer.synced();
    await author.synced();
    author.doc.getText(answerField('s2.q1')).insert(0, 'Ärende 19900101-1239 hos polisen');
    await waitFor(() => author.messages.some((m) => m.type === 'refused'), 'refusal to the author');
    const refusal = author.messages.find((m) => m.type === 'refused');
    expect(refusal).toMatchObject({ code: 'PERSONAL_DATA_SUSPECTED', field: answerField('s2.q1') });
    await waitFor(
      () => author.closes.some((c) => c.reason === 'personal-data-suspected'),
      'closed',
    );
    // Its reconnect would send the number again (the web client resets its copy instead).
    author.destroy();
    // A later harmless edit from the peer arrives; the number never does.
    peer.doc.getText(answerField('s2.q2')).insert(0, 'ok');
    await restUntil(coordinator, routineId, (r) => r.answers['s2.q2']?.text === 'ok', CONTRACT_MS);
    const routine = (await coordinator.get(`/api/routines/${routineId}`)).body;
    expect(routine.answers['s2.q1']).toBeUndefined();
    expect(peer.text(answerField('s2.q1'))).toBe('');

    // Acknowledged: it passes, and the acknowledgement is audited.
    const ack = connect(server, coordinator, routineId);
    await ack.synced();
    ack.provider.sendStateless(
      JSON.stringify({ type: 'acknowledge-personal-data', field: answerField('s2.q3') }),
    );
    // The server answers the acknowledgement; the text goes only after that answer.
    await waitFor(
      () => ack.messages.some((m) => m.type === 'acknowledged' && m.field === answerField('s2.q3')),
      'acknowledgement answered',
    );
    ack.doc.getText(answerField('s2.q3')).insert(0, 'Diarienummer 19900101-1239');
    await waitFor(() => peer.text(answerField('s2.q3')).includes('1239'), 'acknowledged text');
    const audit = await coordinator.get(`/api/collaborations/${collaborationId}/audit`);
    expect(JSON.stringify(audit.body)).toContain('personal_data.acknowledged');
  });

  it('disconnects a removed member at once', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const editor = await addMember(t.app, coordinator, collaborationId, {
      role: 'editor',
      name: 'Erik',
    });
    const e = connect(server, editor, routineId);
    await e.synced();
    const del = await coordinator.delete(
      `/api/collaborations/${collaborationId}/members/${editor.userId}`,
    );
    expect(del.status).toBe(204);
    await waitFor(() => e.closes.some((c) => c.reason === 'member-removed'), 'disconnected');
    // Reconnecting is refused.
    await waitFor(() => e.denied.length > 0, 'refused on reconnect');
  });

  it('merges offline edits on reconnect, keeping a concurrent edit of someone else', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const a = connect(server, coordinator, routineId);
    const b = connect(server, coordinator, routineId);
    await a.synced();
    await b.synced();
    const field = answerField('s4.q1');
    a.doc.getText(field).insert(0, 'Början. Slut.');
    await waitFor(() => b.text(field) === 'Början. Slut.', 'b has the start');
    b.provider.configuration.websocketProvider.disconnect();
    await waitFor(
      () =>
        !b.provider.isSynced ||
        b.provider.configuration.websocketProvider.status === 'disconnected',
      'b offline',
    );
    b.doc.getText(field).insert(7, ' Offline mitten.');
    a.doc.getText(field).insert(0, 'Online: ');
    await new Promise((r) => setTimeout(r, 200));
    expect(a.text(field)).toBe('Online: Början. Slut.');
    await b.provider.configuration.websocketProvider.connect();
    const expected = 'Online: Början. Offline mitten. Slut.';
    await waitFor(() => a.text(field) === expected && b.text(field) === expected, 'merged');
    const routine = await restUntil(
      coordinator,
      routineId,
      (r) => r.answers['s4.q1']?.text === expected,
      CONTRACT_MS,
    );
    expect(routine.answers['s4.q1'].text).toBe(expected);
  });

  it('audits one row per person and answer per editing session, not per keystroke', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(t.app);
    const a = connect(server, coordinator, routineId);
    await a.synced();
    const text = a.doc.getText(answerField('s5.q1'));
    for (const ch of 'Tjugo tecken skrivna') text.insert(text.length, ch);
    await waitFor(() => a.provider.unsyncedChanges === 0, 'sent');
    a.destroy();
    let rows: any[] = [];
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const audit = await coordinator.get(`/api/collaborations/${collaborationId}/audit`);
      const list = (audit.body.events ?? audit.body.items ?? audit.body) as any[];
      rows = list.filter((e) => e.action === 'answer.live_edit');
      if (rows.length > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rows).toHaveLength(1);
    expect(rows[0].summary).toMatch(/^s5\.q1 edited live \d\d:\d\d–\d\d:\d\d UTC$/);
  });
});
