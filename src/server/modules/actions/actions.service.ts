import type { Kysely } from 'kysely';
import type { Action, CreateAction, UpdateAction } from '../../../contracts/actions';
import { auditFields, changedAuditFields } from '../../../contracts/audit-kinds';
import type { FieldError } from '../../../contracts/errors';
import { loadRoutineForMember } from '../../core/access';
import { isoNow, type ServiceContext } from '../../core/context';
import { NOT_AN_ACTOR, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { lockRoutine } from '../../db/dialect';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import type { ActionsTable, DB } from '../../db/schema';
import { findActorById, findContactPathsOfActors } from '../actors/actors.repository';
import { requireActorEditor } from '../actors/actors.service';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteActionRow,
  findActionById,
  findActionIdsInRoutine,
  findActionsOfRoutine,
  findHandoffsOfRoutine,
  findStepActionIds,
  insertActionRow,
  renumber,
  replaceHandoffs,
  updateActionRow,
} from './actions.repository';

type ActionRow = ActionsTable;

export function toAction(row: ActionRow, handoffTo: string[]): Action {
  return {
    id: row.id,
    routineId: row.routineId,
    step: row.step,
    actorId: row.actorId,
    what: row.what,
    when: row.whenText,
    audience: row.audience as Action['audience'],
    contactPathId: row.contactPathId,
    kind: row.kind as Action['kind'],
    isEntryPoint: row.isEntryPoint === 1,
    handoffTo,
    position: row.position,
    revision: row.revision,
  };
}

/** Every action of a routine with its handoffs, ordered by step and position. */
export async function readActions(db: Kysely<DB>, routineId: string): Promise<Action[]> {
  const [rows, handoffs] = await Promise.all([
    findActionsOfRoutine(db, routineId),
    findHandoffsOfRoutine(db, routineId),
  ]);
  const byFrom = new Map<string, string[]>();
  for (const h of handoffs) {
    const list = byFrom.get(h.fromActionId);
    if (list) list.push(h.toActionId);
    else byFrom.set(h.fromActionId, [h.toActionId]);
  }
  return rows.map((r) => toAction(r, byFrom.get(r.id) ?? []));
}

export async function listActions(ctx: ServiceContext, routineId: string): Promise<Action[]> {
  await loadRoutineForMember(ctx, routineId);
  return readActions(ctx.db, routineId);
}

/** Checks references: the actor is the collaboration's, the path the actor's, handoffs this routine's. */
async function validateReferences(
  db: Kysely<DB>,
  a: {
    collaborationId: string;
    routineId: string;
    selfId: string | null;
    step: number;
    actorId: string;
    contactPathId: string | null;
    isEntryPoint: boolean;
    handoffTo: string[] | undefined;
  },
) {
  const errors: FieldError[] = [];
  const actor = await findActorById(db, a.actorId);
  if (!actor || actor.collaborationId !== a.collaborationId) {
    errors.push({ field: 'actorId', message: NOT_AN_ACTOR });
  } else if (a.contactPathId) {
    const paths = await findContactPathsOfActors(db, [a.actorId]);
    if (!paths.some((p) => p.id === a.contactPathId)) {
      errors.push({ field: 'contactPathId', message: `is not a contact path of "${actor.name}"` });
    }
  }
  if (a.isEntryPoint && a.step !== 3) {
    errors.push({ field: 'isEntryPoint', message: 'entry points (ingångar) belong to step 3' });
  }
  if (a.handoffTo) {
    if (new Set(a.handoffTo).size !== a.handoffTo.length) {
      errors.push({ field: 'handoffTo', message: 'lists the same action twice' });
    }
    if (a.selfId && a.handoffTo.includes(a.selfId)) {
      errors.push({ field: 'handoffTo', message: 'an action cannot hand over to itself' });
    }
    const found = await findActionIdsInRoutine(db, a.routineId, a.handoffTo);
    a.handoffTo.forEach((id, i) => {
      if (id !== a.selfId && !found.has(id)) {
        errors.push({ field: `handoffTo.${i}`, message: 'is not an action of this routine' });
      }
    });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return actor!;
}

async function readOne(db: Kysely<DB>, routineId: string, id: string): Promise<Action> {
  const all = await readActions(db, routineId);
  const found = all.find((x) => x.id === id);
  if (!found) throw notFound('The action');
  return found;
}

/**
 * Adds "who does what" to a step. Editors may add actions only for the organisation they
 * represent; coordinators for any.
 */
export async function createAction(
  ctx: ServiceContext,
  routineId: string,
  input: CreateAction,
): Promise<Action> {
  const { routine, membership } = await loadRoutineForMember(ctx, routineId);
  requireActorEditor(membership, input.actorId);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) =>
    insertActionIn(trx, {
      id,
      collaborationId: routine.collaborationId,
      routineId,
      input,
      userId: ctx.user.id,
      at: isoNow(ctx.clock),
    }),
  );
  return readOne(ctx.db, routineId, id);
}

/**
 * Writes a new action inside the caller's transaction (the routine's lock, the cap, the
 * references, the personal-data guard, the audit row); the caller has checked the role.
 * Also how an accepted workshop proposal becomes an action.
 */
