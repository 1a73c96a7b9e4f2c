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

export async function insertEvaluationPlan(db: Kysely<DB>, row: EvaluationPlansTable) {
  await db.insertInto('evaluationPlans').values(row).execute();
}

/** Writes the plan only if it still has `baseRevision`; true when it landed. */
export async function updateEvaluationPlanIfRevision(
  db: Kysely<DB>,
  row: EvaluationPlansTable,
  baseRevision: number,
): Promise<boolean> {
  const { routineId, ...rest } = row;
  const result = await db
    .updateTable('evaluationPlans')
    .set(rest)
    .where('routineId', '=', routineId)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
