import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import {
  ZAnswerParams,
  ZCreateRoutine,
  ZRoutine,
  ZRoutineParams,
  ZRoutineSummary,
  ZSaveAnswer,
  ZSaveAnswerResult,
  ZUpdateRoutine,
} from '../../../contracts/routines';
import { serviceContext } from '../../http/context';
import {
  createRoutine,
  getRoutine,
  listRoutines,
  patchRoutine,
  saveAnswer,
} from './routines.service';

export const routineRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);

  app.get(
    '/api/collaborations/:cid/routines',
    {
      schema: {
        tags: ['routines'],
        params: ZCollaborationParams,
        response: { 200: z.array(ZRoutineSummary) },
      },
    },
    async (request) => listRoutines(ctx(request), request.params.cid),
  );

  app.post(
    '/api/collaborations/:cid/routines',
    {
      schema: {
        tags: ['routines'],
        summary: 'Create a draft routine (coordinators)',
        params: ZCollaborationParams,
        body: ZCreateRoutine,
        response: { 201: ZRoutineSummary },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRoutine(ctx(request), request.params.cid, request.body)),
  );

  app.get(
    '/api/routines/:rid',
    { schema: { tags: ['routines'], params: ZRoutineParams, response: { 200: ZRoutine } } },
    async (request) => getRoutine(ctx(request), request.params.rid),
  );

  app.patch(
    '/api/routines/:rid',
    {
      schema: {
        tags: ['routines'],
        params: ZRoutineParams,
        body: ZUpdateRoutine,
        response: { 200: ZRoutine },
      },
    },
    async (request) => patchRoutine(ctx(request), request.params.rid, request.body),
  );

  app.put(
    '/api/routines/:rid/answers/:questionId',
    {
      schema: {
        tags: ['routines'],
        summary: 'Save an answer; 409 STALE_REVISION when baseRevision is not the stored one',
        params: ZAnswerParams,
        body: ZSaveAnswer,
        response: { 200: ZSaveAnswerResult },
      },
    },
    async (request) =>
      saveAnswer(ctx(request), request.params.rid, request.params.questionId, request.body),
  );
};
