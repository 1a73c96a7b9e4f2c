import { z } from 'zod';
import { ZSubmitFeedback } from '../../src/contracts/feedback';
import type { FuzzTarget, Parameter, Schema } from './fuzz';
import type { Operation } from './walk';

/**
 * The routes the OpenAPI document leaves out (the published pages, their assets, health,
 * metrics, the unsubscribe link, the live-editing socket …), for the schema-driven fuzz: the
 * app's own route table lists them, and each must be described here — its query parameters
 * and body — or the fuzz fails naming it.
 */

export interface Route {
  method: Operation['method'];
  /** OpenAPI form: /r/{slug} */
  path: string;
}

/**
 * Every route of the app but HEAD (Fastify adds one per GET), read off `printRoutes()`:
 * a tree whose lines are "│   ├── /segment (GET, HEAD)", four characters per level.
 */
export function listRoutes(tree: string): Route[] {
  const stack: string[] = [];
  const out: Route[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      if (['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
        out.push({ method: method as Route['method'], path });
      }
    }
  }
  return out;
}

/** Read by hand: "en" is English, anything else Swedish, so no value is invalid. */
const lang: Parameter = { in: 'query', name: 'lang', schema: {} };
/** ?version=N of the published pages, read by hand too. */
const version: Parameter = { in: 'query', name: 'version', schema: {} };
const formBody = z.toJSONSchema(ZSubmitFeedback, { io: 'input', unrepresentable: 'any' }) as Schema;
/** The form's step is coerced (z.coerce.number): whatever reads as 0–6 is a step. */
formBody.properties = { ...formBody.properties, step: {} };
const page = [lang, version];

interface Described {
  parameters?: Parameter[];
  body?: Schema;
  /** Content types it takes besides JSON (a no-JavaScript form posts urlencoded). */
  alsoTakes?: string[];
}

/** What the fuzz knows of each route outside the document; key "METHOD /path". */
export const OUTSIDE_OPENAPI: Record<string, Described> = {
  'GET /api/openapi.json': {},
  'GET /healthz': {},
  'GET /readyz': {},
  'GET /metrics': {},
  'GET /collab': {},
  'GET /favicon.ico': {},
  'GET /r/sw.js': {},
  'GET /r/assets/{file}': {},
  'GET /r/{slug}': { parameters: page },
  'GET /r/{slug}/manifest.webmanifest': { parameters: page },
  'GET /r/{slug}/diagram.svg': { parameters: page },
  'GET /r/{slug}/feedback': { parameters: [lang] },
  'GET /r/{slug}/feedback/thanks': { parameters: [lang] },
  'POST /r/{slug}/feedback': {
    parameters: [lang],
    body: formBody,
    alsoTakes: ['application/x-www-form-urlencoded'],
  },
  'GET /rutiner-i-landet': { parameters: [lang] },
  'GET /avregistrera/{token}': {},
  'POST /avregistrera/{token}': { alsoTakes: ['application/x-www-form-urlencoded'] },
};

/** A route outside the document as a fuzz target's operation. */
export function outsideOperation(route: Route): (FuzzTarget & { alsoTakes: string[] }) | null {
  const described = OUTSIDE_OPENAPI[`${route.method} ${route.path}`];
  if (!described) return null;
  return {
    ...route,
    pathParams: [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
    requiredQuery: [],
    body: (described.body ?? null) as Operation['body'],
    parameters: described.parameters ?? [],
    alsoTakes: described.alsoTakes ?? [],
  };
}
