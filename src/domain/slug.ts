const MAX_SLUG = 60;

/**
 * URL slug from a Swedish title: å/ä → a, ö → o, lower case, dashes, at most 60 characters,
 * cut between words (a single word longer than that is cut where the limit falls).
 */
export function slugify(text: string): string {
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= MAX_SLUG) return full;
  const boundary = full.lastIndexOf('-', MAX_SLUG);
  return boundary > 0 ? full.slice(0, boundary) : full.slice(0, MAX_SLUG);
}
