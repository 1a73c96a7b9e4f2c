import type { CanvasElement, Content } from 'pdfmake/interfaces';
import {
  ARROW,
  type ArrowMove,
  BOX_RADIUS,
  type DiagramRect,
  type DiagramText,
  layoutDiagram,
} from '../../../domain/render/diagram-layout';
import type { Lang } from '../../../domain/render/model';
import type { RoutineSnapshot } from '../../../domain/snapshot';

/**
 * The swimlane diagram drawn with pdfmake's own vector shapes (a canvas) and real PDF text,
 * scaled to fit `fit` like an image. The same layout as the SVG (diagram-layout.ts), without
 * the cost of having pdfmake parse, style and lay out an SVG document on every render.
 */

/** Roboto's ascent (hhea 1900 / 2048 units): pdfmake places a line by its top, SVG by its baseline. */
const ROBOTO_ASCENT = 1900 / 2048;
/** The SVG's arrowhead marker: 10 × 10 units, 0.7 of them per unit of line width, tip at the end. */
const HEAD = 10 * 0.7 * ARROW.width;
/** The SVG's coordinates are rounded to 0.1 px; round the same so both draw the same. */
const r = (n: number) => Math.round(n * 10) / 10;

export function diagramCanvas(s: RoutineSnapshot, lang: Lang, fit: [number, number]): Content {
  const d = layoutDiagram(s, lang);
  const k = Math.min(fit[0] / d.width, fit[1] / d.height);
  const rect = (b: DiagramRect, radius?: number): CanvasElement => ({
    type: 'rect',
    x: r(b.x) * k,
    y: r(b.y) * k,
    w: b.w * k,
    h: r(b.h) * k,
    ...(radius ? { r: radius * k } : {}),
    color: b.fill,
    lineColor: b.stroke,
    lineWidth: b.strokeWidth * k,
  });
  const shapes: CanvasElement[] = [
    { type: 'rect', x: 0, y: 0, w: d.width * k, h: d.height * k, color: '#ffffff' },
    ...d.lanes.map((lane) => rect(lane.rect)),
    ...d.arrows.flatMap((arrow) => arrowShapes(arrow, k)),
    ...d.boxes.map((box) => rect(box.rect, BOX_RADIUS)),
  ];
  const texts = [
    ...d.columns.flat(),
    ...d.lanes.flatMap((lane) => lane.labels),
    ...d.boxes.flatMap((box) => box.lines),
    ...d.empty,
  ].map((t) => textAt(t, k, d.height * k));
  // The canvas takes the diagram's room; the texts, drawn over it, are placed back up into it.
  return { stack: [{ canvas: shapes }, ...texts] };
}

/** A line of text, positioned relative to the bottom of the diagram (the canvas's end). */
function textAt(t: DiagramText, k: number, height: number): Content {
  return {
    text: t.text,
    fontSize: t.size * k,
    bold: t.bold,
    lineHeight: 1,
    noWrap: true,
    relativePosition: { x: r(t.x) * k, y: (r(t.y) - t.size * ROBOTO_ASCENT) * k - height },
  };
}

/** The arrow's line and its filled head at the end, pointing along the last move. */
function arrowShapes(moves: ArrowMove[], k: number): CanvasElement[] {
  const points: { x: number; y: number }[] = [];
  for (const m of moves) {
    const last = points[points.length - 1];
    if (m[0] === 'M') points.push({ x: r(m[1]), y: r(m[2]) });
    else if (m[0] === 'H') points.push({ x: r(m[1]), y: last!.y });
    else points.push({ x: last!.x, y: r(m[1]) });
  }
  const end = points[points.length - 1]!;
  const before = points[points.length - 2] ?? end;
  const angle = Math.atan2(end.y - before.y, end.x - before.x);
  const at = (along: number, across: number) => ({
    x: (end.x + along * Math.cos(angle) - across * Math.sin(angle)) * k,
    y: (end.y + along * Math.sin(angle) + across * Math.cos(angle)) * k,
  });
  return [
    {
      type: 'polyline',
      points: points.map((p) => ({ x: p.x * k, y: p.y * k })),
      lineColor: ARROW.color,
      lineWidth: ARROW.width * k,
    },
    {
      type: 'polyline',
      points: [at(-HEAD, -HEAD / 2), at(0, 0), at(-HEAD, HEAD / 2)],
      closePath: true,
      color: ARROW.color,
    },
  ];
}
