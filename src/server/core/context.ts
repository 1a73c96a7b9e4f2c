import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { SessionUser } from '../http/auth';
import { AppError, notFound } from './errors';

/** The injectable clock: tests pass a fixed one; everything reads time through it. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What a service needs: the database (or a transaction), who acts, and the time. */
export interface ServiceContext {
  db: Kysely<DB>;
  user: SessionUser;
  clock: Clock;
}

/**
 * The signed-in user, or 401. A workshop guest's cookie is no account: every route that needs
 * one answers a guest 404, as if it did not exist (issue 17).
 */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user && request.workshopGuest) throw notFound();
  if (!request.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return request.user;
}

export const isoNow = (clock: Clock): string => clock.now().toISOString();

/** The service context of a request: the app's database and clock, and the signed-in user (401 otherwise). */
export function serviceContext(
  app: { database: { db: Kysely<DB> }; clock: Clock },
  request: FastifyRequest,
): ServiceContext {
  return { db: app.database.db, clock: app.clock, user: requireUser(request) };
}
