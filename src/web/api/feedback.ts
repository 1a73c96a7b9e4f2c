import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Feedback,
  FeedbackCounts,
  FeedbackQuery,
  TriageFeedback,
} from '../../contracts/feedback';
import { api } from './client';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}`;

export const feedbackKeys = {
  all: (rid: string) => ['feedback', rid] as const,
  list: (rid: string, filter: FeedbackQuery = {}) => ['feedback', rid, 'list', filter] as const,
  counts: (rid: string) => ['feedback', rid, 'counts'] as const,
};

/** The routine's feedback, newest first, by step, state or review period (coordinators). */
export const useFeedback = (rid: string, filter: FeedbackQuery = {}, enabled = true) =>
  useQuery({
    queryKey: feedbackKeys.list(rid, filter),
    queryFn: () => {
      const query = new URLSearchParams();
      if (filter.step !== undefined) query.set('step', String(filter.step));
      if (filter.status) query.set('status', filter.status);
      if (filter.reviewId) query.set('reviewId', filter.reviewId);
      const qs = query.toString();
      return api<Feedback[]>(`${base(rid)}/feedback${qs ? `?${qs}` : ''}`);
    },
    enabled,
    // A changed filter keeps the list (and the filter's focus) until the new one is in.
    placeholderData: keepPreviousData,
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
