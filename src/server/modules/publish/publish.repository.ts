import { type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** Read-only queries behind the published page and the files. */

const ROUTINE_COLUMNS = [
  'id',
  'collaborationId',
  'slug',
  'title',
  'status',
  'visibility',
  'adoptedVersion',
  'adoptedAt',
  'nextReviewDate',
] as const;

export type PublishRoutineRow = NonNullable<Awaited<ReturnType<typeof findRoutineBySlug>>>;

export async function findRoutineBySlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('routines')
    .select(ROUTINE_COLUMNS)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

function routineWithAdoptedVersionQuery(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('routines as r')
    .leftJoin('routineVersions as v', (join) =>
      join.onRef('v.routineId', '=', 'r.id').onRef('v.number', '=', 'r.adoptedVersion'),
    )
    .select(ROUTINE_COLUMNS.map((c) => `r.${c}` as const))
    .select('v.id as adoptedVersionId')
    .where('r.slug', '=', slug);
}
type RoutineWithAdoptedVersion = Awaited<
  ReturnType<ReturnType<typeof routineWithAdoptedVersionQuery>['executeTakeFirstOrThrow']>
>;
const compiledBySlug = new WeakMap<Kysely<DB>, CompiledQuery<RoutineWithAdoptedVersion>>();

/**
 * The routine of a slug with the id of its adopted version, in one query: the published
 * page's hot path. Built and compiled once per database (only the slug changes), and only
 * columns stored before a version's (large) snapshot are read, so SQLite does not walk the
 * snapshot's overflow pages; the version's hash comes from findVersionMetaById.
 */
export async function findRoutineWithAdoptedVersion(
  db: Kysely<DB>,
  slug: string,
): Promise<RoutineWithAdoptedVersion | undefined> {
  let compiled = compiledBySlug.get(db);
  if (!compiled) {
    compiled = routineWithAdoptedVersionQuery(db, '').compile();
    compiledBySlug.set(db, compiled);
  }
  const result = await db.executeQuery<RoutineWithAdoptedVersion>({
    ...compiled,
    parameters: [slug],
    queryId: createQueryId(),
  });
  return result.rows[0];
}

export async function findVersionMetaById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('routineVersions')
    .select(['id', 'number', 'hash', 'adoptedAt', 'createdAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findPublishRoutineById(db: Kysely<DB>, id: string) {
  return db.selectFrom('routines').select(ROUTINE_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** A version's identity and state, without its (large) snapshot. */
export async function findVersionMeta(db: Kysely<DB>, routineId: string, number: number) {
  return db
    .selectFrom('routineVersions')
    .select(['id', 'number', 'hash', 'adoptedAt', 'createdAt'])
    .where('routineId', '=', routineId)
    .where('number', '=', number)
    .executeTakeFirst();
}
export type VersionMetaRow = NonNullable<Awaited<ReturnType<typeof findVersionMeta>>>;

export async function findVersionSnapshot(db: Kysely<DB>, versionId: string) {
  const row = await db
    .selectFrom('routineVersions')
    .select('snapshot')
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row?.snapshot ?? null;
}

export async function findSignOffsOfVersion(db: Kysely<DB>, versionId: string) {
  return db
    .selectFrom('signOffs as s')
    .leftJoin('user as u', 'u.id', 's.signedBy')
    .select([
      's.id',
      's.actorId',
      's.actorName',
      's.representativeName',
      's.representativeTitle',
      's.decisionReference',
      's.signedDate',
      's.onBehalf',
      'u.name as signedByName',
    ])
    .where('s.versionId', '=', versionId)
    .orderBy('s.signedDate')
    .orderBy('s.actorName')
    .orderBy('s.id')
    .execute();
}

export async function isMemberOf(db: Kysely<DB>, collaborationId: string, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('userId')
    .where('collaborationId', '=', collaborationId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The routine an earlier address now leads to (its current slug), for the redirect. */
export async function findRoutineByEarlierSlug(db: Kysely<DB>, slug: string) {
  return db
    .selectFrom('routineSlugHistory')
    .innerJoin('routines', 'routines.id', 'routineSlugHistory.routineId')
    .select(['routines.slug', 'routines.visibility', 'routines.collaborationId'])
    .where('routineSlugHistory.slug', '=', slug)
    .executeTakeFirst();
}
