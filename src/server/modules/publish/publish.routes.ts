import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sha256Hex } from '../../../domain/canonical';
import type { Lang } from '../../../domain/render/model';
import { PUBLISHED_CSS } from '../../../domain/render/published-css';
import { renderNotAdoptedPage, renderNotFoundPage } from '../../../domain/render/published-html';
import { LruCache } from './html-cache';
import type { VersionMetaRow } from './publish.repository';
import {
  acceptsGzip,
  type CachedBody,
  matchesEtag,
  type PageEnv,
  type PageRequest,
  type PageResult,
  resolveNotAdoptedNotice,
  resolvePublishedDiagram,
  resolvePublishedPage,
} from './publish.service';

const CSS_FILE = `published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`;
const CSS_HREF = `/r/assets/${CSS_FILE}`;
const CACHE_SIZE = 200;

/** Query values of an HTML page are read leniently: an odd value gives the 404 page, not JSON. */
const ZPageQuery = z.object({ version: z.unknown().optional(), lang: z.unknown().optional() });
const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? '' : undefined);

/**
 * The published routine, `/r/:slug`: server-rendered HTML without JavaScript, and its diagram
 * as an image. Rendered once per version and language (an in-process LRU of encoded and
 * gzipped bodies), with an ETag so that a repeat visit is a 304. The stylesheet is served
 * under a content-hashed name, cacheable for a year.
 */
export const publishRoutes: FastifyPluginAsyncZod = async (app) => {
  const env: PageEnv = {
    db: app.database.db,
    clock: app.clock,
    baseUrl: app.config.baseUrl,
    cssHref: CSS_HREF,
    cache: new LruCache<CachedBody>(CACHE_SIZE),
    versions: new LruCache<VersionMetaRow>(CACHE_SIZE * 5),
  };
  const notFound = {
    sv: renderNotFoundPage('sv', CSS_HREF),
    en: renderNotFoundPage('en', CSS_HREF),
  };
  const sendNotFound = (reply: FastifyReply, lang: Lang) =>
    reply
      .status(404)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(notFound[lang]);

  const pageRequest = (
    request: FastifyRequest,
    params: { slug: string },
    query: z.infer<typeof ZPageQuery>,
  ): PageRequest => ({
    slug: params.slug,
    userId: request.user?.id ?? null,
    version: str(query.version),
    lang: str(query.lang) === 'en' ? 'en' : 'sv',
  });

  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    result: PageResult,
    lang: Lang,
    type: string,
  ) => {
    if (!result.found) return sendNotFound(reply, lang);
    reply
      .header('etag', result.etag)
      .header('cache-control', result.cacheControl)
      .header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], result.etag)) {
      return reply.status(304).send();
    }
    const body = await result.body();
    reply.type(type);
    if (acceptsGzip(request.headers['accept-encoding'])) {
      return reply.header('content-encoding', 'gzip').send(body.gzip);
    }
    return reply.send(body.raw);
  };

  const params = z.object({ slug: z.string() });

  app.get(
    '/r/assets/:file',
    { schema: { hide: true, params: z.object({ file: z.string() }) } },
    async (request, reply) => {
      if (request.params.file !== CSS_FILE) return sendNotFound(reply, 'sv');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type('text/css; charset=utf-8')
        .send(PUBLISHED_CSS);
    },
  );

  app.get(
    '/r/:slug',
    { schema: { hide: true, params, querystring: ZPageQuery } },
    async (request, reply) => {
      const req = pageRequest(request, request.params, request.query);
      const result = await resolvePublishedPage(env, req);
      if (!result.found) {
        const notice = await resolveNotAdoptedNotice(env, req);
        if (notice) {
          return reply
            .header('cache-control', 'private, no-store')
            .type('text/html; charset=utf-8')
            .send(renderNotAdoptedPage(req.lang, CSS_HREF, notice));
        }
      }
      return send(request, reply, result, req.lang, 'text/html; charset=utf-8');
    },
  );

  app.get(
    '/r/:slug/diagram.svg',
    { schema: { hide: true, params, querystring: ZPageQuery } },
    async (request, reply) => {
      const req = pageRequest(request, request.params, request.query);
      const result = await resolvePublishedDiagram(env, req);
      return send(request, reply, result, req.lang, 'image/svg+xml; charset=utf-8');
    },
  );
};
