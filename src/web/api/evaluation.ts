import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateReviewPeriod,
  ReviewPeriod,
  RoutineLifecycle,
  StartedRevision,
  UpdateReviewPeriod,
} from '../../contracts/evaluation';
import { api } from './client';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}`;

export const evaluationKeys = {
  all: (rid: string) => ['evaluation', rid] as const,
  periods: (rid: string) => ['evaluation', rid, 'periods'] as const,
  lifecycle: (rid: string) => ['evaluation', rid, 'lifecycle'] as const,
};

/** Review periods (uppföljningar), newest first. */
export const useReviewPeriods = (rid: string) =>
  useQuery({
    queryKey: evaluationKeys.periods(rid),
    queryFn: () => api<ReviewPeriod[]>(`${base(rid)}/reviews`),
  });

/** Adopted → in use → evaluation due → under revision. */
export const useLifecycle = (rid: string) =>
  useQuery({
    queryKey: evaluationKeys.lifecycle(rid),
    queryFn: () => api<RoutineLifecycle>(`${base(rid)}/lifecycle`),
  });

export function useCreateReviewPeriod(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReviewPeriod) =>
      api<ReviewPeriod>(`${base(rid)}/reviews`, { method: 'POST', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: evaluationKeys.all(rid) }),
  });
}

export function useUpdateReviewPeriod(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateReviewPeriod }) =>
      api<ReviewPeriod>(`${base(rid)}/reviews/${seg(id)}`, { method: 'PATCH', body }),
    onSettled: () => qc.invalidateQueries({ queryKey: evaluationKeys.all(rid) }),
  });
}

/** "Starta revidering": refreshes the periods, the lifecycle and the comment badges. */
export function useStartRevision(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, baseRevision }: { id: string; baseRevision: number }) =>
      api<StartedRevision>(`${base(rid)}/reviews/${seg(id)}/start-revision`, {
        method: 'POST',
        body: { baseRevision },
      }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: evaluationKeys.all(rid) });
      await qc.invalidateQueries({ queryKey: ['comments', rid] });
    },
  });
}
