import type { Kysely } from 'kysely';
import { type Clock, isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { type Membership, requireMembership, requireRole } from '../../core/tenancy';
import type { DB } from '../../db/schema';
import type { SessionUser } from '../../http/auth';
import type { WorkshopGuest } from '../../http/workshop-guest';
import { findActorById } from '../actors/actors.repository';
import { findMembership } from '../members/members.repository';
import {
  findMemberParticipant,
  findWorkshopById,
  findWorkshopQuestion,
  insertParticipant,
} from './workshops.repository';

export type WorkshopRow = NonNullable<Awaited<ReturnType<typeof findWorkshopById>>>;

/** Who acts on a participant's route: a signed-in user, a workshop guest, or both. */
export interface ParticipantContext {
  db: Kysely<DB>;
  clock: Clock;
  user: SessionUser | null;
  guest: WorkshopGuest | null;
}

export type WorkshopRole = 'facilitator' | 'member' | 'guest';

const WORKSHOP = 'The workshop';

/** The workshop and the caller's membership of its collaboration (404 for anyone else). */
export async function loadWorkshopForMember(
  ctx: ServiceContext,
  workshopId: string,
): Promise<{ workshop: WorkshopRow; membership: Membership }> {
  const workshop = await findWorkshopById(ctx.db, workshopId);
  if (!workshop) throw notFound(WORKSHOP);
  const membership = await requireMembership(
    ctx.db,
    workshop.collaborationId,
    ctx.user.id,
    WORKSHOP,
  );
  return { workshop, membership };
}

/** The facilitator's load: a member (404 otherwise) who is a coordinator (403 otherwise). */
export async function loadWorkshopForCoordinator(ctx: ServiceContext, workshopId: string) {
  const loaded = await loadWorkshopForMember(ctx, workshopId);
  requireRole(loaded.membership, 'coordinator');
  return loaded;
}

/** Open means not ended and within its twelve hours. */
export const isOpen = (w: WorkshopRow, now: string) => w.state === 'open' && w.endsAt > now;

/** 409 CONFLICT once the workshop has ended or expired. */
export function requireOpen(w: WorkshopRow, clock: Clock): void {
  if (!isOpen(w, isoNow(clock))) {
    throw new AppError('CONFLICT', 'The workshop has ended.', { state: 'ended' });
  }
}

/** A question of this workshop, or 404. */
export async function requireWorkshopQuestion(db: Kysely<DB>, workshopId: string, qid: string) {
  const q = await findWorkshopQuestion(db, workshopId, qid);
  if (!q) throw notFound('The question of this workshop');
  return q;
}

/** The organisation a member represents, by name (null when none). */
export async function organisationOf(db: Kysely<DB>, m: Membership): Promise<string | null> {
  if (!m.actorId) return null;
  return (await findActorById(db, m.actorId))?.name ?? null;
}

/**
 * The caller as a participant of the workshop: a member of its collaboration (the facilitator
 * when a coordinator), or this workshop's guest. Anyone else: 404 (401 without any session).
 * A member who has not joined yet has no participant id: `ensure(trx)` adds them inside the
 * write's transaction (after its checks, so a refused write changes nothing); `join` does it now.
 */
export async function resolveParticipant(
  ctx: ParticipantContext,
  workshopId: string,
  { join }: { join: boolean },
): Promise<{
  workshop: WorkshopRow;
  role: WorkshopRole;
  participantId: string | null;
  ensure: (db: Kysely<DB>) => Promise<string>;
}> {
  if (!ctx.user && !ctx.guest) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  const workshop = await findWorkshopById(ctx.db, workshopId);
  if (!workshop) throw notFound(WORKSHOP);
  const user = ctx.user;
  const membership = user
    ? await findMembership(ctx.db, workshop.collaborationId, user.id)
    : undefined;
  if (user && membership) {
    const role = membership.role === 'coordinator' ? 'facilitator' : 'member';
    const ensure = async (db: Kysely<DB>) => {
      const found = await findMemberParticipant(db, workshopId, user.id);
      if (found) return found.id;
      await insertParticipant(db, {
        id: crypto.randomUUID(),
        workshopId,
        kind: 'member',
        userId: user.id,
        displayName: user.name,
        organisation: await organisationOf(db, membership),
        tokenHash: null,
        joinedAt: isoNow(ctx.clock),
        anonymisedAt: null,
      });
      const added = await findMemberParticipant(db, workshopId, user.id);
      if (!added) throw notFound(WORKSHOP);
      return added.id;
    };
    const existing = await findMemberParticipant(ctx.db, workshopId, user.id);
    const participantId = existing?.id ?? (join ? await ensure(ctx.db) : null);
    return { workshop, role, participantId, ensure };
  }
  if (ctx.guest?.workshopId === workshopId) {
    const participantId = ctx.guest.participantId;
    return { workshop, role: 'guest', participantId, ensure: async () => participantId };
  }
  throw notFound(WORKSHOP);
}

/** The routine a coordinator's workshop writes to (the route lands live edits there first). */
export async function routineOfWorkshop(ctx: ServiceContext, workshopId: string): Promise<string> {
  return (await loadWorkshopForCoordinator(ctx, workshopId)).workshop.routineId;
}
