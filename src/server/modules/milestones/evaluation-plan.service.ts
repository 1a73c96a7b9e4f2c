import type { EvaluationPlan, PutEvaluationPlan } from '../../../contracts/review';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { notAnActorOfCollaboration, notFound, staleRevision } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import { claimOrInsertRevision } from '../../db/revision';
import type { EvaluationPlansTable } from '../../db/schema';
import { findActorById } from '../actors/actors.repository';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  findEvaluationPlan,
  insertFirstEvaluationPlan,
  updateEvaluationPlan,
} from './milestones.repository';

const toPlan = (r: EvaluationPlansTable): EvaluationPlan => ({
  method: r.method,
  indicators: JSON.parse(r.indicators) as string[],
  responsibleActorId: r.responsibleActorId,
  frequencyMonths: r.frequencyMonths,
  nextReviewDate: r.nextReviewDate,
  revision: r.revision,
});

/** The routine's evaluation plan (step 6), or 404 while it has none (members). */
export async function getEvaluationPlan(
  ctx: ServiceContext,
  routineId: string,
): Promise<EvaluationPlan> {
  await loadRoutineForMember(ctx, routineId);
  const plan = await findEvaluationPlan(ctx.db, routineId);
  if (!plan) throw notFound('The evaluation plan');
  return toPlan(plan);
}

/**
 * Writes the whole evaluation plan (editors and coordinators). The responsible actor must be
 * one of the collaboration's actors (400). With `baseRevision` (0 = no plan yet) a stale
 * write is refused with 409 STALE_REVISION and the current plan (null when none).
 */
export async function putEvaluationPlan(
  ctx: ServiceContext,
  routineId: string,
  input: PutEvaluationPlan,
): Promise<EvaluationPlan> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'editor');
  const actor = await findActorById(ctx.db, input.responsibleActorId);
  if (!actor || actor.collaborationId !== routine.collaborationId) {
    throw notAnActorOfCollaboration('responsibleActorId');
  }
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    await guardPersonalData(
      trx,
      {
        method: input.method,
        ...Object.fromEntries(input.indicators.map((text, i) => [`indicators.${i}`, text])),
      },
      input.acknowledgePersonalData,
      {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        targetType: 'evaluation_plan',
        targetId: routineId,
        at,
      },
    );
    const row: EvaluationPlansTable = {
      routineId,
      method: input.method,
      indicators: JSON.stringify(input.indicators),
      responsibleActorId: input.responsibleActorId,
      frequencyMonths: input.frequencyMonths,
      nextReviewDate: input.nextReviewDate,
      revision: 1,
      updatedAt: at,
    };
    // Compare-and-set in the statement; a concurrent first write finds the row inserted.
    const revision = await claimOrInsertRevision(
      trx,
      'evaluationPlans',
      { routineId },
      input.baseRevision,
      () => insertFirstEvaluationPlan(trx, row),
    );
    if (revision === null) {
      const current = await findEvaluationPlan(trx, routineId);
      throw staleRevision('the evaluation plan', current ? toPlan(current) : null);
    }
    row.revision = revision;
    if (revision > 1) await updateEvaluationPlan(trx, row);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'evaluation_plan.save',
      targetType: 'evaluation_plan',
      targetId: routineId,
      summary: `revision ${row.revision}: every ${row.frequencyMonths} months, next review ${row.nextReviewDate}, responsible "${actor.name}"`,
      params: {
        revision: row.revision,
        months: row.frequencyMonths,
        date: row.nextReviewDate,
        name: actor.name,
      },
      at,
    });
    return toPlan(row);
  });
}
