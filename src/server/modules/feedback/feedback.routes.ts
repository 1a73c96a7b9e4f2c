import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZFeedback,
  ZFeedbackCounts,
  ZFeedbackParams,
  ZFeedbackQuery,
  ZFeedbackReceipt,
  ZPublishedParams,
  ZSubmitFeedback,
  ZTriageFeedback,
} from '../../../contracts/feedback';
import { ZRoutineParams } from '../../../contracts/routines';
import { serviceContext } from '../../core/context';
import { countFeedback, listFeedback, submitFeedback, triageFeedback } from './feedback.service';

export interface FeedbackRouteOptions {
  perIpPerHour: number;
}

/** Feedback from use: JSON submission for clients, and the coordinators' triage. */
export const feedbackRoutes: FastifyPluginAsyncZod<FeedbackRouteOptions> = async (app, options) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['feedback'];

  app.post(
    '/api/published/:slug/feedback',
    {
      config: { rateLimit: { max: options.perIpPerHour, timeWindow: '1 hour' } },
      schema: {
        tags,
        summary:
          'Feedback on an adopted routine from anyone who can read its published page (no sign-in); `website` is a honeypot',
        security: [],
        params: ZPublishedParams,
        body: ZSubmitFeedback,
        response: { 201: ZFeedbackReceipt },
      },
    },
    async (request, reply) => {
      await submitFeedback(
        { db: app.database.db, clock: app.clock },
        request.params.slug,
        request.user?.id ?? null,
        request.body,
      );
      return reply.status(201).send({ received: true as const });
    },
  );
  app.get(
    '/api/routines/:rid/feedback',
    {
      schema: {
        tags,
        summary:
          'Feedback of a routine, newest first (coordinators); filters: `step`, `status`, `reviewId` (received within that review period, as its feedbackCount)',
        params: ZRoutineParams,
        querystring: ZFeedbackQuery,
        response: { 200: z.array(ZFeedback) },
      },
    },
    async (request) => listFeedback(ctx(request), request.params.rid, request.query),
  );
  app.patch(
    '/api/routines/:rid/feedback/:id',
    {
      schema: {
        tags,
        summary: 'Triage: status, note, the change it led to (coordinators; baseRevision)',
        params: ZFeedbackParams,
        body: ZTriageFeedback,
        response: { 200: ZFeedback },
      },
    },
    async (request) =>
      triageFeedback(ctx(request), request.params.rid, request.params.id, request.body),
  );
  app.get(
    '/api/routines/:rid/feedback-counts',
    {
      schema: {
        tags,
        summary: 'Feedback per step ("0" = the whole routine): {total, open} (any member)',
        params: ZRoutineParams,
        response: { 200: ZFeedbackCounts },
      },
    },
    async (request) => countFeedback(ctx(request), request.params.rid),
  );
};
