import type { FastifyInstance } from 'fastify';
import { type Client, signUp, Client as TestClient } from './app';

/**
 * Test factories per noun (issue 12): each creates one thing through the API, with defaults a
 * test overrides only where it matters, and fails loudly when the API refuses.
 */

/**
 * What a factory needs of a signed-in client: the test client (inject), or the fetch client of
 * a server on a real port (child-server.ts) when the test drives a process of its own.
 */
export interface ApiClient {
  post(url: string, body?: unknown): Promise<{ status: number; body: ResponseBody }>;
}

/** A response body as the test client gives it: untyped JSON, the same as `c.post(…).body`. */
type ResponseBody = Awaited<ReturnType<Client['post']>>['body'];

function expectStatus(what: string, res: { status: number; body: unknown }, status: number) {
  if (res.status !== status) {
    throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/**
 * A collaboration created by a fresh coordinator, or by the one given (then `app` may be null:
 * a client of a real server). `area: null` leaves the area out.
 */
export async function buildCollaboration<C extends ApiClient = Client>(
  app: FastifyInstance | null,
  overrides: { coordinator?: C; name?: string; area?: string | null } = {},
) {
  let coordinator = overrides.coordinator;
  if (!coordinator) {
    if (!app) throw new Error('buildCollaboration: give the app or a coordinator');
    coordinator = (await signUp(app, 'Samordnare')) as unknown as C;
  }
  const res = await coordinator.post('/api/collaborations', {
    name: overrides.name ?? 'Testkommun',
    ...(overrides.area === null ? {} : { area: overrides.area ?? 'Testlän' }),
  });
  expectStatus('creating the collaboration', res, 201);
  return { coordinator, collaborationId: res.body.id as string, collaboration: res.body };
}

/** A draft routine of the collaboration, created by its coordinator. */
export async function buildRoutine(
  coordinator: ApiClient,
  collaborationId: string,
  overrides: { title?: string } = {},
) {
  const res = await coordinator.post(`/api/collaborations/${collaborationId}/routines`, {
    title: overrides.title ?? 'Rutin för enskilda ärenden',
  });
  expectStatus('creating the routine', res, 201);
  return { routineId: res.body.id as string, routine: res.body };
}

/** An invitation nobody has used yet: its `token`, `id` and link, as the API answered. */
export async function buildInvitation(
  coordinator: Client,
  collaborationId: string,
  overrides: {
    email?: string;
    role?: 'coordinator' | 'editor' | 'reader';
    actorId?: string;
  } = {},
) {
  const res = await coordinator.post(`/api/collaborations/${collaborationId}/invitations`, {
    email: overrides.email ?? `inbjuden-${crypto.randomUUID().slice(0, 8)}@example.org`,
    role: overrides.role ?? 'reader',
    ...(overrides.actorId ? { actorId: overrides.actorId } : {}),
  });
  expectStatus('inviting', res, 201);
  return res.body as { id: string; token: string; url: string } & Record<string, unknown>;
}

/**
 * A member by invitation: a new user named `name` (or the client `who`) invited with `role`
 * (and organisation `actorId`) and accepting. Returns the member's client.
 */
export async function addMember(
  app: FastifyInstance,
  coordinator: Client,
  collaborationId: string,
  options: {
    role: 'coordinator' | 'editor' | 'reader';
    name?: string;
    who?: Client;
    actorId?: string;
  },
): Promise<Client> {
  const who = options.who ?? (await signUp(app, options.name ?? 'Medlem'));
  const invitation = await buildInvitation(coordinator, collaborationId, {
    email: (who as Client & { email: string }).email,
    role: options.role,
    ...(options.actorId ? { actorId: options.actorId } : {}),
  });
  const accepted = await who.post(`/api/invitations/${invitation.token}/accept`);
  expectStatus('accepting the invitation', accepted, 200);
  return who;
}

/** An organisation (actor) of the collaboration. */
export async function buildActor(
  coordinator: ApiClient,
  collaborationId: string,
  overrides: Record<string, unknown> = {},
) {
  const res = await coordinator.post(`/api/collaborations/${collaborationId}/actors`, {
    name: 'Polisen',
    kind: 'police',
    contactPaths: [],
    ...overrides,
  });
  expectStatus('creating the actor', res, 201);
  return res.body as { id: string; name: string; revision: number } & Record<string, unknown>;
}

/** An action (who does what) in a step of the routine. */
export async function buildAction(
  client: Client,
  routineId: string,
  overrides: { actorId: string } & Record<string, unknown>,
) {
  const res = await client.post(`/api/routines/${routineId}/actions`, {
    step: 5,
    what: 'Tar emot anmälan',
    audience: 'all',
    ...overrides,
  });
  expectStatus('creating the action', res, 201);
  return res.body as { id: string; revision: number } & Record<string, unknown>;
}

/** A region (regional coordination) created by a fresh regional coordinator or the one given. */
export async function buildRegion(
  app: FastifyInstance,
  overrides: { coordinator?: Client; name?: string } = {},
) {
  const coordinator = overrides.coordinator ?? (await signUp(app, 'Regional samordnare'));
  const res = await coordinator.post('/api/regions', { name: overrides.name ?? 'Regionen' });
  expectStatus('creating the region', res, 201);
  return { coordinator, regionId: res.body.id as string, region: res.body };
}

/**
 * Another regional coordinator by invitation: a new user named `name` (or the client `who`)
 * invited by `coordinator` and accepting. Returns their client.
 */
export async function addRegionCoordinator(
  app: FastifyInstance,
  coordinator: Client,
  regionId: string,
  options: { name?: string; who?: Client } = {},
): Promise<Client> {
  const who = options.who ?? (await signUp(app, options.name ?? 'Regional kollega'));
  const invitation = await coordinator.post(`/api/regions/${regionId}/invitations`, {
    email: (who as Client & { email: string }).email,
  });
  expectStatus('inviting the regional coordinator', invitation, 201);
  const accepted = await who.post(`/api/region-invitations/${invitation.body.token}/accept`);
  expectStatus('accepting the region invitation', accepted, 200);
  return who;
}

/** A region with two regional coordinators: the one who created it and a `second`, invited. */
export async function buildRegionWithTwoCoordinators(
  app: FastifyInstance,
  overrides: { name?: string } = {},
) {
  const region = await buildRegion(app, overrides);
  const second = await addRegionCoordinator(app, region.coordinator, region.regionId);
  return { ...region, second };
}

type ActorOverrides = Record<string, unknown>;

/**
 * Two organisations with phone contact paths, for buildRoutineWithActors: Socialtjänsten (the
 * children's intake in office hours and the always-open social emergency line) and Polisen (114 14).
 */
export const ACTORS_WITH_PHONES = {
  social: {
    name: 'Socialtjänsten',
    kind: 'social_services',
    contactPaths: [
      {
        channel: 'phone',
        value: '08-123 456 78',
        label: 'Mottagningen barn',
        hours: 'vardagar 8–17',
        audience: 'children',
      },
      {
        channel: 'phone',
        value: '020-390 000',
        label: 'Socialjouren',
        always: true,
        audience: 'all',
      },
    ],
  },
  police: {
    name: 'Polisen',
    kind: 'police',
    contactPaths: [{ channel: 'phone', value: '114 14', always: true, audience: 'all' }],
  },
};

/**
 * A collaboration with a routine (createCollaborationWithRoutine's shape) and the organisations
 * in `actors` (key → buildActor overrides), created in that order. `afterEachWrite` runs after
 * the routine and after each organisation, e.g. to move the test clock one step.
 */
export async function buildRoutineWithActors<K extends string>(
  app: FastifyInstance,
  actors: Record<K, ActorOverrides>,
  overrides: { title?: string; afterEachWrite?: () => void } = {},
) {
  const { coordinator, collaborationId } = await buildCollaboration(app);
  const { routineId, routine } = await buildRoutine(coordinator, collaborationId, overrides);
  overrides.afterEachWrite?.();
  const built = {} as Record<K, ResponseBody>;
  for (const [key, actor] of Object.entries(actors) as [K, ActorOverrides][]) {
    built[key] = await buildActor(coordinator, collaborationId, actor);
    overrides.afterEachWrite?.();
  }
  return { coordinator, collaborationId, routineId, routine, actors: built };
}

/**
 * A collaboration with a routine, its organisations (by default only Polisen, under the key
 * `police`), an editor representing one of them (`editorFor`, by default `police`) and a reader,
 * each a new user who accepted an invitation. `afterEachWrite` runs after the routine, each
 * organisation and each member.
 */
export async function buildRoutineWithMembers<K extends string = 'police'>(
  app: FastifyInstance,
  overrides: {
    actors?: Record<K, ActorOverrides>;
    editorFor?: K;
    editorName?: string;
    readerName?: string;
    afterEachWrite?: () => void;
  } = {},
) {
  const actors = overrides.actors ?? ({ police: {} } as Record<K, ActorOverrides>);
  const base = await buildRoutineWithActors(app, actors, overrides);
  const editorFor = base.actors[overrides.editorFor ?? ('police' as K)];
  if (!editorFor) throw new Error('buildRoutineWithMembers: editorFor names no actor');
  const { coordinator, collaborationId } = base;
  const editor = await addMember(app, coordinator, collaborationId, {
    role: 'editor',
    name: overrides.editorName ?? 'Erik Redaktör',
    actorId: editorFor.id,
  });
  overrides.afterEachWrite?.();
  const reader = await addMember(app, coordinator, collaborationId, {
    role: 'reader',
    name: overrides.readerName ?? 'Lisa Läsare',
  });
  overrides.afterEachWrite?.();
  return { ...base, editor, reader };
}

/** A workshop on the routine (issue 17), started by its coordinator; guests allowed by default. */
export async function buildWorkshop(
  coordinator: Client,
  routineId: string,
  overrides: { questionIds?: string[]; allowGuests?: boolean; secondsPerQuestion?: number } = {},
) {
  const res = await coordinator.post(`/api/routines/${routineId}/workshops`, {
    questionIds: overrides.questionIds ?? ['s1.q1', 's3.q2'],
    allowGuests: overrides.allowGuests ?? true,
    ...(overrides.secondsPerQuestion ? { secondsPerQuestion: overrides.secondsPerQuestion } : {}),
  });
  expectStatus('starting the workshop', res, 201);
  return res.body as { id: string; code: string; joinUrl: string; endsAt: string } & Record<
    string,
    unknown
  >;
}

/** A guest of a workshop: a client without an account that joined by code (its cookie). */
export async function addWorkshopGuest(
  app: FastifyInstance,
  code: string,
  overrides: { name?: string; organisation?: string } = {},
): Promise<Client & { participantId: string; setCookie: string }> {
  const guest = new TestClient(app);
  const res = await guest.post('/api/workshops/join', {
    code,
    name: overrides.name ?? 'Gästa Gästsson',
    organisation: overrides.organisation ?? 'Brottsofferjouren',
  });
  expectStatus('joining the workshop as a guest', res, 200);
  return Object.assign(guest, {
    participantId: res.body.participantId as string,
    setCookie: String(res.headers['set-cookie']),
  });
}
