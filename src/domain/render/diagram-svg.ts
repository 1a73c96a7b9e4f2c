import type { RoutineSnapshot, SnapshotAction } from '../snapshot';
import { findStep } from '../template';
import { esc } from './html';
import { labelsFor } from './labels';
import { ACTION_STEPS, actorsInFlow, type Lang } from './model';
import { wrapText } from './text-metrics';

/**
 * The swimlane diagram: one lane (row) per organisation, one column per step 2–5, a box per
 * action in its lane and column, orthogonal arrows for handoffs. Pure and deterministic:
 * the same snapshot gives the same bytes. Text is wrapped with Roboto's widths (the font
 * pdfmake embeds, named in font-family) and never overflows: after MAX_LINES the text is cut
 * with "…" and the full text is the box's <title>.
 */
const FONT = 'Roboto, Arial, Helvetica, sans-serif';
const PAD = 16;
const HEADER_H = 52;
const LABEL_W = 160;
const COL_W = 210;
const GUTTER = 36;
const CELL_PAD = 10;
const BOX_W = COL_W - 2 * CELL_PAD;
const TEXT_PAD = 8;
const FONT_SIZE = 11;
const LINE_H = 14;
const MAX_LINES = 4;
const LANE_TOP = 16; // corridor above the boxes where arrows may run across a lane
const BOX_GAP = 10;
const LANE_BOTTOM = 10;
/** Estimates err on the wide side (other fonts in browsers): leave a margin. */
const TEXT_W = (BOX_W - 2 * TEXT_PAD) * 0.94;

interface Box {
  action: SnapshotAction;
  col: number;
  lane: number;
  x: number;
  y: number;
  h: number;
  lines: string[];
}

const colX = (col: number) => PAD + LABEL_W + GUTTER + col * (COL_W + GUTTER);
const r = (n: number) => Math.round(n * 10) / 10;

/** Lines of one box's text: what is done, cut to MAX_LINES. */
function boxLines(action: SnapshotAction): string[] {
  return wrapText(action.what, TEXT_W, FONT_SIZE, MAX_LINES).lines;
}

function textLines(lines: string[], x: number, top: number, size: number, weight = 400) {
  const w = weight === 400 ? '' : ` font-weight="${weight}"`;
  return lines
    .map(
      (line, i) =>
        `<text x="${r(x)}" y="${r(top + size * 0.95 + i * (size + 3))}" font-size="${size}"${w}>${esc(line)}</text>`,
    )
    .join('');
}

