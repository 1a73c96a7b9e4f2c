import type { Kysely } from 'kysely';
import { canonicalJson, sha256Hex } from '../../../domain/canonical';
import {
  type Lang,
  RENDERER_VERSION,
  type RenderModel,
  type RenderSignOff,
  type RenderStatus,
} from '../../../domain/render/model';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import { TEMPLATE } from '../../../domain/template';
import type { DB } from '../../db/schema';
import { loadDraftSnapshot } from '../snapshots/snapshot.service';
import {
  findSignOffsOfVersion,
  findVersionMeta,
  findVersionSnapshot,
  type PublishRoutineRow,
  type VersionMetaRow,
} from './publish.repository';

/**
 * Which content a page or file shows: the adopted version only (the public page), the adopted
 * version else the draft (files), the live draft, or a version by number.
 */
export type Selector = 'adopted' | 'default' | 'draft' | number;

export interface ResolvedContent {
  routine: PublishRoutineRow;
  /** null: the live draft */
  version: VersionMetaRow | null;
  status: RenderStatus;
  adoptedAt: string | null;
  /** the adopted version currently in force */
  isCurrent: boolean;
  /**
   * Loaded for versions awaiting their decision (they still change); null for the version in
   * force and for superseded ones, whose sign-offs are complete and never change: loaded
   * only when rendering (see signOffsOf), which keeps the public page to one query.
   */
  signOffs: RenderSignOff[] | null;
}

function statusOf(routine: PublishRoutineRow, version: VersionMetaRow): RenderStatus {
  if (routine.adoptedVersion === version.number) {
    return routine.status === 'archived' ? 'archived' : 'adopted';
  }
  return version.adoptedAt ? 'superseded' : 'in_review';
}

/**
 * Finds what `selector` names; null when there is no such version (or nothing adopted).
 * `adopted` may be passed when the caller already read the adopted version's row.
 */
export async function resolveContent(
  db: Kysely<DB>,
  routine: PublishRoutineRow,
  selector: Selector,
  adopted?: VersionMetaRow | null,
): Promise<ResolvedContent | null> {
  const number =
    selector === 'adopted' || selector === 'default'
      ? routine.adoptedVersion
      : selector === 'draft'
        ? null
        : selector;
  if (number === null && selector === 'adopted') return null;
  if (number === null) {
    return {
      routine,
      version: null,
      signOffs: [],
      status: 'draft',
      adoptedAt: null,
      isCurrent: false,
    };
  }
  const version =
    adopted && adopted.number === number ? adopted : await findVersionMeta(db, routine.id, number);
  if (!version) return null;
  const isCurrent = routine.adoptedVersion === version.number;
  const status = statusOf(routine, version);
  return {
    routine,
    version,
    isCurrent,
    status,
    adoptedAt: version.adoptedAt ?? (isCurrent ? routine.adoptedAt : null),
    signOffs: status === 'in_review' ? await readSignOffs(db, version.id) : null,
  };
}

async function readSignOffs(db: Kysely<DB>, versionId: string): Promise<RenderSignOff[]> {
  const rows = await findSignOffsOfVersion(db, versionId);
  return rows.map((r) => ({
    actorId: r.actorId,
    actorName: r.actorName,
    representativeName: r.representativeName,
    representativeTitle: r.representativeTitle,
    decisionReference: r.decisionReference,
    signedDate: r.signedDate,
    onBehalf: Number(r.onBehalf) === 1,
    registeredByName: Number(r.onBehalf) === 1 ? (r.signedByName ?? null) : null,
  }));
}

/** The content's sign-offs (read now when they were not read while resolving). */
export async function signOffsOf(
  db: Kysely<DB>,
  content: ResolvedContent,
): Promise<RenderSignOff[]> {
  if (content.signOffs) return content.signOffs;
  return content.version ? readSignOffs(db, content.version.id) : [];
}

/** The snapshot to render: the frozen one of a version, or the live draft. */
export async function loadContentSnapshot(
  db: Kysely<DB>,
  content: ResolvedContent,
): Promise<RoutineSnapshot> {
  if (!content.version) return loadDraftSnapshot(db, content.routine.id);
  const text = await findVersionSnapshot(db, content.version.id);
  if (text === null) throw new Error(`version ${content.version.number} has no snapshot`);
  return JSON.parse(text) as RoutineSnapshot;
}

/**
 * What the rendered output depends on, hashed: the version's hash (or the draft's content),
 * its state and (changing) sign-offs, the review date, the template and renderer versions,
 * and `extra` (language, stylesheet …). Same fingerprint → same bytes: ETag and cache key.
 */
export function fingerprintOf(
  content: ResolvedContent,
  draftSnapshot: RoutineSnapshot | null,
  extra: string[],
): string {
  const contentHash = content.version
    ? content.version.hash
    : sha256Hex(canonicalJson(draftSnapshot ?? null));
  return sha256Hex(
    canonicalJson({
      contentHash,
      status: content.status,
      adoptedAt: content.adoptedAt,
      nextReviewDate: content.isCurrent ? content.routine.nextReviewDate : null,
      signOffs: content.signOffs ?? 'complete',
      template: `${TEMPLATE.id}@${TEMPLATE.version}`,
      renderer: RENDERER_VERSION,
      extra,
    }),
  );
}

export function publicUrlOf(baseUrl: string, slug: string): string {
  return `${baseUrl}/r/${encodeURIComponent(slug)}`;
}

export function toRenderModel(
  content: ResolvedContent,
  snapshot: RoutineSnapshot,
  signOffs: RenderSignOff[],
  options: { lang: Lang; baseUrl: string; now: Date },
): RenderModel {
  const planDate = snapshot.evaluationPlan?.nextReviewDate ?? null;
  return {
    snapshot,
    meta: {
      versionNumber: content.version?.number ?? null,
      hash: content.version?.hash ?? null,
      status: content.status,
      adoptedAt: content.adoptedAt,
      nextReviewDate: content.isCurrent ? (content.routine.nextReviewDate ?? planDate) : planDate,
      signOffs,
      publicUrl: publicUrlOf(options.baseUrl, content.routine.slug),
      generatedAt: options.now.toISOString(),
      lang: options.lang,
    },
  };
}
