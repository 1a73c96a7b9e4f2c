import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZActionParams,
  ZCreateObstacle,
  ZObstacle,
  ZUpdateObstacle,
} from '../../../contracts/actions';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { createObstacle, deleteObstacle, listObstacles, patchObstacle } from './obstacles.service';

export const obstacleRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['obstacles'];
  app.get(
    '/api/routines/:rid/obstacles',
    {
      schema: {
        summary: 'The routine’s obstacles and their remedies (members)',
        tags,
        params: ZRoutineParams,
        response: { 200: z.array(ZObstacle) },
      },
    },
    async (request) => listObstacles(ctx(request), request.params.rid),
  );
  app.post(
    '/api/routines/:rid/obstacles',
    {
      schema: {
        summary: 'Add an obstacle (editors and coordinators)',
        tags,
        params: ZRoutineParams,
        body: ZCreateObstacle,
        response: { 201: ZObstacle },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createObstacle(ctx(request), request.params.rid, request.body)),
  );
  app.patch(
    '/api/routines/:rid/obstacles/:id',
    {
      schema: {
        summary: 'Change an obstacle (baseRevision)',
        tags,
        params: ZActionParams,
        body: ZUpdateObstacle,
        response: { 200: ZObstacle },
      },
    },
    async (request) =>
      patchObstacle(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.delete(
    '/api/routines/:rid/obstacles/:id',
    {
      schema: {
        summary: 'Remove an obstacle (editors and coordinators)',
        tags,
        params: ZActionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteObstacle(ctx(request), request.params.rid, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
