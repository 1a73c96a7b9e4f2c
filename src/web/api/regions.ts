import '../i18n/areas/overview';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptedRegionInvitation,
  AdminCreatedRegion,
  AdminCreateRegion,
  CollaborationRegion,
  CreatedRegionInvitation,
  NationalListing,
  Region,
  RegionDetail,
  RegionOverview,
} from '../../contracts/regions';
import { api } from './client';

const seg = encodeURIComponent;

export const regionKeys = {
  mine: ['regions'] as const,
  detail: (id: string) => ['regions', id] as const,
  overview: (id: string) => ['regions', id, 'overview'] as const,
  ofCollaboration: (cid: string) => ['collaboration-regions', cid] as const,
};

/** The regions the signed-in user coordinates. */
export const useMyRegions = () =>
  useQuery({ queryKey: regionKeys.mine, queryFn: () => api<Region[]>('/api/regions') });

export function useCreateRegion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<Region>('/api/regions', { method: 'POST', body: { name } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: regionKeys.mine }),
  });
}

export const useRegion = (id: string) =>
  useQuery({
    queryKey: regionKeys.detail(id),
    queryFn: () => api<RegionDetail>(`/api/regions/${seg(id)}`),
  });

export const useRegionOverview = (id: string) =>
  useQuery({
    queryKey: regionKeys.overview(id),
    queryFn: () => api<RegionOverview>(`/api/regions/${seg(id)}/overview`),
  });

export const regionFileUrl = (
  id: string,
  file: 'overview.csv' | 'overview.pdf' | 'coverage.svg',
  lang: string,
) => `/api/regions/${seg(id)}/${file}?lang=${lang}`;

export function useInviteRegionCoordinator(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      api<CreatedRegionInvitation>(`/api/regions/${seg(id)}/invitations`, {
        method: 'POST',
        body: { email },
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: regionKeys.detail(id) }),
  });
}

/** Removes a regional coordinator (or, with one's own id, leaves the region). */
export function useRemoveRegionCoordinator(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api<null>(`/api/regions/${seg(id)}/coordinators/${seg(userId)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['regions'] }),
  });
}

export function useWithdrawRegionInvitation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api<null>(`/api/regions/${seg(id)}/invitations/${seg(invitationId)}`, {
        method: 'DELETE',
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: regionKeys.detail(id) }),
  });
}

/** An instance administrator creates a region and invites its first regional coordinator. */
export const useAdminCreateRegion = () =>
  useMutation({
    mutationFn: (body: AdminCreateRegion) =>
      api<AdminCreatedRegion>('/api/admin/regions', { method: 'POST', body }),
  });

export function useAcceptRegionInvitation(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<AcceptedRegionInvitation>(`/api/region-invitations/${seg(token)}/accept`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: regionKeys.mine }),
  });
}

/** The regions a collaboration may opt in to, and whether it has. */
export const useCollaborationRegions = (cid: string) =>
  useQuery({
    queryKey: regionKeys.ofCollaboration(cid),
    queryFn: () => api<CollaborationRegion[]>(`/api/collaborations/${seg(cid)}/region-opt-ins`),
  });

export function useSetCollaborationRegion(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ regionId, join }: { regionId: string; join: boolean }) =>
      api<null>(`/api/collaborations/${seg(cid)}/region-opt-ins/${seg(regionId)}`, {
        method: join ? 'PUT' : 'DELETE',
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: regionKeys.ofCollaboration(cid) }),
  });
}

// ── The national page ─────────────────────────────────────────────────────────

export const useNationalListing = (cid: string) =>
  useQuery({
    queryKey: ['national-listing', cid],
    queryFn: () => api<NationalListing>(`/api/collaborations/${seg(cid)}/national-listing`),
  });

export function useSetNationalListing(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (listed: boolean) =>
      api<NationalListing>(`/api/collaborations/${seg(cid)}/national-listing`, {
        method: listed ? 'PUT' : 'DELETE',
      }),
    onSuccess: (data) => qc.setQueryData(['national-listing', cid], data),
  });
}
