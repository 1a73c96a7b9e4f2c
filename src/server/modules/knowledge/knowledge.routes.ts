import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import {
  ZCreateKnowledgeItem,
  ZKnowledgeItem,
  ZKnowledgeParams,
  ZUpdateKnowledgeItem,
} from '../../../contracts/knowledge';
import { serviceContext } from '../../core/context';
import {
  createKnowledgeItem,
  deleteKnowledgeItem,
  listKnowledge,
  patchKnowledgeItem,
} from './knowledge.service';

export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['knowledge bank'];
  app.get(
    '/api/collaborations/:cid/knowledge',
    {
      schema: {
        tags,
        summary: 'The knowledge bank (kunskapsbank): national entries and the collaboration’s own',
        params: ZCollaborationParams,
        response: { 200: z.array(ZKnowledgeItem) },
      },
    },
    async (request) => listKnowledge(ctx(request), request.params.cid),
  );
  app.post(
    '/api/collaborations/:cid/knowledge',
    {
      schema: {
        summary: 'Add a local item to the knowledge bank (editors and coordinators)',
        tags,
        params: ZCollaborationParams,
        body: ZCreateKnowledgeItem,
        response: { 201: ZKnowledgeItem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createKnowledgeItem(ctx(request), request.params.cid, request.body)),
  );
  app.patch(
    '/api/collaborations/:cid/knowledge/:kid',
    {
      schema: {
        tags,
        summary: 'Change a local item, or hide / annotate a national one',
        params: ZKnowledgeParams,
        body: ZUpdateKnowledgeItem,
        response: { 200: ZKnowledgeItem },
      },
    },
    async (request) =>
      patchKnowledgeItem(ctx(request), request.params.cid, request.params.kid, request.body),
  );
  app.delete(
    '/api/collaborations/:cid/knowledge/:kid',
    {
      schema: {
        summary: 'Remove a local knowledge item (editors and coordinators)',
        tags,
        params: ZKnowledgeParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteKnowledgeItem(ctx(request), request.params.cid, request.params.kid);
      return reply.status(204).send(null);
    },
  );
};
