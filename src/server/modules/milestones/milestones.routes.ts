import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZId } from '../../../contracts/common';
import {
  ZCreateMilestone,
  ZEvaluationPlan,
  ZMilestone,
  ZPutEvaluationPlan,
  ZUpdateMilestone,
} from '../../../contracts/review';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { getEvaluationPlan, putEvaluationPlan } from './evaluation-plan.service';
import {
  createMilestone,
  deleteMilestone,
  listMilestones,
  patchMilestone,
} from './milestones.service';

const ZMilestoneParams = z.object({ rid: ZId, id: ZId });

/** Step 6: the timeline's milestones and the evaluation plan. */
export const milestoneRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['timeline'];
  app.get(
    '/api/routines/:rid/milestones',
    {
      schema: {
        summary: 'The timeline’s milestones, in date order (members)',
        tags,
        params: ZRoutineParams,
        response: { 200: z.array(ZMilestone) },
      },
    },
    async (request) => listMilestones(ctx(request), request.params.rid),
  );
  app.post(
    '/api/routines/:rid/milestones',
    {
      schema: {
        summary: 'Add a milestone (editors and coordinators)',
        tags,
        params: ZRoutineParams,
        body: ZCreateMilestone,
        response: { 201: ZMilestone },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMilestone(ctx(request), request.params.rid, request.body)),
  );
  app.patch(
    '/api/routines/:rid/milestones/:id',
    {
      schema: {
        summary: 'Change a milestone (baseRevision)',
        tags,
        params: ZMilestoneParams,
        body: ZUpdateMilestone,
        response: { 200: ZMilestone },
      },
    },
    async (request) =>
      patchMilestone(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.delete(
    '/api/routines/:rid/milestones/:id',
    {
      schema: {
        summary: 'Remove a milestone (editors and coordinators)',
        tags,
        params: ZMilestoneParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteMilestone(ctx(request), request.params.rid, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/routines/:rid/evaluation-plan',
    {
      schema: {
        tags,
        summary: 'The evaluation plan (404 while there is none)',
        params: ZRoutineParams,
        response: { 200: ZEvaluationPlan },
      },
    },
    async (request) => getEvaluationPlan(ctx(request), request.params.rid),
  );
  app.put(
    '/api/routines/:rid/evaluation-plan',
    {
      schema: {
        tags,
        summary: 'Write the evaluation plan (editors and coordinators)',
        params: ZRoutineParams,
        body: ZPutEvaluationPlan,
        response: { 200: ZEvaluationPlan },
      },
    },
    async (request) => putEvaluationPlan(ctx(request), request.params.rid, request.body),
  );
};
