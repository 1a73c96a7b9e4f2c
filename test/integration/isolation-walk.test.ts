import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_OPERATIONS } from '../../src/server/http/openapi';
import {
  type Client,
  createCollaborationWithRoutine,
  createTestApp,
  Client as HttpClient,
  type TestApp,
} from '../helpers/app';
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
 * Tenant isolation over the whole API: every operation of /api/openapi.json that takes an
 * id is called by a member of another collaboration with ids that exist in collaboration A,
 * and must answer 404 — never 200, never 403 (which would reveal that the thing exists).
 * The list of operations comes from the OpenAPI document, so a route added later is walked
 * without anyone editing this file; one whose parameters the walk cannot fill fails it.
 */

/**
 * Operations that are not tenant-scoped, each with the reason. Nothing else is exempt.
 * Operations with no path parameter must be listed too, so that a new collection-level
 * route (a search, say) is looked at rather than silently skipped.
 */
const NOT_TENANT_SCOPED = new Map<string, string>([
  // Public: the template is the same for everyone.
  ['GET /api/template', 'the template is public'],
  // Authentication: about the caller's own account.
  ['POST /api/auth/sign-up/email', 'auth'],
  ['POST /api/auth/sign-in/email', 'auth'],
  ['POST /api/auth/sign-out', 'auth'],
  ['GET /api/me', 'the caller'],
  ['GET /api/me/notifications', 'the caller’s own notices and reminder settings'],
  ['PUT /api/me/notification-settings', 'the caller’s own reminder settings'],
  ['POST /api/me/notifications/read', 'the caller’s own notices'],
  ['DELETE /api/me', 'deletes the caller’s own account'],
  ['GET /api/me/sessions', 'the caller’s own sessions'],
  ['POST /api/me/sessions/end-others', 'the caller’s own sessions'],
  ['GET /api/me/export', 'the caller’s own data'],
  ['POST /api/auth/password-reset/request', 'auth: answers 202 whatever the address'],
  ['POST /api/auth/password-reset/confirm', 'auth: the token is the key'],
  ['POST /api/auth/email-verification/send', 'auth: a new link for the caller’s own address'],
  ['POST /api/auth/email-verification/confirm', 'auth: the token is the key'],
  // The instance administrator (ADMIN_EMAILS): instance-wide, no collaboration content.
  ['GET /api/admin/health', 'instance administrators only'],
  ['POST /api/admin/password-reset-links', 'instance administrators only'],
  ['POST /api/admin/regions', 'instance administrators only: creates a new region'],
  ['GET /api/admin/identity-providers', 'instance administrators only'],
  ['POST /api/admin/identity-providers', 'instance administrators only'],
  ['PUT /api/admin/identity-providers/{providerId}', 'instance administrators only'],
  ['DELETE /api/admin/identity-providers/{providerId}', 'instance administrators only'],
  // Single sign-on: by e-mail domain, the provider's callback, the caller's own re-login.
  ['GET /api/auth/sso/lookup', 'auth: which provider an e-mail domain signs in through'],
  ['POST /api/auth/sso/sign-in', 'auth: starts a sign-in at the domain’s provider'],
  ['GET /api/auth/sso/callback/{providerId}', 'auth: the provider’s callback, keyed by its state'],
  ['GET /api/me/reauth', 'the caller’s own way to re-authenticate'],
  ['POST /api/me/reauth/sso', 'the caller’s own re-login at their provider'],
  // The address links are made with: the same for everyone.
  ['GET /api/public-origin', 'public'],
  // The caller's own collaborations, and creating a new one.
  ['GET /api/collaborations', 'lists only the caller’s memberships'],
  ['POST /api/collaborations', 'creates a new collaboration'],
  ['GET /api/collaborations/created', 'how many collaborations the caller has created'],
  // An invitation link: the secret token is the key (32 random bytes), not a tenant id.
  ['GET /api/invitations/{token}', 'invitation landing page, by secret token'],
  ['POST /api/invitations/{token}/accept', 'accepting an invitation, by secret token'],
  // Regions (issue 18): the caller's own regions, creating one, and a region invitation link.
  ['GET /api/regions', 'lists only the regions the caller coordinates'],
  ['POST /api/regions', 'creates a new region'],
  ['GET /api/national-routines', 'the public national page: adopted public routines only'],
  ['POST /api/region-invitations/{token}/accept', 'accepting a region invitation, by secret token'],
  // Workshops (issue 17): the join code is the key (six signs, rate-limited per address).
  ['POST /api/workshops/join', 'joining a workshop by its code'],
]);

