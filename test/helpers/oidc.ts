import http from 'node:http';
import type { AddressInfo } from 'node:net';
// oidc-provider ships no types; the few calls below are all this file needs.
// @ts-expect-error -- no declaration file
import Provider from 'oidc-provider';

export interface TestIdentityProvider {
  /** e.g. http://127.0.0.1:41234 — the issuer its discovery document names */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Serve a discovery document that names another issuer (a provider moved to a new tenant,
   * or an administrator's typo): better-auth must refuse it.
   */
  setWrongIssuer: (wrong: boolean) => void;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a free port of this machine, with one
 * confidential client whose redirect URIs are given. Its development login form takes any
 * login and password; the login is the account id and its e-mail address, so typing
 * `anna@kommun-a.se` signs in as that address. Its consent page has "[ Cancel ]", which
 * answers the client with `error=access_denied`.
 */
export async function startTestIdentityProvider(options: {
  redirectUris: string[];
  /** The name the provider gives each account (default: the part before the @). */
  nameOf?: (email: string) => string;
}): Promise<TestIdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'samrutin';
  const clientSecret = `secret-${crypto.randomUUID()}`;
  const nameOf = options.nameOf ?? ((email: string) => email.split('@')[0] ?? email);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: nameOf(id) }),
    }),
    pkce: { required: () => true },
    cookies: { keys: [crypto.randomUUID()] },
    // A fixed key set per run (the development keys print a warning).
    jwks: { keys: [await signingKey()] },
  });
  provider.on('server_error', (_ctx: unknown, err: Error) => {
    console.error('test identity provider:', err);
  });
  let wrongIssuer = false;
  const callback = provider.callback();
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (wrongIssuer && req.url?.startsWith('/.well-known/openid-configuration')) {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          issuer: `${issuer}/another-tenant`,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          userinfo_endpoint: `${issuer}/me`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
      return;
    }
    callback(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    setWrongIssuer: (wrong) => {
      wrongIssuer = wrong;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function signingKey(): Promise<JsonWebKey & { kid: string; alg: string; use: string }> {
  const pair = await crypto.subtle.generateKey(
    {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    },
    true,
    ['sign', 'verify'],
  );
  // Without WebCrypto's key_ops ("sign"): the published public key must be usable to verify.
  const {
    key_ops: _,
    ext: __,
    ...jwk
  } = await crypto.subtle.exportKey('jwk', (pair as CryptoKeyPair).privateKey);
  return { ...jwk, kid: 'test-key', alg: 'RS256', use: 'sig' };
}
