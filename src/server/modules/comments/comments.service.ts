import type { Kysely } from 'kysely';
import type {
  Comment,
  CommentCounts,
  CommentQuery,
  CommentThread,
  CreateComment,
  UpdateComment,
} from '../../../contracts/comments';
import { findQuestion, stepOf } from '../../../domain/template';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, forbidden, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import type { Membership } from '../../core/tenancy';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import type { DB } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  type CommentRow,
  countCommentsByTarget,
  findActionSteps,
  findCommentById,
  findCommentsOfRoutine,
  insertComment,
  setThreadResolution,
  updateCommentBody,
} from './comments.repository';

const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  authorId: r.authorId,
  authorName: r.authorName,
  body: r.body,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  revision: r.revision,
});

/**
 * Groups comments into threads (first comment = thread), oldest thread first. Threads on
 * actions that no longer exist are left out: there is nothing left to show them on.
 */
function toThreads(rows: CommentRow[], actionSteps: Map<string, number>): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  const replies: CommentRow[] = [];
  for (const r of rows) {
    if (r.id !== r.threadId) {
      replies.push(r);
      continue;
    }
    const step =
      r.targetType === 'question'
        ? (stepOf(r.targetId)?.number ?? null)
        : (actionSteps.get(r.targetId) ?? null);
    if (r.targetType === 'action' && step === null) continue;
    threads.set(r.id, {
      threadId: r.id,
      targetType: r.targetType as CommentThread['targetType'],
      targetId: r.targetId,
      step,
      resolved: r.resolvedAt !== null,
      resolvedAt: r.resolvedAt,
      resolvedBy: r.resolvedBy,
      resolvedByName: r.resolvedAt ? r.resolvedByName : null,
      comments: [toComment(r)],
    });
  }
  for (const r of replies) threads.get(r.threadId)?.comments.push(toComment(r));
  return [...threads.values()];
}

async function readThread(db: Kysely<DB>, routineId: string, threadId: string) {
  const [rows, steps] = await Promise.all([
    findCommentsOfRoutine(db, routineId, { threadId }),
    findActionSteps(db, routineId),
  ]);
  const [thread] = toThreads(rows, steps);
  if (!thread) throw notFound('The comment thread');
  return thread;
}

/** Comment threads of a routine (any member), filterable by target, step and open ones. */
export async function listThreads(
  ctx: ServiceContext,
  routineId: string,
  query: CommentQuery,
): Promise<CommentThread[]> {
  await loadRoutineForMember(ctx, routineId);
  const [rows, steps] = await Promise.all([
    findCommentsOfRoutine(ctx.db, routineId, {
      targetType: query.targetType,
      targetId: query.targetId,
    }),
    findActionSteps(ctx.db, routineId),
  ]);
  const unresolvedOnly = query.unresolved === '1' || query.unresolved === 'true';
  return toThreads(rows, steps).filter(
    (t) => (!unresolvedOnly || !t.resolved) && (query.step === undefined || t.step === query.step),
  );
}

/** Badges: `question:s1.q1` / `action:<id>` → open threads, all threads, comments. */
export async function countComments(
  ctx: ServiceContext,
  routineId: string,
): Promise<CommentCounts> {
  await loadRoutineForMember(ctx, routineId);
  const [rows, steps] = await Promise.all([
    countCommentsByTarget(ctx.db, routineId),
    findActionSteps(ctx.db, routineId),
  ]);
  const counts: CommentCounts = {};
  for (const r of rows) {
    if (r.targetType === 'action' && !steps.has(r.targetId)) continue;
    counts[`${r.targetType}:${r.targetId}`] = {
      open: r.open,
      total: r.threads,
      comments: r.comments,
    };
  }
  return counts;
}

/**
 * Adds a comment (any member, readers too): a new thread on a question or an action of the
 * routine, or a reply in a thread. Free text passes the personal-data guard.
 */
