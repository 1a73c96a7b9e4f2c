import { randomInt } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_KINDS } from '../../src/contracts/notifications';
import { sha256Hex } from '../../src/domain/canonical';
import { PUBLISHED_CSS } from '../../src/domain/render/published-css';
import { unsubscribeToken } from '../../src/server/modules/notifications/unsubscribe-token';
import { createAdoptedRoutine } from '../helpers/adopted-routine';
import { type Client, createTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app';
import { buildInvitation } from '../helpers/factories';
import {
  badPathIds,
  badQuery,
  describeCase,
  type Family,
  type FuzzCase,
  type FuzzTarget,
  loadFuzzTargets,
  type Response,
  type Schema,
  seedFor,
  type Target,
  verdict,
} from '../helpers/fuzz';
import {
  contentTypes,
  deepNesting,
  edgeValues,
  extraFields,
  hugeStrings,
  malformedJson,
  missingRequired,
  oddUnicode,
  oversize,
  wrongTypes,
} from '../helpers/fuzz-body';
import { listRoutes, OUTSIDE_OPENAPI, outsideOperation } from '../helpers/fuzz-routes';
import { changedTables, type Digest, stateDigester } from '../helpers/fuzz-state';
import {
  bodyHints,
  createRichFixture,
  type Fixture,
  opKey,
  paramValue,
  sample,
} from '../helpers/walk';

/**
 * Schema-driven fuzz over the whole API (issues 8 and 11): every operation of
 * /api/openapi.json, and every route the document leaves out (the published pages, health,
 * the unsubscribe link …: test/helpers/fuzz-routes.ts), is sent bad inputs generated with
 * fast-check in a collaboration in which everything exists (test/helpers/fuzz.ts has the
 * generator families). Each request goes as one of: the coordinator (with and without an
 * Origin header), the editor, the reader, a signed-in stranger (coordinator of another
 * collaboration) or nobody. Every answer is below 500 and, when a JSON error, in the
 * contract's shape with a known code; inputs that are invalid by construction get a 4xx; and
 * each refused write leaves the database as it was (a digest of every table before and
 * after). Routes added later are fuzzed without anyone editing this file.
 *
 * FUZZ_RUNS (default 8) inputs per operation and family; `npm run fuzz` runs 200. The seed is
 * fixed locally; under CI each run draws one (other inputs every run). Either way it is
 * printed, and FUZZ_SEED replays it; each failure prints the request.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED =
  process.env.FUZZ_SEED !== undefined && process.env.FUZZ_SEED !== ''
    ? Number(process.env.FUZZ_SEED)
    : process.env.CI
      ? randomInt(2 ** 31)
      : 20_261_129;
if (!Number.isInteger(RUNS) || RUNS < 1 || !Number.isInteger(SEED)) {
  throw new Error('FUZZ_RUNS must be a positive integer and FUZZ_SEED an integer');
}
const FAMILIES: Record<string, Family> = {
  'malformed JSON': malformedJson,
  'wrong types': wrongTypes,
  'missing required fields': missingRequired,
  'extra fields': extraFields,
  'huge strings': hugeStrings,
  oversize,
  'deep nesting': deepNesting,
  'NUL and odd unicode': oddUnicode,
  'edge values': edgeValues,
  'content types': contentTypes,
  'bad path ids': badPathIds,
  'bad query values': badQuery,
};

/** Routes with a body limit of their own (the app's is 1 MiB): exports.routes.ts. */
const BODY_LIMITS = new Map([['POST /api/collaborations/{cid}/routines/import', 5 * 1024 * 1024]]);

/** Generous: a few ms a request on a busy machine, times the run count. */
const TIMEOUT = 120_000 + RUNS * 20_000;

/** Who sends a request; the coordinator most often, as they reach furthest. */
type Who = 'coordinator' | 'coordinator, no Origin' | 'editor' | 'reader' | 'stranger' | 'nobody';
const WHO: [Who, number][] = [
  ['coordinator', 3],
  ['coordinator, no Origin', 1],
  ['editor', 1],
  ['reader', 1],
  ['stranger', 1],
  ['nobody', 1],
];
const whoArbitrary = fc.oneof(
  ...WHO.map(([who, weight]) => ({ arbitrary: fc.constant(who), weight })),
);
/** Deleting the account would end the fixture's editor or reader for good. */
const COORDINATOR_ONLY = new Set(['DELETE /api/me']);

let t: TestApp;
let f: Fixture;
let stranger: Client;
let targets: Target[];
let unfilled: string[];
/** Routes outside the document that fuzz-routes.ts does not describe, and stale entries. */
let undescribed: string[];
let staleDescribed: string[];
let digest: () => Promise<Digest>;

/** Deletions late, the caller's own membership and session last: they end the fixture. */
const rank = (op: FuzzTarget) =>
  op.path === '/api/auth/sign-out'
    ? 3
    : op.method === 'DELETE' && op.path.includes('/members/')
      ? 2
      : op.method === 'DELETE'
        ? 1
        : 0;

beforeAll(async () => {
  console.info(`fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} runs per operation and family (FUZZ_RUNS)`);
  t = await createTestApp({
    // The limiter would answer 429 before validation: the fuzz is about what comes after.
    limits: {
      signInPerIpPerMinute: 1_000_000,
      signUpPerIpPerHour: 1_000_000,
      feedbackPerIpPerHour: 1_000_000,
      passwordResetConfirmPerIpPerHour: 1_000_000,
      workshopJoinPerIpPerMinute: 1_000_000,
      publishedPagesPerIpPerMinute: 1_000_000,
      perAccount: {
        renderPerMinute: 1_000_000,
        textExportPerMinute: 1_000_000,
        checkPerMinute: 1_000_000,
        diffPerMinute: 1_000_000,
        freezePerHour: 1_000_000,
        importPerHour: 1_000_000,
      },
    },
  });
  f = await createRichFixture(t.app);
  // A published routine of another collaboration: its coordinator is the stranger here, and
  // its address fills the published pages' {slug}.
  const published = await createAdoptedRoutine(t.app);
  stranger = published.coordinator;
  digest = await stateDigester(t.app.database.db as never, t.dialect);
  const pending = await buildInvitation(f.coordinator, f.ids.cid, {
    email: 'fuzz-pending@example.org',
  });
  const outsideValues: Record<string, string> = {
    slug: published.slug,
    token: unsubscribeToken(t.app.config.authSecret, f.coordinator.userId, NOTICE_KINDS[0]!),
    file: `published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`,
  };
  const value = (path: string, param: string) =>
    !path.startsWith('/api/')
      ? (outsideValues[param] ?? null)
      : param === 'token'
        ? pending.token
        : paramValue(path, param, f.ids, { actor: 'Y', action: 'Y' });
  unfilled = [];
  targets = [];
  const documented = await loadFuzzTargets(t.app);
  const keys = new Set(documented.map(opKey));
  const outside = listRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
    (r) => !keys.has(opKey(r)),
  );
  undescribed = outside.filter((r) => !outsideOperation(r)).map(opKey);
  const outsideKeys = new Set(outside.map(opKey));
  staleDescribed = Object.keys(OUTSIDE_OPENAPI).filter((k) => !outsideKeys.has(k));
  const outsideOps = outside.flatMap((r) => outsideOperation(r) ?? []);
  const ops = [...documented, ...outsideOps].sort((a, b) => rank(a) - rank(b));
  for (const op of ops) {
    const pathValues: Record<string, string> = {};
    for (const p of op.pathParams) {
      const v = value(op.path, p);
      if (v === null) unfilled.push(`${opKey(op)} (${p})`);
      else pathValues[p] = v;
    }
    if (Object.keys(pathValues).length !== op.pathParams.length) continue;
    const url = op.path.replace(/\{(\w+)\}/g, (_m, p: string) =>
      encodeURIComponent(pathValues[p]!),
    );
    const bodySchema = op.body as Schema | null;
    const body = bodySchema
      ? (sample(bodySchema, bodyHints(f.ids, 'Y')) as Record<string, unknown>)
      : {};
    const bodyLimit = BODY_LIMITS.get(opKey(op)) ?? 1024 * 1024;
    const alsoTakes = 'alsoTakes' in op ? (op.alsoTakes as string[]) : [];
    targets.push({ op, pathValues, url, bodySchema, body, bodyLimit, alsoTakes });
  }
}, 120_000);
afterAll(async () => t?.close());

