import type { FastifyRequest } from 'fastify';

/**
 * An invitation's token is its key: never written to a log. Redacts the segment after
 * /api/invitations/ and /inbjudan/ (any case, percent-encoded letters too).
 */
export function redactUrl(url: string): string {
  let text: string;
  try {
    text = decodeURIComponent(url);
  } catch {
    return '[malformed URL]';
  }
  return text.replace(/((?:invitations|inbjudan)\/)[^/?#]*/gi, '$1[redacted]');
}

/** The request as the log writes it: its address with any invitation token redacted. */
export function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
  };
}
