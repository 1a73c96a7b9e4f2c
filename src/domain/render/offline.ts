import { esc, join } from './html';
import { labelsFor } from './labels';
import { type Lang, type RenderModel, shortHash } from './model';

/**
 * The published page's offline layer, as far as the page itself carries it: the stamp that
 * says which version this is (and, filled in by the registration script, when the stored copy
 * was fetched), and the notices the script reveals — offline, updated, stored copy older than
 * 30 days. Everything is in the HTML, hidden, so no string lives in JavaScript.
 */
export interface OfflineLinks {
  /** the registration script (content-hashed, deferred) */
  scriptHref: string;
  /** this routine's web app manifest */
  manifestHref: string;
  /** a 192 px PNG icon (apple-touch-icon) */
  iconHref: string;
}

/** The stored copy's identity, as the service worker records it: `<number>.<hash>`. */
export const offlineVersionOf = (model: RenderModel): string | null =>
  model.meta.versionNumber !== null && model.meta.hash
    ? `${model.meta.versionNumber}.${shortHash(model.meta.hash)}`
    : null;

export function offlineHead(links: OfflineLinks): string {
  return join(
    `<link rel="manifest" href="${esc(links.manifestHref)}">`,
    '<meta name="theme-color" content="#0b4f8a">',
    `<link rel="apple-touch-icon" href="${esc(links.iconHref)}">`,
    `<script src="${esc(links.scriptHref)}" defer></script>`,
  );
}

export function offlineStamp(model: RenderModel): string {
  const version = offlineVersionOf(model);
  const hash = shortHash(model.meta.hash);
  if (!version || !hash) return '';
  const l = labelsFor(model.meta.lang).offline;
  return join(
    `<p class="stamp" id="offline" data-version="${esc(version)}" data-lang="${model.meta.lang}">`,
    `${esc(l.checksum(hash))}<span class="fetched" hidden> · ${esc(l.fetched)} <time></time></span>`,
    '</p>',
    `<p class="warning" id="offline-saved" role="status" hidden>${esc(l.savedCopy)}</p>`,
    `<p class="notice" id="offline-updated" role="status" hidden>${esc(l.updated(model.meta.versionNumber ?? 0))}</p>`,
    `<p class="warning" id="offline-stale" role="alert" hidden>${esc(l.stale)}</p>`,
  );
}

export interface ManifestInput {
  lang: Lang;
  slug: string;
  title: string;
  collaborationName: string;
  icons: { src: string; sizes: string; type: string }[];
}

/** The web app manifest of one published routine: installed, it opens straight into it. */
export function routineManifest(input: ManifestInput): Record<string, unknown> {
  const l = labelsFor(input.lang).offline;
  const base = `/r/${encodeURIComponent(input.slug)}`;
  const start = input.lang === 'en' ? `${base}?lang=en` : base;
  return {
    id: start,
    name: `${input.title} – ${input.collaborationName}`,
    short_name: input.title.length <= 12 ? input.title : l.shortName,
    description: l.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: start,
    scope: `${base}`,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    icons: input.icons.map((icon) => ({ ...icon, purpose: 'any' })),
  };
}
