import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { answerField } from '../../src/domain/collab';
import { createCollaborationWithRoutine, createTestApp, type TestApp } from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';
import { listenLive, liveClient, waitFor } from '../helpers/live';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

// A long debounce: nothing reaches the database by itself during a test, only by a flush.
let t: TestApp;
let server: { url: string; origin: string };
beforeAll(async () => {
  t = await createTestApp({
    collab: { debounceMs: 60_000, maxDebounceMs: 120_000, messageBurst: 10_000 },
  });
  server = await listenLive(t.app);
});
afterAll(async () => t.close());

/** A small deterministic PRNG, so a failing run can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('live documents under load', () => {
  it('freezing a version first lands the live edits everyone saw', async () => {
    const { coordinator, routineId } = await createCompleteRoutine(t.app);
    const a = liveClient(server, coordinator, routineId);
    await a.synced();
    a.doc.getText(answerField('s1.q2')).insert(0, 'Skrivet precis innan frysningen. ');
    await waitFor(() => a.provider.unsyncedChanges === 0, 'sent');
    const frozen = await coordinator.post(`/api/routines/${routineId}/versions`, { summary: 'v1' });
    expect(frozen.status).toBe(201);
    const version = await coordinator.get(
      `/api/routines/${routineId}/versions/${frozen.body.number}`,
    );
    expect(version.body.snapshot.answers['s1.q2']).toMatch(/^Skrivet precis innan frysningen\. /);
    a.destroy();
  });

  it('50 editors typing at random positions converge, on every client and in the database', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const fields = ['s3.q1', 's3.q2'].map(answerField);
    const clients = Array.from({ length: 50 }, () => liveClient(server, coordinator, routineId));
    await Promise.all(clients.map((c) => c.synced()));
    const random = prng(16);
    for (let round = 0; round < 6; round++) {
      for (const c of clients) {
        const text = c.doc.getText(fields[Math.floor(random() * fields.length)]!);
        const at = Math.floor(random() * (text.length + 1));
        if (text.length > 4 && random() < 0.2) text.delete(Math.min(at, text.length - 2), 2);
        else text.insert(at, String.fromCharCode(97 + Math.floor(random() * 26)));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    const same = () =>
      fields.every((f) => clients.every((c) => c.text(f) === clients[0]!.text(f))) &&
      clients.every((c) => c.provider.unsyncedChanges === 0);
    await waitFor(same, 'convergence', 30_000);
    await t.app.collab.flush(routineId);
    const routine = (await coordinator.get(`/api/routines/${routineId}`)).body;
    for (const f of fields) {
      const q = f.slice('answer:'.length);
      expect(routine.answers[q]?.text ?? '').toBe(clients[0]!.text(f));
      expect(clients[0]!.text(f).length).toBeGreaterThan(0);
    }
    for (const c of clients) c.destroy();
  });

  it('200 connect/disconnect cycles over 20 routines leave no document loaded and the heap at baseline', async () => {
    const base = await createCollaborationWithRoutine(t.app);
    const routines = [{ coordinator: base.coordinator, routineId: base.routineId }];
    for (let i = 1; i < 20; i++) {
      const res = await base.coordinator.post(
        `/api/collaborations/${base.collaborationId}/routines`,
        { title: `Rutin ${i}` },
      );
      routines.push({ coordinator: base.coordinator, routineId: res.body.id as string });
    }
    const cycle = async (i: number) => {
      const r = routines[i % routines.length]!;
      const c = liveClient(server, r.coordinator, r.routineId, new Y.Doc());
      await waitFor(
        () => c.provider.isSynced,
        `cycle ${i} synced (${c.provider.configuration.websocketProvider.status} ${c.denied.join()}${c.closes.map((x) => x.reason).join()})`,
      );
      c.doc.getText(answerField('s2.q2')).insert(0, `cykel ${i} `);
      await waitFor(() => c.provider.unsyncedChanges === 0, 'sent');
      c.destroy();
    };
    // Warm up (modules, statement caches), then measure.
    for (let i = 0; i < 20; i++) await cycle(i);
    await waitFor(() => t.app.collab.loadedDocuments() === 0, 'warm-up unloaded', 20_000);
    gc();
    const baseline = process.memoryUsage().heapUsed;
    for (let i = 0; i < 200; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, k) => cycle(i + k)));
    }
    await waitFor(() => t.app.collab.loadedDocuments() === 0, 'all unloaded', 30_000);
    expect(t.app.collab.hocuspocus.getConnectionsCount()).toBe(0);
    // The last store projected every routine's text.
    const one = (await routines[0]!.coordinator.get(`/api/routines/${routines[0]!.routineId}`))
      .body;
    expect(one.answers['s2.q2'].text).toMatch(/^cykel \d+ /);
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    const after = process.memoryUsage().heapUsed;
    expect(after).toBeLessThan(baseline * 1.1);
  }, 180_000);
});
