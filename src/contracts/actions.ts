import { z } from 'zod';
import { LIMITS, ZId } from './common';
import { ZActionKind, ZActionStep, ZAudience, ZStep } from './vocabularies';

export const ZAction = z.object({
  id: ZId,
  routineId: ZId,
  step: z.number().int(),
  actorId: ZId,
  what: z.string(),
  when: z.string().nullable(),
  audience: ZAudience,
  contactPathId: ZId.nullable(),
  kind: ZActionKind,
  isEntryPoint: z.boolean(),
  handoffTo: z.array(ZId),
  position: z.number().int(),
  revision: z.number().int(),
});
export type Action = z.infer<typeof ZAction>;

export const ZCreateAction = z
  .object({
    step: ZActionStep,
    actorId: ZId,
    what: z.string().trim().min(1).max(LIMITS.description),
    when: z.string().trim().max(LIMITS.short).optional(),
    audience: ZAudience,
    contactPathId: ZId.nullable().optional(),
    kind: ZActionKind.optional(),
    isEntryPoint: z.boolean().optional(),
    handoffTo: z.array(ZId).max(50).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateAction = z.infer<typeof ZCreateAction>;

export const ZUpdateAction = z
  .object({
    step: ZActionStep.optional(),
    actorId: ZId.optional(),
    what: z.string().trim().min(1).max(LIMITS.description).optional(),
    when: z.string().trim().max(LIMITS.short).nullable().optional(),
    audience: ZAudience.optional(),
    contactPathId: ZId.nullable().optional(),
    kind: ZActionKind.optional(),
    isEntryPoint: z.boolean().optional(),
    handoffTo: z.array(ZId).max(50).optional(),
    /** 0-based place within its step; the others move to make room. */
    position: z.number().int().min(0).optional(),
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateAction = z.infer<typeof ZUpdateAction>;

export const ZActionParams = z.object({ rid: ZId, id: ZId });

export const ZObstacle = z.object({
  id: ZId,
  routineId: ZId,
  step: z.number().int(),
  description: z.string(),
  remedy: z.string().nullable(),
  ownerActorId: ZId.nullable(),
  position: z.number().int(),
  revision: z.number().int(),
});
export type Obstacle = z.infer<typeof ZObstacle>;

export const ZCreateObstacle = z
  .object({
    step: ZStep,
    description: z.string().trim().min(1).max(LIMITS.description),
    remedy: z.string().trim().max(LIMITS.description).optional(),
    ownerActorId: ZId.nullable().optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateObstacle = z.infer<typeof ZCreateObstacle>;

export const ZUpdateObstacle = z
  .object({
    step: ZStep.optional(),
    description: z.string().trim().min(1).max(LIMITS.description).optional(),
    remedy: z.string().trim().max(LIMITS.description).nullable().optional(),
    ownerActorId: ZId.nullable().optional(),
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateObstacle = z.infer<typeof ZUpdateObstacle>;

export const ZMatrix = z.object({
  actors: z.array(z.object({ id: ZId, name: z.string(), kind: z.string() })),
  steps: z.array(z.number().int()),
  cells: z.array(z.object({ actorId: ZId, step: z.number().int(), actions: z.array(ZAction) })),
});
export type Matrix = z.infer<typeof ZMatrix>;
