import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopView } from '../../src/contracts/workshops';
import { Client, createTestApp, type TestApp } from '../helpers/app';
import {
  ACTORS_WITH_PHONES,
  addWorkshopGuest,
  buildRoutineWithMembers,
} from '../helpers/factories';

/**
 * A workshop's rounds over HTTP: private drafts until the reveal, votes counted once per
 * round, the facilitator's acceptance into the routine's answer (revision and audit), action
 * proposals becoming real actions, and the Markdown summary.
 */

let t: TestApp;
let f: Awaited<ReturnType<typeof buildRoutineWithMembers<'police' | 'social'>>>;
let wid: string;
let code: string;
let guest: Client;
const PNR = '19121212-1212';

beforeAll(async () => {
  t = await createTestApp();
  f = await buildRoutineWithMembers<'police' | 'social'>(t.app, {
    actors: ACTORS_WITH_PHONES,
    editorFor: 'police',
  });
  const w = await f.coordinator.post(`/api/routines/${f.routineId}/workshops`, {
    questionIds: ['s1.q1', 's3.q2'],
    allowGuests: true,
  });
  wid = w.body.id;
  code = w.body.code;
  guest = new Client(t.app);
  await guest.post('/api/workshops/join', {
    code,
    name: 'Gästa',
    organisation: 'Brottsofferjouren',
  });
  await f.editor.post('/api/workshops/join', { code });
}, 60_000);
afterAll(async () => t.close());

type Question = WorkshopView['questions'][number];
const q = (view: WorkshopView, id: string) =>
  view.questions.find((x) => x.questionId === id) as Question;
const url = (qid: string, what: string) => `/api/workshops/${wid}/questions/${qid}/${what}`;

describe('the big screen', () => {
  it('shows the question the facilitator presents, and since when', async () => {
    expect((await f.editor.post(url('s3.q2', 'present'))).status).toBe(403);
    t.clock.set('2026-11-28T10:05:00.000Z');
    const res = await f.coordinator.post(url('s3.q2', 'present'));
    expect(res.status).toBe(200);
    const seen = (await guest.get(`/api/workshops/${wid}`)).body;
    expect(seen).toMatchObject({
      currentQuestionId: 's3.q2',
      currentStartedAt: '2026-11-28T10:05:00.000Z',
    });
    expect((await f.coordinator.post(url('s2.q1', 'present'))).status).toBe(404);
  });
});

