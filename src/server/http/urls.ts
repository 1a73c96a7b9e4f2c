/**
 * A web address as stored: `new URL(u).href` (lower-case scheme and host, percent-encoded
 * spaces, quotes and angle brackets), and only http or https — anything else (javascript:,
 * data:, file:) is null, so callers refuse it or drop it. The API and the import both use it.
 */
export function normalizeUrl(value: string | null): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.href;
}
