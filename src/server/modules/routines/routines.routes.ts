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
import { answerField, MAIN_RULE_FIELD } from '../../../domain/collab';
import { serviceContext } from '../../core/context';
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
        summary: 'The collaboration’s routines (members)',
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
    {
      schema: {
        summary: 'The routine with its answers (members)',
        tags: ['routines'],
        params: ZRoutineParams,
        response: { 200: ZRoutine },
      },
    },
    async (request) => getRoutine(ctx(request), request.params.rid),
  );

  app.patch(
    '/api/routines/:rid',
    {
      schema: {
        summary: 'Change the routine’s own fields: title, visibility, address (baseRevision)',
        tags: ['routines'],
        params: ZRoutineParams,
        body: ZUpdateRoutine,
        response: { 200: ZRoutine },
      },
    },
    async (request) => {
      const routine = await patchRoutine(ctx(request), request.params.rid, request.body);
      // The main rule is a live text too: the write reaches every open copy as an edit.
      if (request.body.mainRule !== undefined)
        await app.collab.applyText(request.params.rid, MAIN_RULE_FIELD, routine.mainRule ?? '');
      return routine;
    },
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
    async (request) => {
      const { rid, questionId } = request.params;
      // Pending live edits land first, so baseRevision is compared with what everyone sees;
      // then the saved text reaches every open copy as an edit.
      await app.collab.flush(rid);
      const result = await saveAnswer(ctx(request), rid, questionId, request.body);
      await app.collab.applyText(rid, answerField(questionId), request.body.text);
      return result;
    },
  );
};