const clientOf = (who: Who): Client | null =>
  who === 'coordinator' || who === 'coordinator, no Origin'
    ? f.coordinator
    : who === 'editor'
      ? f.editor
      : who === 'reader'
        ? f.reader
        : who === 'stranger'
          ? stranger
          : null;

async function send(
  c: FuzzCase,
  who: Who,
): Promise<{ headers: Record<string, string>; res: Response }> {
  const cookie = clientOf(who)?.cookie;
  const headers: Record<string, string> = {
    ...(who === 'coordinator, no Origin' ? {} : { origin: TEST_ORIGIN }),
    ...(cookie ? { cookie } : {}),
    ...c.headers,
  };
  const res = await t.app.inject({
    method: c.method,
    url: c.url,
    headers,
    ...(c.payload === undefined ? {} : { payload: c.payload }),
  });
  return { headers, res: { statusCode: res.statusCode, headers: res.headers, body: res.body } };
}

/** The routine as its members see it; any read that fails means the fixture was lost. */
async function readBack(): Promise<Record<string, unknown>> {
  const { cid, rid } = f.ids;
  const urls = [
    `/api/routines/${rid}`,
    `/api/routines/${rid}/actions`,
    `/api/routines/${rid}/obstacles`,
    `/api/collaborations/${cid}/actors`,
    `/api/routines/${rid}/milestones`,
    `/api/routines/${rid}/evaluation-plan`,
    `/api/routines/${rid}/comments`,
    `/api/collaborations/${cid}/knowledge`,
    `/api/collaborations/${cid}/members`,
  ];
  const out: Record<string, unknown> = {};
  for (const url of urls) {
    const res = await f.coordinator.get(url);
    if (res.status !== 200) {
      throw new Error(`read-back ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    out[url] = res.body;
  }
  return out;
}

/** A run may have signed someone out (sign-out is fuzzed too); sign them in afresh. */
async function ensureSignedIn() {
  for (const client of [f.coordinator, f.editor, f.reader, stranger]) {
    if ((await client.get('/api/me')).status === 200) continue;
    const email = (client as Client & { email: string }).email;
    const res = await client.post('/api/auth/sign-in/email', {
      email,
      password: 'correct horse battery',
    });
    if (res.status !== 200) throw new Error(`sign-in again (${email}): ${res.status}`);
  }
}

/** What `who` must get: a status the coordinator must get is a 4xx for the others. */
const expectationFor = (c: FuzzCase, who: Who): FuzzCase =>
  typeof c.expect === 'number' && clientOf(who) !== f.coordinator ? { ...c, expect: '4xx' } : c;

/** The cases of one family for one target, each with who sends it. */
function casesOf(name: string, target: Target, family: Family): [FuzzCase, Who][] | null {
  const key = opKey(target.op);
  const generated = family(target);
  if (generated === null) return null;
  const seed = seedFor(SEED, name, key);
  const pairs: [FuzzCase, Who][] = Array.isArray(generated)
    ? generated.map((c, i) => [c, WHO[(i + Math.abs(seed)) % WHO.length]![0]])
    : fc.sample(fc.tuple(generated, whoArbitrary), { numRuns: RUNS, seed });
  const mayEnd = (who: Who) => who === 'editor' || who === 'reader';
  return unique(
    pairs.map(([c, who]) => [c, COORDINATOR_ONLY.has(key) && mayEnd(who) ? 'coordinator' : who]),
  );
}

/** Small finite families repeat themselves over many runs: each request is sent once. */
function unique(cases: [FuzzCase, Who][]): [FuzzCase, Who][] {
  const seen = new Set<string>();
  return cases.filter(([c, who]) => {
    const payload = Buffer.isBuffer(c.payload) ? c.payload.toString('base64') : c.payload;
    const key = JSON.stringify([who, c.method, c.url, c.headers, payload]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function report(family: string, failures: string[]): string {
  const shown = failures.slice(0, 20).join('\n\n');
  const more = failures.length > 20 ? `\n\n… and ${failures.length - 20} more` : '';
  return `${failures.length} problem(s) in "${family}" — replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}\n\n${shown}${more}`;
}

describe('schema-driven fuzz over /api/openapi.json and the routes outside it', () => {
  it('reaches every operation and every route', () => {
    expect(unfilled, 'operations whose path parameters the fuzz cannot fill').toEqual([]);
    expect(undescribed, 'routes outside the OpenAPI document that fuzz-routes.ts lacks').toEqual(
      [],
    );
    expect(staleDescribed, 'routes fuzz-routes.ts describes that no longer exist').toEqual([]);
    expect(targets.length).toBeGreaterThanOrEqual(75);
    expect(targets.map((x) => opKey(x.op))).toEqual(
      expect.arrayContaining(['GET /r/{slug}', 'GET /r/{slug}/diagram.svg', 'GET /healthz']),
    );
    const untouched = targets
      .filter((x) => Object.values(FAMILIES).every((family) => family(x) === null))
      .map((x) => opKey(x.op));
    expect(untouched, 'operations no family applies to').toEqual([]);
  });

  for (const [name, family] of Object.entries(FAMILIES)) {
    it(
      name,
      async () => {
        await ensureSignedIn();
        const failures: string[] = [];
        /** The state before the next write; null when a read came in between. */
        let state: Digest | null = null;
        for (const target of targets) {
          const key = opKey(target.op);
          const cases = casesOf(name, target, family);
          if (cases === null) continue;
          let accepted = false;
          for (const [c, who] of cases) {
            const isWrite = c.method !== 'GET';
            if (isWrite && state === null) state = await digest();
            const sent = await send(c, who).catch((err: unknown) => {
              failures.push(`${key}: could not be sent (${String(err)})\n${describeCase(c, {})}`);
              return null;
            });
            if (sent && sent.res.statusCode < 400) accepted = true;
            const shown = (res?: Response) => describeCase(c, sent?.headers ?? {}, res, who);
            if (sent) {
              const problem = verdict(expectationFor(c, who), sent.res);
              if (problem) failures.push(`${key} as ${who}: ${problem}\n${shown(sent.res)}`);
            }
            if (!isWrite) {
              state = null;
              continue;
            }
            // A refused write changes nothing: compared request by request.
            const after = await digest();
            const changed = changedTables(state!, after);
            if (sent && sent.res.statusCode >= 400 && changed.length > 0) {
              failures.push(
                `${key} as ${who}: refused (${sent.res.statusCode}) but changed ${changed.join(', ')}\n${shown(sent.res)}`,
              );
            }
            state = after;
          }
          if (accepted && /^\/api\/(auth|me)\b/.test(target.op.path)) await ensureSignedIn();
          // Something accepted may have stored what the routine's reads then choke on.
          if (accepted && target.op.method !== 'GET') {
            try {
              await readBack();
            } catch (err) {
              failures.push(`${key}: after its batch, ${String(err)}`);
            }
          }
        }
        expect(failures.length, report(name, failures)).toBe(0);
      },
      TIMEOUT,
    );
  }
});