describe('drafts', () => {
  it('stay private until the facilitator reveals them', async () => {
    const mine = await guest.put(url('s1.q1', 'draft'), { text: 'Gästens utkast' });
    expect(mine.status).toBe(200);
    expect(q(mine.body, 's1.q1')).toMatchObject({ myDraft: 'Gästens utkast', drafts: [] });
    await f.editor.put(url('s1.q1', 'draft'), { text: 'Polisens utkast' });
    for (const who of [f.editor, f.coordinator, f.reader]) {
      const view = (await who.get(`/api/workshops/${wid}`)).body;
      expect(q(view, 's1.q1').drafts).toEqual([]);
      expect(q(view, 's1.q1').draftCount).toBe(2);
      expect(JSON.stringify(view)).not.toContain('Gästens utkast');
    }
    const pnr = await guest.put(url('s1.q1', 'draft'), { text: `Personen ${PNR}` });
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    expect((await guest.post(url('s1.q1', 'phase'), { phase: 'revealed' })).status).toBe(404);
    expect((await f.editor.post(url('s1.q1', 'phase'), { phase: 'revealed' })).status).toBe(403);
    const revealed = await f.coordinator.post(url('s1.q1', 'phase'), { phase: 'revealed' });
    expect(revealed.status).toBe(200);
    const seen = q((await f.reader.get(`/api/workshops/${wid}`)).body, 's1.q1');
    expect(seen.drafts).toEqual([
      { text: 'Gästens utkast', organisation: 'Brottsofferjouren', name: null },
      { text: 'Polisens utkast', organisation: 'Polisen', name: null },
    ]);
    expect((await guest.put(url('s1.q1', 'draft'), { text: 'sent' })).status).toBe(409);
  });

  it('show their writers’ names when the facilitator chose so, blank for a guest after the end', async () => {
    const named = await f.coordinator.post(`/api/routines/${f.routineId}/workshops`, {
      questionIds: ['s2.q1'],
      allowGuests: true,
      namedDrafts: true,
    });
    expect(named.status).toBe(201);
    expect(named.body.namedDrafts).toBe(true);
    const nid: string = named.body.id;
    const visitor = await addWorkshopGuest(t.app, named.body.code, { name: 'Gustav Gäst' });
    const draft = `/api/workshops/${nid}/questions/s2.q1/draft`;
    expect((await visitor.put(draft, { text: 'Gästens tanke' })).status).toBe(200);
    expect((await f.editor.put(draft, { text: 'Polisens tanke' })).status).toBe(200);
    const phase = `/api/workshops/${nid}/questions/s2.q1/phase`;
    expect((await f.coordinator.post(phase, { phase: 'revealed' })).status).toBe(200);
    const shown = q((await visitor.get(`/api/workshops/${nid}`)).body, 's2.q1').drafts;
    expect(shown).toEqual([
      { text: 'Gästens tanke', organisation: 'Brottsofferjouren', name: 'Gustav Gäst' },
      { text: 'Polisens tanke', organisation: 'Polisen', name: 'Erik Redaktör' },
    ]);
    expect((await f.coordinator.post(`/api/workshops/${nid}/end`)).status).toBe(200);
    const after = q((await f.coordinator.get(`/api/workshops/${nid}`)).body, 's2.q1').drafts;
    expect(after.map((d: { name: string | null }) => d.name)).toEqual([null, 'Erik Redaktör']);
  });
});

