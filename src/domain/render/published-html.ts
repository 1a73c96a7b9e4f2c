import { feedbackLinkSection } from './feedback-page';
import { footerLine } from './headline';
import { esc, join } from './html';
import { labelsFor } from './labels';
import type { Lang, RenderModel } from './model';
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
  /** the stylesheet's URL (content-hashed) */
  cssHref: string;
  /** the same page in the other language */
  otherLangHref: string;
  /** false: `<meta name="robots" content="noindex">` */
  indexable: boolean;
  /** the diagram as an image at this URL; inline SVG when absent */
  diagramSrc?: string;
}

function shell(
  lang: Lang,
  title: string,
  options: Pick<PageOptions, 'cssHref' | 'indexable'>,
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
    `<link rel="stylesheet" href="${esc(options.cssHref)}">`,
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
  return shell(
    meta.lang,
    title,
    options,
    join(headerSection(model, options.otherLangHref), main, footer),
  );
}

/**
 * The one "not found" page: the same bytes whether the routine does not exist, is not
 * adopted, or is for members only — so a stranger learns nothing from the difference.
 */
export function renderNotFoundPage(lang: Lang, cssHref: string): string {
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
