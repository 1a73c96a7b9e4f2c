import {
  BorderStyle,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { buildMatrix } from '../../../domain/matrix';
import type { Labels } from '../../../domain/render/labels';
import { ACTION_STEPS, actorsInFlow, indexSnapshot, type Lang } from '../../../domain/render/model';
import type { RoutineSnapshot, SnapshotAction } from '../../../domain/snapshot';
import { findStep } from '../../../domain/template';
import { CELL_MARGINS, GRID, heading } from './docx-parts';

/**
 * The swimlane diagram in Word as a table: one row (lane) per organisation, one column per
 * step 2–5, each task in its cell in full, the handoffs (the picture's arrows) written under it
 * as "→ Polisen (steg 3)". Lanes are shaded in turn like the picture's, entry points are
 * marked in words and with the picture's blue.
 *
 * Word drew the diagram as a PNG until December 2026: scaled to the landscape page a 25-lane
 * picture had text ~1.3 pt high (unreadable in print), could not be searched or edited, said
 * no more to a screen reader than its one-line description, and drawing it (resvg turning ~13,000 glyphs into paths) was half the render. A table
 * is what Word lays out best: the header row repeats on every page, a lane is kept on one page
 * when it fits, and the text reflows with the user's edits.
 */

/**
 * The table's page: landscape A4 with 1.5 cm margins at the sides (2 cm above and below, for
 * the header and footer), so that a lane's tasks take fewer lines and more lanes fit a page.
 * Twips (1/1440 in); the actor's column, then four steps.
 */
export const DIAGRAM_PAGE = {
  size: { orientation: PageOrientation.LANDSCAPE },
  margin: { top: 1134, bottom: 1134, left: 851, right: 851 },
};
const PAGE_W = 16838 - 2 * 851;
const ACTOR_W = 2000;
const STEP_W = (PAGE_W - ACTOR_W) / ACTION_STEPS.length;
/** Colours of the picture (diagram-layout.ts): lanes in turn, entry points. */
const LANE_FILL = ['F1F4F8', 'FFFFFF'];
const HEAD_FILL = 'DDE3EA';
const ENTRY = { fill: 'E6EFFA', line: '0B5394' };
const GREY = '4A4A4A';
/** Half-points. */
const TEXT = 18;
const SMALL = 16;
/**
 * A lane whose fullest cell holds more tasks than this may be taller than a landscape page;
 * it is allowed to break across pages (a row that may not break and is taller than a page can
 * be cut off by the word processor).
 */
const KEEP_WHOLE_UP_TO = 6;

const shade = (fill: string) => ({ type: ShadingType.CLEAR, fill, color: 'auto' });

function taskParagraph(a: SnapshotAction, handoffs: string[], l: Labels): Paragraph {
  const runs = [
    ...(a.isEntryPoint ? [new TextRun({ text: `${l.entryPoint}: `, bold: true, size: TEXT })] : []),
    new TextRun({ text: a.what, size: TEXT }),
    ...handoffs.map((line) => new TextRun({ text: line, size: SMALL, color: GREY, break: 1 })),
  ];
  return new Paragraph({
    children: runs,
    spacing: { after: 60 },
    ...(a.isEntryPoint
      ? {
          shading: shade(ENTRY.fill),
          // Indented so the bar falls inside the cell's text area: LibreOffice does not draw
          // a paragraph border that would lie in the cell's padding.
          indent: { left: 140 },
          border: {
            left: { style: BorderStyle.SINGLE, size: 18, color: ENTRY.line, space: 3 },
          },
        }
      : {}),
  });
}

export function diagramTableBlocks(
  s: RoutineSnapshot,
  lang: Lang,
  l: Labels,
): (Paragraph | Table)[] {
  const actors = actorsInFlow(s);
  if (actors.length === 0) return [];
  const ix = indexSnapshot(s);
  const actions = s.actions.filter((a) => ACTION_STEPS.includes(a.step as 2));
  const matrix = buildMatrix(actors, actions);
  const handoffLines = (a: SnapshotAction) =>
    a.handoffTo.flatMap((id) => {
      const to = ix.action(id);
      const actor = to && ix.actor(to.actorId);
      return actor ? [`→ ${actor.name} (${l.stepShort(to.step).toLowerCase()})`] : [];
    });

  const head = new TableRow({
    tableHeader: true,
    children: [
      new TableCell({
        shading: shade(HEAD_FILL),
        children: [new Paragraph({ children: [new TextRun({ text: l.actor, bold: true })] })],
      }),
      ...ACTION_STEPS.map(
        (n) =>
          new TableCell({
            shading: shade(HEAD_FILL),
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: l.stepShort(n), bold: true }),
                  new TextRun({ text: findStep(n)?.title[lang] ?? '', size: SMALL, break: 1 }),
                ],
              }),
            ],
          }),
      ),
    ],
  });
  const rows = actors.map((actor, i) => {
    const cells = matrix.cells.slice(i * ACTION_STEPS.length, (i + 1) * ACTION_STEPS.length);
    const fill = shade(LANE_FILL[i % 2]!);
    return new TableRow({
      cantSplit: Math.max(...cells.map((c) => c.actions.length)) <= KEEP_WHOLE_UP_TO,
      children: [
        new TableCell({
          shading: fill,
          children: [new Paragraph({ children: [new TextRun({ text: actor.name, bold: true })] })],
        }),
        ...cells.map(
          (c) =>
            new TableCell({
              shading: fill,
              children: c.actions.length
                ? c.actions.map((a) => taskParagraph(a, handoffLines(a), l))
                : [new Paragraph('')],
            }),
        ),
      ],
    });
  });

  return [
    heading(l.matrixCaption, 1),
    new Paragraph({
      children: [new TextRun({ text: l.diagramTableIntro, color: GREY })],
      spacing: { after: 120 },
    }),
    new Table({
      width: { size: PAGE_W, type: WidthType.DXA },
      columnWidths: [ACTOR_W, ...ACTION_STEPS.map(() => STEP_W)],
      layout: TableLayoutType.FIXED,
      borders: GRID,
      margins: CELL_MARGINS,
      rows: [head, ...rows],
    }),
  ];
}
