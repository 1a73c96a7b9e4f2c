import type { Kysely } from 'kysely';
import type {
  AcceptedRegionInvitation,
  CollaborationRegion,
  CreatedRegionInvitation,
  CreateRegion,
  CreateRegionInvitation,
  Region,
  RegionDetail,
} from '../../../contracts/regions';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { requireMembership, requireRole } from '../../core/tenancy';
import type { DB } from '../../db/schema';
import type { Mailer } from '../../mail/mailer';
import { regionInvitationMail } from '../../mail/region-invitation-mail';
import { insertAuditEvent } from '../audit/audit.repository';
import { hashToken, INVITATION_TTL_MS, newToken } from '../invitations/invitations.service';
import {
  deleteRegionCollaboration,
  findPendingRegionInvitations,
  findRegionById,
  findRegionCoordinators,
  findRegionInvitationByTokenHash,
  findRegionOfMember,
  findRegionsForCollaboration,
  findRegionsOfUser,
  insertRegion,
  insertRegionCollaboration,
  insertRegionInvitation,
  insertRegionMember,
  isCollaborationInRegion,
  isRegionMember,
  markRegionInvitationAccepted,
} from './regions.repository';

/**
 * The region boundary: the region, when the caller is one of its regional coordinators; 404
 * otherwise, so another region never reveals that it exists.
 */
export async function requireRegionMember(ctx: ServiceContext, regionId: string): Promise<Region> {
  const region = await findRegionOfMember(ctx.db, regionId, ctx.user.id);
  if (!region) throw notFound('The region');
  return region;
}

export async function listMyRegions(ctx: ServiceContext): Promise<Region[]> {
  return findRegionsOfUser(ctx.db, ctx.user.id);
}

/** Creates a region; its creator becomes its first regional coordinator. */
export async function createRegion(ctx: ServiceContext, input: CreateRegion): Promise<Region> {
  const at = isoNow(ctx.clock);
  const region = { id: crypto.randomUUID(), name: input.name };
  await ctx.db.transaction().execute(async (trx) => {
    await insertRegion(trx, { ...region, createdBy: ctx.user.id, createdAt: at });
    await insertRegionMember(trx, { regionId: region.id, userId: ctx.user.id, createdAt: at });
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'region.create',
      targetType: 'region',
      targetId: region.id,
      summary: `created the region "${region.name}"`,
      params: { region: region.name },
      at,
    });
  });
  return region;
}

/** The region with its coordinators and the invitations still open (regional coordinators). */
export async function getRegion(ctx: ServiceContext, regionId: string): Promise<RegionDetail> {
  const region = await requireRegionMember(ctx, regionId);
  const [coordinators, invitations] = await Promise.all([
    findRegionCoordinators(ctx.db, regionId),
    findPendingRegionInvitations(ctx.db, regionId, isoNow(ctx.clock)),
  ]);
  return { ...region, coordinators, invitations };
}

export const regionInvitationUrl = (baseUrl: string, token: string) =>
  `${baseUrl}/regioninbjudan/${token}`;

export interface RegionInvitationDeps {
  baseUrl: string;
  mailer: Mailer | null;
  /** Where a failed delivery is reported (the link is still returned to copy). */
  onMailError: (err: unknown) => void;
}

/**
 * Writes a region invitation and its audit event inside the caller's transaction; the link's
 * secret is returned once.
 */
export async function insertRegionInvitationWithAudit(
  trx: Kysely<DB>,
  ctx: ServiceContext,
  region: Region,
  rawEmail: string,
) {
  const email = rawEmail.trim().toLowerCase();
  const token = newToken();
  const now = ctx.clock.now();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  const id = crypto.randomUUID();
  await insertRegionInvitation(trx, {
    id,
    regionId: region.id,
    email,
    tokenHash: hashToken(token),
    invitedBy: ctx.user.id,
    createdAt: at,
    expiresAt,
    acceptedAt: null,
    acceptedBy: null,
  });
  await insertAuditEvent(trx, {
    collaborationId: null,
    userId: ctx.user.id,
    action: 'region.invite',
    targetType: 'region',
    targetId: region.id,
    summary: `invited ${email} as regional coordinator`,
    params: { email },
    at,
  });
  return { id, email, token, expiresAt };
}

