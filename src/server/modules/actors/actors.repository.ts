import type { Kysely } from 'kysely';
import type { ActorsTable, ContactPathsTable, DB } from '../../db/schema';

export async function findActorsOfCollaboration(db: Kysely<DB>, collaborationId: string) {
  return db
    .selectFrom('actors')
    .selectAll()
    .where('collaborationId', '=', collaborationId)
    .orderBy('name')
    .execute();
}

export async function findActorById(db: Kysely<DB>, id: string) {
  return db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActorByName(db: Kysely<DB>, collaborationId: string, name: string) {
  return db
    .selectFrom('actors')
    .select('id')
    .where('collaborationId', '=', collaborationId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function findContactPathsOfActors(db: Kysely<DB>, actorIds: string[]) {
  if (actorIds.length === 0) return [];
  return db
    .selectFrom('contactPaths')
    .selectAll()
    .where('actorId', 'in', actorIds)
    .orderBy('actorId')
    .orderBy('position')
    .execute();
}

export async function insertActor(db: Kysely<DB>, row: ActorsTable) {
  await db.insertInto('actors').values(row).execute();
}

export async function updateActorRow(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Pick<ActorsTable, 'name' | 'kind' | 'description'>> & {
    revision: number;
    updatedAt: string;
  },
) {
  await db.updateTable('actors').set(patch).where('id', '=', id).execute();
}

export async function deleteActorRow(db: Kysely<DB>, id: string) {
  await db.deleteFrom('actors').where('id', '=', id).execute();
}

export async function insertContactPath(db: Kysely<DB>, row: ContactPathsTable) {
  await db.insertInto('contactPaths').values(row).execute();
}

export async function updateContactPath(
  db: Kysely<DB>,
  id: string,
  patch: Omit<ContactPathsTable, 'id' | 'actorId'>,
) {
  await db.updateTable('contactPaths').set(patch).where('id', '=', id).execute();
}

export async function deleteContactPaths(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('contactPaths').where('id', 'in', ids).execute();
}

/** Actions anywhere in the collaboration that use the actor or one of the contact paths. */
export async function findActionsUsing(
  db: Kysely<DB>,
  by: { actorId?: string; contactPathIds?: string[] },
) {
  let q = db
    .selectFrom('actions as a')
    .innerJoin('routines as r', 'r.id', 'a.routineId')
    .select([
      'a.id',
      'a.routineId',
      'r.title as routineTitle',
      'a.step',
      'a.what',
      'a.contactPathId',
    ]);
  if (by.actorId) q = q.where('a.actorId', '=', by.actorId);
  if (by.contactPathIds) {
    if (by.contactPathIds.length === 0) return [];
    q = q.where('a.contactPathId', 'in', by.contactPathIds);
  }
  return q.orderBy('r.title').orderBy('a.step').orderBy('a.position').execute();
}

export async function findObstaclesOwnedBy(db: Kysely<DB>, actorId: string) {
  return db
    .selectFrom('obstacles as o')
    .innerJoin('routines as r', 'r.id', 'o.routineId')
    .select(['o.id', 'o.routineId', 'r.title as routineTitle', 'o.step', 'o.description'])
    .where('o.ownerActorId', '=', actorId)
    .execute();
}

export async function findMembersRepresenting(db: Kysely<DB>, actorId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select(['m.userId', 'u.name'])
    .where('m.actorId', '=', actorId)
    .execute();
}
