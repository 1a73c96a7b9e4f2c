import { z } from 'zod';
import { ZId, ZIsoDate } from './common';

/**
 * Evaluation (issue 18): review periods (uppföljningar) of a routine — the indicator values
 * of the period, the review meeting — and "Starta revidering".
 */

export const REVIEW_VALUE_MAX = 200;
export const REVIEW_DECISIONS_MAX = 4_000;
export const REVIEW_INDICATORS_MAX = 30;
export const REVIEW_PRESENT_MAX = 100;

/** One indicator of the plan and the value measured for it ("7", "2 h median"). */
export const ZIndicatorValue = z
  .object({
    indicator: z.string().trim().min(1).max(500),
    value: z.string().trim().max(REVIEW_VALUE_MAX),
  })
  .strict();
export type IndicatorValue = z.infer<typeof ZIndicatorValue>;

export const ZReviewPeriod = z.object({
  id: ZId,
  routineId: ZId,
  /** The period followed up, first and last day. */
  periodStart: ZIsoDate,
  periodEnd: ZIsoDate,
  indicatorValues: z.array(ZIndicatorValue),
  /** The review meeting: its date, the organisations (actor ids) present, the decisions. */
  meetingDate: ZIsoDate.nullable(),
  presentActorIds: z.array(ZId),
  decisions: z.string(),
  /** Feedback from use received within the period. */
  feedbackCount: z.number().int(),
  /** When "Starta revidering" was used on this period, and by whom. */
  revisionStartedAt: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReviewPeriod = z.infer<typeof ZReviewPeriod>;

const fields = {
  periodStart: ZIsoDate,
  periodEnd: ZIsoDate,
  indicatorValues: z.array(ZIndicatorValue).max(REVIEW_INDICATORS_MAX),
  meetingDate: ZIsoDate.nullable(),
  presentActorIds: z.array(ZId).max(REVIEW_PRESENT_MAX),
  decisions: z.string().trim().max(REVIEW_DECISIONS_MAX),
};

export const ZCreateReviewPeriod = z
  .object({
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    indicatorValues: fields.indicatorValues.optional(),
    meetingDate: fields.meetingDate.optional(),
    presentActorIds: fields.presentActorIds.optional(),
    decisions: fields.decisions.optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateReviewPeriod = z.infer<typeof ZCreateReviewPeriod>;

export const ZUpdateReviewPeriod = z
  .object({
    periodStart: fields.periodStart.optional(),
    periodEnd: fields.periodEnd.optional(),
    indicatorValues: fields.indicatorValues.optional(),
    meetingDate: fields.meetingDate.optional(),
    presentActorIds: fields.presentActorIds.optional(),
    decisions: fields.decisions.optional(),
    baseRevision: z.number().int().min(1).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateReviewPeriod = z.infer<typeof ZUpdateReviewPeriod>;

export const ZReviewPeriodParams = z.object({ rid: ZId, id: ZId });

/** "Starta revidering" from a period (coordinators, adopted routines). */
export const ZStartRevision = z
  .object({ baseRevision: z.number().int().min(1).optional() })
  .strict();
export type StartRevision = z.infer<typeof ZStartRevision>;

/** What "Starta revidering" carried to the step pages, as open comment threads. */
export const ZStartedRevision = z.object({
  period: ZReviewPeriod,
  /** One per decision text and per feedback item carried: the step and the thread. */
  openItems: z.array(z.object({ step: z.number().int(), threadId: ZId })),
});
export type StartedRevision = z.infer<typeof ZStartedRevision>;

export const LIFECYCLE_STATES = [
  'not_adopted',
  'adopted',
  'in_use',
  'evaluation_due',
  'under_revision',
] as const;

/** The routine's state in its life, for the timeline's "Här är vi nu". */
export const ZRoutineLifecycle = z.object({
  state: z.enum(LIFECYCLE_STATES),
  adoptedVersion: z.number().int().nullable(),
  adoptedAt: z.string().nullable(),
  nextReviewDate: ZIsoDate.nullable(),
  daysToReview: z.number().int().nullable(),
  isReviewOverdue: z.boolean(),
  revisionStartedAt: z.string().nullable(),
});
export type RoutineLifecycle = z.infer<typeof ZRoutineLifecycle>;
