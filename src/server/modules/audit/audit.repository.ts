import type { Kysely } from 'kysely';
import type { AuditKind } from '../../../contracts/audit-kinds';
import type { DB } from '../../db/schema';

export interface AuditInput {
  collaborationId: string | null;
  userId: string | null;
  action: AuditKind;
  targetType: string;
  targetId: string | null;
  /** The English summary: the fallback for clients and for events without params. */
  summary: string;
  /**
   * The sentence's parameters; the client renders `audit.sentences.<action>` with them. Every
   * kind stores them (an empty object where the sentence needs none); events written before
   * they were stored have none and show `summary`.
   */
  params: AuditParams;
  at: string;
}

export type AuditParams = Record<string, string | number>;

const SUMMARY_MAX = 500;
const PARAM_MAX = 120;

/** Parameters as stored: user texts shortened like the summary's quotes. */
function encodeParams(params: AuditParams | undefined): string | null {
  if (!params) return null;
  const short = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'string' && v.length > PARAM_MAX ? `${v.slice(0, PARAM_MAX - 1)}…` : v,
    ]),
  );
  return JSON.stringify(short);
}

/** Stored parameters back as an object; null when absent or unreadable. */
export function decodeParams(raw: string | null): AuditParams | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as AuditParams)
      : null;
  } catch {
    return null;
  }
}

/** The row an audit event is stored as (a new id, the summary and parameters shortened). */
export function auditEventRow(event: AuditInput) {
  const summary =
    event.summary.length > SUMMARY_MAX
      ? `${event.summary.slice(0, SUMMARY_MAX - 1)}…`
      : event.summary;
  return { id: crypto.randomUUID(), ...event, summary, params: encodeParams(event.params) };
}

/** Writes one audit event; call it inside the transaction of the change it describes. */
export async function insertAuditEvent(db: Kysely<DB>, event: AuditInput): Promise<void> {
  await db.insertInto('auditEvents').values(auditEventRow(event)).execute();
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
      'e.params',
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
