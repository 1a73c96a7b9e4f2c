import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import {
  ZAcceptedInvitation,
  ZCreatedInvitation,
  ZCreateInvitation,
  ZInvitation,
  ZInvitationParams,
  ZInvitationPreview,
  ZInvitationTokenParams,
} from '../../../contracts/members';
import { serviceContext } from '../../core/context';
import { publicOrigin } from '../../http/origin';
import { createMailer } from '../../mail/mailer';
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from './invitations.service';

interface InvitationRouteOptions {
  /** Invitations one user may create per hour (DESIGN.md: invitations have their own limit). */
  perUserPerHour?: number;
}

export const invitationRoutes: FastifyPluginAsyncZod<InvitationRouteOptions> = async (
  app,
  options,
) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['invitations'];
  const mailer = createMailer(app.config);
  if (mailer) app.addHook('onClose', async () => mailer.close());
  const deps = {
    baseUrl: app.config.baseUrl,
    mailer,
    onMailError: (err: unknown) => app.log.warn({ err }, 'invitation e-mail could not be sent'),
  };

  app.post(
    '/api/collaborations/:cid/invitations',
    {
      config: {
        rateLimit: {
          max: options.perUserPerHour ?? 50,
          timeWindow: '1 hour',
          // After the session is read, so the budget is per user (per IP when signed out).
          hook: 'preHandler',
          keyGenerator: (request: FastifyRequest) =>
            request.user ? `user:${request.user.id}` : `ip:${request.ip}`,
        },
      },
      schema: {
        tags,
        summary:
          'Invite by e-mail (coordinators): a single-use link valid 7 days, e-mailed when SMTP_URL is set',
        params: ZCollaborationParams,
        body: ZCreateInvitation,
        response: { 201: ZCreatedInvitation },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await createInvitation(ctx(request), request.params.cid, request.body, {
          ...deps,
          baseUrl: publicOrigin(app.config, request),
        }),
      ),
  );
  app.get(
    '/api/collaborations/:cid/invitations',
    {
      schema: {
        tags,
        summary: 'Pending invitations (coordinators)',
        params: ZCollaborationParams,
        response: { 200: z.array(ZInvitation) },
      },
    },
    async (request) => listInvitations(ctx(request), request.params.cid),
  );
  app.delete(
    '/api/collaborations/:cid/invitations/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an invitation (coordinators)',
        params: ZInvitationParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeInvitation(ctx(request), request.params.cid, request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/invitations/:token',
    {
      schema: {
        tags,
        summary: 'The invitation behind a link, for its landing page (no sign-in needed)',
        security: [],
        params: ZInvitationTokenParams,
        response: { 200: ZInvitationPreview },
      },
    },
    async (request) => previewInvitation(app.database.db, app.clock, request.params.token),
  );
  app.post(
    '/api/invitations/:token/accept',
    {
      config: { requiresVerifiedEmail: true },
      schema: {
        tags,
        summary:
          'Join with the invited role and organisation (signed in); 410 expired or revoked, 409 used or already a member',
        params: ZInvitationTokenParams,
        response: { 200: ZAcceptedInvitation },
      },
    },
    async (request) => acceptInvitation(ctx(request), request.params.token),
  );
};
