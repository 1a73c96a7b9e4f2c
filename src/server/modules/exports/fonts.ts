import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * Fonts for every file: pdfmake's bundled Roboto (covers å ä ö). No system fonts are needed.
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

/** The parts of pdfkit's font object (EmbeddedFont) that sharing touches. */
interface EmbeddedFont {
  font: { createSubset(): unknown };
  subset: unknown;
  layoutCache?: Record<string, unknown>;
}
/** The parts of pdfmake's document class (pdfmake/js/PDFDocument.js, 0.3) that sharing uses. */
interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFont> | undefined>;
  getFontFile(family: string, bold: boolean, italics: boolean): unknown;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
}
interface SharedFont {
  font: EmbeddedFont['font'];
  layoutCache: Record<string, unknown>;
}
/** Above this many shaped words a font's cache starts afresh (a few MB at most). */
const MAX_CACHED_WORDS = 50_000;

/**
 * pdfkit parses each font file again for every document, decodes its glyph substitution and
 * positioning tables lazily per document, and shapes every word (fontkit) again in every
 * document. That is the same work for every file, so a worker keeps one parsed font per file
 * and one cache of shaped words per font (pdfkit's own per-document word cache, shared).
 * Each document still gets its own subset: a file embeds only the glyphs it uses.
 * Saves ~20% of a routine PDF's CPU time (docs/benchmarks.md).
 */
function shareParsedFonts(): void {
  const { prototype } = (
    require('pdfmake/js/PDFDocument.js') as { default: { prototype: PdfmakeDocument } }
  ).default;
  const provideFont = prototype.provideFont;
  const shared = new Map<string, SharedFont>();
  prototype.provideFont = function (this: PdfmakeDocument, family, bold, italics) {
    const isNew = !this.fontCache[family]?.[this.getFontType(bold, italics)];
    const embedded = provideFont.call(this, family, bold, italics);
    const file = this.getFontFile(family, bold, italics);
    // Anything unexpected (a standard font, another pdfkit): leave the document as it is.
    if (!isNew || typeof file !== 'string' || !embedded.layoutCache) return embedded;
    if (typeof embedded.font?.createSubset !== 'function') return embedded;
    const kept = shared.get(file);
    if (!kept || Object.keys(kept.layoutCache).length > MAX_CACHED_WORDS) {
      shared.set(file, { font: embedded.font, layoutCache: embedded.layoutCache });
      return embedded;
    }
    embedded.font = kept.font;
    embedded.subset = kept.font.createSubset();
    embedded.layoutCache = kept.layoutCache;
    return embedded;
  };
}

let configured = false;
function configure(): void {
  if (configured) return;
  shareParsedFonts();
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
