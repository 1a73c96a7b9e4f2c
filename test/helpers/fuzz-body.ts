import fc from 'fast-check';
import {
  allowedTypes,
  alternativesOf,
  entriesOf,
  type Family,
  type FuzzCase,
  fitLength,
  isJson,
  isStrict,
  type JsonType,
  jsonCase,
  ODD,
  objectText,
  oddString,
  properties,
  stringAlternatives,
  stringEnum,
  stringMax,
  takesBody,
  withValue,
} from './fuzz';
import { sample } from './walk';

/**
 * The fuzz's families over request bodies (test/integration/fuzz.test.ts; the URL families
 * and the verdicts are in ./fuzz.ts). Each turns an operation into requests wrong in one way.
 */

// biome-ignore format: a table
const BAD_LITERALS = [
  'NaN', 'Infinity', '-Infinity', 'undefined', '0x10', '01', '.5', '+1', "'a'", 'True', 'None',
  '"a', '[1,]', '{,}',
];
// biome-ignore format: a table
const GARBAGE = ['x', '}', ']', ',', '{}', ' true', '\u0000', '"', '\\', '//c', '/*'];
// biome-ignore format: a table
const SYNTAX = [
  "{'a':1}", '{a:1}', '{"a":1,}', '{"a" 1}', '{"a":"\\x41"}', '{"a":"\\u12"}', '{"a":"l\nb"}',
  '{"a":"t\tb"}', '{"a":1}{"b":2}', '{"a":[}', '[', '"', 'nul', 'tru', '-', '\u0000', '{"a":1} /*c*/',
];

export const malformedJson: Family = (t) => {
  if (!takesBody(t)) return null;
  const text = JSON.stringify(t.body);
  const keys = properties(t).map(([k]) => k);
  const literal = fc
    .tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), fc.constantFrom(...BAD_LITERALS))
    .map(([k, raw]) => ({ what: `${k}: ${raw}`, text: withValue(t.body, k, raw) }));
  const mutation = fc.oneof(
    fc
      .nat({ max: Math.max(text.length - 1, 0) })
      .map((k) => ({ what: `truncated to ${k}`, text: text.slice(0, k) })),
    fc
      .tuple(fc.constantFrom(...GARBAGE), fc.string({ maxLength: 6 }))
      .map(([a, b]) => ({ what: 'trailing garbage', text: text + a + b })),
    fc.constant({ what: 'leading BOM', text: `\ufeff${text}` }),
    fc.constant({ what: 'two BOMs', text: `\ufeff\ufeff${text}` }),
    fc
      .integer({ min: 1, max: text.length })
      .map((p) => ({ what: `BOM at ${p}`, text: `${text.slice(0, p)}\ufeff${text.slice(p)}` })),
    literal,
    fc.constantFrom(...SYNTAX).map((s) => ({ what: 'syntax', text: s })),
    fc
      .tuple(
        fc.nat({ max: text.length }),
        fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }),
      )
      .map(([p, s]) => ({
        what: `inserted ${JSON.stringify(s)} at ${p}`,
        text: text.slice(0, p) + s + text.slice(p),
      })),
  );
  // A body-less operation (sign-out, accept, resolve, DELETE) would act on any valid JSON.
  const cases = t.bodySchema
    ? mutation
    : mutation.filter((m) => !isJson(m.text.replace(/^\ufeff/, '')));
  return cases.map((m) =>
    jsonCase(
      t,
      'malformed JSON',
      m.what,
      m.text,
      isJson(m.text.replace(/^\ufeff/, '')) ? 'any' : '4xx',
    ),
  );
};

const VALUE_OF_TYPE: Record<JsonType, fc.Arbitrary<unknown>> = {
  string: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', '1', 'true', 'null', '[]', '{}'),
  ),
  number: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
  integer: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31, 2 ** 53)),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  object: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
};
const ALL_TYPES = Object.keys(VALUE_OF_TYPE) as JsonType[];

