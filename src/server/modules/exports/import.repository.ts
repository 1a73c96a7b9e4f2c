import type { Kysely } from 'kysely';
import type {
  AnswersTable,
  DB,
  EvaluationPlansTable,
  KnowledgeItemsTable,
  MilestonesTable,
  ObstaclesTable,
} from '../../db/schema';

/** Writes of the import (one transaction, see import.service.ts) not covered by other modules. */

export async function insertAnswerRows(db: Kysely<DB>, rows: AnswersTable[]) {
  if (rows.length > 0) await db.insertInto('answers').values(rows).execute();
}

export async function insertObstacleRows(db: Kysely<DB>, rows: ObstaclesTable[]) {
  if (rows.length > 0) await db.insertInto('obstacles').values(rows).execute();
}

export async function insertMilestoneRows(db: Kysely<DB>, rows: MilestonesTable[]) {
  if (rows.length > 0) await db.insertInto('milestones').values(rows).execute();
}

export async function insertEvaluationPlanRow(db: Kysely<DB>, row: EvaluationPlansTable) {
  await db.insertInto('evaluationPlans').values(row).execute();
}

export async function insertKnowledgeItemRows(db: Kysely<DB>, rows: KnowledgeItemsTable[]) {
  if (rows.length > 0) await db.insertInto('knowledgeItems').values(rows).execute();
}

export async function findLocalKnowledgeTitles(db: Kysely<DB>, collaborationId: string) {
  const rows = await db
    .selectFrom('knowledgeItems')
    .select('title')
    .where('collaborationId', '=', collaborationId)
    .execute();
  return new Set(rows.map((r) => r.title.trim().toLowerCase()));
}
