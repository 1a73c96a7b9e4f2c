import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAction,
  ZActionParams,
  ZCreateAction,
  ZMatrix,
  ZUpdateAction,
} from '../../../contracts/actions';
import { ZRoutineParams } from '../../../contracts/routines';
import { buildMatrix } from '../../../domain/matrix';
import { loadRoutineForMember } from '../../core/access';
import { serviceContext } from '../../core/context';
import { readActors } from '../actors/actors.service';
import {
  createAction,
  deleteAction,
  listActions,
  patchAction,
  readActions,
} from './actions.service';

export const actionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['actions'];

  app.get(
    '/api/routines/:rid/actions',
    {
      schema: {
        summary: 'Who does what in each step, in order (members)',
        tags,
        params: ZRoutineParams,
        response: { 200: z.array(ZAction) },
      },
    },
    async (request) => listActions(ctx(request), request.params.rid),
  );
  app.post(
    '/api/routines/:rid/actions',
    {
      schema: {
        tags,
        summary: 'Add who does what in a step (editors: for their own organisation)',
        params: ZRoutineParams,
        body: ZCreateAction,
        response: { 201: ZAction },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAction(ctx(request), request.params.rid, request.body)),
  );
  app.patch(
    '/api/routines/:rid/actions/:id',
    {
      schema: {
        summary: 'Change an action (baseRevision; editors: their own organisation’s)',
        tags,
        params: ZActionParams,
        body: ZUpdateAction,
        response: { 200: ZAction },
      },
    },
    async (request) =>
      patchAction(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.delete(
    '/api/routines/:rid/actions/:id',
    {
      schema: {
        summary: 'Remove an action (editors: their own organisation’s)',
        tags,
        params: ZActionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAction(ctx(request), request.params.rid, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/routines/:rid/matrix',
    {
      schema: {
        tags,
        summary: 'Actors × steps 2–5 with each cell’s actions ("vem gör vad")',
        params: ZRoutineParams,
        response: { 200: ZMatrix },
      },
    },
    async (request) => {
      const c = ctx(request);
      const { routine } = await loadRoutineForMember(c, request.params.rid);
      const [actors, actions] = await Promise.all([
        readActors(c.db, routine.collaborationId),
        readActions(c.db, routine.id),
      ]);
      return buildMatrix(actors, actions);
    },
  );
};
