import { z } from 'zod';
import { ZId, ZRole } from './common';

/** A member of a collaboration: who, with which role, representing which organisation (actor). */
export const ZMember = z.object({
  userId: ZId,
  name: z.string(),
  email: z.string(),
  role: ZRole,
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  /** Moves on with every change of role or organisation (send it as `baseRevision`). */
  revision: z.number().int(),
});
export type Member = z.infer<typeof ZMember>;

/** Coordinators change a member's role or the organisation they represent (null: none). */
export const ZUpdateMember = z
  .object({
    role: ZRole.optional(),
    actorId: ZId.nullable().optional(),
    /** The membership's revision the change is based on: stale → 409 STALE_REVISION. */
    baseRevision: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateMember = z.infer<typeof ZUpdateMember>;

export const ZMemberParams = z.object({ cid: ZId, uid: ZId });

// ── Invitations ───────────────────────────────────────────────────────────────

export const ZCreateInvitation = z
  .object({
    email: z.email().max(320),
    role: ZRole,
    /** The organisation the invited person will represent. */
    actorId: ZId.nullable().optional(),
  })
  .strict();
export type CreateInvitation = z.infer<typeof ZCreateInvitation>;

/** The answer to creating an invitation: the link is shown once (only its hash is stored). */
export const ZCreatedInvitation = z.object({
  id: ZId,
  token: z.string(),
  url: z.string(),
  /** True when the invitation was e-mailed (SMTP_URL set); otherwise show `url` to copy. */
  emailed: z.boolean(),
  expiresAt: z.string(),
});
export type CreatedInvitation = z.infer<typeof ZCreatedInvitation>;

/** A pending invitation as coordinators see it (never with its token). */
export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: ZRole,
  actorId: ZId.nullable(),
  actorName: z.string().nullable(),
  invitedBy: z.string(),
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof ZInvitation>;

export const ZInvitationStatus = z.enum(['pending', 'expired', 'used', 'revoked']);
export type InvitationStatus = z.infer<typeof ZInvitationStatus>;

/** What the invitation landing page shows (no sign-in needed: the token is the key). */
export const ZInvitationPreview = z.object({
  collaborationName: z.string(),
  role: ZRole,
  actorName: z.string().nullable(),
  email: z.string(),
  status: ZInvitationStatus,
  invitedByName: z.string().nullable(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof ZInvitationPreview>;

export const ZAcceptedInvitation = z.object({ collaborationId: ZId, role: ZRole });
export type AcceptedInvitation = z.infer<typeof ZAcceptedInvitation>;

export const ZInvitationParams = z.object({ cid: ZId, id: ZId });
/** Tokens are 32 random bytes in base64url (43 characters). */
export const ZInvitationTokenParams = z.object({ token: z.string().min(1).max(128) });
