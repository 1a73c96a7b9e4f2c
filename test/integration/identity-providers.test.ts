import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  cookieFrom,
  createTestApp,
  signUp,
  TEST_ORIGIN,
  type TestApp,
} from '../helpers/app';
import { createCompleteRoutine } from '../helpers/complete-routine';
import { addMember } from '../helpers/factories';
import { startTestIdentityProvider, type TestIdentityProvider } from '../helpers/oidc';

/**
 * Issue 19: single sign-on with OpenID Connect per e-mail domain, against a real provider
 * (oidc-provider) on this machine. The administrator's API (validation, admin only, the secret
 * never returned, one provider per domain, audited); the sign-in through the provider and its
 * errors (wrong issuer, denied consent, an address outside the domains); an account made by
 * it taking an invitation; signing a version after a fresh login there.
 */
const ADMIN = `admin-${crypto.randomUUID().slice(0, 6)}@example.org`;
const DOMAIN = 'kommun-a.se';
const PROVIDER_ID = 'kommun-a-se';
/** The app's origin as a URL has it (the default port dropped), as in the redirect URI. */
const APP = new URL(TEST_ORIGIN).origin;
let t: TestApp;
let idp: TestIdentityProvider;
let admin: Client;
let bo: Client;

const providerBody = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Kommun A',
  domains: [DOMAIN],
  issuer: idp.issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  ...overrides,
});

beforeAll(async () => {
  idp = await startTestIdentityProvider({
    redirectUris: [`${APP}/api/auth/sso/callback/${PROVIDER_ID}`],
  });
  t = await createTestApp({
    configOverrides: {
      ADMIN_EMAILS: ADMIN,
      ...(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {}),
    },
  });
  admin = await signUp(t.app, 'Administratör', ADMIN);
  // An account made with a password before the domain had a provider.
  bo = await signUp(t.app, 'Bo Berg', `bo@${DOMAIN}`);
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

/** A browser's cookie jar for the provider's own pages. */
class Jar {
  cookie = '';
  async fetch(url: string, init: RequestInit = {}) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookie },
    });
    this.cookie = cookieFrom(res.headers.getSetCookie(), this.cookie);
    return res;
  }
}

/**
 * Follows the provider's pages from its authorization address: logs in as `email` (unless the
 * provider remembers the session), then consents or cancels; returns the app's callback path.
 */
async function atProvider(
  jar: Jar,
  url: string,
  email: string,
  consent: 'accept' | 'cancel' = 'accept',
): Promise<string> {
  let next = url;
  for (let step = 0; step < 12; step++) {
    if (next.startsWith(APP)) return next.slice(APP.length);
    const res = await jar.fetch(next);
    const location = res.headers.get('location');
    if (location) {
      next = new URL(location, next).toString();
      continue;
    }
    const html = await res.text();
    const action = /action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(
        `unexpected provider page: ${html.replace(/[\s\S]*<body>/, '').slice(0, 600)}`,
      );
    if (prompt === 'consent' && consent === 'cancel') {
      next = new URL(/href="([^"]+\/abort)"/.exec(html)![1]!, next).toString();
      continue;
    }
    const body = new URLSearchParams(
      prompt === 'login' ? { prompt, login: email, password: 'any' } : { prompt },
    );
    const posted = await jar.fetch(new URL(action, next).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
    next = new URL(posted.headers.get('location')!, next).toString();
  }
  throw new Error('the provider never sent the browser back');
}

/** Signs in through the provider; the client carries the session when it worked. */
async function ssoSignIn(email: string, consent: 'accept' | 'cancel' = 'accept') {
  const client = new Client(t.app);
  (client as Client & { email: string }).email = email;
  const start = await client.post('/api/auth/sso/sign-in', { email, returnTo: '/samverkan' });
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  const callback = await atProvider(new Jar(), start.body.url, email, consent);
  const back = await client.get(callback);
  return { client, back };
}

