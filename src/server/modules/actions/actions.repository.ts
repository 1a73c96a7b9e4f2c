import type { Kysely } from 'kysely';
import type { ActionsTable, DB } from '../../db/schema';

export async function findActionsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('actions')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('step')
    .orderBy('position')
    .execute();
}

export async function findActionById(db: Kysely<DB>, id: string) {
  return db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findHandoffsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('actionHandoffs as h')
    .innerJoin('actions as a', 'a.id', 'h.fromActionId')
    .select(['h.fromActionId', 'h.toActionId', 'h.position'])
    .where('a.routineId', '=', routineId)
    .orderBy('h.fromActionId')
    .orderBy('h.position')
    .execute();
}

export async function findActionIdsInRoutine(db: Kysely<DB>, routineId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('actions')
    .select('id')
    .where('routineId', '=', routineId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertActionRow(db: Kysely<DB>, row: ActionsTable) {
  await db.insertInto('actions').values(row).execute();
}

export async function updateActionRow(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Omit<ActionsTable, 'id' | 'routineId'>>,
) {
  await db.updateTable('actions').set(patch).where('id', '=', id).execute();
}

export async function deleteActionRow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('actions').where('id', '=', id).execute();
}

export async function replaceHandoffs(db: Kysely<DB>, fromActionId: string, toIds: string[]) {
  await db.deleteFrom('actionHandoffs').where('fromActionId', '=', fromActionId).execute();
  if (toIds.length === 0) return;
  await db
    .insertInto('actionHandoffs')
    .values(toIds.map((toActionId, position) => ({ fromActionId, toActionId, position })))
    .execute();
}

export async function findStepActionIds(db: Kysely<DB>, routineId: string, step: number) {
  const rows = await db
    .selectFrom('actions')
    .select('id')
    .where('routineId', '=', routineId)
    .where('step', '=', step)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.id);
}

/** Writes positions 0..n-1 in the given order. */
export async function renumber(db: Kysely<DB>, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await db.updateTable('actions').set({ position }).where('id', '=', id).execute();
  }
}
