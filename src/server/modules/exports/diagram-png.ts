import { Resvg } from '@resvg/resvg-js';
import { diagramSize } from '../../../domain/render/diagram-svg';
import { ROBOTO } from './fonts';

/**
 * The swimlane SVG as PNG (for Word, which takes no SVG everywhere), drawn by resvg with
 * pdfmake's Roboto files only — resvg silently draws no text when it finds no font.
 * `pixelWidth`: the PNG's width (twice the width it is shown at keeps it sharp in print).
 */
export function diagramPng(
  svg: string,
  pixelWidth: number,
): { png: Buffer; width: number; height: number } {
  const { width, height } = diagramSize(svg);
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [ROBOTO.normal, ROBOTO.bold],
      defaultFontFamily: 'Roboto',
    },
    fitTo: { mode: 'width', value: Math.max(1, Math.round(pixelWidth)) },
    background: '#ffffff',
  });
  return { png: resvg.render().asPng(), width, height };
}
