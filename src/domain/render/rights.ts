import type { RoutineSnapshot } from '../snapshot';
import { indexSnapshot } from './model';

/**
 * The victim's rights the routine must secure (DOMAIN.md, "Victims' rights"), as a checklist.
 * A right is "secured" by the actions whose kind delivers it; rights no action kind stands
 * for (support person, damages) are listed for the reader to remember.
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

const KINDS: Record<RightKey, readonly string[]> = {
  rights_information: ['rights_information'],
  interpreter: ['interpreter'],
  protection_assessment: ['protection_assessment'],
  emergency_assistance: ['emergency_assistance', 'protective_placement'],
  health_care: ['health_care'],
  reflection_period: ['reflection_period'],
  counsel_for_injured_party: ['counsel_for_injured_party'],
  support_person: [],
  damages: [],
  return_programme: ['return_programme', 'consult_regional_coordinator'],
};

export interface RightItem {
  key: RightKey;
  /** who secures it in this routine: actor and step of each action of a matching kind */
  securedBy: { actorName: string; step: number; what: string }[];
}

export function rightsChecklist(s: RoutineSnapshot): RightItem[] {
  const ix = indexSnapshot(s);
  const sorted = [...s.actions].sort((a, b) => a.step - b.step || a.position - b.position);
  return RIGHT_KEYS.map((key) => ({
    key,
    securedBy: sorted
      .filter((a) => KINDS[key].includes(a.kind))
      .map((a) => ({ actorName: ix.actor(a.actorId)?.name ?? '', step: a.step, what: a.what })),
  }));
}
