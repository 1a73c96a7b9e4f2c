import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInGroupCommit } from '../../src/server/db/group-commit';
import { createTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A table of this test's own. */
const scratch = 'group_commit_scratch';

describe('group commit', () => {
  it('runs units arriving together in one transaction: a unit that throws is undone alone, the others land and see each other', async () => {
    const db = t.app.database.db;
    await sql`create table ${sql.table(scratch)} (id text primary key, n integer not null)`.execute(
      db,
    );
    const insert = (id: string, n: number) => (trx: typeof db) =>
      sql`insert into ${sql.table(scratch)} (id, n) values (${id}, ${n})`.execute(trx);
    const results = await Promise.allSettled([
      runInGroupCommit(db, async (trx) => {
        await insert('a', 1)(trx);
        return 'first';
      }),
      runInGroupCommit(db, async (trx) => {
        await insert('b', 2)(trx);
        throw new Error('the second unit fails after its write');
      }),
      // A constraint violation: the database's own error, undone with its unit.
      runInGroupCommit(db, async (trx) => {
        await insert('c', 3)(trx);
        await insert('a', 4)(trx);
      }),
      runInGroupCommit(db, async (trx) => {
        const seen = await sql<{
          id: string;
        }>`select id from ${sql.table(scratch)} order by id`.execute(trx);
        await insert('d', 5)(trx);
        return seen.rows.map((r) => r.id);
      }),
    ]);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 'first' });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: /second unit/ } });
    expect(results[2]?.status).toBe('rejected');
    // The fourth saw the first's write and none of the undone ones.
    expect(results[3]).toEqual({ status: 'fulfilled', value: ['a'] });
    const rows = await sql<{
      id: string;
      n: number;
    }>`select id, n from ${sql.table(scratch)} order by id`.execute(db);
    expect(rows.rows.map((r) => [r.id, Number(r.n)])).toEqual([
      ['a', 1],
      ['d', 5],
    ]);
  });
});
