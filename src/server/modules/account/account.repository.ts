import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { lockCollaboration } from '../members/members.repository';
import { lockRegion } from '../regions/regions.repository';

/** Everything stored about one user, for their own download (GDPR art. 15 and 20). */
export async function findPersonalData(
  db: Kysely<DB>,
  rawDb: Kysely<any>,
  userId: string,
  email: string,
) {
  const [
    user,
    memberships,
    comments,
    signOffs,
    auditEvents,
    regionMemberships,
    regionInvitationsSent,
    regionInvitationsReceived,
    workshopParticipations,
    workshopDrafts,
    workshopVotes,
    workshopProposals,
  ] = await Promise.all([
    // better-auth's table keeps its own (camelCase) column names: read it without the plugin.
    rawDb
      .selectFrom('user')
      .select(['id', 'name', 'email', 'emailVerified', 'createdAt', 'updatedAt'])
      .where('id', '=', userId)
      .executeTakeFirst(),
    db
      .selectFrom('memberships as m')
      .innerJoin('collaborations as c', 'c.id', 'm.collaborationId')
      .select([
        'm.collaborationId',
        'c.name as collaborationName',
        'm.role',
        'm.actorId',
        'm.createdAt',
      ])
      .where('m.userId', '=', userId)
      .orderBy('m.createdAt')
      .execute(),
    db
      .selectFrom('comments')
      .select([
        'id',
        'routineId',
        'targetType',
        'targetId',
        'threadId',
        'body',
        'createdAt',
        'updatedAt',
      ])
      .where('authorId', '=', userId)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('signOffs')
      .select([
        'id',
        'versionId',
        'actorName',
        'representativeName',
        'representativeTitle',
        'decisionReference',
        'signedDate',
        'createdAt',
      ])
      .where('signedBy', '=', userId)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('auditEvents')
      .select(['id', 'collaborationId', 'action', 'targetType', 'targetId', 'summary', 'at'])
      .where((eb) =>
        eb.or([
          eb('userId', '=', userId),
          eb.and([eb('targetType', '=', 'user'), eb('targetId', '=', userId)]),
          eb.and([eb('targetType', '=', 'account'), eb('targetId', '=', email)]),
        ]),
      )
      .orderBy('at')
      .execute(),
    // Regions (issue 18): where they are regional coordinator, whom they invited, and the
    // invitations sent to their address (its token is never stored, only its hash).
    db
      .selectFrom('regionMembers as m')
      .innerJoin('regions as r', 'r.id', 'm.regionId')
      .select(['m.regionId', 'r.name as regionName', 'm.createdAt'])
      .where('m.userId', '=', userId)
      .orderBy('m.createdAt')
      .execute(),
    db
      .selectFrom('regionInvitations as i')
      .innerJoin('regions as r', 'r.id', 'i.regionId')
      .select([
        'i.id',
        'i.regionId',
        'r.name as regionName',
        'i.email',
        'i.createdAt',
        'i.expiresAt',
        'i.acceptedAt',
      ])
      .where('i.invitedBy', '=', userId)
      .orderBy('i.createdAt')
      .execute(),
    db
      .selectFrom('regionInvitations as i')
      .innerJoin('regions as r', 'r.id', 'i.regionId')
      .select([
        'i.id',
        'i.regionId',
        'r.name as regionName',
        'i.createdAt',
        'i.expiresAt',
        'i.acceptedAt',
      ])
      .where('i.email', '=', email)
      .orderBy('i.createdAt')
      .execute(),
    db
      .selectFrom('workshopParticipants as p')
      .select(['p.workshopId', 'p.displayName', 'p.organisation', 'p.joinedAt'])
      .where('p.userId', '=', userId)
      .orderBy('p.joinedAt')
      .execute(),
    db
      .selectFrom('workshopDrafts as d')
      .innerJoin('workshopParticipants as p', 'p.id', 'd.participantId')
      .select(['d.workshopId', 'd.questionId', 'd.text', 'd.updatedAt'])
      .where('p.userId', '=', userId)
      .orderBy('d.updatedAt')
      .execute(),
    db
      .selectFrom('workshopVotes as v')
      .innerJoin('workshopParticipants as p', 'p.id', 'v.participantId')
      .select(['v.workshopId', 'v.questionId', 'v.round', 'v.stance', 'v.reason', 'v.updatedAt'])
      .where('p.userId', '=', userId)
      .orderBy('v.updatedAt')
      .execute(),
    db
      .selectFrom('workshopProposals as w')
      .innerJoin('workshopParticipants as p', 'p.id', 'w.participantId')
      .select(['w.workshopId', 'w.step', 'w.organisation', 'w.what', 'w.status', 'w.createdAt'])
      .where('p.userId', '=', userId)
      .orderBy('w.createdAt')
      .execute(),
  ]);
  return {
    user,
    memberships,
    comments,
    signOffs,
    auditEvents,
    regionMemberships,
    regionInvitationsSent,
    regionInvitationsReceived,
    workshops: {
      participations: workshopParticipations,
      drafts: workshopDrafts,
      votes: workshopVotes,
      proposals: workshopProposals,
    },
  };
}

