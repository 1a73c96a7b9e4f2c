import type { Kysely } from 'kysely';
import type { DB, KnowledgeItemsTable, KnowledgeOverridesTable } from '../../db/schema';

export async function findKnowledgeOverridesOfCollaboration(
  db: Kysely<DB>,
  collaborationId: string,
) {
  return db
    .selectFrom('knowledgeOverrides')
    .selectAll()
    .where('collaborationId', '=', collaborationId)
    .execute();
}

export async function findKnowledgeItemsOfCollaboration(db: Kysely<DB>, collaborationId: string) {
  return db
    .selectFrom('knowledgeItems')
    .selectAll()
    .where('collaborationId', '=', collaborationId)
    .orderBy('createdAt')
    .execute();
}

export async function findKnowledgeOverride(
  db: Kysely<DB>,
  collaborationId: string,
  resourceKey: string,
) {
  return db
    .selectFrom('knowledgeOverrides')
    .selectAll()
    .where('collaborationId', '=', collaborationId)
    .where('resourceKey', '=', resourceKey)
    .executeTakeFirst();
}

/** Inserts a collaboration's first choice for a national entry; false when one exists. */
export async function insertKnowledgeOverrideIfAbsent(
  db: Kysely<DB>,
  collaborationId: string,
  resourceKey: string,
) {
  const r = await db
    .insertInto('knowledgeOverrides')
    .values({
      collaborationId,
      resourceKey,
      hidden: 0,
      annotation: null,
      revision: 1,
    })
    .onConflict((oc) => oc.columns(['collaborationId', 'resourceKey']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateKnowledgeOverride(db: Kysely<DB>, next: KnowledgeOverridesTable) {
  await db
    .updateTable('knowledgeOverrides')
    .set(next)
    .where('collaborationId', '=', next.collaborationId)
    .where('resourceKey', '=', next.resourceKey)
    .execute();
}

export async function findKnowledgeItemById(db: Kysely<DB>, id: string) {
  return db.selectFrom('knowledgeItems').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findKnowledgeItemOfCollaboration(
  db: Kysely<DB>,
  collaborationId: string,
  id: string,
) {
  return db
    .selectFrom('knowledgeItems')
    .selectAll()
    .where('id', '=', id)
    .where('collaborationId', '=', collaborationId)
    .executeTakeFirst();
}

export async function insertKnowledgeItem(db: Kysely<DB>, row: KnowledgeItemsTable) {
  await db.insertInto('knowledgeItems').values(row).execute();
}

export async function updateKnowledgeItem(db: Kysely<DB>, id: string, next: KnowledgeItemsTable) {
  await db.updateTable('knowledgeItems').set(next).where('id', '=', id).execute();
}

export async function deleteKnowledgeItemById(db: Kysely<DB>, id: string) {
  await db.deleteFrom('knowledgeItems').where('id', '=', id).execute();
}
