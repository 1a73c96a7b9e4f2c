import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateReviewPeriod,
  ZReviewPeriod,
  ZReviewPeriodParams,
  ZRoutineLifecycle,
  ZStartedRevision,
  ZStartRevision,
  ZUpdateReviewPeriod,
} from '../../../contracts/evaluation';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import {
  createReviewPeriod,
  deleteReviewPeriod,
  getRoutineLifecycle,
  listReviewPeriods,
  patchReviewPeriod,
} from './evaluation.service';
import { startRevision } from './start-revision.service';

/** Evaluation (issue 18): review periods, "Starta revidering", the routine's lifecycle state. */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['evaluation'];

  app.get(
    '/api/routines/:rid/reviews',
    {
      schema: {
        tags,
        summary:
          'Review periods (uppföljningar), newest first, with their feedback count (members)',
        params: ZRoutineParams,
        response: { 200: z.array(ZReviewPeriod) },
      },
    },
    async (request) => listReviewPeriods(ctx(request), request.params.rid),
  );
  app.post(
    '/api/routines/:rid/reviews',
    {
      schema: {
        tags,
        summary:
          'Records a review period: dates, indicator values, the review meeting (coordinators)',
        params: ZRoutineParams,
        body: ZCreateReviewPeriod,
        response: { 201: ZReviewPeriod },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createReviewPeriod(ctx(request), request.params.rid, request.body)),
  );
  app.patch(
    '/api/routines/:rid/reviews/:id',
    {
      schema: {
        tags,
        summary: 'Changes a review period (coordinators; baseRevision)',
        params: ZReviewPeriodParams,
        body: ZUpdateReviewPeriod,
        response: { 200: ZReviewPeriod },
      },
    },
    async (request) =>
      patchReviewPeriod(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.delete(
    '/api/routines/:rid/reviews/:id',
    {
      schema: {
        tags,
        summary: 'Removes a review period (coordinators)',
        params: ZReviewPeriodParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteReviewPeriod(ctx(request), request.params.rid, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/routines/:rid/reviews/:id/start-revision',
    {
      schema: {
        tags,
        summary:
          '"Starta revidering": the decisions and linked feedback become open items on the step pages (coordinators, adopted routines)',
        params: ZReviewPeriodParams,
        body: ZStartRevision,
        response: { 200: ZStartedRevision },
      },
    },
    async (request) =>
      startRevision(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.get(
    '/api/routines/:rid/lifecycle',
    {
      schema: {
        tags,
        summary: 'Where the routine stands: adopted, in use, evaluation due, under revision',
        params: ZRoutineParams,
        response: { 200: ZRoutineLifecycle },
      },
    },
    async (request) => getRoutineLifecycle(ctx(request), request.params.rid),
  );
};
