import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPasswordResetConfirm, ZPasswordResetRequest } from '../../../contracts/account';
import { isoNow } from '../../core/context';
import { AppError } from '../../core/errors';
import { type Auth, toFetchHeaders } from '../../http/auth';
import { passwordResetUrl } from '../../mail/password-reset-mail';
import { insertAuditEvent } from '../audit/audit.repository';

/** At most 5 reset requests per address per hour (the inbox's owner is protected too). */
const REQUEST_LIMIT = {
  max: 5,
  timeWindow: '1 hour',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) =>
    `password-reset:${String((request.body as { email?: unknown } | undefined)?.email ?? request.ip).toLowerCase()}`,
};

/**
 * Password reset by e-mail, in front of better-auth: the request answers 202 whatever the
 * address; the mail links to /nytt-losenord?token=…; confirming sets the new password,
 * consumes the token and ends every session of the account.
 */
export const passwordResetRoutes: FastifyPluginAsyncZod<{
  auth: Auth;
  /** Guessing tokens is hopeless (24 random characters), but confirms are capped per IP. */
  confirmPerIpPerHour: number;
}> = async (app, { auth, confirmPerIpPerHour }) => {
  const CONFIRM_LIMIT = { max: confirmPerIpPerHour, timeWindow: '1 hour' };
  const tags = ['auth'];
  app.post(
    '/api/auth/password-reset/request',
    {
      config: { rateLimit: REQUEST_LIMIT },
      schema: {
        tags,
        summary:
          'Mail a password-reset link (valid one hour, single use); 202 whatever the address',
        body: ZPasswordResetRequest,
        response: { 202: z.object({ status: z.literal('accepted') }) },
      },
    },
    async (request, reply) => {
      const res = await auth.api.requestPasswordReset({
        body: { email: request.body.email.toLowerCase() },
        headers: toFetchHeaders(request),
        asResponse: true,
      });
      if (!res.ok) request.log.warn({ status: res.status }, 'password-reset request failed');
      return reply.status(202).send({ status: 'accepted' as const });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit: CONFIRM_LIMIT },
      schema: {
        tags,
        summary: 'Set a new password with the mailed token; every session of the account ends',
        body: ZPasswordResetConfirm,
        response: { 200: z.object({ success: z.literal(true) }) },
      },
    },
    async (request) => {
      const userId = await findResetTokenOwner(auth, request.body.token);
      const res = await auth.api.resetPassword({
        body: { token: request.body.token, newPassword: request.body.password },
        headers: toFetchHeaders(request),
        asResponse: true,
      });
      if (!res.ok || !userId) {
        throw new AppError(
          'RESET_TOKEN_INVALID',
          'The link is used, expired or wrong. Ask for a new one.',
        );
      }
      await insertAuditEvent(app.database.db, {
        collaborationId: null,
        userId,
        action: 'auth.password_reset',
        targetType: 'user',
        targetId: userId,
        summary: 'password changed with a reset link; all sessions ended',
        params: {},
        at: isoNow(app.clock),
      });
      return { success: true as const };
    },
  );
};

/** The user a reset token belongs to (better-auth keeps it as a verification value). */
async function findResetTokenOwner(auth: Auth, token: string): Promise<string | null> {
  const ctx = await auth.$context;
  const row = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  return row && row.expiresAt > new Date() ? row.value : null;
}

/**
 * A reset link made by an instance administrator (for an instance without SMTP): the same
 * kind of token better-auth mails, valid one hour, single use.
 */
export async function createPasswordResetLink(
  auth: Auth,
  userId: string,
  baseUrl: string,
): Promise<{ url: string; expiresAt: string }> {
  const ctx = await auth.$context;
  const token = randomToken();
  const expiresAt = new Date(Date.now() + 60 * 60 * 1000);
  await ctx.internalAdapter.createVerificationValue({
    value: userId,
    identifier: `reset-password:${token}`,
    expiresAt,
  });
  return { url: passwordResetUrl(baseUrl, token), expiresAt: expiresAt.toISOString() };
}

function randomToken(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
