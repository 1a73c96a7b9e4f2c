import type { Kysely } from 'kysely';
import type { Clock } from '../../core/context';
import { AppError } from '../../core/errors';
import type { DB } from '../../db/schema';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteSignInFailuresBefore,
  deleteSignInFailuresOf,
  findSignInFailureTimesSince,
  insertSignInFailure,
} from './sign-in-limit.repository';

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
  const rows = await findSignInFailureTimesSince(db, email, since);
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
    await insertSignInFailure(trx, email, at);
    await deleteSignInFailuresBefore(
      trx,
      new Date(clock.now().getTime() - SIGN_IN_WINDOW_MS).toISOString(),
    );
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

/**
 * Counts a failed password check against the account's limit, inside the caller's transaction
 * (the caller writes its own audit event), e.g. a wrong password when signing a version.
 */
export async function countSignInFailure(db: Kysely<DB>, email: string, at: string): Promise<void> {
  await insertSignInFailure(db, email, at);
}

export async function clearSignInFailures(db: Kysely<DB>, email: string): Promise<void> {
  await deleteSignInFailuresOf(db, email);
}