/**
 * What a workshop guest may call besides the public operations: its own workshop's view,
 * drafts, votes and proposals (with the expected answer: no agreement round is open yet).
 */
const GUEST_MAY = new Map<string, number>([
  ['GET /api/workshops/{wid}', 200],
  ['PUT /api/workshops/{wid}/questions/{questionId}/draft', 200],
  ['PUT /api/workshops/{wid}/questions/{questionId}/vote', 409],
  ['POST /api/workshops/{wid}/proposals', 200],
  ['POST /api/workshops/join', 200],
]);

/** Parameters that name something owned by a collaboration (not a routine-relative number). */
const OWNED_PARAMS = new Set(['aid', 'id', 'kid', 'uid', 'threadId']);

let t: TestApp;
let a: Fixture;
let outsider: Client;
let outsiderCid: string;
let outsiderRid: string;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  a = await createRichFixture(t.app);
  const b = await createCollaborationWithRoutine(t.app);
  // B's coordinator: the highest role there, so nothing can be refused for lack of rights.
  outsider = b.coordinator;
  outsiderCid = b.collaborationId;
  outsiderRid = b.routineId;
  operations = await loadOperations(t.app);
}, 60_000);
afterAll(async () => t.close());

interface Outcome {
  op: string;
  url: string;
  status: number;
  body: unknown;
}

const describeOutcomes = (list: Outcome[]) =>
  list.map((o) => `${o.op} → ${o.status} (${o.url}) ${JSON.stringify(o.body)?.slice(0, 200)}`);

