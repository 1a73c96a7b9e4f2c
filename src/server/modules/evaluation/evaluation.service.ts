import type { Kysely } from 'kysely';
import { auditFields } from '../../../contracts/audit-kinds';
import type {
  CreateReviewPeriod,
  IndicatorValue,
  ReviewPeriod,
  RoutineLifecycle,
  UpdateReviewPeriod,
} from '../../../contracts/evaluation';
import { routineLifecycle } from '../../../domain/lifecycle';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notAnActorOfCollaboration, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import { requireRevision } from '../../db/revision';
import type { DB, ReviewPeriodsTable } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  deleteReviewPeriodRow,
  findActorIdsOfCollaboration,
  findFeedbackTimes,
  findNextReviewDate,
  findReviewPeriod,
  findReviewPeriodsOfRoutine,
  findRevisionStartOfVersion,
  insertReviewPeriod,
  updateReviewPeriodFields,
} from './evaluation.repository';

/** Feedback received from the first day of the period to the end of its last day. */
function countInPeriod(times: readonly string[], row: ReviewPeriodsTable): number {
  return times.filter((t) => t.slice(0, 10) >= row.periodStart && t.slice(0, 10) <= row.periodEnd)
    .length;
}

export const toReviewPeriod = (row: ReviewPeriodsTable, feedbackTimes: readonly string[]) =>
  ({
    id: row.id,
    routineId: row.routineId,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    indicatorValues: JSON.parse(row.indicatorValues) as IndicatorValue[],
    meetingDate: row.meetingDate,
    presentActorIds: JSON.parse(row.presentActorIds) as string[],
    decisions: row.decisions,
    feedbackCount: countInPeriod(feedbackTimes, row),
    revisionStartedAt: row.revisionStartedAt,
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }) satisfies ReviewPeriod;

/** A period's own text checks: first day not after the last (400, naming the field). */
function requireOrderedDates(periodStart: string, periodEnd: string) {
  if (periodStart > periodEnd) {
    throw validationFailed('periodEnd', 'is before periodStart');
  }
}

/** Every organisation at the meeting must be one of the collaboration's actors (400). */
async function requireOwnActors(db: Kysely<DB>, collaborationId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await findActorIdsOfCollaboration(db, collaborationId, unique);
  if (found.length !== unique.length) {
    throw notAnActorOfCollaboration('presentActorIds');
  }
  return unique;
}

const freeTexts = (row: Pick<ReviewPeriodsTable, 'decisions' | 'indicatorValues'>) => ({
  decisions: row.decisions,
  ...Object.fromEntries(
    (JSON.parse(row.indicatorValues) as IndicatorValue[]).map((v, i) => [
      `indicatorValues.${i}.value`,
      v.value,
    ]),
  ),
});

/** The routine's review periods, newest first, each with its feedback count (members). */
export async function listReviewPeriods(
  ctx: ServiceContext,
  routineId: string,
): Promise<ReviewPeriod[]> {
  await loadRoutineForMember(ctx, routineId);
  const [rows, times] = await Promise.all([
    findReviewPeriodsOfRoutine(ctx.db, routineId),
    findFeedbackTimes(ctx.db, routineId),
  ]);
  return rows.map((r) => toReviewPeriod(r, times));
}

/**
 * Records a review period (coordinators): its dates, indicator values, the review meeting.
 * Free text passes the personal-data guard; the period and its audit row in one transaction.
 */
export async function createReviewPeriod(
  ctx: ServiceContext,
  routineId: string,
  input: CreateReviewPeriod,
): Promise<ReviewPeriod> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  requireOrderedDates(input.periodStart, input.periodEnd);
  const present = await requireOwnActors(
    ctx.db,
    routine.collaborationId,
    input.presentActorIds ?? [],
  );
  const at = isoNow(ctx.clock);
  const row: ReviewPeriodsTable = {
    id: crypto.randomUUID(),
    routineId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    indicatorValues: JSON.stringify(input.indicatorValues ?? []),
    meetingDate: input.meetingDate ?? null,
    presentActorIds: JSON.stringify(present),
    decisions: input.decisions ?? '',
    revisionStartedAt: null,
    revisionStartedBy: null,
    revisionOfVersion: null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: ctx.user.id,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(trx, freeTexts(row), input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'review_period',
      targetId: row.id,
      at,
    });
    await insertReviewPeriod(trx, row);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'review_period.create',
      targetType: 'review_period',
      targetId: row.id,
      summary: `review period ${row.periodStart} – ${row.periodEnd} of "${routine.title}"`,
      params: { title: routine.title, start: row.periodStart, end: row.periodEnd },
      at,
    });
  });
  return toReviewPeriod(row, await findFeedbackTimes(ctx.db, routineId));
}

