import type { AdminCreatedRegion, AdminCreateRegion } from '../../../contracts/regions';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  countRegionCoordinators,
  deleteRegionMember,
  deleteUnusedRegionInvitation,
  deleteUnusedRegionInvitationsBy,
  findRegionCoordinator,
  findRegionInvitation,
  insertRegion,
  isRegionMember,
  lockRegion,
} from './regions.repository';
import {
  insertRegionInvitationWithAudit,
  mailRegionInvitation,
  type RegionInvitationDeps,
  requireRegionMember,
} from './regions.service';

/**
 * Removes a regional coordinator (any of the region's coordinators; their own removal is
 * leaving). Never the last one: 409 LAST_COORDINATOR, decided under the region's lock so two
 * coordinators removing each other cannot both succeed. The invitations the removed one sent
 * and nobody used are withdrawn with them. Another region's ids answer 404.
 */
export async function removeRegionCoordinator(
  ctx: ServiceContext,
  regionId: string,
  userId: string,
): Promise<void> {
  const region = await requireRegionMember(ctx, regionId);
  const leaving = userId === ctx.user.id;
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegion(trx, regionId);
    // Checked again under the lock: the caller may have been removed a moment ago.
    if (!(await isRegionMember(trx, regionId, ctx.user.id))) throw notFound('The region');
    const target = await findRegionCoordinator(trx, regionId, userId);
    if (!target) throw notFound('The regional coordinator');
    if ((await countRegionCoordinators(trx, regionId)) <= 1) {
      throw new AppError(
        'LAST_COORDINATOR',
        leaving
          ? 'You are the last regional coordinator. Invite someone else before you leave.'
          : 'The region needs at least one regional coordinator.',
      );
    }
    await deleteRegionMember(trx, regionId, userId);
    const withdrawn = await deleteUnusedRegionInvitationsBy(trx, regionId, userId);
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: leaving ? 'region.leave' : 'region.coordinator_remove',
      targetType: 'region',
      targetId: regionId,
      summary: `${target.name} <${target.email}> ${leaving ? 'left' : 'was removed from'} the region "${region.name}"${withdrawn ? `; ${withdrawn} unused invitation(s) they sent withdrawn` : ''}`,
      params: { region: region.name, name: target.name, email: target.email },
      at,
    });
  });
}

/** Withdraws an invitation nobody has used (regional coordinators); a used one → 409. */
export async function withdrawRegionInvitation(
  ctx: ServiceContext,
  regionId: string,
  invitationId: string,
): Promise<void> {
  const region = await requireRegionMember(ctx, regionId);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegion(trx, regionId);
    // Checked again under the lock, as for removals: the caller may have been removed a moment ago.
    if (!(await isRegionMember(trx, regionId, ctx.user.id))) throw notFound('The region');
    const row = await findRegionInvitation(trx, regionId, invitationId);
    if (!row) throw notFound('The invitation');
    if (row.acceptedAt || !(await deleteUnusedRegionInvitation(trx, invitationId))) {
      throw new AppError('INVITATION_USED', 'This invitation has already been accepted.');
    }
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'region.invitation_revoke',
      targetType: 'region',
      targetId: regionId,
      summary: `withdrew the invitation of ${row.email} as regional coordinator of "${region.name}"`,
      params: { region: region.name, email: row.email },
      at,
    });
  });
}

/**
 * An instance administrator (ADMIN_EMAILS) creates a region and invites its first regional
 * coordinator by e-mail. The administrator does not become a member: they see no region's
 * overview. Region, invitation and both audit events in one transaction.
 */
export async function adminCreateRegion(
  ctx: ServiceContext,
  input: AdminCreateRegion,
  deps: RegionInvitationDeps,
): Promise<AdminCreatedRegion> {
  const at = isoNow(ctx.clock);
  const region = { id: crypto.randomUUID(), name: input.name };
  const invitation = await ctx.db.transaction().execute(async (trx) => {
    await insertRegion(trx, { ...region, createdBy: ctx.user.id, createdAt: at });
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'region.create',
      targetType: 'region',
      targetId: region.id,
      summary: `created the region "${region.name}" as instance administrator`,
      params: { region: region.name },
      at,
    });
    return insertRegionInvitationWithAudit(trx, ctx, region, input.coordinatorEmail);
  });
  const { url, emailed } = await mailRegionInvitation(deps, ctx, region, invitation);
  return {
    region,
    invitation: {
      id: invitation.id,
      token: invitation.token,
      url,
      emailed,
      expiresAt: invitation.expiresAt,
    },
  };
}
