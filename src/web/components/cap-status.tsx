import '../i18n/areas/limits';
import { LIMITS } from '../../contracts/limits';
import { type TFunction, useTranslation } from '../i18n';

/** The caps the forms show (the server answers 409 LIMIT_REACHED past them). */
export type ShownCap =
  | 'actorsPerCollaboration'
  | 'actionsPerRoutine'
  | 'obstaclesPerRoutine'
  | 'milestonesPerRoutine'
  | 'knowledgeItemsPerCollaboration'
  | 'versionsPerRoutine'
  | 'commentsPerRoutine'
  | 'membersPerCollaboration'
  | 'collaborationsPerAccount';

const SHOWN_CAPS: readonly ShownCap[] = [
  'actorsPerCollaboration',
  'actionsPerRoutine',
  'obstaclesPerRoutine',
  'milestonesPerRoutine',
  'knowledgeItemsPerCollaboration',
  'versionsPerRoutine',
  'commentsPerRoutine',
  'membersPerCollaboration',
  'collaborationsPerAccount',
];

/** True when one more would pass the cap: the add button is then disabled. */
export const isAtCap = (cap: ShownCap, count: number) => count >= LIMITS[cap];

/** How many places are left before the cap; "near" when a tenth of the cap or less remains. */
export function placesLeft(cap: ShownCap, count: number): { left: number; isNear: boolean } {
  const left = Math.max(0, LIMITS[cap] - count);
  return { left, isNear: left > 0 && left <= Math.max(1, Math.floor(LIMITS[cap] / 10)) };
}

/**
 * "12 av högst 100 aktörer", near the cap how many are left, and at the cap why nothing more
 * can be added. A polite live region, so a change near or at the cap is read out calmly after
 * the add that caused it. Give the add button `aria-describedby={id}` and
 * `disabled={isAtCap(cap, count)}`.
 */
export function CapStatus({ cap, count, id }: { cap: ShownCap; count: number; id: string }) {
  const { t } = useTranslation();
  const what = t(`limits.what.${cap}`);
  const max = LIMITS[cap];
  const { left, isNear } = placesLeft(cap, count);
  if (isAtCap(cap, count)) {
    return (
      <p id={id} className="notice cap-status cap-status--reached" aria-live="polite">
        {cap === 'versionsPerRoutine' || cap === 'collaborationsPerAccount'
          ? t(`limits.reachedOf.${cap}`, { max })
          : t('limits.reached', { max, what })}
      </p>
    );
  }
  return (
    <p id={id} className="muted cap-status" aria-live="polite">
      {isNear
        ? t('limits.near', { count, max, what, left })
        : t('limits.count', { count, max, what })}
    </p>
  );
}

/**
 * The sentence for the API's 409 LIMIT_REACHED (details `{ limit, max }`), naming the cap:
 * "Rutinen har redan 500 åtgärder, som är största antalet. …".
 */
export function limitReachedMessage(t: TFunction, details: unknown): string {
  const { limit, max } = (details ?? {}) as { limit?: string; max?: number };
  const cap = SHOWN_CAPS.find((c) => c === limit);
  if (!cap) return t('limits.refused.other');
  return t(`limits.refused.${cap}`, { max: max ?? LIMITS[cap] });
}
