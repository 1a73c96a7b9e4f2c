import { z } from 'zod';
import { LIMITS, ZId, ZRole } from './common';

export const ZCollaboration = z.object({
  id: ZId,
  name: z.string(),
  area: z.string().nullable(),
  role: ZRole,
  /** Moves on with every change of name or area (send it back as `baseRevision`). */
  revision: z.number().int(),
});
export type Collaboration = z.infer<typeof ZCollaboration>;

export const ZCreateCollaboration = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name),
    area: z.string().trim().max(LIMITS.area).optional(),
    /** Resend true after 400 PERSONAL_DATA_SUSPECTED when the number is not a person's (audited). */
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateCollaboration = z.infer<typeof ZCreateCollaboration>;

export const ZUpdateCollaboration = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name).optional(),
    area: z.string().trim().max(LIMITS.area).nullable().optional(),
    /** The revision the change is based on: a stale one answers 409 STALE_REVISION. */
    baseRevision: z.number().int().min(1).optional(),
    /** Resend true after 400 PERSONAL_DATA_SUSPECTED when the number is not a person's (audited). */
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateCollaboration = z.infer<typeof ZUpdateCollaboration>;

export const ZCollaborationParams = z.object({ cid: ZId });

/** How many collaborations the caller has created, against the cap (leaving one does not count down). */
export const ZCollaborationsCreated = z.object({
  created: z.number().int().min(0),
  max: z.number().int(),
});
export type CollaborationsCreated = z.infer<typeof ZCollaborationsCreated>;
