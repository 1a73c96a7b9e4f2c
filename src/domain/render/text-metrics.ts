/**
 * Text width estimates for Roboto (the font pdfmake bundles, which the diagram names), so
 * the diagram can wrap labels to fit their boxes without a font engine. Advance widths in
 * thousandths of an em, read from pdfmake's Roboto-Regular.ttf and Roboto-Medium.ttf.
 * Characters outside the table count as a wide letter ("M"-ish), so an estimate errs wide.
 */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ÅÄÖåäöÉéÜüèà–—…’“”§½';
// biome-ignore format: a data table
const REGULAR = [248,258,320,616,562,732,622,175,342,348,431,567,197,276,264,413,562,562,562,562,562,562,562,562,562,562,242,211,508,549,523,473,898,652,623,651,656,568,553,681,713,272,552,627,539,873,713,688,631,688,616,594,597,648,637,887,627,601,599,265,411,265,418,451,309,544,562,523,564,530,348,562,551,243,239,507,243,877,552,570,562,568,339,516,327,551,484,751,496,473,496,338,244,338,680,652,652,688,544,544,570,568,530,648,551,530,544,656,781,669,200,354,357,613,776];
// biome-ignore format: a data table
const MEDIUM = [249,265,319,603,568,736,641,167,346,350,443,555,224,340,278,390,568,568,568,568,568,568,568,568,568,568,264,240,509,563,520,486,897,663,631,653,653,565,551,681,709,283,556,632,540,875,709,689,638,689,629,605,609,654,646,880,631,611,603,271,417,271,429,448,320,539,562,522,563,536,353,567,556,255,251,521,255,871,557,567,562,566,354,515,333,556,496,742,503,490,503,333,249,333,663,663,663,689,539,539,567,565,536,654,556,536,539,642,771,708,216,380,384,622,767];

const UNKNOWN_WIDTH = 720;

function table(widths: number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [i, c] of [...CHARS].entries()) map.set(c, widths[i]!);
  return map;
}
const WIDTHS = { regular: table(REGULAR), medium: table(MEDIUM) };

export type FontWeight = keyof typeof WIDTHS;

/** Estimated width of `text` in px at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const widths = WIDTHS[weight];
  let total = 0;
  for (const c of text) total += widths.get(c) ?? UNKNOWN_WIDTH;
  return (total * fontSize) / 1000;
}

export interface WrappedText {
  lines: string[];
  /** true when text was cut to fit `maxLines` (the last line ends with "…") */
  truncated: boolean;
}

/** Cuts a word that is wider than the line by itself into pieces that fit. */
function splitLongWord(word: string, maxWidth: number, size: number, weight: FontWeight) {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && textWidth(piece + c, size, weight) > maxWidth) {
      pieces.push(piece);
      piece = c;
    } else piece += c;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`; after `maxLines` lines the text is
 * cut and the last line ends with "…" (still within the width).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  weight: FontWeight = 'regular',
): WrappedText {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) =>
      textWidth(w, fontSize, weight) > maxWidth
        ? splitLongWord(w, maxWidth, fontSize, weight)
        : [w],
    );
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && textWidth(`${last}…`, fontSize, weight) > maxWidth) {
    last = last.slice(0, -1);
  }
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return { lines: kept, truncated: true };
}
