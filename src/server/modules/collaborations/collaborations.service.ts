import { type AuditField, auditFields } from '../../../contracts/audit-kinds';
import type {
  Collaboration,
  CollaborationsCreated,
  CreateCollaboration,
  UpdateCollaboration,
} from '../../../contracts/collaborations';
import { LIMITS } from '../../../contracts/common';
import { isoNow, type ServiceContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireMembership, requireRole } from '../../core/tenancy';
import { assertBelowLimit, countTowardsLimit } from '../../db/limits';
import { requireRevision } from '../../db/revision';
import { changeSummary, insertAuditEvent } from '../audit/audit.repository';
import { findRoutineSummariesOfCollaborations } from '../routines/routines.repository';
import {
  findCollaborationById,
  findCollaborationsOfUser,
  insertCollaboration,
  insertMembership,
  updateCollaboration,
} from './collaborations.repository';

/** The caller's collaborations, each with its routines (for "Mina samverkansgrupper"). */
export async function listMyCollaborations(ctx: ServiceContext) {
  const rows = await findCollaborationsOfUser(ctx.db, ctx.user.id);
  const routines = await findRoutineSummariesOfCollaborations(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    routines: routines
      .filter((x) => x.collaborationId === r.id)
      .map(({ id, slug, title, status }) => ({ id, slug, title, status })),
  }));
}

/** How many collaborations the caller has created, against the cap (shown before it is hit). */
export async function countCollaborationsCreated(
  ctx: ServiceContext,
): Promise<CollaborationsCreated> {
  return {
    created: await countTowardsLimit(ctx.db, 'collaborationsPerAccount', ctx.user.id),
    max: LIMITS.collaborationsPerAccount,
  };
}

/** Creates a collaboration; its creator becomes its first coordinator. */
export async function createCollaboration(
  ctx: ServiceContext,
  input: CreateCollaboration,
): Promise<Collaboration> {
  const id = crypto.randomUUID();
  const at = isoNow(ctx.clock);
  const area = input.area?.length ? input.area : null;
  await ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'collaborationsPerAccount', ctx.user.id);
    await insertCollaboration(trx, { id, name: input.name, area, at });
    // After the insert: an acknowledgement's audit row belongs to the new collaboration; a
    // refusal rolls the insert back with the rest of the transaction.
    await guardPersonalData(trx, { name: input.name, area }, input.acknowledgePersonalData, {
      collaborationId: id,
      userId: ctx.user.id,
      targetType: 'collaboration',
      targetId: id,
      at,
    });
    await insertMembership(trx, {
      collaborationId: id,
      userId: ctx.user.id,
      role: 'coordinator',
      actorId: null,
      at,
    });
    await insertAuditEvent(trx, {
      collaborationId: id,
      userId: ctx.user.id,
      action: 'collaboration.create',
      targetType: 'collaboration',
      targetId: id,
      summary: `created "${input.name}"`,
      params: { name: input.name },
      at,
    });
  });
  return { id, name: input.name, area, role: 'coordinator', revision: 1 };
}

export async function getCollaboration(ctx: ServiceContext, id: string): Promise<Collaboration> {
  const m = await requireMembership(ctx.db, id, ctx.user.id);
  const c = await findCollaborationById(ctx.db, id);
  if (!c) throw notFound('The collaboration');
  return { ...c, role: m.role };
}

/** Renames or re-areas a collaboration (coordinators only). */
export async function patchCollaboration(
  ctx: ServiceContext,
  id: string,
  input: UpdateCollaboration,
): Promise<Collaboration> {
  const m = await requireMembership(ctx.db, id, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  return ctx.db.transaction().execute(async (trx) => {
    const revision = await requireRevision(trx, {
      table: 'collaborations',
      key: { id },
      baseRevision: input.baseRevision,
      what: 'The collaboration',
      current: async () => {
        const row = await findCollaborationById(trx, id);
        return row ? { ...row, role: m.role } : undefined;
      },
    });
    const before = await findCollaborationById(trx, id);
    if (!before) throw notFound('The collaboration');
    const area = input.area === undefined ? undefined : input.area?.length ? input.area : null;
    await guardPersonalData(trx, { name: input.name, area }, input.acknowledgePersonalData, {
      collaborationId: id,
      userId: ctx.user.id,
      targetType: 'collaboration',
      targetId: id,
      at,
    });
    await updateCollaboration(trx, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(area !== undefined ? { area } : {}),
      revision,
      updatedAt: at,
    });
    const parts: string[] = [];
    const fields: AuditField[] = [];
    if (input.name !== undefined && input.name !== before.name) {
      parts.push(changeSummary('name', before.name, input.name));
      fields.push('name');
    }
    if (area !== undefined && area !== before.area) {
      parts.push(changeSummary('area', before.area, area));
      fields.push('area');
    }
    if (parts.length > 0) {
      await insertAuditEvent(trx, {
        collaborationId: id,
        userId: ctx.user.id,
        action: 'collaboration.update',
        targetType: 'collaboration',
        targetId: id,
        summary: parts.join('; '),
        params: { name: input.name ?? before.name, fields: auditFields(fields) },
        at,
      });
    }
    return {
      id,
      name: input.name ?? before.name,
      area: area === undefined ? before.area : area,
      role: m.role,
      revision,
    };
  });
}
