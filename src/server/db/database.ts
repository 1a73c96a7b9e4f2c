import fs from 'node:fs';
import path from 'node:path';
import {
  CamelCasePlugin,
  Kysely,
  type LogEvent,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { openNodeSqlite } from './node-sqlite';
import type { DB } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  /** Kysely with CamelCasePlugin: TypeScript camelCase ↔ SQL snake_case. */
  db: Kysely<DB>;
  /** The same connection without plugins, for better-auth (its own column names). */
  rawDb: Kysely<any>;
  dialect: Dialect;
  close(): Promise<void>;
  /** Called after every query with its duration (metrics); one observer at a time. */
  observeQueries(observer: QueryObserver | null): void;
  /** PostgreSQL pool sizes (metrics); null on SQLite, which has one connection. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
}

export type QueryObserver = (durationMs: number, failed: boolean) => void;

/** Kysely's log hook, forwarding each query's duration to the current observer. */
function queryLog() {
  let observer: QueryObserver | null = null;
  return {
    log: (event: LogEvent) => observer?.(event.queryDurationMillis, event.level === 'error'),
    set: (o: QueryObserver | null) => {
      observer = o;
    },
  };
}

/**
 * Opens SQLite (node:sqlite; file or ':memory:', WAL, foreign keys on) or PostgreSQL
 * (databaseUrl); `onConnectionLost` hears of idle PostgreSQL connections the server ended.
 */
export function openDatabase(
  opts: { databaseUrl?: string; sqliteFile: string },
  onConnectionLost: (err: Error) => void = () => {},
): Database {
  if (opts.databaseUrl) {
    // Dates stay strings: the app stores ISO text, never driver-converted Date objects.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection that PostgreSQL ends (a restart, a failover, idle_session_timeout,
    // pg_terminate_backend) is an 'error' event on the pool, which would end the process when
    // nobody listens. The pool drops that connection and opens a new one when needed.
    pool.on('error', onConnectionLost);
    const queries = queryLog();
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
      log: queries.log,
    });
    return {
      db,
      rawDb: db.withoutPlugins() as Kysely<any>,
      dialect: 'postgres',
      close: () => db.destroy(),
      observeQueries: queries.set,
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }),
    };
  }
  if (opts.sqliteFile !== ':memory:')
    fs.mkdirSync(path.dirname(opts.sqliteFile), { recursive: true });
  // node:sqlite with WAL, foreign keys, a busy timeout and a prepared-statement cache.
  const queries = queryLog();
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: openNodeSqlite(opts.sqliteFile) }),
    plugins: [new CamelCasePlugin()],
    log: queries.log,
  });
  return {
    db,
    rawDb: db.withoutPlugins() as Kysely<any>,
    dialect: 'sqlite',
    close: () => db.destroy(),
    observeQueries: queries.set,
    poolStats: () => null,
  };
}

/** Does the database answer? (`select 1`; throws when it does not) */
export async function pingDatabase(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
