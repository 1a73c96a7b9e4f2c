import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

/** An incoming id is honoured only when it is short and plain (it ends up in logs). */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's genReqId: the caller's (or the reverse proxy's) `x-request-id` when it is
 * acceptable, a new UUID otherwise. Fastify puts it on every log line of the request (reqId).
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_ID.test(value) ? value : crypto.randomUUID();
}

/** Every response carries `x-request-id`, set before any handler runs so errors have it too. */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
}
