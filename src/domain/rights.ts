import type { RoutineSnapshot, SnapshotAction } from './snapshot';

/**
 * The victim's rights the routine must secure (DOMAIN.md, "Victims' rights") and the action
 * kinds that secure each. One function answers "who secures this right" for both the quality
 * check's rights rules and the published rights checklist (page, PDF, Word, Markdown), so the
 * two always agree.
 */
export const RIGHT_KEYS = [
  'rights_information',
  'interpreter',
  'protection_assessment',
  'emergency_assistance',
  'health_care',
  'reflection_period',
  'counsel_for_injured_party',
  'support_person',
  'damages',
  'return_programme',
] as const;
export type RightKey = (typeof RIGHT_KEYS)[number];

/** The action kinds that secure a right; rights no kind stands for are listed for the reader. */
export const RIGHT_ACTION_KINDS: Record<RightKey, readonly string[]> = {
  rights_information: ['rights_information'],
  interpreter: ['interpreter'],
  protection_assessment: ['protection_assessment'],
  // A protective placement (skyddsplacering) is emergency assistance: safe housing.
  emergency_assistance: ['emergency_assistance', 'protective_placement'],
  health_care: ['health_care'],
  reflection_period: ['reflection_period'],
  counsel_for_injured_party: ['counsel_for_injured_party'],
  support_person: [],
  damages: [],
  return_programme: ['return_programme', 'consult_regional_coordinator'],
};

/** The steps in which an action can secure a right: contact, first meeting, support. */
export const RIGHT_STEPS: readonly number[] = [3, 4, 5];

/**
 * The actions that secure `kinds` (a right's kinds, or one extra kind such as
 * `report_to_police`), in steps 3–5, ordered by step then position.
 */
export function actionsSecuring(
  snapshot: RoutineSnapshot,
  kinds: readonly string[],
): SnapshotAction[] {
  return snapshot.actions
    .filter((a) => RIGHT_STEPS.includes(a.step) && kinds.includes(a.kind))
    .sort((a, b) => a.step - b.step || a.position - b.position);
}

/** The actions that secure one right (see {@link actionsSecuring}). */
export const actionsSecuringRight = (snapshot: RoutineSnapshot, key: RightKey) =>
  actionsSecuring(snapshot, RIGHT_ACTION_KINDS[key]);
