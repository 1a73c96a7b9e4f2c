import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Comment,
  CommentCounts,
  CommentTargetType,
  CommentThread,
  CreateComment,
  UpdateComment,
} from '../../contracts/comments';
import { api } from './client';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}`;

export interface CommentTarget {
  targetType: CommentTargetType;
  targetId: string;
}

/** The key a target has in GET …/comment-counts (`question:s1.q1`, `action:<id>`). */
export const countKey = ({ targetType, targetId }: CommentTarget) => `${targetType}:${targetId}`;

export const commentKeys = {
  all: (rid: string) => ['comments', rid] as const,
  counts: (rid: string) => ['comments', rid, 'counts'] as const,
  target: (rid: string, target: CommentTarget) =>
    ['comments', rid, 'threads', target.targetType, target.targetId] as const,
  openInStep: (rid: string, step: number) => ['comments', rid, 'open', step] as const,
};

/** One request per routine for every badge on the page. */
export const useCommentCounts = (rid: string) =>
  useQuery({
    queryKey: commentKeys.counts(rid),
    queryFn: () => api<CommentCounts>(`${base(rid)}/comment-counts`),
    enabled: rid !== '',
  });

/** How many comments the routine has in all (what the cap of commentsPerRoutine counts). */
export function useCommentTotal(rid: string): number | undefined {
  const counts = useCommentCounts(rid).data;
  return counts ? Object.values(counts).reduce((sum, c) => sum + c.comments, 0) : undefined;
}

export const useThreads = (rid: string, target: CommentTarget, enabled = true) =>
  useQuery({
    queryKey: commentKeys.target(rid, target),
    queryFn: () => {
      const query = new URLSearchParams({
        targetType: target.targetType,
        targetId: target.targetId,
      });
      return api<CommentThread[]>(`${base(rid)}/comments?${query}`);
    },
    enabled,
  });

/** Unresolved threads of one step (questions and actions in it). */
export const useOpenThreadsOfStep = (rid: string, step: number) =>
  useQuery({
    queryKey: commentKeys.openInStep(rid, step),
    queryFn: () => api<CommentThread[]>(`${base(rid)}/comments?step=${step}&unresolved=1`),
  });

/** After any change: the badges, this target's threads and the per-step lists are stale. */
function useRefresh(rid: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: commentKeys.all(rid) });
}

export function useCreateComment(rid: string) {
  const refresh = useRefresh(rid);
  return useMutation({
    mutationFn: (body: CreateComment) =>
      api<CommentThread>(`${base(rid)}/comments`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function useUpdateComment(rid: string) {
  const refresh = useRefresh(rid);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateComment }) =>
      api<Comment>(`${base(rid)}/comments/${seg(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useSetThreadResolved(rid: string) {
  const refresh = useRefresh(rid);
  return useMutation({
    mutationFn: ({ threadId, resolved }: { threadId: string; resolved: boolean }) =>
      api<CommentThread>(
        `${base(rid)}/comments/threads/${seg(threadId)}/${resolved ? 'resolve' : 'reopen'}`,
        { method: 'POST', body: {} },
      ),
    onSuccess: refresh,
  });
}
