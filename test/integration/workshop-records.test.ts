import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopListItem, WorkshopOpenItem } from '../../src/contracts/workshop-records';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { addWorkshopGuest, buildRoutineWithMembers, buildWorkshop } from '../helpers/factories';

/**
 * What the routine keeps of its workshops: the list with each one's outcome counts, and the
 * open items of the step pages — parked and blocked questions (reasons and organisations, never
 * names) until a later workshop agrees on them or the answer is written after the workshop.
 */

let t: TestApp;
let f: Awaited<ReturnType<typeof buildRoutineWithMembers>>;
let first: { id: string; code: string };
let guest: Client;

const items = async (who: Client = f.reader) => {
  const res = await who.get(`/api/routines/${f.routineId}/workshop-open-items`);
  expect(res.status).toBe(200);
  return res.body as WorkshopOpenItem[];
};
const summaryOf = (list: WorkshopOpenItem[]) =>
  list.map((i) => `${i.questionId}:${i.kind}:${i.workshopState}`).sort();
const move = (wid: string, qid: string, body: Record<string, unknown>) =>
  f.coordinator.post(`/api/workshops/${wid}/questions/${qid}/phase`, body);
const vote = (who: Client, wid: string, qid: string, body: Record<string, unknown>) =>
  who.put(`/api/workshops/${wid}/questions/${qid}/vote`, body);

beforeAll(async () => {
  t = await createTestApp();
  f = await buildRoutineWithMembers(t.app, {
    editorName: 'Erik Redaktörsson',
  });
  first = await buildWorkshop(f.coordinator, f.routineId, {
    questionIds: ['s1.q1', 's1.q2', 's3.q2', 's2.q1'],
  });
  guest = await addWorkshopGuest(t.app, first.code, {
    name: 'Gunnel Gästsson',
    organisation: 'Brottsofferjouren',
  });
}, 60_000);
afterAll(async () => t.close());

describe('the open items of a routine’s workshops', () => {
  it('shows a parked question at once, a block only when the workshop has ended', async () => {
    expect(await items()).toEqual([]);
    expect((await move(first.id, 's1.q1', { phase: 'parked' })).status).toBe(200);
    for (const qid of ['s1.q2', 's3.q2']) {
      await move(first.id, qid, { phase: 'agreement', proposedText: `Förslag för ${qid}` });
    }
    await vote(f.editor, first.id, 's1.q2', { stance: 'block', reason: 'Kontaktvägen saknas' });
    await vote(guest, first.id, 's1.q2', { stance: 'block', reason: 'Jouren nämns inte' });
    await vote(f.editor, first.id, 's3.q2', { stance: 'support' });
    await vote(guest, first.id, 's3.q2', { stance: 'block', reason: 'För vagt' });
    const accepted = await f.coordinator.post(`/api/workshops/${first.id}/questions/s3.q2/accept`, {
      text: 'Överenskommen text',
      baseRevision: 0,
    });
    expect(accepted.status).toBe(200);
    // The agreement round on s1.q2 is still running: it is no outcome yet.
    expect(summaryOf(await items())).toEqual(['s1.q1:parked:open']);

    t.clock.advance(60 * 60 * 1000);
    expect((await f.coordinator.post(`/api/workshops/${first.id}/end`)).status).toBe(200);
    const after = await items();
    expect(summaryOf(after)).toEqual(['s1.q1:parked:ended', 's1.q2:blocked:ended']);
    const blocked = after.find((i) => i.questionId === 's1.q2');
    expect(blocked).toMatchObject({ step: 1, code: first.code, workshopId: first.id });
    expect(blocked?.blocks).toEqual(
      expect.arrayContaining([
        { reason: 'Kontaktvägen saknas', organisation: 'Polisen' },
        { reason: 'Jouren nämns inte', organisation: 'Brottsofferjouren' },
      ]),
    );
    const wire = JSON.stringify(after);
    expect(wire).not.toContain('Erik');
    expect(wire).not.toContain('Gunnel');
  });

  it('counts each workshop’s outcomes in the list', async () => {
    const res = await f.reader.get(`/api/routines/${f.routineId}/workshops`);
    expect(res.status).toBe(200);
    const listed = (res.body as WorkshopListItem[]).find((w) => w.id === first.id);
    expect(listed?.outcomes).toEqual({ accepted: 1, parked: 1, blocked: 1, undecided: 1 });
  });

  it('closes a blocked item when the answer is written after the workshop', async () => {
    t.clock.advance(60 * 1000);
    const put = await f.editor.put(`/api/routines/${f.routineId}/answers/s1.q2`, {
      text: 'Polisen ringer jouren samma dag.',
      baseRevision: 0,
    });
    expect(put.status).toBe(200);
    expect(summaryOf(await items())).toEqual(['s1.q1:parked:ended']);
  });

  it('closes a parked item when a later workshop agrees on the question', async () => {
    t.clock.advance(24 * 60 * 60 * 1000);
    const later = await buildWorkshop(f.coordinator, f.routineId, { questionIds: ['s1.q1'] });
    // Only drafting in the later workshop: the earlier parking still stands.
    expect(summaryOf(await items())).toEqual(['s1.q1:parked:ended']);
    await move(later.id, 's1.q1', { phase: 'agreement', proposedText: 'Målet' });
    await vote(f.editor, later.id, 's1.q1', { stance: 'accept' });
    const accepted = await f.coordinator.post(`/api/workshops/${later.id}/questions/s1.q1/accept`, {
      text: 'Målet',
      baseRevision: 0,
    });
    expect(accepted.status).toBe(200);
    expect(await items()).toEqual([]);
  });

  it('is for the collaboration’s members: 404 for anyone else and for a guest', async () => {
    const outsider = await signUp(t.app, 'Utomstående');
    const path = `/api/routines/${f.routineId}/workshop-open-items`;
    expect((await outsider.get(path)).status).toBe(404);
    const fresh = await buildWorkshop(f.coordinator, f.routineId, { questionIds: ['s1.q1'] });
    const freshGuest = await addWorkshopGuest(t.app, fresh.code);
    expect((await freshGuest.get(path)).status).toBe(404);
  });
});
