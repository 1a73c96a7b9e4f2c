import type { Kysely } from 'kysely';
import type { DB, RoutineVersionsTable, SignOffsTable } from '../../db/schema';

export async function findVersionsOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('routineVersions')
    .selectAll()
    .where('routineId', '=', routineId)
    .orderBy('number', 'desc')
    .execute();
}

export async function findVersion(db: Kysely<DB>, routineId: string, number: number) {
  return db
    .selectFrom('routineVersions')
    .selectAll()
    .where('routineId', '=', routineId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function findLatestVersionNumber(db: Kysely<DB>, routineId: string): Promise<number> {
  const row = await db
    .selectFrom('routineVersions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('routineId', '=', routineId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertVersion(db: Kysely<DB>, row: RoutineVersionsTable) {
  await db.insertInto('routineVersions').values(row).execute();
}

export async function markVersionAdopted(db: Kysely<DB>, versionId: string, date: string) {
  await db
    .updateTable('routineVersions')
    .set({ adoptedAt: date })
    .where('id', '=', versionId)
    .execute();
}

export type SignOffRow = SignOffsTable & { versionNumber: number; signedByName: string | null };

/** Sign-offs of a routine's versions (all, or of one version), oldest first, with the signer's name. */
export async function findSignOffs(
  db: Kysely<DB>,
  routineId: string,
  versionId?: string,
): Promise<SignOffRow[]> {
  let query = db
    .selectFrom('signOffs as s')
    .innerJoin('routineVersions as v', 'v.id', 's.versionId')
    .leftJoin('user as u', 'u.id', 's.signedBy')
    .selectAll('s')
    .select(['v.number as versionNumber', 'u.name as signedByName'])
    .where('v.routineId', '=', routineId);
  if (versionId) query = query.where('s.versionId', '=', versionId);
  return query.orderBy('s.createdAt').orderBy('s.id').execute();
}

export async function findSignOffOfActor(db: Kysely<DB>, versionId: string, actorId: string) {
  return db
    .selectFrom('signOffs')
    .select('id')
    .where('versionId', '=', versionId)
    .where('actorId', '=', actorId)
    .executeTakeFirst();
}

export async function insertSignOff(db: Kysely<DB>, row: SignOffsTable) {
  await db.insertInto('signOffs').values(row).execute();
}

interface BetterAuthAccounts {
  account: { userId: string; providerId: string; password: string | null };
}

/** The password hash of the user's e-mail-and-password account (better-auth's own table). */
export async function findCredentialPasswordHash(
  db: Kysely<DB>,
  userId: string,
): Promise<string | null> {
  // better-auth's tables keep its own camelCase column names: query them without the plugin.
  const raw = db.withoutPlugins() as unknown as Kysely<BetterAuthAccounts>;
  const row = await raw
    .selectFrom('account')
    .select('password')
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .executeTakeFirst();
  return row?.password ?? null;
}
