import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { JOIN_CODE_PATTERN } from '../../src/domain/workshop';
import { findParticipants } from '../../src/server/modules/workshops/workshops.repository';
import { Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { addWorkshopGuest, buildRoutineWithMembers, buildWorkshop } from '../helpers/factories';

let t: TestApp;
let f: Awaited<ReturnType<typeof buildRoutineWithMembers>>;
const QUESTIONS = ['s1.q1', 's3.q2'];

beforeEach(async () => {
  await t?.close();
  t = await createTestApp();
  f = await buildRoutineWithMembers(t.app);
});
afterAll(async () => t.close());

const startWorkshop = (allowGuests = true) =>
  buildWorkshop(f.coordinator, f.routineId, {
    questionIds: QUESTIONS,
    allowGuests,
    secondsPerQuestion: 300,
  });

/** A join that may be refused (the factory expects success). */
const tryGuestJoin = (code: string) =>
  new Client(t.app).post('/api/workshops/join', {
    code,
    name: 'Gästa',
    organisation: 'Brottsofferjouren',
  });

describe('starting a workshop', () => {
  it('gives a six-sign code without look-alikes, a join URL and a 12-hour end', async () => {
    const w = await startWorkshop();
    expect(w.code).toMatch(JOIN_CODE_PATTERN);
    expect(w.code).not.toMatch(/[01OIL]/);
    expect(w.joinUrl).toBe(`http://localhost:80/delta/${w.code}`);
    expect(w.endsAt).toBe('2026-11-28T22:00:00.000Z');
    const listed = await f.reader.get(`/api/routines/${f.routineId}/workshops`);
    expect(listed.body.map((x: { id: string }) => x.id)).toEqual([w.id]);
    const audit = await f.coordinator.get(`/api/collaborations/${f.collaborationId}/audit`);
    expect(audit.body.events.map((e: { action: string }) => e.action)).toContain('workshop.create');
  });

  it('gives every open workshop its own code', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 25; i++) codes.add((await startWorkshop()).code);
    expect(codes.size).toBe(25);
  });

  it('is for coordinators only, and validates the question ids against the template', async () => {
    for (const who of [f.editor, f.reader]) {
      const res = await who.post(`/api/routines/${f.routineId}/workshops`, {
        questionIds: QUESTIONS,
        allowGuests: false,
      });
      expect(res.status).toBe(403);
    }
    const bad = await f.coordinator.post(`/api/routines/${f.routineId}/workshops`, {
      questionIds: ['s1.q1', 's9.q9', 's1.q1'],
      allowGuests: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      { field: 'questionIds.1', message: 'is not a question of the template' },
      { field: 'questionIds.2', message: 'is listed twice' },
    ]);
    const empty = await f.coordinator.post(`/api/routines/${f.routineId}/workshops`, {
      questionIds: [],
      allowGuests: false,
    });
    expect(empty.status).toBe(400);
    const outsider = await signUp(t.app, 'Utomstående');
    const hidden = await outsider.post(`/api/routines/${f.routineId}/workshops`, {
      questionIds: QUESTIONS,
      allowGuests: false,
    });
    expect(hidden.status).toBe(404);
  });
});

describe('joining', () => {
  it('lets a member join with their own session, and the code typed loosely', async () => {
    const w = await startWorkshop(false);
    const typed = `${w.code.slice(0, 3).toLowerCase()} ${w.code.slice(3)}`;
    const res = await f.editor.post('/api/workshops/join', { code: typed });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ workshopId: w.id, kind: 'member' });
    expect(res.headers['set-cookie']).toBeUndefined();
    const again = await f.editor.post('/api/workshops/join', { code: w.code });
    expect(again.body.participantId).toBe(res.body.participantId);
    const view = await f.editor.get(`/api/workshops/${w.id}`);
    expect(view.body).toMatchObject({ you: { role: 'member' }, participantCount: 1 });
    expect(view.body.organisations).toEqual(['Polisen']);
  });

  it('lets guests in only when allowed, with a name and an organisation', async () => {
    const closed = await startWorkshop(false);
    expect((await tryGuestJoin(closed.code)).status).toBe(401);
    const w = await startWorkshop(true);
    const nameless = await new Client(t.app).post('/api/workshops/join', { code: w.code });
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'name',
      'organisation',
    ]);
    const pnr = await new Client(t.app).post('/api/workshops/join', {
      code: w.code,
      name: '19121212-1212',
      organisation: 'Kyrkan',
    });
    expect(pnr.body.error.code).toBe('PERSONAL_DATA_SUSPECTED');
    const guest = await addWorkshopGuest(t.app, w.code);
    expect(guest.setCookie).toMatch(
      /samrutin_workshop_guest=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200/,
    );
    const view = await guest.get(`/api/workshops/${w.id}`);
    expect(view.status).toBe(200);
    expect(view.body.you).toEqual({
      role: 'guest',
      participantId: guest.participantId,
      canEditWording: false,
    });
  });

  it('answers 404 to an unknown or malformed code and to an ended workshop', async () => {
    const w = await startWorkshop();
    for (const code of ['ZZZZZZ', 'O0I1L0', 'kort']) {
      expect((await tryGuestJoin(code)).status).toBe(404);
    }
    expect((await f.coordinator.post(`/api/workshops/${w.id}/end`)).status).toBe(200);
    expect((await tryGuestJoin(w.code)).status).toBe(404);
    expect((await f.editor.post('/api/workshops/join', { code: w.code })).status).toBe(404);
  });
});

