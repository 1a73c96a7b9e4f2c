import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** The routine's own fields and its collaboration's name and area, as a snapshot reads them. */
export async function findRoutineForSnapshot(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('routines as r')
    .innerJoin('collaborations as c', 'c.id', 'r.collaborationId')
    .select([
      'r.id',
      'r.collaborationId',
      'r.title',
      'r.slug',
      'r.mainRule',
      'r.templateId',
      'r.templateVersion',
      'c.name as collaborationName',
      'c.area as collaborationArea',
    ])
    .where('r.id', '=', routineId)
    .executeTakeFirst();
}

export async function findAnswerTextsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('answers')
    .select(['questionId', 'text'])
    .where('routineId', '=', routineId)
    .execute();
}

export async function findSnapshotMilestones(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('milestones')
    .select(['id', 'phase', 'title', 'plannedDate', 'doneDate'])
    .where('routineId', '=', routineId)
    .orderBy('plannedDate')
    .orderBy('title')
    .execute();
}

export async function findSnapshotEvaluationPlan(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('evaluationPlans')
    .selectAll()
    .where('routineId', '=', routineId)
    .executeTakeFirst();
}
