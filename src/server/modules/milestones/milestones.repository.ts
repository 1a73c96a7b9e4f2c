import type { Kysely } from 'kysely';
import type { DB, EvaluationPlansTable, MilestonesTable } from '../../db/schema';

export async function findMilestonesOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('milestones')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('plannedDate')
    .orderBy('title')
    .orderBy('id')
    .execute();
}

export async function findMilestoneById(db: Kysely<DB>, id: string) {
  return db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMilestones(db: Kysely<DB>, rows: MilestonesTable[]) {
  if (rows.length > 0) await db.insertInto('milestones').values(rows).execute();
}

export async function updateMilestoneRow(db: Kysely<DB>, row: MilestonesTable) {
  const { id, ...rest } = row;
  await db.updateTable('milestones').set(rest).where('id', '=', id).execute();
}

export async function deleteMilestoneRow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('milestones').where('id', '=', id).execute();
}

export async function findEvaluationPlan(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('evaluationPlans')
    .selectAll()
    .where('routineId', '=', routineId)
    .executeTakeFirst();
}

/** Inserts a routine's first plan; false when another writer inserted one first. */
export async function insertFirstEvaluationPlan(
  db: Kysely<DB>,
  row: EvaluationPlansTable,
): Promise<boolean> {
  const result = await db
    .insertInto('evaluationPlans')
    .values(row)
    .onConflict((oc) => oc.column('routineId').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/**
 * Moves the plan's next review date (at an adoption), with a new revision so a form still
 * holding the old plan gets 409 STALE_REVISION instead of writing the old date back.
 */
export async function moveEvaluationPlanReviewDate(
  db: Kysely<DB>,
  routineId: string,
  nextReviewDate: string,
  at: string,
) {
  await db
    .updateTable('evaluationPlans')
    .set((eb) => ({ nextReviewDate, updatedAt: at, revision: eb('revision', '+', 1) }))
    .where('routineId', '=', routineId)
    .execute();
}

/** Writes the plan's fields (its revision already claimed by the caller). */
export async function updateEvaluationPlan(db: Kysely<DB>, row: EvaluationPlansTable) {
  const { routineId, ...rest } = row;
  await db.updateTable('evaluationPlans').set(rest).where('routineId', '=', routineId).execute();
}
