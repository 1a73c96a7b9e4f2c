import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import { ZMember, ZMemberParams, ZUpdateMember } from '../../../contracts/members';
import { serviceContext } from '../../core/context';
import { listMembers, patchMember, removeMember } from './members.service';

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['members'];

  app.get(
    '/api/collaborations/:cid/members',
    {
      schema: {
        tags,
        summary: 'Members with their role and the organisation they represent',
        params: ZCollaborationParams,
        response: { 200: z.array(ZMember) },
      },
    },
    async (request) => listMembers(ctx(request), request.params.cid),
  );
  app.patch(
    '/api/collaborations/:cid/members/:uid',
    {
      schema: {
        tags,
        summary: 'Change role or organisation (coordinators); 409 LAST_COORDINATOR',
        params: ZMemberParams,
        body: ZUpdateMember,
        response: { 200: ZMember },
      },
    },
    async (request) =>
      patchMember(ctx(request), request.params.cid, request.params.uid, request.body),
  );
  app.delete(
    '/api/collaborations/:cid/members/:uid',
    {
      schema: {
        tags,
        summary: 'Remove a member (coordinators) or leave (yourself); 409 LAST_COORDINATOR',
        params: ZMemberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMember(ctx(request), request.params.cid, request.params.uid);
      return reply.status(204).send(null);
    },
  );
};
