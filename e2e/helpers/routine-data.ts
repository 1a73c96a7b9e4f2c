import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { getJson, postJson } from './journey';

/**
 * Builds routine data through the HTTP API, as a signed-in browser context (the e2e journeys
 * make their own data; nothing here reaches into the server's modules).
 */

export interface ActorDto {
  id: string;
  name: string;
  contactPaths: { id: string; label: string | null }[];
}

/** PUT / PATCH / DELETE with the Origin header the API requires; expects `status`. */
export async function send<T>(
  context: BrowserContext,
  baseUrl: string,
  method: 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data: unknown,
  status = 200,
): Promise<T> {
  const response = await context.request.fetch(`${baseUrl}${path}`, {
    method,
    data,
    headers: { Origin: baseUrl },
  });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBe(status);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A collaboration the signed-in context creates (its coordinator); returns its id. */
export async function createCollaboration(
  context: BrowserContext,
  baseUrl: string,
  overrides: { name?: string; area?: string } = {},
): Promise<string> {
  const collaboration = await postJson<{ id: string }>(context, baseUrl, '/api/collaborations', {
    name: overrides.name ?? 'Samverkan mot människohandel i Exempelkommun',
    ...(overrides.area ? { area: overrides.area } : {}),
  });
  return collaboration.id;
}

/** A collaboration with a draft routine (`title`), created by the signed-in context. */
export async function createCollaborationAndRoutine(
  context: BrowserContext,
  baseUrl: string,
  overrides: { name?: string; area?: string; title?: string } = {},
) {
  const collaborationId = await createCollaboration(context, baseUrl, overrides);
  const routineId = await createRoutine(context, baseUrl, collaborationId, overrides);
  return { collaborationId, routineId };
}

/** A draft routine of the collaboration (`title`); returns its id. */
export async function createRoutine(
  context: BrowserContext,
  baseUrl: string,
  cid: string,
  overrides: { title?: string } = {},
): Promise<string> {
  const routine = await postJson<{ id: string }>(
    context,
    baseUrl,
    `/api/collaborations/${cid}/routines`,
    { title: overrides.title ?? 'Rutin för enskilda ärenden' },
  );
  return routine.id;
}

/** One organisation of the collaboration: Polisen without contact paths, unless overridden. */
export function createActor(
  context: BrowserContext,
  baseUrl: string,
  cid: string,
  overrides: Record<string, unknown> = {},
): Promise<ActorDto> {
  return postJson<ActorDto>(context, baseUrl, `/api/collaborations/${cid}/actors`, {
    name: 'Polisen',
    kind: 'police',
    contactPaths: [],
    ...overrides,
  });
}

/** Social services, the police and health care, with contact paths (24/7 ones included). */
export async function createActors(context: BrowserContext, baseUrl: string, cid: string) {
  const actor = (body: Record<string, unknown>) => createActor(context, baseUrl, cid, body);
  const social = await actor({
    name: 'Socialtjänsten',
    kind: 'social_services',
    contactPaths: [
      {
        channel: 'phone',
        value: '08-123 456 78',
        label: 'Mottagningen barn och unga',
        hours: 'vardagar 8–17',
        audience: 'children',
      },
      {
        channel: 'phone',
        value: '08-123 456 79',
        label: 'Mottagningen vuxna',
        hours: 'vardagar 8–17',
        audience: 'adults',
      },
      {
        channel: 'phone',
        value: '08-123 456 70',
        label: 'Socialjouren',
        always: true,
        audience: 'all',
      },
    ],
  });
  const police = await actor({
    name: 'Polisen',
    kind: 'police',
    contactPaths: [
      { channel: 'phone', value: '112', label: 'Akut', always: true, audience: 'all' },
      { channel: 'phone', value: '114 14', label: 'Ej akut', always: true, audience: 'all' },
    ],
  });
  const health = await actor({
    name: 'Hälso- och sjukvården',
    kind: 'health_care',
    contactPaths: [
      { channel: 'phone', value: '1177', label: 'Vårdguiden', always: true, audience: 'all' },
    ],
  });
  return { social, police, health };
}

/**
 * Actions in steps 2–5 and the main rule: with an evaluation plan (`withPlan`) the quality
 * check has no blocker left, so a version can be frozen.
 */
export async function fillRoutine(
  context: BrowserContext,
  baseUrl: string,
  rid: string,
  actors: { social: ActorDto; police: ActorDto; health: ActorDto },
  options: { withPlan: boolean },
) {
  const { social, police, health } = actors;
  const action = (body: Record<string, unknown>) =>
    postJson<{ id: string }>(context, baseUrl, `/api/routines/${rid}/actions`, body);
  const path = (a: ActorDto, i: number) => a.contactPaths[i]?.id;
  const receiveChildren = await action({
    step: 3,
    actorId: social.id,
    what: 'Tar emot orosanmälan om barn och gör en skyddsbedömning samma dag',
    audience: 'children',
    contactPathId: path(social, 0),
    kind: 'report_of_concern',
    isEntryPoint: true,
  });
  const receiveAdults = await action({
    step: 3,
    actorId: social.id,
    what: 'Tar emot kontakt om vuxna, dygnet runt via socialjouren',
    audience: 'adults',
    contactPathId: path(social, 2),
    isEntryPoint: true,
  });
  await action({
    step: 2,
    actorId: health.id,
    what: 'Uppmärksammar tecken på människohandel och gör orosanmälan',
    audience: 'all',
    contactPathId: path(health, 0),
    kind: 'report_of_concern',
    handoffTo: [receiveChildren.id, receiveAdults.id],
  });
  await action({
    step: 4,
    actorId: social.id,
    what: 'Håller första samtalet med tolk och informerar om rättigheter',
    audience: 'all',
    contactPathId: path(social, 2),
    kind: 'rights_information',
  });
  const step5 = [
    {
      actorId: police.id,
      what: 'Tar emot polisanmälan',
      kind: 'report_to_police',
      p: path(police, 1),
    },
    {
      actorId: social.id,
      what: 'Gör en skyddsbedömning',
      kind: 'protection_assessment',
      p: path(social, 2),
    },
    {
      actorId: social.id,
      what: 'Ger akut bistånd och boende',
      kind: 'emergency_assistance',
      p: path(social, 2),
    },
    {
      actorId: social.id,
      what: 'Ansöker om betänketid',
      kind: 'reflection_period',
      p: path(social, 1),
    },
    {
      actorId: police.id,
      what: 'Begär målsägandebiträde',
      kind: 'counsel_for_injured_party',
      p: path(police, 1),
    },
    { actorId: social.id, what: 'Bokar tolk', kind: 'interpreter', p: path(social, 1) },
  ];
  const protection: { id: string }[] = [];
  for (const a of step5) {
    protection.push(
      await action({
        step: 5,
        actorId: a.actorId,
        what: a.what,
        audience: 'all',
        contactPathId: a.p,
        kind: a.kind,
      }),
    );
  }
  await send(context, baseUrl, 'PATCH', `/api/routines/${rid}`, {
    mainRule: 'Ring alltid socialjouren först. Vid akut fara: ring 112.',
  });
  if (options.withPlan) {
    await send(context, baseUrl, 'PUT', `/api/routines/${rid}/evaluation-plan`, {
      method: 'Årlig genomgång av ärenden och en workshop med alla aktörer',
      indicators: ['Antal ärenden', 'Tid till första kontakt'],
      responsibleActorId: social.id,
      frequencyMonths: 12,
      nextReviewDate: nextYear(),
    });
  }
  return {
    policeReport: protection[0] as { id: string },
    interpreter: protection[5] as { id: string },
  };
}

/** A date about a year from now (`YYYY-MM-DD`): the next review must lie in the future. */
export function nextYear(): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/** Invites `email` with a role and organisation and returns the link's token. */
export async function invite(
  context: BrowserContext,
  baseUrl: string,
  cid: string,
  body: { email: string; role: 'coordinator' | 'editor' | 'reader'; actorId?: string },
): Promise<string> {
  const created = await postJson<{ token: string }>(
    context,
    baseUrl,
    `/api/collaborations/${cid}/invitations`,
    body,
  );
  return created.token;
}

/**
 * `member` (a signed-in context) joins the collaboration: `coordinator` invites their address
 * with a role (and organisation) and `member` accepts the link.
 */
export async function joinByInvitation(
  coordinator: BrowserContext,
  member: BrowserContext,
  baseUrl: string,
  cid: string,
  body: { email: string; role: 'coordinator' | 'editor' | 'reader'; actorId?: string },
): Promise<void> {
  const token = await invite(coordinator, baseUrl, cid, body);
  const accepted = await member.request.post(`${baseUrl}/api/invitations/${token}/accept`, {
    headers: { Origin: baseUrl },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
}

/**
 * Freezes the draft (`summary`) and signs it for every organisation (at least one must sign),
 * each decision in § `section` (by default the version's number): it becomes the adopted version.
 */
export async function adoptNextVersion(
  context: BrowserContext,
  baseUrl: string,
  rid: string,
  password: string,
  overrides: { summary?: string; section?: number } = {},
): Promise<number> {
  const frozen = await postJson<{ number: number }>(
    context,
    baseUrl,
    `/api/routines/${rid}/versions`,
    { summary: overrides.summary ?? 'Ny version' },
  );
  const overview = await getJson<{ required: { actorId: string; name: string }[] }>(
    context,
    baseUrl,
    `/api/routines/${rid}/versions/${frozen.number}/sign-offs`,
  );
  expect(overview.required.length, 'organisations to sign').toBeGreaterThan(0);
  for (const required of overview.required) {
    await postJson(context, baseUrl, `/api/routines/${rid}/versions/${frozen.number}/sign-offs`, {
      actorId: required.actorId,
      representativeName: `Företrädare för ${required.name}`,
      representativeTitle: 'Förvaltningschef',
      decisionReference: `Beslut ${required.name} § ${overrides.section ?? frozen.number}`,
      password,
    });
  }
  return frozen.number;
}
