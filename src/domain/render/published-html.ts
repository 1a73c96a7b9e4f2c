import { feedbackLinkSection } from './feedback-page';
import { footerLine } from './headline';
import { esc, join } from './html';
import { labelsFor } from './labels';
import type { Lang, RenderModel } from './model';
import { type OfflineLinks, offlineHead, offlineStamp } from './offline';
import { PUBLISHED_CSS } from './published-css';
import {
  contactsSection,
  diagramSection,
  followUpSection,
  goalSection,
  obstaclesSection,
  rightsSection,
  signOffsSection,
} from './published-details';
import {
  entryPointsSection,
  headerSection,
  mainRuleSection,
  stepsSections,
  warningBanner,
} from './published-sections';

/**
 * The published routine (`/r/:slug`) as one HTML document without any script: readable with
 * JavaScript off, mobile first, printable. Order per UX.md, built for the acute moment.
 */
export interface PageOptions {
  /** the stylesheet's URL (content-hashed); absent: inlined (one round trip, Lighthouse) */
  cssHref?: string;
  /** the same page in the other language */
  otherLangHref: string;
  /** false: `<meta name="robots" content="noindex">` */
  indexable: boolean;
  /** the diagram as an image at this URL; inline SVG when absent */
  diagramSrc?: string;
  /** the offline layer (public adopted routines only): manifest, icon, registration script */
  offline?: OfflineLinks;
}

function shell(
  lang: Lang,
  title: string,
  options: Pick<PageOptions, 'cssHref' | 'indexable' | 'offline'> & { description?: string },
  body: string,
) {
  const l = labelsFor(lang);
  return join(
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    options.indexable ? '' : '<meta name="robots" content="noindex">',
    `<title>${esc(title)}</title>`,
    options.description ? `<meta name="description" content="${esc(options.description)}">` : '',
    options.cssHref
      ? `<link rel="stylesheet" href="${esc(options.cssHref)}">`
      : `<style>${PUBLISHED_CSS}</style>`,
    options.offline ? offlineHead(options.offline) : '',
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(l.skipLink)}</a>`,
    body,
    '</body>',
    '</html>',
  );
}

export function renderPublishedPage(model: RenderModel, options: PageOptions): string {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const main = join(
    '<main id="main" tabindex="-1"><div class="wrap">',
    options.offline ? offlineStamp(model) : '',
    warningBanner(model),
    entryPointsSection(model),
    mainRuleSection(model),
    stepsSections(model),
    diagramSection(model, options.diagramSrc),
    rightsSection(model),
    contactsSection(model),
    goalSection(model),
    obstaclesSection(model),
    followUpSection(model),
    feedbackLinkSection(model),
    signOffsSection(model),
    '</div></main>',
  );
  const footer = join(
    '<footer class="bottom"><div class="wrap">',
    `<p>${esc(footerLine(model))}</p>`,
    `<p>${esc(s.collaboration.name)} · ${esc(l.madeWith)}</p>`,
    '</div></footer>',
  );
  const title = `${s.routine.title} – ${s.collaboration.name}`;
  const description = options.indexable
    ? l.pageDescription(s.routine.title, s.collaboration.name)
    : undefined;
  return shell(
    meta.lang,
    title,
    { ...options, description },
    join(headerSection(model, options.otherLangHref), main, footer),
  );
}

/**
 * The one "not found" page: the same bytes whether the routine does not exist, is not
 * adopted, or is for members only — so a stranger learns nothing from the difference.
 */
export function renderNotFoundPage(lang: Lang, cssHref?: string): string {
  const l = labelsFor(lang);
  const body = join(
    '<main id="main" tabindex="-1"><div class="wrap">',
    `<h1>${esc(l.notFoundTitle)}</h1>`,
    `<p>${esc(l.notFoundText)}</p>`,
    `<p><a href="/">${esc(l.notFoundSignIn)}</a></p>`,
    '</div></main>',
  );
  return shell(lang, l.notFoundTitle, { cssHref, indexable: false }, body);
}

/** For a member: the routine is not adopted yet; the draft preview is one link away. */
export function renderNotAdoptedPage(
  lang: Lang,
  cssHref: string | undefined,
  routine: { title: string; draftHref: string },
): string {
  const l = labelsFor(lang);
  const body = join(
    '<main id="main" tabindex="-1"><div class="wrap">',
    `<h1>${esc(routine.title)}</h1>`,
    `<p>${esc(l.notAdoptedYet)}</p>`,
    `<p><a href="${esc(routine.draftHref)}">${esc(l.notAdoptedPreview)}</a></p>`,
    '</div></main>',
  );
  return shell(lang, routine.title, { cssHref, indexable: false }, body);
}
