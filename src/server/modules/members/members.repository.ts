import type { Kysely } from 'kysely';
import type { Role } from '../../../contracts/common';
import type { DB } from '../../db/schema';

function selectMembers(db: Kysely<DB>, collaborationId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .leftJoin('actors as a', (j) =>
      j.onRef('a.id', '=', 'm.actorId').onRef('a.collaborationId', '=', 'm.collaborationId'),
    )
    .select([
      'm.userId',
      'u.name',
      'u.email',
      'm.role',
      'm.actorId',
      'a.name as actorName',
      'm.revision',
      'm.createdAt',
    ])
    .where('m.collaborationId', '=', collaborationId);
}

export async function findMembersOfCollaboration(db: Kysely<DB>, collaborationId: string) {
  return selectMembers(db, collaborationId).orderBy('u.name').orderBy('u.email').execute();
}

/** The caller's membership of a collaboration (the tenancy check), or undefined. */
export async function findMembership(db: Kysely<DB>, collaborationId: string, userId: string) {
  return db
    .selectFrom('memberships')
    .select(['collaborationId', 'userId', 'role', 'actorId'])
    .where('collaborationId', '=', collaborationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

export async function findMember(db: Kysely<DB>, collaborationId: string, userId: string) {
  return selectMembers(db, collaborationId).where('m.userId', '=', userId).executeTakeFirst();
}

export async function countCoordinators(db: Kysely<DB>, collaborationId: string) {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('collaborationId', '=', collaborationId)
    .where('role', '=', 'coordinator')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Serialises membership changes of one collaboration: a no-op update takes the
 * collaboration's row lock on PostgreSQL (SQLite serialises writers anyway), so two
 * coordinators demoting each other at once cannot leave the collaboration without one.
 */
export async function lockCollaboration(db: Kysely<DB>, collaborationId: string) {
  await db
    .updateTable('collaborations')
    .set((eb) => ({ updatedAt: eb.ref('updatedAt') }))
    .where('id', '=', collaborationId)
    .execute();
}

export async function updateMembership(
  db: Kysely<DB>,
  collaborationId: string,
  userId: string,
  patch: { role?: Role; actorId?: string | null; revision?: number },
) {
  await db
    .updateTable('memberships')
    .set(patch)
    .where('collaborationId', '=', collaborationId)
    .where('userId', '=', userId)
    .execute();
}

export async function deleteMembership(db: Kysely<DB>, collaborationId: string, userId: string) {
  await db
    .deleteFrom('memberships')
    .where('collaborationId', '=', collaborationId)
    .where('userId', '=', userId)
    .execute();
}

/**
 * Withdraws the unused invitations a member sent in a collaboration (when they are removed
 * or stop being coordinator); returns the withdrawn ones for the audit.
 */
export async function revokeInvitationsBy(
  db: Kysely<DB>,
  collaborationId: string,
  invitedBy: string,
  at: string,
) {
  return db
    .updateTable('invitations')
    .set({ revokedAt: at })
    .where('collaborationId', '=', collaborationId)
    .where('invitedBy', '=', invitedBy)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .returning(['id', 'email', 'role'])
    .execute();
}
