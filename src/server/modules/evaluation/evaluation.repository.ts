import type { Kysely } from 'kysely';
import type { DB, ReviewPeriodsTable } from '../../db/schema';

/** Review periods of a routine, the newest period first. */
export async function findReviewPeriodsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('reviewPeriods')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('periodEnd', 'desc')
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

/** One period, only under its own routine (another routine's id is not found). */
export async function findReviewPeriod(db: Kysely<DB>, routineId: string, id: string) {
  return db
    .selectFrom('reviewPeriods')
    .selectAll()
    .where('id', '=', id)
    .where('routineId', '=', routineId)
    .executeTakeFirst();
}

export async function insertReviewPeriod(db: Kysely<DB>, row: ReviewPeriodsTable) {
  await db.insertInto('reviewPeriods').values(row).execute();
}

/** Writes the fields of a period whose revision the caller has just claimed. */
export async function updateReviewPeriodFields(
  db: Kysely<DB>,
  id: string,
  patch: Omit<
    ReviewPeriodsTable,
    | 'id'
    | 'routineId'
    | 'revision'
    | 'createdAt'
    | 'revisionStartedAt'
    | 'revisionStartedBy'
    | 'revisionOfVersion'
  >,
) {
  await db.updateTable('reviewPeriods').set(patch).where('id', '=', id).execute();
}

export async function deleteReviewPeriodRow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('reviewPeriods').where('id', '=', id).execute();
}

/**
 * Marks that a revision of adopted version `version` starts from this period, unless one
 * already started from that version: the condition is in the statement. False when another
 * one was first.
 */
export async function markRevisionStarted(
  db: Kysely<DB>,
  id: string,
  mark: { routineId: string; version: number; at: string; by: string },
): Promise<boolean> {
  const result = await db
    .updateTable('reviewPeriods')
    .set({
      revisionStartedAt: mark.at,
      revisionStartedBy: mark.by,
      revisionOfVersion: mark.version,
      updatedAt: mark.at,
    })
    .where('id', '=', id)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('reviewPeriods as other')
            .select('other.id')
            .where('other.routineId', '=', mark.routineId)
            .where('other.revisionOfVersion', '=', mark.version),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** When a revision of adopted version `version` was started, or null. */
export async function findRevisionStartOfVersion(
  db: Kysely<DB>,
  routineId: string,
  version: number,
): Promise<string | null> {
  const row = await db
    .selectFrom('reviewPeriods')
    .select('revisionStartedAt')
    .where('routineId', '=', routineId)
    .where('revisionOfVersion', '=', version)
    .executeTakeFirst();
  return row?.revisionStartedAt ?? null;
}

/** When each feedback item of the routine came in (ISO date-time), for counts per period. */
export async function findFeedbackTimes(db: Kysely<DB>, routineId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('feedback')
    .select('createdAt')
    .where('routineId', '=', routineId)
    .execute();
  return rows.map((r) => r.createdAt);
}

/** Feedback a revision carries: items that led to a change, and those still open. */
export async function findFeedbackToCarry(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('feedback')
    .select(['id', 'step', 'text', 'status', 'note', 'changeRef'])
    .where('routineId', '=', routineId)
    .where('status', 'in', ['new', 'discussing', 'changed'])
    .orderBy('step')
    .orderBy('createdAt')
    .execute();
}

/** The ids of the collaboration's actors among `ids`. */
export async function findActorIdsOfCollaboration(
  db: Kysely<DB>,
  collaborationId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('actors')
    .select('id')
    .where('collaborationId', '=', collaborationId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

/** The next review date: the evaluation plan's, else the routine's (as the reminders read it). */
export async function findNextReviewDate(
  db: Kysely<DB>,
  routineId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('routines as r')
    .leftJoin('evaluationPlans as p', 'p.routineId', 'r.id')
    .select(['r.nextReviewDate as routineDate', 'p.nextReviewDate as planDate'])
    .where('r.id', '=', routineId)
    .executeTakeFirst();
  return row?.planDate ?? row?.routineDate ?? null;
}
