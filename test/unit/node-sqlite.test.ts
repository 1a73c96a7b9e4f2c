import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeSqlite } from '../../src/server/db/node-sqlite';

/** The node:sqlite adapter behind Kysely's SQLite dialect (src/server/db/node-sqlite.ts). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-node-sqlite-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(file = ':memory:') {
  const database = openNodeSqlite(file);
  return { database, db: new Kysely<any>({ dialect: new SqliteDialect({ database }) }) };
}

describe('node:sqlite adapter', () => {
  it('opens a file database in WAL with foreign keys on and a busy timeout', async () => {
    const { db } = open(path.join(dir, 'pragmas.db'));
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table child (id integer primary key, parent_id integer not null references parent (id))`.execute(
      db,
    );
    await expect(db.insertInto('child').values({ parent_id: 42 }).execute()).rejects.toThrow(
      /FOREIGN KEY/,
    );
    await db.destroy();
  });

  it('tells readers from writers by result columns, with insert ids and affected rows', async () => {
    const { db } = open();
    await sql`create table t (id integer primary key, n integer, s text)`.execute(db);
    const inserted = await db.insertInto('t').values({ n: 5, s: 'a' }).executeTakeFirst();
    expect(inserted.insertId).toBe(1n);
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    // `returning` makes the insert a reader: its rows come back.
    const returned = await db
      .insertInto('t')
      .values({ n: 7, s: 'b' })
      .returning(['id', 'n'])
      .execute();
    expect(returned).toEqual([{ id: 2, n: 7 }]);
    const updated = await db.updateTable('t').set({ s: 'z' }).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(2n);
    const rows = await db.selectFrom('t').selectAll().orderBy('id').execute();
    expect(rows).toStrictEqual([
      { id: 1, n: 5, s: 'z' },
      { id: 2, n: 7, s: 'z' },
    ]);
    const streamed: unknown[] = [];
    for await (const row of db.selectFrom('t').select('id').orderBy('id').stream())
      streamed.push(row);
    expect(streamed).toStrictEqual([{ id: 1 }, { id: 2 }]);
    await db.destroy();
  });

  it('rolls a failed transaction back', async () => {
    const { db } = open();
    await sql`create table t (id integer primary key, s text not null)`.execute(db);
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto('t').values({ s: 'kept?' }).execute();
        await tx.insertInto('t').values({ s: null }).execute();
      }),
    ).rejects.toThrow(/NOT NULL/);
    expect(await db.selectFrom('t').selectAll().execute()).toEqual([]);
    await db.destroy();
  });

  it('reuses prepared statements by SQL text', () => {
    const { database } = open();
    const first = database.prepare('select 1 as one');
    expect(database.prepare('select 1 as one')).toBe(first);
    expect(database.prepare('select 2 as two')).not.toBe(first);
    expect(first.all([])).toEqual([{ one: 1 }]);
    database.close();
  });

  it('refuses an integer it cannot represent instead of losing precision', async () => {
    const { db } = open();
    await sql`create table t (n integer)`.execute(db);
    await db
      .insertInto('t')
      .values({ n: 2n ** 62n })
      .execute();
    await expect(db.selectFrom('t').selectAll().execute()).rejects.toThrow(/too large/);
    await db.destroy();
  });
});
