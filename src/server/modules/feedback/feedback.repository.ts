import type { Kysely } from 'kysely';
import type { DB, FeedbackTable } from '../../db/schema';

/** The routine behind a published address, with what decides whether it takes feedback. */
export async function findPublishedRoutineBySlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('routines')
    .select(['id', 'collaborationId', 'slug', 'title', 'status', 'visibility', 'adoptedVersion'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function isMemberOf(db: Kysely<DB>, collaborationId: string, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('userId')
    .where('collaborationId', '=', collaborationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertFeedback(db: Kysely<DB>, row: FeedbackTable) {
  await db.insertInto('feedback').values(row).execute();
}

export async function findFeedbackOfRoutine(
  db: Kysely<DB>,
  routineId: string,
  filter: { step?: number; status?: string; since?: string; before?: string } = {},
) {
  let q = db.selectFrom('feedback').selectAll().where('routineId', '=', routineId);
  if (filter.step !== undefined) q = q.where('step', '=', filter.step);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status as never);
  if (filter.since !== undefined) q = q.where('createdAt', '>=', filter.since);
  if (filter.before !== undefined) q = q.where('createdAt', '<', filter.before);
  return q.orderBy('createdAt', 'desc').orderBy('id').execute();
}

export async function findFeedbackById(db: Kysely<DB>, id: string) {
  return db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Compare-and-set on the revision; false when the stored revision is not `baseRevision`. */
export async function updateFeedbackIfRevision(
  db: Kysely<DB>,
  id: string,
  baseRevision: number,
  patch: Pick<FeedbackTable, 'status' | 'note' | 'changeRef' | 'updatedAt' | 'updatedBy'>,
): Promise<boolean> {
  const result = await db
    .updateTable('feedback')
    .set({ ...patch, revision: baseRevision + 1 })
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Per step: all items and the open ones (new or under discussion). */
export async function countFeedbackByStep(db: Kysely<DB>, routineId: string) {
  const rows = await db
    .selectFrom('feedback')
    .select((eb) => [
      'step',
      eb.fn.countAll<string | number>().as('total'),
      eb.fn
        .sum<string | number | null>(
          eb.case().when('status', 'in', ['new', 'discussing']).then(1).else(0).end(),
        )
        .as('open'),
    ])
    .where('routineId', '=', routineId)
    .groupBy('step')
    .execute();
  return rows.map((r) => ({ step: r.step, total: Number(r.total), open: Number(r.open ?? 0) }));
}

/** A review period's days, only under its own routine (another routine's id is not found). */
export async function findReviewPeriodOfRoutine(db: Kysely<DB>, routineId: string, id: string) {
  return db
    .selectFrom('reviewPeriods')
    .select(['periodStart', 'periodEnd'])
    .where('id', '=', id)
    .where('routineId', '=', routineId)
    .executeTakeFirst();
}
