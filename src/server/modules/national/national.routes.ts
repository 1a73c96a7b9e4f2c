import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZCollaborationParams } from '../../../contracts/collaborations';
import { ZNationalListing, ZNationalRoutine } from '../../../contracts/regions';
import { sha256Hex } from '../../../domain/canonical';
import { renderNationalPage } from '../../../domain/render/national-page';
import { PUBLISHED_CSS } from '../../../domain/render/published-css';
import { serviceContext } from '../../core/context';
import { publicOrigin } from '../../http/origin';
import { getNationalListing, listNationalRoutines, setNationalListing } from './national.service';

/** The published pages' stylesheet (served by the publish routes under this content hash). */
const CSS_HREF = `/r/assets/published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`;

/** The public national page's list and each collaboration's opt-in to it (issue 18). */
export const nationalRoutes: FastifyPluginAsyncZod = async (app) => {
  const ctx = (request: FastifyRequest) => serviceContext(app, request);
  const tags = ['national'];

  // The page itself, server-rendered like /r/:slug: it works without JavaScript.
  app.get(
    '/rutiner-i-landet',
    { schema: { hide: true, querystring: z.object({ lang: z.string().optional() }) } },
    async (request, reply) => {
      const lang = request.query.lang === 'en' ? 'en' : 'sv';
      const rows = await listNationalRoutines(app.database.db, '');
      return reply
        .header('cache-control', 'public, max-age=60')
        .header('content-language', lang)
        .type('text/html; charset=utf-8')
        .send(
          renderNationalPage({
            lang,
            cssHref: CSS_HREF,
            routines: rows.map((r) => ({
              title: r.title,
              collaborationName: r.collaborationName,
              area: r.area,
              href: r.url,
            })),
          }),
        );
    },
  );

  app.get(
    '/api/national-routines',
    {
      schema: {
        tags,
        summary: 'Adopted public routines of collaborations listed on the national page (public)',
        response: { 200: z.array(ZNationalRoutine) },
      },
    },
    async (request) => listNationalRoutines(app.database.db, publicOrigin(app.config, request)),
  );

  app.get(
    '/api/collaborations/:cid/national-listing',
    {
      schema: {
        summary: 'Whether the collaboration is listed on the national page (members)',
        tags,
        params: ZCollaborationParams,
        response: { 200: ZNationalListing },
      },
    },
    async (request) => getNationalListing(ctx(request), request.params.cid),
  );

  app.put(
    '/api/collaborations/:cid/national-listing',
    {
      schema: {
        tags,
        summary:
          'List the collaboration’s adopted public routines on the national page (coordinators)',
        params: ZCollaborationParams,
        response: { 200: ZNationalListing },
      },
    },
    async (request) => setNationalListing(ctx(request), request.params.cid, true),
  );

  app.delete(
    '/api/collaborations/:cid/national-listing',
    {
      schema: {
        tags,
        summary: 'Remove the collaboration from the national page (coordinators)',
        params: ZCollaborationParams,
        response: { 200: ZNationalListing },
      },
    },
    async (request) => setNationalListing(ctx(request), request.params.cid, false),
  );
};
