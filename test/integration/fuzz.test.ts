import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_ORIGIN, type TestApp } from '../helpers/app';
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
import {
  bodyHints,
  createRichFixture,
  type Fixture,
  opKey,
  paramValue,
  sample,
} from '../helpers/walk';

/**
 * Schema-driven fuzz over the whole API (issue 8): every operation of /api/openapi.json is
 * sent bad inputs generated with fast-check by a signed-in coordinator of a collaboration in
 * which everything exists (test/helpers/fuzz.ts has the generator families). Every answer is
 * below 500 and, when an error, in the contract's shape with a known code; inputs that are
 * invalid by construction get a 4xx; and a batch of refused requests leaves the routine as it
 * was. Routes added later are fuzzed without anyone editing this file.
 *
 * FUZZ_RUNS (default 8) inputs per operation and family; `npm run fuzz` runs 200. The seed is
 * fixed (FUZZ_SEED to change it) so a failure reproduces; each failure prints the request.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
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

let t: TestApp;
let f: Fixture;
let targets: Target[];
let unfilled: string[];

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
  const pending = await f.coordinator.post(`/api/collaborations/${f.ids.cid}/invitations`, {
    email: 'fuzz-pending@example.org',
    role: 'reader',
  });
  if (pending.status !== 201) throw new Error(`invitation: ${pending.status}`);
  const value = (path: string, param: string) =>
    param === 'token'
      ? (pending.body.token as string)
      : paramValue(path, param, f.ids, { actor: 'Y', action: 'Y' });
  unfilled = [];
  targets = [];
  const ops = (await loadFuzzTargets(t.app)).sort((a, b) => rank(a) - rank(b));
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
    targets.push({ op, pathValues, url, bodySchema, body, bodyLimit });
  }
}, 120_000);
afterAll(async () => t?.close());

async function send(c: FuzzCase): Promise<{ headers: Record<string, string>; res: Response }> {
  const headers = { origin: TEST_ORIGIN, cookie: f.coordinator.cookie, ...c.headers };
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

/** A family's run may have ended the session (a failure reported there); start afresh. */
async function ensureSignedIn() {
  if ((await f.coordinator.get('/api/me')).status === 200) return;
  const email = (f.coordinator as typeof f.coordinator & { email: string }).email;
  const res = await f.coordinator.post('/api/auth/sign-in/email', {
    email,
    password: 'correct horse battery',
  });
  if (res.status !== 200) throw new Error(`sign-in again: ${res.status}`);
}

/** Small finite families repeat themselves over many runs: each request is sent once. */
function unique(cases: FuzzCase[]): FuzzCase[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    const payload = Buffer.isBuffer(c.payload) ? c.payload.toString('base64') : c.payload;
    const key = JSON.stringify([c.method, c.url, c.headers, payload]);
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

describe('schema-driven fuzz over /api/openapi.json', () => {
  it('reaches every operation', () => {
    expect(unfilled, 'operations whose path parameters the fuzz cannot fill').toEqual([]);
    expect(targets.length).toBeGreaterThanOrEqual(60);
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
        // The state before each batch is the state after the previous one (read once).
        let before = await readBack();
        for (const target of targets) {
          const key = opKey(target.op);
          const generated = family(target);
          if (generated === null) continue;
          const cases = unique(
            Array.isArray(generated)
              ? generated
              : fc.sample(generated, { numRuns: RUNS, seed: seedFor(SEED, name, key) }),
          );
          let accepted = false;
          for (const c of cases) {
            const sent = await send(c).catch((err: unknown) => {
              failures.push(`${key}: could not be sent (${String(err)})\n${describeCase(c, {})}`);
              return null;
            });
            if (!sent) continue;
            if (sent.res.statusCode < 300) accepted = true;
            const problem = verdict(c, sent.res);
            if (problem) {
              failures.push(`${key}: ${problem}\n${describeCase(c, sent.headers, sent.res)}`);
            }
          }
          let after: Record<string, unknown>;
          try {
            after = await readBack();
          } catch (err) {
            failures.push(`${key}: after its batch, ${String(err)}`);
            await ensureSignedIn();
            before = await readBack();
            continue;
          }
          // A batch in which something was accepted may change the routine; a refused one not.
          if (!accepted && !isDeepStrictEqual(before, after)) {
            const changed = Object.keys(before).filter(
              (u) => !isDeepStrictEqual(before[u], after[u]),
            );
            failures.push(`${key}: refused requests changed ${changed.join(', ')}`);
          }
          before = after;
        }
        expect(failures.length, report(name, failures)).toBe(0);
      },
      TIMEOUT,
    );
  }
});
