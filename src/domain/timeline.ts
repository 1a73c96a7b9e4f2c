import type { TimelinePhaseKey } from './template';

/**
 * The routine's timeline (tidslinje, template step 6): milestones in four phases —
 * establish, implement, test, evaluate — and where the work stands today. Pure: the caller
 * passes today's date (from the injectable clock).
 */
export type Phase = TimelinePhaseKey;
export const PHASE_ORDER: readonly Phase[] = ['establish', 'implement', 'test', 'evaluate'];

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` plus whole months, the day clamped to the month's end (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(Number(m[3]), lastDay)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export interface SuggestedMilestone {
  phase: Phase;
  title: string;
  plannedDate: string;
}

/**
 * The milestones a new routine starts with, for the group to edit: one per phase, spread
 * over the first year. Titles are Swedish because they are the group's data, not UI text.
 */
export function defaultMilestones(today: string): SuggestedMilestone[] {
  return [
    { phase: 'establish', title: 'Rutinen upprättad', plannedDate: addMonths(today, 3) },
    {
      phase: 'implement',
      title: 'Rutinen införd i alla organisationer',
      plannedDate: addMonths(today, 5),
    },
    {
      phase: 'test',
      title: 'Rutinen testad i ett ärende eller en övning',
      plannedDate: addMonths(today, 8),
    },
    { phase: 'evaluate', title: 'Första utvärderingen', plannedDate: addMonths(today, 12) },
  ];
}

export interface TimelineMilestoneInput {
  id: string;
  phase: Phase;
  title: string;
  plannedDate: string;
  doneDate: string | null;
}

export interface TimelineMilestone extends TimelineMilestoneInput {
  isDone: boolean;
  /** planned before today and not done */
  isOverdue: boolean;
  /** days past the planned date while overdue; 0 otherwise */
  daysOverdue: number;
  /** where the planned date lies on the time axis, 0 (start) … 1 (end) */
  position: number;
}

export interface TimelinePhaseView {
  phase: Phase;
  /** earliest and latest planned date of its milestones; null without milestones */
  start: string | null;
  end: string | null;
  state: 'done' | 'current' | 'upcoming' | 'empty';
  /** by planned date, then title */
  milestones: TimelineMilestone[];
}

export interface TimelineView {
  today: string;
  /** the time axis: every planned and done date, and today */
  start: string;
  end: string;
  phases: TimelinePhaseView[];
  /** the "här är vi nu" marker */
  now: {
    date: string;
    position: number;
    /** the phase of the earliest-planned milestone not yet done; null when all are done (or none exist) */
    phase: Phase | null;
    /** the last milestone planned on or before today, and the first planned after it */
    previousMilestoneId: string | null;
    nextMilestoneId: string | null;
  };
  overdueCount: number;
}

const byPlanned = (a: TimelineMilestoneInput, b: TimelineMilestoneInput) =>
  a.plannedDate < b.plannedDate
    ? -1
    : a.plannedDate > b.plannedDate
      ? 1
      : PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);

/**
 * The timeline as the UI draws it: the four phases in order with their milestones along one
 * time axis, overdue flags, and the "we are here" position at today. Its text equivalent is
 * the phases' milestone lists plus `now`.
 */
export function timelineView(
  milestones: readonly TimelineMilestoneInput[],
  today: string,
): TimelineView {
  const sorted = [...milestones].sort(byPlanned);
  const dates = [
    today,
    ...sorted.flatMap((m) => (m.doneDate ? [m.plannedDate, m.doneDate] : [m.plannedDate])),
  ];
  const start = dates.reduce((x, y) => (y < x ? y : x));
  const end = dates.reduce((x, y) => (y > x ? y : x));
  const span = daysBetween(start, end);
  const positionOf = (date: string) => (span === 0 ? 0 : daysBetween(start, date) / span);

  const views: TimelineMilestone[] = sorted.map((m) => {
    const isDone = m.doneDate !== null;
    const isOverdue = !isDone && m.plannedDate < today;
    return {
      ...m,
      isDone,
      isOverdue,
      daysOverdue: isOverdue ? daysBetween(m.plannedDate, today) : 0,
      position: positionOf(m.plannedDate),
    };
  });
  const firstOpen = views.find((m) => !m.isDone);
  const currentPhase = firstOpen?.phase ?? null;
  const currentRank = currentPhase ? PHASE_ORDER.indexOf(currentPhase) : PHASE_ORDER.length;

  const phases = PHASE_ORDER.map((phase, rank): TimelinePhaseView => {
    const own = views.filter((m) => m.phase === phase);
    const state: TimelinePhaseView['state'] =
      own.length === 0
        ? 'empty'
        : own.every((m) => m.isDone)
          ? 'done'
          : // a phase before the current one with work left is still in progress
            rank <= currentRank
            ? 'current'
            : 'upcoming';
    return {
      phase,
      start: own[0]?.plannedDate ?? null,
      end: own[own.length - 1]?.plannedDate ?? null,
      state,
      milestones: own,
    };
  });

  const previous = [...views].reverse().find((m) => m.plannedDate <= today) ?? null;
  const next = views.find((m) => m.plannedDate > today) ?? null;
  return {
    today,
    start,
    end,
    phases,
    now: {
      date: today,
      position: positionOf(today),
      phase: currentPhase,
      previousMilestoneId: previous?.id ?? null,
      nextMilestoneId: next?.id ?? null,
    },
    overdueCount: views.filter((m) => m.isOverdue).length,
  };
}
