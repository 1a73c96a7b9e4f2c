import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { Client } from '../helpers/app';
import { freshDatabaseEnv, runCli } from '../helpers/databases';

/**
 * `npm run backup` while the app is under write load, `npm run restore` into a new database:
 * integrity holds, every write acknowledged before the backup started is there, and every
 * frozen version's hash still verifies.
 */
const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function appOn(env: Record<string, string>): Promise<FastifyInstance> {
  const app = await buildApp(
    loadConfig({
      SAMRUTIN_DEMO: '0',
      LOG_LEVEL: 'silent',
      WEB_DIST: '',
      NODE_ENV: 'test',
      PORT: '80',
      ...env,
    }),
  );
  cleanups.push(() => app.close());
  return app;
}

describe(`backup and restore (${dialect})`, () => {
  it('backs up under write load and restores into a new database with every acknowledged write', {
    timeout: 180_000,
  }, async () => {
    const source = await freshDatabaseEnv(dialect, 'bk');
    cleanups.push(source.drop);
    const app = await appOn(source.env);
    const adopted = await createAdoptedRoutine(app);
    const c = adopted.coordinator;
    const second = await c.post(`/api/collaborations/${adopted.collaborationId}/routines`, {
      title: 'Under last',
    });
    const rid = second.body.id as string;

    const acked = new Map<string, { text: string; revision: number }>();
    let stop = false;
    const writer = async (q: string) => {
      let revision = 0;
      for (let i = 0; !stop; i++) {
        const text = `${q} skrivning ${i}`;
        const res = await c.put(`/api/routines/${rid}/answers/${q}`, {
          text,
          baseRevision: revision,
        });
        if (res.status !== 200)
          throw new Error(`write ${q}: ${res.status} ${JSON.stringify(res.body)}`);
        revision = res.body.revision;
        acked.set(q, { text, revision });
      }
    };
    const writers = ['s1.q1', 's1.q2', 's2.q1', 's3.q1'].map(writer);
    while ([...acked.values()].reduce((n, a) => n + a.revision, 0) < 20) {
      await new Promise((r) => setTimeout(r, 20));
    }

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-backup-file-'));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, dialect === 'sqlite' ? 'samrutin.sqlite' : 'samrutin.dump');
    const before = new Map(acked);
    const backup = await runCli('backup', [file], source.env);
    const ackedDuringBackup = [...acked].filter(([q, a]) => a.revision > before.get(q)!.revision);
    stop = true;
    await Promise.all(writers);
    expect(backup.code, backup.output).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    // The load really ran while the backup was made.
    expect(ackedDuringBackup.length).toBeGreaterThan(0);

    const target = await freshDatabaseEnv(dialect, 'rs');
    cleanups.push(target.drop);
    const restore = await runCli('restore', [file], target.env);
    expect(restore.code, restore.output).toBe(0);
    // Restoring again over the now non-empty database is refused.
    expect((await runCli('restore', [file], target.env)).code).toBe(1);

    if (dialect === 'sqlite') {
      const db = new DatabaseSync(path.join(target.env.DATA_DIR!, 'samrutin.db'), {
        readOnly: true,
      });
      expect(db.prepare('pragma integrity_check').get()).toEqual({ integrity_check: 'ok' });
      expect(db.prepare('pragma foreign_key_check').all()).toEqual([]);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: target.env.DATABASE_URL });
      await client.connect();
      const fks = await client.query(
        "select count(*)::int as n from pg_constraint where contype = 'f' and convalidated",
      );
      expect(fks.rows[0].n).toBeGreaterThan(10);
      await client.end();
    }

    const restored = await appOn(target.env);
    const reader = new Client(restored, c.cookie);
    const routine = await reader.get(`/api/routines/${rid}`);
    expect(routine.status).toBe(200);
    for (const [q, a] of before) {
      const got = routine.body.answers[q];
      expect(got.revision).toBeGreaterThanOrEqual(a.revision);
      if (got.revision === a.revision) expect(got.text).toBe(a.text);
    }
    const versions = await reader.get(`/api/routines/${adopted.routineId}/versions`);
    expect(versions.status).toBe(200);
    const numbers = (versions.body.versions ?? versions.body).map(
      (v: { number: number }) => v.number,
    );
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) {
      const verify = await reader.get(`/api/routines/${adopted.routineId}/versions/${n}/verify`);
      expect(verify.body.ok).toBe(true);
      expect(verify.body.signOffs.every((s: { ok: boolean }) => s.ok)).toBe(true);
    }
  });
});