/** Regions where the user is the only regional coordinator (their account cannot go yet). */
export async function findSoleRegionCoordinations(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('regionMembers as m')
    .innerJoin('regions as r', 'r.id', 'm.regionId')
    .select(['r.id', 'r.name'])
    .where('m.userId', '=', userId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('regionMembers as o')
            .select('o.userId')
            .whereRef('o.regionId', '=', 'm.regionId')
            .where('o.userId', '!=', userId),
        ),
      ),
    )
    .execute();
}

/**
 * Takes the row locks that the last-coordinator rules take elsewhere (members, region members),
 * on every collaboration the user coordinates and every region they are a coordinator of, in id
 * order: two coordinators deleting their accounts at once cannot both see the other and leave
 * nobody. (SQLite runs one write at a time; there the locks change nothing.)
 */
export async function lockCoordinatedBy(db: Kysely<DB>, userId: string): Promise<void> {
  const collaborations = await db
    .selectFrom('memberships')
    .select('collaborationId as id')
    .where('userId', '=', userId)
    .where('role', '=', 'coordinator')
    .orderBy('collaborationId')
    .execute();
  for (const { id } of collaborations) await lockCollaboration(db, id);
  const regions = await db
    .selectFrom('regionMembers')
    .select('regionId as id')
    .where('userId', '=', userId)
    .orderBy('regionId')
    .execute();
  for (const { id } of regions) await lockRegion(db, id);
}

/** Collaborations where the user is the only coordinator (their account cannot go yet). */
export async function findSoleCoordinations(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('collaborations as c', 'c.id', 'm.collaborationId')
    .select(['c.id', 'c.name'])
    .where('m.userId', '=', userId)
    .where('m.role', '=', 'coordinator')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('memberships as o')
            .select('o.userId')
            .whereRef('o.collaborationId', '=', 'm.collaborationId')
            .where('o.role', '=', 'coordinator')
            .where('o.userId', '!=', userId),
        ),
      ),
    )
    .execute();
}

/**
 * Deletes the user: memberships, regional coordinator roles, sessions and credentials go with
 * the row (foreign keys cascade). The region invitations they sent that nobody used are
 * withdrawn (a used one stays, its inviter id now naming nobody). Comments keep their author
 * id, which now names nobody ("borttagen användare"); sign-offs keep the representative's
 * name as typed: they record an organisation's decision.
 */
export async function deleteUser(db: Kysely<DB>, userId: string, at: string): Promise<void> {
  // A workshop's participant row carries the name as it was shown: blanked as for a guest at
  // the end, the contributions stay (as comments stay, by "borttagen användare").
  await db
    .updateTable('workshopParticipants')
    .set({ displayName: '', userId: null, anonymisedAt: at })
    .where('userId', '=', userId)
    .execute();
  await db.deleteFrom('memberships').where('userId', '=', userId).execute();
  await db.deleteFrom('regionMembers').where('userId', '=', userId).execute();
  await db
    .deleteFrom('regionInvitations')
    .where('invitedBy', '=', userId)
    .where('acceptedAt', 'is', null)
    .execute();
  await db.deleteFrom('user').where('id', '=', userId).execute();
}

/** How many rows a table has (the administrators' health page). */
export async function countRows(db: Kysely<DB>, table: 'user' | 'collaborations' | 'routines') {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserIdByEmail(db: Kysely<DB>, email: string) {
  return db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
}
