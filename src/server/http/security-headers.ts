import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyInstance {
    /** The security headers of every response (helmet's, computed once at start). */
    securityHeaders: Readonly<Record<string, string>>;
  }
}

/** What a probe's answer carries that is not a security header. */
const NOT_SECURITY = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
]);

/**
 * The headers @fastify/helmet sets with these options, read from its answer to one probe
 * request: the same plugin and options decide them, so they cannot drift from helmet's.
 */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get('/', async () => '');
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(res.headers)) {
    if (!NOT_SECURITY.has(key) && value !== undefined) headers[key] = String(value);
  }
  return headers;
}

/**
 * helmet's security headers on every response, set from a list computed once (issue 20).
 * @fastify/helmet built its middleware anew for each request, parsing the CSP directives every
 * time: 5.8 % of an answer save's CPU. The headers do not depend on the request (no CSP nonces
 * here), so one precomputed list is the same answer.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: FastifyHelmetOptions,
): Promise<void> {
  const headers = Object.freeze(await helmetHeaders(options));
  app.decorate('securityHeaders', headers);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
