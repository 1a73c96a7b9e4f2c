import type { SnapshotContactPath } from '../snapshot';
import { paragraphsOf } from './model';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot carry
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * Escapes text for HTML element content and attribute values alike, dropping the characters
 * XML cannot carry at all (C0 controls but tab and newlines, U+FFFE, U+FFFF): in the SVG
 * diagram they made the file unreadable, and the Word export (resvg draws it) a 500.
 */
export function esc(text: string | number | null | undefined): string {
  return String(text ?? '')
    .replace(NOT_XML, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Free text as paragraphs (blank lines) with line breaks (single newlines). */
export function textBlock(text: string, className?: string): string {
  const cls = className ? ` class="${esc(className)}"` : '';
  return paragraphsOf(text)
    .map((lines) => `<p${cls}>${lines.map(esc).join('<br>')}</p>`)
    .join('');
}

/** Only links a routine may carry: tel:, mailto:, http(s):. Anything else is not a link. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  return /^(tel:|mailto:|https?:\/\/)/i.test(href) ? href : null;
}

/** A contact path as a link (labelled for screen readers when given) or as plain text. */
export function pathLink(path: SnapshotContactPath, ariaLabel?: string, className?: string) {
  const href = safeHref(path.href);
  if (!href) return `<span class="path-value">${esc(path.display)}</span>`;
  const cls = className ? ` class="${esc(className)}"` : '';
  const label = ariaLabel ? ` aria-label="${esc(ariaLabel)}"` : '';
  return `<a${cls} href="${esc(href)}"${label}>${esc(path.display)}</a>`;
}

/** Joins HTML fragments, dropping empty ones. */
export const join = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter(Boolean).join('\n');

/** A section with a heading and an id to link to. */
export function section(id: string, heading: string, body: string, level = 2): string {
  return `<section id="${esc(id)}" aria-labelledby="${esc(id)}-h"><h${level} id="${esc(id)}-h">${esc(heading)}</h${level}>\n${body}\n</section>`;
}
