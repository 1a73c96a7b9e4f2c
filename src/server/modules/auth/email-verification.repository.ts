import type { Database } from '../../db/database';
import { isPostgres } from '../../db/dialect';

/**
 * Marks the address of a user confirmed, only if it was not yet: true for the one request
 * that changed it, false for every later (or concurrent) use of a confirmation link. better-auth's
 * table keeps its own camelCase columns, so this runs on the raw connection (no CamelCasePlugin);
 * SQLite stores its booleans as 0/1.
 */
export async function claimEmailVerification(
  rawDb: Database['rawDb'],
  userId: string,
): Promise<boolean> {
  const pg = isPostgres(rawDb);
  const result = await rawDb
    .updateTable('user')
    .set({ emailVerified: pg ? true : 1 })
    .where('id', '=', userId)
    .where('emailVerified', '=', pg ? false : 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether a user's address is confirmed (null: no such user). */
export async function findEmailVerified(
  rawDb: Database['rawDb'],
  userId: string,
): Promise<boolean | null> {
  const row = await rawDb
    .selectFrom('user')
    .select('emailVerified')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row ? Boolean(row.emailVerified) : null;
}
