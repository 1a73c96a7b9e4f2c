import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route needs a confirmed e-mail address when the instance mails (SMTP_URL): creating
     * a collaboration or region, accepting an invitation, signing a version.
     */
    requiresVerifiedEmail?: boolean;
  }
}

/** Whether the instance asks accounts to confirm their address: exactly when it can mail. */
export const isEmailVerificationRequired = (config: { smtpUrl: string | null }) =>
  config.smtpUrl !== null;

/** The answer of a route that needs a confirmed address, for an account without one. */
export const emailNotVerified = () =>
  new AppError(
    'EMAIL_NOT_VERIFIED',
    'Confirm your e-mail address first: open the link we e-mailed you, or ask for a new one.',
  );

/**
 * E-mail ownership (issue 11). When the instance mails, an account must confirm its address
 * before it can be given access or act for anyone: the routes marked `requiresVerifiedEmail`
 * answer 403 EMAIL_NOT_VERIFIED to an unconfirmed account. Reading what it already has stays
 * open. Without SMTP nothing can be confirmed, so nothing is required (development, small
 * installations). Runs after the session reader; signed out, the route's own 401 answers.
 */
export function registerEmailVerificationGuard(app: FastifyInstance, required: boolean): void {
  if (!required) return;
  app.addHook('preHandler', async (request) => {
    if (!request.routeOptions.config.requiresVerifiedEmail) return;
    if (request.user && !request.user.emailVerified) throw emailNotVerified();
  });
}
