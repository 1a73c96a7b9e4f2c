import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateMilestone,
  EvaluationPlan,
  Milestone,
  PutEvaluationPlan,
  UpdateMilestone,
} from '../../contracts/review';
import { ApiError, api } from './client';
import { invalidateChecks } from './quality';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}`;

export const reviewKeys = {
  milestones: (rid: string) => ['milestones', rid] as const,
  evaluationPlan: (rid: string) => ['evaluation-plan', rid] as const,
};

// ── Milestones (tidslinje) ─────────────────────────────────────────────────────

export const useMilestones = (rid: string) =>
  useQuery({
    queryKey: reviewKeys.milestones(rid),
    queryFn: () => api<Milestone[]>(`${base(rid)}/milestones`),
  });

export function useCreateMilestone(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMilestone) =>
      api<Milestone>(`${base(rid)}/milestones`, { method: 'POST', body }),
    onSuccess: (created) => {
      qc.setQueryData<Milestone[]>(reviewKeys.milestones(rid), (old) =>
        old ? [...old, created] : old,
      );
      void invalidateChecks(qc, rid);
    },
  });
}

export function useUpdateMilestone(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateMilestone }) =>
      api<Milestone>(`${base(rid)}/milestones/${seg(id)}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      qc.setQueryData<Milestone[]>(reviewKeys.milestones(rid), (old) =>
        old?.map((m) => (m.id === updated.id ? updated : m)),
      );
      void invalidateChecks(qc, rid);
    },
  });
}

export function useDeleteMilestone(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<null>(`${base(rid)}/milestones/${seg(id)}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      qc.setQueryData<Milestone[]>(reviewKeys.milestones(rid), (old) =>
        old?.filter((m) => m.id !== id),
      );
      void invalidateChecks(qc, rid);
    },
  });
}

// ── Evaluation plan (step 6) ───────────────────────────────────────────────────

/** The plan, or null while there is none (the API answers 404). */
export const useEvaluationPlan = (rid: string) =>
  useQuery({
    queryKey: reviewKeys.evaluationPlan(rid),
    queryFn: async () => {
      try {
        return await api<EvaluationPlan>(`${base(rid)}/evaluation-plan`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export function usePutEvaluationPlan(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PutEvaluationPlan) =>
      api<EvaluationPlan>(`${base(rid)}/evaluation-plan`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      qc.setQueryData(reviewKeys.evaluationPlan(rid), saved);
      // The plan and the timeline are quality rules too (issue 6): refresh the findings.
      void invalidateChecks(qc, rid);
    },
  });
}
