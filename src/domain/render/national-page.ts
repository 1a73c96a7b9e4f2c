import { esc, join } from './html';
import { labelsFor } from './labels';
import type { Lang } from './model';

/**
 * The public national page *Rutiner i landet* (issue 18), server-rendered like `/r/:slug`:
 * plain HTML with the published pages' stylesheet, no script, Swedish or English.
 */

export interface NationalPageRoutine {
  title: string;
  collaborationName: string;
  area: string | null;
  /** the routine's published address, `/r/<slug>` */
  href: string;
}

const CSS = `.national{list-style:none;padding:0;margin:1rem 0}
.national li{border-bottom:1px solid var(--line,#ccc);padding:.75rem 0}
.national h2{font-size:1.15rem;margin:0 0 .25rem}
.national p{margin:0}`;

/** The page at `/rutiner-i-landet` (`?lang=en` for English). */
export function renderNationalPage(input: {
  lang: Lang;
  cssHref: string;
  routines: NationalPageRoutine[];
}): string {
  const { lang, routines } = input;
  const all = labelsFor(lang);
  const l = { ...all.national, skipLink: all.skipLink };
  const other = all.otherLanguage;
  const otherHref = other.lang === 'en' ? '/rutiner-i-landet?lang=en' : '/rutiner-i-landet';
  const langQuery = lang === 'en' ? '?lang=en' : '';
  const list =
    routines.length === 0
      ? `<p>${esc(l.empty)}</p>`
      : join(
          `<p>${esc(l.count(routines.length))}</p>`,
          '<ul class="national">',
          ...routines.map((r) =>
            join(
              '<li>',
              `<h2><a href="${esc(r.href + langQuery)}">${esc(r.title)}</a></h2>`,
              `<p>${esc(r.collaborationName)} · ${esc(r.area ?? l.noArea)}</p>`,
              '</li>',
            ),
          ),
          '</ul>',
        );
  return join(
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(l.title)} – Samrutin</title>`,
    `<meta name="description" content="${esc(l.description)}">`,
    `<link rel="alternate" hreflang="sv" href="/rutiner-i-landet">`,
    `<link rel="alternate" hreflang="en" href="/rutiner-i-landet?lang=en">`,
    `<link rel="stylesheet" href="${esc(input.cssHref)}">`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${esc(l.skipLink)}</a>`,
    '<header class="top"><div class="wrap">',
    `<p class="collab"><a href="/">${esc(l.home)}</a></p>`,
    `<h1>${esc(l.title)}</h1>`,
    `<nav class="lang" aria-label="${esc(other.label)}"><a href="${otherHref}" lang="${other.lang}" hreflang="${other.lang}">${esc(other.label)}</a></nav>`,
    '</div></header>',
    '<main id="main" tabindex="-1"><div class="wrap">',
    `<p>${esc(l.intro)}</p>`,
    list,
    `<p>${esc(l.about)}</p>`,
    '</div></main>',
    '</body>',
    '</html>',
  );
}