/** E-mails a region invitation when a mail server is configured; true when it was taken. */
export async function mailRegionInvitation(
  deps: RegionInvitationDeps,
  ctx: ServiceContext,
  region: Region,
  invitation: { email: string; token: string; expiresAt: string },
) {
  const url = regionInvitationUrl(deps.baseUrl, invitation.token);
  if (!deps.mailer) return { url, emailed: false };
  try {
    await deps.mailer.send(
      regionInvitationMail({
        to: invitation.email,
        url,
        regionName: region.name,
        inviterName: ctx.user.name,
        expiresAt: invitation.expiresAt,
      }),
    );
    return { url, emailed: true };
  } catch (err) {
    deps.onMailError(err);
    return { url, emailed: false };
  }
}

/**
 * Invites someone by e-mail as a regional coordinator (regional coordinators only); the link
 * is e-mailed when a mail server is configured and returned once to copy.
 */
export async function createRegionInvitation(
  ctx: ServiceContext,
  regionId: string,
  input: CreateRegionInvitation,
  deps: RegionInvitationDeps,
): Promise<CreatedRegionInvitation> {
  const region = await requireRegionMember(ctx, regionId);
  const invitation = await ctx.db
    .transaction()
    .execute((trx) => insertRegionInvitationWithAudit(trx, ctx, region, input.email));
  const { url, emailed } = await mailRegionInvitation(deps, ctx, region, invitation);
  return {
    id: invitation.id,
    token: invitation.token,
    url,
    emailed,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * Makes the signed-in user a regional coordinator. Single use and bound to the address it was
 * sent to, like a collaboration's invitation.
 */
export async function acceptRegionInvitation(
  ctx: ServiceContext,
  token: string,
): Promise<AcceptedRegionInvitation> {
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findRegionInvitationByTokenHash(trx, hashToken(token));
    if (!row) throw notFound('The invitation');
    if (row.acceptedAt) {
      throw new AppError('INVITATION_USED', 'This invitation has already been used.');
    }
    if (at >= row.expiresAt) {
      throw new AppError('INVITATION_EXPIRED', 'This invitation has expired. Ask for a new one.');
    }
    if (ctx.user.email.trim().toLowerCase() !== row.email) {
      throw new AppError(
        'FORBIDDEN',
        `This invitation was sent to ${row.email}. Sign in with that address to accept it.`,
        { invitedEmail: row.email },
      );
    }
    if (await isRegionMember(trx, row.regionId, ctx.user.id)) {
      throw new AppError('ALREADY_MEMBER', `You already coordinate "${row.regionName}".`);
    }
    if (!(await markRegionInvitationAccepted(trx, row.id, ctx.user.id, at))) {
      throw new AppError('INVITATION_USED', 'This invitation has already been used.');
    }
    await insertRegionMember(trx, { regionId: row.regionId, userId: ctx.user.id, createdAt: at });
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: ctx.user.id,
      action: 'region.join',
      targetType: 'region',
      targetId: row.regionId,
      summary: `${ctx.user.name} <${ctx.user.email}> became regional coordinator of "${row.regionName}"`,
      params: { region: row.regionName, name: ctx.user.name },
      at,
    });
    return { regionId: row.regionId, name: row.regionName };
  });
}

/** The regions a collaboration can opt in to, and whether it has (any member). */
export async function listCollaborationRegions(
  ctx: ServiceContext,
  collaborationId: string,
): Promise<CollaborationRegion[]> {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return findRegionsForCollaboration(ctx.db, collaborationId);
}

/**
 * Opts the collaboration in to (or out of) a region: the collaboration's coordinators decide,
 * never the region's. Doing it twice changes nothing and writes no second audit event.
 */
export async function setCollaborationInRegion(
  ctx: ServiceContext,
  collaborationId: string,
  regionId: string,
  join: boolean,
): Promise<void> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const region = await findRegionById(ctx.db, regionId);
  if (!region) throw notFound('The region');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if ((await isCollaborationInRegion(trx, regionId, collaborationId)) === join) return;
    if (join) {
      await insertRegionCollaboration(trx, {
        regionId,
        collaborationId,
        joinedBy: ctx.user.id,
        joinedAt: at,
      });
    } else {
      await deleteRegionCollaboration(trx, regionId, collaborationId);
    }
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: join ? 'region.opt_in' : 'region.opt_out',
      targetType: 'region',
      targetId: regionId,
      summary: join
        ? `opted in to the region "${region.name}"`
        : `opted out of the region "${region.name}"`,
      params: { region: region.name },
      at,
    });
  });
}
