import type { Kysely } from 'kysely';
import type { Dialect } from '../db/database';
import type { DB, JobsTable } from '../db/schema';

export type JobRow = JobsTable;

/** Inserts a job unless one with the same dedupe key exists; true when this call inserted it. */
export async function insertJobOnce(db: Kysely<DB>, row: JobsTable): Promise<boolean> {
  const result = await db
    .insertInto('jobs')
    .values(row)
    .onConflict((oc) => oc.column('dedupeKey').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Claims the next due job for `workerId` until `lockedUntil`: a pending job whose time has
 * come, or a running one whose lease ran out (its process died). The condition is in the
 * writing statement: on PostgreSQL the candidate row is locked with FOR UPDATE SKIP LOCKED
 * so concurrent workers take different jobs; on SQLite (one writer at a time) the UPDATE
 * re-checks the state, so of two claimants only one changes the row.
 */
export async function claimNextJob(
  db: Kysely<DB>,
  dialect: Dialect,
  claim: { workerId: string; now: string; lockedUntil: string; kinds: string[] },
): Promise<JobRow | undefined> {
  if (claim.kinds.length === 0) return undefined;
  const candidate = db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', claim.kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('runAt', '<=', claim.now)]),
        eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', claim.now)]),
      ]),
    )
    .orderBy('runAt')
    .limit(1);
  if (dialect === 'postgres') {
    return db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        lockedBy: claim.workerId,
        lockedUntil: claim.lockedUntil,
        updatedAt: claim.now,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', candidate.forUpdate().skipLocked())
      .returningAll()
      .executeTakeFirst();
  }
  const next = await candidate.executeTakeFirst();
  if (!next) return undefined;
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      lockedBy: claim.workerId,
      lockedUntil: claim.lockedUntil,
      updatedAt: claim.now,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', next.id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('runAt', '<=', claim.now)]),
        eb.and([eb('status', '=', 'running'), eb('lockedUntil', '<', claim.now)]),
      ]),
    )
    .returningAll()
    .executeTakeFirst();
}

/** Marks a claimed job done; only the worker holding it may. */
export async function completeJob(db: Kysely<DB>, id: string, workerId: string, now: string) {
  await db
    .updateTable('jobs')
    .set({ status: 'done', lockedBy: null, lockedUntil: null, lastError: null, updatedAt: now })
    .where('id', '=', id)
    .where('lockedBy', '=', workerId)
    .execute();
}

/** A failed attempt: back to pending at `retryAt`, or `failed` for good when retryAt is null. */
export async function failJob(
  db: Kysely<DB>,
  id: string,
  workerId: string,
  f: { now: string; error: string; retryAt: string | null },
) {
  await db
    .updateTable('jobs')
    .set({
      status: f.retryAt ? 'pending' : 'failed',
      runAt: f.retryAt ?? f.now,
      lockedBy: null,
      lockedUntil: null,
      lastError: f.error.slice(0, 1000),
      updatedAt: f.now,
    })
    .where('id', '=', id)
    .where('lockedBy', '=', workerId)
    .execute();
}

/** Jobs of a collaboration that failed or are waiting for a retry (for its coordinators). */
export async function findTroubledJobsOfCollaboration(db: Kysely<DB>, collaborationId: string) {
  return db
    .selectFrom('jobs')
    .select(['id', 'kind', 'status', 'runAt', 'attempts', 'maxAttempts', 'lastError', 'updatedAt'])
    .where('collaborationId', '=', collaborationId)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'failed'),
        eb.and([eb('status', '=', 'pending'), eb('attempts', '>', 0)]),
      ]),
    )
    .orderBy('updatedAt', 'desc')
    .limit(100)
    .execute();
}

/** Every job of a collaboration, newest first (for its coordinators' list of what was sent). */
export async function findJobsOfCollaboration(
  db: Kysely<DB>,
  collaborationId: string,
  limit = 100,
) {
  return db
    .selectFrom('jobs')
    .select(['id', 'kind', 'status', 'runAt', 'attempts', 'maxAttempts', 'lastError', 'updatedAt'])
    .where('collaborationId', '=', collaborationId)
    .orderBy('updatedAt', 'desc')
    .limit(limit)
    .execute();
}

/** How many jobs are in each state, and how many pending ones are due by `now` (metrics). */
export async function countJobsByStatus(db: Kysely<DB>, now: string) {
  const rows = await db
    .selectFrom('jobs')
    .select((eb) => [
      'status',
      eb.fn.countAll<string | number>().as('n'),
      eb.fn
        .sum<string | number | null>(eb.case().when('runAt', '<=', now).then(1).else(0).end())
        .as('due'),
    ])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n), due: Number(r.due ?? 0) }));
}
