import type { Kysely } from 'kysely';
import { defaultMilestones } from '../../../domain/timeline';
import type { DB } from '../../db/schema';
import { insertMilestones } from './milestones.repository';

/**
 * Inserts the suggested timeline (one milestone per phase over the first year) for a new
 * routine; the group edits it. Call it inside the routine's creation transaction.
 * Kept apart from milestones.service so the routines module can use it without an import cycle.
 */
export async function insertDefaultMilestones(
  db: Kysely<DB>,
  routineId: string,
  at: string,
): Promise<void> {
  await insertMilestones(
    db,
    defaultMilestones(at.slice(0, 10)).map((m) => ({
      id: crypto.randomUUID(),
      routineId,
      ...m,
      doneDate: null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
    })),
  );
}
