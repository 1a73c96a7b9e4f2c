import type { Kysely } from 'kysely';
import { LIMITS } from '../../contracts/common';
import { AppError } from '../core/errors';
import type { DB } from './schema';

/** Each cap of LIMITS: what it counts, in which table, scoped by which column. */
const CAPS = {
  actorsPerCollaboration: { table: 'actors', scope: 'collaborationId', noun: 'actors' },
  actionsPerRoutine: { table: 'actions', scope: 'routineId', noun: 'actions' },
  obstaclesPerRoutine: { table: 'obstacles', scope: 'routineId', noun: 'obstacles' },
  milestonesPerRoutine: { table: 'milestones', scope: 'routineId', noun: 'milestones' },
  knowledgeItemsPerCollaboration: {
    table: 'knowledgeItems',
    scope: 'collaborationId',
    noun: 'knowledge-bank items',
  },
  versionsPerRoutine: { table: 'routineVersions', scope: 'routineId', noun: 'versions' },
  commentsPerRoutine: { table: 'comments', scope: 'routineId', noun: 'comments' },
  membersPerCollaboration: { table: 'memberships', scope: 'collaborationId', noun: 'members' },
} as const satisfies Record<string, { table: keyof DB; scope: string; noun: string }>;

export type Cap = keyof typeof CAPS | 'collaborationsPerAccount';

function limitReached(cap: Cap, noun: string): AppError {
  return new AppError(
    'LIMIT_REACHED',
    `The limit of ${LIMITS[cap]} ${noun} is reached. Remove some before adding more.`,
    { limit: cap, max: LIMITS[cap] },
  );
}

/** How many of the things a cap counts there are now (in `scopeId`: a routine, a collaboration, a user). */
export async function countTowardsLimit(
  db: Kysely<DB>,
  cap: Cap,
  scopeId: string,
): Promise<number> {
  if (cap === 'collaborationsPerAccount') {
    // Created, not kept: leaving a collaboration does not make room for another.
    const row = await db
      .selectFrom('auditEvents')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('action', '=', 'collaboration.create')
      .where('userId', '=', scopeId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const anyDb = db as unknown as Kysely<Record<string, Record<string, string>>>;
  const { table, scope } = CAPS[cap];
  const row = await anyDb
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where(scope, '=', scopeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * 409 LIMIT_REACHED when adding one more would pass the cap. Call it inside the writing
 * transaction, after the lock the writer takes (the routine's, the collaboration's), so two
 * writers cannot both pass on the last free place.
 */
export async function assertBelowLimit(db: Kysely<DB>, cap: Cap, scopeId: string): Promise<void> {
  if ((await countTowardsLimit(db, cap, scopeId)) < LIMITS[cap]) return;
  throw limitReached(
    cap,
    cap === 'collaborationsPerAccount' ? 'collaborations created by you' : CAPS[cap].noun,
  );
}
