import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Actor } from '../../contracts/actors';
import type { AuditPage } from '../../contracts/audit';
import type {
  AcceptedInvitation,
  CreatedInvitation,
  CreateInvitation,
  Invitation,
  InvitationPreview,
  Member,
  UpdateMember,
} from '../../contracts/members';
import { api } from './client';
import { queryKeys } from './queries';

const seg = encodeURIComponent;
const base = (cid: string) => `/api/collaborations/${seg(cid)}`;

export const memberKeys = {
  // The same keys as api/who-does-what.ts uses: one cache for the members and the actors.
  members: (cid: string) => ['collaborations', cid, 'members'] as const,
  invitations: (cid: string) => ['invitations', cid] as const,
  invitation: (token: string) => ['invitation', token] as const,
  actors: (cid: string) => ['collaborations', cid, 'actors'] as const,
  audit: (cid: string, filters: AuditFilters) => ['audit', cid, filters] as const,
};

export interface AuditFilters {
  targetType?: string;
  userId?: string;
}

// ── Members ────────────────────────────────────────────────────────────────────

export const listMembers = (cid: string) => api<Member[]>(`${base(cid)}/members`);

export const useMembers = (cid: string) =>
  useQuery({
    queryKey: memberKeys.members(cid),
    queryFn: () => listMembers(cid),
    enabled: cid !== '',
  });

/** The collaboration's organisations (actors), for the "represents" selects. */
export const useCollaborationActors = (cid: string) =>
  useQuery({
    queryKey: memberKeys.actors(cid),
    queryFn: () => api<Actor[]>(`${base(cid)}/actors`),
    enabled: cid !== '',
  });

export function useUpdateMember(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: UpdateMember }) =>
      api<Member>(`${base(cid)}/members/${seg(userId)}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      qc.setQueryData<Member[]>(memberKeys.members(cid), (old) =>
        old?.map((m) => (m.userId === updated.userId ? updated : m)),
      );
      // My own role may have changed: the collaboration carries it.
      return qc.invalidateQueries({ queryKey: queryKeys.collaboration(cid), exact: true });
    },
  });
}

export function useRemoveMember(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api<null>(`${base(cid)}/members/${seg(userId)}`, { method: 'DELETE' }),
    onSuccess: (_data, userId) => {
      qc.setQueryData<Member[]>(memberKeys.members(cid), (old) =>
        old?.filter((m) => m.userId !== userId),
      );
    },
  });
}

// ── Invitations ────────────────────────────────────────────────────────────────

export const useInvitations = (cid: string, enabled = true) =>
  useQuery({
    queryKey: memberKeys.invitations(cid),
    queryFn: () => api<Invitation[]>(`${base(cid)}/invitations`),
    enabled: enabled && cid !== '',
  });

export function useCreateInvitation(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitation) =>
      api<CreatedInvitation>(`${base(cid)}/invitations`, { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: memberKeys.invitations(cid) }),
  });
}

export function useRevokeInvitation(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<null>(`${base(cid)}/invitations/${seg(id)}`, { method: 'DELETE' }),
    onSuccess: (_data, id) => {
      qc.setQueryData<Invitation[]>(memberKeys.invitations(cid), (old) =>
        old?.filter((i) => i.id !== id),
      );
    },
  });
}

export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: memberKeys.invitation(token),
    queryFn: () => api<InvitationPreview>(`/api/invitations/${seg(token)}`),
    retry: false,
  });

export function useAcceptInvitation(token: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<AcceptedInvitation>(`/api/invitations/${seg(token)}/accept`, {
        method: 'POST',
        body: {},
      }),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.collaborations }),
        qc.invalidateQueries({ queryKey: memberKeys.invitation(token) }),
      ]),
  });
}

// ── Audit (Händelselogg) ───────────────────────────────────────────────────────

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog(cid: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: memberKeys.audit(cid, filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) => {
      const query = new URLSearchParams();
      if (filters.targetType) query.set('targetType', filters.targetType);
      if (filters.userId) query.set('userId', filters.userId);
      if (pageParam) query.set('before', pageParam);
      query.set('limit', String(AUDIT_PAGE_SIZE));
      return api<AuditPage>(`${base(cid)}/audit?${query}`, { signal });
    },
    getNextPageParam: (last) => last.next,
  });
}
