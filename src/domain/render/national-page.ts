import { esc, join } from './html';
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

const LABELS = {
  sv: {
    title: 'Rutiner i landet',
    intro:
      'Antagna rutiner för enskilda ärenden som rör människohandel och prostitution, från de samverkansgrupper som har valt att visas här.',
    empty: 'Ingen samverkansgrupp visar sin rutin här än.',
    noArea: 'Område inte angivet',
    count: (n: number) => (n === 1 ? '1 rutin' : `${n} rutiner`),
    skipLink: 'Hoppa till innehållet',
    otherLanguage: { label: 'In English', lang: 'en' },
    home: 'Till Samrutin',
    about:
      'Varje samverkansgrupp väljer själv om dess antagna, publika rutiner ska visas här. Sidan visar bara det som de publicerade rutinerna redan visar.',
    description: 'Antagna rutiner för ärenden om människohandel och prostitution i Sverige.',
  },
  en: {
    title: 'Routines across the country',
    intro:
      'Adopted routines for individual cases of human trafficking and prostitution, from the collaborations that chose to be shown here.',
    empty: 'No collaboration shows its routine here yet.',
    noArea: 'Area not given',
    count: (n: number) => (n === 1 ? '1 routine' : `${n} routines`),
    skipLink: 'Skip to content',
    otherLanguage: { label: 'På svenska', lang: 'sv' },
    home: 'To Samrutin',
    about:
      'Each collaboration decides whether its adopted, public routines are shown here. The page shows only what the published routines already show.',
    description: 'Adopted routines for cases of human trafficking and prostitution in Sweden.',
  },
} as const;

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
  const l = LABELS[lang];
  const other = l.otherLanguage;
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