export async function insertActionIn(
  trx: Kysely<DB>,
  w: {
    id: string;
    collaborationId: string;
    routineId: string;
    input: CreateAction;
    userId: string;
    at: string;
  },
): Promise<void> {
  const { id, routineId, input, at } = w;
  await lockRoutine(trx, routineId);
  await assertBelowLimit(trx, 'actionsPerRoutine', routineId);
  const actor = await validateReferences(trx, {
    collaborationId: w.collaborationId,
    routineId,
    selfId: null,
    step: input.step,
    actorId: input.actorId,
    contactPathId: input.contactPathId ?? null,
    isEntryPoint: input.isEntryPoint ?? false,
    handoffTo: input.handoffTo,
  });
  await guardPersonalData(
    trx,
    { what: input.what, when: input.when },
    input.acknowledgePersonalData,
    {
      collaborationId: w.collaborationId,
      userId: w.userId,
      targetType: 'action',
      targetId: id,
      at,
    },
  );
  const position = (await findStepActionIds(trx, routineId, input.step)).length;
  await insertActionRow(trx, {
    id,
    routineId,
    step: input.step,
    actorId: input.actorId,
    what: input.what,
    whenText: input.when || null,
    audience: input.audience,
    contactPathId: input.contactPathId ?? null,
    kind: input.kind ?? 'other',
    isEntryPoint: input.isEntryPoint ? 1 : 0,
    position,
    revision: 1,
    createdAt: at,
    updatedAt: at,
  });
  if (input.handoffTo?.length) await replaceHandoffs(trx, id, input.handoffTo);
  await insertAuditEvent(trx, {
    collaborationId: w.collaborationId,
    userId: w.userId,
    action: 'action.create',
    targetType: 'action',
    targetId: id,
    summary: `step ${input.step}: ${actor.name} — ${input.what.slice(0, 80)}`,
    params: { step: input.step, name: actor.name, what: input.what },
    at,
  });
}

async function loadAction(ctx: ServiceContext, routineId: string, actionId: string) {
  const loaded = await loadRoutineForMember(ctx, routineId);
  const action = await findActionById(ctx.db, actionId);
  if (!action || action.routineId !== routineId) throw notFound('The action');
  return { ...loaded, action };
}

/** Changes an action; `position` moves it within its step (keyboard "move up / down"). */
export async function patchAction(
  ctx: ServiceContext,
  routineId: string,
  actionId: string,
  input: UpdateAction,
): Promise<Action> {
  const { routine, membership, action } = await loadAction(ctx, routineId, actionId);
  requireActorEditor(membership, action.actorId);
  if (input.actorId !== undefined) requireActorEditor(membership, input.actorId);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await lockRoutine(trx, routineId);
    const revision = await requireRevision(trx, {
      table: 'actions',
      key: { id: actionId, routineId },
      baseRevision: input.baseRevision,
      what: 'The action',
      current: async () =>
        (await findActionById(trx, actionId)) ? readOne(trx, routineId, actionId) : undefined,
    });
    const current = await findActionById(trx, actionId);
    if (!current) throw notFound('The action');
    const step = input.step ?? current.step;
    const actorId = input.actorId ?? current.actorId;
    // A new actor invalidates the old actor's contact path unless a new one is given.
    const contactPathId =
      input.contactPathId !== undefined
        ? input.contactPathId
        : actorId !== current.actorId
          ? null
          : current.contactPathId;
    const isEntryPoint = input.isEntryPoint ?? (step === 3 ? current.isEntryPoint === 1 : false);
    await validateReferences(trx, {
      collaborationId: routine.collaborationId,
      routineId,
      selfId: actionId,
      step,
      actorId,
      contactPathId,
      isEntryPoint,
      handoffTo: input.handoffTo,
    });
    await guardPersonalData(
      trx,
      { what: input.what, when: input.when },
      input.acknowledgePersonalData,
      {
        collaborationId: routine.collaborationId,
        userId: ctx.user.id,
        targetType: 'action',
        targetId: actionId,
        at,
      },
    );
    await updateActionRow(trx, actionId, {
      step,
      actorId,
      contactPathId,
      isEntryPoint: isEntryPoint ? 1 : 0,
      ...(input.what !== undefined ? { what: input.what } : {}),
      ...(input.when !== undefined ? { whenText: input.when || null } : {}),
      ...(input.audience !== undefined ? { audience: input.audience } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      revision,
      updatedAt: at,
    });
    if (input.handoffTo) await replaceHandoffs(trx, actionId, input.handoffTo);
    if (step !== current.step || input.position !== undefined) {
      const ids = (await findStepActionIds(trx, routineId, step)).filter((id) => id !== actionId);
      const place = Math.min(input.position ?? ids.length, ids.length);
      ids.splice(place, 0, actionId);
      await renumber(trx, ids);
      if (step !== current.step)
        await renumber(trx, await findStepActionIds(trx, routineId, current.step));
    }
    const changed = Object.keys(input).filter(
      (k) => k !== 'baseRevision' && k !== 'acknowledgePersonalData',
    );
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'action.update',
      targetType: 'action',
      targetId: actionId,
      summary: `step ${current.step} "${current.what.slice(0, 60)}": ${changed.join(', ') || 'no changes'}`,
      params: {
        step: current.step,
        what: current.what,
        fields: auditFields(changedAuditFields(input)),
      },
      at,
    });
  });
  return readOne(ctx.db, routineId, actionId);
}

export async function deleteAction(
  ctx: ServiceContext,
  routineId: string,
  actionId: string,
): Promise<void> {
  const { routine, membership, action } = await loadAction(ctx, routineId, actionId);
  requireActorEditor(membership, action.actorId);
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await lockRoutine(trx, routineId);
    await deleteActionRow(trx, actionId);
    await renumber(trx, await findStepActionIds(trx, routineId, action.step));
    await insertAuditEvent(trx, {
      collaborationId: routine.collaborationId,
      userId: ctx.user.id,
      action: 'action.delete',
      targetType: 'action',
      targetId: actionId,
      summary: `step ${action.step}: removed "${action.what.slice(0, 80)}"`,
      params: { step: action.step, what: action.what },
      at,
    });
  });
}
