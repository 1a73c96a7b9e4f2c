import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type {
  ActionHandoffsTable,
  ActionsTable,
  AnswersTable,
  ContactPathsTable,
  DB,
  EvaluationPlansTable,
  KnowledgeItemsTable,
  MilestonesTable,
  ObstaclesTable,
} from '../../db/schema';

/**
 * Writes of the import (one transaction, see import.service.ts), many rows at a time.
 *
 * A 5 MB document holds thousands of rows. On SQLite every statement runs synchronously, so
 * the import's transaction would hold the event loop for its whole length (65 ms and more,
 * measured in bench/export-load.bench.ts). The rows go in statements of CHUNK rows, with a
 * turn of the event loop between them; the transaction stays one transaction (other queries
 * wait for its connection as before), but timers, sockets and the live connections go on.
 */
const CHUNK = 100;

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await insert(rows.slice(i, i + CHUNK));
    if (i + CHUNK < rows.length) await nextTurn();
  }
}

export async function insertAnswerRows(db: Kysely<DB>, rows: AnswersTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('answers').values(chunk).execute());
}

export async function insertContactPathRows(db: Kysely<DB>, rows: ContactPathsTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('contactPaths').values(chunk).execute());
}

export async function insertActionRows(db: Kysely<DB>, rows: ActionsTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('actions').values(chunk).execute());
}

export async function insertHandoffRows(db: Kysely<DB>, rows: ActionHandoffsTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('actionHandoffs').values(chunk).execute());
}

export async function insertObstacleRows(db: Kysely<DB>, rows: ObstaclesTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('obstacles').values(chunk).execute());
}

export async function insertMilestoneRows(db: Kysely<DB>, rows: MilestonesTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('milestones').values(chunk).execute());
}

export async function insertEvaluationPlanRow(db: Kysely<DB>, row: EvaluationPlansTable) {
  await db.insertInto('evaluationPlans').values(row).execute();
}

export async function insertKnowledgeItemRows(db: Kysely<DB>, rows: KnowledgeItemsTable[]) {
  await insertInChunks(rows, (chunk) => db.insertInto('knowledgeItems').values(chunk).execute());
}

export async function findLocalKnowledgeTitles(db: Kysely<DB>, collaborationId: string) {
  const rows = await db
    .selectFrom('knowledgeItems')
    .select('title')
    .where('collaborationId', '=', collaborationId)
    .execute();
  return new Set(rows.map((r) => r.title.trim().toLowerCase()));
}
