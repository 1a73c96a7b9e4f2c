import type { Kysely } from 'kysely';
import type { DB, NotificationsTable } from '../../db/schema';

/** Adopted routines with the date of their next review (the live plan's, else the adopted one's). */
export async function findRoutinesWithReviewDate(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('routines as r')
    .leftJoin('evaluationPlans as p', 'p.routineId', 'r.id')
    .select([
      'r.id',
      'r.collaborationId',
      'r.title',
      'r.slug',
      'r.nextReviewDate as adoptedReviewDate',
      'p.nextReviewDate as planReviewDate',
      'p.responsibleActorId',
    ])
    .where('r.adoptedVersion', 'is not', null)
    .where('r.status', '!=', 'archived')
    .execute();
  return rows
    .map((r) => ({ ...r, nextReviewDate: r.planReviewDate ?? r.adoptedReviewDate }))
    .filter((r): r is typeof r & { nextReviewDate: string } => r.nextReviewDate !== null);
}

/** Frozen versions created since `since` that are not adopted: they wait for sign-offs. */
export async function findVersionsAwaitingSignOff(db: Kysely<DB>, since: string) {
  return db
    .selectFrom('routineVersions as v')
    .innerJoin('routines as r', 'r.id', 'v.routineId')
    .select(['v.id', 'v.number', 'v.routineId', 'r.collaborationId', 'r.title'])
    .where('v.adoptedAt', 'is', null)
    .where('v.createdAt', '>=', since)
    .where((eb) =>
      eb.or([eb('r.adoptedVersion', 'is', null), eb('r.adoptedVersion', '<', eb.ref('v.number'))]),
    )
    .execute();
}

/** Routines with feedback received since `since`, and how much. */
export async function findRoutinesWithFeedbackSince(db: Kysely<DB>, since: string) {
  const rows = await db
    .selectFrom('feedback as f')
    .innerJoin('routines as r', 'r.id', 'f.routineId')
    .select((eb) => [
      'r.id',
      'r.collaborationId',
      'r.title',
      eb.fn.countAll<string | number>().as('count'),
    ])
    .where('f.createdAt', '>=', since)
    .groupBy(['r.id', 'r.collaborationId', 'r.title'])
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Members to notify: the coordinators, and/or the members representing these organisations. */
export async function findRecipients(
  db: Kysely<DB>,
  collaborationId: string,
  who: { coordinators: boolean; actorIds: string[]; editorsOfActorsOnly?: boolean },
) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select(['u.id', 'u.email', 'u.name'])
    .where('m.collaborationId', '=', collaborationId)
    .where((eb) => {
      const any = [];
      if (who.coordinators) any.push(eb('m.role', '=', 'coordinator'));
      if (who.actorIds.length > 0)
        any.push(eb.and([eb('m.actorId', 'in', who.actorIds), eb('m.role', '!=', 'reader')]));
      return any.length > 0 ? eb.or(any) : eb.val(false);
    })
    .execute();
}

/** Actors a version needs sign-offs from that have not signed yet (those with representatives). */
export async function findActorsWithRepresentatives(db: Kysely<DB>, collaborationId: string) {
  const rows = await db
    .selectFrom('memberships')
    .select('actorId')
    .distinct()
    .where('collaborationId', '=', collaborationId)
    .where('actorId', 'is not', null)
    .execute();
  return rows.map((r) => r.actorId!).filter(Boolean);
}

export async function findUserContact(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('user')
    .select(['id', 'email', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function isOptedOut(db: Kysely<DB>, userId: string, kind: string) {
  const row = await db
    .selectFrom('notificationOptOuts')
    .select('kind')
    .where('userId', '=', userId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findOptOuts(db: Kysely<DB>, userId: string) {
  const rows = await db
    .selectFrom('notificationOptOuts')
    .select('kind')
    .where('userId', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.kind));
}

export async function insertOptOut(db: Kysely<DB>, userId: string, kind: string, at: string) {
  await db
    .insertInto('notificationOptOuts')
    .values({ userId, kind, createdAt: at })
    .onConflict((oc) => oc.columns(['userId', 'kind']).doNothing())
    .execute();
}

export async function deleteOptOut(db: Kysely<DB>, userId: string, kind: string) {
  await db
    .deleteFrom('notificationOptOuts')
    .where('userId', '=', userId)
    .where('kind', '=', kind)
    .execute();
}

/** Inserts the in-app notice once (its id is the delivering job's: a retry does not repeat it). */
export async function insertNotificationOnce(db: Kysely<DB>, row: NotificationsTable) {
  await db
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function findNotificationsOfUser(db: Kysely<DB>, userId: string, limit = 50) {
  return db
    .selectFrom('notifications')
    .select([
      'id',
      'kind',
      'collaborationId',
      'routineId',
      'title',
      'body',
      'link',
      'createdAt',
      'readAt',
    ])
    .where('userId', '=', userId)
    .orderBy('createdAt', 'desc')
    .limit(limit)
    .execute();
}

export async function markNotificationsRead(db: Kysely<DB>, userId: string, at: string) {
  await db
    .updateTable('notifications')
    .set({ readAt: at })
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .execute();
}
