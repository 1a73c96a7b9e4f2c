import type { RoutineSnapshot } from '../snapshot';
import { TEMPLATE } from '../template';
import { PHASE_ORDER } from '../timeline';
import type { Finding, Localized, Rule, Severity } from './types';

/**
 * Step 6: how the routine is followed up — the evaluation plan and the timeline
 * (establish, implement, test, evaluate).
 */

const PLAN_TARGET = { type: 'evaluation_plan', step: 6 } as const;

/** A routine without an evaluation plan cannot be frozen: step 6 asks how it is evaluated. */
export const evaluationPlanMissing: Rule = {
  id: 'evaluation-plan-missing',
  family: 'review',
  check: ({ snapshot }) =>
    snapshot.evaluationPlan
      ? []
      : [
          {
            rule: 'evaluation-plan-missing',
            severity: 'blocker',
            message: {
              sv: 'Utvärderingsplanen saknas i steg 6. Skriv hur rutinen ska utvärderas: metod, indikatorer, vem som ansvarar, hur ofta och när nästa uppföljning sker.',
              en: 'The evaluation plan is missing in step 6. Write how the routine is to be evaluated: method, indicators, who is responsible, how often and when the next review is.',
            },
            target: PLAN_TARGET,
          },
        ],
};

type PlanPart =
  | 'method'
  | 'indicators'
  | 'responsibleActorId'
  | 'frequencyMonths'
  | 'nextReviewDate';

const PLAN_PARTS: { key: PlanPart; label: Localized }[] = [
  { key: 'method', label: { sv: 'metod', en: 'method' } },
  { key: 'indicators', label: { sv: 'indikatorer', en: 'indicators' } },
  {
    key: 'responsibleActorId',
    label: { sv: 'ansvarig organisation', en: 'responsible organisation' },
  },
  { key: 'frequencyMonths', label: { sv: 'hur ofta', en: 'frequency' } },
  { key: 'nextReviewDate', label: { sv: 'nästa uppföljning', en: 'next review date' } },
];

/** The parts of the plan that are not filled in, in the plan's order. */
function missingPlanParts(snapshot: RoutineSnapshot): Set<PlanPart> {
  const plan = snapshot.evaluationPlan;
  if (!plan) return new Set();
  const filled: Record<PlanPart, boolean> = {
    method: plan.method.trim().length > 0,
    indicators: plan.indicators.some((i) => i.trim().length > 0),
    responsibleActorId:
      plan.responsibleActorId !== null &&
      snapshot.actors.some((a) => a.id === plan.responsibleActorId),
    frequencyMonths: Number.isInteger(plan.frequencyMonths) && plan.frequencyMonths >= 1,
    nextReviewDate: /^\d{4}-\d{2}-\d{2}$/.test(plan.nextReviewDate),
  };
  return new Set(PLAN_PARTS.filter((p) => !filled[p.key]).map((p) => p.key));
}

/** One rule over some parts of the plan: a finding listing those that are missing. */
function planPartsRule(
  id: string,
  severity: Severity,
  parts: readonly PlanPart[],
  lead: Localized,
): Rule {
  return {
    id,
    family: 'review',
    check: ({ snapshot }) => {
      const missing = missingPlanParts(snapshot);
      const labels = PLAN_PARTS.filter((p) => parts.includes(p.key) && missing.has(p.key));
      if (labels.length === 0) return [];
      return [
        {
          rule: id,
          severity,
          message: {
            sv: `${lead.sv} Fyll i: ${labels.map((p) => p.label.sv).join(', ')}.`,
            en: `${lead.en} Fill in: ${labels.map((p) => p.label.en).join(', ')}.`,
          },
          target: PLAN_TARGET,
        },
      ];
    },
  };
}

/** Method, responsible organisation and next review date: without them nobody follows the routine up (blocker). */
export const evaluationPlanIncomplete = planPartsRule(
  'evaluation-plan-incomplete',
  'blocker',
  ['method', 'responsibleActorId', 'nextReviewDate'],
  {
    sv: 'Utvärderingsplanen i steg 6 säger inte hur, av vem eller när rutinen följs upp.',
    en: 'The evaluation plan in step 6 does not say how, by whom or when the routine is reviewed.',
  },
);

/** Indicators and frequency make the follow-up better, but their absence does not stop it (warning). */
export const evaluationPlanDetails = planPartsRule(
  'evaluation-plan-details',
  'warning',
  ['indicators', 'frequencyMonths'],
  {
    sv: 'Utvärderingsplanen i steg 6 kan bli tydligare.',
    en: 'The evaluation plan in step 6 can be clearer.',
  },
);

/** The timeline has at least one milestone in each phase (warning per empty phase). */
export const timelinePhaseWithoutMilestone: Rule = {
  id: 'timeline-phase-without-milestone',
  family: 'review',
  check: ({ snapshot }) =>
    PHASE_ORDER.filter((phase) => !snapshot.milestones.some((m) => m.phase === phase)).map(
      (phase): Finding => {
        const title = TEMPLATE.timeline.phases.find((p) => p.key === phase)?.title ?? {
          sv: phase,
          en: phase,
        };
        return {
          rule: 'timeline-phase-without-milestone',
          severity: 'warning',
          message: {
            sv: `Tidslinjen har ingen milstolpe för fasen ${title.sv.toLowerCase()}. Lägg till när den ska vara klar.`,
            en: `The timeline has no milestone in the ${title.en.toLowerCase()} phase. Add when it is to be done.`,
          },
          target: { type: 'milestone', step: 6 },
        };
      },
    ),
};

/** The next review lies ahead (after today): a date that has come or passed means it is due. */
export const nextReviewNotInFuture: Rule = {
  id: 'next-review-not-in-future',
  family: 'review',
  check: ({ snapshot, today }) => {
    const date = snapshot.evaluationPlan?.nextReviewDate;
    if (!date || date > today) return [];
    return [
      {
        rule: 'next-review-not-in-future',
        severity: 'warning',
        message: {
          sv: `Datumet för nästa uppföljning (${date}) ligger inte i framtiden. Genomför uppföljningen och sätt ett nytt datum.`,
          en: `The next review date (${date}) is not in the future. Carry out the review and set a new date.`,
        },
        target: PLAN_TARGET,
      },
    ];
  },
};

export const REVIEW_RULES: readonly Rule[] = [
  evaluationPlanMissing,
  evaluationPlanIncomplete,
  evaluationPlanDetails,
  timelinePhaseWithoutMilestone,
  nextReviewNotInFuture,
];
