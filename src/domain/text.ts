/**
 * Characters no text of the app may hold: C0 controls except tab, line feed and carriage
 * return (NUL breaks PostgreSQL, the others break XML in the Word file and hide text), DEL and
 * the C1 controls, lone surrogates (not encodable as UTF-8) and the non-characters U+FFFE /
 * U+FFFF. With the u flag a paired surrogate is one code point, so only lone ones are \p{Cs}.
 * The HTTP input guard refuses them (400) and the live guard refuses updates that add them.
 */
export const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;

const FORBIDDEN_EVERYWHERE = new RegExp(FORBIDDEN_CHARACTER.source, 'gu');

/**
 * A pasted text as the app may hold it: the line and page breaks of word processors (U+000B,
 * U+000C) become line breaks, every other forbidden character goes.
 */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN_EVERYWHERE, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ''));
}
