import type { Kysely } from 'kysely';
import type { CommentsTable, DB } from '../../db/schema';

/** Comments with their author's and resolver's names. */
function selectComments(db: Kysely<DB>) {
  return db
    .selectFrom('comments as c')
    .leftJoin('user as a', 'a.id', 'c.authorId')
    .leftJoin('user as r', 'r.id', 'c.resolvedBy')
    .selectAll('c')
    .select(['a.name as authorName', 'r.name as resolvedByName']);
}

export async function findCommentsOfRoutine(
  db: Kysely<DB>,
  routineId: string,
  filter: { targetType?: string; targetId?: string; threadId?: string } = {},
) {
  let q = selectComments(db).where('c.routineId', '=', routineId);
  if (filter.targetType !== undefined) q = q.where('c.targetType', '=', filter.targetType);
  if (filter.targetId !== undefined) q = q.where('c.targetId', '=', filter.targetId);
  if (filter.threadId !== undefined) q = q.where('c.threadId', '=', filter.threadId);
  return q.orderBy('c.createdAt').orderBy('c.id').execute();
}

export type CommentRow = Awaited<ReturnType<typeof findCommentsOfRoutine>>[number];

export async function findCommentById(db: Kysely<DB>, id: string) {
  return selectComments(db).where('c.id', '=', id).executeTakeFirst();
}

export async function insertComment(db: Kysely<DB>, row: CommentsTable) {
  await db.insertInto('comments').values(row).execute();
}

export async function updateCommentBody(
  db: Kysely<DB>,
  id: string,
  patch: { body: string; revision: number; updatedAt: string },
) {
  await db.updateTable('comments').set(patch).where('id', '=', id).execute();
}

/** A thread's state lives on its first comment. */
export async function setThreadResolution(
  db: Kysely<DB>,
  threadId: string,
  resolution: { resolvedAt: string | null; resolvedBy: string | null },
) {
  await db.updateTable('comments').set(resolution).where('id', '=', threadId).execute();
}

/** Per target: comments, threads, and threads still open. */
export async function countCommentsByTarget(db: Kysely<DB>, routineId: string) {
  const rows = await db
    .selectFrom('comments')
    .select((eb) => [
      'targetType',
      'targetId',
      eb.fn.countAll<string | number>().as('comments'),
      eb.fn
        .sum<string | number | null>(
          eb.case().when('id', '=', eb.ref('threadId')).then(1).else(0).end(),
        )
        .as('threads'),
      eb.fn
        .sum<string | number | null>(
          eb
            .case()
            .when(eb.and([eb('id', '=', eb.ref('threadId')), eb('resolvedAt', 'is', null)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('open'),
    ])
    .where('routineId', '=', routineId)
    .groupBy(['targetType', 'targetId'])
    .execute();
  return rows.map((r) => ({
    targetType: r.targetType,
    targetId: r.targetId,
    comments: Number(r.comments),
    threads: Number(r.threads ?? 0),
    open: Number(r.open ?? 0),
  }));
}

/** Step of each action of the routine (threads on actions are listed per step). */
export async function findActionSteps(db: Kysely<DB>, routineId: string) {
  const rows = await db
    .selectFrom('actions')
    .select(['id', 'step'])
    .where('routineId', '=', routineId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.step]));
}