export function renderDiagramSvg(s: RoutineSnapshot, lang: Lang): string {
  const l = labelsFor(lang);
  const actors = actorsInFlow(s);
  const laneOf = new Map(actors.map((a, i) => [a.id, i]));
  const sorted = [...s.actions]
    .filter((a) => laneOf.has(a.actorId) && ACTION_STEPS.includes(a.step as 2))
    .sort((a, b) => a.step - b.step || a.position - b.position);

  // Stack boxes in each cell; a lane is as tall as its fullest cell.
  const laneLabels = actors.map((a) => wrapText(a.name, LABEL_W - 16, 12, 4, 'medium').lines);
  const cellHeights = actors.map(() => ACTION_STEPS.map(() => 0));
  const pending = sorted.map((action) => {
    const lane = laneOf.get(action.actorId)!;
    const col = ACTION_STEPS.indexOf(action.step as 2);
    const lines = boxLines(action);
    const h = Math.max(2, lines.length) * LINE_H + 2 * TEXT_PAD - 2;
    const offset = cellHeights[lane]![col]!;
    cellHeights[lane]![col] = offset + h + BOX_GAP;
    return { action, lane, col, lines, h, offset };
  });
  const laneH = actors.map(
    (_, i) =>
      Math.max(
        ...cellHeights[i]!.map((h) => h - (h > 0 ? BOX_GAP : 0)),
        laneLabels[i]!.length * 15,
        40,
      ) +
      LANE_TOP +
      LANE_BOTTOM,
  );
  const laneTop: number[] = [];
  let y = PAD + HEADER_H;
  for (const h of laneH) {
    laneTop.push(y);
    y += h;
  }
  const height = Math.max(y + PAD, PAD * 2 + HEADER_H + 40);
  const width = colX(ACTION_STEPS.length) + PAD;
  const boxes: Box[] = pending.map((p) => ({
    action: p.action,
    col: p.col,
    lane: p.lane,
    lines: p.lines,
    h: p.h,
    x: colX(p.col) + CELL_PAD,
    y: laneTop[p.lane]! + LANE_TOP + p.offset,
  }));
  const byId = new Map(boxes.map((b) => [b.action.id, b]));

  const out: string[] = [];
  const handoffCount = sorted.reduce(
    (n, a) => n + a.handoffTo.filter((id) => byId.has(id)).length,
    0,
  );
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="sr-diagram-title sr-diagram-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" class="swimlanes">`,
    `<title id="sr-diagram-title">${esc(l.diagramTitle)}</title>`,
    `<desc id="sr-diagram-desc">${esc(l.diagramDesc(actors.length, boxes.length, handoffCount))}</desc>`,
    '<defs><marker id="sr-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#2d3748"/></marker></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );

  // Column headers: "Steg 2" and the step's title.
  ACTION_STEPS.forEach((step, col) => {
    const title = findStep(step)?.title[lang] ?? '';
    const x = colX(col) + CELL_PAD;
    out.push(
      `<g class="column">${textLines([l.stepShort(step)], x, PAD, 13, 700)}${textLines(
        wrapText(title, BOX_W, 11, 2).lines,
        x,
        PAD + 18,
        11,
      )}</g>`,
    );
  });

  // Lanes: a band per organisation with its name.
  actors.forEach((actor, i) => {
    const top = laneTop[i]!;
    const fill = i % 2 === 0 ? '#f1f4f8' : '#ffffff';
    out.push(
      `<g class="lane" data-actor-id="${esc(actor.id)}"><title>${esc(actor.name)}</title>` +
        `<rect x="${PAD}" y="${top}" width="${width - 2 * PAD}" height="${laneH[i]}" fill="${fill}" stroke="#a0aec0" stroke-width="0.5"/>` +
        textLines(laneLabels[i]!, PAD + 8, top + LANE_TOP - 4, 12, 700) +
        '</g>',
    );
  });

  // Arrows under the boxes: through the gutters and the corridor at the top of a lane.
  const gutterSlots = new Map<number, number>();
  const corridorSlots = new Map<number, number>();
  const slotX = (gutterRight: number) => {
    const k = gutterSlots.get(gutterRight) ?? 0;
    gutterSlots.set(gutterRight, k + 1);
    return gutterRight - GUTTER + 8 + (k % 5) * 5;
  };
  for (const from of boxes) {
    for (const toId of from.action.handoffTo) {
      const to = byId.get(toId);
      if (!to) continue;
      const sx = from.x + BOX_W;
      const sy = from.y + from.h / 2;
      const ex = to.x;
      const ey = to.y + to.h / 2;
      let d: string;
      if (to.col === from.col + 1) {
        const gx = slotX(colX(to.col));
        d = `M${r(sx)},${r(sy)} H${r(gx)} V${r(ey)} H${r(ex)}`;
      } else {
        const xr = slotX(colX(from.col + 1));
        const k = corridorSlots.get(to.lane) ?? 0;
        corridorSlots.set(to.lane, k + 1);
        const yc = laneTop[to.lane]! + 4 + (k % 3) * 4;
        const xl = slotX(colX(to.col));
        d = `M${r(sx)},${r(sy)} H${r(xr)} V${r(yc)} H${r(xl)} V${r(ey)} H${r(ex)}`;
      }
      out.push(
        `<path class="handoff" d="${d}" fill="none" stroke="#2d3748" stroke-width="1.5" marker-end="url(#sr-arrow)"/>`,
      );
    }
  }

  for (const b of boxes) {
    const entry = b.action.isEntryPoint;
    out.push(
      `<g class="action" data-action-id="${esc(b.action.id)}"><title>${esc(b.action.what)}</title>` +
        `<rect class="action" x="${r(b.x)}" y="${r(b.y)}" width="${BOX_W}" height="${r(b.h)}" rx="4" fill="${entry ? '#e6effa' : '#ffffff'}" stroke="${entry ? '#0b5394' : '#4a5568'}" stroke-width="${entry ? 2.5 : 1}"/>` +
        textLines(b.lines, b.x + TEXT_PAD, b.y + TEXT_PAD - 1, FONT_SIZE) +
        '</g>',
    );
  }
  if (boxes.length === 0) {
    out.push(textLines([l.noResponsibilities], PAD + 8, PAD + HEADER_H + 8, 12));
  }
  out.push('</svg>');
  return out.join('\n');
}

/** The diagram's width and height in px (for embedding at a size). */
export function diagramSize(svg: string): { width: number; height: number } {
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}
