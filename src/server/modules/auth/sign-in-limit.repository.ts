import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../../db/dialect';
import type { DB } from '../../db/schema';

/** The first key of PostgreSQL's two-key advisory locks taken here ("sign-in"). */
const SIGN_IN_LOCK_CLASS = 0x5349474e;

/**
 * Serialises the sign-in attempts of one e-mail address until the transaction ends:
 * PostgreSQL takes a transaction-scoped advisory lock on the address (an unknown address has
 * no row to lock); SQLite already runs one write transaction at a time.
 */
export async function lockSignInsOf(trx: Kysely<DB>, email: string): Promise<void> {
  if (!isPostgres(trx)) return;
  await sql`select pg_advisory_xact_lock(${SIGN_IN_LOCK_CLASS}, hashtext(${email}))`.execute(trx);
}

export async function findSignInFailureTimesSince(db: Kysely<DB>, email: string, since: string) {
  return db
    .selectFrom('signInFailures')
    .select('at')
    .where('email', '=', email)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
}

export async function insertSignInFailure(
  db: Kysely<DB>,
  email: string,
  at: string,
  id: string = crypto.randomUUID(),
) {
  await db.insertInto('signInFailures').values({ id, email, at }).execute();
}

export async function deleteSignInFailure(db: Kysely<DB>, id: string) {
  await db.deleteFrom('signInFailures').where('id', '=', id).execute();
}

export async function deleteSignInFailuresBefore(db: Kysely<DB>, before: string) {
  await db.deleteFrom('signInFailures').where('at', '<', before).execute();
}

export async function deleteSignInFailuresOf(db: Kysely<DB>, email: string) {
  await db.deleteFrom('signInFailures').where('email', '=', email).execute();
}
