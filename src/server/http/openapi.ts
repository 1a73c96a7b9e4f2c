import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_STATUS, ZErrorBody } from '../../contracts/errors';

/**
 * What /api/openapi.json adds to the routes' own schemas (issue 12), so that a typed client
 * can be generated from it and an outside linter's recommended rules pass:
 * - every operation an `operationId` (the route's own, else derived from method and path:
 *   `PUT /api/routines/{rid}/answers/{questionId}` → `putRoutinesByRidAnswersByQuestionId`);
 * - the 4xx answers it can give, each with the one error body (`#/components/schemas/Error`);
 * - `servers` (this origin), and `security: []` on the operations that need no session.
 * The rules are checked by test/integration/openapi-lint.test.ts.
 */

/** The operations anyone may call without a session (every other one answers 401 without). */
export const PUBLIC_OPERATIONS = new Set([
  'GET /api/template',
  'POST /api/auth/sign-up/email',
  'POST /api/auth/sign-in/email',
  'POST /api/auth/sign-out',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/email-verification/confirm',
  'GET /api/invitations/{token}',
  'POST /api/published/{slug}/feedback',
  'GET /api/public-origin',
  'GET /api/national-routines',
  'POST /api/workshops/join',
  'GET /api/auth/sso/lookup',
  'POST /api/auth/sso/sign-in',
  'GET /api/auth/sso/callback/{providerId}',
]);

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ERRORS_KEY = 'x-samrutin-errors';

/** `/api/routines/:rid/export.pdf` → `/api/routines/{rid}/export.pdf` (the document's form). */
const openapiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

const pascal = (word: string) =>
  word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `GET /api/regions/{regionId}/overview.csv` → `getRegionsByRegionIdOverviewCsv`. */
export function deriveOperationId(method: string, path: string): string {
  const segments = path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((s) => (s.startsWith('{') ? `By${pascal(s.slice(1, -1))}` : pascal(s)));
  return method.toLowerCase() + segments.join('');
}

/** The 4xx statuses an operation can answer, from what every request goes through. */
export function errorStatusesOf(
  method: string,
  path: string,
  options: { rateLimited: boolean },
): number[] {
  const statuses = new Set<number>([400]); // schema validation and the input guards
  const isPublic = PUBLIC_OPERATIONS.has(`${method} ${path}`);
  if (!isPublic) statuses.add(401);
  if (UNSAFE.has(method)) {
    // the Origin check; a stale revision, a conflict or a limit; the body's size and type
    for (const s of [403, 409, 413, 415]) statuses.add(s);
  }
  if (path.startsWith('/api/admin/')) statuses.add(403); // not the instance administrator
  if (path.includes('{')) statuses.add(404); // an unknown id, or another collaboration's
  if (/invitations\/\{token\}/.test(path)) statuses.add(410);
  if (options.rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

/** The swagger `transform`: the Zod transform, then operationId, public marker and 4xx list. */
export const openapiTransform: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]);
  const methods = input.route.method;
  const method = String(Array.isArray(methods) ? methods[0] : methods).toUpperCase();
  if (!schema || !url.startsWith('/api/')) return { schema, url };
  const path = openapiPath(url);
  const out: Record<string, unknown> = { ...schema };
  out.operationId ??= deriveOperationId(method, path);
  if (PUBLIC_OPERATIONS.has(`${method} ${path}`)) out.security ??= [];
  const config = input.route.config as { rateLimit?: unknown } | undefined;
  out[ERRORS_KEY] = errorStatusesOf(method, path, { rateLimited: Boolean(config?.rateLimit) });
  return { schema: out, url };
};

const errorSchema = (() => {
  const { $schema: _, ...rest } = z.toJSONSchema(ZErrorBody) as Record<string, unknown>;
  return rest;
})();

const codesFor = (status: number) =>
  Object.entries(ERROR_STATUS)
    .filter(([, s]) => s === status)
    .map(([code]) => code);

type Operation = Record<string, unknown> & { responses?: Record<string, unknown> };

/** The swagger `transformObject`: the error schema, each operation's 4xx answers, servers. */
export const openapiTransformObject: SwaggerTransformObject = (input) => {
  if (!('openapiObject' in input)) return input.swaggerObject;
  const doc = input.openapiObject as {
    paths?: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, unknown> };
    servers?: unknown;
  };
  doc.servers ??= [{ url: '/', description: 'This instance: the origin serving this document' }];
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, Error: errorSchema },
  };
  for (const item of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const statuses = operation[ERRORS_KEY] as number[] | undefined;
      if (!statuses) continue;
      delete operation[ERRORS_KEY];
      operation.responses ??= {};
      for (const status of statuses) {
        operation.responses[String(status)] ??= {
          description: `Error: ${codesFor(status).join(', ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
      }
    }
  }
  return input.openapiObject;
};

/** The OpenAPI document at /api/openapi.json: the contract other clients rely on. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samrutin API',
        version: '1',
        description:
          'Joint local routines for individual cases of human trafficking and prostitution. ' +
          'Errors: {"error":{"code","message","details"}}.\n\n' +
          'Live co-editing: a WebSocket at `/collab` on this origin speaks the Hocuspocus (Yjs) ' +
          'protocol; the session cookie authenticates and the Origin check applies. Document ' +
          "`routine:<routineId>` holds `getText('answer:<questionId>')` per answer (e.g. " +
          "`answer:s3.q2`) and `getText('mainRule')`. Text written through the socket is " +
          'readable through `GET /api/routines/{rid}` within 2 seconds, and a `PUT` of an answer ' +
          '(with its `baseRevision`) reaches connected clients within 2 seconds. Readers connect ' +
          'read-only; updates with a suspected personnummer are refused (a `refused` stateless ' +
          'message, then the socket closes) unless the author first sends the stateless message ' +
          '`{"type":"acknowledge-personal-data","field":…}` and waits for the answer ' +
          '`{"type":"acknowledged","field":…}` before sending the text; after REST writes and ' +
          'after storing live edits the server sends ' +
          '`{"type":"changed","path":…}` so clients refetch.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
      security: [{ session: [] }],
    },
    transform: openapiTransform,
    transformObject: openapiTransformObject,
  });
}