describe('a guest', () => {
  it('answers 404 on every route that needs a member, and to another workshop', async () => {
    const w = await startWorkshop();
    const other = await startWorkshop();
    const guest = await addWorkshopGuest(t.app, w.code);
    for (const url of [
      '/api/collaborations',
      `/api/collaborations/${f.collaborationId}`,
      `/api/routines/${f.routineId}`,
      `/api/routines/${f.routineId}/actions`,
      `/api/routines/${f.routineId}/workshops`,
      `/api/workshops/${w.id}/summary.md`,
      `/api/workshops/${other.id}`,
      '/api/me',
    ]) {
      const res = await guest.get(url);
      expect([url, res.status, res.body?.error?.code]).toEqual([url, 404, 'NOT_FOUND']);
    }
    const write = await guest.post('/api/collaborations', { name: 'Gästens grupp' });
    expect(write.status).toBe(404);
    expect((await guest.post(`/api/workshops/${w.id}/end`)).status).toBe(404);
    // Public routes stay as they are for anyone.
    expect((await guest.get('/api/template')).status).toBe(200);
  });
});

describe('ending', () => {
  it('is for the coordinator; it anonymises the guests and ends their cookies', async () => {
    const w = await startWorkshop();
    const guest = await addWorkshopGuest(t.app, w.code, { name: 'Anna Gäst' });
    await f.editor.post('/api/workshops/join', { code: w.code });
    expect((await f.editor.post(`/api/workshops/${w.id}/end`)).status).toBe(403);
    expect((await f.reader.post(`/api/workshops/${w.id}/end`)).status).toBe(403);
    const ended = await f.coordinator.post(`/api/workshops/${w.id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ state: 'ended', endedAt: '2026-11-28T10:00:00.000Z' });
    expect((await f.coordinator.post(`/api/workshops/${w.id}/end`)).status).toBe(409);
    const people = await findParticipants(t.app.database.db, w.id);
    const guestRow = people.find((p) => p.kind === 'guest');
    expect(guestRow).toMatchObject({ displayName: '', organisation: 'Brottsofferjouren' });
    expect(guestRow?.anonymisedAt).not.toBeNull();
    expect(people.find((p) => p.kind === 'member')?.displayName).toBe('Erik Redaktör');
    expect((await guest.get(`/api/workshops/${w.id}`)).status).toBe(401);
    const view = await f.editor.get(`/api/workshops/${w.id}`);
    expect(view.body.state).toBe('ended');
  });

  it('closes by itself after 12 hours: the code frees, guests are anonymised', async () => {
    const w = await startWorkshop();
    const guest = await addWorkshopGuest(t.app, w.code);
    t.clock.advance(12 * 60 * 60 * 1000 - 1000);
    expect((await guest.get(`/api/workshops/${w.id}`)).status).toBe(200);
    t.clock.advance(1000);
    expect((await guest.get(`/api/workshops/${w.id}`)).status).toBe(401);
    expect((await tryGuestJoin(w.code)).status).toBe(404);
    // The sweep (every five minutes, and before a new workshop takes a code) ends it.
    await startWorkshop();
    const people = await findParticipants(t.app.database.db, w.id);
    expect(people.filter((p) => p.kind === 'guest').map((p) => p.displayName)).toEqual(['']);
    const listed = await f.coordinator.get(`/api/routines/${f.routineId}/workshops`);
    expect(listed.body.find((x: { id: string }) => x.id === w.id)).toMatchObject({
      state: 'ended',
      endedAt: '2026-11-28T22:00:00.000Z',
    });
    const draft = await f.editor.put(`/api/workshops/${w.id}/questions/s1.q1/draft`, {
      text: 'För sent',
    });
    expect(draft.status).toBe(409);
  });
});

describe('join rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After once an address guesses too often', async () => {
    const limited = await createTestApp({ limits: { workshopJoinPerIpPerMinute: 3 } });
    try {
      const anyone = new Client(limited.app);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await anyone.post('/api/workshops/join', { code: 'ABCDEF' })).status);
      }
      expect(statuses).toEqual([404, 404, 404, 429]);
      const last = await anyone.post('/api/workshops/join', { code: 'ABCDEF' });
      expect(last.body.error.code).toBe('RATE_LIMITED');
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
