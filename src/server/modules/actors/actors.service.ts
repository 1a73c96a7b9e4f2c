import type { Kysely } from 'kysely';
import type { Actor, ContactPathInput, CreateActor, UpdateActor } from '../../../contracts/actors';
import { type AuditField, auditFields } from '../../../contracts/audit-kinds';
import type { FieldError } from '../../../contracts/errors';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, validationFailed } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { type Membership, requireMembership, requireRole } from '../../core/tenancy';
import { assertBelowLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import type { DB } from '../../db/schema';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import {
  deleteActorRow,
  deleteContactPaths,
  findActionsUsing,
  findActorById,
  findActorByName,
  findActorsOfCollaboration,
  findContactPathsOfActors,
  findMembersRepresenting,
  findObstaclesOwnedBy,
  insertActor,
  insertContactPath,
  updateActorRow,
  updateContactPath,
} from './actors.repository';
import { normalizeContactValue, toContactPath } from './contact-paths';

type ActorRow = NonNullable<Awaited<ReturnType<typeof findActorById>>>;

/** Actors of a collaboration with their contact paths, in two queries. */
export async function readActors(db: Kysely<DB>, collaborationId: string): Promise<Actor[]> {
  const actors = await findActorsOfCollaboration(db, collaborationId);
  return withContactPaths(db, actors);
}

async function withContactPaths(db: Kysely<DB>, actors: ActorRow[]): Promise<Actor[]> {
  const paths = await findContactPathsOfActors(
    db,
    actors.map((a) => a.id),
  );
  return actors.map((a) => ({
    id: a.id,
    collaborationId: a.collaborationId,
    name: a.name,
    kind: a.kind as Actor['kind'],
    description: a.description,
    revision: a.revision,
    contactPaths: paths.filter((p) => p.actorId === a.id).map(toContactPath),
  }));
}

export async function listActors(ctx: ServiceContext, collaborationId: string): Promise<Actor[]> {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return readActors(ctx.db, collaborationId);
}

async function loadActor(ctx: ServiceContext, collaborationId: string, actorId: string) {
  const membership = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  const actor = await findActorById(ctx.db, actorId);
  if (!actor || actor.collaborationId !== collaborationId) throw notFound('The actor');
  return { membership, actor };
}

export async function getActor(
  ctx: ServiceContext,
  collaborationId: string,
  actorId: string,
): Promise<Actor> {
  const { actor } = await loadActor(ctx, collaborationId, actorId);
  const [full] = await withContactPaths(ctx.db, [actor]);
  return full!;
}

/** Coordinators edit every actor; an editor only the organisation they represent. */
export function requireActorEditor(m: Membership, actorId: string): void {
  if (m.role === 'coordinator') return;
  requireRole(m, 'editor');
  if (m.actorId !== actorId) {
    throw new AppError(
      'FORBIDDEN',
      'You can only change the organisation you represent. Ask a coordinator to change this one.',
      { actorId, yourActorId: m.actorId },
    );
  }
}

function normalizePaths(paths: ContactPathInput[]) {
  const errors: FieldError[] = [];
  const values = paths.map((p, i) => {
    const result = normalizeContactValue(p, i);
    if ('error' in result) {
      errors.push(result.error);
      return '';
    }
    return result.value;
  });
  if (errors.length > 0) {
    throw validationFailed(errors);
  }
  return values;
}

function freeTextOf(input: { description?: string | null; contactPaths?: ContactPathInput[] }) {
  const fields: Record<string, string | null | undefined> = { description: input.description };
  input.contactPaths?.forEach((p, i) => {
    fields[`contactPaths.${i}.label`] = p.label;
    fields[`contactPaths.${i}.hours`] = p.hours;
    fields[`contactPaths.${i}.notes`] = p.notes;
    // Typed phone values are not scanned; other channels' values are free text.
    if (p.channel === 'address' || p.channel === 'other')
      fields[`contactPaths.${i}.value`] = p.value;
  });
  return fields;
}

const pathRow = (p: ContactPathInput, value: string, position: number) => ({
  channel: p.channel,
  value,
  label: p.label || null,
  hours: p.hours || null,
  always: p.always ? 1 : 0,
  audience: p.audience,
  notes: p.notes || null,
  position,
});

async function assertNameFree(
  db: Kysely<DB>,
  collaborationId: string,
  name: string,
  exceptId?: string,
) {
  const clash = await findActorByName(db, collaborationId, name);
  if (clash && clash.id !== exceptId) {
    throw new AppError(
      'CONFLICT',
      `An actor named "${name}" already exists in this collaboration.`,
      {
        field: 'name',
        actorId: clash.id,
      },
    );
  }
}

/** Adds an organisation with its contact paths (coordinators). */
export async function createActor(
  ctx: ServiceContext,
  collaborationId: string,
  input: CreateActor,
): Promise<Actor> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const values = normalizePaths(input.contactPaths);
  const at = isoNow(ctx.clock);
  const id = crypto.randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'actorsPerCollaboration', collaborationId);
    await guardPersonalData(trx, freeTextOf(input), input.acknowledgePersonalData, {
      collaborationId,
      userId: ctx.user.id,
      targetType: 'actor',
      targetId: id,
      at,
    });
    await assertNameFree(trx, collaborationId, input.name);
    await insertActor(trx, {
      id,
      collaborationId,
      name: input.name,
      kind: input.kind,
      description: input.description || null,
      revision: 1,
      createdAt: at,
      updatedAt: at,
    });
    for (const [i, p] of input.contactPaths.entries()) {
      await insertContactPath(trx, {
        id: crypto.randomUUID(),
        actorId: id,
        ...pathRow(p, values[i]!, i),
      });
    }
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'actor.create',
      targetType: 'actor',
      targetId: id,
      summary: `added "${input.name}" (${input.kind}) with ${input.contactPaths.length} contact path(s)`,
      params: { name: input.name, kind: input.kind, paths: input.contactPaths.length },
      at,
    });
  });
  return getActor(ctx, collaborationId, id);
}

