import { EXPORT_FORMAT, type ExportQuery, type RoutineExport } from '../../../contracts/exports';
import { RENDERER_VERSION, type RenderModel } from '../../../domain/render/model';
import { loadRoutineForMember } from '../../core/access';
import type { ServiceContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { LruCache } from '../publish/html-cache';
import { findPublishRoutineById } from '../publish/publish.repository';
import {
  loadContentSnapshot,
  type ResolvedContent,
  resolveContent,
  signOffsOf,
  toRenderModel,
} from '../publish/render-model.service';

export interface ResolvedExport {
  /** the model, loaded from the database on first use */
  model: () => Promise<RenderModel>;
  /** "<slug>-v<n>" or "<slug>-utkast": the files' base name */
  fileBase: string;
  /**
   * Identifies the bytes of a file of a frozen version whose sign-offs no longer change
   * (the version in force, a superseded one): version hash, language, status, slug (the
   * address on the card) and renderer. null: the draft or a version awaiting its decision.
   */
  cacheKey: string | null;
}

/**
 * What a file shows, for a member: `?version=n`, `?version=draft`, or by default the adopted
 * version, else the draft (which every file marks "Utkast – inte antagen").
 */
export async function resolveExport(
  ctx: ServiceContext,
  routineId: string,
  query: ExportQuery,
  baseUrl: string,
): Promise<ResolvedExport> {
  await loadRoutineForMember(ctx, routineId);
  const routine = await findPublishRoutineById(ctx.db, routineId);
  if (!routine) throw notFound('The routine');
  const content = await resolveContent(ctx.db, routine, query.version ?? 'default');
  if (!content) throw notFound(`Version ${String(query.version)}`);
  const fileBase = content.version
    ? `${routine.slug}-v${content.version.number}`
    : `${routine.slug}-${query.lang === 'sv' ? 'utkast' : 'draft'}`;
  const cacheKey =
    content.version && content.signOffs === null
      ? [content.version.hash, query.lang, content.status, routine.slug, RENDERER_VERSION].join(':')
      : null;
  return { model: () => modelOf(ctx, content, query, baseUrl), fileBase, cacheKey };
}

async function modelOf(
  ctx: ServiceContext,
  content: ResolvedContent,
  query: ExportQuery,
  baseUrl: string,
): Promise<RenderModel> {
  const [snapshot, signOffs] = await Promise.all([
    loadContentSnapshot(ctx.db, content),
    signOffsOf(ctx.db, content),
  ]);
  return toRenderModel(content, snapshot, signOffs, {
    lang: query.lang,
    baseUrl,
    now: ctx.clock.now(),
  });
}

/**
 * Files of frozen versions, rendered once per version hash and language and kept as bytes
 * (an in-process LRU): a second request costs the membership check and two small queries.
 */
export class ExportCache {
  private readonly files: LruCache<Buffer | string>;
  private readonly pending = new Map<string, Promise<Buffer | string>>();
  constructor(capacity = 64) {
    this.files = new LruCache<Buffer | string>(capacity);
  }

  async get(
    kind: string,
    resolved: ResolvedExport,
    render: (model: RenderModel) => Promise<Buffer | string> | Buffer | string,
  ): Promise<Buffer | string> {
    if (resolved.cacheKey === null) return render(await resolved.model());
    const key = `${kind}:${resolved.cacheKey}`;
    const known = this.files.get(key);
    if (known !== undefined) return known;
    let running = this.pending.get(key);
    if (!running) {
      running = (async () => render(await resolved.model()))();
      this.pending.set(key, running);
    }
    try {
      const body = await running;
      this.files.set(key, body);
      return body;
    } finally {
      this.pending.delete(key);
    }
  }
}

/** The lossless JSON export: the snapshot exactly as frozen (or the draft now). */
export function toExportDocument(model: RenderModel): RoutineExport {
  const { meta } = model;
  return {
    format: EXPORT_FORMAT,
    exportedAt: meta.generatedAt,
    version:
      meta.versionNumber !== null && meta.hash !== null
        ? { number: meta.versionNumber, hash: meta.hash, adoptedAt: meta.adoptedAt }
        : null,
    snapshot: model.snapshot as RoutineExport['snapshot'],
  };
}