describe('the administrator’s identity providers', () => {
  it('are managed by instance administrators only', async () => {
    const someone = await signUp(t.app);
    for (const [method, url, body] of [
      ['GET', '/api/admin/identity-providers', undefined],
      ['POST', '/api/admin/identity-providers', providerBody()],
      ['PUT', `/api/admin/identity-providers/${PROVIDER_ID}`, providerBody()],
      ['DELETE', `/api/admin/identity-providers/${PROVIDER_ID}`, undefined],
    ] as const) {
      expect((await someone.request(method, url, body)).status, `${method} ${url}`).toBe(403);
      expect((await new Client(t.app).request(method, url, body)).status).toBe(401);
    }
  });

  it('validates what is typed, and checks the issuer against the discovery document', async () => {
    const bad = await admin.post(
      '/api/admin/identity-providers',
      providerBody({ domains: ['not a domain'], issuer: 'ftp://x', clientSecret: '' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'clientSecret',
      'domains.0',
      'issuer',
    ]);
    const unknownField = await admin.post('/api/admin/identity-providers', {
      ...providerBody(),
      tokenEndpoint: 'https://evil.example',
    });
    expect(unknownField.status).toBe(400);
    idp.setWrongIssuer(true);
    const wrongIssuer = await admin.post('/api/admin/identity-providers', providerBody());
    idp.setWrongIssuer(false);
    expect(wrongIssuer.status).toBe(400);
    expect(wrongIssuer.body.error.details[0]).toMatchObject({ field: 'issuer' });
    expect(wrongIssuer.body.error.details[0].message).toContain('another-tenant');
    expect((await admin.get('/api/admin/identity-providers')).body.providers).toEqual([]);
  });

  it('saves, lists and edits a provider without ever returning the client secret', async () => {
    const created = await admin.post('/api/admin/identity-providers', providerBody());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      id: PROVIDER_ID,
      displayName: 'Kommun A',
      domains: [DOMAIN],
      issuer: idp.issuer,
      clientSecretSaved: true,
      redirectUri: `${APP}/api/auth/sso/callback/${PROVIDER_ID}`,
      revision: 1,
    });
    const list = await admin.get('/api/admin/identity-providers');
    expect(JSON.stringify([created.body, list.body])).not.toContain(idp.clientSecret);
    expect(list.body.providers).toHaveLength(1);

    // One provider per domain.
    const twice = await admin.post(
      '/api/admin/identity-providers',
      providerBody({ displayName: 'Kopia', domains: ['annan.se', DOMAIN] }),
    );
    expect(twice.status).toBe(409);
    expect(twice.body.error.details[0]).toMatchObject({ field: 'domains' });

    // A change without a secret keeps the saved one; a stale revision is refused.
    const url = `/api/admin/identity-providers/${PROVIDER_ID}`;
    const { clientSecret: _, ...withoutSecret } = providerBody({
      displayName: 'Kommun A:s inloggning',
      domains: [DOMAIN, 'skola.kommun-a.se'],
    });
    const edited = await admin.put(url, { ...withoutSecret, baseRevision: 1 });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ revision: 2, domains: [DOMAIN, 'skola.kommun-a.se'] });
    expect(JSON.stringify(edited.body)).not.toContain(idp.clientSecret);
    const stale = await admin.put(url, { ...withoutSecret, baseRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_REVISION');
    expect((await admin.put('/api/admin/identity-providers/nobody', withoutSecret)).status).toBe(
      404,
    );

    const lookup = await new Client(t.app).get('/api/auth/sso/lookup?domain=skola.kommun-a.se');
    expect(lookup.body).toEqual({
      provider: { id: PROVIDER_ID, displayName: 'Kommun A:s inloggning' },
    });
    expect((await new Client(t.app).get('/api/auth/sso/lookup?domain=example.org')).body).toEqual({
      provider: null,
    });

    const audit = await t.app.database.db
      .selectFrom('auditEvents')
      .select(['action', 'summary'])
      .where('targetType', '=', 'identity_provider')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'admin.identity_provider_create',
      'admin.identity_provider_update',
    ]);
    expect(JSON.stringify(audit)).not.toContain(idp.clientSecret);
    // Instance-wide and in no collaboration: the administrator reaches no collaboration's
    // content by managing providers, and the events belong to no collaboration.
    const rows = await t.app.database.db
      .selectFrom('auditEvents')
      .select('collaborationId')
      .where('targetType', '=', 'identity_provider')
      .execute();
    expect(rows.every((r) => r.collaborationId === null)).toBe(true);
    const coordinator = await signUp(t.app, 'Samordnare');
    const collab = await coordinator.post('/api/collaborations', { name: 'Annan samverkan' });
    expect((await admin.get(`/api/collaborations/${collab.body.id}`)).status).toBe(404);
  });
});

