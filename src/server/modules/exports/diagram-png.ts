import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { diagramSize } from '../../../domain/render/diagram-svg';
import { ROBOTO } from './fonts';

/** PNGs this worker drew lately, by the SVG's hash and the width: the same picture is drawn once. */
const drawn = new Map<string, Buffer>();
const KEEP = 16;

/**
 * The swimlane SVG as PNG (for Word, which takes no SVG everywhere), drawn by resvg with
 * pdfmake's Roboto files only — resvg silently draws no text when it finds no font.
 * `pixelWidth`: the PNG's width (twice the width it is shown at keeps it sharp in print).
 * Drawing costs ~150 ms of CPU for a 25-actor routine (resvg turns every glyph into a path),
 * so each worker keeps its last few PNGs: the diagram only changes when actors or actions
 * do, and a draft's Word file is often downloaded again after other edits. Frozen versions'
 * files are kept whole in export_files anyway.
 */
export function diagramPng(
  svg: string,
  pixelWidth: number,
): { png: Buffer; width: number; height: number } {
  const { width, height } = diagramSize(svg);
  const fitWidth = Math.max(1, Math.round(pixelWidth));
  const key = `${createHash('sha256').update(svg).digest('hex')}:${fitWidth}`;
  let png = drawn.get(key);
  if (png) {
    // Most recently used last: the oldest is the first to go.
    drawn.delete(key);
  } else {
    const resvg = new Resvg(svg, {
      font: {
        loadSystemFonts: false,
        fontFiles: [ROBOTO.normal, ROBOTO.bold],
        defaultFontFamily: 'Roboto',
      },
      fitTo: { mode: 'width', value: fitWidth },
      background: '#ffffff',
    });
    png = resvg.render().asPng();
    if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value!);
  }
  drawn.set(key, png);
  return { png, width, height };
}
