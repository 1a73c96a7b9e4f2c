import { type Kysely, sql } from 'kysely';
import type { DB } from './schema';

interface Unit {
  work: (trx: Kysely<DB>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

const queues = new WeakMap<Kysely<DB>, Unit[]>();

/**
 * SQLite's group commit (issue 20): units of work that arrive in the same turn of the event
 * loop run in one transaction, each under its own savepoint, so that concurrent writers share
 * one COMMIT and the pages they both touch (the audit table's last page, the routine's row)
 * are written to the WAL once. A unit that throws is rolled back to its savepoint alone and
 * its caller gets the error; the others commit. A failed COMMIT fails every unit of the batch,
 * none of which was written. Units see the writes of the units before them in the batch, as
 * they would have one after the other. For short units of a few statements; SQLite only (one
 * connection: PostgreSQL's concurrent transactions do not need it).
 */
export function runInGroupCommit<T>(db: Kysely<DB>, work: (trx: Kysely<DB>) => Promise<T>) {
  return new Promise<T>((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
    }
    queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (queue.length === 1) setImmediate(() => void commitBatch(db));
  });
}

async function commitBatch(db: Kysely<DB>): Promise<void> {
  const batch = queues.get(db)?.splice(0) ?? [];
  if (batch.length === 0) return;
  const results: { ok: boolean; value: unknown }[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      for (const unit of batch) {
        await sql`savepoint unit`.execute(trx);
        try {
          results.push({ ok: true, value: await unit.work(trx) });
        } catch (err) {
          await sql`rollback to unit`.execute(trx);
          results.push({ ok: false, value: err });
        }
        await sql`release unit`.execute(trx);
      }
    });
  } catch (err) {
    for (const unit of batch) unit.reject(err);
    return;
  }
  batch.forEach((unit, i) => {
    const r = results[i]!;
    if (r.ok) unit.resolve(r.value);
    else unit.reject(r.value);
  });
}
