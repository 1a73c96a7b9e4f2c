import type { AuditPage, AuditQuery } from '../../../contracts/audit';
import type { ServiceContext } from '../../core/context';
import { validationFailed } from '../../core/errors';
import { requireMembership, requireRole } from '../../core/tenancy';
import { decodeParams, findAuditEvents } from './audit.repository';

/** The paging cursor: the last event's time and id, opaque to clients. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    /* fall through */
  }
  throw validationFailed('query.before', 'is not a cursor from this list');
}

/**
 * The collaboration's Händelselogg (coordinators): newest first, filterable by target and
 * user, paged with an opaque `next` cursor.
 */
export async function listAuditEvents(
  ctx: ServiceContext,
  collaborationId: string,
  query: AuditQuery,
): Promise<AuditPage> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const rows = await findAuditEvents(ctx.db, {
    collaborationId,
    targetType: query.targetType,
    targetId: query.targetId,
    userId: query.userId,
    before: query.before === undefined ? undefined : decodeCursor(query.before),
    limit: query.limit + 1,
  });
  const events = rows
    .slice(0, query.limit)
    .map((row) => ({ ...row, params: decodeParams(row.params) }));
  const last = events.at(-1);
  return {
    events,
    ...(rows.length > query.limit && last ? { next: encodeCursor(last.at, last.id) } : {}),
  };
}
