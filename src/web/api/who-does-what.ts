import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Action,
  CreateAction,
  CreateObstacle,
  Matrix,
  Obstacle,
  UpdateAction,
  UpdateObstacle,
} from '../../contracts/actions';
import type { Actor, CreateActor, UpdateActor } from '../../contracts/actors';
import type {
  CreateKnowledgeItem,
  KnowledgeItem,
  UpdateKnowledgeItem,
} from '../../contracts/knowledge';
import type { Member } from '../../contracts/members';
import { api } from './client';
import { invalidateChecks } from './quality';
import { useMe } from './queries';

const seg = encodeURIComponent;

/**
 * Query keys of "who does what". Actions, obstacles and the matrix sit under their own root (not
 * under ['routines', rid]) so that an answer save, which invalidates the routine, does not refetch
 * them; the quality check does sit under the routine and is refetched after every save.
 */
export const wdwKeys = {
  actors: (cid: string) => ['collaborations', cid, 'actors'] as const,
  members: (cid: string) => ['collaborations', cid, 'members'] as const,
  knowledge: (cid: string) => ['collaborations', cid, 'knowledge'] as const,
  actions: (rid: string) => ['who-does-what', rid, 'actions'] as const,
  obstacles: (rid: string) => ['who-does-what', rid, 'obstacles'] as const,
  matrix: (rid: string) => ['who-does-what', rid, 'matrix'] as const,
};

// ── Endpoints ────────────────────────────────────────────────────────────────

const actorsPath = (cid: string) => `/api/collaborations/${seg(cid)}/actors`;
const actionsPath = (rid: string) => `/api/routines/${seg(rid)}/actions`;
const obstaclesPath = (rid: string) => `/api/routines/${seg(rid)}/obstacles`;
const knowledgePath = (cid: string) => `/api/collaborations/${seg(cid)}/knowledge`;

export const listActors = (cid: string) => api<Actor[]>(actorsPath(cid));
export const createActor = (cid: string, body: CreateActor) =>
  api<Actor>(actorsPath(cid), { method: 'POST', body });
export const updateActor = (cid: string, aid: string, body: UpdateActor) =>
  api<Actor>(`${actorsPath(cid)}/${seg(aid)}`, { method: 'PATCH', body });
export const deleteActor = (cid: string, aid: string) =>
  api<null>(`${actorsPath(cid)}/${seg(aid)}`, { method: 'DELETE' });

export const listActions = (rid: string) => api<Action[]>(actionsPath(rid));
export const createAction = (rid: string, body: CreateAction) =>
  api<Action>(actionsPath(rid), { method: 'POST', body });
export const updateAction = (rid: string, id: string, body: UpdateAction) =>
  api<Action>(`${actionsPath(rid)}/${seg(id)}`, { method: 'PATCH', body });
export const deleteAction = (rid: string, id: string) =>
  api<null>(`${actionsPath(rid)}/${seg(id)}`, { method: 'DELETE' });

export const listObstacles = (rid: string) => api<Obstacle[]>(obstaclesPath(rid));
export const createObstacle = (rid: string, body: CreateObstacle) =>
  api<Obstacle>(obstaclesPath(rid), { method: 'POST', body });
export const updateObstacle = (rid: string, id: string, body: UpdateObstacle) =>
  api<Obstacle>(`${obstaclesPath(rid)}/${seg(id)}`, { method: 'PATCH', body });
export const deleteObstacle = (rid: string, id: string) =>
  api<null>(`${obstaclesPath(rid)}/${seg(id)}`, { method: 'DELETE' });

export const getMatrix = (rid: string) => api<Matrix>(`/api/routines/${seg(rid)}/matrix`);

export const listKnowledge = (cid: string) => api<KnowledgeItem[]>(knowledgePath(cid));
export const createKnowledgeItem = (cid: string, body: CreateKnowledgeItem) =>
  api<KnowledgeItem>(knowledgePath(cid), { method: 'POST', body });
export const updateKnowledgeItem = (cid: string, kid: string, body: UpdateKnowledgeItem) =>
  api<KnowledgeItem>(`${knowledgePath(cid)}/${seg(kid)}`, { method: 'PATCH', body });
export const deleteKnowledgeItem = (cid: string, kid: string) =>
  api<null>(`${knowledgePath(cid)}/${seg(kid)}`, { method: 'DELETE' });

export const listMembers = (cid: string) =>
  api<Member[]>(`/api/collaborations/${seg(cid)}/members`);

