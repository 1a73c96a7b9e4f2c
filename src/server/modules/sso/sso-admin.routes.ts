import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZCreateIdentityProvider,
  ZIdentityProvider,
  ZIdentityProviderList,
  ZIdentityProviderParams,
  ZUpdateIdentityProvider,
} from '../../../contracts/identity-providers';
import { requireInstanceAdmin } from '../../core/admin';
import type { ServiceContext } from '../../core/context';
import { readSessionUser } from '../../http/auth';
import { publicOrigin } from '../../http/origin';
import {
  createIdentityProvider,
  deleteIdentityProvider,
  listIdentityProviders,
  updateIdentityProvider,
} from './sso-admin.service';

/**
 * The instance administrator's identity providers (ADMIN_EMAILS): single sign-on with
 * OpenID Connect per e-mail domain. Anyone else gets 403, as on the other /api/admin routes.
 * The client secret goes in and never comes out.
 */
export const ssoAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const ctx = (request: Parameters<typeof requireInstanceAdmin>[0]): ServiceContext => ({
    db: app.database.db,
    clock: app.clock,
    user: requireInstanceAdmin(request, app.config.operations.adminEmails),
  });
  // Before the body is validated: someone else learns nothing, not even what a body must hold.
  app.addHook('preValidation', async (request) => {
    await readSessionUser(app.auth, request);
    requireInstanceAdmin(request, app.config.operations.adminEmails);
  });
  const origin = (request: Parameters<typeof publicOrigin>[1]) => publicOrigin(app.config, request);

  app.get(
    '/api/admin/identity-providers',
    {
      schema: {
        tags,
        summary: 'The identity providers (single sign-on per e-mail domain), without secrets',
        response: { 200: ZIdentityProviderList },
      },
    },
    async (request) => ({ providers: await listIdentityProviders(ctx(request), origin(request)) }),
  );

  app.post(
    '/api/admin/identity-providers',
    {
      schema: {
        tags,
        summary:
          'Add an identity provider for e-mail domains; its discovery document must name the issuer',
        body: ZCreateIdentityProvider,
        response: { 201: ZIdentityProvider },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createIdentityProvider(ctx(request), request.body, origin(request))),
  );

  app.put(
    '/api/admin/identity-providers/:providerId',
    {
      schema: {
        tags,
        summary: 'Change an identity provider; without clientSecret the saved secret stays',
        params: ZIdentityProviderParams,
        body: ZUpdateIdentityProvider,
        response: { 200: ZIdentityProvider },
      },
    },
    async (request) =>
      updateIdentityProvider(
        ctx(request),
        request.params.providerId,
        request.body,
        origin(request),
      ),
  );

  app.delete(
    '/api/admin/identity-providers/:providerId',
    {
      schema: {
        tags,
        summary: 'Remove an identity provider (its accounts stay, with their memberships)',
        params: ZIdentityProviderParams,
      },
    },
    async (request, reply) => {
      await deleteIdentityProvider(ctx(request), request.params.providerId);
      return reply.status(204).send();
    },
  );
};
