import type { Kysely } from 'kysely';
import type { DB, RegionInvitationsTable, RegionsTable } from '../../db/schema';

/** Queries of regions, their regional coordinators and the collaborations that opted in. */

export async function insertRegion(db: Kysely<DB>, row: RegionsTable) {
  await db.insertInto('regions').values(row).execute();
}

export async function insertRegionMember(
  db: Kysely<DB>,
  row: { regionId: string; userId: string; createdAt: string },
) {
  await db.insertInto('regionMembers').values(row).execute();
}

export async function findRegionById(db: Kysely<DB>, regionId: string) {
  return db
    .selectFrom('regions')
    .select(['id', 'name'])
    .where('id', '=', regionId)
    .executeTakeFirst();
}

/** The region, when `userId` is one of its regional coordinators. */
export async function findRegionOfMember(db: Kysely<DB>, regionId: string, userId: string) {
  return db
    .selectFrom('regions as r')
    .innerJoin('regionMembers as m', 'm.regionId', 'r.id')
    .select(['r.id', 'r.name'])
    .where('r.id', '=', regionId)
    .where('m.userId', '=', userId)
    .executeTakeFirst();
}

export async function findRegionsOfUser(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('regions as r')
    .innerJoin('regionMembers as m', 'm.regionId', 'r.id')
    .select(['r.id', 'r.name'])
    .where('m.userId', '=', userId)
    .orderBy('r.name')
    .orderBy('r.id')
    .execute();
}

