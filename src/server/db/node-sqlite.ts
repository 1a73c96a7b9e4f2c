import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Node's built-in SQLite (`node:sqlite`, no native build on install) behind Kysely's
 * SqliteDialect. Kysely expects better-sqlite3's shape: `prepare(sql)` returning a statement
 * with `reader` (does it return rows?), `all`, `run` and `iterate` taking the parameters as
 * one array. node:sqlite takes them spread and has no `reader`: a statement returns rows
 * exactly when it has result columns (`select`, `… returning`, row-returning pragmas).
 *
 * Integers come back as JavaScript numbers; one outside ±2^53 makes the read throw
 * ERR_OUT_OF_RANGE rather than lose precision (the app stores no such integers).
 * `run` reports `changes` and `lastInsertRowid` as numbers, which Kysely turns into
 * `numAffectedRows` / `insertId` bigints as before.
 */
export interface NodeSqliteOptions {
  /** Milliseconds a writer waits for a lock before SQLITE_BUSY. */
  busyTimeout?: number;
  /** Prepared statements kept for reuse, by SQL text (least recently used goes first). */
  statementCache?: number;
}

export function openNodeSqlite(file: string, opts: NodeSqliteOptions = {}): SqliteDatabase {
  const busyTimeout = opts.busyTimeout ?? 5000;
  const database = new DatabaseSync(file, {
    enableForeignKeyConstraints: true,
    timeout: busyTimeout,
  });
  // WAL: readers never block the writer, and a crash loses no committed transaction.
  database.exec('pragma journal_mode = WAL');
  database.exec('pragma foreign_keys = ON');
  database.exec(`pragma busy_timeout = ${Math.trunc(busyTimeout)}`);
  database.exec('pragma synchronous = NORMAL');
  return withStatementCache(database, opts.statementCache ?? 500);
}

/**
 * One prepared statement in Kysely's shape; `reader` is decided once, when prepared. Rows are
 * read as arrays and turned into plain objects here: node:sqlite builds row objects property by
 * property in C++, which made a 150-row read ~1.5× slower than better-sqlite3; arrays plus
 * this loop are on a par (docs/benchmarks.md). A repeated column name keeps the last value,
 * as with node:sqlite's own objects.
 */
function adapt(statement: StatementSync): SqliteStatement {
  const names = statement.columns().map((c) => c.name);
  const reader = names.length > 0;
  if (reader) statement.setReturnArrays(true);
  const args = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
  const toRow = (values: unknown): Record<string, unknown> => {
    const array = values as unknown[];
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = array[i];
    return row;
  };
  return {
    reader,
    all: (parameters) => {
      const rows: unknown[] = statement.all(...args(parameters));
      for (let i = 0; i < rows.length; i++) rows[i] = toRow(rows[i]);
      return rows;
    },
    run: (parameters) => statement.run(...args(parameters)),
    iterate: function* (parameters) {
      for (const values of statement.iterate(...args(parameters))) yield toRow(values);
    },
  };
}

/**
 * Kysely prepares every query anew; prepared statements are reusable, and preparing was the
 * largest single cost of a hot request. Keep the most recent ones by SQL text.
 */
function withStatementCache(database: DatabaseSync, capacity: number): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        statement = adapt(database.prepare(sql));
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
    close: () => {
      cache.clear();
      database.close();
    },
  };
}
