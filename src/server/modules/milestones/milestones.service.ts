import { auditFields } from '../../../contracts/audit-kinds';
import type { CreateMilestone, Milestone, UpdateMilestone } from '../../../contracts/review';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import type { MilestonesTable } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  deleteMilestoneRow,
  findMilestoneById,
  findMilestonesOfRoutine,
  insertMilestones,
  updateMilestoneRow,
} from './milestones.repository';

const toMilestone = (r: MilestonesTable): Milestone => ({
  id: r.id,
  routineId: r.routineId,
  phase: r.phase as Milestone['phase'],
  title: r.title,
  plannedDate: r.plannedDate,
  doneDate: r.doneDate,
  revision: r.revision,
});

/** The routine's milestones by planned date (members). */
export async function listMilestones(ctx: ServiceContext, routineId: string): Promise<Milestone[]> {
  await loadRoutineForMember(ctx, routineId);
  return (await findMilestonesOfRoutine(ctx.db, routineId)).map(toMilestone);
}

/** Adds a milestone to the timeline (editors and coordinators). */
export async function createMilestone(
  ctx: ServiceContext,
  routineId: string,
  input: CreateMilestone,
): Promise<Milestone> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  const row: MilestonesTable = {
    id: crypto.randomUUID(),
    routineId,
    phase: input.phase,
    title: input.title,
    plannedDate: input.plannedDate,
    doneDate: input.doneDate ?? null,
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'milestonesPerRoutine', routineId);
    await guardPersonalData(trx, { title: input.title }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'milestone',
      targetId: row.id,
      at,
    });
    await insertMilestones(trx, [row]);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'milestone.create',
      targetType: 'milestone',
      targetId: row.id,
      summary: `${row.phase}: "${row.title.slice(0, 80)}" planned ${row.plannedDate}`,
      params: { phase: row.phase, title: row.title, date: row.plannedDate },
      at,
    });
  });
  return toMilestone(row);
}

async function loadMilestone(ctx: ServiceContext, routineId: string, id: string) {
  const loaded = await loadRoutineForMember(ctx, routineId);
  const milestone = await findMilestoneById(ctx.db, id);
  if (!milestone || milestone.routineId !== routineId) throw notFound('The milestone');
  return { ...loaded, milestone };
}

/** Changes a milestone — e.g. marks it done (editors and coordinators; stale → 409). */
export async function patchMilestone(
  ctx: ServiceContext,
  routineId: string,
  id: string,
  input: UpdateMilestone,
): Promise<Milestone> {
  const { routine, membership } = await loadMilestone(ctx, routineId, id);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const revision = await requireRevision(trx, {
      table: 'milestones',
      key: { id, routineId },
      baseRevision: input.baseRevision,
      what: 'The milestone',
      current: async () => {
        const row = await findMilestoneById(trx, id);
        return row ? toMilestone(row) : undefined;
      },
    });
    const current = await findMilestoneById(trx, id);
    if (!current) throw notFound('The milestone');
    await guardPersonalData(trx, { title: input.title }, input.acknowledgePersonalData, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      targetType: 'milestone',
      targetId: id,
      at,
    });
    const next: MilestonesTable = {
      ...current,
      ...(input.phase !== undefined ? { phase: input.phase } : {}),
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.plannedDate !== undefined ? { plannedDate: input.plannedDate } : {}),
      ...(input.doneDate !== undefined ? { doneDate: input.doneDate } : {}),
      revision,
      updatedAt: at,
    };
    await updateMilestoneRow(trx, next);
    const fields = (['phase', 'title', 'plannedDate', 'doneDate'] as const).filter(
      (k) => next[k] !== current[k],
    );
    const parts = fields.map((k) => changeSummary(k, current[k], next[k]));
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'milestone.update',
      targetType: 'milestone',
      targetId: id,
      summary: `"${current.title.slice(0, 60)}": ${parts.join('; ') || 'no change'}`,
      params: { phase: current.phase, title: current.title, fields: auditFields(fields) },
      at,
    });
    return toMilestone(next);
  });
}

export async function deleteMilestone(
  ctx: ServiceContext,
  routineId: string,
  id: string,
): Promise<void> {
  const { routine, membership, milestone } = await loadMilestone(ctx, routineId, id);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteMilestoneRow(trx, id);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'milestone.delete',
      targetType: 'milestone',
      targetId: id,
      summary: `${milestone.phase}: removed "${milestone.title.slice(0, 80)}"`,
      params: { phase: milestone.phase, title: milestone.title },
      at,
    });
  });
}
