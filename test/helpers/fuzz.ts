import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '../../src/contracts/errors';
import { loadOperations, type Operation } from './walk';

/**
 * Generators of bad requests for the schema-driven fuzz (test/integration/fuzz.test.ts): each
 * family turns one operation of /api/openapi.json into a fast-check arbitrary of requests
 * that are wrong in one way, and says what must come back: a 4xx when the request is invalid
 * by construction, a given status, or just "not a 5xx" when it may legitimately succeed.
 */

/** The parts of a JSON Schema (as @fastify/swagger emits Zod's) the generators read. */
export interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
}

export interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: Schema;
}

export interface FuzzTarget extends Operation {
  parameters: Parameter[];
}

/** Every operation with all its parameters (walk.ts keeps only the required query ones). */
export async function loadFuzzTargets(app: FastifyInstance): Promise<FuzzTarget[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
  };
  return (await loadOperations(app)).map((op) => ({
    ...op,
    parameters: doc.paths[op.path]?.[op.method.toLowerCase()]?.parameters ?? [],
  }));
}

/** What must come back: a 4xx, exactly this status, or anything below 500. */
export type Expectation = '4xx' | number | 'any';

export interface FuzzCase {
  family: string;
  /** The mutation, for people: "wrong type: step = \"x\"". */
  what: string;
  method: Operation['method'];
  url: string;
  /** Besides Origin and the session cookie. */
  headers: Record<string, string>;
  payload?: string | Buffer;
  expect: Expectation;
}

/** One operation ready to be fuzzed: a URL and a body that pass its schema. */
export interface Target {
  op: FuzzTarget;
  /** Valid values of the path parameters. */
  pathValues: Record<string, string>;
  url: string;
  bodySchema: Schema | null;
  body: Record<string, unknown>;
  /** The route's body limit in bytes. */
  bodyLimit: number;
  /** Content types the route takes besides JSON (a no-JavaScript form's urlencoded). */
  alsoTakes?: string[];
}

export type Family = (t: Target) => fc.Arbitrary<FuzzCase> | FuzzCase[] | null;

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

export const typeOf = (v: unknown): JsonType =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : (typeof v as JsonType);

/** The JSON types a schema admits, or null when it admits anything (or we cannot tell). */
export function allowedTypes(s: Schema): Set<JsonType> | null {
  const out = new Set<JsonType>();
  const visit = (x: Schema): boolean => {
    const alternatives = x.anyOf ?? x.oneOf;
    if (alternatives) return alternatives.every(visit);
    if (x.const !== undefined) return out.add(typeOf(x.const)) && true;
    if (x.enum) return x.enum.every((v) => out.add(typeOf(v)));
    if (!x.type) return false;
    for (const t of Array.isArray(x.type) ? x.type : [x.type]) {
      out.add(t as JsonType);
      if (t === 'number') out.add('integer');
    }
    return true;
  };
  return visit(s) ? out : null;
}

export const alternativesOf = (s: Schema): Schema[] => s.anyOf ?? s.oneOf ?? [s];
export const stringAlternatives = (s: Schema) =>
  alternativesOf(s).filter((x) => x.type === 'string' || (x.type === undefined && !x.enum));
export const stringEnum = (s: Schema): string[] =>
  alternativesOf(s).flatMap((x) => (x.enum ?? []).filter((v) => typeof v === 'string'));

/** The longest string the schema admits: Infinity when unbounded, null when no string. */
export function stringMax(s: Schema): number | null {
  const alts = stringAlternatives(s).filter((x) => !x.enum && x.const === undefined);
  if (alts.length === 0) return null;
  return Math.max(...alts.map((x) => x.maxLength ?? Number.POSITIVE_INFINITY));
}

