import type { Kysely } from 'kysely';
import { EXPORT_FORMAT, type ExportQuery, type RoutineExport } from '../../../contracts/exports';
import { sha256Hex } from '../../../domain/canonical';
import { RENDERER_VERSION, type RenderModel } from '../../../domain/render/model';
import { TEMPLATE } from '../../../domain/template';
import { loadRoutineForMember } from '../../core/access';
import { type Clock, isoNow, type ServiceContext } from '../../core/context';
import { notFound } from '../../core/errors';
import type { DB } from '../../db/schema';
import type { RenderTask } from '../../workers/tasks';
import type { TaskRunner } from '../../workers/worker-pool';
import { findPublishRoutineById } from '../publish/publish.repository';
import {
  loadContentSnapshot,
  type ResolvedContent,
  resolveContent,
  signOffsOf,
  toRenderModel,
} from '../publish/render-model.service';
import {
  deleteOtherExportFileVariants,
  type ExportFileKey,
  findExportFile,
  insertExportFile,
} from './export-files.repository';

export interface ResolvedExport {
  /** the model, loaded from the database on first use */
  model: () => Promise<RenderModel>;
  /** "<slug>-v<n>" or "<slug>-utkast": the files' base name */
  fileBase: string;
  /**
   * Identifies the bytes of a file of a frozen version whose sign-offs no longer change
   * (the version in force, a superseded one): version hash, language, and a variant hash of
   * status, slug and origin (the address on the card) and renderer and template versions.
   * null: the draft or a version awaiting its decision.
   */
  cacheKey: (Omit<ExportFileKey, 'format'> & { routineId: string }) | null;
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
      ? {
          versionHash: content.version.hash,
          lang: query.lang,
          variant: sha256Hex(
            [content.status, routine.slug, baseUrl, RENDERER_VERSION, TEMPLATE.version].join('\n'),
          ).slice(0, 32),
          routineId: routine.id,
        }
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

/** A file's bytes as a Buffer (SQLite gives a Uint8Array, a worker a transferred one). */
const asBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * Files of frozen versions, rendered once per version hash, language and format (in a
 * worker thread) and kept as bytes in the database (`export_files`), so every process
 * and every restart serves the same bytes: a second request costs the membership check and
 * three small queries. The draft and versions awaiting their decision are rendered (in the
 * worker too) on every request. Two requests for the same missing file in one process wait
 * for one render.
 */
export class ExportFiles {
  private readonly pending = new Map<string, Promise<Uint8Array>>();
  constructor(
    private readonly db: Kysely<DB>,
    private readonly workers: TaskRunner,
    private readonly clock: Clock,
    /** a kept file could not be stored: it is served anyway, and rendered again next time */
    private readonly onKeepError: (err: unknown) => void,
  ) {}

  async get(format: RenderTask, resolved: ResolvedExport): Promise<Buffer> {
    const { cacheKey } = resolved;
    if (cacheKey === null) {
      return asBuffer(await this.workers.run<Uint8Array>(format, await resolved.model()));
    }
    const key = { ...cacheKey, format };
    const kept = await findExportFile(this.db, key);
    if (kept) return asBuffer(kept);
    const id = [key.versionHash, key.lang, key.format, key.variant].join(':');
    let running = this.pending.get(id);
    if (!running) {
      running = this.renderAndKeep(format, resolved, key);
      this.pending.set(id, running);
    }
    try {
      return asBuffer(await running);
    } finally {
      this.pending.delete(id);
    }
  }

  private async renderAndKeep(
    format: RenderTask,
    resolved: ResolvedExport,
    key: ExportFileKey & { routineId: string },
  ): Promise<Uint8Array> {
    const body = await this.workers.run<Uint8Array>(format, await resolved.model());
    try {
      await this.db.transaction().execute(async (trx) => {
        await deleteOtherExportFileVariants(trx, key);
        await insertExportFile(trx, { ...key, body, createdAt: isoNow(this.clock) });
      });
    } catch (err) {
      this.onKeepError(err);
    }
    return body;
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
