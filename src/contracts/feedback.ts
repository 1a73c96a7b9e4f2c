import { z } from 'zod';
import { ZId } from './common';

/** Feedback from use (issue 18): what a reader of the published routine reports. */

export const FEEDBACK_TEXT_MAX = 4_000;
export const FEEDBACK_SHORT_MAX = 200;
export const FEEDBACK_NOTE_MAX = 2_000;

/** Triage: ny → diskuteras → ledde till ändring / ingen åtgärd. */
export const FEEDBACK_STATUSES = ['new', 'discussing', 'changed', 'no_action'] as const;
export const ZFeedbackStatus = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof ZFeedbackStatus>;

/** 0 = the routine as a whole; 1–6 = a step of the template. */
export const ZFeedbackStep = z.coerce.number().int().min(0).max(6);

const optionalShort = z
  .string()
  .trim()
  .max(FEEDBACK_SHORT_MAX)
  .optional()
  .transform((v) => (v ? v : undefined));

/** What the published page's form and JSON clients send. `website` is the honeypot. */
export const ZSubmitFeedback = z.object({
  step: ZFeedbackStep,
  text: z.string().trim().min(1).max(FEEDBACK_TEXT_MAX),
  organisation: optionalShort,
  role: optionalShort,
  /** Left empty by people; bots fill it in. A filled one is thanked and dropped. */
  website: z.string().max(500).optional(),
});
export type SubmitFeedback = z.infer<typeof ZSubmitFeedback>;

export const ZFeedbackReceipt = z.object({ received: z.literal(true) });

export const ZFeedback = z.object({
  id: ZId,
  routineId: ZId,
  step: z.number().int(),
  text: z.string(),
  organisation: z.string().nullable(),
  role: z.string().nullable(),
  versionNumber: z.number().int().nullable(),
  status: ZFeedbackStatus,
  note: z.string().nullable(),
  changeRef: z.string().nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Feedback = z.infer<typeof ZFeedback>;

export const ZFeedbackQuery = z.object({
  step: z.coerce.number().int().min(0).max(6).optional(),
  status: ZFeedbackStatus.optional(),
  /**
   * Only the feedback of this review period (uppföljning) of the routine: received from its
   * first day to the end of its last, the same rule as the period's `feedbackCount`.
   */
  reviewId: ZId.optional(),
});
export type FeedbackQuery = z.infer<typeof ZFeedbackQuery>;

export const ZTriageFeedback = z
  .object({
    status: ZFeedbackStatus,
    note: z.string().trim().max(FEEDBACK_NOTE_MAX).nullable().optional(),
    /** The change it led to: "version 3", a link … */
    changeRef: z.string().trim().max(FEEDBACK_SHORT_MAX).nullable().optional(),
    baseRevision: z.number().int().min(0),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type TriageFeedback = z.infer<typeof ZTriageFeedback>;

export const ZFeedbackParams = z.object({ rid: ZId, id: ZId });
export const ZPublishedParams = z.object({ slug: z.string().min(1).max(200) });

/** Per step ("0".."6"): all items, and those still new or under discussion. */
export const ZFeedbackCounts = z.record(
  z.string(),
  z.object({ total: z.number().int(), open: z.number().int() }),
);
export type FeedbackCounts = z.infer<typeof ZFeedbackCounts>;
