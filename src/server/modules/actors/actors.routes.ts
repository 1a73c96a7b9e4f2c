import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZActor, ZActorParams, ZCreateActor, ZUpdateActor } from '../../../contracts/actors';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import { serviceContext } from '../../core/context';
import { createActor, deleteActor, getActor, listActors, patchActor } from './actors.service';

export const actorRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['actors'];

  app.get(
    '/api/collaborations/:cid/actors',
    {
      schema: {
        summary: 'The collaboration’s organisations with their contact paths (members)',
        tags,
        params: ZCollaborationParams,
        response: { 200: z.array(ZActor) },
      },
    },
    async (request) => listActors(ctx(request), request.params.cid),
  );
  app.post(
    '/api/collaborations/:cid/actors',
    {
      schema: {
        tags,
        summary: 'Add an organisation with its contact paths (coordinators)',
        params: ZCollaborationParams,
        body: ZCreateActor,
        response: { 201: ZActor },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createActor(ctx(request), request.params.cid, request.body)),
  );
  app.get(
    '/api/collaborations/:cid/actors/:aid',
    {
      schema: {
        summary: 'One organisation with its contact paths (members)',
        tags,
        params: ZActorParams,
        response: { 200: ZActor },
      },
    },
    async (request) => getActor(ctx(request), request.params.cid, request.params.aid),
  );
  app.patch(
    '/api/collaborations/:cid/actors/:aid',
    {
      schema: {
        tags,
        summary:
          'Change an actor; contactPaths replaces the list (409 IN_USE when a removed path is used)',
        params: ZActorParams,
        body: ZUpdateActor,
        response: { 200: ZActor },
      },
    },
    async (request) =>
      patchActor(ctx(request), request.params.cid, request.params.aid, request.body),
  );
  app.delete(
    '/api/collaborations/:cid/actors/:aid',
    {
      schema: {
        tags,
        summary: 'Remove an actor; 409 IN_USE listing its uses',
        params: ZActorParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteActor(ctx(request), request.params.cid, request.params.aid);
      return reply.status(204).send(null);
    },
  );
};
