import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../http/auth';
import { emailNotVerified, isEmailVerificationRequired } from '../http/email-verification';
import { requireUser } from './context';
import { AppError } from './errors';

/** True when the address is one of the instance administrators' (ADMIN_EMAILS, lower case). */
export function isInstanceAdmin(adminEmails: string[], email: string): boolean {
  return adminEmails.includes(email.toLowerCase());
}

/**
 * Whether the signed-in user holds the administrator's rights now: an address in ADMIN_EMAILS
 * and, when the instance mails (SMTP_URL), confirmed. Without the confirmation anybody who
 * signed up first with an administrator's address would get the rights.
 */
export function hasInstanceAdminRights(
  adminEmails: string[],
  user: Pick<SessionUser, 'email' | 'emailVerified'>,
  emailMustBeConfirmed: boolean,
): boolean {
  return (
    isInstanceAdmin(adminEmails, user.email) &&
    (!emailMustBeConfirmed || user.emailVerified === true)
  );
}

/**
 * The signed-in user when they are an instance administrator; 403 FORBIDDEN otherwise (403
 * EMAIL_NOT_VERIFIED for an administrator's address not yet confirmed), 401 signed out.
 */
export function requireInstanceAdmin(request: FastifyRequest, adminEmails: string[]): SessionUser {
  const user = requireUser(request);
  if (!isInstanceAdmin(adminEmails, user.email)) {
    throw new AppError('FORBIDDEN', 'Only an instance administrator (ADMIN_EMAILS) may do this.');
  }
  if (isEmailVerificationRequired(request.server.config) && user.emailVerified !== true) {
    throw emailNotVerified();
  }
  return user;
}
