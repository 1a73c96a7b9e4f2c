import { z } from 'zod';
import { LIMITS, ZId, ZRole } from './common';

export const ZCollaboration = z.object({
  id: ZId,
  name: z.string(),
  area: z.string().nullable(),
  role: ZRole,
});
export type Collaboration = z.infer<typeof ZCollaboration>;

export const ZCreateCollaboration = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name),
    area: z.string().trim().max(LIMITS.area).optional(),
  })
  .strict();
export type CreateCollaboration = z.infer<typeof ZCreateCollaboration>;

export const ZUpdateCollaboration = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.name).optional(),
    area: z.string().trim().max(LIMITS.area).nullable().optional(),
  })
  .strict();
export type UpdateCollaboration = z.infer<typeof ZUpdateCollaboration>;

export const ZCollaborationParams = z.object({ cid: ZId });
