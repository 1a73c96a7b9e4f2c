import type { Kysely } from 'kysely';
import type {
  CreateKnowledgeItem,
  KnowledgeItem,
  UpdateKnowledgeItem,
} from '../../../contracts/knowledge';
import {
  findNationalResource,
  NATIONAL_RESOURCES,
  type NationalResource,
} from '../../../domain/national-resources';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError, notFound, staleRevision } from '../../core/errors';
import { guardPersonalData } from '../../core/personal-data';
import { requireMembership, requireRole } from '../../core/tenancy';
import { assertBelowLimit } from '../../db/limits';
import { claimOrInsertRevision, requireRevision } from '../../db/revision';
import type { DB, KnowledgeItemsTable, KnowledgeOverridesTable } from '../../db/schema';
import { normalizeUrl } from '../../http/urls';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteKnowledgeItemById,
  findKnowledgeItemById,
  findKnowledgeItemOfCollaboration,
  findKnowledgeItemsOfCollaboration,
  findKnowledgeOverride,
  findKnowledgeOverridesOfCollaboration,
  insertKnowledgeItem,
  insertKnowledgeOverrideIfAbsent,
  updateKnowledgeItem,
  updateKnowledgeOverride,
} from './knowledge.repository';

const NATIONAL_PREFIX = 'national:';

function fromNational(r: NationalResource, o: KnowledgeOverridesTable | undefined): KnowledgeItem {
  return {
    id: `${NATIONAL_PREFIX}${r.key}`,
    source: 'national',
    title: r.title,
    kind: r.kind,
    url: r.url,
    notes: null,
    steps: r.steps,
    contact: r.contact,
    sourceName: r.sourceName,
    lastChecked: r.lastChecked,
    hidden: o?.hidden === 1,
    annotation: o?.annotation ?? null,
    revision: o?.revision ?? 0,
  };
}

function fromLocal(r: KnowledgeItemsTable): KnowledgeItem {
  return {
    id: r.id,
    source: 'local',
    title: { sv: r.title, en: r.title },
    kind: r.kind as KnowledgeItem['kind'],
    url: r.url,
    notes: r.notes,
    steps: JSON.parse(r.steps) as number[],
    contact: null,
    sourceName: null,
    lastChecked: null,
    hidden: false,
    annotation: null,
    revision: r.revision,
  };
}

/** The knowledge bank: national entries (with this collaboration's choices), then local items. */
export async function readKnowledge(
  db: Kysely<DB>,
  collaborationId: string,
): Promise<KnowledgeItem[]> {
  const [overrides, local] = await Promise.all([
    findKnowledgeOverridesOfCollaboration(db, collaborationId),
    findKnowledgeItemsOfCollaboration(db, collaborationId),
  ]);
  const byKey = new Map(overrides.map((o) => [o.resourceKey, o]));
  return [
    ...NATIONAL_RESOURCES.map((r) => fromNational(r, byKey.get(r.key))),
    ...local.map(fromLocal),
  ];
}

export async function listKnowledge(ctx: ServiceContext, collaborationId: string) {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return readKnowledge(ctx.db, collaborationId);
}

/** Adds a local tool, document, training or contact (coordinators). */
export async function createKnowledgeItem(
  ctx: ServiceContext,
  collaborationId: string,
  input: CreateKnowledgeItem,
): Promise<KnowledgeItem> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  const row: KnowledgeItemsTable = {
    id: crypto.randomUUID(),
    collaborationId,
    title: input.title,
    kind: input.kind,
    url: normalizeUrl(input.url ?? null),
    notes: input.notes || null,
    steps: JSON.stringify([...new Set(input.steps)].sort()),
    revision: 1,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await assertBelowLimit(trx, 'knowledgeItemsPerCollaboration', collaborationId);
    await guardPersonalData(
      trx,
      { title: input.title, notes: input.notes },
      input.acknowledgePersonalData,
      {
        collaborationId,
        userId: ctx.user.id,
        targetType: 'knowledge_item',
        targetId: row.id,
        at,
      },
    );
    await insertKnowledgeItem(trx, row);
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'knowledge.create',
      targetType: 'knowledge_item',
      targetId: row.id,
      summary: `added "${input.title}"`,
      params: { title: input.title },
      at,
    });
  });
  return fromLocal(row);
}

const NATIONAL_FIELDS = new Set([
  'hidden',
  'annotation',
  'baseRevision',
  'acknowledgePersonalData',
]);

