import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export async function findSignInFailureTimesSince(db: Kysely<DB>, email: string, since: string) {
  return db
    .selectFrom('signInFailures')
    .select('at')
    .where('email', '=', email)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
}

export async function insertSignInFailure(db: Kysely<DB>, email: string, at: string) {
  await db.insertInto('signInFailures').values({ id: crypto.randomUUID(), email, at }).execute();
}

export async function deleteSignInFailuresBefore(db: Kysely<DB>, before: string) {
  await db.deleteFrom('signInFailures').where('at', '<', before).execute();
}

export async function deleteSignInFailuresOf(db: Kysely<DB>, email: string) {
  await db.deleteFrom('signInFailures').where('email', '=', email).execute();
}
