import { EXPORT_FORMAT, type ExportQuery, type RoutineExport } from '../../../contracts/exports';
import type { RenderModel } from '../../../domain/render/model';
import type { ServiceContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { findPublishRoutineById } from '../publish/publish.repository';
import {
  loadContentSnapshot,
  resolveContent,
  signOffsOf,
  toRenderModel,
} from '../publish/render-model.service';
import { loadRoutineForMember } from '../routines/routines.service';

export interface LoadedExport {
  model: RenderModel;
  /** "<slug>-v<n>" or "<slug>-utkast": the files' base name */
  fileBase: string;
}

/**
 * What a file shows, for a member: `?version=n`, `?version=draft`, or by default the adopted
 * version, else the draft (which every file marks "Utkast – inte antagen").
 */
export async function loadExport(
  ctx: ServiceContext,
  routineId: string,
  query: ExportQuery,
  baseUrl: string,
): Promise<LoadedExport> {
  await loadRoutineForMember(ctx, routineId);
  const routine = await findPublishRoutineById(ctx.db, routineId);
  if (!routine) throw notFound('The routine');
  const content = await resolveContent(ctx.db, routine, query.version ?? 'default');
  if (!content) throw notFound(`Version ${String(query.version)}`);
  const [snapshot, signOffs] = await Promise.all([
    loadContentSnapshot(ctx.db, content),
    signOffsOf(ctx.db, content),
  ]);
  const model = toRenderModel(content, snapshot, signOffs, {
    lang: query.lang,
    baseUrl,
    now: ctx.clock.now(),
  });
  const fileBase = content.version
    ? `${routine.slug}-v${content.version.number}`
    : `${routine.slug}-${query.lang === 'sv' ? 'utkast' : 'draft'}`;
  return { model, fileBase };
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
