import type { Routine } from '../../../contracts/routines';
import { isApiError } from '../../api/client';

/**
 * A PATCH of one routine field answered 409 STALE_REVISION: the routine as it stands, and
 * whether the field itself is in conflict. The routine's revision moves on with every change
 * (a main rule, a title), so only when someone else changed *this* field to something other
 * than the user's choice is there anything to choose; otherwise the save is simply repeated
 * on the new revision. Undefined for any other error.
 */
export function staleField<K extends keyof Routine>(
  error: unknown,
  field: K,
  base: Routine[K],
  mine: Routine[K],
): { now: Routine; isConflict: boolean } | undefined {
  if (!isApiError(error, 'STALE_REVISION') || !error.details) return undefined;
  const now = error.details as Routine;
  return { now, isConflict: now[field] !== base && now[field] !== mine };
}
