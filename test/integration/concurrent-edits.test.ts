import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollaborationWithRoutine, createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('concurrent edits of one answer', () => {
  it('20 clients writing with the revision they read: each write lands or gets 409, nothing is lost', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const url = `/api/routines/${routineId}/answers/s3.q2`;
    const acknowledged: { text: string; revision: number }[] = [];
    let conflicts = 0;
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      const read = await coordinator.get(`/api/routines/${routineId}`);
      const base = read.body.answers['s3.q2']?.revision ?? 0;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          coordinator.put(url, { text: `Round ${round}, client ${i}`, baseRevision: base }),
        ),
      );
      for (const [i, res] of results.entries()) {
        expect([200, 409]).toContain(res.status);
        if (res.status === 200)
          acknowledged.push({ text: `Round ${round}, client ${i}`, revision: res.body.revision });
        else {
          conflicts += 1;
          expect(res.body.error.code).toBe('STALE_REVISION');
          expect(res.body.error.details.revision).toBeGreaterThan(base);
        }
      }
    }
    // Exactly one write per round wins: all read the same revision.
    expect(acknowledged).toHaveLength(rounds);
    expect(conflicts).toBe(rounds * 19);
    const final = (await coordinator.get(`/api/routines/${routineId}`)).body.answers['s3.q2'];
    expect(final.revision).toBe(acknowledged.length);
    expect(acknowledged.map((a) => a.text)).toContain(final.text);
    expect(final.text).toBe(acknowledged.at(-1)!.text);
  });

  it('clients that retry with the current revision all land eventually, in some order', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const url = `/api/routines/${routineId}/answers/s1.q2`;
    let landed = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        let base = 0;
        for (let attempt = 0; attempt < 100; attempt++) {
          const res = await coordinator.put(url, { text: `client ${i}`, baseRevision: base });
          if (res.status === 200) {
            landed += 1;
            return;
          }
          expect(res.status).toBe(409);
          base = res.body.error.details.revision;
        }
        throw new Error(`client ${i} never landed`);
      }),
    );
    expect(landed).toBe(20);
    const final = (await coordinator.get(`/api/routines/${routineId}`)).body.answers['s1.q2'];
    expect(final.revision).toBe(20);
  });
});