describe('signing in through the provider', () => {
  it('creates an ordinary account on the first login, which takes an invitation', async () => {
    const email = `anna@${DOMAIN}`;
    const { client, back } = await ssoSignIn(email);
    expect(back.status).toBe(302);
    expect(back.headers.location).toBe('/samverkan');
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, name: 'anna', emailVerified: true });
    expect((await client.get('/api/me/reauth')).body).toEqual({
      method: 'sso',
      providerName: 'Kommun A:s inloggning',
    });
    // The same kind of account: an invitation to the address works.
    const coordinator = await signUp(t.app, 'Samordnare');
    const collab = await coordinator.post('/api/collaborations', { name: 'Kommun A-samverkan' });
    await addMember(t.app, coordinator, collab.body.id, { role: 'editor', who: client });
    expect((await client.get('/api/collaborations')).body).toEqual([
      expect.objectContaining({ id: collab.body.id, role: 'editor' }),
    ]);
    // A second login is the same account.
    const again = await ssoSignIn(email);
    expect((await again.client.get('/api/me')).body.id).toBe(me.body.id);
  });

  it('links the login to an existing account of the same address', async () => {
    const { client } = await ssoSignIn(`bo@${DOMAIN}`);
    expect((await client.get('/api/me')).body.id).toBe(bo.userId);
    // It still has its password, so it signs with that.
    expect((await client.get('/api/me/reauth')).body.method).toBe('password');
    // A new password account at the domain is refused: its people sign in at the provider.
    const refused = await new Client(t.app).post('/api/auth/sign-up/email', {
      name: 'Ny',
      email: `ny@${DOMAIN.toUpperCase()}`,
      password: 'correct horse battery',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toMatchObject({ reason: 'sso_required' });
  });

  it('comes back to sign-in with a reason: denied consent, an outside address, wrong issuer', async () => {
    const denied = await ssoSignIn(`cissi@${DOMAIN}`, 'cancel');
    expect(denied.back.status).toBe(302);
    expect(denied.back.headers.location).toMatch(
      /^\/logga-in\?tillbaka=%2Fsamverkan&error=access_denied/,
    );
    expect((await denied.client.get('/api/me')).status).toBe(401);

    // The provider vouches for an address outside its domains: refused, no account made.
    const client = new Client(t.app);
    const start = await client.post('/api/auth/sso/sign-in', { email: `dan@${DOMAIN}` });
    const callback = await atProvider(new Jar(), start.body.url, 'dan@annan-kommun.se');
    const outside = await client.get(callback);
    expect(outside.headers.location).toMatch(/^\/logga-in\?error=email_domain_mismatch/);
    expect((await client.get('/api/me')).status).toBe(401);

    idp.setWrongIssuer(true);
    const wrong = await new Client(t.app).post('/api/auth/sso/sign-in', {
      email: `anna@${DOMAIN}`,
    });
    idp.setWrongIssuer(false);
    expect(wrong.status).toBe(409);
    expect(wrong.body.error).toMatchObject({
      code: 'IDENTITY_PROVIDER_ERROR',
      details: { reason: 'issuer_mismatch' },
    });

    // A forged or replayed callback never shows a raw page: back to sign-in.
    const forged = await new Client(t.app).get(
      `/api/auth/sso/callback/${PROVIDER_ID}?code=x&state=forged`,
    );
    expect(forged.status).toBe(302);
    expect(forged.headers.location).toMatch(/^\/logga-in\?error=/);
    expect(
      (await new Client(t.app).post('/api/auth/sso/sign-in', { email: 'x@example.org' })).status,
    ).toBe(404);
  });
});