/**
 * Changes a review period (coordinators). The revision check is the UPDATE's own condition
 * (`requireRevision`, first in the transaction): a stale `baseRevision` answers 409
 * STALE_REVISION with the period as it stands.
 */
export async function patchReviewPeriod(
  ctx: ServiceContext,
  routineId: string,
  id: string,
  input: UpdateReviewPeriod,
): Promise<ReviewPeriod> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  const present =
    input.presentActorIds === undefined
      ? undefined
      : await requireOwnActors(ctx.db, routine.collaborationId, input.presentActorIds);
  const at = isoNow(ctx.clock);
  const times = await findFeedbackTimes(ctx.db, routineId);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const revision = await requireRevision(trx, {
      table: 'reviewPeriods',
      key: { id, routineId },
      baseRevision: input.baseRevision,
      what: 'The review period',
      current: async () => {
        const now = await findReviewPeriod(trx, routineId, id);
        return now ? toReviewPeriod(now, times) : null;
      },
    });
    const current = await findReviewPeriod(trx, routineId, id);
    if (!current) throw notFound('The review period');
    const next: ReviewPeriodsTable = {
      ...current,
      periodStart: input.periodStart ?? current.periodStart,
      periodEnd: input.periodEnd ?? current.periodEnd,
      indicatorValues:
        input.indicatorValues === undefined
          ? current.indicatorValues
          : JSON.stringify(input.indicatorValues),
      meetingDate: input.meetingDate === undefined ? current.meetingDate : input.meetingDate,
      presentActorIds: present === undefined ? current.presentActorIds : JSON.stringify(present),
      decisions: input.decisions ?? current.decisions,
      revision,
      updatedAt: at,
      updatedBy: ctx.user.id,
    };
    requireOrderedDates(next.periodStart, next.periodEnd);
    await guardPersonalData(trx, freeTexts(next), input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'review_period',
      targetId: id,
      at,
    });
    const { id: _id, routineId: _r, revision: _rev, createdAt: _c, ...fields } = next;
    const {
      revisionStartedAt: _s,
      revisionStartedBy: _b,
      revisionOfVersion: _v,
      ...writable
    } = fields;
    await updateReviewPeriodFields(trx, id, writable);
    const changed = (
      ['periodStart', 'periodEnd', 'indicatorValues', 'meetingDate', 'presentActorIds'] as const
    ).filter((k) => next[k] !== current[k]);
    const parts = [
      ...changed,
      next.decisions !== current.decisions
        ? changeSummary('decisions', current.decisions, next.decisions)
        : '',
    ].filter(Boolean);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'review_period.update',
      targetType: 'review_period',
      targetId: id,
      summary: `review period ${next.periodStart} – ${next.periodEnd}: ${parts.join('; ') || 'no change'}`,
      params: {
        start: next.periodStart,
        end: next.periodEnd,
        fields: auditFields([
          ...changed,
          ...(next.decisions !== current.decisions ? (['decisions'] as const) : []),
        ]),
      },
      at,
    });
    return next;
  });
  return toReviewPeriod(row, times);
}

/** Removes a review period (coordinators); audited. One a revision started from is kept (409). */
export async function deleteReviewPeriod(
  ctx: ServiceContext,
  routineId: string,
  id: string,
): Promise<void> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findReviewPeriod(trx, routineId, id);
    if (!current) throw notFound('The review period');
    if (current.revisionStartedAt !== null) {
      // It records when and from what a revision started: the history stays.
      throw new AppError(
        'CONFLICT',
        'A revision was started from this review period, so it is kept. Change it instead.',
      );
    }
    await deleteReviewPeriodRow(trx, id);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'review_period.delete',
      targetType: 'review_period',
      targetId: id,
      summary: `removed review period ${current.periodStart} – ${current.periodEnd}`,
      params: { start: current.periodStart, end: current.periodEnd },
      at,
    });
  });
}

/** Where the routine stands: adopted → in use → evaluation due → under revision (members). */
export async function getRoutineLifecycle(
  ctx: ServiceContext,
  routineId: string,
): Promise<RoutineLifecycle> {
  const { routine } = await loadRoutineForMember(ctx, routineId);
  const version = routine.adoptedVersion;
  const [nextReviewDate, revisionStartedAt] = await Promise.all([
    findNextReviewDate(ctx.db, routineId),
    version === null ? null : findRevisionStartOfVersion(ctx.db, routineId, version),
  ]);
  const adoptedAt = version === null ? null : routine.adoptedAt;
  const life = routineLifecycle({
    adoptedVersion: version,
    adoptedAt,
    nextReviewDate,
    revisionOfVersion: revisionStartedAt === null ? null : version,
    today: isoNow(ctx.clock).slice(0, 10),
  });
  return { ...life, adoptedVersion: version, adoptedAt, nextReviewDate, revisionStartedAt };
}
