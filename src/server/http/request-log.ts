import type { FastifyRequest } from 'fastify';

/** Query parameters that carry a key: an identity provider's code and state, e-mail link tokens, a re-authentication. */
const SECRET_PARAMETERS = /([?&](?:code|state|token|reauth|id_token|access_token)=)[^&#]*/gi;

/**
 * A token in an address is a key: never written to a log. Redacts the segment after
 * /api/invitations/, /inbjudan/ (region invitations too) and a workshop's join address /delta/,
 * and the value of query parameters that carry a key (single sign-on's `code` and `state`, the
 * `token` of e-mail links, `reauth`), in any case, percent-encoded letters too.
 */
export function redactUrl(url: string): string {
  let text: string;
  try {
    text = decodeURIComponent(url);
  } catch {
    return '[malformed URL]';
  }
  return text
    .replace(/((?:invitations|inbjudan|\/delta)\/)[^/?#]*/gi, '$1[redacted]')
    .replace(SECRET_PARAMETERS, '$1[redacted]');
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
