import { z } from 'zod';
import { LIMITS, ZId, ZIsoDateTime } from './common';

/**
 * Regions (issue 18, "Regional overview"): a region groups collaborations that opted in; its
 * members are regional coordinators, who see aggregates only (no answer texts, no member
 * names beyond each collaboration's coordinators' contact).
 */
export const ZRegionParams = z.object({ regionId: ZId });
export const ZCollaborationRegionParams = z.object({ cid: ZId, regionId: ZId });
export const ZRegionInvitationTokenParams = z.object({ token: z.string().min(1).max(128) });

export const ZCreateRegion = z.object({ name: z.string().trim().min(1).max(LIMITS.name) }).strict();
export type CreateRegion = z.infer<typeof ZCreateRegion>;

export const ZRegion = z.object({ id: ZId, name: z.string() });
export type Region = z.infer<typeof ZRegion>;

export const ZRegionCoordinatorParams = z.object({ regionId: ZId, userId: ZId });
export const ZRegionInvitationParams = z.object({ regionId: ZId, invitationId: ZId });

/** An invitation not yet accepted nor expired (never its token). */
export const ZPendingRegionInvitation = z.object({
  id: ZId,
  email: z.string(),
  createdAt: ZIsoDateTime,
  expiresAt: ZIsoDateTime,
});
export type PendingRegionInvitation = z.infer<typeof ZPendingRegionInvitation>;

/** A region as its regional coordinators see it: who coordinates it, who is invited. */
export const ZRegionDetail = ZRegion.extend({
  coordinators: z.array(z.object({ userId: ZId, name: z.string(), email: z.string() })),
  invitations: z.array(ZPendingRegionInvitation),
});
export type RegionDetail = z.infer<typeof ZRegionDetail>;

export const ZCreateRegionInvitation = z.object({ email: z.email().max(254) }).strict();
export type CreateRegionInvitation = z.infer<typeof ZCreateRegionInvitation>;

export const ZCreatedRegionInvitation = z.object({
  id: ZId,
  /** Only in this answer: the link's secret. */
  token: z.string(),
  url: z.string(),
  /** True when a mail server is configured and took the e-mail. */
  emailed: z.boolean(),
  expiresAt: ZIsoDateTime,
});
export type CreatedRegionInvitation = z.infer<typeof ZCreatedRegionInvitation>;

/** An instance administrator creates a region and invites its first regional coordinator. */
export const ZAdminCreateRegion = ZCreateRegion.extend({
  coordinatorEmail: z.email().max(254),
}).strict();
export type AdminCreateRegion = z.infer<typeof ZAdminCreateRegion>;

export const ZAdminCreatedRegion = z.object({
  region: ZRegion,
  invitation: ZCreatedRegionInvitation,
});
export type AdminCreatedRegion = z.infer<typeof ZAdminCreatedRegion>;

export const ZAcceptedRegionInvitation = z.object({ regionId: ZId, name: z.string() });
export type AcceptedRegionInvitation = z.infer<typeof ZAcceptedRegionInvitation>;

/** The regions a collaboration may opt in to, and whether it has. */
export const ZCollaborationRegion = ZRegion.extend({ joined: z.boolean() });
export type CollaborationRegion = z.infer<typeof ZCollaborationRegion>;

/** What the overview counts as coverage, in the order of the chart and the table. */
export const COVERAGE_KEYS = [
  'childrenEntry',
  'adultsEntry',
  'outOfHours',
  'interpreter',
  'protectionAssessment',
  'supportLine',
] as const;
export const ZCoverageKey = z.enum(COVERAGE_KEYS);
export type CoverageKey = z.infer<typeof ZCoverageKey>;

export const ZCoverage = z.object({
  childrenEntry: z.boolean(),
  adultsEntry: z.boolean(),
  outOfHours: z.boolean(),
  interpreter: z.boolean(),
  protectionAssessment: z.boolean(),
  supportLine: z.boolean(),
});
export type Coverage = z.infer<typeof ZCoverage>;

export const ZRegionCollaborationRow = z.object({
  collaborationId: ZId,
  name: z.string(),
  area: z.string().nullable(),
  coordinators: z.array(z.object({ name: z.string(), email: z.string() })),
  /** The collaboration's routine the overview counts (the adopted one, else the newest draft). */
  routine: z
    .object({
      title: z.string(),
      status: z.enum(['draft', 'in_review', 'adopted', 'archived']),
      /** The day the routine was adopted (YYYY-MM-DD), null when it is not. */
      adoptedAt: z.string().nullable(),
      nextReviewDate: z.string().nullable(),
      isReviewOverdue: z.boolean(),
      /** Blocking findings of the quality check on the current draft. */
      openBlockers: z.number().int(),
      feedbackCount: z.number().int(),
    })
    .nullable(),
  /** From the adopted version's snapshot; null while nothing is adopted. */
  coverage: ZCoverage.nullable(),
});
export type RegionCollaborationRow = z.infer<typeof ZRegionCollaborationRow>;

export const ZRegionOverview = z.object({
  region: ZRegion,
  /** The day the overview was computed (YYYY-MM-DD, Swedish time). */
  today: z.string(),
  collaborations: z.array(ZRegionCollaborationRow),
  totals: z.object({
    collaborations: z.number().int(),
    adopted: z.number().int(),
    overdue: z.number().int(),
    /** Per coverage key: how many adopted routines cover it. */
    coverage: z.record(ZCoverageKey, z.number().int()),
  }),
});
export type RegionOverview = z.infer<typeof ZRegionOverview>;

/** Whether the collaboration's adopted public routines are listed on the national page. */
export const ZNationalListing = z.object({ listed: z.boolean() });
export type NationalListing = z.infer<typeof ZNationalListing>;

/** One adopted public routine on the national page. */
export const ZNationalRoutine = z.object({
  collaborationName: z.string(),
  area: z.string().nullable(),
  title: z.string(),
  /** The published page, /r/:slug */
  url: z.string(),
});
export type NationalRoutine = z.infer<typeof ZNationalRoutine>;
