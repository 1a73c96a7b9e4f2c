import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedVersion,
  CreateSignOff,
  CreateVersion,
  SignOff,
  SignOffOverview,
  VerifyResult,
  Version,
  VersionDiff,
  VersionSummary,
} from '../../contracts/versions';
import { api } from './client';
import { queryKeys } from './queries';

const seg = encodeURIComponent;
const base = (rid: string) => `/api/routines/${seg(rid)}/versions`;

export const versionKeys = {
  all: (rid: string) => ['versions', rid] as const,
  list: (rid: string) => ['versions', rid, 'list'] as const,
  diff: (rid: string, n: number, against: number | undefined) =>
    ['versions', rid, n, 'diff', against ?? null] as const,
  version: (rid: string, n: number) => ['versions', rid, n, 'snapshot'] as const,
  verify: (rid: string, n: number) => ['versions', rid, n, 'verify'] as const,
  signOffs: (rid: string, n: number) => ['versions', rid, n, 'sign-offs'] as const,
};

export const useVersions = (rid: string) =>
  useQuery({ queryKey: versionKeys.list(rid), queryFn: () => api<VersionSummary[]>(base(rid)) });

export const useVersionDiff = (rid: string, n: number, against: number | undefined) =>
  useQuery({
    queryKey: versionKeys.diff(rid, n, against),
    queryFn: () =>
      api<VersionDiff>(`${base(rid)}/${n}/diff${against ? `?against=${against}` : ''}`),
    staleTime: Infinity, // versions never change
  });

/** A frozen version with its snapshot (for names behind the ids a diff mentions). */
export const useVersion = (rid: string, n: number | null) =>
  useQuery({
    queryKey: versionKeys.version(rid, n ?? 0),
    queryFn: () => api<Version>(`${base(rid)}/${n}`),
    enabled: n !== null,
    staleTime: Infinity,
  });

export const useVerifyVersion = (rid: string, n: number) =>
  useQuery({
    queryKey: versionKeys.verify(rid, n),
    queryFn: () => api<VerifyResult>(`${base(rid)}/${n}/verify`),
  });

export const useSignOffs = (rid: string, n: number | undefined) =>
  useQuery({
    queryKey: versionKeys.signOffs(rid, n ?? 0),
    queryFn: () => api<SignOffOverview>(`${base(rid)}/${n}/sign-offs`),
    enabled: n !== undefined,
  });

export function useFreezeVersion(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateVersion) => api<CreatedVersion>(base(rid), { method: 'POST', body }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: versionKeys.all(rid) }),
        // The status moves from Utkast to Väntar på beslut.
        qc.invalidateQueries({ queryKey: queryKeys.routine(rid), exact: true }),
      ]),
  });
}

export function useSignVersion(rid: string, n: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSignOff) =>
      api<SignOff & { adopted: boolean }>(`${base(rid)}/${n}/sign-offs`, {
        method: 'POST',
        body,
      }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: versionKeys.all(rid) }),
        // The last sign-off adopts the routine: the header shows Antagen.
        qc.invalidateQueries({ queryKey: queryKeys.routine(rid), exact: true }),
      ]),
  });
}
