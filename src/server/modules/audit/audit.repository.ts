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
