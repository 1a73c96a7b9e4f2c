import { actionsSecuringRight, RIGHT_KEYS, type RightKey } from '../rights';
import type { RoutineSnapshot } from '../snapshot';
import { indexSnapshot } from './model';

export { RIGHT_KEYS, type RightKey };

export interface RightItem {
  key: RightKey;
  /** who secures it in this routine: actor and step of each action of a matching kind */
  securedBy: { actorName: string; step: number; what: string }[];
}

/**
 * The victim's rights as a checklist for the published page and the exports. A right is
 * "secured" by the actions in steps 3–5 whose kind delivers it: the same function the
 * quality check's rights rules use (domain/rights.ts), so the two agree.
 */
export function rightsChecklist(s: RoutineSnapshot): RightItem[] {
  const ix = indexSnapshot(s);
  return RIGHT_KEYS.map((key) => ({
    key,
    securedBy: actionsSecuringRight(s, key).map((a) => ({
      actorName: ix.actor(a.actorId)?.name ?? '',
      step: a.step,
      what: a.what,
    })),
  }));
}