export const wrongTypes: Family = (t) => {
  if (!t.bodySchema) return null;
  const root = fc
    .constantFrom<JsonType>('array', 'string', 'integer', 'boolean', 'null')
    .chain((type) => VALUE_OF_TYPE[type])
    .map((v) =>
      jsonCase(t, 'wrong types', `body = ${JSON.stringify(v)}`, JSON.stringify(v), '4xx'),
    );
  const byProperty = properties(t).flatMap(([key, schema]) => {
    const allowed = allowedTypes(schema);
    if (!allowed) return [];
    const wrong = ALL_TYPES.filter((x) => !allowed.has(x));
    return [
      fc
        .constantFrom(...wrong)
        .chain((type) => VALUE_OF_TYPE[type])
        .map((v) =>
          jsonCase(
            t,
            'wrong types',
            `${key} = ${JSON.stringify(v)}`,
            JSON.stringify({ ...t.body, [key]: v }),
            '4xx',
          ),
        ),
    ];
  });
  return fc.oneof(root, ...byProperty);
};

export const missingRequired: Family = (t) => {
  const required = t.bodySchema?.required ?? [];
  if (required.length === 0) return null;
  return fc.subarray(required, { minLength: 1 }).map((gone) => {
    const body = Object.fromEntries(Object.entries(t.body).filter(([k]) => !gone.includes(k)));
    return jsonCase(
      t,
      'missing required',
      `without ${gone.join(', ')}`,
      JSON.stringify(body),
      '4xx',
    );
  });
};

// biome-ignore format: a table
const EXTRA_KEYS = [
  '__proto__', 'constructor', 'prototype', '', 'id', 'routineId', 'collaborationId', 'revision',
  'createdBy', 'userId', 'role', 'deletedAt', 'isAdmin',
];

export const extraFields: Family = (t) => {
  if (!t.bodySchema) return null;
  const known = new Set(Object.keys(t.bodySchema.properties ?? {}));
  const key = fc
    .oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ minLength: 1, maxLength: 10 }), oddString)
    .filter((k) => !known.has(k));
  return fc
    .array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 4 })
    .map((extra) => {
      const entries: [string, string][] = extra.map(([k, v]) => [k, JSON.stringify(v) ?? 'null']);
      return jsonCase(
        t,
        'extra fields',
        `extra ${extra.map(([k]) => JSON.stringify(k)).join(', ')}`,
        objectText([...entriesOf(t.body), ...entries]),
        isStrict(t) ? '4xx' : 'any',
      );
    });
};

export const hugeStrings: Family = (t) => {
  const cases = properties(t).flatMap(([key, schema]) => {
    const items = schema.type === 'array' && schema.items ? schema.items : null;
    const max = stringMax(items ?? schema);
    if (max === null) return [];
    const long = (n: number) =>
      fc
        .tuple(fc.constantFrom('x', 'å', '€', '\u200b'), fc.integer({ min: 1, max: 2000 }))
        .map(([c, extra]) => c.repeat(n + extra));
    const length = Number.isFinite(max) ? max : 200_000;
    return [
      long(length).map((s) =>
        jsonCase(
          t,
          'huge strings',
          `${key}${items ? '[0]' : ''}: ${s.length} characters (max ${max})`,
          JSON.stringify({ ...t.body, [key]: items ? [s] : s }),
          Number.isFinite(max) ? '4xx' : 'any',
        ),
      ),
    ];
  });
  return cases.length ? fc.oneof(...cases) : null;
};

/** Request bodies over the operation's limit (1 MiB unless the route sets its own): 413. */
export const oversize: Family = (t) => {
  if (!takesBody(t)) return null;
  const key = properties(t).find(([, s]) => stringMax(s) !== null)?.[0] ?? 'padding';
  const of = (bytes: number) => {
    const prefix = `{${JSON.stringify(key)}:"`;
    return `${prefix}${'x'.repeat(bytes - prefix.length - 2)}"}`;
  };
  const big = Math.max(2 * 1024 * 1024, 2 * t.bodyLimit);
  return [
    jsonCase(t, 'oversize', `${big} bytes ("${key}": "xxx…")`, of(big), 413),
    jsonCase(t, 'oversize', `${t.bodyLimit + 1} bytes (one over)`, of(t.bodyLimit + 1), 413),
    jsonCase(t, 'oversize', `${big} bytes of malformed JSON`, `[${'1,'.repeat(big / 2)}`, 413),
  ];
};

