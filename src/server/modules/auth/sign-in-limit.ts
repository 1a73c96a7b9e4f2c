import type { Kysely } from 'kysely';
import type { Clock } from '../../core/context';
import { AppError } from '../../core/errors';
import type { DB } from '../../db/schema';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteSignInFailure,
  deleteSignInFailuresBefore,
  deleteSignInFailuresOf,
  findSignInFailureTimesSince,
  insertSignInFailure,
  lockSignInsOf,
} from './sign-in-limit.repository';

/** DESIGN.md: at most 10 failed sign-ins per e-mail address per 15 minutes. */
export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** A password check that counts against the account's budget until it is settled. */
export interface SignInAttempt {
  id: string;
  email: string;
  at: string;
}

/**
 * Check and record in one step, so that parallel attempts cannot all pass the limit: under a
 * lock on the e-mail address, counts the failures in the window (sliding, so failures from
 * elsewhere lock nobody out for longer than the window) and either refuses with 429
 * RATE_LIMITED (Retry-After) or records this attempt as a failure before the password is
 * checked. The caller then settles it: `releaseSignInAttempt` when the password was right (a
 * sign-in then also clears the account's failures), `recordFailedSignIn` when it was wrong.
 * Stored in the database so that every app process sees the same count.
 */
export async function beginSignInAttempt(
  db: Kysely<DB>,
  email: string,
  clock: Clock,
): Promise<SignInAttempt> {
  const now = clock.now().getTime();
  const attempt = { id: crypto.randomUUID(), email, at: new Date(now).toISOString() };
  await db.transaction().execute(async (trx) => {
    await lockSignInsOf(trx, email);
    const since = new Date(now - SIGN_IN_WINDOW_MS).toISOString();
    const rows = await findSignInFailureTimesSince(trx, email, since);
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
    await insertSignInFailure(trx, email, attempt.at, attempt.id);
  });
  return attempt;
}

/** The attempt ended without a wrong password (right password, or an error): it does not count. */
export async function releaseSignInAttempt(db: Kysely<DB>, attempt: SignInAttempt): Promise<void> {
  await deleteSignInFailure(db, attempt.id);
}

/** A completed sign-in forgets the account's failures. */
export async function clearSignInFailures(db: Kysely<DB>, email: string): Promise<void> {
  await deleteSignInFailuresOf(db, email);
}

/**
 * A wrong password at sign-in: the attempt stays counted; writes the audit event and prunes
 * rows older than the window. (A sign-off's re-authentication keeps its attempt counted and
 * writes its own audit event.)
 */
export async function recordFailedSignIn(
  db: Kysely<DB>,
  attempt: SignInAttempt,
  clock: Clock,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSignInFailuresBefore(
      trx,
      new Date(clock.now().getTime() - SIGN_IN_WINDOW_MS).toISOString(),
    );
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: null,
      action: 'auth.sign_in_failed',
      targetType: 'account',
      targetId: attempt.email,
      summary: 'failed sign-in',
      params: {},
      at: attempt.at,
    });
  });
}
