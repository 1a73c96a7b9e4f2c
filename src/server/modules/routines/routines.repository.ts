import { type Insertable, type Kysely, type RawBuilder, sql } from 'kysely';
import { isPostgres } from '../../db/dialect';
import { runInGroupCommit } from '../../db/group-commit';
import { touchPublished } from '../../db/publish-stamp';
import type { DB, MembershipsTable, RoutinesTable } from '../../db/schema';
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

/*
 * The answer save is the hottest write (issue 20), so its statements are written as SQL text:
 * Kysely's builder spent more CPU building, transforming and compiling the UPDATE with its
 * membership check than SQLite spent running it (60 against 28 µs per statement). The texts
 * are dialect-neutral but for PostgreSQL's CTE wrapper; column names are the tables' own.
 */

/** An answer's compare-and-set: the UPDATE that lands only on `baseRevision` (and `andAlso`). */
const answerCompareAndSet = (row: AnswerWrite, andAlso: RawBuilder<unknown> = sql`true`) => sql`
  update answers
  set text = ${row.text}, revision = ${row.baseRevision + 1},
    updated_by = ${row.userId}, updated_at = ${row.at}
  where routine_id = ${row.routineId} and question_id = ${row.questionId}
    and revision = ${row.baseRevision} and ${andAlso}`;

/** The caller's membership of the routine's collaboration has one of `roles`. */
const isMemberWithRole = (routineId: string, userId: string, roles: readonly string[]) => sql`
  exists (
    select 1 from routines r
    join memberships m on m.collaboration_id = r.collaboration_id
    where r.id = ${routineId} and m.user_id = ${userId} and m.role in (${sql.join(roles)}))`;

/** The audit row of a save of `routineId` (when `andAlso`), its collaboration the routine's. */
const insertAuditOfRoutine = (
  routineId: string,
  event: Omit<AuditInput, 'collaborationId'>,
  andAlso: RawBuilder<unknown> = sql`true`,
) => {
  const a = auditEventRow({ ...event, collaborationId: null });
  return sql`
    insert into audit_events
      (id, collaboration_id, user_id, action, target_type, target_id, summary, params, "at")
    select ${a.id}, collaboration_id, ${a.userId}, ${a.action}, ${a.targetType}, ${a.targetId},
      ${a.summary}, ${a.params}, ${a.at}
    from routines where id = ${routineId} and ${andAlso}`;
};

/**
 * An answer save for a caller who may edit, in the fewest statements: the compare-and-set on
 * the revision lands only while the caller's membership of the routine's collaboration has one
 * of `roles` (the tenancy and role checks are in the UPDATE, not read before it); when it
 * landed, the audit row (its collaboration taken from the routine inside the INSERT) and the
 * routine's "last changed" (skipped while another transaction holds the routine's row, as in
 * touchRoutineUnlessBusy).
 * - PostgreSQL: one statement of data-modifying CTEs, atomic without BEGIN and COMMIT.
 * - SQLite: the three statements in one transaction, shared with the saves that arrive in the
 *   same turn of the event loop (each under its own savepoint: runInGroupCommit).
 * False when nothing was written — no such routine, not a member with one of `roles`, or a
 * stored revision other than `baseRevision`: the caller finds out which.
 */
export async function updateAnswerAsEditorAudited(
  db: Kysely<DB>,
  row: AnswerWrite & { roles: readonly MembershipsTable['role'][] },
  event: Omit<AuditInput, 'collaborationId'>,
): Promise<boolean> {
  const update = answerCompareAndSet(row, isMemberWithRole(row.routineId, row.userId, row.roles));
  if (!isPostgres(db)) {
    // Saves arriving together share one transaction and its COMMIT (db/group-commit.ts).
    return runInGroupCommit(db, async (trx) => {
      const landed = await update.execute(trx);
      if (Number(landed.numAffectedRows) !== 1) return false;
      await insertAuditOfRoutine(row.routineId, event).execute(trx);
      await sql`update routines set updated_at = ${row.at} where id = ${row.routineId}`.execute(
        trx,
      );
      return true;
    });
  }
  const result = await sql<{ n: string }>`
    with landed as (${update} returning routine_id),
    audited as (${insertAuditOfRoutine(row.routineId, event, sql`exists (select 1 from landed)`)}),
    touched as (
      update routines set updated_at = ${row.at}
      where id = (
        select id from routines
        where id = ${row.routineId} and exists (select 1 from landed)
        for no key update skip locked))
    select count(*) as n from landed`.execute(db);
  return Number(result.rows[0]?.n) === 1;
}

/** Compare-and-set on the revision; false when the stored revision is not `baseRevision`. */
export async function updateAnswerIfRevision(db: Kysely<DB>, row: AnswerWrite): Promise<boolean> {
  const result = await answerCompareAndSet(row).execute(db);
  return Number(result.numAffectedRows) === 1;
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
