import {
  BorderStyle,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { footerLine, statusLine } from '../../../domain/render/headline';
import { safeHref } from '../../../domain/render/html';
import type { Labels } from '../../../domain/render/labels';
import { paragraphsOf, type RenderModel } from '../../../domain/render/model';
import type { SnapshotContactPath } from '../../../domain/snapshot';

/** Building blocks of the Word file: real heading styles, tables, links, header and footer. */

export type Level = 1 | 2 | 3 | 4;
const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

export const heading = (text: string, level: Level) =>
  new Paragraph({ text, heading: LEVELS[level] });

/** Free text as paragraphs, single newlines as line breaks. */
export function textParagraphs(text: string, options: { bold?: boolean } = {}): Paragraph[] {
  return paragraphsOf(text).map(
    (lines) =>
      new Paragraph({
        children: lines.map(
          (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: options.bold }),
        ),
        spacing: { after: 120 },
      }),
  );
}

export const para = (runs: (TextRun | ExternalHyperlink)[] | string, after = 80) =>
  new Paragraph({
    children: typeof runs === 'string' ? [new TextRun(runs)] : runs,
    spacing: { after },
  });

export const bullet = (runs: (TextRun | ExternalHyperlink)[] | string) =>
  new Paragraph({
    children: typeof runs === 'string' ? [new TextRun(runs)] : runs,
    bullet: { level: 0 },
  });

/** A contact path as a hyperlink run (tel:, mailto:, https:) or plain text. */
export function pathRun(p: SnapshotContactPath, options: { bold?: boolean; size?: number } = {}) {
  const href = safeHref(p.href);
  const run = new TextRun({
    text: p.display,
    bold: options.bold,
    size: options.size,
    ...(href ? { style: 'Hyperlink' } : {}),
  });
  return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B8C2CC' };
/**
 * The grid and the cells' padding are the table's (tblBorders with inside lines, tblCellMar),
 * not each cell's: the same look in Word, and a 150-action routine's document.xml is 40% smaller
 * and faster to write (docx spent a fifth of a Word render on ~900 cells' borders and margins).
 */
export const GRID = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
export const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

export type CellContent = string | Paragraph[];

function cell(content: CellContent, header = false): TableCell {
  const children =
    typeof content === 'string'
      ? [new Paragraph({ children: [new TextRun({ text: content, bold: header })] })]
      : content.length
        ? content
        : [new Paragraph('')];
  return new TableCell({
    children,
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'F1F4F8', color: 'auto' } } : {}),
  });
}

/** A full-width table whose first row repeats on every page. */
export function table(head: string[], rows: CellContent[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(widths ? { columnWidths: widths } : {}),
    borders: GRID,
    margins: CELL_MARGINS,
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

/** A one-cell box with a thick accent border (the entry points, the main rule). */
export function box(children: Paragraph[], fill?: string): TableCell {
  const thick = { style: BorderStyle.SINGLE, size: 18, color: '0B4F8A' };
  return new TableCell({
    children: children.length ? children : [new Paragraph('')],
    borders: { top: thick, bottom: thick, left: thick, right: thick },
    margins: { top: 100, bottom: 100, left: 140, right: 140 },
    ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
  });
}

/** Header with the title and the state; footer with version, hash, date and "Sida 1 av 3". */
export function headerFooter(model: RenderModel, l: Labels) {
  const small = 16; // half-points: 8 pt
  const tabs = [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }];
  // "Sida {current} av {total}" with Word's page fields in place of the numbers.
  const pageParts = l.page(111111, 222222).split(/(111111|222222)/);
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            tabStops: tabs,
            children: [
              new TextRun({ text: model.snapshot.routine.title, size: small, color: '4A4A4A' }),
              new TextRun({ text: `\t${statusLine(model)}`, size: small, color: '4A4A4A' }),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            tabStops: tabs,
            children: [
              new TextRun({ text: `${footerLine(model)}\t`, size: small, color: '4A4A4A' }),
              ...pageParts.map((part) =>
                part === '111111'
                  ? new TextRun({ children: [PageNumber.CURRENT], size: small, color: '4A4A4A' })
                  : part === '222222'
                    ? new TextRun({
                        children: [PageNumber.TOTAL_PAGES],
                        size: small,
                        color: '4A4A4A',
                      })
                    : new TextRun({ text: part, size: small, color: '4A4A4A' }),
              ),
            ],
          }),
        ],
      }),
    },
  };
}
