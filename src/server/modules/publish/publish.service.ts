import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { renderDiagramSvg } from '../../../domain/render/diagram-svg';
import { type Lang, shortHash } from '../../../domain/render/model';
import type { OfflineLinks } from '../../../domain/render/offline';
import { renderPublishedPage } from '../../../domain/render/published-html';
import type { RoutineSnapshot } from '../../../domain/snapshot';
import type { Clock } from '../../core/context';
import type { DB } from '../../db/schema';
import type { LruCache } from './html-cache';
import {
  findRoutineByEarlierSlug,
  findRoutineWithAdoptedVersion,
  findVersionMetaById,
  isMemberOf,
  type VersionMetaRow,
} from './publish.repository';
import {
  fingerprintOf,
  loadContentSnapshot,
  type ResolvedContent,
  resolveContent,
  type Selector,
  signOffsOf,
  toRenderModel,
} from './render-model.service';

export interface PageRequest {
  slug: string;
  userId: string | null;
  /** the raw ?version= value: absent (the adopted version), "draft" or a number */
  version: string | undefined;
  lang: Lang;
}

/** A rendered body, kept encoded, gzipped and brotli-compressed so a cache hit costs no work. */
export interface CachedBody {
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Compressed off the event loop (zlib's thread pool), once per rendered body. */
async function compress(raw: Buffer): Promise<CachedBody> {
  const [gz, br] = await Promise.all([
    gzipAsync(raw, { level: 9 }),
    brotliAsync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  return { raw, gzip: gz, br };
}

export type PageResult =
  | { found: false }
  | {
      found: true;
      etag: string;
      cacheControl: string;
      body: () => Promise<CachedBody>;
      /** `<number>.<hash>`: the service worker may store this page (public, adopted) */
      offlineVersion?: string;
    };

export interface PageEnv {
  db: Kysely<DB>;
  clock: Clock;
  baseUrl: string;
  /** the stylesheet's URL; undefined: inlined in the page */
  cssHref: string | undefined;
  /** the stylesheet's identity (its hash), part of every page's fingerprint */
  cssId: string;
  /** the offline layer's files; null: pages carry no manifest and no script */
  offline: { script: string; icon: string } | null;
  cache: LruCache<CachedBody>;
  /** adopted versions' identities by id (immutable) */
  versions: LruCache<VersionMetaRow>;
}

const NOT_FOUND: PageResult = { found: false };

function selectorOf(version: string | undefined): Selector | null {
  if (version === undefined) return 'adopted';
  if (version === 'draft') return 'draft';
  if (/^[1-9]\d{0,8}$/.test(version)) return Number(version);
  return null;
}

interface Access {
  content: ResolvedContent;
  /** public, adopted and not a preview: indexed and publicly cacheable */
  indexable: boolean;
  /** the draft's snapshot (its content is its fingerprint) */
  draft: RoutineSnapshot | null;
}

/**
 * Decides what `/r/:slug` shows. Strangers see the adopted version of a public routine and
 * nothing else; members see members-only routines and may preview the draft or any version.
 * Every refusal is the same "not found", so nobody learns what exists.
 */
async function resolveAccess(env: PageEnv, req: PageRequest): Promise<Access | null> {
  const selector = selectorOf(req.version);
  if (selector === null) return null;
  const row = await findRoutineWithAdoptedVersion(env.db, req.slug);
  if (!row) return null;
  const { adoptedVersionId, ...routine } = row;
  const isPreview = selector !== 'adopted';
  const open = !isPreview && routine.visibility === 'public' && routine.status !== 'archived';
  if (!open) {
    const member = req.userId
      ? await isMemberOf(env.db, routine.collaborationId, req.userId)
      : false;
    if (!member) return null;
  }
  const adopted = adoptedVersionId ? await adoptedVersionMeta(env, adoptedVersionId) : null;
  const content = await resolveContent(env.db, routine, selector, adopted);
  if (!content) return null;
  const draft = content.version ? null : await loadContentSnapshot(env.db, content);
  return { content, draft, indexable: open && content.status === 'adopted' };
}

/** An adopted version's identity never changes: kept in memory after the first read. */
async function adoptedVersionMeta(env: PageEnv, id: string): Promise<VersionMetaRow | null> {
  const known = env.versions.get(id);
  if (known) return known;
  const meta = await findVersionMetaById(env.db, id);
  if (!meta) return null;
  if (meta.adoptedAt !== null) env.versions.set(id, meta);
  return meta;
}

function queryOf(req: PageRequest, lang: Lang): string {
  const params = new URLSearchParams();
  if (req.version !== undefined) params.set('version', req.version);
  if (lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return query ? `?${query}` : '';
}

async function renderInto(
  env: PageEnv,
  key: string,
  render: () => Promise<string>,
): Promise<CachedBody> {
  const cached = env.cache.get(key);
  if (cached) return cached;
  const body = await compress(Buffer.from(await render(), 'utf8'));
  env.cache.set(key, body);
  return body;
}

type Found = Extract<PageResult, { found: true }>;

function result(access: Access, etag: string, body: () => Promise<CachedBody>): Found {
  return {
    found: true,
    etag,
    cacheControl: access.indexable ? 'public, max-age=60' : 'private, no-cache',
    body,
  };
}

/** The published page. */
export async function resolvePublishedPage(env: PageEnv, req: PageRequest): Promise<PageResult> {
  const access = await resolveAccess(env, req);
  if (!access) return NOT_FOUND;
  const { content, draft, indexable } = access;
  const base = `/r/${encodeURIComponent(content.routine.slug)}`;
  const otherLangHref = `${base}${queryOf(req, req.lang === 'sv' ? 'en' : 'sv')}`;
  const diagramSrc = `${base}/diagram.svg${queryOf(req, req.lang)}`;
  const fingerprint = fingerprintOf(content, draft, [
    'html',
    req.lang,
    String(indexable),
    env.cssHref ?? 'inline',
    env.cssId,
    env.offline?.script ?? '',
    otherLangHref,
    diagramSrc,
  ]);
  const etag = `"${fingerprint.slice(0, 32)}"`;
  const offline: OfflineLinks | undefined =
    indexable && env.offline && content.version
      ? {
          scriptHref: env.offline.script,
          iconHref: env.offline.icon,
          manifestHref: `${base}/manifest.webmanifest${queryOf(req, req.lang)}`,
        }
      : undefined;
  const page = result(access, etag, () =>
    renderInto(env, fingerprint, async () => {
      const [snapshot, signOffs] = await Promise.all([
        draft ?? loadContentSnapshot(env.db, content),
        signOffsOf(env.db, content),
      ]);
      const model = toRenderModel(content, snapshot, signOffs, {
        lang: req.lang,
        baseUrl: env.baseUrl,
        now: env.clock.now(),
      });
      return renderPublishedPage(model, {
        ...(env.cssHref ? { cssHref: env.cssHref } : {}),
        otherLangHref,
        diagramSrc,
        indexable,
        offline,
      });
    }),
  );
  if (!offline || !content.version) return page;
  return {
    ...page,
    offlineVersion: `${content.version.number}.${shortHash(content.version.hash)}`,
  };
}

/** The facts a routine's web app manifest needs, or null when it has none (not public). */
export async function resolveManifest(env: PageEnv, req: PageRequest) {
  if (req.version !== undefined) return null;
  const access = await resolveAccess(env, req);
  if (!access?.indexable || !access.content.version) return null;
  const snapshot = await loadContentSnapshot(env.db, access.content);
  return {
    slug: access.content.routine.slug,
    title: snapshot.routine.title,
    collaborationName: snapshot.collaboration.name,
    etag: `"m${access.content.version.hash.slice(0, 24)}${req.lang}"`,
  };
}

/** The published page's swimlane diagram (an image of its own, cacheable on its own). */
export async function resolvePublishedDiagram(env: PageEnv, req: PageRequest): Promise<PageResult> {
  const access = await resolveAccess(env, req);
  if (!access) return NOT_FOUND;
  const { content, draft } = access;
  const fingerprint = fingerprintOf(content, draft, ['svg', req.lang]);
  return result(access, `"${fingerprint.slice(0, 32)}"`, () =>
    renderInto(env, fingerprint, async () =>
      renderDiagramSvg(draft ?? (await loadContentSnapshot(env.db, content)), req.lang),
    ),
  );
}

/**
 * A member who opens `/r/:slug` of a routine that has no adopted version yet gets a page that
 * says so, with a link to the draft preview; strangers keep the same "not found" as for
 * anything else. Returns the routine's title and the preview's address, or null.
 */
export async function resolveNotAdoptedNotice(
  env: PageEnv,
  req: PageRequest,
): Promise<{ title: string; draftHref: string } | null> {
  if (req.version !== undefined || !req.userId) return null;
  const row = await findRoutineWithAdoptedVersion(env.db, req.slug);
  if (!row || row.adoptedVersionId || row.status === 'archived') return null;
  if (!(await isMemberOf(env.db, row.collaborationId, req.userId))) return null;
  const lang = req.lang === 'en' ? '&lang=en' : '';
  return {
    title: row.title,
    draftHref: `/r/${encodeURIComponent(row.slug)}?version=draft${lang}`,
  };
}

/**
 * An earlier address of a routine (its slug was changed): where `/r/:slug` now lives, so that
 * printed cards and QR codes keep working. Only for whom the routine's page is open (public,
 * or a member): for everybody else an old address is as unknown as any other.
 */
export async function resolveSlugRedirect(env: PageEnv, req: PageRequest): Promise<string | null> {
  const row = await findRoutineByEarlierSlug(env.db, req.slug);
  if (!row) return null;
  if (row.visibility !== 'public') {
    if (!req.userId || !(await isMemberOf(env.db, row.collaborationId, req.userId))) return null;
  }
  return `/r/${encodeURIComponent(row.slug)}`;
}

/** Does an If-None-Match header name this ETag (or "*")? Weak validators match too. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Does the client take gzip? */
export const acceptsGzip = (acceptEncoding: string | undefined): boolean =>
  /\bgzip\b/i.test(acceptEncoding ?? '');
