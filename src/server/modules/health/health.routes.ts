import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../http/errors';

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
        await sql`select 1`.execute(app.database.db);
      } catch (err) {
        app.log.error({ err }, 'database does not answer');
        throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer.');
      }
      return { status: 'ok' as const, node: process.version };
    },
  );
};
