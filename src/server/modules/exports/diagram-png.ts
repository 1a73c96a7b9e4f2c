import { createHash } from 'node:crypto';
import { renderAsync } from '@resvg/resvg-js';
import { ROBOTO } from './fonts';

/** PNGs this worker drew lately, by the SVG's hash and the width: the same picture is drawn once. */
const drawn = new Map<string, Promise<Buffer>>();
const KEEP = 16;

/**
 * The swimlane SVG as PNG (for Word, which takes no SVG everywhere), drawn by resvg with
 * pdfmake's Roboto files only — resvg silently draws no text when it finds no font.
 * `pixelWidth`: the PNG's width (twice the width it is shown at keeps it sharp in print).
 * Drawing costs ~130 ms of CPU for a 25-actor routine (resvg turns each of ~13,000 glyphs into
 * a path), so it runs on libuv's thread pool (`renderAsync`) while the caller builds the rest
 * of the document (docx.ts), and each worker keeps its last few PNGs: the diagram only changes
 * when actors or actions do, and a draft's Word file is often downloaded again after other
 * edits. Frozen versions' files are kept whole in export_files anyway.
 */
export function diagramPng(svg: string, pixelWidth: number): Promise<Buffer> {
  const fitWidth = Math.max(1, Math.round(pixelWidth));
  const key = `${createHash('sha256').update(svg).digest('hex')}:${fitWidth}`;
  let png = drawn.get(key);
  if (png) {
    // Most recently used last: the oldest is the first to go.
    drawn.delete(key);
  } else {
    png = renderAsync(svg, {
      font: {
        loadSystemFonts: false,
        fontFiles: [ROBOTO.normal, ROBOTO.bold],
        defaultFontFamily: 'Roboto',
      },
      fitTo: { mode: 'width', value: fitWidth },
      background: '#ffffff',
    }).then((image) => image.asPng());
    // A failed drawing is not kept: the next request tries again.
    png.catch(() => drawn.delete(key));
    if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value!);
  }
  drawn.set(key, png);
  return png;
}
