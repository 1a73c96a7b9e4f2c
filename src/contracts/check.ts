import { z } from 'zod';
import { ZLocalized } from './common';

/** `blocker`: a version cannot be frozen; `warning`: should be fixed; `tip`: worth a look. */
export const SEVERITIES = ['blocker', 'warning', 'tip'] as const;
export const ZSeverity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof ZSeverity>;

/** What a finding points at, so the client can move focus to the field or item. */
export const FINDING_TARGET_TYPES = [
  'question',
  'action',
  'actor',
  'contact_path',
  'obstacle',
  'step',
  'routine',
  'milestone',
  'evaluation_plan',
] as const;
export const ZFindingTargetType = z.enum(FINDING_TARGET_TYPES);
export type FindingTargetType = z.infer<typeof ZFindingTargetType>;

export const ZFindingTarget = z.object({
  type: ZFindingTargetType,
  /** The question id, action id, actor id … the finding concerns. */
  id: z.string().optional(),
  /** The template step the finding belongs to, where it belongs to one. */
  step: z.number().int().optional(),
});
export type FindingTarget = z.infer<typeof ZFindingTarget>;

export const ZCheckQuery = z.object({
  /** Language of `message` and `source`; `messages` always carries both. */
  lang: z.enum(['sv', 'en']).default('sv'),
});
export type CheckQuery = z.infer<typeof ZCheckQuery>;

export const ZCheckFinding = z.object({
  /** Stable rule id, e.g. `step-without-action`: clients may branch on it. */
  rule: z.string(),
  severity: ZSeverity,
  /** In the requested language. */
  message: z.string(),
  messages: ZLocalized,
  target: ZFindingTarget,
  /** Where the requirement comes from (a law, a convention article), in the requested language. */
  source: z.string().optional(),
});
export type CheckFinding = z.infer<typeof ZCheckFinding>;

export const ZSeverityCounts = z.object({
  blocker: z.number().int(),
  warning: z.number().int(),
  tip: z.number().int(),
});
export type SeverityCounts = z.infer<typeof ZSeverityCounts>;

export const ZCheckResult = z.object({
  /** Ordered by severity (blockers first), then step, then rule. */
  findings: z.array(ZCheckFinding),
  /** Totals, and per step (every template step is present, zeros included). */
  counts: ZSeverityCounts.extend({ byStep: z.record(z.string(), ZSeverityCounts) }),
});
export type CheckResult = z.infer<typeof ZCheckResult>;
