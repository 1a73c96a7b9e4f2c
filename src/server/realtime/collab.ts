import websocket from '@fastify/websocket';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import {
  type Connection,
  type Document,
  Hocuspocus,
  type onAuthenticatePayload,
} from '@hocuspocus/server';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type * as Y from 'yjs';
import {
  CLOSE_REASONS,
  type ClientMessage,
  documentNameOf,
  routineIdOf,
  type ServerMessage,
  workshopDocumentNameOf,
  workshopIdOf,
} from '../../domain/collab';
import { answersChangedAnnouncer } from './collab.announce';
import { CollabBus } from './collab.bus';
import { checkUpdate, Refusal, updateOfMessage } from './collab.guard';
import { broadcastToRoutine, closeSocket, recheckMember } from './collab.membership';
import {
  acknowledgeInAudit,
  EditSessions,
  loadLiveDocument,
  SERVER_ORIGIN,
  setText,
  storeLiveDocument,
} from './collab.persistence';
import { findLiveAccess, findRoutineCollaboration } from './collab.repository';
import {
  type Collab,
  type CollabLimits,
  changedFields,
  type DocumentState,
  type LiveContext,
} from './collab.types';
import {
  auditLiveSessions,
  authenticateWorkshop,
  loadWorkshopDocument,
  readLiveCaller,
  storeWorkshopDocument,
  wordingWriter,
  workshopRefresher,
} from './collab.workshop';

export { type Collab, type CollabLimits, DEFAULT_COLLAB_LIMITS } from './collab.types';

const HOCUSPOCUS_WS_CLOSE = { code: 4000 };

