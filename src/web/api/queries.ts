import {
  QueryCache,
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { CreateCollaboration, UpdateCollaboration } from '../../contracts/collaborations';
import type { CreateRoutine, Routine, UpdateRoutine } from '../../contracts/routines';
import { ApiError, isApiError } from './client';
import * as endpoints from './endpoints';

export const queryKeys = {
  me: ['me'] as const,
  template: ['template'] as const,
  collaborations: ['collaborations'] as const,
  collaborationsCreated: ['collaborations-created'] as const,
  collaboration: (cid: string) => ['collaborations', cid] as const,
  routines: (cid: string) => ['collaborations', cid, 'routines'] as const,
  routine: (rid: string) => ['routines', rid] as const,
};

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A 401 anywhere means the session ended: forget the user, RequireAuth sends them to sign in.
      onError: (error, query) => {
        if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'me') {
          client.setQueryData(queryKeys.me, null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) =>
          count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
  return client;
}

export const useMe = () => useQuery({ queryKey: queryKeys.me, queryFn: endpoints.getMe });

export const useTemplate = () =>
  useQuery({ queryKey: queryKeys.template, queryFn: endpoints.getTemplate, staleTime: Infinity });

export const useCollaborations = () =>
  useQuery({ queryKey: queryKeys.collaborations, queryFn: endpoints.listCollaborations });

/**
 * How many collaborations the caller has created (the cap counts them). Not asked once signed
 * out: signing out removes the cached count while the form may still be on screen for a render,
 * and a mounted query whose data was removed fetches again (a 401).
 */
export const useCollaborationsCreated = () => {
  const signedOut = useMe().data === null;
  return useQuery({
    queryKey: queryKeys.collaborationsCreated,
    queryFn: endpoints.countCollaborationsCreated,
    enabled: !signedOut,
  });
};

export const useCollaboration = (cid: string) =>
  useQuery({
    queryKey: queryKeys.collaboration(cid),
    queryFn: () => endpoints.getCollaboration(cid),
    enabled: cid !== '',
  });

export const useRoutines = (cid: string) =>
  useQuery({ queryKey: queryKeys.routines(cid), queryFn: () => endpoints.listRoutines(cid) });

export const useRoutine = (rid: string) =>
  useQuery({ queryKey: queryKeys.routine(rid), queryFn: () => endpoints.getRoutine(rid) });

export function useCreateCollaboration() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCollaboration) => endpoints.createCollaboration(body),
    onSuccess: (created) => {
      qc.setQueryData(queryKeys.collaboration(created.id), created);
      void qc.invalidateQueries({ queryKey: queryKeys.collaborationsCreated });
      return qc.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
  });
}

export function useUpdateCollaboration(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCollaboration) => endpoints.updateCollaboration(cid, body),
    onSuccess: (updated) => {
      qc.setQueryData(queryKeys.collaboration(cid), updated);
      return qc.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true });
    },
    // A 409 STALE_REVISION carries the collaboration as it stands: show it, base the next save on it.
    onError: (error) => {
      if (isApiError(error, 'STALE_REVISION') && error.details)
        qc.setQueryData(queryKeys.collaboration(cid), error.details);
    },
  });
}

export function useCreateRoutine(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRoutine) => endpoints.createRoutine(cid, body),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.routines(cid) }),
        qc.invalidateQueries({ queryKey: queryKeys.collaborations, exact: true }),
      ]),
  });
}

export function useUpdateRoutine(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRoutine) => endpoints.updateRoutine(rid, body),
    onSuccess: (updated) => {
      qc.setQueryData<Routine>(queryKeys.routine(rid), (old) =>
        old ? { ...old, ...updated } : old,
      );
    },
    // A 409 STALE_REVISION carries the routine as it stands: show it, base the next save on it.
    onError: (error) => {
      if (isApiError(error, 'STALE_REVISION') && error.details)
        qc.setQueryData<Routine>(queryKeys.routine(rid), error.details as Routine);
    },
  });
}
