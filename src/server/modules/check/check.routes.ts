import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCheckQuery, ZCheckResult } from '../../../contracts/check';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { getRoutineCheck } from './check.service';

export const checkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/routines/:rid/check',
    {
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