describe('agreement rounds and acceptance', () => {
  it('counts one vote per participant and round; a block needs a reason', async () => {
    expect((await guest.put(url('s1.q1', 'vote'), { stance: 'support' })).status).toBe(409);
    // A refused write leaves nothing behind: the reader, not yet a participant, stays out.
    const count = async () => (await f.reader.get(`/api/workshops/${wid}`)).body.participantCount;
    const before = await count();
    expect((await f.reader.put(url('s1.q1', 'vote'), { stance: 'support' })).status).toBe(409);
    expect(await count()).toBe(before);
    const noWording = await f.coordinator.post(url('s1.q1', 'phase'), { phase: 'agreement' });
    expect(noWording.status).toBe(400);
    const round1 = await f.coordinator.post(url('s1.q1', 'phase'), {
      phase: 'agreement',
      proposedText: 'Målet är att varje offer får stöd inom ett dygn.',
    });
    expect(q(round1.body, 's1.q1')).toMatchObject({ phase: 'agreement', round: 1 });
    const blockless = await f.editor.put(url('s1.q1', 'vote'), { stance: 'block' });
    expect(blockless.body.error.details).toEqual([
      { field: 'reason', message: expect.any(String) },
    ]);
    const pnr = await f.editor.put(url('s1.q1', 'vote'), { stance: 'block', reason: PNR });
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    await f.editor.put(url('s1.q1', 'vote'), { stance: 'block', reason: 'Ett dygn är för länge' });
    await guest.put(url('s1.q1', 'vote'), { stance: 'support' });
    await guest.put(url('s1.q1', 'vote'), { stance: 'accept' });
    const view = q((await f.coordinator.get(`/api/workshops/${wid}`)).body, 's1.q1');
    expect(view.tally).toEqual({ support: 0, accept: 1, block: 1 });
    expect(view.blocks).toEqual([{ reason: 'Ett dygn är för länge', organisation: 'Polisen' }]);
    const round2 = await f.coordinator.post(url('s1.q1', 'phase'), {
      phase: 'agreement',
      proposedText: 'Målet är att varje offer får stöd samma dag.',
    });
    expect(q(round2.body, 's1.q1')).toMatchObject({
      round: 2,
      tally: { support: 0, accept: 0, block: 0 },
    });
    await f.editor.put(url('s1.q1', 'vote'), { stance: 'support' });
    await guest.put(url('s1.q1', 'vote'), { stance: 'support' });
    await f.coordinator.put(url('s1.q1', 'vote'), { stance: 'accept' });
  });

  it('makes the accepted text the routine’s answer, audited with the tally; stale is 409', async () => {
    const text = 'Målet är att varje offer får stöd samma dag.';
    expect((await f.editor.post(url('s1.q1', 'accept'), { text, baseRevision: 0 })).status).toBe(
      403,
    );
    const pnr = await f.coordinator.post(url('s1.q1', 'accept'), { text: PNR, baseRevision: 0 });
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    await f.editor.put(`/api/routines/${f.routineId}/answers/s1.q1`, {
      text: 'Före',
      baseRevision: 0,
    });
    const stale = await f.coordinator.post(url('s1.q1', 'accept'), { text, baseRevision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'STALE_REVISION',
      details: { text: 'Före', revision: 1 },
    });
    t.clock.set('2026-11-28T13:20:00.000Z');
    const ok = await f.coordinator.post(url('s1.q1', 'accept'), { text, baseRevision: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ revision: 2, agreedCount: 3, participantCount: 3, blockCount: 0 });
    const routine = await f.reader.get(`/api/routines/${f.routineId}`);
    expect(routine.body.answers['s1.q1']).toEqual({ text, revision: 2 });
    const audit = await f.coordinator.get(`/api/collaborations/${f.collaborationId}/audit`);
    const event = audit.body.events.find(
      (e: { action: string }) => e.action === 'answer.workshop_agree',
    );
    expect(event.summary).toBe(`s1.q1: agreed in workshop ${code}, 14:20, 3 of 3 agreed, 0 blocks`);
    expect(event.userId).toBe(f.coordinator.userId);
    const again = await f.coordinator.post(url('s1.q1', 'accept'), { text, baseRevision: 2 });
    expect(again.status).toBe(409);
    expect(
      (await f.coordinator.get(`/api/routines/${f.routineId}`)).body.answers['s1.q1'].revision,
    ).toBe(2);
    expect((await f.coordinator.post(url('s1.q1', 'phase'), { phase: 'parked' })).status).toBe(409);
    expect((await f.coordinator.post(url('s3.q2', 'phase'), { phase: 'parked' })).status).toBe(200);
    expect((await f.coordinator.post(url('s9.q1', 'phase'), { phase: 'parked' })).status).toBe(404);
  });
});

