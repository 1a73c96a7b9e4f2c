import type { RoutineSnapshot, SnapshotAction, SnapshotActor } from '../snapshot';
import { findStep } from '../template';
import { labelsFor } from './labels';
import { ACTION_STEPS, actorsInFlow, type Lang } from './model';
import { wrapText } from './text-metrics';

/**
 * Where everything in the swimlane diagram goes: one lane (row) per organisation, one column
 * per step 2–5, a box per action in its lane and column, orthogonal arrows for handoffs.
 * Drawn as SVG (diagram-svg.ts: the app, the published page, Word's picture) and with the
 * PDF library's own vector drawing (exports/pdf-diagram.ts), so both show the same thing.
 * Text is wrapped with Roboto's widths and never overflows: after MAX_LINES the text is cut
 * with "…" (the SVG's box title carries the full text).
 */
const PAD = 16;
const HEADER_H = 52;
const LABEL_W = 160;
const COL_W = 210;
const GUTTER = 36;
const CELL_PAD = 10;
export const BOX_W = COL_W - 2 * CELL_PAD;
const TEXT_PAD = 8;
const FONT_SIZE = 11;
const LINE_H = 14;
const MAX_LINES = 4;
const LANE_TOP = 16; // corridor above the boxes where arrows may run across a lane
const BOX_GAP = 10;
const LANE_BOTTOM = 10;
/** Estimates err on the wide side (other fonts in browsers): leave a margin. */
const TEXT_W = (BOX_W - 2 * TEXT_PAD) * 0.94;

/** One line of text; `y` is its baseline. */
export interface DiagramText {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  text: string;
}

export interface DiagramRect {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** An arrow's path: a start, then horizontal and vertical moves; it ends in an arrowhead. */
export type ArrowMove = ['M', number, number] | ['H', number] | ['V', number];

export const LANE_STROKE = { stroke: '#a0aec0', strokeWidth: 0.5 };
export const ARROW = { color: '#2d3748', width: 1.5 };
export const BOX_RADIUS = 4;

export interface DiagramLayout {
  width: number;
  height: number;
  /** actors with a lane, boxes (actions) and drawn arrows: for the diagram's description */
  counts: { actors: number; boxes: number; handoffs: number };
  columns: DiagramText[][];
  lanes: { actor: SnapshotActor; rect: DiagramRect; labels: DiagramText[] }[];
  arrows: ArrowMove[][];
  boxes: { action: SnapshotAction; rect: DiagramRect; lines: DiagramText[] }[];
  /** "nothing to draw" when no action has a lane */
  empty: DiagramText[];
}

const colX = (col: number) => PAD + LABEL_W + GUTTER + col * (COL_W + GUTTER);

function textLines(lines: string[], x: number, top: number, size: number, bold = false) {
  return lines.map((text, i) => ({ x, y: top + size * 0.95 + i * (size + 3), size, bold, text }));
}

export function layoutDiagram(s: RoutineSnapshot, lang: Lang): DiagramLayout {
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
    const lines = wrapText(action.what, TEXT_W, FONT_SIZE, MAX_LINES).lines;
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
  const boxes = pending.map((p) => ({
    action: p.action,
    col: p.col,
    lane: p.lane,
    lines: p.lines,
    h: p.h,
    x: colX(p.col) + CELL_PAD,
    y: laneTop[p.lane]! + LANE_TOP + p.offset,
  }));
  const byId = new Map(boxes.map((b) => [b.action.id, b]));

  // Column headers: "Steg 2" and the step's title.
  const columns = ACTION_STEPS.map((step, col) => {
    const x = colX(col) + CELL_PAD;
    const title = findStep(step)?.title[lang] ?? '';
    return [
      ...textLines([l.stepShort(step)], x, PAD, 13, true),
      ...textLines(wrapText(title, BOX_W, 11, 2).lines, x, PAD + 18, 11),
    ];
  });

  const lanes = actors.map((actor, i) => ({
    actor,
    rect: {
      x: PAD,
      y: laneTop[i]!,
      w: width - 2 * PAD,
      h: laneH[i]!,
      fill: i % 2 === 0 ? '#f1f4f8' : '#ffffff',
      ...LANE_STROKE,
    },
    labels: textLines(laneLabels[i]!, PAD + 8, laneTop[i]! + LANE_TOP - 4, 12, true),
  }));

  // Arrows under the boxes: through the gutters and the corridor at the top of a lane.
  const gutterSlots = new Map<number, number>();
  const corridorSlots = new Map<number, number>();
  const slotX = (gutterRight: number) => {
    const k = gutterSlots.get(gutterRight) ?? 0;
    gutterSlots.set(gutterRight, k + 1);
    return gutterRight - GUTTER + 8 + (k % 5) * 5;
  };
  const arrows: ArrowMove[][] = [];
  for (const from of boxes) {
    for (const toId of from.action.handoffTo) {
      const to = byId.get(toId);
      if (!to) continue;
      const start: ArrowMove = ['M', from.x + BOX_W, from.y + from.h / 2];
      const ex = to.x;
      const ey = to.y + to.h / 2;
      if (to.col === from.col + 1) {
        arrows.push([start, ['H', slotX(colX(to.col))], ['V', ey], ['H', ex]]);
      } else {
        const xr = slotX(colX(from.col + 1));
        const k = corridorSlots.get(to.lane) ?? 0;
        corridorSlots.set(to.lane, k + 1);
        const yc = laneTop[to.lane]! + 4 + (k % 3) * 4;
        const xl = slotX(colX(to.col));
        arrows.push([start, ['H', xr], ['V', yc], ['H', xl], ['V', ey], ['H', ex]]);
      }
    }
  }

  return {
    width,
    height,
    counts: { actors: actors.length, boxes: boxes.length, handoffs: arrows.length },
    columns,
    lanes,
    arrows,
    boxes: boxes.map((b) => {
      const entry = b.action.isEntryPoint;
      return {
        action: b.action,
        rect: {
          x: b.x,
          y: b.y,
          w: BOX_W,
          h: b.h,
          fill: entry ? '#e6effa' : '#ffffff',
          stroke: entry ? '#0b5394' : '#4a5568',
          strokeWidth: entry ? 2.5 : 1,
        },
        lines: textLines(b.lines, b.x + TEXT_PAD, b.y + TEXT_PAD - 1, FONT_SIZE),
      };
    }),
    empty:
      boxes.length === 0 ? textLines([l.noResponsibilities], PAD + 8, PAD + HEADER_H + 8, 12) : [],
  };
}
