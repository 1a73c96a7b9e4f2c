import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { pingDatabase } from '../../db/database';
import { isRedisReachable } from '../../redis';

const ZReadiness = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ database: z.boolean(), redis: z.boolean().optional() }),
  down: z.array(z.string()),
});
export type Readiness = z.infer<typeof ZReadiness>;

/** Checks what this process needs to serve requests: the database and, when set, Redis. */
export async function checkReadiness(
  app: Parameters<FastifyPluginAsyncZod>[0],
): Promise<Readiness> {
  const database = await pingDatabase(app.database.db)
    .then(() => true)
    .catch((err) => {
      app.log.error({ err }, 'database does not answer');
      return false;
    });
  const checks: Readiness['checks'] = { database };
  if (app.redis) checks.redis = await isRedisReachable(app.redis);
  const down = Object.entries(checks)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  return { status: down.length ? 'unavailable' : 'ok', checks, down };
}

/** GET /healthz (alive: the database answers) and GET /readyz (database and Redis). */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        hide: true,
        // node: the runtime's version (process.version, e.g. "v24.22.3"), for operations.
        response: { 200: z.object({ status: z.literal('ok'), node: z.string() }) },
      },
    },
    async () => {
      try {
        await pingDatabase(app.database.db);
      } catch (err) {
        app.log.error({ err }, 'database does not answer');
        throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer.');
      }
      return { status: 'ok' as const, node: process.version };
    },
  );

  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: ZReadiness, 503: ZReadiness } } },
    async (_request, reply) => {
      const readiness = await checkReadiness(app);
      return reply.status(readiness.down.length ? 503 : 200).send(readiness);
    },
  );
};
