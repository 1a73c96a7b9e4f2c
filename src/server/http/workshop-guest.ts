import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findGuestByTokenHash } from '../modules/workshops/workshops.repository';

/**
 * A workshop guest's session (issue 17, docs/adr/0020): not an account but a cookie whose
 * random token names one participant of one workshop. Its SHA-256 is stored; the cookie ends
 * with the workshop (12 hours, or the facilitator ends it and the key is erased). A guest is
 * `request.workshopGuest`, never `request.user`, so every route that needs a member refuses
 * it — with 404 rather than 401 (core/context.ts `requireUser`).
 */
export const GUEST_COOKIE = 'samrutin_workshop_guest';

export interface WorkshopGuest {
  participantId: string;
  workshopId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    workshopGuest: WorkshopGuest | null;
  }
}

export const hashGuestToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new guest token (32 random bytes) and the hash to store. */
export function newGuestToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashGuestToken(token) };
}

/** The guest token of a Cookie header, if any. */
export function guestTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === GUEST_COOKIE) return rest.join('=') || null;
  }
  return null;
}

/** Sets the guest cookie until the workshop closes (HttpOnly, SameSite=Lax, Secure over TLS). */
export function setGuestCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  secure: boolean,
  now: Date,
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  const attributes = [
    `${GUEST_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ];
  reply.header('set-cookie', attributes.join('; '));
}

/**
 * Reads the guest cookie of each /api request onto request.workshopGuest, at onRequest: routes
 * that check the caller before validation (the administrator's, in preValidation) see it too.
 */
export function registerWorkshopGuestReader(app: FastifyInstance): void {
  app.decorateRequest('workshopGuest', null);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const routed = request.routeOptions.url ?? '';
    if (!routed.startsWith('/api/')) return;
    request.workshopGuest = await readWorkshopGuest(app, request);
  });
}

/** The guest of a request's cookie while their workshop is open; null otherwise. */
export async function readWorkshopGuest(
  app: FastifyInstance,
  request: FastifyRequest,
): Promise<WorkshopGuest | null> {
  const token = guestTokenOf(request.headers.cookie);
  if (!token || token.length > 100) return null;
  const found = await findGuestByTokenHash(
    app.database.db,
    hashGuestToken(token),
    app.clock.now().toISOString(),
  );
  return found ? { participantId: found.participantId, workshopId: found.workshopId } : null;
}
