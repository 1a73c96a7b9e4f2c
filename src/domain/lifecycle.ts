import { daysBetween } from './timeline';

/**
 * Where an adopted routine stands in its life (issue 18), for the timeline's "Här är vi nu":
 * adopted → in use → evaluation due → under revision. Pure: the caller passes today's date.
 *
 * - `not_adopted`: no version has been adopted yet (the timeline's phases tell the story).
 * - `under_revision`: a revision was started ("Starta revidering") from the version in force;
 *   adopting a new version ends it (the revision belonged to the version before).
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
  /** the version in force and the day it was adopted (YYYY-MM-DD…), null when none */
  adoptedVersion: number | null;
  adoptedAt: string | null;
  /** the next review date (the evaluation plan's, else the adopted version's), YYYY-MM-DD */
  nextReviewDate: string | null;
  /** the adopted version the latest "Starta revidering" started from, null when none */
  revisionOfVersion: number | null;
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
  const { adoptedVersion, adoptedAt, nextReviewDate, revisionOfVersion, today } = input;
  const daysToReview = nextReviewDate ? daysBetween(today, nextReviewDate) : null;
  const isReviewOverdue = daysToReview !== null && daysToReview < 0;
  const base = { daysToReview, isReviewOverdue };
  if (adoptedVersion === null || adoptedAt === null) return { state: 'not_adopted', ...base };
  if (revisionOfVersion === adoptedVersion) {
    return { state: 'under_revision', ...base };
  }
  if (daysToReview !== null && daysToReview <= EVALUATION_DUE_DAYS) {
    return { state: 'evaluation_due', ...base };
  }
  const daysSinceAdoption = daysBetween(adoptedAt.slice(0, 10), today);
  return { state: daysSinceAdoption < RECENTLY_ADOPTED_DAYS ? 'adopted' : 'in_use', ...base };
}