export async function findRegionCoordinators(db: Kysely<DB>, regionId: string) {
  return db
    .selectFrom('regionMembers as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select(['u.id as userId', 'u.name', 'u.email'])
    .where('m.regionId', '=', regionId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/**
 * Serialises changes to a region's coordinators inside a transaction (a no-op UPDATE takes
 * the row lock on PostgreSQL; SQLite runs one write transaction at a time), so two
 * coordinators removing each other cannot leave the region with none.
 */
export async function lockRegion(db: Kysely<DB>, regionId: string) {
  await db
    .updateTable('regions')
    .set((eb) => ({ name: eb.ref('name') }))
    .where('id', '=', regionId)
    .execute();
}

export async function countRegionCoordinators(db: Kysely<DB>, regionId: string) {
  const row = await db
    .selectFrom('regionMembers')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('regionId', '=', regionId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findRegionCoordinator(db: Kysely<DB>, regionId: string, userId: string) {
  return db
    .selectFrom('regionMembers as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select(['u.id as userId', 'u.name', 'u.email'])
    .where('m.regionId', '=', regionId)
    .where('m.userId', '=', userId)
    .executeTakeFirst();
}

export async function deleteRegionMember(db: Kysely<DB>, regionId: string, userId: string) {
  await db
    .deleteFrom('regionMembers')
    .where('regionId', '=', regionId)
    .where('userId', '=', userId)
    .execute();
}

/** Invitations of the region neither accepted nor expired, oldest first. */
export async function findPendingRegionInvitations(db: Kysely<DB>, regionId: string, now: string) {
  return db
    .selectFrom('regionInvitations')
    .select(['id', 'email', 'createdAt', 'expiresAt'])
    .where('regionId', '=', regionId)
    .where('acceptedAt', 'is', null)
    .where('expiresAt', '>', now)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

/** One invitation, only under its own region (another region's id is not found). */
export async function findRegionInvitation(db: Kysely<DB>, regionId: string, id: string) {
  return db
    .selectFrom('regionInvitations')
    .select(['id', 'email', 'acceptedAt'])
    .where('id', '=', id)
    .where('regionId', '=', regionId)
    .executeTakeFirst();
}

/** Withdraws an unused invitation: the row goes, so its link finds nothing. False if used. */
export async function deleteUnusedRegionInvitation(db: Kysely<DB>, id: string) {
  const res = await db
    .deleteFrom('regionInvitations')
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** Withdraws the unused invitations a removed coordinator sent; how many went. */
export async function deleteUnusedRegionInvitationsBy(
  db: Kysely<DB>,
  regionId: string,
  invitedBy: string,
) {
  const res = await db
    .deleteFrom('regionInvitations')
    .where('regionId', '=', regionId)
    .where('invitedBy', '=', invitedBy)
    .where('acceptedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function isRegionMember(db: Kysely<DB>, regionId: string, userId: string) {
  const row = await db
    .selectFrom('regionMembers')
    .select('userId')
    .where('regionId', '=', regionId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRegionInvitation(db: Kysely<DB>, row: RegionInvitationsTable) {
  await db.insertInto('regionInvitations').values(row).execute();
}

export async function findRegionInvitationByTokenHash(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('regionInvitations as i')
    .innerJoin('regions as r', 'r.id', 'i.regionId')
    .select([
      'i.id',
      'i.regionId',
      'i.email',
      'i.expiresAt',
      'i.acceptedAt',
      'r.name as regionName',
    ])
    .where('i.tokenHash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks an unused invitation used; false when another accept won the race. */
export async function markRegionInvitationAccepted(
  db: Kysely<DB>,
  id: string,
  userId: string,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable('regionInvitations')
    .set({ acceptedAt: at, acceptedBy: userId })
    .where('id', '=', id)
    .where('acceptedAt', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Every region, with whether the collaboration opted in to it (the opt-in list). */
export async function findRegionsForCollaboration(db: Kysely<DB>, collaborationId: string) {
  const [regions, joined] = await Promise.all([
    db.selectFrom('regions').select(['id', 'name']).orderBy('name').orderBy('id').execute(),
    db
      .selectFrom('regionCollaborations')
      .select('regionId')
      .where('collaborationId', '=', collaborationId)
      .execute(),
  ]);
  const ids = new Set(joined.map((j) => j.regionId));
  return regions.map((r) => ({ ...r, joined: ids.has(r.id) }));
}

export async function isCollaborationInRegion(
  db: Kysely<DB>,
  regionId: string,
  collaborationId: string,
) {
  const row = await db
    .selectFrom('regionCollaborations')
    .select('regionId')
    .where('regionId', '=', regionId)
    .where('collaborationId', '=', collaborationId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertRegionCollaboration(
  db: Kysely<DB>,
  row: { regionId: string; collaborationId: string; joinedBy: string; joinedAt: string },
) {
  await db.insertInto('regionCollaborations').values(row).execute();
}

export async function deleteRegionCollaboration(
  db: Kysely<DB>,
  regionId: string,
  collaborationId: string,
) {
  await db
    .deleteFrom('regionCollaborations')
    .where('regionId', '=', regionId)
    .where('collaborationId', '=', collaborationId)
    .execute();
}

/** The collaborations that opted in to the region, by name. */
export async function findCollaborationsOfRegion(db: Kysely<DB>, regionId: string) {
  return db
    .selectFrom('regionCollaborations as rc')
    .innerJoin('collaborations as c', 'c.id', 'rc.collaborationId')
    .select(['c.id', 'c.name', 'c.area'])
    .where('rc.regionId', '=', regionId)
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
}

/** The coordinators' name and e-mail of each collaboration: the contact the overview shows. */
export async function findCoordinatorsOfCollaborations(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .innerJoin('user as u', 'u.id', 'm.userId')
    .select(['m.collaborationId', 'u.name', 'u.email'])
    .where('m.collaborationId', 'in', ids)
    .where('m.role', '=', 'coordinator')
    .orderBy('u.name')
    .execute();
}

/** Routines of the collaborations (not archived), with the plan's next review date. */
export async function findRoutinesForOverview(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('routines as r')
    .leftJoin('evaluationPlans as p', 'p.routineId', 'r.id')
    .select([
      'r.id',
      'r.collaborationId',
      'r.title',
      'r.status',
      'r.adoptedVersion',
      'r.adoptedAt',
      'r.updatedAt',
      'r.nextReviewDate as adoptedReviewDate',
      'p.nextReviewDate as planReviewDate',
    ])
    .where('r.collaborationId', 'in', ids)
    .where('r.status', '!=', 'archived')
    .execute();
}

export async function findVersionSnapshot(db: Kysely<DB>, routineId: string, number: number) {
  const row = await db
    .selectFrom('routineVersions')
    .select('snapshot')
    .where('routineId', '=', routineId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row?.snapshot ?? null;
}

export async function countFeedbackOfRoutine(db: Kysely<DB>, routineId: string): Promise<number> {
  const row = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('routineId', '=', routineId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