describe('signing a version without a password', () => {
  it('needs a fresh login at the provider, used once', async () => {
    const email = `signe@${DOMAIN}`;
    const jar = new Jar();
    const signer = new Client(t.app);
    (signer as Client & { email: string }).email = email;
    const first = await signer.post('/api/auth/sso/sign-in', { email });
    await signer.get(await atProvider(jar, first.body.url, email));

    const routine = await createCompleteRoutine(t.app);
    const c = routine.coordinator;
    await addMember(t.app, c, routine.collaborationId, {
      role: 'editor',
      who: signer,
      actorId: routine.actors.police.id,
    });
    expect((await c.post(`/api/routines/${routine.routineId}/versions`, {})).status).toBe(201);
    const url = `/api/routines/${routine.routineId}/versions/1/sign-offs`;
    const body = {
      actorId: routine.actors.police.id,
      representativeName: 'Signe Polis',
      representativeTitle: 'Lokalpolisområdeschef',
      decisionReference: 'Beslut 2026-11-20',
    };
    expect((await signer.post(url, body)).status).toBe(400);
    expect((await signer.post(url, { ...body, password: 'x', reauthId: 'y' })).status).toBe(400);
    const none = await signer.post(url, { ...body, reauthId: crypto.randomUUID() });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('REAUTHENTICATION_REQUIRED');

    // The provider's remembered session does not count: prompt=login asks again.
    const reauth = await signer.post('/api/me/reauth/sso', {
      returnTo: `/r/x/versioner?v=1`,
    });
    expect(reauth.status).toBe(200);
    const authorize = new URL(reauth.body.url);
    expect(authorize.searchParams.get('prompt')).toBe('login');
    expect(authorize.searchParams.get('max_age')).toBe('0');
    const back = await signer.get(await atProvider(jar, reauth.body.url, email));
    expect(back.status).toBe(302);
    const reauthId = new URL(back.headers.location as string, TEST_ORIGIN).searchParams.get(
      'reauth',
    );
    expect(reauthId).toBeTruthy();
    const signed = await signer.post(url, { ...body, reauthId });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    // Used once.
    const row = await t.app.database.db
      .selectFrom('ssoReauth')
      .selectAll()
      .where('id', '=', reauthId!)
      .executeTakeFirstOrThrow();
    expect(row.usedAt).not.toBeNull();
    expect(row.authenticatedAt! >= row.requestedAt.slice(0, 19)).toBe(true);

    // An account with a password cannot take this way.
    expect((await admin.post('/api/me/reauth/sso', { returnTo: '/' })).status).toBe(409);
  });
});

describe('deleting an account without a password', () => {
  it('confirms with a fresh login at the provider, used once', async () => {
    const email = `greta@${DOMAIN}`;
    const jar = new Jar();
    const person = new Client(t.app);
    const first = await person.post('/api/auth/sso/sign-in', { email });
    await person.get(await atProvider(jar, first.body.url, email));
    expect((await person.get('/api/me/reauth')).body.method).toBe('sso');

    const refused = await person.request('DELETE', '/api/me', {
      email,
      reauthId: crypto.randomUUID(),
    });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('REAUTHENTICATION_REQUIRED');
    expect((await person.request('DELETE', '/api/me', { email })).status).toBe(401);

    const reauth = await person.post('/api/me/reauth/sso', { returnTo: '/konto' });
    expect(reauth.status).toBe(200);
    const back = await person.get(await atProvider(jar, reauth.body.url, email));
    const reauthId = new URL(back.headers.location as string, TEST_ORIGIN).searchParams.get(
      'reauth',
    );
    expect(reauthId).toBeTruthy();
    const deleted = await person.request('DELETE', '/api/me', { email, reauthId });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    const left = await t.app.database.db
      .selectFrom('user')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(left).toHaveLength(0);
  });
});

describe('removing a provider', () => {
  it('keeps the accounts and is audited', async () => {
    const url = `/api/admin/identity-providers/${PROVIDER_ID}`;
    expect((await admin.delete(url)).status).toBe(204);
    expect((await admin.delete(url)).status).toBe(404);
    expect((await admin.get('/api/admin/identity-providers')).body.providers).toEqual([]);
    expect((await new Client(t.app).get(`/api/auth/sso/lookup?domain=${DOMAIN}`)).body).toEqual({
      provider: null,
    });
    const users = await t.app.database.db
      .selectFrom('user')
      .select('email')
      .where('email', '=', `anna@${DOMAIN}`)
      .execute();
    expect(users).toHaveLength(1);
  });
});