export async function createComment(
  ctx: ServiceContext,
  routineId: string,
  input: CreateComment,
): Promise<CommentThread> {
  const { routine } = await loadRoutineForMember(ctx, routineId);
  if (input.targetType === 'question' && !findQuestion(input.targetId)) {
    throw validationFailed('targetId', 'is not a question of the template');
  }
  const id = crypto.randomUUID();
  const threadId = input.threadId ?? id;
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'commentsPerRoutine', routineId);
    if (input.targetType === 'action') {
      const steps = await findActionSteps(trx, routineId);
      if (!steps.has(input.targetId))
        throw validationFailed('targetId', 'is not an action of this routine');
    }
    if (input.threadId !== undefined) {
      const root = await findCommentById(trx, input.threadId);
      if (!root || root.routineId !== routineId || root.threadId !== root.id) {
        throw validationFailed('threadId', 'is not a comment thread of this routine');
      }
      if (root.targetType !== input.targetType || root.targetId !== input.targetId) {
        throw validationFailed('threadId', `belongs to ${root.targetType} ${root.targetId}`);
      }
    }
    await guardPersonalData(trx, { body: input.body }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'comment',
      targetId: id,
      at,
    });
    await insertComment(trx, {
      id,
      routineId,
      targetType: input.targetType,
      targetId: input.targetId,
      threadId,
      authorId: ctx.user.id,
      body: input.body,
      resolvedAt: null,
      resolvedBy: null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
    });
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: input.threadId ? 'comment.reply' : 'comment.create',
      targetType: 'comment',
      targetId: id,
      summary: `on ${input.targetType} ${input.targetId}: "${input.body.slice(0, 80)}"`,
      params: { what: input.body },
      at,
    });
  });
  return readThread(ctx.db, routineId, threadId);
}

async function loadComment(ctx: ServiceContext, routineId: string, commentId: string) {
  const loaded = await loadRoutineForMember(ctx, routineId);
  const comment = await findCommentById(ctx.db, commentId);
  if (!comment || comment.routineId !== routineId) throw notFound('The comment');
  return { ...loaded, comment };
}

/** Edits one's own comment (403 for anyone else's); stale `baseRevision` → 409. */
export async function patchComment(
  ctx: ServiceContext,
  routineId: string,
  commentId: string,
  input: UpdateComment,
): Promise<Comment> {
  const { routine, comment } = await loadComment(ctx, routineId, commentId);
  if (comment.authorId !== ctx.user.id) throw forbidden('You can only edit your own comments.');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    // Every acknowledged save moves the revision on, even one that changes nothing: a
    // concurrent writer with the same base must hear 409, not overwrite silently.
    const revision = await requireRevision(trx, {
      table: 'comments',
      key: { id: commentId, routineId },
      baseRevision: input.baseRevision,
      what: 'The comment',
      current: async () => {
        const row = await findCommentById(trx, commentId);
        return row ? toComment(row) : undefined;
      },
    });
    const current = await findCommentById(trx, commentId);
    if (!current) throw notFound('The comment');
    if (input.body === current.body) return;
    await guardPersonalData(trx, { body: input.body }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'comment',
      targetId: commentId,
      at,
    });
    await updateCommentBody(trx, commentId, {
      body: input.body,
      revision,
      updatedAt: at,
    });
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'comment.update',
      targetType: 'comment',
      targetId: commentId,
      summary: changeSummary('body', current.body, input.body),
      params: { what: input.body },
      at,
    });
  });
  const updated = await findCommentById(ctx.db, commentId);
  if (!updated) throw notFound('The comment');
  return toComment(updated);
}

function requireThreadModerator(m: Membership, threadAuthorId: string, userId: string) {
  if (m.role !== 'reader' || threadAuthorId === userId) return;
  throw new AppError(
    'FORBIDDEN',
    'Only editors, coordinators and the person who started the thread may resolve or reopen it.',
    { yourRole: m.role },
  );
}

/** Resolves or reopens a thread (editors, coordinators, and whoever started it). */
export async function setThreadResolved(
  ctx: ServiceContext,
  routineId: string,
  threadId: string,
  resolved: boolean,
): Promise<CommentThread> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  const root = await findCommentById(ctx.db, threadId);
  if (!root || root.routineId !== routineId || root.threadId !== root.id) {
    throw notFound('The comment thread');
  }
  requireThreadModerator(membership, root.authorId, ctx.user.id);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findCommentById(trx, threadId);
    if (!current || (current.resolvedAt !== null) === resolved) return;
    await setThreadResolution(trx, threadId, {
      resolvedAt: resolved ? at : null,
      resolvedBy: resolved ? ctx.user.id : null,
    });
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: resolved ? 'comment.resolve' : 'comment.reopen',
      targetType: 'comment',
      targetId: threadId,
      summary: `${resolved ? 'resolved' : 'reopened'} the thread on ${root.targetType} ${root.targetId}: "${root.body.slice(0, 60)}"`,
      params: { what: root.body },
      at,
    });
  });
  return readThread(ctx.db, routineId, threadId);
}
