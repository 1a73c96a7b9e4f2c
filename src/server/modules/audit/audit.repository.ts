import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface AuditInput {
  collaborationId: string | null;
  userId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  at: string;
}

const SUMMARY_MAX = 500;

/** Writes one audit event; call it inside the transaction of the change it describes. */
export async function insertAuditEvent(db: Kysely<DB>, event: AuditInput): Promise<void> {
  const summary =
    event.summary.length > SUMMARY_MAX
      ? `${event.summary.slice(0, SUMMARY_MAX - 1)}…`
      : event.summary;
  await db
    .insertInto('auditEvents')
    .values({ id: crypto.randomUUID(), ...event, summary })
    .execute();
}

/** "before" → "after" in one short line, quoting and shortening long texts. */
export function changeSummary(field: string, before: string | null, after: string | null): string {
  const short = (s: string | null) =>
    s === null ? '∅' : `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
  return `${field}: ${short(before)} → ${short(after)}`;
}

export interface AuditFilter {
  collaborationId: string;
  targetType?: string;
  targetId?: string;
  userId?: string;
  /** Only events older than this position (newest-first paging). */
  before?: { at: string; id: string };
  limit: number;
}

/** A collaboration's events, newest first (ties broken by id), with the acting user's name. */
export async function findAuditEvents(db: Kysely<DB>, f: AuditFilter) {
  let q = db
    .selectFrom('auditEvents as e')
    .leftJoin('user as u', 'u.id', 'e.userId')
    .select([
      'e.id',
      'e.at',
      'e.userId',
      'u.name as userName',
      'e.action',
      'e.targetType',
      'e.targetId',
      'e.summary',
    ])
    .where('e.collaborationId', '=', f.collaborationId);
  if (f.targetType !== undefined) q = q.where('e.targetType', '=', f.targetType);
  if (f.targetId !== undefined) q = q.where('e.targetId', '=', f.targetId);
  if (f.userId !== undefined) q = q.where('e.userId', '=', f.userId);
  const before = f.before;
  if (before) {
    q = q.where((eb) =>
      eb.or([
        eb('e.at', '<', before.at),
        eb.and([eb('e.at', '=', before.at), eb('e.id', '<', before.id)]),
      ]),
    );
  }
  return q.orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(f.limit).execute();
}
