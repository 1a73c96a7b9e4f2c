import type { Kysely } from 'kysely';
import type { CreateObstacle, Obstacle, UpdateObstacle } from '../../../contracts/actions';
import { auditFields, changedAuditFields } from '../../../contracts/audit-kinds';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { notAnActorOfCollaboration, notFound } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireRole } from '../../core/tenancy';
import { lockRoutine } from '../../db/dialect';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import type { DB, ObstaclesTable } from '../../db/schema';
import { findActorById } from '../actors/actors.repository';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  countObstaclesOfStep,
  deleteObstacleById,
  findObstacleById,
  findObstaclesOfRoutine,
  insertObstacle,
  updateObstacle,
} from './obstacles.repository';

const toObstacle = (r: ObstaclesTable): Obstacle => ({
  id: r.id,
  routineId: r.routineId,
  step: r.step,
  description: r.description,
  remedy: r.remedy,
  ownerActorId: r.ownerActorId,
  position: r.position,
  revision: r.revision,
});

export async function readObstacles(db: Kysely<DB>, routineId: string): Promise<Obstacle[]> {
  const rows = await findObstaclesOfRoutine(db, routineId);
  return rows.map(toObstacle);
}

export async function listObstacles(ctx: ServiceContext, routineId: string) {
  await loadRoutineForMember(ctx, routineId);
  return readObstacles(ctx.db, routineId);
}

async function assertOwner(
  db: Kysely<DB>,
  collaborationId: string,
  ownerActorId: string | null | undefined,
) {
  if (!ownerActorId) return;
  const actor = await findActorById(db, ownerActorId);
  if (!actor || actor.collaborationId !== collaborationId) {
    throw notAnActorOfCollaboration('ownerActorId');
  }
}

/** Records an obstacle (hinder) and how to overcome it (editors and coordinators). */
export async function createObstacle(
  ctx: ServiceContext,
  routineId: string,
  input: CreateObstacle,
): Promise<Obstacle> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  const row: ObstaclesTable = {
    id: crypto.randomUUID(),
    routineId,
    step: input.step,
    description: input.description,
    remedy: input.remedy || null,
    ownerActorId: input.ownerActorId ?? null,
    position: 0,
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await lockRoutine(trx, routineId);
    await assertBelowLimit(trx, 'obstaclesPerRoutine', routineId);
    await assertOwner(trx, routine.collaborationId, input.ownerActorId);
    await guardPersonalData(
      trx,
      { description: input.description, remedy: input.remedy },
      input.acknowledgePersonalData,
      {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        targetType: 'obstacle',
        targetId: row.id,
        at,
      },
    );
    row.position = await countObstaclesOfStep(trx, routineId, input.step);
    await insertObstacle(trx, row);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'obstacle.create',
      targetType: 'obstacle',
      targetId: row.id,
      summary: `step ${input.step}: "${input.description.slice(0, 80)}"`,
      params: { step: input.step, what: input.description },
      at,
    });
  });
  return toObstacle(row);
}

async function loadObstacle(ctx: ServiceContext, routineId: string, id: string) {
  const loaded = await loadRoutineForMember(ctx, routineId);
  const obstacle = await findObstacleById(ctx.db, id);
  if (!obstacle || obstacle.routineId !== routineId) throw notFound('The obstacle');
  return { ...loaded, obstacle };
}

export async function patchObstacle(
  ctx: ServiceContext,
  routineId: string,
  id: string,
  input: UpdateObstacle,
): Promise<Obstacle> {
  const { routine, membership } = await loadObstacle(ctx, routineId, id);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const find = () => findObstacleById(trx, id);
    const revision = await requireRevision(trx, {
      table: 'obstacles',
      key: { id, routineId },
      baseRevision: input.baseRevision,
      what: 'The obstacle',
      current: async () => {
        const row = await find();
        return row ? toObstacle(row) : undefined;
      },
    });
    const current = await find();
    if (!current) throw notFound('The obstacle');
    await assertOwner(trx, routine.collaborationId, input.ownerActorId);
    await guardPersonalData(
      trx,
      { description: input.description, remedy: input.remedy },
      input.acknowledgePersonalData,
      {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        targetType: 'obstacle',
        targetId: id,
        at,
      },
    );
    const next: ObstaclesTable = {
      ...current,
      ...(input.step !== undefined ? { step: input.step } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.remedy !== undefined ? { remedy: input.remedy || null } : {}),
      ...(input.ownerActorId !== undefined ? { ownerActorId: input.ownerActorId } : {}),
      revision,
      updatedAt: at,
    };
    await updateObstacle(trx, id, next);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'obstacle.update',
      targetType: 'obstacle',
      targetId: id,
      summary: `"${current.description.slice(0, 60)}": ${Object.keys(input)
        .filter((k) => k !== 'baseRevision' && k !== 'acknowledgePersonalData')
        .join(', ')}`,
      params: {
        step: current.step,
        what: current.description,
        fields: auditFields(changedAuditFields(input)),
      },
      at,
    });
    return toObstacle(next);
  });
}

export async function deleteObstacle(
  ctx: ServiceContext,
  routineId: string,
  id: string,
): Promise<void> {
  const { routine, membership, obstacle } = await loadObstacle(ctx, routineId, id);
  requireRole(membership, 'editor');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await deleteObstacleById(trx, id);
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'obstacle.delete',
      targetType: 'obstacle',
      targetId: id,
      summary: `step ${obstacle.step}: removed "${obstacle.description.slice(0, 80)}"`,
      params: { step: obstacle.step, what: obstacle.description },
      at,
    });
  });
}
