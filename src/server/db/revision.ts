import type { Kysely } from 'kysely';
import { notFound, staleRevision } from '../core/errors';
import type { DB } from './schema';

/** The tables whose rows carry a `revision` column (optimistic concurrency). */
export type RevisionedTable =
  | 'routines'
  | 'collaborations'
  | 'memberships'
  | 'actors'
  | 'actions'
  | 'obstacles'
  | 'milestones'
  | 'evaluationPlans'
  | 'knowledgeItems'
  | 'knowledgeOverrides'
  | 'comments'
  | 'reviewPeriods';

/**
 * The one compare-and-set of the app: `UPDATE t SET revision = revision + 1 WHERE <key> AND
 * revision = <base>` in one statement, returning the new revision, or null when no row matched
 * (the row is gone, or its revision moved on). Without `baseRevision` the statement still
 * bumps the revision and takes the row's lock, so concurrent writers queue behind each other.
 *
 * On PostgreSQL (READ COMMITTED) a second writer with the same base blocks on the first one's
 * row lock and, once that commits, re-checks the WHERE against the new row: it matches no row.
 * SQLite serialises writers outright. Call it first in the writing transaction, before any
 * read the write depends on, so those reads see the row as this writer's lock left it.
 */
export async function claimRevision(
  db: Kysely<DB>,
  table: RevisionedTable,
  key: Record<string, string>,
  baseRevision: number | undefined,
): Promise<number | null> {
  // The table is a union; the query builder cannot type a column common to all of them.
  const anyDb = db as unknown as Kysely<Record<string, { revision: number }>>;
  let q = anyDb.updateTable(table).set((eb) => ({ revision: eb('revision', '+', 1) }));
  for (const [column, value] of Object.entries(key))
    q = q.where(column as 'revision', '=', value as never);
  if (baseRevision !== undefined) q = q.where('revision', '=', baseRevision);
  const row = await q.returning('revision').executeTakeFirst();
  return row ? Number(row.revision) : null;
}

/**
 * `claimRevision`, or the contract's refusal: 404 when the row does not exist (any more),
 * 409 STALE_REVISION with the record as it stands now (from `current`) when another writer
 * got there first. Returns the new revision, to be written with the rest of the change.
 */
export async function requireRevision<T>(
  db: Kysely<DB>,
  spec: {
    table: RevisionedTable;
    key: Record<string, string>;
    baseRevision: number | undefined;
    /** "The actor", "this actor": for the messages */
    what: string;
    current: () => Promise<T | undefined | null>;
  },
): Promise<number> {
  const next = await claimRevision(db, spec.table, spec.key, spec.baseRevision);
  if (next !== null) return next;
  const now = await spec.current();
  if (now === undefined || now === null) throw notFound(spec.what);
  throw staleRevision(spec.what, now);
}

/**
 * For records that may not exist yet (an evaluation plan, a national entry's override):
 * `baseRevision` 0 means "create it", and `insertFirst` inserts revision 1 with ON CONFLICT DO
 * NOTHING (true when it landed). Without a base revision an existing row is claimed, a
 * missing one created. Returns the new revision, or null when another writer was first.
 */
export async function claimOrInsertRevision(
  db: Kysely<DB>,
  table: RevisionedTable,
  key: Record<string, string>,
  baseRevision: number | undefined,
  insertFirst: () => Promise<boolean>,
): Promise<number | null> {
  if (baseRevision !== 0) {
    const next = await claimRevision(db, table, key, baseRevision);
    if (next !== null || baseRevision !== undefined) return next;
  }
  return (await insertFirst()) ? 1 : null;
}