describe('action proposals', () => {
  it('become a real action with actor and contact path when accepted, or are discarded', async () => {
    const proposed = await guest.post(`/api/workshops/${wid}/proposals`, {
      step: 3,
      what: 'Polisen tar emot anmälan dygnet runt via 114 14',
    });
    expect(proposed.status).toBe(200);
    await f.editor.post(`/api/workshops/${wid}/proposals`, { step: 5, what: 'Vi ringer tolk' });
    const pnr = await guest.post(`/api/workshops/${wid}/proposals`, { step: 3, what: PNR });
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    const [first, second] = proposed.body.proposals.concat(
      (await f.editor.get(`/api/workshops/${wid}`)).body.proposals.slice(1),
    );
    expect(first).toMatchObject({
      organisation: 'Brottsofferjouren',
      status: 'proposed',
      mine: true,
    });
    const police = f.actors.police;
    const body = { actorId: police.id, audience: 'all', contactPathId: police.contactPaths[0].id };
    expect(
      (await f.editor.post(`/api/workshops/${wid}/proposals/${first.id}/accept`, body)).status,
    ).toBe(403);
    expect(
      (await guest.post(`/api/workshops/${wid}/proposals/${first.id}/accept`, body)).status,
    ).toBe(404);
    const accepted = await f.coordinator.post(
      `/api/workshops/${wid}/proposals/${first.id}/accept`,
      body,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.proposal).toMatchObject({
      status: 'accepted',
      actionId: accepted.body.action.id,
    });
    expect(accepted.body.action).toMatchObject({
      step: 3,
      actorId: police.id,
      contactPathId: police.contactPaths[0].id,
      what: 'Polisen tar emot anmälan dygnet runt via 114 14',
    });
    const actions = await f.reader.get(`/api/routines/${f.routineId}/actions`);
    expect(actions.body.map((a: { id: string }) => a.id)).toContain(accepted.body.action.id);
    const twice = await f.coordinator.post(
      `/api/workshops/${wid}/proposals/${first.id}/accept`,
      body,
    );
    expect(twice.status).toBe(409);
    expect((await f.reader.get(`/api/routines/${f.routineId}/actions`)).body).toHaveLength(
      actions.body.length,
    );
    const otherActor = await f.coordinator.post(
      `/api/workshops/${wid}/proposals/${second.id}/accept`,
      {
        ...body,
        contactPathId: f.actors.social.contactPaths[0].id,
      },
    );
    expect(otherActor.status).toBe(400);
    expect((await f.coordinator.get(`/api/workshops/${wid}`)).body.proposals[1].status).toBe(
      'proposed',
    );
    const discarded = await f.coordinator.post(
      `/api/workshops/${wid}/proposals/${second.id}/discard`,
    );
    expect(discarded.body).toMatchObject({ status: 'discarded', actionId: null });
  });
});

describe('the summary', () => {
  it('is Markdown for members: agreed text, tally, blocks, parked, proposals, organisations', async () => {
    expect((await guest.get(`/api/workshops/${wid}/summary.md`)).status).toBe(404);
    await f.coordinator.post(`/api/workshops/${wid}/end`);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/workshops/${wid}/summary.md`,
      headers: { cookie: f.reader.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    const md = res.body;
    expect(md).toContain(`Kod ${code}`);
    expect(md).toContain('Överenskommet 14:20:\n\n> Målet är att varje offer får stöd samma dag.');
    expect(md).toContain('Röster: 2 står bakom, 1 kan leva med det, 0 blockerar (3 av 3 överens).');
    expect(md).toContain('- Omgång 1, Polisen: Ett dygn är för länge');
    expect(md).toMatch(/### s3\.q2 \(steg 3\)[^\n]*\n\nParkerad till senare\./);
    expect(md).toContain(
      '- Steg 3, Brottsofferjouren: Polisen tar emot anmälan dygnet runt via 114 14 (antaget)',
    );
    expect(md).toContain('- Steg 5, Polisen: Vi ringer tolk (avfört)');
    expect(md).toContain('## Deltagande organisationer\n\n- Brottsofferjouren\n- Polisen');
    expect(md).toContain('Därav 1 gäst utan konto (anonymiserade).');
    expect(md).not.toContain('Gästa');
    const en = await t.app.inject({
      method: 'GET',
      url: `/api/workshops/${wid}/summary.md?lang=en`,
      headers: { cookie: f.reader.cookie },
    });
    expect(en.body).toContain(
      'Votes: 2 stand behind it, 1 can live with it, 0 block (3 of 3 agreed).',
    );
  });

  it('is a PDF too, with the same content', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/workshops/${wid}/summary.pdf`,
      headers: { cookie: f.reader.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="workshop-${code}-2026-11-28.pdf"`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'workshop-pdf-'));
    const file = join(dir, 'summary.pdf');
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(text).toContain('Målet är att varje offer får stöd samma dag.');
    expect(text).toContain('Omgång 1, Polisen: Ett dygn är för länge');
    expect(text).toContain('Brottsofferjouren');
  });
});
