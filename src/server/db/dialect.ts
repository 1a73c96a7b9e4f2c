import { type Kysely, PostgresAdapter } from 'kysely';
import type { DB } from './schema';

/** The one place where SQLite and PostgreSQL differ for the app's queries. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Serialises writers of one routine's ordered lists (actions, obstacles) inside a transaction:
 * PostgreSQL locks the routine row until commit; SQLite already runs one write transaction
 * at a time.
 */
export async function lockRoutine(trx: Kysely<DB>, routineId: string): Promise<void> {
  if (!isPostgres(trx)) return;
  await trx.selectFrom('routines').select('id').where('id', '=', routineId).forUpdate().execute();
}
