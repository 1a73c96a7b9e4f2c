import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Clock } from '../../http/context';
import { AppError } from '../../http/errors';
import { insertAuditEvent } from '../audit/audit.repository';

/** DESIGN.md: at most 10 failed sign-ins per e-mail address per 15 minutes. */
export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * 429 RATE_LIMITED (with Retry-After) when the account has had too many failed sign-ins in
 * the window. Stored in the database so that every app process sees the same count.
 */
export async function assertSignInAllowed(
  db: Kysely<DB>,
  email: string,
  clock: Clock,
): Promise<void> {
  const now = clock.now().getTime();
  const since = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
  const rows = await db
    .selectFrom('signInFailures')
    .select('at')
    .where('email', '=', email)
    .where('at', '>', since)
    .orderBy('at')
    .execute();
  if (rows.length >= SIGN_IN_FAILURE_LIMIT) {
    const oldest = new Date(rows[rows.length - SIGN_IN_FAILURE_LIMIT]!.at).getTime();
    const retryAfter = Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - now) / 1000));
    throw new AppError(
      'RATE_LIMITED',
      `Too many failed sign-ins for this account. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      { retryAfterSeconds: retryAfter },
      { 'retry-after': String(retryAfter) },
    );
  }
}

/** Records a failed sign-in (and, as every write, an audit event) and prunes old rows. */
export async function recordSignInFailure(
  db: Kysely<DB>,
  email: string,
  clock: Clock,
): Promise<void> {
  const at = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('signInFailures').values({ id: crypto.randomUUID(), email, at }).execute();
    await trx
      .deleteFrom('signInFailures')
      .where('at', '<', new Date(clock.now().getTime() - SIGN_IN_WINDOW_MS).toISOString())
      .execute();
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: null,
      action: 'auth.sign_in_failed',
      targetType: 'account',
      targetId: email,
      summary: 'failed sign-in',
      at,
    });
  });
}

export async function clearSignInFailures(db: Kysely<DB>, email: string): Promise<void> {
  await db.deleteFrom('signInFailures').where('email', '=', email).execute();
}
