import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { emailVerificationMail, emailVerificationUrl } from '../mail/email-verification-mail';
import { createMailer } from '../mail/mailer';
import { passwordResetMail, passwordResetUrl } from '../mail/password-reset-mail';
import { claimEmailVerification } from '../modules/auth/email-verification.repository';
import { ssoAuthOptions } from '../modules/sso/sso-auth';
import type { SessionCache, SessionUser } from './session-cache';
import { registerWorkshopGuestReader } from './workshop-guest';

export type { SessionUser } from './session-cache';
export type Auth = ReturnType<typeof createAuth>;

/**
 * better-auth on the app's own database connection (no CamelCasePlugin: its columns are its
 * own). Its rate limiter and origin check are off because the app applies the contract's
 * own (per-account + per-IP limits, Origin policy for every state-changing /api request).
 */
export function createAuth(
  config: AppConfig,
  database: Database,
  hooks: {
    onMailError?: (err: unknown) => void;
    /** A session of the user ended, or the user changed: cached sessions must go (session-cache.ts). */
    onUserSessionsChanged?: (userId: string) => void;
    /**
     * Marks the address confirmed if it was not yet (a conditional UPDATE): false when another
     * use of a link came first, and then this one is refused. Without it every link verifies.
     */
    claimEmailVerification?: (userId: string) => Promise<boolean>;
    /** The app's clock (re-authentication windows of single sign-on). */
    now?: () => Date;
  } = {},
) {
  const changed = async (userId: string) => hooks.onUserSessionsChanged?.(userId);
  const mailer = createMailer(config);
  return betterAuth({
    // Single sign-on with OpenID Connect per e-mail domain (modules/sso, docs/adr/0021).
    ...ssoAuthOptions(database.db, {
      emailVerificationRequired: mailer !== null,
      onUserChanged: (userId) => void changed(userId),
      confirmEmail: (userId) => claimEmailVerification(database.rawDb, userId),
      now: hooks.now ?? (() => new Date()),
    }),
    database: { db: database.rawDb, type: database.dialect },
    secret: config.authSecret,
    ...(config.explicitBaseUrl ? { baseURL: config.baseUrl } : {}),
    basePath: '/api/auth',
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      autoSignIn: true,
      // Password reset (issue 19): a single-use token valid one hour, mailed as a link to the
      // web client's page; every session of the account ends when the password changes.
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, token }) => {
        // Without SMTP nothing is sent: the instance administrator can create a link instead.
        if (!mailer) return;
        // A mail failure must not answer differently (202 whatever the address): log it.
        await mailer
          .send(passwordResetMail(user.email, passwordResetUrl(config.baseUrl, token)))
          .catch((err) => hooks.onMailError?.(err));
      },
    },
    // E-mail ownership (issue 11): with SMTP the sign-up mails a link to /bekrafta-epost; the
    // page POSTs its token to /api/auth/email-verification/confirm (email-verification.routes.ts).
    // Signing in stays allowed (no requireEmailVerification): an unconfirmed account may read
    // what it was already given, and only the actions in http/email-verification.ts wait.
    // The link does not sign anyone in: a forwarded mail must not open the account.
    ...(mailer
      ? {
          emailVerification: {
            sendOnSignUp: true,
            autoSignInAfterVerification: false,
            expiresIn: 60 * 60 * 24,
            sendVerificationEmail: async ({
              user,
              token,
            }: {
              user: { email: string };
              token: string;
            }) => {
              // A mail failure must not fail the sign-up: the account can ask for the link again.
              await mailer
                .send(
                  emailVerificationMail(user.email, emailVerificationUrl(config.baseUrl, token)),
                )
                .catch((err) => hooks.onMailError?.(err));
            },
            beforeEmailVerification: async (user: { id: string }) => {
              const claimed = (await hooks.claimEmailVerification?.(user.id)) ?? true;
              if (!claimed) {
                throw new APIError('BAD_REQUEST', {
                  code: 'VERIFICATION_LINK_USED',
                  message: 'The address is already confirmed.',
                });
              }
            },
          },
        }
      : {}),
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // No cookie cache: a signed-out session must stop working at once, not a minute later.
      cookieCache: { enabled: false },
    },
    // Every way better-auth ends a session (sign-out, end the others, password reset or change)
    // deletes its row through these hooks; they run after the deletion commits.
    databaseHooks: {
      session: { delete: { after: (session) => changed(session.userId) } },
      user: {
        update: { after: (user) => changed(user.id) },
        delete: { after: (user) => changed(user.id) },
      },
    },
    rateLimit: { enabled: false },
    advanced: {
      disableCSRFCheck: true,
      disableOriginCheck: true,
      useSecureCookies: config.baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => crypto.randomUUID() },
    },
    telemetry: { enabled: false },
    logger: { disabled: config.logLevel === 'silent', level: 'error' },
  });
}

/** Fastify headers → Fetch Headers (what better-auth reads). */
export function toFetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, String(value));
  }
  return headers;
}

/** Copies a better-auth Response's status, headers and every Set-Cookie onto the reply. */
export async function sendFetchResponse(reply: FastifyReply, res: Response): Promise<unknown> {
  reply.status(res.status);
  for (const [key, value] of res.headers) {
    if (key === 'set-cookie' || key === 'content-length') continue;
    reply.header(key, value);
  }
  const cookies = res.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  const text = await res.text();
  return text ? JSON.parse(text) : {};
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface FastifyInstance {
    sessionCache: SessionCache;
  }
}

/**
 * Reads the session of each /api request (not better-auth's own routes) onto request.user.
 * The published pages (/r/) read it themselves, and only when the answer depends on it.
 */
export function registerSessionReader(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest('user', null);
  app.addHook('preHandler', async (request) => {
    // By the routed path (the route's pattern), never the raw URL: "/%61pi/…" routes to /api.
    // The published page (/r/) reads the session itself, only when it needs to.
    const routed = request.routeOptions.url ?? '';
    if (!routed.startsWith('/api/')) return;
    request.user = await readSessionUser(auth, request);
  });
  registerWorkshopGuestReader(app);
}

/** The signed-in user of a request (null without a valid session cookie); kept on the request. */
export async function readSessionUser(
  auth: Auth,
  request: FastifyRequest,
): Promise<SessionUser | null> {
  const cookie = request.headers.cookie;
  if (request.user || !cookie) return request.user;
  request.user = await request.server.sessionCache.lookup(cookie, async () => {
    const session = await auth.api.getSession({ headers: toFetchHeaders(request) });
    if (!session) return null;
    const { id, name, email, emailVerified } = session.user;
    return {
      user: { id, name, email, emailVerified: Boolean(emailVerified) },
      expiresAt: new Date(session.session.expiresAt),
    };
  });
  return request.user;
}
