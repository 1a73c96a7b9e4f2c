import { COMMENT_BODY_MAX } from '../../../contracts/comments';
import type { StartedRevision, StartRevision } from '../../../contracts/evaluation';
import { lowerLabels, VOCABULARY } from '../../../domain/vocabulary-labels';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound } from '../../core/errors';
import { requireRole } from '../../core/tenancy';
import { lockRoutine } from '../../db/dialect';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import { insertAuditEvent } from '../audit/audit.repository';
import { insertComment } from '../comments/comments.repository';
import {
  findFeedbackTimes,
  findFeedbackToCarry,
  findReviewPeriod,
  markRevisionStarted,
} from './evaluation.repository';
import { toReviewPeriod } from './evaluation.service';

/** Where an item for the routine as a whole goes: step 6, follow-up and evaluation. */
const WHOLE_ROUTINE_STEP = 6;

/** The texts are the group's own data (Swedish), like the default milestones' titles. */
const FEEDBACK_STATUS_SV = lowerLabels(VOCABULARY.sv.feedbackStatus);

const clip = (text: string) =>
  text.length > COMMENT_BODY_MAX ? `${text.slice(0, COMMENT_BODY_MAX - 1)}…` : text;

/**
 * "Starta revidering" (coordinators): marks that a revision of the adopted routine starts
 * from this review period, and carries the period's decisions and the feedback that led to a
 * change or is still open to the step pages as open comment threads ("Från utvärderingen: …").
 * The draft already continues from the adopted content, and the adopted version stays
 * published until a new one is signed. 409 CONFLICT when the routine is not adopted or a
 * revision is already under way (decided inside the UPDATE, after the routine's lock).
 */
export async function startRevision(
  ctx: ServiceContext,
  routineId: string,
  periodId: string,
  input: StartRevision,
): Promise<StartedRevision> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'coordinator');
  // Another routine's period is not found, whatever this routine's state (tenancy first).
  if (!(await findReviewPeriod(ctx.db, routineId, periodId))) throw notFound('The review period');
  const version = routine.adoptedVersion;
  if (version === null) {
    throw new AppError(
      'CONFLICT',
      'Only an adopted routine can be revised. Adopt a version first.',
    );
  }
  const at = isoNow(ctx.clock);
  const times = await findFeedbackTimes(ctx.db, routineId);
  return ctx.db.transaction().execute(async (trx) => {
    await lockRoutine(trx, routineId);
    const revision = await requireRevision(trx, {
      table: 'reviewPeriods',
      key: { id: periodId, routineId },
      baseRevision: input.baseRevision,
      what: 'The review period',
      current: async () => {
        const now = await findReviewPeriod(trx, routineId, periodId);
        return now ? toReviewPeriod(now, times) : null;
      },
    });
    const started = await markRevisionStarted(trx, periodId, {
      routineId,
      version,
      at,
      by: ctx.user.id,
    });
    if (!started) {
      throw new AppError('CONFLICT', 'A revision of this routine is already under way.');
    }
    const period = await findReviewPeriod(trx, routineId, periodId);
    if (!period) throw notFound('The review period');
    const range = `${period.periodStart} – ${period.periodEnd}`;
    const items: { step: number; body: string }[] = [];
    if (period.decisions.trim()) {
      items.push({
        step: WHOLE_ROUTINE_STEP,
        body: `Från utvärderingen (${range}), beslut: ${period.decisions.trim()}`,
      });
    }
    for (const f of await findFeedbackToCarry(trx, routineId)) {
      const status = FEEDBACK_STATUS_SV[f.status as keyof typeof FEEDBACK_STATUS_SV];
      const extra = [f.note, f.changeRef].filter(Boolean).join(' – ');
      items.push({
        step: f.step === 0 ? WHOLE_ROUTINE_STEP : f.step,
        body: `Från utvärderingen, återkoppling (${status}): ${f.text}${extra ? `\nAnteckning: ${extra}` : ''}`,
      });
    }
    const openItems: StartedRevision['openItems'] = [];
    for (const item of items) {
      await assertBelowLimit(trx, 'commentsPerRoutine', routineId);
      const id = crypto.randomUUID();
      await insertComment(trx, {
        id,
        routineId,
        targetType: 'question',
        targetId: `s${item.step}.q1`,
        threadId: id,
        authorId: ctx.user.id,
        body: clip(item.body),
        resolvedAt: null,
        resolvedBy: null,
        revision: 1,
        createdAt: at,
        updatedAt: at,
      });
      openItems.push({ step: item.step, threadId: id });
    }
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'review_period.start_revision',
      targetType: 'review_period',
      targetId: periodId,
      summary: `revision of "${routine.title}" (version ${routine.adoptedVersion}) started from review period ${range}; ${openItems.length} open items`,
      params: {
        title: routine.title,
        number: routine.adoptedVersion ?? 0,
        start: period.periodStart,
        end: period.periodEnd,
        items: openItems.length,
      },
      at,
    });
    return { period: toReviewPeriod({ ...period, revision }, times), openItems };
  });
}
