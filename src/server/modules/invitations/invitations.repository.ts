import type { Kysely } from 'kysely';
import type { DB, InvitationsTable } from '../../db/schema';

export async function insertInvitation(db: Kysely<DB>, row: InvitationsTable) {
  await db.insertInto('invitations').values(row).execute();
}

/** The invitation with the names its landing page shows. */
function selectInvitations(db: Kysely<DB>) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('collaborations as c', 'c.id', 'i.collaborationId')
    .leftJoin('actors as a', (j) =>
      j.onRef('a.id', '=', 'i.actorId').onRef('a.collaborationId', '=', 'i.collaborationId'),
    )
    .leftJoin('user as u', 'u.id', 'i.invitedBy')
    .selectAll('i')
    .select(['c.name as collaborationName', 'a.name as actorName', 'u.name as invitedByName']);
}

export async function findInvitationByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return selectInvitations(db).where('i.tokenHash', '=', tokenHash).executeTakeFirst();
}

export async function findInvitationById(db: Kysely<DB>, id: string) {
  return selectInvitations(db).where('i.id', '=', id).executeTakeFirst();
}

/** Not accepted, not revoked, not expired at `now`; newest first. */
export async function findPendingInvitations(db: Kysely<DB>, collaborationId: string, now: string) {
  return selectInvitations(db)
    .where('i.collaborationId', '=', collaborationId)
    .where('i.acceptedAt', 'is', null)
    .where('i.revokedAt', 'is', null)
    .where('i.expiresAt', '>', now)
    .orderBy('i.createdAt', 'desc')
    .orderBy('i.id')
    .execute();
}

/**
 * Marks the invitation used — only if it still is unused and not revoked, so of two
 * concurrent accepts exactly one updates a row. Returns whether this one did.
 */
export async function markInvitationAccepted(
  db: Kysely<DB>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ acceptedAt: at, acceptedBy: userId })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markInvitationRevoked(db: Kysely<DB>, id: string, at: string) {
  const result = await db
    .updateTable('invitations')
    .set({ revokedAt: at })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether someone with this e-mail address (any case) already is a member. */
export async function isEmailMember(db: Kysely<DB>, collaborationId: string, email: string) {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select('m.userId')
    .where('m.collaborationId', '=', collaborationId)
    .where((eb) => eb(eb.fn('lower', ['u.email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}
