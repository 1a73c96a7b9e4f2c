import type { Kysely } from 'kysely';
import {
  type FieldPersonalNumberMatch,
  findPersonalNumbersInFields,
} from '../../domain/personnummer';
import type { DB } from '../db/schema';
import { insertAuditEvent } from '../modules/audit/audit.repository';
import { AppError } from './errors';

/**
 * The personal-data guard (DESIGN.md): free text that looks like a Swedish personal identity
 * or coordination number is refused with 400 PERSONAL_DATA_SUSPECTED, naming field and span,
 * unless the request acknowledged it — and then the acknowledgement is audited.
 * Call it inside the write's transaction so the audit row lands with the change.
 */
export async function guardPersonalData(
  db: Kysely<DB>,
  fields: Record<string, string | null | undefined>,
  acknowledged: boolean | undefined,
  audit: PersonalDataAudit,
): Promise<void> {
  await guardFoundPersonalData(db, findPersonalNumbersInFields(fields), acknowledged, audit);
}

interface PersonalDataAudit {
  /** null for what belongs to no collaboration (an account's name) */
  collaborationId: string | null;
  userId: string | null;
  targetType: string;
  targetId: string | null;
  at: string;
}

/**
 * The guard for matches found elsewhere (the import scans a large document in a worker
 * thread): refuses them unless acknowledged, and audits an acknowledgement.
 */
export async function guardFoundPersonalData(
  db: Kysely<DB>,
  matches: FieldPersonalNumberMatch[],
  acknowledged: boolean | undefined,
  audit: PersonalDataAudit,
): Promise<void> {
  if (matches.length === 0) return;
  if (!acknowledged) {
    throw new AppError(
      'PERSONAL_DATA_SUSPECTED',
      'The text seems to contain a Swedish personal identity number. The routine must not hold data about individuals. Remove it, or resend with acknowledgePersonalData: true if it is not one.',
      matches,
    );
  }
  await insertAuditEvent(db, {
    ...audit,
    action: 'personal_data.acknowledged',
    summary: `acknowledged ${matches.length} suspected personal number(s) in ${[
      ...new Set(matches.map((m) => m.field)),
    ].join(', ')}`,
    params: { count: matches.length },
  });
}
