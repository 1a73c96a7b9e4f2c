import type { FastifyInstance } from 'fastify';
import { Client } from './app';
import { createCompleteRoutine } from './complete-routine';
import { addMember, buildInvitation, buildRegion } from './factories';
import { insertWalkRecords } from './walk-records';

export { paramValue } from './walk-params';

/**
 * Shared by the isolation and permission walks: the operations of /api/openapi.json, a
 * fixture in which every kind of id exists, URLs with those ids, and request bodies that
 * pass the operation's own schema (so a refusal is the route's decision, not validation's).
 */

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  format?: string;
  default?: unknown;
};

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI form: /api/routines/{rid}/actions/{id} */
  path: string;
  pathParams: string[];
  requiredQuery: { name: string; schema: JsonSchema }[];
  body: JsonSchema | null;
}

export const opKey = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;
export const isWrite = (op: Operation) => op.method !== 'GET';

export async function loadOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`openapi.json: ${res.statusCode}`);
  const doc = res.json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
          requestBody?: { content?: { 'application/json'?: { schema: JsonSchema } } };
        }
      >
    >;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      const params = op.parameters ?? [];
      ops.push({
        method: upper as Operation['method'],
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        requiredQuery: params
          .filter((p) => p.in === 'query' && p.required)
          .map((p) => ({ name: p.name, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      });
    }
  }
  return ops;
}

/** A value satisfying `schema` (required properties only); `hints` supply values by property name. */
export function sample(
  schema: JsonSchema,
  hints: Record<string, unknown> = {},
  name = '',
): unknown {
  if (name && name in hints) return hints[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((s) => sample(s, hints, name) as object));
  }
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const nonNull = alternatives.find((s) => s.type !== 'null') ?? alternatives[0]!;
    return sample(nonNull, hints, name);
  }
  const type = Array.isArray(schema.type)
    ? (schema.type.find((x) => x !== 'null') ?? 'null')
    : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) {
        out[key] = sample(schema.properties?.[key] ?? {}, hints, key);
      }
      // A sign-off re-authenticates with a password or with a login at the identity provider
      // (`reauthId`), so neither is required: the walks sign with the password.
      if (schema.properties?.reauthId && 'password' in hints) out.password = hints.password;
      return out;
    }
    case 'array':
      return Array.from({ length: Math.max(schema.minItems ?? 0, 1) }, () =>
        sample(schema.items ?? { type: 'string' }, hints, ''),
      );
    case 'integer':
    case 'number': {
      // The smallest allowed value: 0 for a first answer's baseRevision, step 1, …
      if (schema.minimum !== undefined) return schema.minimum;
      if (schema.exclusiveMinimum !== undefined) return schema.exclusiveMinimum + 1;
      return Math.min(schema.maximum ?? 1, 1);
    }
    case 'boolean':
      return false;
    case 'null':
      return null;
    default: {
      if (schema.format === 'email') return 'walk@example.org';
      if (schema.format === 'date') return '2027-01-15';
      if (schema.format === 'date-time') return '2027-01-15T10:00:00.000Z';
      if (schema.format === 'uri' || schema.format === 'url') return 'https://example.org/';
      const text = 'Walk text';
      const min = schema.minLength ?? 1;
      const max = schema.maxLength ?? 200;
      return text.padEnd(min, 'x').slice(0, Math.max(min, Math.min(max, text.length)));
    }
  }
}

/** Ids of one collaboration, enough to fill every path parameter the API has today. */
export interface FixtureIds {
  cid: string;
  rid: string;
  slug: string;
  /** Actor the editor represents (X) and another one (Y). */
  actorX: string;
  actorY: string;
  /** Actions of X and of Y. */
  actionX: string;
  actionY: string;
  obstacle: string;
  knowledge: string;
  milestone: string;
  invitation: string;
  /** The coordinator's comment, which opened `thread`. */
  comment: string;
  thread: string;
  versionNumber: number;
  coordinatorId: string;
  /** A feedback item from use (stored directly: the fixture's routine is not adopted). */
  feedback: string;
  /** A review period (uppföljning). */
  review: string;
  /** A region the collaboration opted in to (its regional coordinator is nobody above). */
  regionId: string;
  /** That region's regional coordinator, and an invitation they sent nobody has used. */
  regionCoordinatorId: string;
  regionInvitation: string;
  /**
   * An open workshop on s1.q1 and s2.q1 that allows guests, its guest's action proposal, and
   * the editor taking part as a member.
   */
  workshop: string;
  workshopProposal: string;
  workshopMember: string;
}

export interface Fixture {
  ids: FixtureIds;
  coordinator: Client;
  /** Editor representing actor X (Polisen). */
  editor: Client;
  reader: Client;
  /** The region's regional coordinator (no member of the collaboration). */
  regional: Client;
  /** A guest of the fixture's workshop (a cookie for that workshop only, no account). */
  guest: Client;
}

async function ok(res: ReturnType<Client['get']>, what: string) {
  const r = await res;
  if (r.status >= 300) {
    throw new Error(`fixture: ${what}: ${r.status} ${JSON.stringify(r.body)}`);
  }
  return r.body;
}

/**
 * A collaboration in which every kind of thing exists: actors with contact paths, actions of
 * two organisations, an obstacle, a local knowledge item, the timeline, an evaluation plan,
 * a frozen version, a comment thread, a pending invitation, and an editor (for Polisen) and
 * a reader besides the coordinator.
 */
