import type { Content, TableCell } from 'pdfmake/interfaces';
import { COVERAGE_KEYS, type RegionOverview } from '../../../contracts/regions';
import { VOCABULARY } from '../../../domain/vocabulary-labels';
import { renderPdf } from '../exports/fonts';
import { STYLES } from '../exports/pdf-parts';
import { COVERAGE_LABELS, coverageChartSvg } from './overview-files';

type Lang = 'sv' | 'en';

const TEXT = {
  sv: {
    caption: 'Regional översikt',
    summary: (n: number, adopted: number, overdue: number) =>
      `${n} ${n === 1 ? 'samverkansgrupp' : 'samverkansgrupper'} är med. ${adopted} har en antagen rutin, ${overdue} har en försenad översyn.`,
    coverage: 'Täckning i antagna rutiner',
    collaborations: 'Samverkansgrupperna',
    head: [
      'Samverkan',
      'Område',
      'Samordnare',
      VOCABULARY.sv.routineStatus.adopted,
      'Nästa översyn',
      'Hinder',
      'Återkoppling',
    ],
    overdue: 'försenad',
    covers: 'Täcker',
    none: 'ingenting ännu (ingen antagen rutin)',
    generated: 'Sammanställd',
  },
  en: {
    caption: 'Regional overview',
    summary: (n: number, adopted: number, overdue: number) =>
      `${n} ${n === 1 ? 'collaboration takes' : 'collaborations take'} part. ${adopted} with an adopted routine, ${overdue} overdue for review.`,
    coverage: 'Coverage in adopted routines',
    collaborations: 'The collaborations',
    head: [
      'Collaboration',
      'Area',
      'Coordinators',
      VOCABULARY.en.routineStatus.adopted,
      'Next review',
      'Blockers',
      'Feedback',
    ],
    overdue: 'overdue',
    covers: 'Covers',
    none: 'nothing yet (no adopted routine)',
    generated: 'Compiled',
  },
} as const;

/** The regional overview as a PDF: the summary, the coverage chart and one row per collaboration. */
export async function buildOverviewPdf(overview: RegionOverview, lang: Lang): Promise<Buffer> {
  const x = TEXT[lang];
  const { totals } = overview;
  const head: TableCell[] = x.head.map((text) => ({ text, style: 'th' }));
  const rows: TableCell[][] = overview.collaborations.map((c) => {
    const r = c.routine;
    const covered = c.coverage
      ? COVERAGE_KEYS.filter((k) => c.coverage?.[k]).map((k) => COVERAGE_LABELS[k][lang])
      : null;
    return [
      {
        stack: [
          { text: c.name, bold: true },
          {
            text: `${x.covers}: ${covered ? covered.join(', ') || '–' : x.none}`,
            style: 'meta',
          },
        ],
      },
      c.area ?? '',
      c.coordinators.map((k) => `${k.name} <${k.email}>`).join('\n'),
      r?.adoptedAt ?? '–',
      r?.nextReviewDate ? `${r.nextReviewDate}${r.isReviewOverdue ? ` (${x.overdue})` : ''}` : '–',
      String(r?.openBlockers ?? '–'),
      String(r?.feedbackCount ?? '–'),
    ];
  });
  const content: Content[] = [
    { text: x.caption, style: 'meta' },
    { text: overview.region.name, style: 'h1' },
    { text: x.summary(totals.collaborations, totals.adopted, totals.overdue) },
    { text: `${x.generated} ${overview.today}`, style: 'meta', margin: [0, 2, 0, 0] },
    { text: x.coverage, style: 'h2' },
    {
      // The chart's title is the heading above; in a PDF it would only cost drawing time.
      svg: coverageChartSvg(overview, lang).replace(/<title[^>]*>[^<]*<\/title>/g, ''),
      fit: [260, 214],
    },
    { text: x.collaborations, style: 'h2' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 70, 130, 60, 70, 40, 55],
        body: [head, ...rows],
      },
      layout: 'lightHorizontalLines',
    },
  ];
  const { buffer } = await renderPdf({
    info: { title: `${x.caption}: ${overview.region.name}`, creator: 'Samrutin' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 44, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: STYLES,
    content,
  });
  return buffer;
}