// ── Queries ──────────────────────────────────────────────────────────────────

export const useActors = (cid: string) =>
  useQuery({ queryKey: wdwKeys.actors(cid), queryFn: () => listActors(cid), enabled: cid !== '' });

export const useActions = (rid: string) =>
  useQuery({ queryKey: wdwKeys.actions(rid), queryFn: () => listActions(rid) });

export const useObstacles = (rid: string) =>
  useQuery({ queryKey: wdwKeys.obstacles(rid), queryFn: () => listObstacles(rid) });

export const useMatrix = (rid: string) =>
  useQuery({ queryKey: wdwKeys.matrix(rid), queryFn: () => getMatrix(rid) });

export const useKnowledge = (cid: string) =>
  useQuery({ queryKey: wdwKeys.knowledge(cid), queryFn: () => listKnowledge(cid) });

/**
 * The organisation (actor) the signed-in member represents, for an editor: they may change only
 * that actor's actions and contact paths. Null when they represent none (or are not an editor).
 */
export function useMyActorId(cid: string, isEditor: boolean): string | null {
  const me = useMe();
  const members = useQuery({
    queryKey: wdwKeys.members(cid),
    queryFn: () => listMembers(cid),
    enabled: isEditor && cid !== '',
  });
  if (!isEditor || !me.data || !members.data) return null;
  return members.data.find((m) => m.userId === me.data?.id)?.actorId ?? null;
}

// ── Mutations ────────────────────────────────────────────────────────────────

/** Actors appear in every routine of the collaboration: refresh what shows them. */
function refreshAfterActorChange(qc: QueryClient, cid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: wdwKeys.actors(cid) }),
    qc.invalidateQueries({ queryKey: ['who-does-what'] }),
    qc.invalidateQueries({ queryKey: wdwKeys.members(cid) }),
    invalidateChecks(qc),
  ]);
}

function refreshAfterActionChange(qc: QueryClient, rid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: wdwKeys.actions(rid) }),
    qc.invalidateQueries({ queryKey: wdwKeys.matrix(rid) }),
    invalidateChecks(qc, rid),
  ]);
}

export function useCreateActor(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateActor) => createActor(cid, body),
    onSuccess: () => refreshAfterActorChange(qc, cid),
  });
}

export function useUpdateActor(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateActor }) => updateActor(cid, id, body),
    onSuccess: () => refreshAfterActorChange(qc, cid),
  });
}

export function useDeleteActor(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteActor(cid, id),
    onSuccess: () => refreshAfterActorChange(qc, cid),
  });
}

export function useCreateAction(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAction) => createAction(rid, body),
    onSuccess: () => refreshAfterActionChange(qc, rid),
  });
}

export function useUpdateAction(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateAction }) => updateAction(rid, id, body),
    onSuccess: () => refreshAfterActionChange(qc, rid),
  });
}

export function useDeleteAction(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteAction(rid, id),
    onSuccess: () => refreshAfterActionChange(qc, rid),
  });
}

function refreshAfterObstacleChange(qc: QueryClient, rid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: wdwKeys.obstacles(rid) }),
    invalidateChecks(qc, rid),
  ]);
}

export function useCreateObstacle(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateObstacle) => createObstacle(rid, body),
    onSuccess: () => refreshAfterObstacleChange(qc, rid),
  });
}

export function useUpdateObstacle(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateObstacle }) =>
      updateObstacle(rid, id, body),
    onSuccess: () => refreshAfterObstacleChange(qc, rid),
  });
}

export function useDeleteObstacle(rid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteObstacle(rid, id),
    onSuccess: () => refreshAfterObstacleChange(qc, rid),
  });
}

function refreshAfterKnowledgeChange(qc: QueryClient, cid: string) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: wdwKeys.knowledge(cid) }),
    invalidateChecks(qc),
  ]);
}

export function useCreateKnowledgeItem(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateKnowledgeItem) => createKnowledgeItem(cid, body),
    onSuccess: () => refreshAfterKnowledgeChange(qc, cid),
  });
}

export function useUpdateKnowledgeItem(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateKnowledgeItem }) =>
      updateKnowledgeItem(cid, id, body),
    onSuccess: () => refreshAfterKnowledgeChange(qc, cid),
  });
}

export function useDeleteKnowledgeItem(cid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteKnowledgeItem(cid, id),
    onSuccess: () => refreshAfterKnowledgeChange(qc, cid),
  });
}
