import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import { ZLang } from '../../../contracts/exports';
import {
  ZAcceptedRegionInvitation,
  ZAdminCreatedRegion,
  ZAdminCreateRegion,
  ZCollaborationRegion,
  ZCollaborationRegionParams,
  ZCreatedRegionInvitation,
  ZCreateRegion,
  ZCreateRegionInvitation,
  ZRegion,
  ZRegionCoordinatorParams,
  ZRegionDetail,
  ZRegionInvitationParams,
  ZRegionInvitationTokenParams,
  ZRegionOverview,
  ZRegionParams,
} from '../../../contracts/regions';
import { requireInstanceAdmin } from '../../core/admin';
import { serviceContext } from '../../core/context';
import { publicOrigin } from '../../http/origin';
import { createMailer } from '../../mail/mailer';
import { getRegionOverview } from './overview.service';
import { coverageChartSvg, overviewCsv } from './overview-files';
import { buildOverviewPdf } from './overview-pdf';
import {
  adminCreateRegion,
  removeRegionCoordinator,
  withdrawRegionInvitation,
} from './region-members.service';
import {
  acceptRegionInvitation,
  createRegion,
  createRegionInvitation,
  getRegion,
  listCollaborationRegions,
  listMyRegions,
  setCollaborationInRegion,
} from './regions.service';

const ZFileQuery = z.object({ lang: ZLang.default('sv') });

