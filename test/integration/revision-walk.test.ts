import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, signUp, type TestApp } from '../helpers/app';
import { startTestIdentityProvider, type TestIdentityProvider } from '../helpers/oidc';
import {
  bodyHints,
  buildUrl,
  call,
  createRichFixture,
  type Fixture,
  loadOperations,
  type Operation,
  opKey,
  paramValue,
  sample,
} from '../helpers/walk';

/**
 * Every acknowledged write survives (issue 11): for every PATCH/PUT of /api/openapi.json whose
 * body accepts `baseRevision`, WRITERS concurrent writers with the same base revision get
 * exactly one 2xx and WRITERS − 1 × 409 STALE_REVISION. The operations come from the OpenAPI
 * document, so a record type added later is covered without anyone remembering to.
 *
 * The base revision is learnt without knowing the record's shape: a write with an impossible
 * base answers 409 with the record as it stands, whose `revision` is the current one.
 */

const WRITERS = 8;
const IMPOSSIBLE = 1_000_000;

type Schema = { properties?: Record<string, unknown> };
const acceptsBaseRevision = (op: Operation) =>
  (op.method === 'PATCH' || op.method === 'PUT') &&
  Boolean((op.body as Schema | null)?.properties?.baseRevision);

let t: TestApp;
let f: Fixture;
let ops: Operation[];
/** The instance administrator's records (identity providers) are written by an administrator. */
const ADMIN = 'walk-admin@example.org';
let admin: Client;
let idp: TestIdentityProvider;
let providerBody: Record<string, unknown>;

beforeAll(async () => {
  idp = await startTestIdentityProvider({ redirectUris: [] });
  t = await createTestApp({ configOverrides: { ADMIN_EMAILS: ADMIN } });
  f = await createRichFixture(t.app);
  ops = (await loadOperations(t.app)).filter(acceptsBaseRevision);
  admin = await signUp(t.app, 'Administratör', ADMIN);
  providerBody = {
    displayName: 'Walk',
    domains: ['walk.example'],
    issuer: idp.issuer,
    clientId: idp.clientId,
  };
  const saved = await admin.post('/api/admin/identity-providers', {
    ...providerBody,
    clientSecret: idp.clientSecret,
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
}, 60_000);
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

describe('concurrent writers with one base revision', () => {
  it('finds the revisioned records in the OpenAPI document', () => {
    const keys = ops.map(opKey);
    for (const expected of [
      'PATCH /api/routines/{rid}',
      'PATCH /api/collaborations/{cid}',
      'PUT /api/routines/{rid}/answers/{questionId}',
      'PATCH /api/collaborations/{cid}/actors/{aid}',
      'PATCH /api/routines/{rid}/actions/{id}',
      'PATCH /api/routines/{rid}/obstacles/{id}',
      'PATCH /api/routines/{rid}/milestones/{id}',
      'PUT /api/routines/{rid}/evaluation-plan',
      'PATCH /api/collaborations/{cid}/knowledge/{kid}',
      'PATCH /api/routines/{rid}/comments/{id}',
      'PATCH /api/collaborations/{cid}/members/{uid}',
      'PATCH /api/routines/{rid}/reviews/{id}',
      'PUT /api/admin/identity-providers/{providerId}',
    ]) {
      expect(keys).toContain(expected);
    }
  });

  it(`answers exactly one 2xx and ${WRITERS - 1} × 409 for every such operation`, async () => {
    const failures: string[] = [];
    for (const op of ops) {
      const built = buildUrl(op, (p) => paramValue(op.path, p, f.ids, { actor: 'X', action: 'X' }));
      if ('missing' in built) {
        failures.push(`${opKey(op)}: no value for ${built.missing.join(', ')}`);
        continue;
      }
      const isAdmin = op.path.startsWith('/api/admin/');
      const caller = isAdmin ? admin : f.coordinator;
      const body = isAdmin
        ? providerBody
        : (sample(op.body as never, bodyHints(f.ids, 'X')) as Record<string, unknown>);
      // A new major version (PATCH /api/routines/{rid} with the same title) keeps the
      // routine's fields as they are; the comment is the coordinator's own.
      const probe = await call(caller, op, built.url, { ...body, baseRevision: IMPOSSIBLE });
      if (probe.status !== 409 || probe.body?.error?.code !== 'STALE_REVISION') {
        failures.push(
          `${opKey(op)}: a stale write answered ${probe.status} ${JSON.stringify(probe.body)}`,
        );
        continue;
      }
      const details = probe.body.error.details as { revision?: number } | null;
      const base = details?.revision ?? 0;
      const results = await Promise.all(
        Array.from({ length: WRITERS }, () =>
          call(caller, op, built.url, { ...body, baseRevision: base }),
        ),
      );
      const ok = results.filter((r) => r.status >= 200 && r.status < 300);
      const stale = results.filter(
        (r) => r.status === 409 && r.body?.error?.code === 'STALE_REVISION',
      );
      if (ok.length !== 1 || stale.length !== WRITERS - 1) {
        failures.push(
          `${opKey(op)}: base ${base}: ${results.map((r) => r.status).join(', ')} ${JSON.stringify(
            results.find((r) => r.status !== 409 && r.status >= 300)?.body ?? '',
          )}`,
        );
        continue;
      }
      const after = await call(caller, op, built.url, { ...body, baseRevision: IMPOSSIBLE });
      const now = (after.body?.error?.details as { revision?: number } | null)?.revision;
      if (now !== base + 1)
        failures.push(`${opKey(op)}: revision ${base} → ${now}, not ${base + 1}`);
    }
    expect(failures).toEqual([]);
    expect(ops.length).toBeGreaterThanOrEqual(11);
  }, 120_000);
});
