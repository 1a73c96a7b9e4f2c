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

/** `isoDate` plus `months` calendar months; the 31st of a shorter month is its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0),
  ).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The next review date when a version is adopted (issue 18). A date the coordinators chose
 * for this version is kept: one after the adoption day that is not simply left over from the
 * previous cycle. Otherwise — a date on or before the adoption day, or the one the replaced
 * version already had — the next review is the adoption day plus the plan's interval, so a
 * new version never starts life overdue and the reminders follow it. No plan: no change.
 */
export function nextReviewAtAdoption(input: {
  adoptedOn: string;
  frequencyMonths: number | null;
  planDate: string | null;
  /** The routine's next review date while the replaced version was in force (null: first). */
  previousDate: string | null;
  replacesVersion: boolean;
}): { date: string | null; moved: boolean } {
  const { adoptedOn, frequencyMonths, planDate, previousDate, replacesVersion } = input;
  if (frequencyMonths === null) return { date: planDate, moved: false };
  const chosen =
    planDate !== null && planDate > adoptedOn && (!replacesVersion || planDate !== previousDate);
  if (chosen) return { date: planDate, moved: false };
  return { date: addMonths(adoptedOn, frequencyMonths), moved: true };
}
