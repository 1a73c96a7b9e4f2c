import type { Insertable, Kysely, QueryCreator } from 'kysely';
import { isPostgres } from '../../db/dialect';
import { touchPublished } from '../../db/publish-stamp';
import type { DB, RoutinesTable } from '../../db/schema';
import { type AuditInput, auditEventRow } from '../audit/audit.repository';

const SUMMARY_COLUMNS = [
  'id',
  'collaborationId',
  'slug',
  'title',
  'status',
  'visibility',
  'updatedAt',
] as const;

export async function findRoutineSummariesOfCollaborations(
  db: Kysely<DB>,
  collaborationIds: string[],
) {
  if (collaborationIds.length === 0) return [];
  return db
    .selectFrom('routines')
    .select(SUMMARY_COLUMNS)
    .where('collaborationId', 'in', collaborationIds)
    .orderBy('createdAt')
    .execute();
}

export async function findRoutineById(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('routines')
    .select([
      ...SUMMARY_COLUMNS,
      'mainRule',
      'adoptedVersion',
      'adoptedAt',
      'nextReviewDate',
      'revision',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findSlugsStartingWith(db: Kysely<DB>, prefix: string) {
  const rows = await db
    .selectFrom('routines')
    .select('slug')
    .where('slug', 'like', `${prefix}%`)
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** Is the slug some routine's current address, or another routine's earlier one? */
export async function isSlugTaken(db: Kysely<DB>, slug: string, routineId: string) {
  const current = await db
    .selectFrom('routines')
    .select('id')
    .where('slug', '=', slug)
    .where('id', '<>', routineId)
    .executeTakeFirst();
  if (current) return true;
  const earlier = await db
    .selectFrom('routineSlugHistory')
    .select('routineId')
    .where('slug', '=', slug)
    .where('routineId', '<>', routineId)
    .executeTakeFirst();
  return earlier !== undefined;
}

/**
 * Gives a routine a new address and keeps the old one as a redirect. A slug the routine had
 * before becomes its address again (its history row goes). The primary key on the history and
 * the unique slug on routines refuse a slug another writer took meanwhile (409).
 */
export async function moveRoutineSlug(
  db: Kysely<DB>,
  move: { routineId: string; from: string; to: string; at: string },
) {
  await db
    .deleteFrom('routineSlugHistory')
    .where('slug', '=', move.to)
    .where('routineId', '=', move.routineId)
    .execute();
  await db
    .insertInto('routineSlugHistory')
    .values({ slug: move.from, routineId: move.routineId, createdAt: move.at })
    .execute();
  await db
    .updateTable('routines')
    .set({ slug: move.to })
    .where('id', '=', move.routineId)
    .execute();
  await touchPublished(db);
}

export async function insertRoutine(db: Kysely<DB>, row: Insertable<RoutinesTable>) {
  await db.insertInto('routines').values(row).execute();
}

export async function updateRoutine(
  db: Kysely<DB>,
  id: string,
  patch: Partial<Pick<RoutinesTable, 'title' | 'visibility' | 'mainRule' | 'status'>> & {
    revision?: number;
    updatedAt: string;
  },
) {
  await db.updateTable('routines').set(patch).where('id', '=', id).execute();
  if (patch.visibility !== undefined || patch.status !== undefined || patch.title !== undefined) {
    await touchPublished(db);
  }
}

export async function findRoutineStatus(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('routines')
    .select(['status', 'adoptedVersion', 'nextReviewDate'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The routine's status after a freeze: in review, or still adopted. The caller touches the published page. */
export async function setRoutineStatus(
  db: Kysely<DB>,
  id: string,
  status: RoutinesTable['status'],
  at: string,
) {
  await db.updateTable('routines').set({ status, updatedAt: at }).where('id', '=', id).execute();
}

/** Records that a version is now in force. The caller touches the published page. */
export async function markRoutineAdopted(
  db: Kysely<DB>,
  id: string,
  adopted: { number: number; date: string; nextReviewDate: string | null; at: string },
) {
  await db
    .updateTable('routines')
    .set({
      status: 'adopted',
      adoptedVersion: adopted.number,
      adoptedAt: adopted.date,
      nextReviewDate: adopted.nextReviewDate,
      updatedAt: adopted.at,
    })
    .where('id', '=', id)
    .execute();
}

export async function findAnswersOfRoutine(db: Kysely<DB>, routineId: string) {
  return db
    .selectFrom('answers')
    .select(['questionId', 'text', 'revision'])
    .where('routineId', '=', routineId)
    .execute();
}

export async function findAnswer(db: Kysely<DB>, routineId: string, questionId: string) {
  return db
    .selectFrom('answers')
    .select(['text', 'revision'])
    .where('routineId', '=', routineId)
    .where('questionId', '=', questionId)
    .executeTakeFirst();
}

/** Inserts the first revision; false when another writer got there first. */
export async function insertFirstAnswer(
  db: Kysely<DB>,
  row: { routineId: string; questionId: string; text: string; userId: string; at: string },
): Promise<boolean> {
  const result = await db
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
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

interface AnswerWrite {
  routineId: string;
  questionId: string;
  text: string;
  baseRevision: number;
  userId: string;
  at: string;
}

/** An answer's compare-and-set: the UPDATE that lands only on `baseRevision`. */
const answerCompareAndSet = (db: QueryCreator<DB>, row: AnswerWrite) =>
  db
    .updateTable('answers')
    .set({
      text: row.text,
      revision: row.baseRevision + 1,
      updatedBy: row.userId,
      updatedAt: row.at,
    })
    .where('routineId', '=', row.routineId)
    .where('questionId', '=', row.questionId)
    .where('revision', '=', row.baseRevision);

/**
 * PostgreSQL: an answer save in one statement, atomic without BEGIN and COMMIT: the UPDATE
 * with its revision check and, only when it landed, the audit row and the routine's "last
 * changed" (skipped while another transaction holds the routine's row, as in
 * touchRoutineUnlessBusy). Two round trips fewer than the transaction's five statements, on
 * the hottest write path. False when the stored revision is not `baseRevision` (nothing is
 * written then).
 */
export async function updateAnswerAuditedIfRevision(
  db: Kysely<DB>,
  row: AnswerWrite,
  event: AuditInput,
): Promise<boolean> {
  const audit = auditEventRow(event);
  const result = await db
    .with('landed', (qb) => answerCompareAndSet(qb, row).returning('routineId'))
    .with('audited', (qb) =>
      qb
        .insertInto('auditEvents')
        .columns([
          'id',
          'collaborationId',
          'userId',
          'action',
          'targetType',
          'targetId',
          'summary',
          'params',
          'at',
        ])
        .expression((eb) =>
          eb
            .selectFrom('landed')
            .select([
              eb.val(audit.id).as('id'),
              eb.val(audit.collaborationId).as('collaborationId'),
              eb.val(audit.userId).as('userId'),
              eb.val(audit.action).as('action'),
              eb.val(audit.targetType).as('targetType'),
              eb.val(audit.targetId).as('targetId'),
              eb.val(audit.summary).as('summary'),
              eb.val(audit.params).as('params'),
              eb.val(audit.at).as('at'),
            ]),
        ),
    )
    .with('touched', (qb) =>
      qb
        .updateTable('routines')
        .set({ updatedAt: row.at })
        .where('id', '=', (eb) =>
          eb
            .selectFrom('routines')
            .select('id')
            .where('id', '=', row.routineId)
            .where((w) => w.exists(w.selectFrom('landed').select('landed.routineId')))
            .forNoKeyUpdate()
            .skipLocked(),
        ),
    )
    .selectFrom('landed')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(result.n) === 1;
}

/** Compare-and-set on the revision; false when the stored revision is not `baseRevision`. */
export async function updateAnswerIfRevision(db: Kysely<DB>, row: AnswerWrite): Promise<boolean> {
  const result = await answerCompareAndSet(db, row).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchRoutine(db: Kysely<DB>, id: string, at: string) {
  await db.updateTable('routines').set({ updatedAt: at }).where('id', '=', id).execute();
}

/**
 * touchRoutine for answer saves, where many people write one routine at the same moment: on
 * PostgreSQL the routine's row is left alone while another transaction holds it (that one is
 * setting the same "last changed" within milliseconds, or is an ordered-list writer that
 * locked it), so concurrent saves do not queue behind one row lock until each commits.
 * SQLite runs one write transaction at a time anyway.
 */
export async function touchRoutineUnlessBusy(db: Kysely<DB>, id: string, at: string) {
  if (!isPostgres(db)) return touchRoutine(db, id, at);
  await db
    .updateTable('routines')
    .set({ updatedAt: at })
    .where('id', '=', (eb) =>
      eb.selectFrom('routines').select('id').where('id', '=', id).forNoKeyUpdate().skipLocked(),
    )
    .execute();
}
