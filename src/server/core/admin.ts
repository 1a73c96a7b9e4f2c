import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../http/auth';
import { requireUser } from './context';
import { AppError } from './errors';

/** True when the address is one of the instance administrators' (ADMIN_EMAILS, lower case). */
export function isInstanceAdmin(adminEmails: string[], email: string): boolean {
  return adminEmails.includes(email.toLowerCase());
}

/** The signed-in user when they are an instance administrator; 403 otherwise, 401 signed out. */
export function requireInstanceAdmin(request: FastifyRequest, adminEmails: string[]): SessionUser {
  const user = requireUser(request);
  if (!isInstanceAdmin(adminEmails, user.email)) {
    throw new AppError('FORBIDDEN', 'Only an instance administrator (ADMIN_EMAILS) may do this.');
  }
  return user;
}
