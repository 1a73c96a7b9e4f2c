import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZTemplate } from '../../../contracts/template';
import { TEMPLATE } from '../../../domain/template';

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/template',
    {
      schema: {
        tags: ['template'],
        summary:
          'The routine template (steps, questions, tips, timeline, confirmation) in sv and en',
        response: { 200: ZTemplate },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return TEMPLATE;
    },
  );
};
