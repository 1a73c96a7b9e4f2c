import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config';

/**
 * The one origin of every address that leaves the app (invitation links, the card's QR code
 * and printed address, the Markdown file's link, Publicera's copy button): `BASE_URL` when it
 * is set, otherwise the origin the request came in on (honouring TRUST_PROXY), so a person on
 * another address never gets "localhost". The same rule as the FOREIGN_ORIGIN check.
 */
export function publicOrigin(config: AppConfig, request: FastifyRequest): string {
  return config.explicitBaseUrl ? config.baseUrl : `${request.protocol}://${request.host}`;
}
