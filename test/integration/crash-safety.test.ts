import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ChildServer, HttpClient } from '../helpers/child-server';
import {
  ACTORS_WITH_PHONES,
  buildActor,
  buildCollaboration,
  buildRoutine,
} from '../helpers/factories';

/**
 * Crash safety: drive concurrent answer and action writes against the real server process,
 * SIGKILL it mid-load, restart it on the same database, and check that every write that was
 * acknowledged with 2xx is there and the database is consistent. Before the kill every write
 * must succeed: a 5xx, another refusal, or a connection the server dropped by dying on its own
 * fails the test instead of ending the writer quietly.
 */
const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function databaseEnv(): Promise<{ env: Record<string, string>; check: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-crash-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    return {
      env: { DATA_DIR: dir },
      check: async () => {
        const db = new DatabaseSync(path.join(dir, 'samrutin.db'), { readOnly: true });
        expect(db.prepare('pragma integrity_check').get()).toEqual({ integrity_check: 'ok' });
        expect(db.prepare('pragma foreign_key_check').all()).toEqual([]);
        db.close();
      },
    };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `samrutin_crash_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const a = new pg.Client({ connectionString: admin });
  await a.connect();
  await a.query(`create database ${name}`);
  await a.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`drop database if exists ${name} with (force)`);
    await c.end();
  });
  return {
    env: { DATABASE_URL: url.toString() },
    check: async () => {
      const c = new pg.Client({ connectionString: url.toString() });
      await c.connect();
      // Consistency: no orphans, revisions positive, positions dense per step.
      const orphans = await c.query(
        'select count(*)::int as n from actions a left join actors x on x.id = a.actor_id where x.id is null',
      );
      expect(orphans.rows[0].n).toBe(0);
      const badRevisions = await c.query(
        'select count(*)::int as n from answers where revision < 1',
      );
      expect(badRevisions.rows[0].n).toBe(0);
      await c.end();
    },
  };
}

describe(`crash safety (${dialect})`, () => {
  it('keeps every acknowledged write across a SIGKILL mid-load', async () => {
    const { env, check } = await databaseEnv();
    const server = new ChildServer(env);
    cleanups.push(() => server.kill());
    await server.start();
    const client = new HttpClient(() => server.url);
    const email = `crash-${crypto.randomUUID().slice(0, 8)}@example.org`;
    expect(
      (
        await client.request('POST', '/api/auth/sign-up/email', {
          name: 'Crash',
          email,
          password: 'correct horse battery',
        })
      ).status,
    ).toBe(200);
    const { collaborationId } = await buildCollaboration(null, {
      coordinator: client,
      name: 'Kraschkommun',
      area: null,
    });
    const { routineId: rid } = await buildRoutine(client, collaborationId, { title: 'Krasch' });
    const actor = await buildActor(client, collaborationId, ACTORS_WITH_PHONES.police);
    const questions = ['s1.q1', 's1.q2', 's1.q3', 's2.q1', 's2.q2', 's2.q3', 's2.q4', 's2.q5'];
    const ackedAnswers = new Map<string, { text: string; revision: number }>();
    const ackedActions: string[] = [];
    let stop = false;
    /** Set just before the SIGKILL: from then on a lost connection is what the test wants. */
    let killing = false;
    const unexpected: string[] = [];
    const refused = (what: string, res: { status: number; body: unknown }) =>
      unexpected.push(`${what}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`);
    const lost = (what: string, err: unknown) => {
      if (!killing) unexpected.push(`${what}: connection lost before the kill (${String(err)})`);
    };

    const answerWriter = async (q: string) => {
      let revision = 0;
      for (let i = 0; !stop; i++) {
        const text = `${q} skrivning ${i}`;
        try {
          const res = await client.request('PUT', `/api/routines/${rid}/answers/${q}`, {
            text,
            baseRevision: revision,
          });
          if (res.status !== 200) {
            // One writer per answer, on the revision it was given: nothing may refuse it.
            refused(`PUT answer ${q}`, res);
            return;
          }
          revision = res.body.revision;
          ackedAnswers.set(q, { text, revision });
        } catch (err) {
          lost(`PUT answer ${q}`, err); // refused or reset: the server is gone
          return;
        }
      }
    };
    const actionWriter = async () => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await client.request('POST', `/api/routines/${rid}/actions`, {
            step: 2 + (i % 4),
            actorId: actor.id,
            what: `Åtgärd ${i}`,
            audience: 'all',
          });
          if (res.status !== 201) {
            // A fast machine may fill the routine (LIMITS.actionsPerRoutine): that one may stop.
            if (res.status !== 409 || res.body?.error?.code !== 'LIMIT_REACHED') {
              refused('POST action', res);
            }
            return;
          }
          ackedActions.push(res.body.id);
        } catch (err) {
          lost('POST action', err);
          return;
        }
      }
    };
    const writers = [...questions.map(answerWriter), actionWriter(), actionWriter()];
    // Let the load run — at least 1.5 s, and until both kinds of write were acknowledged (a
    // loaded machine may take longer for the first) — then kill it while requests are in flight.
    const started = Date.now();
    while (
      Date.now() - started < 1500 ||
      ((ackedAnswers.size === 0 || ackedActions.length === 0) &&
        Date.now() - started < 60_000 &&
        unexpected.length === 0)
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(server.isRunning, `the server died before the kill:\n${server.output}`).toBe(true);
    killing = true;
    await server.kill();
    stop = true;
    await Promise.all(writers);
    expect(unexpected, 'writes that failed while the server was up').toEqual([]);
    expect(ackedAnswers.size).toBeGreaterThan(0);
    expect(ackedActions.length).toBeGreaterThan(0);

    await server.start();
    const after = new HttpClient(() => server.url);
    expect(
      (
        await after.request('POST', '/api/auth/sign-in/email', {
          email,
          password: 'correct horse battery',
        })
      ).status,
    ).toBe(200);
    const read = await after.request('GET', `/api/routines/${rid}`);
    for (const [q, acked] of ackedAnswers) {
      const stored = read.body.answers[q];
      // The acknowledged write or a later one (acknowledged or not) is there.
      expect(stored.revision).toBeGreaterThanOrEqual(acked.revision);
      if (stored.revision === acked.revision) expect(stored.text).toBe(acked.text);
    }
    const actions = await after.request('GET', `/api/routines/${rid}/actions`);
    const ids = new Set(actions.body.map((a: { id: string }) => a.id));
    for (const id of ackedActions) expect(ids.has(id)).toBe(true);
    // Positions stay dense per step (the renumbering ran in the same transaction).
    for (const step of [2, 3, 4, 5]) {
      const positions = actions.body
        .filter((a: { step: number }) => a.step === step)
        .map((a: { position: number }) => a.position);
      expect(positions).toEqual(positions.map((_: number, i: number) => i));
    }
    await server.kill();
    await check();
  }, 120_000);
});
