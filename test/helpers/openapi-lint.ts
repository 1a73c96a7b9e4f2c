/**
 * The rules the API's OpenAPI document keeps (issue 12; the recommended rules of an outside
 * linter such as Redocly's that a typed client generator needs): servers are set; every
 * operation has a unique, URL-safe operationId and a summary, a success answer and the 4xx
 * answers it can give with the one error schema; every path parameter is declared; every
 * `$ref` resolves and every security requirement names a defined scheme.
 */

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ERROR_REF = '#/components/schemas/Error';

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

function resolves(doc: Json, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let at: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!at || typeof at !== 'object' || !(key in at)) return false;
    at = (at as Json)[key];
  }
  return true;
}

/** Every broken rule as "<METHOD> <path>: <problem>" (or "document: …"); empty when clean. */
export function lintOpenapi(doc: Json): string[] {
  const problems: string[] = [];
  const servers = doc.servers as { url?: unknown }[] | undefined;
  if (!Array.isArray(servers) || servers.length === 0) problems.push('document: no servers');
  else if (servers.some((s) => typeof s.url !== 'string')) {
    problems.push('document: a server without url');
  }
  const schemes = Object.keys(
    ((doc.components as Json | undefined)?.securitySchemes as Json | undefined) ?? {},
  );
  const checkSecurity = (where: string, security: unknown) => {
    for (const requirement of (security as Json[] | undefined) ?? []) {
      for (const name of Object.keys(requirement)) {
        if (!schemes.includes(name)) problems.push(`${where}: undefined security scheme ${name}`);
      }
    }
  };
  checkSecurity('document', doc.security);
  for (const ref of new Set(refsIn(doc))) {
    if (!resolves(doc, ref)) problems.push(`document: unresolved $ref ${ref}`);
  }

  const ids = new Map<string, string>();
  for (const [path, item] of Object.entries((doc.paths as Record<string, Json>) ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = op.operationId;
      if (typeof id !== 'string' || id === '') problems.push(`${where}: no operationId`);
      else {
        if (!/^[A-Za-z0-9_.-]+$/.test(id)) problems.push(`${where}: operationId not URL-safe`);
        const other = ids.get(id);
        if (other) problems.push(`${where}: operationId ${id} also used by ${other}`);
        ids.set(id, where);
      }
      if (typeof op.summary !== 'string' || op.summary.trim() === '') {
        problems.push(`${where}: no summary`);
      }
      checkSecurity(where, op.security);

      const responses = (op.responses as Record<string, Json> | undefined) ?? {};
      const statuses = Object.keys(responses);
      if (!statuses.some((s) => /^[23]/.test(s))) problems.push(`${where}: no success response`);
      const clientErrors = statuses.filter((s) => s.startsWith('4'));
      if (clientErrors.length === 0) problems.push(`${where}: no 4xx response`);
      for (const status of clientErrors) {
        const schema = (
          (responses[status]?.content as Json | undefined)?.['application/json'] as Json | undefined
        )?.schema as Json | undefined;
        if (schema?.$ref !== ERROR_REF) {
          problems.push(`${where}: ${status} does not answer with ${ERROR_REF}`);
        }
      }
      for (const [status, response] of Object.entries(responses)) {
        if (typeof response.description !== 'string') {
          problems.push(`${where}: response ${status} has no description`);
        }
      }

      const declared = new Set(
        ((op.parameters as Json[] | undefined) ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => p.name as string),
      );
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        if (!declared.has(name as string)) {
          problems.push(`${where}: path parameter ${name} not declared`);
        }
      }
    }
  }
  return problems;
}
