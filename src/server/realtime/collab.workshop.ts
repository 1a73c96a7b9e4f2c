import type { Hocuspocus } from '@hocuspocus/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { LIMITS } from '../../contracts/common';
import {
  routineIdOf,
  WORKSHOP_ENDED_KEY,
  WORKSHOP_STATE,
  wordingField,
  wordingQuestionIdOf,
  workshopDocumentNameOf,
  workshopIdOf,
} from '../../domain/collab';
import { AppError } from '../core/errors';
import type { DB } from '../db/schema';
import { toFetchHeaders } from '../http/auth';
import { readWorkshopGuest, type WorkshopGuest } from '../http/workshop-guest';
import { findActorById } from '../modules/actors/actors.repository';
import { insertAuditEvent } from '../modules/audit/audit.repository';
import { findMembership } from '../modules/members/members.repository';
import { isOpen } from '../modules/workshops/workshop-access';
import { publicWorkshopState } from '../modules/workshops/workshop-view';
import {
  findMemberParticipant,
  findWorkshopById,
  findWorkshopDoc,
  findWorkshopQuestions,
  upsertWorkshopDoc,
} from '../modules/workshops/workshops.repository';
import { type FieldRule, Refusal } from './collab.guard';
import { auditEditSessions, type EditSessions, SERVER_ORIGIN, setText } from './collab.persistence';
import type { LiveContext } from './collab.types';

/**
 * Workshop documents on /collab (issue 17, docs/adr/0020). The server writes the room's state
 * (the map `workshop`); no client can change a phase, reveal, or another's entry, and drafts
 * never travel before the reveal (they are not in the document until then). The one thing
 * clients write is the proposed wording, a Y.Text `wording:<questionId>` per question: the
 * coordinators and the members the facilitator invited, while the workshop is open; everyone
 * else's connection is read-only.
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

/**
 * The texts a workshop's writers may change: the wording of its own questions, within an
 * answer's length, and nothing once the workshop has ended (the server marks its document).
 */
export function workshopFields(questionIds: string[]): (doc: Y.Doc) => FieldRule {
  const own = new Set(questionIds);
  return (doc) => {
    if (doc.getMap(WORKSHOP_STATE.map).get(WORKSHOP_ENDED_KEY)) {
      throw new Refusal('READ_ONLY', null, 'The workshop has ended.');
    }
    return (field) => {
      const questionId = wordingQuestionIdOf(field);
      return questionId !== null && own.has(questionId) ? LIMITS.answerText : null;
    };
  };
}

/**
 * Who may open `workshop:<id>`: members of its collaboration and its own guests. It is
 * writable (the wording) for a coordinator and a member the facilitator invited, while open.
 */
export async function authenticateWorkshop(
  db: Kysely<DB>,
  workshopId: string,
  caller: { user?: { id: string; name: string } | null; guest?: WorkshopGuest | null },
  tokens: number,
  now: string,
): Promise<{ live: LiveContext; readOnly: boolean } | null> {
  const workshop = await findWorkshopById(db, workshopId);
  if (!workshop) return null;
  const base = {
    collaborationId: workshop.collaborationId,
    routineId: '',
    tokens,
    tokensAt: Date.now(),
    acknowledgedUntil: 0,
    workshop: { id: workshopId, fields: workshopFields(JSON.parse(workshop.questionIds)) },
  };
  const membership = caller.user
    ? await findMembership(db, workshop.collaborationId, caller.user.id)
    : undefined;
  if (caller.user && membership) {
    const [actor, participant] = await Promise.all([
      membership.actorId ? findActorById(db, membership.actorId) : undefined,
      findMemberParticipant(db, workshopId, caller.user.id),
    ]);
    const writes = membership.role === 'coordinator' || participant?.wordingHelper === 1;
    const live: LiveContext = {
      ...base,
      userId: caller.user.id,
      name: caller.user.name,
      organisation: actor?.name ?? null,
      role: membership.role,
    };
    return { live, readOnly: !(writes && isOpen(workshop, now)) };
  }
  if (caller.guest?.workshopId === workshopId) {
    // A guest is nobody's account: an id of its own kind, and no name on the wire.
    const userId = `guest:${caller.guest.participantId}`;
    const live: LiveContext = { ...base, userId, name: '', organisation: null, role: 'reader' };
    return { live, readOnly: true };
  }
  return null;
}

/**
 * Fills a freshly loaded workshop document: its stored state (the wordings as they were
 * co-edited), or else each question's standing wording as the first text, then the room's state.
 * The first texts are made by one fixed Yjs client id, so two processes loading the same
 * workshop at once make the very same items, which Yjs merges as one (not the text twice).
 */
