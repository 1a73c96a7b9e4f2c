import { z } from 'zod';
import { LIMITS, ZId } from './common';

export const ZRoutineStatus = z.enum(['draft', 'in_review', 'adopted', 'archived']);
export type RoutineStatus = z.infer<typeof ZRoutineStatus>;
export const ZVisibility = z.enum(['public', 'members']);

export const ZRoutineSummary = z.object({
  id: ZId,
  collaborationId: ZId,
  slug: z.string(),
  title: z.string(),
  status: ZRoutineStatus,
  visibility: ZVisibility,
  updatedAt: z.string(),
});
export type RoutineSummary = z.infer<typeof ZRoutineSummary>;

export const ZAnswer = z.object({ text: z.string(), revision: z.number().int() });
export type Answer = z.infer<typeof ZAnswer>;

export const ZStepProgress = z.object({ answered: z.number().int(), total: z.number().int() });

export const ZRoutine = ZRoutineSummary.extend({
  /** the adopted (published) version, when one is */
  adoptedVersion: z.number().int().nullable(),
  adoptedAt: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  mainRule: z.string().nullable(),
  /** Moves on with every change of title, visibility or main rule (send it as `baseRevision`). */
  revision: z.number().int(),
  answers: z.record(z.string(), ZAnswer),
  progress: z.record(z.string(), ZStepProgress),
});
export type Routine = z.infer<typeof ZRoutine>;

export const ZCreateRoutine = z
  .object({ title: z.string().trim().min(1).max(LIMITS.title) })
  .strict();
export type CreateRoutine = z.infer<typeof ZCreateRoutine>;

/**
 * A routine's address in `/r/<slug>`: lower-case letters a–z, digits and single dashes, 3–60
 * characters ("rutin-for-enskilda-arenden").
 */
export const ZSlug = z
  .string()
  .trim()
  .min(3, 'An address needs at least 3 characters')
  .max(60, 'An address can be at most 60 characters long')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'An address may hold only the letters a–z, digits and single dashes between them',
  );

export const ZUpdateRoutine = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.title).optional(),
    /** a new address (coordinators); the old one keeps redirecting to it */
    slug: ZSlug.optional(),
    visibility: ZVisibility.optional(),
    mainRule: z.string().max(LIMITS.mainRule).nullable().optional(),
    /** The routine's revision the change is based on: a stale one answers 409 STALE_REVISION. */
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateRoutine = z.infer<typeof ZUpdateRoutine>;

export const ZRoutineParams = z.object({ rid: ZId });
export const ZAnswerParams = z.object({ rid: ZId, questionId: z.string().min(1).max(32) });

export const ZSaveAnswer = z
  .object({
    text: z
      .string()
      .max(LIMITS.answerText, `An answer can be at most ${LIMITS.answerText} characters long`),
    baseRevision: z.number().int().min(0),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type SaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZSaveAnswerResult = z.object({ revision: z.number().int() });

/** details of a 409 STALE_REVISION: the answer as it stands now. */
export const ZStaleRevisionDetails = z.object({ text: z.string(), revision: z.number().int() });
