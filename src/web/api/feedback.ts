import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Feedback, FeedbackCounts, TriageFeedback } from '../../contracts/feedback';
import { api } from './client';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}`;

export const feedbackKeys = {
  all: (rid: string) => ['feedback', rid] as const,
  list: (rid: string) => ['feedback', rid, 'list'] as const,
  counts: (rid: string) => ['feedback', rid, 'counts'] as const,
};

/** Every feedback item of the routine, newest first (coordinators). */
export const useFeedback = (rid: string, enabled = true) =>
  useQuery({
    queryKey: feedbackKeys.list(rid),
    queryFn: () => api<Feedback[]>(`${base(rid)}/feedback`),
    enabled,
  });

/** Per step ("0" = the whole routine): {total, open}. */
export const useFeedbackCounts = (rid: string) =>
  useQuery({
    queryKey: feedbackKeys.counts(rid),
    queryFn: () => api<FeedbackCounts>(`${base(rid)}/feedback-counts`),
  });

export function useTriageFeedback(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TriageFeedback }) =>
      api<Feedback>(`${base(rid)}/feedback/${seg(id)}`, { method: 'PATCH', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: feedbackKeys.all(rid) }),
  });
}
