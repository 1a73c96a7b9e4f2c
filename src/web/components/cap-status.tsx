import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../contracts/limits';

/** The caps the forms show (the server answers 409 LIMIT_REACHED past them). */
export type ShownCap =
  | 'actorsPerCollaboration'
  | 'milestonesPerRoutine'
  | 'knowledgeItemsPerCollaboration';

/** True when one more would pass the cap: the add button is then disabled. */
export const isAtCap = (cap: ShownCap, count: number) => count >= LIMITS[cap];

/**
 * "12 av högst 100 aktörer", and at the cap why nothing more can be added. Give the
 * add button `aria-describedby={id}` and `disabled={isAtCap(cap, count)}`.
 */
export function CapStatus({ cap, count, id }: { cap: ShownCap; count: number; id: string }) {
  const { t } = useTranslation();
  const what = t(`limits.what.${cap}`);
  const max = LIMITS[cap];
  return isAtCap(cap, count) ? (
    <p id={id} className="notice cap-status cap-status--reached">
      {t('limits.reached', { max, what })}
    </p>
  ) : (
    <p id={id} className="muted cap-status">
      {t('limits.count', { count, max, what })}
    </p>
  );
}
