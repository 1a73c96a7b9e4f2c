import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCollaboration,
  ZCollaborationParams,
  ZCollaborationsCreated,
  ZCreateCollaboration,
  ZUpdateCollaboration,
} from '../../../contracts/collaborations';
import { ZRoutineStatus } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import {
  countCollaborationsCreated,
  createCollaboration,
  getCollaboration,
  listMyCollaborations,
  patchCollaboration,
} from './collaborations.service';

const ZCollaborationListItem = ZCollaboration.extend({
  routines: z.array(
    z.object({ id: z.string(), slug: z.string(), title: z.string(), status: ZRoutineStatus }),
  ),
});

export const collaborationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);

  app.get(
    '/api/collaborations',
    {
      schema: {
        tags: ['collaborations'],
        summary: 'The collaborations the caller belongs to',
        response: { 200: z.array(ZCollaborationListItem) },
      },
    },
    async (request) => listMyCollaborations(ctx(request)),
  );

  app.post(
    '/api/collaborations',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        tags: ['collaborations'],
        summary: 'Create a collaboration (the caller becomes coordinator)',
        body: ZCreateCollaboration,
        response: { 201: ZCollaboration },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCollaboration(ctx(request), request.body)),
  );

  app.get(
    '/api/collaborations/created',
    {
      schema: {
        tags: ['collaborations'],
        summary:
          'How many collaborations the caller has created, and the most an account may create',
        response: { 200: ZCollaborationsCreated },
      },
    },
    async (request) => countCollaborationsCreated(ctx(request)),
  );

  app.get(
    '/api/collaborations/:cid',
    {
      schema: {
        summary: 'The collaboration, with the caller’s role (members)',
        tags: ['collaborations'],
        params: ZCollaborationParams,
        response: { 200: ZCollaboration },
      },
    },
    async (request) => getCollaboration(ctx(request), request.params.cid),
  );

  app.patch(
    '/api/collaborations/:cid',
    {
      schema: {
        summary: 'Rename or describe the collaboration (coordinators; baseRevision)',
        tags: ['collaborations'],
        params: ZCollaborationParams,
        body: ZUpdateCollaboration,
        response: { 200: ZCollaboration },
      },
    },
    async (request) => patchCollaboration(ctx(request), request.params.cid, request.body),
  );
};
