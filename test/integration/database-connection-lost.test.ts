import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { freshDatabaseEnv } from '../helpers/databases';

const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

describe.runIf(dialect === 'postgres')('PostgreSQL ends an idle connection', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
  });

  it('the process lives on, the loss is reported, and the next query gets a new connection', async () => {
    const target = await freshDatabaseEnv('postgres', 'lost');
    cleanup.push(target.drop);
    const lost: Error[] = [];
    const database = openDatabase(
      { databaseUrl: target.env.DATABASE_URL!, sqliteFile: ':memory:' },
      (err) => lost.push(err),
    );
    cleanup.push(() => database.close());
    const pid = async () =>
      (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db)).rows[0]!
        .pid;
    const first = await pid();

    // As a restart, a failover or idle_session_timeout would: end the pool's idle connection.
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [first]);
    await admin.end();
    for (let i = 0; i < 100 && lost.length === 0; i++) await new Promise((r) => setTimeout(r, 20));

    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toMatch(/terminating connection/);
    const second = await pid();
    expect(second).not.toBe(first);
  });
});
