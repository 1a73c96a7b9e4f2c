import { z } from 'zod';
import { LIMITS, ZId, ZIsoDate } from './common';
import { PLAN_INDICATORS_MAX } from './limits';

export const PHASES = ['establish', 'implement', 'test', 'evaluate'] as const;
export const ZPhase = z.enum(PHASES);
export type Phase = z.infer<typeof ZPhase>;

export const ZMilestone = z.object({
  id: ZId,
  routineId: ZId,
  phase: ZPhase,
  title: z.string(),
  plannedDate: ZIsoDate,
  doneDate: ZIsoDate.nullable(),
  revision: z.number().int(),
});
export type Milestone = z.infer<typeof ZMilestone>;

export const ZCreateMilestone = z
  .object({
    phase: ZPhase,
    title: z.string().trim().min(1).max(LIMITS.itemTitle),
    plannedDate: ZIsoDate,
    doneDate: ZIsoDate.nullable().optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateMilestone = z.infer<typeof ZCreateMilestone>;

export const ZUpdateMilestone = z
  .object({
    phase: ZPhase.optional(),
    title: z.string().trim().min(1).max(LIMITS.itemTitle).optional(),
    plannedDate: ZIsoDate.optional(),
    doneDate: ZIsoDate.nullable().optional(),
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateMilestone = z.infer<typeof ZUpdateMilestone>;

export const ZEvaluationPlan = z.object({
  method: z.string(),
  indicators: z.array(z.string()),
  responsibleActorId: ZId.nullable(),
  frequencyMonths: z.number().int(),
  nextReviewDate: ZIsoDate,
  revision: z.number().int(),
});
export type EvaluationPlan = z.infer<typeof ZEvaluationPlan>;

export { PLAN_INDICATORS_MAX };

export const ZPutEvaluationPlan = z
  .object({
    method: z.string().trim().min(1).max(4000),
    indicators: z.array(z.string().trim().min(1).max(500)).max(PLAN_INDICATORS_MAX),
    responsibleActorId: ZId,
    frequencyMonths: z.number().int().min(1).max(60),
    nextReviewDate: ZIsoDate,
    baseRevision: z.number().int().min(0).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type PutEvaluationPlan = z.infer<typeof ZPutEvaluationPlan>;
