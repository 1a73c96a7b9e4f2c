import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZEmailVerificationConfirm } from '../../../contracts/auth';
import { isoNow, requireUser } from '../../core/context';
import { AppError } from '../../core/errors';
import type { Database } from '../../db/database';
import { type Auth, toFetchHeaders } from '../../http/auth';
import { isEmailVerificationRequired } from '../../http/email-verification';
import { insertAuditEvent } from '../audit/audit.repository';
import { claimEmailVerification, findEmailVerified } from './email-verification.repository';

/** At most 5 new links per account (or address) per hour: the inbox's owner is protected too. */
const SEND_LIMIT = {
  max: 5,
  timeWindow: '1 hour',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) => `email-verification:${request.user?.id ?? request.ip}`,
};

/**
 * E-mail ownership (issue 11), in front of better-auth's e-mail verification: the signed-in
 * account asks for a new link; the web page /bekrafta-epost sends the link's token here. The
 * token is better-auth's (signed, expiring in a day); better-auth checks it and sets
 * `emailVerified`, and the conditional UPDATE of `claimEmailVerification` (run by its
 * `beforeEmailVerification` hook) makes the first use the only one that counts: every later use
 * of any link of the account answers 410 VERIFICATION_LINK_USED.
 */
export const emailVerificationRoutes: FastifyPluginAsyncZod<{
  auth: Auth;
  confirmPerIpPerHour: number;
}> = async (app, { auth, confirmPerIpPerHour }) => {
  const tags = ['auth'];
  app.post(
    '/api/auth/email-verification/send',
    {
      config: { rateLimit: SEND_LIMIT },
      schema: {
        tags,
        summary:
          'Mail the signed-in account a new link to confirm its e-mail address (valid one day); 409 when there is nothing to confirm',
        response: { 202: z.object({ status: z.literal('sent'), email: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (!isEmailVerificationRequired(app.config)) {
        throw new AppError('CONFLICT', 'This instance sends no e-mail: nothing to confirm.');
      }
      const verified = await findEmailVerified(app.database.rawDb, user.id);
      if (verified) throw new AppError('CONFLICT', 'The e-mail address is already confirmed.');
      const res = await auth.api.sendVerificationEmail({
        body: { email: user.email },
        headers: toFetchHeaders(request),
        asResponse: true,
      });
      if (!res.ok) {
        request.log.warn({ status: res.status }, 'e-mail verification: sending failed');
        throw new AppError('SERVICE_UNAVAILABLE', 'The e-mail could not be sent. Try again later.');
      }
      return reply.status(202).send({ status: 'sent' as const, email: user.email });
    },
  );

  app.post(
    '/api/auth/email-verification/confirm',
    {
      config: { rateLimit: { max: confirmPerIpPerHour, timeWindow: '1 hour' } },
      schema: {
        tags,
        summary:
          "Confirm the account's e-mail address with the mailed token; 410 when the address is already confirmed",
        body: ZEmailVerificationConfirm,
        response: { 200: z.object({ status: z.literal('verified'), signedIn: z.boolean() }) },
      },
    },
    async (request) => {
      const invalid = () =>
        new AppError(
          'VERIFICATION_LINK_INVALID',
          'The link is expired or wrong. Sign in and ask for a new one.',
        );
      const used = () =>
        new AppError(
          'VERIFICATION_LINK_USED',
          'The link was used: the address is already confirmed.',
        );
      const scope: ClaimScope = { userId: null };
      const res = await claimScope.run(scope, () =>
        auth.api.verifyEmail({
          query: { token: request.body.token },
          headers: toFetchHeaders(request),
          asResponse: true,
        }),
      );
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { code?: string };
        throw body.code === 'VERIFICATION_LINK_USED' ? used() : invalid();
      }
      // better-auth answers a valid token of an already confirmed address with success too,
      // without running the hook: only the request that claimed the address confirmed it.
      const userId = scope.userId;
      if (!userId) throw used();
      await insertAuditEvent(app.database.db, {
        collaborationId: null,
        userId,
        action: 'auth.email_verified',
        targetType: 'user',
        targetId: userId,
        summary: 'e-mail address confirmed with the mailed link',
        params: {},
        at: isoNow(app.clock),
      });
      return { status: 'verified' as const, signedIn: request.user?.id === userId };
    },
  );
};

interface ClaimScope {
  /** Set when this request's use of a link changed the address to confirmed. */
  userId: string | null;
}
/** The confirm request a better-auth hook runs in (it is awaited inside the request). */
const claimScope = new AsyncLocalStorage<ClaimScope>();

/**
 * better-auth's `beforeEmailVerification` hook (wired in app.ts): marks the address confirmed
 * in a conditional UPDATE, so that of concurrent uses of links exactly one counts, and tells
 * the confirm request that it was the one. False refuses this use (createAuth throws).
 */
export async function claimEmailVerificationOfRequest(
  rawDb: Database['rawDb'],
  userId: string,
): Promise<boolean> {
  const claimed = await claimEmailVerification(rawDb, userId);
  const scope = claimScope.getStore();
  if (claimed && scope) scope.userId = userId;
  return claimed;
}
