import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZRoutineParams } from '../../../contracts/routines';
import { ZWorkshopListItem, ZWorkshopOpenItem } from '../../../contracts/workshop-records';
import {
  ZCreateWorkshop,
  ZJoinResult,
  ZJoinWorkshop,
  ZSetWordingHelper,
  ZSummaryQuery,
  ZWorkshop,
  ZWorkshopParams,
  ZWorkshopParticipantParams,
  ZWorkshopView,
} from '../../../contracts/workshops';
import { renderWorkshopSummary } from '../../../domain/render/workshop-summary';
import { serviceContext } from '../../core/context';
import { publicOrigin } from '../../http/origin';
import { setGuestCookie } from '../../http/workshop-guest';
import { buildWorkshopSummaryPdf } from './summary-pdf';
import type { ParticipantContext } from './workshop-access';
import { listWorkshopOpenItems } from './workshop-records.service';
import { workshopRoundRoutes } from './workshop-rounds.routes';
import {
  createWorkshop,
  endExpiredWorkshops,
  endWorkshop,
  getWorkshopView,
  joinWorkshop,
  listWorkshops,
  setWordingHelper,
  workshopSummary,
} from './workshops.service';

export interface WorkshopRouteOptions {
  /** Join attempts per IP per minute: enough for a room behind one network, not for guessing. */
  joinPerIpPerMinute: number;
}

/** Workshop mode (issue 17): start, join, view, end, summary; the rounds in workshop-rounds.routes.ts. */
export const workshopRoutes: FastifyPluginAsyncZod<WorkshopRouteOptions> = async (app, options) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const participant = (request: FastifyRequest): ParticipantContext => ({
    db: app.database.db,
    clock: app.clock,
    user: request.user,
    guest: request.workshopGuest,
  });
  const origin = (request: FastifyRequest) => publicOrigin(app.config, request);
  const tags = ['workshops'];

  // Every successful write under /api/workshops/:wid reaches the open live document (ADR 0020).
  app.addHook('onResponse', async (request, reply) => {
    const wid = (request.params as { wid?: string } | undefined)?.wid;
    if (wid && request.method !== 'GET' && reply.statusCode < 300) app.collab.workshopChanged(wid);
  });

  app.post(
    '/api/routines/:rid/workshops',
    {
      schema: {
        tags,
        summary:
          'Start a workshop on some of the routine’s questions (coordinators); gives its join code',
        params: ZRoutineParams,
        body: ZCreateWorkshop,
        response: { 201: ZWorkshop },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createWorkshop(ctx(request), request.params.rid, request.body, origin(request)),
        ),
  );

  app.get(
    '/api/routines/:rid/workshops',
    {
      schema: {
        tags,
        summary:
          'The routine’s workshops, newest first, with how their questions ended up (members)',
        params: ZRoutineParams,
        response: { 200: z.array(ZWorkshopListItem) },
      },
    },
    async (request) => listWorkshops(ctx(request), request.params.rid, origin(request)),
  );

  app.get(
    '/api/routines/:rid/workshop-open-items',
    {
      schema: {
        tags,
        summary:
          'Questions the routine’s workshops left open: parked, or blocked (reasons and organisations) and not settled since (members)',
        params: ZRoutineParams,
        response: { 200: z.array(ZWorkshopOpenItem) },
      },
    },
    async (request) => listWorkshopOpenItems(ctx(request), request.params.rid),
  );

  app.post(
    '/api/workshops/join',
    {
      config: { rateLimit: { max: options.joinPerIpPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary:
          'Join a workshop by its code: a member keeps their session; a guest (when allowed) gets a cookie for this workshop only',
        security: [],
        body: ZJoinWorkshop,
        response: { 200: ZJoinResult },
      },
    },
    async (request, reply) => {
      const { result, guestToken } = await joinWorkshop(participant(request), request.body);
      if (guestToken) {
        setGuestCookie(
          reply,
          guestToken.token,
          guestToken.expiresAt,
          app.config.baseUrl.startsWith('https://'),
          app.clock.now(),
        );
      }
      app.collab.workshopChanged(result.workshopId);
      return result;
    },
  );

  app.get(
    '/api/workshops/:wid',
    {
      schema: {
        tags,
        summary:
          'The workshop as the caller sees it (members and its guests): questions, phases, own draft, revealed drafts, tally, proposals',
        params: ZWorkshopParams,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) => getWorkshopView(participant(request), request.params.wid),
  );

  app.put(
    '/api/workshops/:wid/participants/:participantId/wording-helper',
    {
      schema: {
        tags,
        summary:
          'Invite a member taking part to co-edit the proposed wording live, or take it back (coordinators)',
        params: ZWorkshopParticipantParams,
        body: ZSetWordingHelper,
        response: { 200: ZWorkshopView },
      },
    },
    async (request) => {
      const { wid, participantId } = request.params;
      const result = await setWordingHelper(ctx(request), wid, participantId, request.body);
      // Their live connection reconnects with the new rights (read-only or writing).
      app.collab.membershipChanged(result.collaborationId, result.userId);
      return result.view;
    },
  );

  app.post(
    '/api/workshops/:wid/end',
    {
      schema: {
        tags,
        summary: 'End the workshop (coordinators): guests are anonymised and their cookies end',
        params: ZWorkshopParams,
        response: { 200: ZWorkshop },
      },
    },
    async (request) => endWorkshop(ctx(request), request.params.wid, origin(request)),
  );

  const summaryRoute = (format: 'md' | 'pdf', summary: string) =>
    app.get(
      `/api/workshops/:wid/summary.${format}`,
      {
        schema: { tags, summary, params: ZWorkshopParams, querystring: ZSummaryQuery },
      },
      async (request, reply) => {
        const model = await workshopSummary(ctx(request), request.params.wid, request.query.lang);
        const name = `workshop-${model.code}-${model.createdAt.slice(0, 10)}.${format}`;
        reply.header('content-disposition', `attachment; filename="${name}"`);
        if (format === 'md') {
          return reply.type('text/markdown; charset=utf-8').send(renderWorkshopSummary(model));
        }
        return reply.type('application/pdf').send(await buildWorkshopSummaryPdf(model));
      },
    );
  summaryRoute(
    'md',
    'The workshop summary as Markdown (members): agreed texts, tallies, blocks with reasons, parked questions, proposals, organisations',
  );
  summaryRoute('pdf', 'The workshop summary as PDF (members), the same content as summary.md');

  await app.register(workshopRoundRoutes);

  // Workshops close by themselves twelve hours after they start (guests anonymised then too).
  const sweep = () =>
    endExpiredWorkshops(app.database.db, app.clock).catch((err) =>
      app.log.warn({ err }, 'workshops: closing expired workshops failed'),
    );
  const timer = setInterval(sweep, 5 * 60 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
};
