import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerField,
  WORKSHOP_STATE,
  wordingField,
  workshopDocumentNameOf,
} from '../../src/domain/collab';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import {
  Client,
  createCollaborationWithRoutine,
  createTestApp,
  type TestApp,
} from '../helpers/app';
import { addMember } from '../helpers/factories';
import { type LiveClient, listenLive, liveClient, waitFor } from '../helpers/live';

// Two app instances on one PostgreSQL database and one Redis: they must behave as one.
const redisUrl = process.env.TEST_REDIS_URL;
const runs = process.env.TEST_DB === 'postgres' && Boolean(redisUrl);
if (!runs && process.env.TEST_DB === 'postgres' && process.env.CI === 'true') {
  throw new Error('CI=true but TEST_REDIS_URL is not set: the two-process test must run.');
}

describe.skipIf(!runs)('two app processes sharing PostgreSQL and Redis', () => {
  let a: TestApp;
  let b: FastifyInstance;
  let serverA: { url: string; origin: string };
  let serverB: { url: string; origin: string };
  const open: LiveClient[] = [];

  beforeAll(async () => {
    a = await createTestApp({}, { REDIS_URL: redisUrl! });
    b = await buildApp(
      loadConfig({
        DATA_DIR: ':memory:',
        SAMRUTIN_DEMO: '0',
        LOG_LEVEL: 'silent',
        WEB_DIST: '',
        NODE_ENV: 'test',
        DATABASE_URL: a.databaseUrl!,
        REDIS_URL: redisUrl!,
      }),
    );
    serverA = await listenLive(a.app);
    serverB = await listenLive(b);
  });
  afterAll(async () => {
    for (const c of open) c.destroy();
    await b?.close();
    await a?.close();
  });

  it('an edit through A reaches a client of B; the projection is the same from both', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(a.app);
    const viaB = new Client(b, coordinator.cookie, coordinator.userId);
    const onA = liveClient(serverA, coordinator, routineId);
    const onB = liveClient(serverB, coordinator, routineId);
    open.push(onA, onB);
    await onA.synced();
    await onB.synced();
    const field = answerField('s3.q2');
    onA.doc.getText(field).insert(0, 'Skrivet på A');
    await waitFor(() => onB.text(field) === 'Skrivet på A', 'A → B');
    onB.doc.getText(field).insert(0, 'B: ');
    await waitFor(() => onA.text(field) === 'B: Skrivet på A', 'B → A');
    const want = (r: any) => r.answers['s3.q2']?.text === 'B: Skrivet på A';
    const deadline = Date.now() + 5_000;
    let fromA: any;
    let fromB: any;
    do {
      fromA = (await coordinator.get(`/api/routines/${routineId}`)).body;
      fromB = (await viaB.get(`/api/routines/${routineId}`)).body;
      if (want(fromA) && want(fromB)) break;
      await new Promise((r) => setTimeout(r, 50));
    } while (Date.now() < deadline);
    expect(fromA.answers['s3.q2']).toEqual(fromB.answers['s3.q2']);
    expect(fromA.answers['s3.q2'].text).toBe('B: Skrivet på A');

    // A REST write through B reaches a client of A.
    const put = await viaB.put(`/api/routines/${routineId}/answers/s3.q2`, {
      text: 'Via REST på B',
      baseRevision: fromB.answers['s3.q2'].revision,
    });
    expect(put.status).toBe(200);
    await waitFor(() => onA.text(field) === 'Via REST på B', 'REST on B → client on A');
  });

  it('a member removed through A is disconnected from B', async () => {
    const { coordinator, collaborationId, routineId } = await createCollaborationWithRoutine(a.app);
    const editor = await addMember(a.app, coordinator, collaborationId, {
      role: 'editor',
      name: 'Erik',
    });
    const onB = liveClient(serverB, editor, routineId);
    open.push(onB);
    await onB.synced();
    const del = await coordinator.delete(
      `/api/collaborations/${collaborationId}/members/${editor.userId}`,
    );
    expect(del.status).toBe(204);
    await waitFor(() => onB.closes.some((c) => c.reason === 'member-removed'), 'disconnected on B');
  });

  it('a workshop write through A reaches a guest connected to B (issue 17)', async () => {
    // B runs on the system clock: the workshop's twelve hours must be open there too.
    a.clock.set(new Date().toISOString());
    const { coordinator, routineId } = await createCollaborationWithRoutine(a.app);
    const w = await coordinator.post(`/api/routines/${routineId}/workshops`, {
      questionIds: ['s1.q1'],
      allowGuests: true,
    });
    const guest = new Client(a.app);
    await guest.post('/api/workshops/join', {
      code: w.body.code,
      name: 'Gäst',
      organisation: 'Kyrkan',
    });
    const onB = liveClient(serverB, guest, workshopDocumentNameOf(w.body.id));
    open.push(onB);
    await onB.synced();
    const draftCount = () => {
      const json = onB.doc.getMap<string>(WORKSHOP_STATE.map).get(WORKSHOP_STATE.key);
      return json ? JSON.parse(json).questions[0].draftCount : null;
    };
    expect(draftCount()).toBe(0);
    await coordinator.put(`/api/workshops/${w.body.id}/questions/s1.q1/draft`, { text: 'Utkast' });
    await waitFor(() => draftCount() === 1, 'the draft written through A counted on B');
  });

  it('the wording: typed on A reaches B, loads once from both, and a round on B keeps A’s typing', async () => {
    a.clock.set(new Date().toISOString());
    const { coordinator, routineId } = await createCollaborationWithRoutine(a.app);
    const w = await coordinator.post(`/api/routines/${routineId}/workshops`, {
      questionIds: ['s1.q1'],
      allowGuests: false,
    });
    const wid: string = w.body.id;
    // A standing wording and no stored document yet: both processes load it at the same time
    // and must make the same first text, not the text twice.
    await a.app.database.db
      .updateTable('workshopQuestions')
      .set({ proposedText: 'Stående förslag' })
      .where('workshopId', '=', wid)
      .execute();
    const name = workshopDocumentNameOf(wid);
    const onA = liveClient(serverA, coordinator, name);
    const onB = liveClient(serverB, coordinator, name);
    open.push(onA, onB);
    await Promise.all([onA.synced(), onB.synced()]);
    const field = wordingField('s1.q1');
    await waitFor(() => onA.text(field) === onB.text(field), 'the same on both');
    expect(onA.text(field)).toBe('Stående förslag');
    onA.doc.getText(field).insert(onA.text(field).length, ', skrivet på A');
    await waitFor(() => onB.text(field) === 'Stående förslag, skrivet på A', 'A → B');
    // Opening the round on B with what the facilitator sees: A's typing is kept, not doubled.
    const viaB = new Client(b, coordinator.cookie, coordinator.userId);
    const phase = `/api/workshops/${wid}/questions/s1.q1/phase`;
    expect((await viaB.post(phase, { phase: 'revealed' })).status).toBe(200);
    const round = await viaB.post(phase, {
      phase: 'agreement',
      proposedText: 'Stående förslag, skrivet på A',
    });
    expect(round.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(onA.text(field)).toBe('Stående förslag, skrivet på A');
    expect(onB.text(field)).toBe('Stående förslag, skrivet på A');
  });
});