/** Hocuspocus on Fastify's own server at /collab; see docs/ARCHITECTURE.md "Concurrency and real time". */
export async function registerCollab(
  app: FastifyInstance,
  opts: { redisUrl: string | null; limits: CollabLimits },
): Promise<void> {
  const { limits } = opts;
  const db = app.database.db;
  const states = new WeakMap<Y.Doc, DocumentState>();
  const connectionsPerDocument = new Map<string, number>();
  const bus = new CollabBus(opts.redisUrl);
  const redisUrl = opts.redisUrl ?? '';
  const redis = opts.redisUrl
    ? new RedisExtension({
        prefix: 'samrutin',
        // ioredis 5.11 sends CLIENT SETINFO, which breaks subscriber mode (STACK.md).
        createClient: () => new Redis(redisUrl, { disableClientInfo: true }),
      })
    : null;

  const send = (connection: Connection, message: ServerMessage) =>
    connection.sendStateless(JSON.stringify(message));

  const contextOf = (connection: Connection) => connection.context as LiveContext;

  const hocuspocus = new Hocuspocus({
    name: `samrutin-${bus.id.slice(0, 8)}`,
    quiet: true,
    debounce: limits.debounceMs,
    maxDebounce: limits.maxDebounceMs,
    extensions: [
      ...(redis ? [redis] : []),
      {
        // Below the Redis extension: it takes its store lock first.
        priority: 10,

        async onAuthenticate({ documentName, context, connectionConfig }: onAuthenticatePayload) {
          const routineId = routineIdOf(documentName);
          const user = (context as { user?: { id: string; name: string } }).user;
          const open = connectionsPerDocument.get(documentName) ?? 0;
          const tokens = limits.messageBurst;
          if (open >= limits.maxConnectionsPerRoutine) {
            throw { reason: CLOSE_REASONS.tooManyConnections };
          }
          const workshopId = workshopIdOf(documentName);
          if (workshopId) {
            const now = app.clock.now().toISOString();
            const found = await authenticateWorkshop(db, workshopId, context, tokens, now);
            if (!found) throw { reason: 'not-found' };
            connectionConfig.readOnly = found.readOnly; // only the wording, by its writers
            return found.live;
          }
          if (!routineId || !user) throw { reason: 'not-found' };
          const access = await findLiveAccess(db, routineId, user.id);
          if (!access) throw { reason: 'not-found' };
          connectionConfig.readOnly = access.role === 'reader';
          const live: LiveContext = {
            userId: user.id,
            name: user.name,
            organisation: access.organisation,
            role: access.role,
            collaborationId: access.collaborationId,
            routineId,
            tokens,
            tokensAt: Date.now(),
            acknowledgedUntil: 0,
          };
          return live;
        },

        async onLoadDocument({ document, documentName }) {
          const routineId = routineIdOf(documentName);
          const workshopId = workshopIdOf(documentName);
          if (!routineId && !workshopId) return;
          // Never throw here (it would leak the document): a failed load leaves it empty.
          try {
            if (workshopId) await loadWorkshopDocument(db, document, workshopId);
            else if (routineId) await loadLiveDocument(db, routineId, document);
          } catch (err) {
            app.log.error({ err, routineId }, 'loading a live document failed');
          }
        },

        async afterLoadDocument({ document, documentName, context }) {
          const state: DocumentState = {
            collaborationId: (context as LiveContext).collaborationId ?? '',
            lastEditors: new Map(),
            sessions: new EditSessions(),
            unstored: null,
            announcer: answersChangedAnnouncer(document, routineIdOf(documentName)),
          };
          states.set(document, state);
          document.on('afterTransaction', (tr: Y.Transaction) => {
            if (tr.changed.size === 0) return;
            const fields = changedFields(document, tr);
            for (const field of fields) state.unstored?.add(field);
            const origin = tr.origin as Connection | undefined;
            const live =
              origin && typeof origin === 'object' && 'context' in origin
                ? (origin.context as LiveContext)
                : null;
            if (!live?.userId) return;
            const now = app.clock.now();
            for (const field of fields) {
              state.lastEditors.set(field, live.userId);
              state.sessions.touch(live.userId, field, now);
            }
          });
          if (!state.collaborationId) {
            const routineId = routineIdOf(documentName);
            const row = routineId ? await findRoutineCollaboration(db, routineId) : undefined;
            state.collaborationId = row?.collaborationId ?? '';
          }
        },

        async connected({ connection, documentName }) {
          connectionsPerDocument.set(
            documentName,
            (connectionsPerDocument.get(documentName) ?? 0) + 1,
          );
          const live = contextOf(connection);
          send(connection, {
            type: 'hello',
            user: {
              id: live.userId,
              name: live.name,
              organisation: live.organisation,
              role: live.role,
            },
          });
        },

        async onDisconnect({ documentName, document, context }) {
          const live = context as Partial<LiveContext>;
          if (!live.userId) return;
          const n = (connectionsPerDocument.get(documentName) ?? 1) - 1;
          if (n <= 0) connectionsPerDocument.delete(documentName);
          else connectionsPerDocument.set(documentName, n);
          const state = states.get(document);
          const stillHere = [...document.getConnections()].some(
            (c) => contextOf(c).userId === live.userId,
          );
          if (!state || stillHere) return;
          // Logged, not thrown: when the server closes, the database may be gone already.
          await auditLiveSessions(
            db,
            documentName,
            state.collaborationId,
            state.sessions.take(live.userId),
          ).catch((err) => app.log.warn({ err }, 'auditing a live session failed'));
        },

        async beforeHandleMessage({ connection, document, update: data }) {
          const live = contextOf(connection);
          const now = Date.now();
          live.tokens = Math.min(
            limits.messageBurst,
            live.tokens + ((now - live.tokensAt) / 1000) * limits.messagesPerSecond,
          );
          live.tokensAt = now;
          live.tokens -= 1;
          if (live.tokens < 0 || data.length > limits.maxMessageBytes) {
            const rateLimited = live.tokens < 0;
            send(connection, {
              type: 'refused',
              code: rateLimited ? 'RATE_LIMITED' : 'DOCUMENT_TOO_LARGE',
              field: null,
              message: rateLimited
                ? 'Too many messages; reconnecting.'
                : 'The change is too large.',
            });
            closeSocket(
              connection,
              rateLimited ? 4429 : 4413,
              rateLimited ? CLOSE_REASONS.rateLimited : CLOSE_REASONS.tooLarge,
            );
            throw { ...HOCUSPOCUS_WS_CLOSE, reason: 'refused' };
          }
          const update = updateOfMessage(data);
          if (!update) return;
          if (connection.readOnly) {
            // Hocuspocus drops it; say so, so a reader's client can show why.
            return;
          }
          try {
            const { personalNumbers } = checkUpdate(document, update, {
              acknowledged: live.acknowledgedUntil > now,
              maxDocumentBytes: limits.maxDocumentBytes,
              fields: live.workshop?.fields(document),
            });
            if (personalNumbers.length > 0) {
              live.acknowledgedUntil = 0;
              await acknowledgeInAudit(db, live, personalNumbers.length, app.clock.now());
            }
          } catch (err) {
            if (!(err instanceof Refusal)) throw err;
            send(connection, {
              type: 'refused',
              code: err.refusal,
              field: err.field,
              message: err.message,
            });
            const reason =
              err.refusal === 'PERSONAL_DATA_SUSPECTED'
                ? CLOSE_REASONS.personalData
                : err.refusal === 'READ_ONLY' // an ended workshop: reconnect, read-only now
                  ? CLOSE_REASONS.roleChanged
                  : CLOSE_REASONS.tooLarge;
            closeSocket(connection, 4422, reason);
            throw { code: 4422, reason };
          }
        },

        async onStateless({ connection, payload }) {
          let message: ClientMessage;
          try {
            message = JSON.parse(payload) as ClientMessage;
          } catch {
            return;
          }
          if (message.type === 'acknowledge-personal-data' && !connection.readOnly) {
            contextOf(connection).acknowledgedUntil = Date.now() + 60_000;
            // Messages of one socket are checked concurrently, so an update sent right behind
            // the acknowledgement could be checked before it: the client waits for this answer.
            const field = typeof message.field === 'string' ? message.field : '';
            send(connection, { type: 'acknowledged', field });
          }
        },

        async onStoreDocument({ document, documentName }) {
          const routineId = routineIdOf(documentName);
          const workshopId = workshopIdOf(documentName);
          const state = states.get(document);
          if (!state) return;
          // Only the texts changed since the last store are projected (all after loading).
          const fields = state.unstored ?? [...document.share.keys()];
          state.unstored = new Set();
          const at = app.clock.now().toISOString();
          if (workshopId) return storeWorkshopDocument(db, workshopId, document, fields, at);
          if (!routineId) return;
          let projected: boolean;
          try {
            projected = await storeLiveDocument(
              db,
              routineId,
              document,
              state.lastEditors,
              at,
              fields,
            );
          } catch (err) {
            for (const field of fields) state.unstored?.add(field);
            throw err;
          }
          // Progress, the quality check and other views derive from the projection: refetch.
          if (projected) state.announcer.announce();
        },

        async beforeUnloadDocument({ document, documentName }) {
          const state = states.get(document);
          if (!state) return;
          state.announcer.close();
          await auditLiveSessions(
            db,
            documentName,
            state.collaborationId,
            state.sessions.take(null),
          );
        },
      },
    ],
  });

  const loaded = (routineId: string) => hocuspocus.documents.get(documentNameOf(routineId));

  async function flushLocal(documentName: string): Promise<void> {
    const document = hocuspocus.documents.get(documentName);
    if (!document) return;
    const id = `onStoreDocument-${document.name}`;
    if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
    else if (hocuspocus.debouncer.isCurrentlyExecuting(id))
      await document.saveMutex.waitForUnlock();
  }

  bus.on((event) => {
    if (event.type === 'membership')
      void recheckMember(
        db,
        hocuspocus,
        app.clock.now().toISOString(),
        event.collaborationId,
        event.userId,
      );
    if (event.type === 'flush' && event.from !== bus.id) {
      void flushLocal(event.documentName)
        .catch((err) => app.log.error({ err }, 'flush failed'))
        .finally(() => bus.answerFlush(event.requestId, event.from));
    }
  });

  const writeWording = wordingWriter(hocuspocus, db, () => app.clock.now().toISOString());
  const collab: Collab = {
    hocuspocus,
    async applyText(routineId, field, text) {
      // With Redis the document may be open in another process only: opening it here lets
      // the extension carry the edit over; without Redis an unopened document has nothing to do.
      if (!loaded(routineId) && !redis) return;
      const document = await hocuspocus.createDocument(
        documentNameOf(routineId),
        {},
        crypto.randomUUID(),
        { isAuthenticated: true, readOnly: false },
        {},
      );
      document.addDirectConnection();
      try {
        // A string origin: Hocuspocus schedules the store (and unloads it after, if unused).
        document.transact(() => setText(document.getText(field), text), SERVER_ORIGIN);
      } finally {
        document.removeDirectConnection();
      }
      if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document);
    },
    async flush(routineId) {
      await flushLocal(documentNameOf(routineId));
      await bus.flushEverywhere(documentNameOf(routineId));
    },
    async setWording(workshopId, questionId, text) {
      // As for answers: edits typed in any process land (are stored) first.
      await flushLocal(workshopDocumentNameOf(workshopId));
      await bus.flushEverywhere(workshopDocumentNameOf(workshopId));
      await writeWording(workshopId, questionId, text);
    },
    notifyChanged(routineIds, path, by) {
      for (const id of routineIds)
        broadcastToRoutine(hocuspocus, redis, id, { type: 'changed', path, by });
    },
    membershipChanged(collaborationId, userId) {
      void bus.publish({ type: 'membership', collaborationId, userId });
    },
    loadedDocuments: () => hocuspocus.documents.size,
    workshopChanged: workshopRefresher(hocuspocus, db, redis !== null, (err) =>
      app.log.error({ err }, 'updating a live workshop failed'),
    ),
  };
  app.decorate('collab', collab);

  await bus.start();
  await app.register(websocket, { options: { maxPayload: limits.maxMessageBytes } });
  app.get(
    '/collab',
    {
      websocket: true,
      schema: { hide: true },
      // The Origin check and the session (or a workshop guest's cookie): 401/403 before any socket.
      preValidation: async (request) => readLiveCaller(app, request),
    },
    (socket, request) => {
      hocuspocus.handleConnection(socket, request.raw, {
        user: request.user,
        guest: request.workshopGuest,
      });
    },
  );

  // preClose: before the database closes (its own hook is an onClose one).
  app.addHook('preClose', async () => {
    hocuspocus.closeConnections();
    for (const document of [...hocuspocus.documents.values()]) {
      await flushLocal(document.name).catch(() => {});
    }
    // Let the unloads finish (the Redis extension unsubscribes in them) before it disconnects.
    for (let i = 0; i < 100 && hocuspocus.documents.size > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    await bus.close();
  });
}

export type { Document };
