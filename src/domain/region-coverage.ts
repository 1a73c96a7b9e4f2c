import type { Coverage } from '../contracts/regions';
import { entryPointAfterHours } from './quality/entry-points';
import { nationalSupportLineMissing } from './quality/resources';
import { groupEntryPoints } from './render/entry-points';
import { actionsSecuringRight } from './rights';
import type { RoutineSnapshot } from './snapshot';

/**
 * What a regional overview counts as covered in an adopted routine, by the same functions the
 * quality check and the published page use, so the three never disagree:
 * entry points for children and adults (the page's entry boxes), a path outside office
 * hours (the check's after-hours rule), an interpreter and a protection assessment (the
 * rights checklist) and the national support line (the check's resource rule).
 */
export function coverageOf(snapshot: RoutineSnapshot, today: string): Coverage {
  const entries = groupEntryPoints(snapshot);
  const hasEntry = (box: (typeof entries)['children']) =>
    [...box.officeHours, ...box.afterHours].some((c) => c.actionId !== null);
  return {
    childrenEntry: hasEntry(entries.children),
    adultsEntry: hasEntry(entries.adults),
    outOfHours: entryPointAfterHours.check({ snapshot, today }).length === 0,
    interpreter: actionsSecuringRight(snapshot, 'interpreter').length > 0,
    protectionAssessment: actionsSecuringRight(snapshot, 'protection_assessment').length > 0,
    supportLine: nationalSupportLineMissing.check({ snapshot, today }).length === 0,
  };
}
