import type { Document, Hocuspocus } from '@hocuspocus/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { WORKSHOP_STATE, workshopDocumentNameOf } from '../../domain/collab';
import { AppError } from '../core/errors';
import type { DB } from '../db/schema';
import { toFetchHeaders } from '../http/auth';
import { readWorkshopGuest, type WorkshopGuest } from '../http/workshop-guest';
import { findActorById } from '../modules/actors/actors.repository';
import { findMembership } from '../modules/members/members.repository';
import { publicWorkshopState } from '../modules/workshops/workshop-view';
import { findWorkshopById } from '../modules/workshops/workshops.repository';
import { SERVER_ORIGIN } from './collab.persistence';
import type { LiveContext } from './collab.types';

/**
 * Workshop documents on /collab (issue 17, docs/adr/0020). The server writes them; every
 * connection is read-only, so no client can change a phase, reveal, or another's entry, and
 * drafts never travel before the reveal (they are not in the document until then).
 */

/**
 * The upgrade's caller: the session's user, or else a workshop guest's cookie (which opens only
 * `workshop:<its id>`); 401 with neither. Origin first: another site may not connect.
 */
export async function readLiveCaller(app: FastifyInstance, request: FastifyRequest) {
  const origin = request.headers.origin;
  const allowed = app.config.explicitBaseUrl
    ? app.config.baseUrl
    : `${request.protocol}://${request.host}`;
  if (origin !== undefined && origin !== allowed) {
    throw new AppError('FOREIGN_ORIGIN', 'Requests from another site may not connect here.');
  }
  const session = request.headers.cookie
    ? await app.auth.api.getSession({ headers: toFetchHeaders(request) })
    : null;
  if (session) {
    const { id, name, email, emailVerified } = session.user;
    request.user = { id, name, email, emailVerified: Boolean(emailVerified) };
  } else {
    request.workshopGuest = await readWorkshopGuest(app, request);
  }
  if (!request.user && !request.workshopGuest) {
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  }
}

/** Who may open `workshop:<id>`: members of its collaboration and its own guests (read-only). */
export async function authenticateWorkshop(
  db: Kysely<DB>,
  workshopId: string,
  caller: { user?: { id: string; name: string } | null; guest?: WorkshopGuest | null },
  tokens: number,
): Promise<LiveContext | null> {
  const workshop = await findWorkshopById(db, workshopId);
  if (!workshop) return null;
  const base = {
    collaborationId: workshop.collaborationId,
    routineId: '',
    tokens,
    tokensAt: Date.now(),
    acknowledgedUntil: 0,
  };
  const membership = caller.user
    ? await findMembership(db, workshop.collaborationId, caller.user.id)
    : undefined;
  if (caller.user && membership) {
    const actor = membership.actorId ? await findActorById(db, membership.actorId) : undefined;
    return {
      ...base,
      userId: caller.user.id,
      name: caller.user.name,
      organisation: actor?.name ?? null,
      role: membership.role,
    };
  }
  if (caller.guest?.workshopId === workshopId) {
    // A guest is nobody's account: an id of its own kind, and no name on the wire.
    const userId = `guest:${caller.guest.participantId}`;
    return { ...base, userId, name: '', organisation: null, role: 'reader' };
  }
  return null;
}

/** Writes the workshop's public state into its document (the server's own origin). */
export async function writeWorkshopState(db: Kysely<DB>, document: Document, workshopId: string) {
  const state = await publicWorkshopState(db, workshopId);
  if (!state) return;
  const json = JSON.stringify(state);
  const map = document.getMap<string>(WORKSHOP_STATE.map);
  if (map.get(WORKSHOP_STATE.key) === json) return;
  document.transact(() => map.set(WORKSHOP_STATE.key, json), SERVER_ORIGIN);
}

/**
 * After a workshop's HTTP write: its open document gets the new public state. Writes within
 * 50 ms are folded into one read (a burst of votes costs one query round, not one per vote).
 * With Redis the document may be open in another process only: opening it here lets the
 * extension carry the change over; without Redis an unopened document has nothing to do.
 */
export function workshopRefresher(
  hocuspocus: Hocuspocus,
  db: Kysely<DB>,
  withRedis: boolean,
  onError: (err: unknown) => void,
): (workshopId: string) => void {
  const pending = new Set<string>();
  async function refresh(workshopId: string) {
    const name = workshopDocumentNameOf(workshopId);
    if (!hocuspocus.documents.get(name) && !withRedis) return;
    const document = await hocuspocus.createDocument(
      name,
      {},
      crypto.randomUUID(),
      { isAuthenticated: true, readOnly: false },
      {},
    );
    document.addDirectConnection();
    try {
      await writeWorkshopState(db, document, workshopId);
    } finally {
      document.removeDirectConnection();
    }
    if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document);
  }
  return (workshopId) => {
    if (pending.has(workshopId)) return;
    pending.add(workshopId);
    setTimeout(() => {
      pending.delete(workshopId);
      refresh(workshopId).catch(onError);
    }, 50).unref();
  };
}
