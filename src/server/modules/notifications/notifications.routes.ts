import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import {
  ZJobSummary,
  ZMyNotifications,
  ZNotificationSettings,
  ZUpdateNotificationSettings,
} from '../../../contracts/notifications';
import { sha256Hex } from '../../../domain/canonical';
import { PUBLISHED_CSS } from '../../../domain/render/published-css';
import { serviceContext } from '../../core/context';
import {
  getMyNotifications,
  listCollaborationJobs,
  markAllRead,
  unsubscribe,
  updateMySettings,
} from './notifications.service';
import {
  renderUnsubscribeConfirm,
  renderUnsubscribeDone,
  renderUnsubscribeInvalid,
} from './unsubscribe-page';
import { readUnsubscribeToken } from './unsubscribe-token';

const CSS_HREF = `/r/assets/published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`;

/** In-app notices, reminder settings, the coordinators' list of jobs. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['notifications'];

  app.get(
    '/api/me/notifications',
    {
      schema: {
        tags,
        summary: 'Your in-app notices (newest first) and which reminders you receive',
        response: { 200: ZMyNotifications },
      },
    },
    async (request) => getMyNotifications(ctx(request)),
  );
  app.put(
    '/api/me/notification-settings',
    {
      schema: {
        tags,
        summary: 'Turn kinds of reminder on (true) or off (false)',
        body: ZUpdateNotificationSettings,
        response: { 200: ZNotificationSettings },
      },
    },
    async (request) => updateMySettings(ctx(request), request.body),
  );
  app.post(
    '/api/me/notifications/read',
    { schema: { tags, summary: 'Mark all your notices read', response: { 204: z.null() } } },
    async (request, reply) => {
      await markAllRead(ctx(request));
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/collaborations/:cid/jobs',
    {
      schema: {
        tags,
        summary:
          'Reminders and other jobs of the collaboration: sent, retried, failed (coordinators)',
        params: ZCollaborationParams,
        response: { 200: z.array(ZJobSummary) },
      },
    },
    async (request) => listCollaborationJobs(ctx(request), request.params.cid),
  );

  await app.register(unsubscribeRoutes);
};

/** `/avregistrera/:token`: GET asks, POST (the button, or a mail client's RFC 8058 one-click) does it. */
async function unsubscribeRoutes(app: FastifyInstance) {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 1024 },
    (_request, _body, done) => done(null, {}),
  );
  const html = (reply: FastifyReply, status: number, body: string) =>
    reply
      .status(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(body);
  const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;

  app.get('/avregistrera/:token', { schema: { hide: true } }, async (request, reply) => {
    const read = readUnsubscribeToken(app.config.authSecret, tokenOf(request));
    if (!read) return html(reply, 404, renderUnsubscribeInvalid(CSS_HREF));
    return html(reply, 200, renderUnsubscribeConfirm(CSS_HREF, read.kind, request.url));
  });
  app.post('/avregistrera/:token', { schema: { hide: true } }, async (request, reply) => {
    const read = readUnsubscribeToken(app.config.authSecret, tokenOf(request));
    if (!read) return html(reply, 404, renderUnsubscribeInvalid(CSS_HREF));
    await unsubscribe({ db: app.database.db, clock: app.clock }, read.userId, read.kind);
    return html(reply, 200, renderUnsubscribeDone(CSS_HREF, read.kind));
  });
}
