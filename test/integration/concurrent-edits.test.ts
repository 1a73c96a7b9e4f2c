import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockRoutine } from '../../src/server/db/dialect';
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
    // One audit row per acknowledged write; a refused one leaves none.
    const audited = await t.app.database.db
      .selectFrom('auditEvents')
      .select('summary')
      .where('action', '=', 'answer.save')
      .where('targetId', '=', `${routineId}:s3.q2`)
      .execute();
    expect(audited).toHaveLength(acknowledged.length);
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

  it('an answer save marks the routine changed, and on PostgreSQL does not queue behind its row lock', async () => {
    const { coordinator, routineId } = await createCollaborationWithRoutine(t.app);
    const changedAt = async () =>
      (await coordinator.get(`/api/routines/${routineId}`)).body.updatedAt;
    t.clock.advance(60_000);
    const saved = await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Socialjouren tar emot.',
      baseRevision: 0,
    });
    expect(saved.status).toBe(200);
    expect(await changedAt()).toBe(t.clock.now().toISOString());
    if (t.app.database.dialect !== 'postgres') return;

    // Another writer of the routine (an ordered-list write) holds its row until we let go.
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = t.app.database.db.transaction().execute(async (trx) => {
      await lockRoutine(trx, routineId);
      locked();
      await held;
    });
    await isLocked;
    t.clock.advance(60_000);
    const during = await coordinator.put(`/api/routines/${routineId}/answers/s2.q1`, {
      text: 'Socialjouren tar emot dygnet runt.',
      baseRevision: saved.body.revision,
    });
    release();
    await holder;
    expect(during.status).toBe(200);
  });
});
