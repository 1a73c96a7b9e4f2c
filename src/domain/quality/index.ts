import { TEMPLATE } from '../template';
import { ANSWER_RULES } from './answers';
import { CHILDREN_RULES } from './children';
import { CONTACT_PATH_RULES } from './contact-paths';
import { ENTRY_POINT_RULES } from './entry-points';
import { HANDOFF_RULES } from './handoffs';
import { OBSTACLE_RULES } from './obstacles';
import { PERSONAL_DATA_RULES } from './personal-data';
import { RESOURCE_RULES } from './resources';
import { REVIEW_RULES } from './review-rules';
import { RIGHTS_RULES } from './rights';
import { STEP_RULES } from './steps';
import type { CheckInput, Finding, Rule, Severity } from './types';

export type { CheckInput, Finding, FindingTarget, Rule, Severity } from './types';

/**
 * The quality check's rule registry: every rule the routine is checked against.
 *
 * Each family of rules lives in its own file in this folder and exports its rules as a
 * list (`STEP_RULES`, `RIGHTS_RULES` …). To add a rule:
 *
 * 1. Write it as a `Rule` ({@link ./types.ts}): a unique, stable kebab-case `id` (clients
 *    may branch on it), its `family` (the file's name), and a pure `check(input)` returning
 *    `Finding[]` — no I/O, no `Date.now()`: read the routine from `input.snapshot` and the
 *    date from `input.today`. Each finding names its `rule`, its `severity` (`blocker`
 *    stops a version from being frozen; `warning`; `tip`), a message in plain Swedish
 *    (du-form) and English, a `target` the client can move focus to (with the step when
 *    it belongs to one), and a `source` when it rests on a law or convention (DOMAIN.md).
 * 2. Put it in a family file's list, or a new file `<family>.ts` exporting `<FAMILY>_RULES`
 *    and spread that list below.
 * 3. Add `test/unit/quality-<family>.test.ts`: a routine that triggers it and one that does
 *    not (build snapshots with `test/unit/quality-fixtures.ts`).
 *
 * The HTTP endpoint, the counts per step and the freeze guard pick the rule up from here.
 */
export const RULES: readonly Rule[] = [
  ...ANSWER_RULES,
  ...STEP_RULES,
  ...CONTACT_PATH_RULES,
  ...ENTRY_POINT_RULES,
  ...RIGHTS_RULES,
  ...CHILDREN_RULES,
  ...OBSTACLE_RULES,
  ...HANDOFF_RULES,
  ...RESOURCE_RULES,
  ...REVIEW_RULES,
  ...PERSONAL_DATA_RULES,
];

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, tip: 2 };

/**
 * Runs every rule of `rules` (the registry by default) over the routine. Findings come
 * ordered by severity (blockers first), then step (findings without a step last), then rule
 * id; within one rule, in the order the rule gave them (e.g. question order).
 */
export function runChecks(input: CheckInput, rules: readonly Rule[] = RULES): Finding[] {
  const findings = rules.flatMap((rule) => rule.check(input));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        (a.finding.target.step ?? Number.POSITIVE_INFINITY) -
          (b.finding.target.step ?? Number.POSITIVE_INFINITY) ||
        (a.finding.rule < b.finding.rule ? -1 : a.finding.rule > b.finding.rule ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export interface SeverityCounts {
  blocker: number;
  warning: number;
  tip: number;
}

/** Totals and counts per step; every template step is present (zeros included). */
export function countFindings(
  findings: readonly Finding[],
): SeverityCounts & { byStep: Record<string, SeverityCounts> } {
  const zero = (): SeverityCounts => ({ blocker: 0, warning: 0, tip: 0 });
  const total = zero();
  const byStep: Record<string, SeverityCounts> = {};
  for (const step of TEMPLATE.steps) byStep[String(step.number)] = zero();
  for (const f of findings) {
    total[f.severity] += 1;
    if (f.target.step !== undefined) {
      const key = String(f.target.step);
      byStep[key] ??= zero();
      byStep[key][f.severity] += 1;
    }
  }
  return { ...total, byStep };
}

/** True when nothing blocks freezing a version. */
export const hasBlockers = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'blocker');