/** Regions, their regional coordinators, opting in and the overview (issue 18). */
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['regions'];
  const mailer = createMailer(app.config);
  if (mailer) app.addHook('onClose', async () => mailer.close());
  const deps = (request: FastifyRequest) => ({
    baseUrl: publicOrigin(app.config, request),
    mailer,
    onMailError: (err: unknown) =>
      app.log.warn({ err }, 'region invitation e-mail could not be sent'),
  });

  app.get(
    '/api/regions',
    {
      schema: {
        tags,
        summary: 'The regions the caller coordinates',
        response: { 200: z.array(ZRegion) },
      },
    },
    async (request) => listMyRegions(ctx(request)),
  );

  app.post(
    '/api/regions',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        tags,
        summary: 'Create a region; the caller becomes its regional coordinator',
        body: ZCreateRegion,
        response: { 201: ZRegion },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRegion(ctx(request), request.body)),
  );

  app.get(
    '/api/regions/:regionId',
    {
      schema: {
        summary: 'The region with its coordinators (regional coordinators)',
        tags,
        params: ZRegionParams,
        response: { 200: ZRegionDetail },
      },
    },
    async (request) => getRegion(ctx(request), request.params.regionId),
  );

  app.post(
    '/api/regions/:regionId/invitations',
    {
      schema: {
        tags,
        summary:
          'Invite a regional coordinator by e-mail (regional coordinators): a single-use link, e-mailed when SMTP_URL is set',
        params: ZRegionParams,
        body: ZCreateRegionInvitation,
        response: { 201: ZCreatedRegionInvitation },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createRegionInvitation(
            ctx(request),
            request.params.regionId,
            request.body,
            deps(request),
          ),
        ),
  );

  app.delete(
    '/api/regions/:regionId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an unused invitation (regional coordinators); a used one → 409',
        params: ZRegionInvitationParams,
      },
    },
    async (request, reply) => {
      await withdrawRegionInvitation(
        ctx(request),
        request.params.regionId,
        request.params.invitationId,
      );
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/regions/:regionId/coordinators/:userId',
    {
      schema: {
        tags,
        summary:
          'Remove a regional coordinator, or leave (regional coordinators); never the last: 409 LAST_COORDINATOR',
        params: ZRegionCoordinatorParams,
      },
    },
    async (request, reply) => {
      await removeRegionCoordinator(ctx(request), request.params.regionId, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/regions',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        tags: ['admin'],
        summary:
          'Create a region and invite its first regional coordinator by e-mail (instance administrators, ADMIN_EMAILS)',
        body: ZAdminCreateRegion,
        response: { 201: ZAdminCreatedRegion },
      },
    },
    async (request, reply) => {
      requireInstanceAdmin(request, app.config.operations.adminEmails);
      return reply
        .status(201)
        .send(await adminCreateRegion(ctx(request), request.body, deps(request)));
    },
  );

  app.post(
    '/api/region-invitations/:token/accept',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        summary: 'Accept an invitation to be a regional coordinator',
        tags,
        params: ZRegionInvitationTokenParams,
        response: { 200: ZAcceptedRegionInvitation },
      },
    },
    async (request) => acceptRegionInvitation(ctx(request), request.params.token),
  );

  app.get(
    '/api/regions/:regionId/overview',
    {
      schema: {
        tags,
        summary: 'Aggregates of the collaborations that opted in (regional coordinators)',
        params: ZRegionParams,
        response: { 200: ZRegionOverview },
      },
    },
    async (request) => getRegionOverview(ctx(request), request.params.regionId),
  );

  app.get(
    '/api/regions/:regionId/overview.csv',
    {
      schema: {
        summary: 'The regional overview as CSV (regional coordinators)',
        tags,
        params: ZRegionParams,
        querystring: ZFileQuery,
      },
    },
    async (request, reply) => {
      const overview = await getRegionOverview(ctx(request), request.params.regionId);
      return reply
        .header('content-disposition', `attachment; filename="region-${overview.today}.csv"`)
        .header('cache-control', 'private, no-cache')
        .type('text/csv; charset=utf-8')
        .send(overviewCsv(overview, request.query.lang));
    },
  );

  app.get(
    '/api/regions/:regionId/overview.pdf',
    {
      schema: {
        summary: 'The regional overview as PDF (regional coordinators)',
        tags,
        params: ZRegionParams,
        querystring: ZFileQuery,
      },
    },
    async (request, reply) => {
      const overview = await getRegionOverview(ctx(request), request.params.regionId);
      return reply
        .header('content-disposition', `attachment; filename="region-${overview.today}.pdf"`)
        .header('cache-control', 'private, no-cache')
        .type('application/pdf')
        .send(await buildOverviewPdf(overview, request.query.lang));
    },
  );

  app.get(
    '/api/regions/:regionId/coverage.svg',
    {
      schema: {
        summary: 'The region’s coverage as an SVG chart (regional coordinators)',
        tags,
        params: ZRegionParams,
        querystring: ZFileQuery,
      },
    },
    async (request, reply) => {
      const overview = await getRegionOverview(ctx(request), request.params.regionId);
      return reply
        .header('cache-control', 'private, no-cache')
        .type('image/svg+xml; charset=utf-8')
        .send(coverageChartSvg(overview, request.query.lang));
    },
  );

  app.get(
    '/api/collaborations/:cid/region-opt-ins',
    {
      schema: {
        tags,
        summary: 'The regions the collaboration may opt in to, and whether it has (members)',
        params: ZCollaborationParams,
        response: { 200: z.array(ZCollaborationRegion) },
      },
    },
    async (request) => listCollaborationRegions(ctx(request), request.params.cid),
  );

  app.put(
    '/api/collaborations/:cid/region-opt-ins/:regionId',
    {
      schema: {
        tags,
        summary: 'Opt the collaboration in to a region (coordinators)',
        params: ZCollaborationRegionParams,
      },
    },
    async (request, reply) => {
      await setCollaborationInRegion(
        ctx(request),
        request.params.cid,
        request.params.regionId,
        true,
      );
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/collaborations/:cid/region-opt-ins/:regionId',
    {
      schema: {
        tags,
        summary: 'Opt the collaboration out of a region (coordinators)',
        params: ZCollaborationRegionParams,
      },
    },
    async (request, reply) => {
      await setCollaborationInRegion(
        ctx(request),
        request.params.cid,
        request.params.regionId,
        false,
      );
      return reply.status(204).send();
    },
  );
};
