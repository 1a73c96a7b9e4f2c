import { z } from 'zod';
import { ZId } from './common';
import { COMMENT_BODY_MAX } from './limits';

/** Comments are threads on a question of the template (`s1.q1`) or on an action (its id). */
export const ZCommentTargetType = z.enum(['question', 'action']);
export type CommentTargetType = z.infer<typeof ZCommentTargetType>;

export { COMMENT_BODY_MAX };

export const ZComment = z.object({
  id: ZId,
  authorId: z.string(),
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
});
export type Comment = z.infer<typeof ZComment>;

export const ZCommentThread = z.object({
  /** The first comment's id. */
  threadId: ZId,
  targetType: ZCommentTargetType,
  targetId: z.string(),
  /** The step the target belongs to (question's step, action's step), for "open threads per step". */
  step: z.number().int().nullable(),
  resolved: z.boolean(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** Oldest first; the first one opened the thread. */
  comments: z.array(ZComment),
});
export type CommentThread = z.infer<typeof ZCommentThread>;

export const ZCommentQuery = z.object({
  targetType: ZCommentTargetType.optional(),
  targetId: z.string().min(1).max(64).optional(),
  step: z.coerce.number().int().min(1).max(6).optional(),
  /** `1` / `true`: only threads that are not resolved. */
  unresolved: z.enum(['0', '1', 'true', 'false']).optional(),
});
export type CommentQuery = z.infer<typeof ZCommentQuery>;

const ZBody = z.string().trim().min(1).max(COMMENT_BODY_MAX);

export const ZCreateComment = z
  .object({
    targetType: ZCommentTargetType,
    targetId: z.string().min(1).max(64),
    body: ZBody,
    /** Reply in this thread; without it the comment opens a new thread. */
    threadId: ZId.optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type CreateComment = z.infer<typeof ZCreateComment>;

export const ZUpdateComment = z
  .object({
    body: ZBody,
    baseRevision: z.number().int().min(0).optional(),
    acknowledgePersonalData: z.boolean().optional(),
  })
  .strict();
export type UpdateComment = z.infer<typeof ZUpdateComment>;

/** Badges: per target key (`question:s1.q1`, `action:<id>`), open and all threads, and comments. */
export const ZCommentCounts = z.record(
  z.string(),
  z.object({
    open: z.number().int(),
    total: z.number().int(),
    comments: z.number().int(),
  }),
);
export type CommentCounts = z.infer<typeof ZCommentCounts>;

export const ZCommentParams = z.object({ rid: ZId, id: ZId });
export const ZThreadParams = z.object({ rid: ZId, threadId: ZId });