export async function loadWorkshopDocument(db: Kysely<DB>, document: Y.Doc, workshopId: string) {
  const stored = await findWorkshopDoc(db, workshopId);
  if (stored) Y.applyUpdate(document, stored, SERVER_ORIGIN);
  else {
    const seed = new Y.Doc();
    seed.clientID = SEED_CLIENT_ID;
    for (const q of await findWorkshopQuestions(db, workshopId)) {
      if (q.proposedText) seed.getText(wordingField(q.questionId)).insert(0, q.proposedText);
    }
    Y.applyUpdate(document, Y.encodeStateAsUpdate(seed), SERVER_ORIGIN);
    seed.destroy();
  }
  await writeWorkshopState(db, document, workshopId);
}
const SEED_CLIENT_ID = 1;

/** Stores the workshop document (its wordings) when one of them changed since the last store. */
export async function storeWorkshopDocument(
  db: Kysely<DB>,
  workshopId: string,
  document: Y.Doc,
  changed: Iterable<string> | null,
  at: string,
) {
  const fields = changed ? [...changed] : [...document.share.keys()];
  if (!fields.some((f) => wordingQuestionIdOf(f) !== null)) return;
  await upsertWorkshopDoc(db, workshopId, Y.encodeStateAsUpdate(document), at);
}

type Sessions = ReturnType<EditSessions['take']>;

/** Live editing sessions in the audit log: a routine's answers, or a workshop's wordings. */
export function auditLiveSessions(
  db: Kysely<DB>,
  documentName: string,
  collaborationId: string,
  sessions: Sessions,
) {
  const workshopId = workshopIdOf(documentName);
  if (workshopId) return auditWordingSessions(db, workshopId, collaborationId, sessions);
  return auditEditSessions(db, routineIdOf(documentName) ?? '', collaborationId, sessions);
}

/** Live work on the wordings, in the audit log when the person leaves ("edited 14:02–14:19"). */
async function auditWordingSessions(
  db: Kysely<DB>,
  workshopId: string,
  collaborationId: string,
  sessions: Sessions,
) {
  const wordings = sessions.filter((s) => wordingQuestionIdOf(s.field) !== null);
  if (wordings.length === 0) return;
  const workshop = await findWorkshopById(db, workshopId);
  const code = workshop?.code ?? '';
  await db.transaction().execute(async (trx) => {
    for (const s of wordings) {
      const question = wordingQuestionIdOf(s.field) ?? '';
      await insertAuditEvent(trx, {
        collaborationId,
        userId: s.userId,
        action: 'workshop.wording_edit',
        targetType: 'workshop',
        targetId: workshopId,
        summary: `workshop ${code}: wording of ${question} edited live ${s.first.toISOString().slice(11, 16)}–${s.last.toISOString().slice(11, 16)} UTC`,
        params: { code, question, from: s.first.toISOString(), to: s.last.toISOString() },
        at: s.last.toISOString(),
      });
    }
  });
}

/** Writes the workshop's public state into its document (the server's own origin). */
export async function writeWorkshopState(db: Kysely<DB>, document: Y.Doc, workshopId: string) {
  const state = await publicWorkshopState(db, workshopId);
  if (!state) return;
  const json = JSON.stringify(state);
  const map = document.getMap<string | boolean>(WORKSHOP_STATE.map);
  const ended = state.state === 'ended';
  if (map.get(WORKSHOP_STATE.key) === json && Boolean(map.get(WORKSHOP_ENDED_KEY)) === ended) {
    return;
  }
  document.transact(() => {
    map.set(WORKSHOP_STATE.key, json);
    if (ended) map.set(WORKSHOP_ENDED_KEY, true);
  }, SERVER_ORIGIN);
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

/**
 * The wording an agreement round was opened on (over HTTP) becomes the live working copy: the
 * document is opened (here, even when nobody has it open: the stored copy must follow), the
 * text set with the smallest edit (concurrent typing elsewhere in it survives), and stored.
 */
export function wordingWriter(
  hocuspocus: Hocuspocus,
  db: Kysely<DB>,
  now: () => string,
): (workshopId: string, questionId: string, text: string) => Promise<void> {
  return async (workshopId, questionId, text) => {
    const document = await hocuspocus.createDocument(
      workshopDocumentNameOf(workshopId),
      {},
      crypto.randomUUID(),
      { isAuthenticated: true, readOnly: false },
      {},
    );
    document.addDirectConnection();
    try {
      let changed = false;
      document.transact(() => {
        changed = setText(document.getText(wordingField(questionId)), text);
      }, SERVER_ORIGIN);
      if (changed) await upsertWorkshopDoc(db, workshopId, Y.encodeStateAsUpdate(document), now());
    } finally {
      document.removeDirectConnection();
    }
    if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document);
  };
}