const deep = (depth: number, shape: 'array' | 'object' | 'mixed') =>
  shape === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : shape === 'object'
      ? `${'{"a":'.repeat(depth)}null${'}'.repeat(depth)}`
      : `${'[{"a":'.repeat(depth / 2)}null${'}]'.repeat(depth / 2)}`;

export const deepNesting: Family = (t) => {
  if (!t.bodySchema) return null;
  const keys = properties(t).map(([k]) => k);
  return fc
    .record({
      depth: fc.constantFrom(1000, 1000, 10_000),
      shape: fc.constantFrom('array' as const, 'object' as const, 'mixed' as const),
      key: keys.length ? fc.option(fc.constantFrom(...keys)) : fc.constant(null),
    })
    .map(({ depth, shape, key }) => {
      const value = deep(depth, shape);
      const rootType: JsonType = shape === 'object' ? 'object' : 'array';
      if (key === null) {
        const invalid =
          rootType === 'array' ||
          isStrict(t) ||
          (t.bodySchema?.required ?? []).some((k) => k !== 'a');
        return jsonCase(
          t,
          'deep nesting',
          `body = ${shape} ${depth} deep`,
          value,
          invalid ? '4xx' : 'any',
        );
      }
      const allowed = allowedTypes(t.bodySchema?.properties?.[key] ?? {});
      return jsonCase(
        t,
        'deep nesting',
        `${key} = ${shape} ${depth} deep`,
        withValue(t.body, key, value),
        allowed && !allowed.has(rootType) ? '4xx' : 'any',
      );
    });
};

/**
 * What no text field may hold (issue 11): C0 controls but tab and line breaks, DEL and C1,
 * lone surrogates, U+FFFE and U+FFFF. Spelled out here, not imported, to test the server's.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

/** NUL and odd Unicode in string properties, within their lengths: forbidden text is a 400. */
export const oddUnicode: Family = (t) => {
  const strings = properties(t).filter(([, s]) => stringMax(s) !== null);
  const enums = properties(t).filter(([, s]) => stringEnum(s).length > 0);
  const cases: fc.Arbitrary<FuzzCase>[] = [];
  if (strings.length > 0) {
    cases.push(
      fc.tuple(fc.subarray(strings, { minLength: 1 }), oddString).map(([props, s]) => {
        const body = { ...t.body };
        let forbidden = false;
        for (const [key, schema] of props) {
          const alt = stringAlternatives(schema).find((x) => !x.enum) ?? {};
          const value = fitLength(s, alt.minLength ?? 0, Math.min(alt.maxLength ?? 200, 200));
          body[key] = value;
          forbidden ||= FORBIDDEN_TEXT.test(value);
        }
        return jsonCase(
          t,
          'odd unicode',
          `${props.map(([k]) => k).join(', ')} = ${JSON.stringify(s)}`,
          JSON.stringify(body),
          forbidden ? 400 : 'any',
        );
      }),
    );
    // Bytes that are not UTF-8 at all, inside a string.
    const [key] = strings[0]!;
    cases.push(
      fc
        .constantFrom(
          [0xff],
          [0xc3, 0x28],
          [0xed, 0xa0, 0x80],
          [0xc0, 0xaf],
          [0xf8, 0x88, 0x80, 0x80, 0x80],
        )
        .map((bytes) => {
          const [head, tail] = JSON.stringify({ ...t.body, [key]: 'a\u0001b' }).split(
            '\\u0001',
          ) as [string, string];
          return jsonCase(
            t,
            'odd unicode',
            `${key} holds bytes ${bytes.map((b) => b.toString(16)).join(' ')}`,
            Buffer.concat([Buffer.from(head), Buffer.from(bytes), Buffer.from(tail)]),
            'any',
          );
        }),
    );
  }
  for (const [key, schema] of enums) {
    const values = stringEnum(schema);
    cases.push(
      fc
        .tuple(fc.constantFrom(...values), fc.constantFrom(...ODD), fc.boolean())
        .map(([v, odd, before]) => {
          const lookalike = before ? odd + v : v + odd;
          return jsonCase(
            t,
            'odd unicode',
            `${key} = ${JSON.stringify(lookalike)}`,
            JSON.stringify({ ...t.body, [key]: lookalike }),
            values.includes(lookalike) ? 'any' : '4xx',
          );
        }),
    );
  }
  return cases.length ? fc.oneof(...cases) : null;
};

