import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '../../../contracts/common';
import type {
  AcceptedInvitation,
  CreatedInvitation,
  CreateInvitation,
  Invitation,
  InvitationPreview,
  InvitationStatus,
} from '../../../contracts/members';
import { requireActorOfCollaboration } from '../../core/access';
import { type Clock, isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { requireMembership, requireRole } from '../../core/tenancy';
import { assertBelowLimit } from '../../db/limits';
import type { DB } from '../../db/schema';
import { invitationMail } from '../../mail/invitation-mail';
import type { Mailer } from '../../mail/mailer';
import { findActorById } from '../actors/actors.repository';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  findCollaborationById,
  insertMembership,
} from '../collaborations/collaborations.repository';
import { findMembership, lockCollaboration } from '../members/members.repository';
import {
  findInvitationById,
  findInvitationByTokenHash,
  findPendingInvitations,
  insertInvitation,
  isEmailMember,
  markInvitationAccepted,
  markInvitationRevoked,
} from './invitations.repository';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitationById>>>;

/** The link's secret: 32 random bytes, base64url. Only its SHA-256 is stored. */
export const newToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export const invitationUrl = (baseUrl: string, token: string) => `${baseUrl}/inbjudan/${token}`;

function statusOf(row: InvitationRow, now: string): InvitationStatus {
  if (row.acceptedAt) return 'used';
  if (row.revokedAt) return 'revoked';
  if (now >= row.expiresAt) return 'expired';
  return 'pending';
}

const roleAndActor = (role: Role, actorName: string | null) =>
  `${role}${actorName ? ` for "${actorName}"` : ''}`;

export interface InvitationDeps {
  baseUrl: string;
  mailer: Mailer | null;
  /** Where a failed delivery is reported (the link is still returned to copy). */
  onMailError: (err: unknown) => void;
}

/**
 * Invites someone by e-mail to join with a role, representing an organisation (coordinators).
 * Returns the single-use link once; e-mails it when a mail server is configured.
 */
export async function createInvitation(
  ctx: ServiceContext,
  collaborationId: string,
  input: CreateInvitation,
  deps: InvitationDeps,
): Promise<CreatedInvitation> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const email = input.email.trim().toLowerCase();
  const actorId = input.actorId ?? null;
  const actorName = actorId
    ? await requireActorOfCollaboration(ctx.db, collaborationId, actorId)
    : null;
  if (await isEmailMember(ctx.db, collaborationId, email)) {
    throw new AppError('ALREADY_MEMBER', `${email} is already a member of this collaboration.`);
  }
  const token = newToken();
  const now = ctx.clock.now();
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await insertInvitation(trx, {
      id,
      collaborationId,
      email,
      role: input.role,
      actorId,
      tokenHash: hashToken(token),
      invitedBy: ctx.user.id,
      createdAt: at,
      expiresAt,
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
    });
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'invitation.create',
      targetType: 'invitation',
      targetId: id,
      summary: `invited ${email} as ${roleAndActor(input.role, actorName)}`,
      params: { email, role: input.role, actor: actorName ?? '' },
      at,
    });
  });
  const url = invitationUrl(deps.baseUrl, token);
  let emailed = false;
  if (deps.mailer) {
    const collaboration = await findCollaborationById(ctx.db, collaborationId);
    try {
      await deps.mailer.send(
        invitationMail({
          to: email,
          url,
          collaborationName: collaboration?.name ?? '',
          inviterName: ctx.user.name,
          role: input.role,
          actorName,
          expiresAt,
        }),
      );
      emailed = true;
    } catch (err) {
      deps.onMailError(err);
    }
  }
  return { id, token, url, emailed, expiresAt };
}

/** Invitations not yet accepted, revoked or expired (coordinators; never their tokens). */
export async function listInvitations(
  ctx: ServiceContext,
  collaborationId: string,
): Promise<Invitation[]> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const rows = await findPendingInvitations(ctx.db, collaborationId, isoNow(ctx.clock));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    actorId: r.actorId,
    actorName: r.actorName,
    invitedBy: r.invitedBy,
    invitedByName: r.invitedByName,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
  }));
}

