import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Who may open a routine's live document: the member's role and organisation, or undefined. */
export async function findLiveAccess(db: Kysely<DB>, routineId: string, userId: string) {
  return db
    .selectFrom('routines')
    .innerJoin('memberships', 'memberships.collaborationId', 'routines.collaborationId')
    .leftJoin('actors', 'actors.id', 'memberships.actorId')
    .select([
      'routines.collaborationId',
      'routines.status',
      'memberships.role',
      'actors.name as organisation',
    ])
    .where('routines.id', '=', routineId)
    .where('memberships.userId', '=', userId)
    .executeTakeFirst();
}

/** The stored Yjs state of a routine's document, the projected texts and the main rule. */
export async function findLiveSources(db: Kysely<DB>, routineId: string) {
  const [doc, answers, routine] = await Promise.all([
    db
      .selectFrom('routineDocs')
      .select('state')
      .where('routineId', '=', routineId)
      .executeTakeFirst(),
    db
      .selectFrom('answers')
      .select(['questionId', 'text', 'revision'])
      .where('routineId', '=', routineId)
      .execute(),
    db
      .selectFrom('routines')
      .select(['mainRule', 'collaborationId'])
      .where('id', '=', routineId)
      .executeTakeFirst(),
  ]);
  return { state: doc ? new Uint8Array(doc.state) : null, answers, routine };
}

export async function upsertRoutineDoc(
  db: Kysely<DB>,
  routineId: string,
  state: Uint8Array,
  at: string,
) {
  await db
    .insertInto('routineDocs')
    .values({ routineId, state: Buffer.from(state), updatedAt: at })
    .onConflict((oc) =>
      oc.column('routineId').doUpdateSet({ state: Buffer.from(state), updatedAt: at }),
    )
    .execute();
}

/**
 * Projects one live text into the answers table: a new revision only when the text differs
 * (the check is in the statement, so a concurrent REST save is never overwritten blindly).
 */
export async function projectAnswer(
  db: Kysely<DB>,
  row: { routineId: string; questionId: string; text: string; userId: string | null; at: string },
): Promise<boolean> {
  const updated = await db
    .updateTable('answers')
    .set((eb) => ({
      text: row.text,
      revision: eb('revision', '+', 1),
      updatedBy: row.userId,
      updatedAt: row.at,
    }))
    .where('routineId', '=', row.routineId)
    .where('questionId', '=', row.questionId)
    .where('text', '!=', row.text)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return true;
  if (row.text === '') return false;
  const inserted = await db
    .insertInto('answers')
    .values({
      routineId: row.routineId,
      questionId: row.questionId,
      text: row.text,
      revision: 1,
      updatedBy: row.userId,
      updatedAt: row.at,
    })
    .onConflict((oc) => oc.columns(['routineId', 'questionId']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function projectMainRule(
  db: Kysely<DB>,
  routineId: string,
  mainRule: string | null,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('routines')
    .set({ mainRule, updatedAt: at })
    .where('id', '=', routineId)
    .where((eb) =>
      mainRule === null
        ? eb('mainRule', 'is not', null)
        : eb.or([eb('mainRule', 'is', null), eb('mainRule', '!=', mainRule)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchRoutineAt(db: Kysely<DB>, routineId: string, at: string) {
  await db.updateTable('routines').set({ updatedAt: at }).where('id', '=', routineId).execute();
}

export async function findRoutineCollaboration(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('routines')
    .select('collaborationId')
    .where('id', '=', routineId)
    .executeTakeFirst();
}

/** The routines whose open documents hear about a change to their collaboration. */
export async function findRoutineIdsOfCollaboration(db: Kysely<DB>, collaborationId: string) {
  return db
    .selectFrom('routines')
    .select('id')
    .where('collaborationId', '=', collaborationId)
    .execute();
}
