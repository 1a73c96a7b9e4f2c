import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

/** Where the database is: the same variables as `npm start` (DATABASE_URL / DATA_DIR). */
export interface DatabaseLocation {
  databaseUrl: string | undefined;
  sqliteFile: string;
}

/**
 * A consistent backup of the running app's database into `file` (which must not exist):
 * PostgreSQL with `pg_dump -Fc` (one snapshot transaction), SQLite with `VACUUM INTO`.
 * Written beside the target and renamed, so a half-written file never has the final name.
 */
export async function backupDatabase(location: DatabaseLocation, file: string): Promise<void> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} exists already: choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    if (location.databaseUrl) {
      await run('pg_dump', [
        '-Fc',
        '--no-owner',
        '--no-privileges',
        '-f',
        partial,
        '-d',
        location.databaseUrl,
      ]);
    } else {
      backupSqliteFile(location.sqliteFile, partial);
    }
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

/**
 * SQLite: `VACUUM INTO` reads one snapshot (a read transaction in WAL mode), so concurrent
 * writers neither block it nor restart it, unlike the page-copying backup API from another
 * connection. The only place that knows how SQLite is backed up .
 */
export function backupSqliteFile(sourceFile: string, targetFile: string): void {
  if (!fs.existsSync(sourceFile)) throw new Error(`No SQLite database at ${sourceFile}.`);
  const db = new DatabaseSync(sourceFile, { timeout: 10_000 });
  try {
    db.prepare('VACUUM INTO ?').run(targetFile);
  } finally {
    db.close();
  }
}

/**
 * Restores `file` into an empty database: refuses when the target already has tables, so a
 * restore never mixes with or overwrites live data. SQLite: the backup is checked with
 * `integrity_check` and copied into place; PostgreSQL: `pg_restore` into the empty database.
 */
export async function restoreDatabase(location: DatabaseLocation, file: string): Promise<void> {
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new Error(`No backup file at ${source}.`);
  if (location.databaseUrl) {
    await assertPostgresEmpty(location.databaseUrl);
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      '-d',
      location.databaseUrl,
      source,
    ]);
    return;
  }
  restoreSqliteFile(source, location.sqliteFile);
}

/** SQLite restore: check the backup, then copy it into place under the database's name. */
export function restoreSqliteFile(backupFile: string, targetFile: string): void {
  const check = new DatabaseSync(backupFile, { readOnly: true });
  try {
    const result = (check.prepare('pragma integrity_check').get() as { integrity_check: string })
      .integrity_check;
    if (result !== 'ok')
      throw new Error(`The backup fails SQLite's integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  if (fs.existsSync(targetFile)) {
    const existing = new DatabaseSync(targetFile, { readOnly: true });
    const { n } = existing
      .prepare("select count(*) as n from sqlite_master where type = 'table'")
      .get() as { n: number };
    existing.close();
    if (n > 0) throw new Error(`${targetFile} is not empty: restore into a new DATA_DIR.`);
  }
  fs.mkdirSync(path.dirname(targetFile), { recursive: true });
  for (const suffix of ['-wal', '-shm']) fs.rmSync(targetFile + suffix, { force: true });
  const partial = `${targetFile}.partial`;
  fs.copyFileSync(backupFile, partial);
  fs.renameSync(partial, targetFile);
}

async function assertPostgresEmpty(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')",
    );
    if (rows[0].n > 0)
      throw new Error('The target database is not empty: restore into a new, empty database.');
  } finally {
    await client.end();
  }
}

/** Runs a PostgreSQL client tool; rejects with its error output. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (err) =>
      reject(new Error(`${command} could not be started: ${err.message}`)),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}
