import type { Kysely } from 'kysely';
import { type AuditField, auditFields } from '../../../contracts/audit-kinds';
import type { Member, UpdateMember } from '../../../contracts/members';
import { requireActorOfCollaboration } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { requireMembership, requireRole } from '../../core/tenancy';
import { requireRevision } from '../../db/revision';
import type { DB } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  countCoordinators,
  deleteMembership,
  findMember,
  findMembersOfCollaboration,
  lockCollaboration,
  revokeInvitationsBy,
  updateMembership,
} from './members.repository';

type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

const toMember = (r: MemberRow): Member => ({
  userId: r.userId,
  name: r.name,
  email: r.email,
  role: r.role,
  actorId: r.actorId,
  actorName: r.actorName,
  revision: r.revision,
});

/** Everyone in the collaboration with role and organisation (any member may see this). */
export async function listMembers(ctx: ServiceContext, collaborationId: string): Promise<Member[]> {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return (await findMembersOfCollaboration(ctx.db, collaborationId)).map(toMember);
}

/** Withdraws a member's pending invitations (removed, left, or no longer coordinator); audited. */
async function revokeInvitationsOf(
  trx: Kysely<DB>,
  collaborationId: string,
  inviterId: string,
  byUserId: string,
  at: string,
  why: 'removed' | 'left' | 'demoted',
) {
  const revoked = await revokeInvitationsBy(trx, collaborationId, inviterId, at);
  for (const inv of revoked) {
    await insertAuditEvent(trx, {
      collaborationId,
      userId: byUserId,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: inv.id,
      summary: `withdrew the invitation of ${inv.email} as ${inv.role}: its sender was ${why}`,
      params: { email: inv.email, role: inv.role, actor: '' },
      at,
    });
  }
}

function lastCoordinator(message: string): AppError {
  return new AppError('LAST_COORDINATOR', message);
}

/**
 * Changes a member's role or represented organisation (coordinators only). The last
 * coordinator cannot be demoted: 409 LAST_COORDINATOR. Audited with before → after.
 */
export async function patchMember(
  ctx: ServiceContext,
  collaborationId: string,
  userId: string,
  input: UpdateMember,
): Promise<Member> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    await lockCollaboration(trx, collaborationId);
    // Again under the lock: a concurrent change may have demoted the caller meanwhile.
    requireRole(await requireMembership(trx, collaborationId, ctx.user.id), 'coordinator');
    const revision = await requireRevision(trx, {
      table: 'memberships',
      key: { collaborationId, userId },
      baseRevision: input.baseRevision,
      what: 'The member',
      current: async () => {
        const row = await findMember(trx, collaborationId, userId);
        return row ? toMember(row) : undefined;
      },
    });
    const before = await findMember(trx, collaborationId, userId);
    if (!before) throw notFound('The member');
    let actorName = before.actorName;
    if (input.actorId)
      actorName = await requireActorOfCollaboration(trx, collaborationId, input.actorId);
    if (input.actorId === null) actorName = null;
    if (
      input.role !== undefined &&
      input.role !== 'coordinator' &&
      before.role === 'coordinator' &&
      (await countCoordinators(trx, collaborationId)) <= 1
    ) {
      throw lastCoordinator(
        'The collaboration needs at least one coordinator. Make someone else coordinator first.',
      );
    }
    const patch: { role?: Member['role']; actorId?: string | null; revision: number } = {
      revision,
    };
    const parts: string[] = [];
    const fields: AuditField[] = [];
    if (input.role !== undefined && input.role !== before.role) {
      patch.role = input.role;
      parts.push(changeSummary('role', before.role, input.role));
      fields.push('role');
    }
    if (input.actorId !== undefined && input.actorId !== before.actorId) {
      patch.actorId = input.actorId;
      parts.push(changeSummary('organisation', before.actorName, actorName));
      fields.push('organisation');
    }
    await updateMembership(trx, collaborationId, userId, patch);
    if (before.role === 'coordinator' && patch.role !== undefined) {
      await revokeInvitationsOf(trx, collaborationId, userId, ctx.user.id, at, 'demoted');
    }
    if (parts.length > 0) {
      await insertAuditEvent(trx, {
        collaborationId,
        userId: ctx.user.id,
        action: 'member.update',
        targetType: 'member',
        targetId: userId,
        summary: `${before.name} <${before.email}>: ${parts.join('; ')}`,
        params: { name: before.name, fields: auditFields(fields) },
        at,
      });
    }
    return toMember({ ...before, ...patch, actorName });
  });
}

/**
 * Removes a member (coordinators), or lets a member leave (their own membership).
 * The last coordinator can do neither: 409 LAST_COORDINATOR.
 */
export async function removeMember(
  ctx: ServiceContext,
  collaborationId: string,
  userId: string,
): Promise<void> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  const leaving = userId === ctx.user.id;
  if (!leaving) requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await lockCollaboration(trx, collaborationId);
    if (!leaving)
      requireRole(await requireMembership(trx, collaborationId, ctx.user.id), 'coordinator');
    const target = await findMember(trx, collaborationId, userId);
    if (!target) throw notFound('The member');
    if (target.role === 'coordinator' && (await countCoordinators(trx, collaborationId)) <= 1) {
      throw lastCoordinator(
        leaving
          ? 'You are the last coordinator. Make someone else coordinator before you leave.'
          : 'The collaboration needs at least one coordinator.',
      );
    }
    await deleteMembership(trx, collaborationId, userId);
    await revokeInvitationsOf(
      trx,
      collaborationId,
      userId,
      ctx.user.id,
      at,
      leaving ? 'left' : 'removed',
    );
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: leaving ? 'member.leave' : 'member.remove',
      targetType: 'member',
      targetId: userId,
      summary: `${target.name} <${target.email}> (${target.role}${
        target.actorName ? `, ${target.actorName}` : ''
      }) ${leaving ? 'left' : 'removed'}`,
      params: { name: target.name, role: target.role },
      at,
    });
  });
}
