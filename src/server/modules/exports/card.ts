import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import { dateOf } from '../../../domain/render/dates';
import { draftMarkOf, draftWatermarkOf } from '../../../domain/render/draft-mark';
import { groupEntryPoints } from '../../../domain/render/entry-points';
import { footerLine } from '../../../domain/render/headline';
import { labelsFor } from '../../../domain/render/labels';
import { nationalSupportLine, type RenderModel } from '../../../domain/render/model';
import { renderPdf } from './fonts';
import { ACCENT, BOXES, DANGER, entryBoxCell, MUTED } from './pdf-parts';

/**
 * The first-response card: one A4 page for a staff-room wall. Entry points for children and
 * adults in large type, after hours, 112, the national support line, the main rule, and a QR
 * code to the published page with its short address. When a routine has many entry points
 * the card is laid out again in smaller type until it fits on one page.
 */
const SCALES = [1, 0.88, 0.76, 0.66, 0.58, 0.5];
const MAIN_RULE_MAX = 600;

/** The QR code of a URL as SVG (the qrcode package), drawn by pdfmake as vectors. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}

const shortUrl = (url: string) => url.replace(/^https?:\/\//, '');

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function cardDefinition(model: RenderModel, qr: string, scale: number): TDocumentDefinitions {
  const { snapshot: s, meta } = model;
  const l = labelsFor(meta.lang);
  const entries = groupEntryPoints(s);
  const px = (n: number) => Math.round(n * scale * 10) / 10;
  const size = { heading: px(16), number: px(24), text: px(11.5) };
  const support = nationalSupportLine(s, meta.lang);
  const rule = s.routine.mainRule?.trim();
  const mark = draftMarkOf(model);
  const content: Content[] = [
    ...(mark
      ? [
          {
            text: mark,
            fontSize: px(20),
            bold: true,
            color: '#ffffff',
            background: DANGER,
            alignment: 'center' as const,
            margin: [0, 0, 0, px(8)] as [number, number, number, number],
          },
        ]
      : []),
    { text: l.suspect, fontSize: px(24), bold: true, color: ACCENT, margin: [0, 0, 0, px(2)] },
    {
      text: `${s.routine.title} · ${s.collaboration.name}`,
      fontSize: px(11),
      color: MUTED,
      margin: [0, 0, 0, px(10)],
    },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [
            entryBoxCell(entries.children, l.childBox, l, size),
            entryBoxCell(entries.adults, l.adultBox, l, size),
          ],
        ],
      },
      layout: BOXES,
    },
    {
      text: [
        { text: `${l.emergency} `, color: DANGER },
        { text: l.emergencyLink, color: DANGER, link: 'tel:112' },
      ],
      fontSize: px(26),
      bold: true,
      margin: [0, px(12), 0, px(4)],
    },
  ];
  if (support) {
    content.push({
      text: [
        `${l.supportLine} ${support.name}: `,
        { text: support.display, bold: true, ...(support.href ? { link: support.href } : {}) },
        support.hours ? ` (${support.hours})` : '',
      ],
      fontSize: px(13),
      margin: [0, 0, 0, px(10)],
    });
  }
  if (rule) {
    content.push({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: l.mainRule, bold: true, fontSize: px(12), color: ACCENT },
                {
                  text: cut(rule, MAIN_RULE_MAX),
                  fontSize: px(13),
                  bold: true,
                  margin: [0, 2, 0, 0],
                },
              ],
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 5 : 0),
        vLineColor: () => ACCENT,
        fillColor: () => '#e8f0f8',
        paddingLeft: () => 10,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [0, 0, 0, px(10)],
    });
  }
  content.push({
    columns: [
      { svg: qr, width: px(110) },
      {
        width: '*',
        margin: [px(12), px(8), 0, 0],
        stack: [
          { text: l.cardScan, fontSize: px(12), bold: true },
          { text: shortUrl(meta.publicUrl), fontSize: px(15), bold: true, link: meta.publicUrl },
          { text: l.cardMore, fontSize: px(10.5), color: MUTED, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    unbreakable: true,
  });
  return {
    info: { title: `${l.suspect} – ${s.routine.title}`, creator: 'Samrutin' },
    pageSize: 'A4',
    pageMargins: [36, 32, 36, 40],
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.1 },
    content,
    ...draftWatermarkOf(model, 60),
    footer: () => ({
      text: `${footerLine(model)} · ${l.generated(dateOf(meta.generatedAt))}`,
      fontSize: 7.5,
      color: MUTED,
      margin: [36, 14, 36, 0],
    }),
  };
}

/** The card as a one-page A4 PDF. */
export async function buildCardPdf(model: RenderModel): Promise<Buffer> {
  const qr = await qrSvg(model.meta.publicUrl);
  let last: Buffer | null = null;
  for (const scale of SCALES) {
    const { buffer, pages } = await renderPdf(cardDefinition(model, qr, scale));
    if (pages <= 1) return buffer;
    last = buffer;
  }
  return last!;
}
