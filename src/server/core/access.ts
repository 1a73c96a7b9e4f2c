import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { findActorById } from '../modules/actors/actors.repository';
import { findRoutineById } from '../modules/routines/routines.repository';
import type { ServiceContext } from './context';
import { notAnActorOfCollaboration, notFound } from './errors';
import { type Membership, requireMembership } from './tenancy';

type RoutineRow = NonNullable<Awaited<ReturnType<typeof findRoutineById>>>;

/**
 * Loads a routine the caller may see, with the caller's membership of its collaboration.
 * 404 for a routine that does not exist and for another collaboration's routine alike.
 */
export async function loadRoutineForMember(
  ctx: ServiceContext,
  routineId: string,
): Promise<{ routine: RoutineRow; membership: Membership }> {
  const routine = await findRoutineById(ctx.db, routineId);
  if (!routine) throw notFound('The routine');
  const membership = await requireMembership(
    ctx.db,
    routine.collaborationId,
    ctx.user.id,
    'The routine',
  );
  return { routine, membership };
}

/** 400 unless the actor belongs to the collaboration; returns its name. */
export async function requireActorOfCollaboration(
  db: Kysely<DB>,
  collaborationId: string,
  actorId: string,
): Promise<string> {
  const actor = await findActorById(db, actorId);
  if (!actor || actor.collaborationId !== collaborationId) {
    throw notAnActorOfCollaboration('actorId');
  }
  return actor.name;
}
