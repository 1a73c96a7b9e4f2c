import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Everything stored about one user, for their own download (GDPR art. 15 and 20). */
export async function findPersonalData(
  db: Kysely<DB>,
  rawDb: Kysely<any>,
  userId: string,
  email: string,
) {
  const [user, memberships, comments, signOffs, auditEvents] = await Promise.all([
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
  ]);
  return { user, memberships, comments, signOffs, auditEvents };
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
 * Deletes the user: memberships, sessions and credentials go with the row (foreign keys
 * cascade). Comments keep their author id, which now names nobody ("borttagen användare");
 * sign-offs keep the representative's name as typed: they record an organisation's decision.
 */
export async function deleteUser(db: Kysely<DB>, userId: string): Promise<void> {
  await db.deleteFrom('memberships').where('userId', '=', userId).execute();
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
