import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZPublicOrigin } from '../../../contracts/origin';
import { publicOrigin } from '../../http/origin';

/**
 * The origin outgoing addresses use, and whether BASE_URL sets it: Publicera shows the address
 * to copy from it and warns a coordinator when it only follows the address in use right now.
 */
export const originRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public-origin',
    {
      schema: {
        tags: ['publish'],
        summary: 'The origin of outgoing addresses (BASE_URL, else this request’s origin)',
        security: [],
        response: { 200: ZPublicOrigin },
      },
    },
    async (request) => ({
      origin: publicOrigin(app.config, request),
      isConfigured: app.config.explicitBaseUrl,
    }),
  );
};
