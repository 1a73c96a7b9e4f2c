import type { FindingTargetType, Severity } from '../../contracts/check';
import type { Localized } from '../../contracts/common';
import type { RoutineSnapshot } from '../snapshot';

export type { FindingTargetType, Localized, Severity };

/** What a finding points at: the client moves focus there. */
export interface FindingTarget {
  type: FindingTargetType;
  /** Question id, action id, actor id, contact-path id, obstacle id, milestone id … */
  id?: string;
  /** The template step (1–6) the finding belongs to, where it belongs to one. */
  step?: number;
}

/** One thing the routine still lacks, in plain Swedish (du-form) and English. */
export interface Finding {
  /** The id of the rule that found it (stable: clients may branch on it). */
  rule: string;
  severity: Severity;
  message: Localized;
  target: FindingTarget;
  /** Where the requirement comes from, e.g. a law or a convention article (DOMAIN.md). */
  source?: Localized;
}

/** Everything a rule may read. Rules are pure: no I/O, no clock but `today`. */
export interface CheckInput {
  snapshot: RoutineSnapshot;
  /** The date the check runs, YYYY-MM-DD (injected, so timeline rules are testable). */
  today: string;
}

export interface Rule {
  /** Stable, kebab-case, unique in the registry. */
  id: string;
  /** The family file it lives in, e.g. `rights`. */
  family: string;
  check(input: CheckInput): Finding[];
}