function inUse(message: string, details: unknown): AppError {
  return new AppError('IN_USE', message, details);
}

/**
 * Changes an actor; `contactPaths`, when given, is the whole list: paths with an id are
 * updated, paths without one added, and paths left out removed — 409 IN_USE when an action
 * still uses one of them.
 */
export async function patchActor(
  ctx: ServiceContext,
  collaborationId: string,
  actorId: string,
  input: UpdateActor,
): Promise<Actor> {
  const { membership, actor } = await loadActor(ctx, collaborationId, actorId);
  requireActorEditor(membership, actorId);
  const values = input.contactPaths ? normalizePaths(input.contactPaths) : [];
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const revision = await requireRevision(trx, {
      table: 'actors',
      key: { id: actorId },
      baseRevision: input.baseRevision,
      what: 'The actor',
      current: async () => {
        const row = await findActorById(trx, actorId);
        return row ? (await withContactPaths(trx, [row]))[0] : undefined;
      },
    });
    const current = await findActorById(trx, actorId);
    if (!current) throw notFound('The actor');
    await guardPersonalData(trx, freeTextOf(input), input.acknowledgePersonalData, {
      collaborationId,
      userId: ctx.user.id,
      targetType: 'actor',
      targetId: actorId,
      at,
    });
    if (input.name !== undefined && input.name !== current.name) {
      await assertNameFree(trx, collaborationId, input.name, actorId);
    }
    const parts: string[] = [];
    const fields: AuditField[] = [];
    if (input.contactPaths) {
      const existing = await findContactPathsOfActors(trx, [actorId]);
      const existingIds = new Set(existing.map((p) => p.id));
      const unknown = input.contactPaths
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.id !== undefined && !existingIds.has(p.id));
      if (unknown.length > 0) {
        throw new AppError(
          'VALIDATION_FAILED',
          'A contact path id does not belong to this actor.',
          unknown.map(({ i }) => ({
            field: `contactPaths.${i}.id`,
            message: 'is not a contact path of this actor',
          })),
        );
      }
      const kept = new Set(input.contactPaths.map((p) => p.id).filter(Boolean));
      const removed = existing.filter((p) => !kept.has(p.id)).map((p) => p.id);
      const users = await findActionsUsing(trx, { contactPathIds: removed });
      if (users.length > 0) {
        throw inUse(
          `${users.length} action(s) use a contact path you are removing. Choose another path for them first.`,
          { actions: users },
        );
      }
      await deleteContactPaths(trx, removed);
      for (const [i, p] of input.contactPaths.entries()) {
        const row = pathRow(p, values[i]!, i);
        if (p.id) await updateContactPath(trx, p.id, row);
        else await insertContactPath(trx, { id: crypto.randomUUID(), actorId, ...row });
      }
      parts.push(`contact paths: ${existing.length} → ${input.contactPaths.length}`);
      fields.push('contactPaths');
    }
    if (input.name !== undefined && input.name !== current.name) {
      parts.push(changeSummary('name', current.name, input.name));
      fields.push('name');
    }
    if (input.kind !== undefined && input.kind !== current.kind) {
      parts.push(changeSummary('kind', current.kind, input.kind));
      fields.push('kind');
    }
    const description = input.description === undefined ? undefined : input.description || null;
    if (description !== undefined && description !== current.description) {
      parts.push(changeSummary('description', current.description, description));
      fields.push('description');
    }
    await updateActorRow(trx, actorId, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(description !== undefined ? { description } : {}),
      revision,
      updatedAt: at,
    });
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'actor.update',
      targetType: 'actor',
      targetId: actorId,
      summary: `"${actor.name}": ${parts.join('; ') || 'saved without changes'}`,
      params: { name: actor.name, fields: auditFields(fields) },
      at,
    });
  });
  return getActor(ctx, collaborationId, actorId);
}

/** Removes an actor nothing refers to; 409 IN_USE listing every use otherwise (coordinators). */
export async function deleteActor(
  ctx: ServiceContext,
  collaborationId: string,
  actorId: string,
): Promise<void> {
  const { membership, actor } = await loadActor(ctx, collaborationId, actorId);
  requireRole(membership, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const [actions, obstacles, members] = await Promise.all([
      findActionsUsing(trx, { actorId }),
      findObstaclesOwnedBy(trx, actorId),
      findMembersRepresenting(trx, actorId),
    ]);
    if (actions.length + obstacles.length + members.length > 0) {
      throw inUse(
        `"${actor.name}" is still in use: ${actions.length} action(s), ${obstacles.length} obstacle(s), ${members.length} member(s). Move or remove them first.`,
        { actions, obstacles, members },
      );
    }
    await deleteActorRow(trx, actorId);
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'actor.delete',
      targetType: 'actor',
      targetId: actorId,
      summary: `removed "${actor.name}"`,
      params: { name: actor.name },
      at,
    });
  });
}
