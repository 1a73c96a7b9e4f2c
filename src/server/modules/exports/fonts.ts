import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Fonts for every file: pdfmake's bundled Roboto (covers å ä ö), for pdfmake itself and for
 * resvg (which draws no text at all without a font). No system fonts are needed.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(
  path.dirname(require.resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

export const ROBOTO = {
  normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts({ Roboto: ROBOTO });
  // Documents are built from our own data: no URL is ever fetched, no file but the fonts read.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file: string) => FONT_FILES.has(path.resolve(file)));
  configured = true;
}

/** Renders a document definition; also says how many pages it took. */
export async function renderPdf(
  dd: TDocumentDefinitions,
): Promise<{ buffer: Buffer; pages: number }> {
  configure();
  let pages = 0;
  const footer = dd.footer;
  const counted: TDocumentDefinitions = {
    ...dd,
    footer: (current, total, size) => {
      pages = total;
      return typeof footer === 'function' ? footer(current, total, size) : (footer ?? null);
    },
  };
  const buffer = (await pdfmake.createPdf(counted).getBuffer()) as Buffer;
  return { buffer, pages };
}