/** Local items: any field. National entries: hide or annotate only (coordinators). */
export async function patchKnowledgeItem(
  ctx: ServiceContext,
  collaborationId: string,
  id: string,
  input: UpdateKnowledgeItem,
): Promise<KnowledgeItem> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  const audit = { collaborationId, userId: ctx.user.id, at };
  if (id.startsWith(NATIONAL_PREFIX)) {
    const resource = findNationalResource(id.slice(NATIONAL_PREFIX.length));
    if (!resource) throw notFound('The knowledge-bank entry');
    const bad = Object.keys(input).filter((k) => !NATIONAL_FIELDS.has(k));
    if (bad.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        'National entries are read-only: you can hide them or add a note (annotation).',
        bad.map((field) => ({ field, message: 'cannot be changed on a national entry' })),
      );
    }
    return ctx.db.transaction().execute(async (trx) => {
      const find = () => findKnowledgeOverride(trx, collaborationId, resource.key);
      const revision = await claimOrInsertRevision(
        trx,
        'knowledgeOverrides',
        { collaborationId, resourceKey: resource.key },
        input.baseRevision,
        () => insertKnowledgeOverrideIfAbsent(trx, collaborationId, resource.key),
      );
      if (revision === null) {
        throw staleRevision('this entry', fromNational(resource, await find()));
      }
      const current = await find();
      await guardPersonalData(
        trx,
        { annotation: input.annotation },
        input.acknowledgePersonalData,
        {
          ...audit,
          targetType: 'knowledge_item',
          targetId: id,
        },
      );
      const next: KnowledgeOverridesTable = {
        collaborationId,
        resourceKey: resource.key,
        hidden: input.hidden === undefined ? (current?.hidden ?? 0) : input.hidden ? 1 : 0,
        annotation:
          input.annotation === undefined ? (current?.annotation ?? null) : input.annotation || null,
        revision,
      };
      await updateKnowledgeOverride(trx, next);
      await insertAuditEvent(trx, {
        ...audit,
        action: 'knowledge.national_update',
        targetType: 'knowledge_item',
        targetId: id,
        summary: `${resource.title.sv}: ${next.hidden ? 'hidden' : 'shown'}${next.annotation ? ', annotated' : ''}`,
        params: {
          title: resource.title.sv,
          titleEn: resource.title.en,
          shown: next.hidden ? 0 : 1,
          annotated: next.annotation ? 1 : 0,
        },
      });
      return fromNational(resource, next);
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const find = () => findKnowledgeItemOfCollaboration(trx, collaborationId, id);
    const revision = await requireRevision(trx, {
      table: 'knowledgeItems',
      key: { id, collaborationId },
      baseRevision: input.baseRevision,
      what: 'The knowledge-bank entry',
      current: async () => {
        const row = await find();
        return row ? fromLocal(row) : undefined;
      },
    });
    const current = await find();
    if (!current) throw notFound('The knowledge-bank entry');
    if (input.hidden !== undefined || input.annotation !== undefined) {
      throw new AppError(
        'VALIDATION_FAILED',
        'hidden and annotation apply to national entries only.',
        [
          {
            field: input.hidden !== undefined ? 'hidden' : 'annotation',
            message: 'applies to national entries only',
          },
        ],
      );
    }
    await guardPersonalData(
      trx,
      { title: input.title, notes: input.notes },
      input.acknowledgePersonalData,
      {
        ...audit,
        targetType: 'knowledge_item',
        targetId: id,
      },
    );
    const next: KnowledgeItemsTable = {
      ...current,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.url !== undefined ? { url: normalizeUrl(input.url) } : {}),
      ...(input.notes !== undefined ? { notes: input.notes || null } : {}),
      ...(input.steps !== undefined
        ? { steps: JSON.stringify([...new Set(input.steps)].sort()) }
        : {}),
      revision,
      updatedAt: at,
    };
    await updateKnowledgeItem(trx, id, next);
    await insertAuditEvent(trx, {
      ...audit,
      action: 'knowledge.update',
      targetType: 'knowledge_item',
      targetId: id,
      summary: `"${current.title}" changed`,
      params: { title: current.title },
    });
    return fromLocal(next);
  });
}

export async function deleteKnowledgeItem(
  ctx: ServiceContext,
  collaborationId: string,
  id: string,
): Promise<void> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  if (id.startsWith(NATIONAL_PREFIX)) {
    if (!findNationalResource(id.slice(NATIONAL_PREFIX.length)))
      throw notFound('The knowledge-bank entry');
    throw new AppError(
      'CONFLICT',
      'National entries cannot be removed; hide them instead (hidden: true).',
    );
  }
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await findKnowledgeItemById(trx, id);
    if (!current || current.collaborationId !== collaborationId)
      throw notFound('The knowledge-bank entry');
    await deleteKnowledgeItemById(trx, id);
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: 'knowledge.delete',
      targetType: 'knowledge_item',
      targetId: id,
      summary: `removed "${current.title}"`,
      params: { title: current.title },
      at,
    });
  });
}
