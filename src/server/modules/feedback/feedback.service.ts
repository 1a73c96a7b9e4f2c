import type { Kysely } from 'kysely';
import { auditFields } from '../../../contracts/audit-kinds';
import type {
  Feedback,
  FeedbackCounts,
  FeedbackQuery,
  SubmitFeedback,
  TriageFeedback,
} from '../../../contracts/feedback';
import { findPersonalNumbersInFields } from '../../../domain/personnummer';
import { loadRoutineForMember } from '../../core/access';
import { type Clock, isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, staleRevision } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import type { DB, FeedbackTable } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  countFeedbackByStep,
  findFeedbackById,
  findFeedbackOfRoutine,
  findPublishedRoutineBySlug,
  findReviewPeriodOfRoutine,
  insertFeedback,
  isMemberOf,
  updateFeedbackIfRevision,
} from './feedback.repository';

const toFeedback = (r: FeedbackTable): Feedback => ({
  id: r.id,
  routineId: r.routineId,
  step: r.step,
  text: r.text,
  organisation: r.organisation,
  role: r.role,
  versionNumber: r.versionNumber,
  status: r.status,
  note: r.note,
  changeRef: r.changeRef,
  revision: r.revision,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/**
 * The routine a published address takes feedback for: adopted, and public or the sender a
 * member. Anything else is the same 404 as the published page's.
 */
export async function findFeedbackTarget(db: Kysely<DB>, slug: string, userId: string | null) {
  const routine = await findPublishedRoutineBySlug(db, slug);
  if (!routine || routine.adoptedVersion === null) return null;
  if (routine.visibility === 'public') return routine;
  if (userId && (await isMemberOf(db, routine.collaborationId, userId))) return routine;
  return null;
}

/**
 * Stores feedback from a reader of the published routine (no sign-in needed). Free text that
 * looks like a personal identity number is refused (400 PERSONAL_DATA_SUSPECTED) and never
 * stored: a stranger cannot acknowledge it away. A filled honeypot is thanked and dropped.
 */
export async function submitFeedback(
  env: { db: Kysely<DB>; clock: Clock },
  slug: string,
  userId: string | null,
  input: SubmitFeedback,
): Promise<{ stored: boolean }> {
  const routine = await findFeedbackTarget(env.db, slug, userId);
  if (!routine) throw notFound('The routine');
  if (input.website) return { stored: false };
  const matches = findPersonalNumbersInFields({
    text: input.text,
    organisation: input.organisation,
    role: input.role,
  });
  if (matches.length > 0) {
    throw new AppError(
      'PERSONAL_DATA_SUSPECTED',
      'The text seems to contain a Swedish personal identity number. Feedback must not hold data about individuals: remove it and send again.',
      matches,
    );
  }
  const at = isoNow(env.clock);
  const id = crypto.randomUUID();
  await env.db.transaction().execute(async (trx) => {
    await insertFeedback(trx, {
      id,
      routineId: routine.id,
      step: input.step,
      text: input.text,
      organisation: input.organisation ?? null,
      role: input.role ?? null,
      versionNumber: routine.adoptedVersion,
      status: 'new',
      note: null,
      changeRef: null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      updatedBy: null,
    });
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId,
      action: 'feedback.create',
      targetType: 'feedback',
      targetId: id,
      summary: `feedback on step ${input.step} of "${routine.title}"`,
      params: { step: input.step, title: routine.title },
      at,
    });
  });
  return { stored: true };
}

/** The calendar day after an ISO date (`2026-03-31` → `2026-04-01`). */
const dayAfter = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The feedback of a routine, newest first (coordinators: they triage it). `reviewId` keeps the
 * feedback received within that review period, from its first day to the end of its last —
 * the rule of the period's `feedbackCount`, so the count and the list agree.
 */
export async function listFeedback(
  ctx: ServiceContext,
  routineId: string,
  query: FeedbackQuery,
): Promise<Feedback[]> {
  const { membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  const { reviewId, ...filter } = query;
  let period: { since: string; before: string } | undefined;
  if (reviewId !== undefined) {
    // Another routine's period (or an unknown id) is not found, like any id outside the routine.
    const review = await findReviewPeriodOfRoutine(ctx.db, routineId, reviewId);
    if (!review) throw notFound('The review period');
    period = { since: review.periodStart, before: dayAfter(review.periodEnd) };
  }
  const rows = await findFeedbackOfRoutine(ctx.db, routineId, { ...filter, ...period });
  return rows.map(toFeedback);
}

/** Feedback per step, for the overview and the quality panel (any member). */
export async function countFeedback(
  ctx: ServiceContext,
  routineId: string,
): Promise<FeedbackCounts> {
  await loadRoutineForMember(ctx, routineId);
  const counts: FeedbackCounts = {};
  for (const r of await countFeedbackByStep(ctx.db, routineId)) {
    counts[String(r.step)] = { total: r.total, open: r.open };
  }
  return counts;
}

/**
 * Triage (coordinators): status, note and the change it led to, with optimistic concurrency
 * in the UPDATE itself; a stale `baseRevision` answers 409 STALE_REVISION with the current item.
 */
export async function triageFeedback(
  ctx: ServiceContext,
  routineId: string,
  feedbackId: string,
  input: TriageFeedback,
): Promise<Feedback> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findFeedbackById(trx, feedbackId);
    if (!current || current.routineId !== routineId) throw notFound('The feedback');
    const note = input.note === undefined ? current.note : input.note || null;
    const changeRef = input.changeRef === undefined ? current.changeRef : input.changeRef || null;
    await guardPersonalData(trx, { note, changeRef }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'feedback',
      targetId: feedbackId,
      at,
    });
    const updated = await updateFeedbackIfRevision(trx, feedbackId, input.baseRevision, {
      status: input.status,
      note,
      changeRef,
      updatedAt: at,
      updatedBy: ctx.user.id,
    });
    if (!updated) {
      throw staleRevision(
        'This feedback',
        toFeedback(current),
        'This feedback was triaged elsewhere first. Review it and save again.',
      );
    }
    const parts = [
      current.status !== input.status ? changeSummary('status', current.status, input.status) : '',
      note !== current.note ? changeSummary('note', current.note, note) : '',
      changeRef !== current.changeRef
        ? changeSummary('changeRef', current.changeRef, changeRef)
        : '',
    ].filter(Boolean);
    const fields = (
      [
        ['status', current.status !== input.status],
        ['note', note !== current.note],
        ['changeRef', changeRef !== current.changeRef],
      ] as const
    )
      .filter(([, changed]) => changed)
      .map(([field]) => field);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'feedback.triage',
      targetType: 'feedback',
      targetId: feedbackId,
      summary: parts.join('; ') || 'no change',
      params: { status: input.status, fields: auditFields(fields) },
      at,
    });
  });
  const row = await findFeedbackById(ctx.db, feedbackId);
  if (!row) throw notFound('The feedback');
  return toFeedback(row);
}
