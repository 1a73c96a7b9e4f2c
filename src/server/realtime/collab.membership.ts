import type { Connection, Hocuspocus } from '@hocuspocus/server';
import { OutgoingMessage } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import {
  CLOSE_REASONS,
  documentNameOf,
  type ServerMessage,
  workshopIdOf,
} from '../../domain/collab';
import type { DB } from '../db/schema';
import { findLiveAccess } from './collab.repository';
import type { LiveContext } from './collab.types';
import { authenticateWorkshop } from './collab.workshop';

/** Closes a connection's whole socket with a reason the client shows (it reconnects if it may). */
export function closeSocket(connection: Connection, code: number, reason: string): void {
  connection.close({ code, reason });
  const socket = (connection as unknown as { webSocket: { close(c: number, r: string): void } })
    .webSocket;
  socket.close(code, reason);
}

/**
 * Re-checks one person's open connections after a membership change: removed → closed (4403);
 * another role, or (in a workshop) the right to write the wording given or taken → closed with
 * 4409, and the client reconnects with its new rights.
 */
export async function recheckMember(
  db: Kysely<DB>,
  hocuspocus: Hocuspocus,
  now: string,
  collaborationId: string,
  userId: string,
): Promise<void> {
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections()) {
      const live = connection.context as LiveContext;
      if (live.userId !== userId || live.collaborationId !== collaborationId) continue;
      // A workshop's document (no routine): its membership, and whether they write the wording.
      const workshopId = workshopIdOf(document.name);
      const found = workshopId
        ? await authenticateWorkshop(db, workshopId, { user: { id: userId, name: '' } }, 0, now)
        : null;
      const access = workshopId
        ? found && { role: found.live.role }
        : await findLiveAccess(db, live.routineId, userId);
      if (!access) closeSocket(connection, 4403, CLOSE_REASONS.removed);
      else if (access.role !== live.role || (found && found.readOnly !== connection.readOnly))
        closeSocket(connection, 4409, CLOSE_REASONS.roleChanged);
    }
  }
}

/**
 * A stateless message to everyone with the routine's document open: through the document when
 * it is open here (the Redis extension forwards it), else straight on its Redis channel for the
 * processes that have it open.
 */
export function broadcastToRoutine(
  hocuspocus: Hocuspocus,
  redis: unknown,
  routineId: string,
  message: ServerMessage,
): void {
  const payload = JSON.stringify(message);
  const name = documentNameOf(routineId);
  const document = hocuspocus.documents.get(name);
  if (document) {
    document.broadcastStateless(payload);
    return;
  }
  if (redis) {
    const ext = redis as {
      pub: { publish(channel: string, data: Buffer): Promise<number> };
      encodeMessage(m: Uint8Array): Buffer;
    };
    const frame = new OutgoingMessage(name).writeBroadcastStateless(payload).toUint8Array();
    void ext.pub.publish(`samrutin:${name}`, ext.encodeMessage(frame)).catch(() => {});
  }
}
