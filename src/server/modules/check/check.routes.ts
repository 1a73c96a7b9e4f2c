import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCheckQuery, ZCheckResult } from '../../../contracts/check';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { type AccountRateLimitOptions, rateLimitsOf } from '../auth/account-rate-limit';
import { getRoutineCheck } from './check.service';

export const checkRoutes: FastifyPluginAsyncZod<AccountRateLimitOptions> = async (app, options) => {
  const limit = rateLimitsOf(options);
  app.get(
    '/api/routines/:rid/check',
    {
      config: limit.check,
      schema: {
        tags: ['check'],
        summary: 'The quality check: what the routine still lacks',
        params: ZRoutineParams,
        querystring: ZCheckQuery,
        response: { 200: ZCheckResult },
      },
    },
    async (request) =>
      getRoutineCheck(serviceContext(app, request), request.params.rid, request.query.lang),
  );
};