/** Valid but extreme: strings at their maximum length, numbers at their bounds, full arrays. */
export const edgeValues: Family = (t) => {
  const cases = properties(t).flatMap(([key, schema]): fc.Arbitrary<FuzzCase>[] => {
    const alt = alternativesOf(schema).find((x) => x.type !== 'null') ?? schema;
    const make = (value: fc.Arbitrary<unknown>) =>
      value.map((v) =>
        jsonCase(
          t,
          'edge values',
          `${key} = ${JSON.stringify(v)?.slice(0, 60)}`,
          JSON.stringify({ ...t.body, [key]: v }),
          'any',
        ),
      );
    if (alt.enum || alt.const !== undefined) return [];
    if (alt.type === 'string' && alt.format === 'date')
      return [make(fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29', '1970-01-01'))];
    if (alt.type === 'string' && alt.maxLength !== undefined && !alt.format) {
      const n = alt.maxLength;
      return [make(fc.constantFrom('x', 'å', '€', '字', ' ').map((c) => c.repeat(n)))];
    }
    if (alt.type === 'integer' || alt.type === 'number') {
      const bounds = [alt.minimum, alt.maximum, 2 ** 31 - 1, 2 ** 31].filter(
        (x): x is number =>
          x !== undefined && x >= (alt.minimum ?? -Infinity) && x <= (alt.maximum ?? Infinity),
      );
      return bounds.length ? [make(fc.constantFrom(...bounds))] : [];
    }
    if (alt.type === 'array' && alt.maxItems !== undefined && alt.items) {
      const item = sample(alt.items);
      return [make(fc.constant(Array.from({ length: alt.maxItems }, () => item)))];
    }
    return [];
  });
  return cases.length ? fc.oneof(...cases) : null;
};

const CONTENT_TYPES: [string | null, (json: string) => string | Buffer][] = [
  ['text/plain', (j) => j],
  ['text/plain; charset=utf-8', (j) => j],
  ['application/x-www-form-urlencoded', (j) => `json=${encodeURIComponent(j)}`],
  [
    'multipart/form-data; boundary=fuzz',
    (j) =>
      `--fuzz\r\nContent-Disposition: form-data; name="json"\r\nContent-Type: application/json\r\n\r\n${j}\r\n--fuzz--\r\n`,
  ],
  [null, (j) => j],
  ['application/json; charset=latin1', (j) => Buffer.from(j, 'latin1')],
  ['application/json; charset=iso-8859-1', (j) => Buffer.from(j, 'latin1')],
  ['application/json; charset=utf-16le', (j) => Buffer.from(j, 'utf16le')],
  ['application/xml', (j) => `<json>${j}</json>`],
  ['application/octet-stream', (j) => j],
  ['application/jsonx', (j) => j],
  ['application/json-patch+json', (j) => j],
  ['text/json', (j) => j],
  ['*/*', (j) => j],
  ['json', (j) => j],
];

export const contentTypes: Family = (t) => {
  if (!takesBody(t)) return null;
  // Non-ASCII text, so that a charset mix-up would show in what is stored.
  const key = properties(t).find(([, s]) => (stringMax(s) ?? 0) >= 8)?.[0];
  const json = JSON.stringify(key ? { ...t.body, [key]: 'Växjö' } : t.body);
  const listed = fc
    .constantFrom(...CONTENT_TYPES)
    .map(([type, encode]) =>
      jsonCase(
        t,
        'content types',
        `content-type: ${type ?? '(none)'}`,
        encode(json),
        type && t.alsoTakes?.includes(type) ? 'any' : '4xx',
        type,
      ),
    );
  const random = fc
    .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 })
    .filter((s) => !/^\s*application\/json\s*(;|$)/i.test(s) && s.trim() !== '')
    .map((type) => jsonCase(t, 'content types', `content-type: ${type}`, json, '4xx', type));
  return fc.oneof({ arbitrary: listed, weight: 3 }, { arbitrary: random, weight: 1 });
};