describe('tenant isolation walk over /api/openapi.json', () => {
  it('classifies every operation: walked, or explicitly not tenant-scoped', () => {
    const unclassified = operations
      .filter((op) => op.pathParams.length === 0 && !NOT_TENANT_SCOPED.has(opKey(op)))
      .map(opKey);
    expect(
      unclassified,
      'operations without an id that are not listed as public: decide and list them',
    ).toEqual([]);
    const stale = [...NOT_TENANT_SCOPED.keys()].filter(
      (k) => !operations.some((op) => opKey(op) === k),
    );
    expect(stale, 'allowlisted operations that no longer exist').toEqual([]);
  });

  it('answers 404 to a member of another collaboration for every operation with A’s ids', async () => {
    const unfilled: string[] = [];
    const leaks: Outcome[] = [];
    let walked = 0;
    for (const op of operations) {
      if (op.pathParams.length === 0 || NOT_TENANT_SCOPED.has(opKey(op))) continue;
      const built = buildUrl(op, (p) => paramValue(op.path, p, a.ids, { actor: 'X', action: 'X' }));
      if ('missing' in built) {
        unfilled.push(`${opKey(op)} (${built.missing.join(', ')})`);
        continue;
      }
      const body = op.body ? sample(op.body, bodyHints(a.ids, 'X')) : undefined;
      const res = await call(outsider, op, built.url, body);
      walked += 1;
      if (res.status !== 404 || res.body?.error?.code !== 'NOT_FOUND') {
        leaks.push({ op: opKey(op), url: built.url, status: res.status, body: res.body });
      }
    }
    expect(unfilled, 'operations whose parameters the walk cannot fill: teach walk.ts').toEqual([]);
    expect(describeOutcomes(leaks), 'operations that did not answer 404').toEqual([]);
    // The document really was walked (today ~50 operations take an id).
    expect(walked).toBeGreaterThanOrEqual(40);
  });

  it('answers 404 for A’s things addressed under the caller’s own collaboration or routine', async () => {
    const leaks: Outcome[] = [];
    let walked = 0;
    for (const op of operations) {
      if (NOT_TENANT_SCOPED.has(opKey(op))) continue;
      if (!op.pathParams.some((p) => OWNED_PARAMS.has(p))) continue;
      const built = buildUrl(op, (p) =>
        p === 'cid'
          ? outsiderCid
          : p === 'rid'
            ? outsiderRid
            : paramValue(op.path, p, a.ids, { actor: 'X', action: 'X' }),
      );
      if ('missing' in built) continue; // reported by the walk above
      const body = op.body ? sample(op.body, bodyHints(a.ids, 'X')) : undefined;
      const res = await call(outsider, op, built.url, body);
      walked += 1;
      if (res.status !== 404) {
        leaks.push({ op: opKey(op), url: built.url, status: res.status, body: res.body });
      }
    }
    expect(describeOutcomes(leaks), 'operations that did not answer 404').toEqual([]);
    expect(walked).toBeGreaterThanOrEqual(15);
  });

  it('answers 401 (or 404) without a session for every operation with an id', async () => {
    const anonymous = new HttpClient(t.app);
    const open: Outcome[] = [];
    for (const op of operations) {
      if (op.pathParams.length === 0 || NOT_TENANT_SCOPED.has(opKey(op))) continue;
      const built = buildUrl(op, (p) => paramValue(op.path, p, a.ids, { actor: 'X', action: 'X' }));
      if ('missing' in built) continue;
      const body = op.body ? sample(op.body, bodyHints(a.ids, 'X')) : undefined;
      const res = await call(anonymous, op, built.url, body);
      if (res.status !== 401 && res.status !== 404) {
        open.push({ op: opKey(op), url: built.url, status: res.status, body: res.body });
      }
    }
    expect(describeOutcomes(open), 'operations open to signed-out callers').toEqual([]);
  });

  it('answers 404 to a workshop guest everywhere but the public operations and its own workshop', async () => {
    const leaks: Outcome[] = [];
    const allowed: Outcome[] = [];
    let walked = 0;
    const hints = { ...bodyHints(a.ids, 'X'), code: '', name: 'Gäst', organisation: 'Kyrkan' };
    const join = await a.guest.get(`/api/workshops/${a.ids.workshop}`);
    hints.code = join.body.code;
    for (const op of operations) {
      if (PUBLIC_OPERATIONS.has(opKey(op)) && !GUEST_MAY.has(opKey(op))) continue;
      const built = buildUrl(op, (p) => paramValue(op.path, p, a.ids, { actor: 'X', action: 'X' }));
      if ('missing' in built) continue; // reported by the walk above
      const body = op.body ? sample(op.body, hints) : undefined;
      // `call` sends a DELETE without a body; DELETE /api/me takes one (its password).
      const res =
        op.method === 'DELETE' && body
          ? await a.guest.request('DELETE', built.url, body)
          : await call(a.guest, op, built.url, body);
      walked += 1;
      const expected = GUEST_MAY.get(opKey(op));
      const outcome = { op: opKey(op), url: built.url, status: res.status, body: res.body };
      if (expected !== undefined) {
        if (res.status !== expected) allowed.push(outcome);
      } else if (res.status !== 404 || res.body?.error?.code !== 'NOT_FOUND') {
        leaks.push(outcome);
      }
    }
    expect(describeOutcomes(leaks), 'operations that did not answer a guest 404').toEqual([]);
    expect(describeOutcomes(allowed), 'the guest’s own workshop operations').toEqual([]);
    expect(walked).toBeGreaterThanOrEqual(80);
  });

  it('left collaboration A intact (nothing above changed it)', async () => {
    const c = a.coordinator;
    expect(
      (await c.get(`/api/routines/${a.ids.rid}/actions`)).body.map((x: { id: string }) => x.id),
    ).toEqual(expect.arrayContaining([a.ids.actionX, a.ids.actionY]));
    expect((await c.get(`/api/collaborations/${a.ids.cid}/members`)).body).toHaveLength(3);
    expect((await c.get(`/api/collaborations/${a.ids.cid}/invitations`)).body).toHaveLength(1);
    const audit = await c.get(`/api/collaborations/${a.ids.cid}/audit?limit=200`);
    const users = new Set(audit.body.events.map((e: { userId: string }) => e.userId));
    expect(users.has(outsider.userId)).toBe(false);
  });
});