export async function createRichFixture(app: FastifyInstance): Promise<Fixture> {
  const r = await createCompleteRoutine(app);
  const c = r.coordinator;
  const cid = r.collaborationId;
  const rid = r.routineId;
  const police = r.actors.police.id;
  const social = r.actors.social.id;
  const actions = (await ok(c.get(`/api/routines/${rid}/actions`), 'actions')) as {
    id: string;
    actorId: string;
  }[];
  const obstacle = await ok(
    c.post(`/api/routines/${rid}/obstacles`, {
      step: 3,
      description: 'Långa väntetider',
      remedy: 'Gemensam jour',
    }),
    'obstacle',
  );
  const knowledge = await ok(
    c.post(`/api/collaborations/${cid}/knowledge`, {
      title: 'Lokal handbok',
      kind: 'document',
      url: 'https://example.org/handbok',
      steps: [2],
    }),
    'knowledge',
  );
  const milestones = (await ok(c.get(`/api/routines/${rid}/milestones`), 'milestones')) as {
    id: string;
  }[];
  const version = await ok(
    c.post(`/api/routines/${rid}/versions`, { summary: 'Första versionen' }),
    'version',
  );
  const thread = await ok(
    c.post(`/api/routines/${rid}/comments`, {
      targetType: 'question',
      targetId: 's1.q1',
      body: 'Ska vi formulera målet kortare?',
    }),
    'comment',
  );
  const editor = await addMember(app, c, cid, {
    role: 'editor',
    name: 'Redaktör för Polisen',
    actorId: police,
  });
  const reader = await addMember(app, c, cid, { role: 'reader', name: 'Läsare' });
  const invitation = await buildInvitation(c, cid, { email: 'pending@example.org' });
  const routine = await ok(c.get(`/api/routines/${rid}`), 'routine');
  const { coordinator: regional, region } = await buildRegion(app, { name: 'Regionen' });
  await ok(c.put(`/api/collaborations/${cid}/region-opt-ins/${region.id}`), 'opt in to the region');
  const regionInvitation = await ok(
    regional.post(`/api/regions/${region.id}/invitations`, { email: 'region-pending@example.org' }),
    'region invitation',
  );
  const actionOf = (actorId: string) => {
    const found = actions.find((a) => a.actorId === actorId);
    if (!found) throw new Error(`fixture: no action of ${actorId}`);
    return found.id;
  };
  if (!milestones[0]) throw new Error('fixture: no milestone');
  const { feedback, review } = await insertWalkRecords(app, rid, version.number);
  const workshop = await ok(
    c.post(`/api/routines/${rid}/workshops`, {
      questionIds: ['s1.q1', 's2.q1'],
      allowGuests: true,
    }),
    'workshop',
  );
  const guest = new Client(app);
  await ok(
    guest.post('/api/workshops/join', {
      code: workshop.code,
      name: 'Gäst',
      organisation: 'Kyrkan',
    }),
    'guest joins',
  );
  const joined = await ok(
    editor.post('/api/workshops/join', { code: workshop.code }),
    'the editor joins the workshop',
  );
  const proposed = await ok(
    guest.post(`/api/workshops/${workshop.id}/proposals`, {
      step: 3,
      what: 'Vi tar emot dygnet runt',
    }),
    'proposal',
  );
  return {
    coordinator: c,
    editor,
    reader,
    regional,
    guest,
    ids: {
      cid,
      rid,
      slug: routine.slug,
      actorX: police,
      actorY: social,
      actionX: actionOf(police),
      actionY: actionOf(social),
      obstacle: obstacle.id,
      knowledge: knowledge.id,
      milestone: milestones[0].id,
      invitation: invitation.id,
      comment: thread.comments[0].id,
      thread: thread.threadId,
      versionNumber: version.number,
      coordinatorId: c.userId,
      feedback,
      review,
      regionId: region.id,
      regionCoordinatorId: regional.userId,
      regionInvitation: regionInvitation.id,
      workshop: workshop.id,
      workshopProposal: proposed.proposals[0].id,
      workshopMember: joined.participantId,
    },
  };
}

/** The URL of an operation with its parameters filled, or the names it could not fill. */
export function buildUrl(
  op: Operation,
  value: (param: string) => string | null,
): { url: string } | { missing: string[] } {
  const missing: string[] = [];
  let url = op.path.replace(/\{(\w+)\}/g, (_m, p: string) => {
    const v = value(p);
    if (v === null) {
      missing.push(p);
      return `{${p}}`;
    }
    return encodeURIComponent(v);
  });
  if (missing.length > 0) return { missing };
  const query = op.requiredQuery.map(
    (q) => `${encodeURIComponent(q.name)}=${encodeURIComponent(String(sample(q.schema)))}`,
  );
  if (query.length > 0) url += `?${query.join('&')}`;
  return { url };
}

/** Sends the operation with a body that passes its schema (when it takes one). */
export function call(client: Client, op: Operation, url: string, body: unknown) {
  switch (op.method) {
    case 'GET':
      return client.get(url);
    case 'DELETE':
      return client.delete(url);
    case 'POST':
      return client.post(url, body ?? {});
    case 'PUT':
      return client.put(url, body ?? {});
    case 'PATCH':
      return client.patch(url, body ?? {});
  }
}

/** Property-name hints so sampled bodies refer to real things of the fixture. */
export function bodyHints(ids: FixtureIds, actor: 'X' | 'Y'): Record<string, unknown> {
  const actorId = actor === 'X' ? ids.actorX : ids.actorY;
  return {
    actorId,
    ownerActorId: actorId,
    responsibleActorId: actorId,
    password: 'correct horse battery',
  };
}
