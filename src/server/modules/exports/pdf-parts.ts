import type { Content, Node, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import type { EntryBox, EntryContact } from '../../../domain/render/entry-points';
import { contactWho } from '../../../domain/render/entry-points';
import { footerLine, statusLine } from '../../../domain/render/headline';
import { safeHref } from '../../../domain/render/html';
import type { Labels } from '../../../domain/render/labels';
import { paragraphsOf, type RenderModel } from '../../../domain/render/model';
import { textWidth } from '../../../domain/render/text-metrics';
import type { SnapshotContactPath } from '../../../domain/snapshot';

/** Pieces shared by the routine PDF and the first-response card. */

export const ACCENT = '#0b4f8a';
export const MUTED = '#4a4a4a';
export const DANGER = '#a4161a';

export const STYLES: StyleDictionary = {
  h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 15, bold: true, margin: [0, 16, 0, 6], color: ACCENT },
  h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  h4: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 2] },
  meta: { fontSize: 9, color: MUTED },
  small: { fontSize: 8, color: MUTED },
  th: { bold: true, fillColor: '#f1f4f8' },
  warning: { bold: true, fillColor: '#fff4d6' },
};

const isHeading = (node: { style?: unknown }) =>
  typeof node.style === 'string' && /^h[1-4]$/.test(node.style);

/** Keeps a heading with what follows it: a heading with only headings after it on its page moves on. */
export function keepHeadingsWithContent(
  node: Node,
  nodes: { getFollowingNodesOnPage(): Node[] },
): boolean {
  return isHeading(node) && nodes.getFollowingNodesOnPage().every(isHeading);
}

/** Free text as pdfmake paragraphs. */
export function paragraphs(text: string, style?: string): Content[] {
  return paragraphsOf(text).map((lines) => ({
    text: lines.join('\n'),
    margin: [0, 0, 0, 4] as [number, number, number, number],
    ...(style ? { style } : {}),
  }));
}

/** A contact path's display form, linked when it has a tel:/mailto:/https: link. */
export function pathText(p: SnapshotContactPath, extra: Record<string, unknown> = {}): Content {
  const href = safeHref(p.href);
  return { text: p.display, ...(href ? { link: href } : {}), ...extra } as Content;
}

/** Header and footer with version, adoption state and date, and "Sida 1 av 3". */
export function pageFrame(model: RenderModel, l: Labels) {
  const title = model.snapshot.routine.title;
  return {
    header: (): Content => ({
      columns: [
        { text: title, style: 'small', width: '*' },
        { text: statusLine(model), style: 'small', alignment: 'right', width: 'auto' },
      ],
      margin: [40, 18, 40, 0],
    }),
    footer: (current: number, total: number): Content => ({
      columns: [
        { text: footerLine(model), style: 'small', width: '*' },
        { text: l.page(current, total), style: 'small', alignment: 'right', width: 'auto' },
      ],
      margin: [40, 8, 40, 0],
    }),
  };
}

export interface BoxSizes {
  heading: number;
  number: number;
  text: number;
}

/** Inner width of one of the two entry-point boxes on an A4 page, in pt (with a margin). */
const BOX_TEXT_WIDTH = 220;

/** The size at which a long value (an e-mail address) still fits its box on one line. */
function fitting(text: string, size: number): number {
  const width = textWidth(text, size, 'medium');
  return width <= BOX_TEXT_WIDTH ? size : Math.floor((size * BOX_TEXT_WIDTH * 10) / width) / 10;
}

function contactStack(c: EntryContact, l: Labels, size: BoxSizes): Content[] {
  const who = contactWho(c);
  const hours = c.path?.always ? l.allHours : c.path?.hours;
  return [
    { text: who, bold: true, fontSize: size.text, margin: [0, 4, 0, 0] },
    ...(c.path
      ? [
          pathText(c.path, {
            fontSize: fitting(c.path.display, size.number),
            bold: true,
            color: ACCENT,
          }),
        ]
      : []),
    ...(hours ? [{ text: hours, fontSize: size.text - 1, color: MUTED }] : []),
  ];
}

/** One entry-points box (children or adults): office hours, then after hours. */
export function entryBoxCell(box: EntryBox, heading: string, l: Labels, size: BoxSizes): TableCell {
  const stack: Content[] = [
    { text: heading, bold: true, fontSize: size.heading, margin: [0, 0, 0, 4] },
  ];
  if (box.officeHours.length) {
    stack.push({
      text: l.officeHours,
      bold: true,
      color: MUTED,
      fontSize: size.text,
      margin: [0, 4, 0, 0],
    });
    for (const c of box.officeHours) stack.push(...contactStack(c, l, size));
  }
  if (box.afterHours.length) {
    stack.push({
      text: box.officeHours.length ? l.afterHours : l.allHours,
      bold: true,
      color: MUTED,
      fontSize: size.text,
      margin: [0, 8, 0, 0],
    });
    for (const c of box.afterHours) stack.push(...contactStack(c, l, size));
  } else {
    stack.push({
      text: box.officeHours.length ? l.noAfterHours : l.noEntryPoints,
      fontSize: size.text,
      margin: [0, 6, 0, 0],
    });
  }
  return { stack };
}

/** A table layout with thin grey lines and some padding. */
export const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#b8c2cc',
  vLineColor: () => '#b8c2cc',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** A thick accent frame around each cell (the entry-point boxes). */
export const BOXES = {
  hLineWidth: () => 2,
  vLineWidth: () => 2,
  hLineColor: () => ACCENT,
  vLineColor: () => ACCENT,
  paddingLeft: () => 8,
  paddingRight: () => 8,
  paddingTop: () => 6,
  paddingBottom: () => 8,
};

/** A table with a header row: every cell a string or pdfmake content. */
export function simpleTable(
  head: string[],
  rows: TableCell[][],
  widths: (string | number)[],
): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [head.map((h) => ({ text: h, style: 'th' })), ...rows],
    },
    layout: GRID,
    fontSize: 9,
    margin: [0, 2, 0, 8],
  };
}
