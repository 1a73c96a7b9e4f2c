import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZReauthMethod,
  ZSsoLookup,
  ZSsoLookupQuery,
  ZSsoReauthStart,
  ZSsoRedirect,
  ZSsoSignIn,
} from '../../../contracts/identity-providers';
import { isoNow, requireUser } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { type Auth, toFetchHeaders } from '../../http/auth';
import { publicOrigin } from '../../http/origin';
import {
  findSsoOnlyProviderOfUser,
  findSsoProvider,
  findSsoProviderByDomain,
  insertSsoReauth,
} from './sso.repository';
import { emailDomain } from './sso-auth';

/** A path of this app ("/…", never "//host" or "/\host"), else the start page. */
export const safeReturnPath = (value: string | undefined) =>
  value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';

const withQuery = (path: string, query: string) =>
  `${path}${path.includes('?') ? '&' : '?'}${query}`;

/** Runs one of better-auth's own SSO endpoints on this request (its cookies included). */
async function runBetterAuth(
  auth: Auth,
  request: FastifyRequest,
  path: string,
  init: { method: 'GET' } | { method: 'POST'; body: unknown },
): Promise<Response> {
  const headers = toFetchHeaders(request);
  headers.delete('content-length');
  if (init.method === 'POST') headers.set('content-type', 'application/json');
  const origin = publicOrigin(request.server.config, request);
  return auth.handler(
    new Request(`${origin}${path}`, {
      method: init.method,
      headers,
      ...(init.method === 'POST' ? { body: JSON.stringify(init.body) } : {}),
    }),
  );
}

function copyCookies(reply: FastifyReply, res: Response) {
  const cookies = res.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
}

/**
 * The provider's authorization address for a sign-in, or IDENTITY_PROVIDER_ERROR with the
 * reason (`issuer_mismatch` when the discovery document names another issuer).
 */
async function startAtProvider(
  auth: Auth,
  request: FastifyRequest,
  reply: FastifyReply,
  body: Record<string, unknown>,
): Promise<{ url: string }> {
  const res = await runBetterAuth(auth, request, '/api/auth/sign-in/sso', {
    method: 'POST',
    body,
  });
  const answer = (await res.json().catch(() => ({}))) as {
    url?: string;
    code?: string;
    message?: string;
  };
  if (res.ok && answer.url) {
    copyCookies(reply, res);
    return { url: answer.url };
  }
  request.log.warn({ status: res.status, code: answer.code }, 'SSO sign-in could not start');
  const reason = answer.code === 'issuer_mismatch' ? 'issuer_mismatch' : 'provider_unavailable';
  throw new AppError(
    'IDENTITY_PROVIDER_ERROR',
    reason === 'issuer_mismatch'
      ? "The organisation's sign-in service names another issuer than the one configured here. Ask the administrator to check it."
      : "The organisation's sign-in service could not be reached. Try again in a while, or ask the administrator.",
    { reason },
  );
}

/**
 * Single sign-on with OpenID Connect per e-mail domain (docs/adr/0021): which provider a
 * domain signs in through, starting a sign-in there, the provider's callback (better-auth's,
 * passed through), and re-authenticating there before signing a version.
 */
export const ssoRoutes: FastifyPluginAsyncZod<{
  auth: Auth;
  signInPerIpPerMinute: number;
}> = async (app, { auth, signInPerIpPerMinute }) => {
  const tags = ['auth'];
  const rateLimit = { max: signInPerIpPerMinute, timeWindow: '1 minute' };

  app.get(
    '/api/auth/sso/lookup',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary: 'Which identity provider an e-mail domain signs in through (null: a password)',
        querystring: ZSsoLookupQuery,
        response: { 200: ZSsoLookup },
      },
    },
    async (request) => {
      const row = await findSsoProviderByDomain(
        app.database.db,
        request.query.domain.toLowerCase(),
      );
      return { provider: row ? { id: row.providerId, displayName: row.displayName } : null };
    },
  );

  app.post(
    '/api/auth/sso/sign-in',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary:
          "Start signing in through the identity provider of the address's domain: the address to send the browser to",
        body: ZSsoSignIn,
        response: { 200: ZSsoRedirect },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      const provider = await findSsoProviderByDomain(app.database.db, emailDomain(email));
      if (!provider) throw notFound('A sign-in service for this e-mail domain');
      const returnTo = safeReturnPath(request.body.returnTo);
      return startAtProvider(auth, request, reply, {
        providerId: provider.providerId,
        loginHint: email.toLowerCase(),
        callbackURL: returnTo,
        errorCallbackURL:
          returnTo === '/'
            ? '/logga-in'
            : withQuery('/logga-in', `tillbaka=${encodeURIComponent(returnTo)}`),
      });
    },
  );

  app.get(
    '/api/auth/sso/callback/:providerId',
    {
      schema: {
        tags,
        summary:
          'Where the identity provider sends the browser back (the redirect URI): signs in, then redirects to the app',
        params: z.object({ providerId: z.string().min(1).max(64) }),
        querystring: z.object({}).passthrough(),
        response: { 302: z.null().describe('Redirect to the app, or to sign-in with ?error=') },
      },
    },
    async (request, reply) => {
      // No such provider (a mistyped or forged address): nothing to hand to better-auth.
      if (!(await findSsoProvider(app.database.db, request.params.providerId))) {
        throw notFound('The sign-in service');
      }
      const res = await runBetterAuth(auth, request, request.url, { method: 'GET' });
      const location = res.headers.get('location');
      copyCookies(reply, res);
      if (res.status >= 300 && res.status < 400 && location) return reply.redirect(location, 302);
      // better-auth answered without a redirect (an error of its own): never a raw JSON page.
      request.log.warn({ status: res.status }, 'SSO callback answered without a redirect');
      return reply.redirect('/logga-in?error=sso_failed', 302);
    },
  );

  app.get(
    '/api/me/reauth',
    {
      schema: {
        tags,
        summary:
          'How I re-authenticate before signing a version: my password, or a new login at my identity provider',
        response: { 200: ZReauthMethod },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const provider = await findSsoOnlyProviderOfUser(app.database.db, user.id);
      return provider
        ? { method: 'sso' as const, providerName: provider.displayName }
        : { method: 'password' as const, providerName: null };
    },
  );

  app.post(
    '/api/me/reauth/sso',
    {
      config: { rateLimit },
      schema: {
        tags,
        summary:
          'Log in again at my identity provider (an account without a password) before signing; back to returnTo with ?reauth=<id>',
        body: ZSsoReauthStart,
        response: { 200: ZSsoRedirect },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const provider = await findSsoOnlyProviderOfUser(app.database.db, user.id);
      if (!provider) {
        throw new AppError('CONFLICT', 'Your account has a password: sign with it instead.');
      }
      const id = crypto.randomUUID();
      await insertSsoReauth(app.database.db, {
        id,
        userId: user.id,
        providerId: provider.providerId,
        requestedAt: isoNow(app.clock),
      });
      const returnTo = safeReturnPath(request.body.returnTo);
      return startAtProvider(auth, request, reply, {
        providerId: provider.providerId,
        loginHint: user.email,
        callbackURL: withQuery(returnTo, `reauth=${id}`),
        errorCallbackURL: returnTo,
        // A fresh login, not the provider's remembered session (OpenID Connect Core 3.1.2.1).
        additionalParams: { prompt: 'login', max_age: '0' },
      });
    },
  );
};
