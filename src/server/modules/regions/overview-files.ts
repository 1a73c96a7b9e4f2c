import { COVERAGE_KEYS, type CoverageKey, type RegionOverview } from '../../../contracts/regions';
import { VOCABULARY } from '../../../domain/vocabulary-labels';

/** The regional overview as files: CSV (one row per collaboration) and the coverage chart (SVG). */

type Lang = 'sv' | 'en';

/** The coverage labels by key and language (the shared vocabulary, also the web page's). */
export const COVERAGE_LABELS = Object.fromEntries(
  COVERAGE_KEYS.map((k) => [k, { sv: VOCABULARY.sv.coverage[k], en: VOCABULARY.en.coverage[k] }]),
) as Record<CoverageKey, Record<Lang, string>>;

const HEAD: Record<Lang, string[]> = {
  sv: ['Samverkan', 'Område', 'Samordnare', 'Rutin antagen', 'Nästa översyn', 'Försenad'],
  en: ['Collaboration', 'Area', 'Coordinators', 'Routine adopted', 'Next review', 'Overdue'],
};
const TAIL: Record<Lang, string[]> = {
  sv: ['Öppna hinder för beslut', 'Återkoppling'],
  en: ['Open blockers', 'Feedback'],
};
const YES_NO: Record<Lang, [string, string]> = { sv: ['ja', 'nej'], en: ['yes', 'no'] };

/** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function overviewCsv(overview: RegionOverview, lang: Lang): string {
  const [yes, no] = YES_NO[lang];
  const flag = (b: boolean | undefined) => (b === undefined ? '' : b ? yes : no);
  const header = [
    ...HEAD[lang],
    ...COVERAGE_KEYS.map((k) => COVERAGE_LABELS[k][lang]),
    ...TAIL[lang],
  ];
  const rows = overview.collaborations.map((c) => [
    c.name,
    c.area,
    c.coordinators.map((k) => `${k.name} <${k.email}>`).join(', '),
    c.routine?.adoptedAt ?? '',
    c.routine?.nextReviewDate ?? '',
    flag(c.routine ? c.routine.isReviewOverdue : undefined),
    ...COVERAGE_KEYS.map((k) => flag(c.coverage?.[k])),
    c.routine?.openBlockers ?? '',
    c.routine?.feedbackCount ?? '',
  ]);
  // A byte-order mark so spreadsheet programs read å, ä and ö right.
  return `\uFEFF${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

const escapeXml = (s: string) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const CHART_TEXT: Record<Lang, { title: (region: string) => string; desc: string }> = {
  sv: {
    title: (region) => `Täckning i antagna rutiner, ${region}`,
    desc: 'Antal samverkansgrupper med antagen rutin som täcker varje del.',
  },
  en: {
    title: (region) => `Coverage in adopted routines, ${region}`,
    desc: 'Number of collaborations with an adopted routine that cover each part.',
  },
};

/**
 * A horizontal bar chart of the region's coverage: one bar per coverage key, its length the
 * share of adopted routines that cover it. `role="img"` with a title and a description; the
 * page shows the same numbers as a table beside it.
 */
export function coverageChartSvg(overview: RegionOverview, lang: Lang): string {
  const text = CHART_TEXT[lang];
  const adopted = overview.totals.adopted;
  // Label above its bar, so the chart stays legible when a phone scales it down.
  const barMax = 300;
  const rowHeight = 50;
  const width = barMax + 70;
  const height = COVERAGE_KEYS.length * rowHeight + 4;
  const bars = COVERAGE_KEYS.map((key, i) => {
    const n = overview.totals.coverage[key];
    const w = adopted === 0 ? 0 : Math.round((n / adopted) * barMax);
    const y = i * rowHeight;
    return [
      `<text x="0" y="${y + 16}">${escapeXml(COVERAGE_LABELS[key][lang])}</text>`,
      `<rect x="0" y="${y + 24}" width="${barMax}" height="18" fill="#e8eaed"/>`,
      `<rect x="0" y="${y + 24}" width="${w}" height="18" fill="#1f5f8b"/>`,
      `<text x="${barMax + 8}" y="${y + 38}">${n} / ${adopted}</text>`,
    ].join('');
  }).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="14" fill="#1b1b1b">`,
    `<title id="chart-title">${escapeXml(text.title(overview.region.name))}</title>`,
    `<desc id="chart-desc">${escapeXml(text.desc)}</desc>`,
    bars,
    '</svg>',
  ].join('');
}
