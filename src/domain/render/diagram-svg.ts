import type { RoutineSnapshot } from '../snapshot';
import {
  ARROW,
  type ArrowMove,
  BOX_RADIUS,
  type DiagramRect,
  type DiagramText,
  layoutDiagram,
} from './diagram-layout';
import { esc } from './html';
import { labelsFor } from './labels';
import type { Lang } from './model';

/**
 * The swimlane diagram as SVG (layout in diagram-layout.ts). Pure and deterministic: the same
 * snapshot gives the same bytes. Text is wrapped with Roboto's widths (the font pdfmake
 * embeds, named in font-family) and never overflows: after four lines the text is cut with
 * "…" and the full text is the box's <title>.
 */
const FONT = 'Roboto, Arial, Helvetica, sans-serif';
const r = (n: number) => Math.round(n * 10) / 10;

function textLines(lines: DiagramText[]) {
  return lines
    .map(
      (t) =>
        `<text x="${r(t.x)}" y="${r(t.y)}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''}>${esc(t.text)}</text>`,
    )
    .join('');
}

const pathData = (moves: ArrowMove[]) =>
  moves.map((m) => (m[0] === 'M' ? `M${r(m[1])},${r(m[2])}` : `${m[0]}${r(m[1])}`)).join(' ');

const laneRect = (b: DiagramRect) =>
  `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="${b.fill}" stroke="${b.stroke}" stroke-width="${b.strokeWidth}"/>`;

export function renderDiagramSvg(s: RoutineSnapshot, lang: Lang): string {
  const l = labelsFor(lang);
  const d = layoutDiagram(s, lang);
  const { width, height } = d;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="sr-diagram-title sr-diagram-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" class="swimlanes">`,
    `<title id="sr-diagram-title">${esc(l.diagramTitle)}</title>`,
    `<desc id="sr-diagram-desc">${esc(l.diagramDesc(d.counts.actors, d.counts.boxes, d.counts.handoffs))}</desc>`,
    `<defs><marker id="sr-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${ARROW.color}"/></marker></defs>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  for (const column of d.columns) {
    out.push(`<g class="column">${textLines(column.slice(0, 1))}${textLines(column.slice(1))}</g>`);
  }
  for (const lane of d.lanes) {
    out.push(
      `<g class="lane" data-actor-id="${esc(lane.actor.id)}"><title>${esc(lane.actor.name)}</title>` +
        laneRect(lane.rect) +
        textLines(lane.labels) +
        '</g>',
    );
  }
  // Arrows under the boxes.
  for (const arrow of d.arrows) {
    out.push(
      `<path class="handoff" d="${pathData(arrow)}" fill="none" stroke="${ARROW.color}" stroke-width="${ARROW.width}" marker-end="url(#sr-arrow)"/>`,
    );
  }
  for (const { action, rect: b, lines } of d.boxes) {
    out.push(
      `<g class="action" data-action-id="${esc(action.id)}"><title>${esc(action.what)}</title>` +
        `<rect class="action" x="${r(b.x)}" y="${r(b.y)}" width="${b.w}" height="${r(b.h)}" rx="${BOX_RADIUS}" fill="${b.fill}" stroke="${b.stroke}" stroke-width="${b.strokeWidth}"/>` +
        textLines(lines) +
        '</g>',
    );
  }
  if (d.empty.length) out.push(textLines(d.empty));
  out.push('</svg>');
  return out.join('\n');
}

/** The diagram's width and height in px (for embedding at a size). */
export function diagramSize(svg: string): { width: number; height: number } {
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}
