import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/**
 * Deletes failed sign-in records and their audit rows older than `before` (ISO time). The one
 * place that removes audit rows; the append-only triggers allow exactly this kind of deletion
 * (migration 20261201_1103_audit_retention).
 */
export async function deleteFailedSignInsBefore(
  db: Kysely<DB>,
  before: string,
): Promise<{ failures: number; auditEvents: number }> {
  const failures = await db
    .deleteFrom('signInFailures')
    .where('at', '<', before)
    .executeTakeFirst();
  const audit = await db
    .deleteFrom('auditEvents')
    .where('action', '=', 'auth.sign_in_failed')
    .where('at', '<', before)
    .executeTakeFirst();
  return { failures: Number(failures.numDeletedRows), auditEvents: Number(audit.numDeletedRows) };
}
