import type { Hocuspocus } from '@hocuspocus/server';
import type * as Y from 'yjs';
import type { Role } from '../../contracts/common';
import type { ChangeAnnouncer } from './collab.announce';
import type { FieldRule } from './collab.guard';
import type { EditSessions } from './collab.persistence';

/** The live server's limits, per-connection and per-document state, and its face to the app. */
export interface CollabLimits {
  /** Open connections to one routine's document (every process counts its own). */
  maxConnectionsPerRoutine: number;
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  messageBurst: number;
  /** Bytes of the encoded document, and of one message. */
  maxDocumentBytes: number;
  maxMessageBytes: number;
  /** Projection into the answers table: after this quiet time, and at least this often. */
  debounceMs: number;
  maxDebounceMs: number;
}

export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  maxConnectionsPerRoutine: 100,
  messagesPerSecond: 30,
  messageBurst: 200,
  maxDocumentBytes: 4 * 1024 * 1024,
  maxMessageBytes: 1024 * 1024,
  debounceMs: 400,
  maxDebounceMs: 1500,
};

/** What a live connection knows about its person (Hocuspocus's per-connection context). */
export interface LiveContext {
  userId: string;
  name: string;
  organisation: string | null;
  role: Role;
  collaborationId: string;
  routineId: string;
  tokens: number;
  tokensAt: number;
  acknowledgedUntil: number;
  /** A workshop's document: its id, and the texts its writers may change (collab.workshop.ts). */
  workshop?: { id: string; fields: (doc: Y.Doc) => FieldRule };
}

/**
 * Per loaded document: its collaboration, the last live editor of each field, open sessions,
 * and the fields changed since the last store (null: all, as after loading).
 */
export interface DocumentState {
  collaborationId: string;
  lastEditors: Map<string, string>;
  sessions: EditSessions;
  unstored: Set<string> | null;
  /** the throttled "answers changed" note to this document's connections */
  announcer: ChangeAnnouncer;
}

/** The field (root name) of each changed root type of a transaction. */
export function changedFields(doc: Y.Doc, tr: Y.Transaction): string[] {
  const fields: string[] = [];
  for (const type of tr.changed.keys()) {
    if (type._item !== null) continue; // nested types are not fields
    for (const [field, root] of doc.share) {
      if (root === type) {
        fields.push(field);
        break;
      }
    }
  }
  return fields;
}

export interface Collab {
  hocuspocus: Hocuspocus;
  /** Writes a text into a routine's live document as an edit (REST PUT/PATCH), if anyone has it open. */
  applyText(routineId: string, field: string, text: string): Promise<void>;
  /** Sets a workshop question's live wording (an agreement round opened over HTTP on it). */
  setWording(workshopId: string, questionId: string, text: string): Promise<void>;
  /** Stores and projects a routine's pending live edits now, in every process. */
  flush(routineId: string): Promise<void>;
  /** Tells every open copy of the routines to refetch what changed (a change message). */
  notifyChanged(routineIds: string[], path: string, by: string | null): void;
  /** Re-checks one person's membership at once: removed → disconnected, role changed → reconnect. */
  membershipChanged(collaborationId: string, userId: string): void;
  /** Documents loaded in this process (tests, metrics). */
  loadedDocuments(): number;
  /** A workshop changed over HTTP: its live document gets the new public state (collab.workshop.ts). */
  workshopChanged(workshopId: string): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    collab: Collab;
  }
}