export const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text of an object from [key, raw JSON value] pairs: keeps duplicates and __proto__. */
export const objectText = (entries: [string, string][]) =>
  `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
export const entriesOf = (body: Record<string, unknown>): [string, string][] =>
  Object.entries(body).map(([k, v]) => [k, JSON.stringify(v)]);
export const withValue = (body: Record<string, unknown>, key: string, raw: string) =>
  objectText([...entriesOf(body).filter(([k]) => k !== key), [key, raw]]);

export const takesBody = (t: Target) => t.op.method !== 'GET';
export const properties = (t: Target) => Object.entries(t.bodySchema?.properties ?? {});
export const isStrict = (t: Target) => t.bodySchema?.additionalProperties === false;

export const jsonCase = (
  t: Target,
  family: string,
  what: string,
  payload: string | Buffer,
  expect: Expectation,
  contentType: string | null = 'application/json',
): FuzzCase => ({
  family,
  what,
  method: t.op.method,
  url: t.url,
  headers: contentType === null ? {} : { 'content-type': contentType },
  payload,
  expect,
});

/** Odd Unicode: NUL and controls, lone surrogates, bidi and zero-width marks, emoji, … */
// biome-ignore format: a table
export const ODD = [
  '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff', '\ud83d', '\u200f',
  '\u202e', '\u2066', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\uffff', '\ufffe',
  '\ufffd', 'e\u0301\u0301\u0301', '😀', '👩‍👩‍👧', '🇸🇪', '𝕏', 'ﷺ', 'åäö', 'İı', '\t', '\n', '\r\n',
  '%00', '\\', '"', "'",
];
const oddUnit = fc.oneof(fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 2 }));
export const oddString = fc.string({ unit: oddUnit, minLength: 1, maxLength: 12 });

/** Fits a string into [min, max] UTF-16 units (cutting a pair in half is welcome here). */
export const fitLength = (s: string, min = 0, max = 200) => s.slice(0, max).padEnd(min, 'x');

// ---------------------------------------------------------------------------------------
// Families over the URL

const isWellFormed = (value: string) => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

/** Percent-encodes, lone surrogates included (as the UTF-8 bytes they cannot have). */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value]
      .map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c)))
      .join('');
  }
}

// biome-ignore format: a table
const BAD_IDS = [
  '', ' ', '.', '...', '..%2F', '../../etc/passwd', '..\\..\\x', '\u0000', 'a\u0000b',
  "' OR '1'='1", "1' OR 1=1--", '1; DROP TABLE routines;--', '" OR ""="', '*', '%', '_', 'null',
  'undefined', 'NaN', 'Infinity', '-1', '0', '1.5', '1e309', '-0', '2147483648',
  '9007199254740993', '99999999999999999999', 'true', '[]', '{}', '{{7*7}}', '<script>',
  'x'.repeat(65), 'x'.repeat(101), 'x'.repeat(5000), '\u202eevil', 'a\u200bb', '😀', 'e\u0301',
  '\uffff', '\ud800', 'åäö', '\ufeffid', '00000000-0000-0000-0000-000000000000',
];
/** Inserted into the URL as they are: path syntax and broken percent-encoding. */
// biome-ignore format: a table
const RAW_IDS = [
  '.', '..', '../', '%00', '%', '%zz', '%2e%2e%2f', '%ff', '%ED%A0%80', '%C0%AF', '%u0041',
  '%2F', '%5C',
];

/** A string that would parse as a positive integer could be a real version number. */
const couldBeValid = (v: string) =>
  Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) < 2 ** 31;

export const badPathIds: Family = (t) => {
  const params = t.op.pathParams;
  if (params.length === 0) return null;
  const encoded = fc
    .oneof(fc.constantFrom(...BAD_IDS), oddString)
    .filter((v) => !couldBeValid(v))
    .map((v) => ({ raw: encode(v), shown: JSON.stringify(v) }));
  const raw = fc.constantFrom(...RAW_IDS).map((v) => ({ raw: v, shown: `raw ${v}` }));
  const schemaOf = (name: string) =>
    t.op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
  // Numbers no row has, at the edges of 32 and 53 bits, for numeric parameters.
  const numeric = (name: string) =>
    fc
      .constantFrom(2 ** 31, 2 ** 32, schemaOf(name).maximum ?? 2 ** 53 - 1)
      .map((n) => ({ raw: String(n), shown: String(n) }));
  return fc
    .constantFrom(...params)
    .chain((param) =>
      fc.tuple(
        fc.constant(param),
        allowedTypes(schemaOf(param))?.has('integer')
          ? fc.oneof(encoded, raw, numeric(param))
          : fc.oneof({ arbitrary: encoded, weight: 3 }, { arbitrary: raw, weight: 1 }),
      ),
    )
    .map(([param, v]): FuzzCase => {
      const url = t.op.path.replace(/\{(\w+)\}/g, (_m, p: string) =>
        p === param ? v.raw : encodeURIComponent(t.pathValues[p]!),
      );
      const payload = takesBody(t) ? JSON.stringify(t.body) : undefined;
      return {
        family: 'bad path ids',
        what: `${param} = ${v.shown.slice(0, 60)}`,
        method: t.op.method,
        url,
        headers: payload === undefined ? {} : { 'content-type': 'application/json' },
        ...(payload === undefined ? {} : { payload }),
        expect: '4xx',
      };
    });
};

/** True when no reading of the value (coerced generously) satisfies the schema. */
function certainlyInvalid(schema: Schema, value: string): boolean {
  // A lone surrogate has no UTF-8: its escapes reach the server undecoded, as other text.
  if (!isWellFormed(value)) return false;
  if (value.includes('\u0000')) return true; // refused everywhere (see input guards)
  return !alternativesOf(schema).some((alt) => {
    if (alt.enum) return alt.enum.map(String).includes(value);
    if (alt.type === 'integer' || alt.type === 'number') {
      const n = Number(value);
      return (
        Number.isFinite(n) &&
        (alt.type === 'number' || Number.isInteger(n)) &&
        n >= (alt.minimum ?? -Infinity) &&
        n <= (alt.maximum ?? Infinity)
      );
    }
    if (alt.type === 'boolean') return ['true', 'false', '0', '1'].includes(value);
    if (alt.type === 'string')
      return value.length >= (alt.minLength ?? 0) && value.length <= (alt.maxLength ?? Infinity);
    return true;
  });
}

export const badQuery: Family = (t) => {
  const query = t.op.parameters.filter((p) => p.in === 'query');
  if (query.length === 0) {
    // Parameters nobody declared are ignored; a write would then simply happen.
    if (t.op.method !== 'GET') return null;
    return fc
      .constantFrom('x=1', '__proto__[a]=1', 'constructor=1&x=2', '%zz=%', 'a=%00', '&&=&', '?=?')
      .map((q) => ({
        family: 'bad query',
        what: `raw ${q}`,
        method: t.op.method,
        url: `${t.url}?${q}`,
        headers: {},
        expect: 'any',
      }));
  }
  const cases = query.map((p) => {
    const enumValue = stringEnum(p.schema)[0] ?? 'x';
    const fixed = [
      '',
      ' ',
      'abc',
      'NaN',
      '1.5',
      '-1',
      '0',
      '1e309',
      '9007199254740993',
      '9007199254740991',
      '2147483648',
      '99999999999999999999',
      'x'.repeat(Math.min(stringMax(p.schema) ?? 64, 4000) + 1),
      `${enumValue}x`,
      enumValue.toUpperCase(),
      `${enumValue}\u200b`,
      'true',
      'null',
      '\u0000',
      "' OR 1=1--",
      '../',
    ];
    const value = fc.oneof(fc.constantFrom(...fixed), oddString).map((v) => ({
      text: `${p.name}=${encode(v)}`,
      shown: JSON.stringify(v).slice(0, 60),
      expect: certainlyInvalid(p.schema, v) ? ('4xx' as const) : ('any' as const),
    }));
    const odd = fc
      .constantFrom(
        `${p.name}=1&${p.name}=2`,
        `${p.name}[a]=1`,
        `${p.name}=%zz`,
        `${p.name}=%`,
        `${p.name}`,
        `${p.name}=%ED%A0%80`,
        `&&${p.name}==`,
      )
      .map((text) => ({ text, shown: `raw ${text}`, expect: 'any' as const }));
    return fc.oneof({ arbitrary: value, weight: 3 }, { arbitrary: odd, weight: 1 });
  });
  return fc.oneof(...cases).map((q): FuzzCase => {
    const payload = takesBody(t) ? JSON.stringify(t.body) : undefined;
    return {
      family: 'bad query',
      what: q.shown,
      method: t.op.method,
      url: `${t.url}${t.url.includes('?') ? '&' : '?'}${q.text}`,
      headers: payload === undefined ? {} : { 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload }),
      expect: q.expect,
    };
  });
};

// ---------------------------------------------------------------------------------------
// Verdicts and reports

export interface Response {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** What is wrong with the response to `c`, or null. */
export function verdict(c: FuzzCase, res: Response): string | null {
  const status = res.statusCode;
  if (status >= 500) return `server error ${status}`;
  if (c.expect === '4xx' && (status < 400 || status >= 500)) return `expected a 4xx, got ${status}`;
  if (typeof c.expect === 'number' && status !== c.expect)
    return `expected ${c.expect}, got ${status}`;
  if (status < 400) return null;
  // Outside /api a person at a browser gets an HTML page; a JSON error keeps the contract.
  const isJsonError = String(res.headers['content-type'] ?? '').startsWith('application/json');
  if (!c.url.startsWith('/api/') && !isJsonError) return null;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return `error body is not JSON`;
  }
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (!error || Object.keys(body as object).length !== 1) return 'error body is not {error:{…}}';
  const extra = Object.keys(error).filter((k) => !['code', 'message', 'details'].includes(k));
  if (extra.length > 0) return `error has unknown keys ${extra.join(', ')}`;
  if (typeof error.message !== 'string' || error.message === '')
    return 'error.message is not a non-empty string';
  if (!ERROR_CODES.includes(error.code as ErrorCode))
    return `unknown error code ${String(error.code)}`;
  if (ERROR_STATUS[error.code as ErrorCode] !== status)
    return `code ${String(error.code)} with status ${status}`;
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json'))
    return 'error is not served as application/json';
  return null;
}

const clip = (s: string, n: number) =>
  s.length > n ? `${s.slice(0, n)}… (${s.length} characters in all)` : s;

/** Everything needed to replay the request by hand. */
export function describeCase(
  c: FuzzCase,
  headers: Record<string, string>,
  res?: Response,
  who = 'the fixture coordinator',
): string {
  const shownHeaders = {
    ...headers,
    ...(headers.cookie ? { cookie: `<session of ${who}>` } : {}),
  };
  const body =
    c.payload === undefined
      ? '(none)'
      : typeof c.payload === 'string'
        ? clip(JSON.stringify(c.payload), 4000)
        : `base64 ${clip(c.payload.toString('base64'), 4000)}`;
  return [
    `[${c.family}] ${c.what} (expected ${c.expect})`,
    `  ${c.method} ${clip(c.url, 600)}`,
    `  headers: ${JSON.stringify(shownHeaders)}`,
    `  body (${c.payload === undefined ? 0 : Buffer.byteLength(c.payload)} bytes, as a JS string literal): ${body}`,
    ...(res ? [`  → ${res.statusCode} ${clip(res.body, 600)}`] : []),
  ].join('\n');
}

/** A 32-bit seed for one family and operation, so adding routes leaves the others' inputs alone. */
export function seedFor(base: number, family: string, op: string): number {
  let h = base | 0;
  for (const ch of `${family}|${op}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x9e3779b1) | 0;
  return h;
}
