import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZMe, ZSignIn, ZSignUp } from '../../../contracts/auth';
import { hasInstanceAdminRights } from '../../core/admin';
import { isoNow, requireUser } from '../../core/context';
import { AppError } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { type Auth, sendFetchResponse, toFetchHeaders } from '../../http/auth';
import { isEmailVerificationRequired } from '../../http/email-verification';
import { insertAuditEvent } from '../audit/audit.repository';
import { findSsoProviderByDomain } from '../sso/sso.repository';
import { emailDomain } from '../sso/sso-auth';
import {
  beginSignInAttempt,
  clearSignInFailures,
  recordFailedSignIn,
  releaseSignInAttempt,
} from './sign-in-limit';

const ZAuthResult = z.object({ user: ZMe });

function authResult(body: unknown, emailVerificationRequired: boolean) {
  const { user } = body as {
    user: { id: string; name: string; email: string; emailVerified?: boolean };
  };
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: Boolean(user.emailVerified),
      emailVerificationRequired,
    },
  };
}

interface AuthRouteOptions {
  auth: Auth;
  limits: { signInPerIpPerMinute: number; signUpPerIpPerHour: number };
}

/**
 * The contract's auth endpoints, in front of better-auth: bodies validated with Zod,
 * better-auth's errors mapped to the contract's shape, sign-in limited per account and per IP.
 */
export const authRoutes: FastifyPluginAsyncZod<AuthRouteOptions> = async (
  app,
  { auth, limits },
) => {
  const required = isEmailVerificationRequired(app.config);
  app.post(
    '/api/auth/sign-up/email',
    {
      config: { rateLimit: { max: limits.signUpPerIpPerHour, timeWindow: '1 hour' } },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in (session cookie)',
        body: ZSignUp,
        response: { 200: ZAuthResult },
      },
    },
    async (request, reply) => {
      const { acknowledgePersonalData, ...body } = request.body;
      const db = app.database.db;
      // The personal-data guard on the display name (shown to every co-member): refused
      // before the account exists; an acknowledgement is audited once it does.
      const guard = (acknowledged: boolean, userId = '') =>
        guardPersonalData(db, { name: body.name }, acknowledged, {
          collaborationId: null,
          userId,
          targetType: 'user',
          targetId: userId,
          at: isoNow(app.clock),
        });
      if (!acknowledgePersonalData) await guard(false);
      // A domain with an identity provider signs in there: no password account beside it
      // (someone could otherwise claim an address before its owner first logs in there).
      const provider = await findSsoProviderByDomain(db, emailDomain(body.email));
      if (provider) {
        throw new AppError(
          'CONFLICT',
          `Addresses at this domain sign in with ${provider.displayName}: sign in instead.`,
          { reason: 'sso_required', provider: provider.displayName },
        );
      }
      const res = await auth.api.signUpEmail({
        body,
        headers: toFetchHeaders(request),
        asResponse: true,
      });
      if (res.status === 422 || res.status === 409) {
        // better-auth: USER_ALREADY_EXISTS. Say so plainly: the e-mail is the account's name.
        throw new AppError(
          'EMAIL_TAKEN',
          'An account with this e-mail address already exists. Sign in instead.',
        );
      }
      if (!res.ok) throw await authError(res);
      const result = authResult(await sendFetchResponse(reply, res), required);
      await insertAuditEvent(db, {
        collaborationId: null,
        userId: result.user.id,
        action: 'auth.sign_up',
        targetType: 'user',
        targetId: result.user.id,
        summary: 'account created',
        params: {},
        at: isoNow(app.clock),
      });
      if (acknowledgePersonalData) await guard(true, result.user.id);
      return result;
    },
  );

  app.post(
    '/api/auth/sign-in/email',
    {
      config: { rateLimit: { max: limits.signInPerIpPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in (session cookie); 401 on bad credentials, 429 when limited',
        body: ZSignIn,
        response: { 200: ZAuthResult },
      },
    },
    async (request, reply) => {
      const email = request.body.email.toLowerCase();
      const db = app.database.db;
      // Counted before the password is checked, so parallel guesses cannot pass the limit.
      const attempt = await beginSignInAttempt(db, email, app.clock);
      let res: Response;
      try {
        res = await auth.api.signInEmail({
          body: request.body,
          headers: toFetchHeaders(request),
          asResponse: true,
        });
      } catch (err) {
        await releaseSignInAttempt(db, attempt);
        throw err;
      }
      if (res.status === 401 || res.status === 403) {
        await recordFailedSignIn(db, attempt, app.clock);
        // The same answer for an unknown e-mail and a wrong password: no user enumeration.
        throw new AppError('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.');
      }
      if (!res.ok) {
        await releaseSignInAttempt(db, attempt);
        throw await authError(res);
      }
      await clearSignInFailures(db, email);
      return authResult(await sendFetchResponse(reply, res), required);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (clears the session cookie)',
        response: { 200: z.object({ success: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const res = await auth.api.signOut({ headers: toFetchHeaders(request), asResponse: true });
      await sendFetchResponse(reply, res);
      return reply.status(200).send({ success: true });
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['auth'],
        summary:
          'The signed-in user, whether the e-mail address is confirmed and whether that is required; 401 when signed out',
        response: { 200: ZMe },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return {
        ...user,
        isAdmin: hasInstanceAdminRights(app.config.operations.adminEmails, user, required),
        emailVerified: user.emailVerified === true,
        emailVerificationRequired: required,
      };
    },
  );
};

async function authError(res: Response): Promise<AppError> {
  const body = (await res.json().catch(() => ({}))) as { message?: string; code?: string };
  if (res.status === 429) {
    return new AppError(
      'RATE_LIMITED',
      'Too many attempts. Wait a moment and try again.',
      undefined,
      {
        'retry-after': res.headers.get('retry-after') ?? '60',
      },
    );
  }
  if (res.status >= 400 && res.status < 500) {
    return new AppError('VALIDATION_FAILED', body.message ?? 'The request was refused.', {
      authCode: body.code,
    });
  }
  return new AppError('INTERNAL', 'Signing in failed on our side.');
}
