import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZAuditPage, ZAuditQuery } from '../../../contracts/audit';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import { serviceContext } from '../../core/context';
import { listAuditEvents } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/collaborations/:cid/audit',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The Händelselogg (coordinators): who changed what, newest first; page with `before` = `next`',
        params: ZCollaborationParams,
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (request) =>
      listAuditEvents(serviceContext(app, request), request.params.cid, request.query),
  );
};
