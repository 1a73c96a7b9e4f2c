import { daysBetween } from './timeline';

/**
 * Where an adopted routine stands in its life (issue 18), for the timeline's "Här är vi nu":
 * adopted → in use → evaluation due → under revision. Pure: the caller passes today's date.
 *
 * - `not_adopted`: no version has been adopted yet (the timeline's phases tell the story).
 * - `under_revision`: a revision was started ("Starta revidering") after the latest adoption;
 *   a newly adopted version ends it, because its adoption is later.
 * - `evaluation_due`: the next review date is within EVALUATION_DUE_DAYS, or past (overdue).
 * - `adopted`: adopted within the last RECENTLY_ADOPTED_DAYS; `in_use` after that.
 */
export type LifecycleState =
  | 'not_adopted'
  | 'adopted'
  | 'in_use'
  | 'evaluation_due'
  | 'under_revision';

export const EVALUATION_DUE_DAYS = 30;
export const RECENTLY_ADOPTED_DAYS = 30;

export interface LifecycleInput {
  /** ISO date-time of the latest adoption, null when none */
  adoptedAt: string | null;
  /** the next review date (the evaluation plan's, else the adopted version's), YYYY-MM-DD */
  nextReviewDate: string | null;
  /** ISO date-time of the latest "Starta revidering", null when none */
  revisionStartedAt: string | null;
  /** YYYY-MM-DD */
  today: string;
}

export interface Lifecycle {
  state: LifecycleState;
  /** days from today to the next review date (negative when overdue); null without a date */
  daysToReview: number | null;
  isReviewOverdue: boolean;
}

export function routineLifecycle(input: LifecycleInput): Lifecycle {
  const { adoptedAt, nextReviewDate, revisionStartedAt, today } = input;
  const daysToReview = nextReviewDate ? daysBetween(today, nextReviewDate) : null;
  const isReviewOverdue = daysToReview !== null && daysToReview < 0;
  const base = { daysToReview, isReviewOverdue };
  if (adoptedAt === null) return { state: 'not_adopted', ...base };
  if (revisionStartedAt !== null && revisionStartedAt > adoptedAt) {
    return { state: 'under_revision', ...base };
  }
  if (daysToReview !== null && daysToReview <= EVALUATION_DUE_DAYS) {
    return { state: 'evaluation_due', ...base };
  }
  const daysSinceAdoption = daysBetween(adoptedAt.slice(0, 10), today);
  return { state: daysSinceAdoption < RECENTLY_ADOPTED_DAYS ? 'adopted' : 'in_use', ...base };
}
