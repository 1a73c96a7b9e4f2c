import { z } from 'zod';
import { ZId } from './common';
import { ZWorkshop } from './workshops';

/**
 * What a routine keeps of its workshops (issue 17): the list with each workshop's outcome, and
 * the open items (parked questions, blocked questions) shown on the step pages (docs/adr/0020).
 */

/** How a workshop's questions ended up: agreed, parked, blocked (last round), or still open. */
export const ZWorkshopOutcomes = z.object({
  accepted: z.number().int(),
  parked: z.number().int(),
  /** Not agreed and not parked, with at least one block in its last agreement round. */
  blocked: z.number().int(),
  /** Neither of the above (not reached, or still being discussed). */
  undecided: z.number().int(),
});
export type WorkshopOutcomes = z.infer<typeof ZWorkshopOutcomes>;

export const ZWorkshopListItem = ZWorkshop.extend({ outcomes: ZWorkshopOutcomes });
export type WorkshopListItem = z.infer<typeof ZWorkshopListItem>;

/** A block as the record keeps it: the reason and the organisation, never a name. */
export const ZOpenItemBlock = z.object({
  reason: z.string(),
  organisation: z.string().nullable(),
});

/** A question a workshop left open: parked, or blocked in its last agreement round. */
export const ZWorkshopOpenItem = z.object({
  workshopId: ZId,
  code: z.string(),
  /** When the workshop started (its date on the step page). */
  workshopStartedAt: z.string(),
  workshopState: z.enum(['open', 'ended']),
  questionId: z.string(),
  step: z.number().int(),
  kind: z.enum(['parked', 'blocked']),
  /** The blocks of the question's last agreement round (empty when parked without any). */
  blocks: z.array(ZOpenItemBlock),
});
export type WorkshopOpenItem = z.infer<typeof ZWorkshopOpenItem>;