/** Revokes an unused invitation (coordinators); revoking twice is harmless; a used one → 409. */
export async function revokeInvitation(
  ctx: ServiceContext,
  collaborationId: string,
  invitationId: string,
): Promise<void> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findInvitationById(trx, invitationId);
    if (!row || row.collaborationId !== collaborationId) throw notFound('The invitation');
    if (row.acceptedAt) {
      throw new AppError('INVITATION_USED', 'This invitation has already been accepted.');
    }
    if (!(await markInvitationRevoked(trx, invitationId, at))) return;
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: invitationId,
      summary: `revoked the invitation of ${row.email} as ${roleAndActor(row.role, row.actorName)}`,
      params: { email: row.email, role: row.role, actor: row.actorName ?? '' },
      at,
    });
  });
}

/** What the landing page of a link shows; no sign-in needed. 404 for an unknown token. */
export async function previewInvitation(
  db: Kysely<DB>,
  clock: Clock,
  token: string,
): Promise<InvitationPreview> {
  const row = await findInvitationByTokenHash(db, hashToken(token));
  if (!row) throw notFound('The invitation');
  return {
    collaborationName: row.collaborationName,
    role: row.role,
    actorName: row.actorName,
    email: row.email,
    status: statusOf(row, isoNow(clock)),
    invitedByName: row.invitedByName,
    expiresAt: row.expiresAt,
  };
}

function refusal(status: Exclude<InvitationStatus, 'pending'>): AppError {
  switch (status) {
    case 'used':
      return new AppError('INVITATION_USED', 'This invitation has already been used.');
    case 'revoked':
      return new AppError('INVITATION_REVOKED', 'This invitation has been withdrawn.');
    case 'expired':
      return new AppError(
        'INVITATION_EXPIRED',
        'This invitation has expired. Ask a coordinator for a new one.',
      );
  }
}

/**
 * Joins the signed-in user with the invited role and organisation. Single use: the
 * invitation is marked used in the same transaction that adds the membership, and only if
 * it was still unused, so of two racing accepts exactly one wins.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  token: string,
): Promise<AcceptedInvitation> {
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findInvitationByTokenHash(trx, hashToken(token));
    if (!row) throw notFound('The invitation');
    const status = statusOf(row, at);
    if (status !== 'pending') throw refusal(status);
    const existing = await findMembership(trx, row.collaborationId, ctx.user.id);
    if (existing) {
      throw new AppError(
        'ALREADY_MEMBER',
        `You are already a member of "${row.collaborationName}" (as ${existing.role}). Nothing was changed.`,
        { collaborationId: row.collaborationId, role: existing.role },
      );
    }
    // Every invitation is bound to the address it was sent to: a forwarded or leaked link
    // cannot be used by another account (so no link alone can grant any role).
    if (ctx.user.email.trim().toLowerCase() !== row.email.trim().toLowerCase()) {
      throw new AppError(
        'FORBIDDEN',
        `This invitation was sent to ${row.email}. Sign in with that address to accept it.`,
        { invitedEmail: row.email },
      );
    }
    await lockCollaboration(trx, row.collaborationId);
    await assertBelowLimit(trx, 'membersPerCollaboration', row.collaborationId);
    if (!(await markInvitationAccepted(trx, row.id, ctx.user.id, at))) {
      const now = await findInvitationById(trx, row.id);
      throw refusal(now?.revokedAt ? 'revoked' : 'used');
    }
    // The organisation may have been removed since the invitation was sent.
    const actor = row.actorId ? await findActorById(trx, row.actorId) : undefined;
    const actorId = actor && actor.collaborationId === row.collaborationId ? actor.id : null;
    await insertMembership(trx, {
      collaborationId: row.collaborationId,
      userId: ctx.user.id,
      role: row.role,
      actorId,
      at,
    });
    await insertAuditEvent(trx, {
      collaborationId: row.collaborationId,
      userId: ctx.user.id,
      action: 'invitation.accept',
      targetType: 'invitation',
      targetId: row.id,
      summary: `${ctx.user.name} <${ctx.user.email}> joined as ${roleAndActor(
        row.role,
        actorId ? row.actorName : null,
      )} (invited as ${row.email})`,
      params: {
        name: ctx.user.name,
        email: row.email,
        role: row.role,
        actor: (actorId ? row.actorName : null) ?? '',
      },
      at,
    });
    return { collaborationId: row.collaborationId, role: row.role };
  });
}
