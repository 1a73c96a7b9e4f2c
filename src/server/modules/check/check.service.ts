import type { Kysely } from 'kysely';
import type { CheckFinding, CheckResult } from '../../../contracts/check';
import { countFindings, type Finding, runChecks } from '../../../domain/quality';
import { loadRoutineForMember } from '../../core/access';
import type { Clock, ServiceContext } from '../../core/context';
import type { DB } from '../../db/schema';
import { loadDraftSnapshot } from '../snapshots/snapshot.service';

export const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Sweden, where the routines are used, by the injected clock. */
export const swedishToday = (clock: Clock): string => SWEDISH_DATE.format(clock.now());

/**
 * Runs the quality check on a routine's live draft. No access check: callers check first.
 * The versions freeze calls it and refuses with ROUTINE_HAS_BLOCKERS when any finding is a
 * blocker (`hasBlockers` in domain/quality).
 *
 * @param today YYYY-MM-DD, for rules about dates (timeline, evaluation plan)
 */
export async function checkRoutine(
  db: Kysely<DB>,
  routineId: string,
  today: string,
): Promise<Finding[]> {
  return runChecks({ snapshot: await loadDraftSnapshot(db, routineId), today });
}

/** A finding as the API answers it: `message` and `source` in one language, both in `messages`. */
export function toCheckFinding(finding: Finding, lang: 'sv' | 'en'): CheckFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message[lang],
    messages: { sv: finding.message.sv, en: finding.message.en },
    target: finding.target,
    ...(finding.source ? { source: finding.source[lang] } : {}),
  };
}

/**
 * GET /api/routines/:rid/check: what the routine still lacks, for any member
 * (404 for a routine the caller cannot see).
 */
export async function getRoutineCheck(
  ctx: ServiceContext,
  routineId: string,
  lang: 'sv' | 'en',
): Promise<CheckResult> {
  await loadRoutineForMember(ctx, routineId);
  const findings = await checkRoutine(ctx.db, routineId, swedishToday(ctx.clock));
  return {
    findings: findings.map((f) => toCheckFinding(f, lang)),
    counts: countFindings(findings),
  };
}
