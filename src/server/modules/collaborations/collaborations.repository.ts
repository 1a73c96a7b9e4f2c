import type { Kysely } from 'kysely';
import type { Role } from '../../../contracts/common';
import type { DB } from '../../db/schema';

export async function findCollaborationsOfUser(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('collaborations as c', 'c.id', 'm.collaborationId')
    .select(['c.id', 'c.name', 'c.area', 'c.revision', 'm.role'])
    .where('m.userId', '=', userId)
    .orderBy('c.name')
    .execute();
}

export async function findCollaborationById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('collaborations')
    .select(['id', 'name', 'area', 'revision'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCollaboration(
  db: Kysely<DB>,
  row: { id: string; name: string; area: string | null; at: string },
) {
  await db
    .insertInto('collaborations')
    .values({ id: row.id, name: row.name, area: row.area, createdAt: row.at, updatedAt: row.at })
    .execute();
}

export async function updateCollaboration(
  db: Kysely<DB>,
  id: string,
  patch: { name?: string; area?: string | null; revision: number; updatedAt: string },
) {
  await db.updateTable('collaborations').set(patch).where('id', '=', id).execute();
}

export async function insertMembership(
  db: Kysely<DB>,
  row: { collaborationId: string; userId: string; role: Role; actorId: string | null; at: string },
) {
  await db
    .insertInto('memberships')
    .values({
      collaborationId: row.collaborationId,
      userId: row.userId,
      role: row.role,
      actorId: row.actorId,
      createdAt: row.at,
    })
    .execute();
}
