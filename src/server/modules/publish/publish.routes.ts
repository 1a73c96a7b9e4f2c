import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import client from 'prom-client';
import { z } from 'zod';
import { sha256Hex } from '../../../domain/canonical';
import type { Lang } from '../../../domain/render/model';
import { routineManifest } from '../../../domain/render/offline';
import { PUBLISHED_CSS } from '../../../domain/render/published-css';
import { renderNotAdoptedPage, renderNotFoundPage } from '../../../domain/render/published-html';
import { readSessionUser } from '../../http/auth';
import { LruCache } from './html-cache';
import { buildOfflineAssets } from './offline-assets';
import type { VersionMetaRow } from './publish.repository';
import {
  type CachedBody,
  matchesEtag,
  type PageEnv,
  type PageRequest,
  type PageResult,
  resolveManifest,
  resolveNotAdoptedNotice,
  resolvePublishedDiagram,
  resolvePublishedPage,
  resolveSlugRedirect,
} from './publish.service';
import { encodingFor, type ReadyPage } from './published-pages';

const CSS_FILE = `published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`;
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
export interface PublishRoutesOptions {
  /** Renders and misses of `/r/:slug` per IP and minute (answers from memory are not counted). */
  pagesPerIpPerMinute: number;
}

export const publishRoutes: FastifyPluginAsyncZod<PublishRoutesOptions> = async (app, options) => {
  const offline = buildOfflineAssets(null);
  const assets = new Map<string, { type: string; body: string | Buffer }>([
    [offline.scriptHref, { type: 'text/javascript; charset=utf-8', body: offline.script }],
    ...offline.icons.map((i) => [i.href, { type: 'image/png', body: i.png }] as const),
  ]);
  const env: PageEnv = {
    db: app.database.db,
    clock: app.clock,
    baseUrl: app.config.baseUrl,
    cssHref: undefined,
    cssId: CSS_FILE,
    offline: { script: offline.scriptHref, icon: offline.icons[0]!.href },
    cache: new LruCache<CachedBody>(CACHE_SIZE),
    versions: new LruCache<VersionMetaRow>(CACHE_SIZE * 5),
  };
  const notFound = { sv: renderNotFoundPage('sv'), en: renderNotFoundPage('en') };
  const pages = app.publishedPages;
  new client.Counter({
    name: 'samrutin_published_fast_responses_total',
    help: 'Answers of /r/:slug from the ready pages in memory (the fast path), by status',
    labelNames: ['status'],
    registers: [app.metricsRegistry],
    collect() {
      this.reset();
      this.inc({ status: '200' }, pages.served.ok);
      this.inc({ status: '304' }, pages.served.notModified);
    },
  });
  /** A ready page through Fastify (the request that made it ready; later ones take the fast path). */
  const sendReady = (request: FastifyRequest, reply: FastifyReply, ready: ReadyPage) => {
    const inm = request.headers['if-none-match'];
    if (inm !== undefined && matchesEtag(inm, ready.etag)) {
      return reply.code(304).headers(headerObject(ready.notModified)).send();
    }
    const encoding = encodingFor(request.headers['accept-encoding']);
    return reply.headers(headerObject(ready.headers[encoding])).send(ready[encoding]);
  };
  const sendNotFound = (reply: FastifyReply, lang: Lang) =>
    reply
      .status(404)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(notFound[lang]);

  const pageRequest = async (
    request: FastifyRequest,
    params: { slug: string },
    query: z.infer<typeof ZPageQuery>,
  ): Promise<PageRequest> => ({
    slug: params.slug,
    userId: (await readSessionUser(app.auth, request))?.id ?? null,
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
    if (result.offlineVersion) reply.header('x-offline-version', result.offlineVersion);
    reply
      .header('etag', result.etag)
      .header('cache-control', result.cacheControl)
      .header('vary', 'accept-encoding');
    if (matchesEtag(request.headers['if-none-match'], result.etag)) {
      return reply.status(304).send();
    }
    const body = await result.body();
    reply.type(type);
    const encoding = encodingFor(request.headers['accept-encoding']);
    if (encoding !== 'raw') reply.header('content-encoding', encoding);
    return reply.send(body[encoding]);
  };

  /** A public adopted page, ready for the fast path: bytes and headers fixed once. */
  const readyPage = (
    result: Extract<PageResult, { found: true }>,
    body: CachedBody,
    securityHeaders: Readonly<Record<string, string>>,
  ): ReadyPage => {
    const common = {
      ...securityHeaders,
      etag: result.etag,
      'cache-control': result.cacheControl,
      vary: 'accept-encoding',
      'x-offline-version': result.offlineVersion ?? '',
    };
    const ok = (encoding: 'raw' | 'gzip' | 'br') =>
      headerList({
        ...common,
        'content-type': 'text/html; charset=utf-8',
        ...(encoding === 'raw' ? {} : { 'content-encoding': encoding }),
        'content-length': String(body[encoding].length),
      });
    return {
      etag: result.etag,
      raw: body.raw,
      gzip: body.gzip,
      br: body.br,
      headers: { raw: ok('raw'), gzip: ok('gzip'), br: ok('br') },
      notModified: headerList(common),
    };
  };

  const params = z.object({ slug: z.string() });

  app.get(
    '/r/assets/:file',
    { schema: { hide: true, params: z.object({ file: z.string() }) } },
    async (request, reply) => {
      const asset =
        request.params.file === CSS_FILE
          ? { type: 'text/css; charset=utf-8', body: PUBLISHED_CSS }
          : assets.get(`/r/assets/${request.params.file}`);
      if (!asset) return sendNotFound(reply, 'sv');
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(asset.type)
        .send(asset.body);
    },
  );

  // The service worker lives at /r/sw.js so that its scope can be all of /r/ (and nothing more).
  app.get('/r/sw.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'no-cache')
      .type('text/javascript; charset=utf-8')
      .send(offline.worker),
  );

  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=86400')
      .type('image/x-icon')
      .send(offline.favicon),
  );

  const manifests = new LruCache<string>(CACHE_SIZE);
  app.get(
    '/r/:slug/manifest.webmanifest',
    { schema: { hide: true, params, querystring: ZPageQuery } },
    async (request, reply) => {
      const req = await pageRequest(request, request.params, request.query);
      const found = await resolveManifest(env, req);
      if (!found) return sendNotFound(reply, req.lang);
      let body = manifests.get(found.etag);
      if (!body) {
        const icons = offline.icons.map((i) => ({
          src: i.href,
          sizes: `${i.size}x${i.size}`,
          type: 'image/png',
        }));
        body = JSON.stringify(routineManifest({ ...found, lang: req.lang, icons }));
        manifests.set(found.etag, body);
      }
      reply.header('etag', found.etag).header('cache-control', 'public, max-age=60');
      if (matchesEtag(request.headers['if-none-match'], found.etag))
        return reply.status(304).send();
      return reply.type('application/manifest+json; charset=utf-8').send(body);
    },
  );

  // What the fast path (published-fast-path.ts) does not answer: a miss, another query, a
  // member's view. No schema (the slug and query are read by hand), no session read unless the
  // answer needs it. The security headers' hook runs as for every route; a ready page stores them.
  app.get(
    '/r/:slug',
    {
      schema: { hide: true },
      config: {
        rateLimit: {
          max: options.pagesPerIpPerMinute,
          timeWindow: '1 minute',
          // A page's headers are the same for everyone (and the fast path's); a 429 still
          // says when to come back.
          addHeadersOnExceeding: {
            'x-ratelimit-limit': false,
            'x-ratelimit-remaining': false,
            'x-ratelimit-reset': false,
          },
        },
      },
    },
    async (request, reply) => {
      const slug = (request.params as { slug: string }).slug;
      const query = request.query as z.infer<typeof ZPageQuery>;
      const lang: Lang = str(query.lang) === 'en' ? 'en' : 'sv';
      const plain = query.version === undefined;
      // Read before resolving: a page resolved under a stamp older than a known change is not kept.
      const stamp = plain ? await pages.stamp() : 0;
      const req = await pageRequest(request, { slug }, query);
      const result = await resolvePublishedPage(env, req);
      if (!result.found) {
        // An earlier address: a permanent redirect to the routine's address now, query kept.
        const moved = await resolveSlugRedirect(env, req);
        if (moved) {
          const search = request.url.includes('?')
            ? request.url.slice(request.url.indexOf('?'))
            : '';
          return reply.header('cache-control', 'no-cache').redirect(`${moved}${search}`, 301);
        }
        // A member gets told that the routine is not adopted yet (strangers: the same 404).
        const notice = await resolveNotAdoptedNotice(env, req);
        if (notice) {
          return reply
            .header('cache-control', 'private, no-store')
            .type('text/html; charset=utf-8')
            .send(renderNotAdoptedPage(req.lang, undefined, notice));
        }
      }
      if (plain && result.found && result.offlineVersion) {
        const ready = readyPage(result, await result.body(), app.securityHeaders);
        pages.offer(slug, lang, ready, stamp);
        return sendReady(request, reply, ready);
      }
      return send(request, reply, result, req.lang, 'text/html; charset=utf-8');
    },
  );

  app.get(
    '/r/:slug/diagram.svg',
    { schema: { hide: true, params, querystring: ZPageQuery } },
    async (request, reply) => {
      const req = await pageRequest(request, request.params, request.query);
      const result = await resolvePublishedDiagram(env, req);
      return send(request, reply, result, req.lang, 'image/svg+xml; charset=utf-8');
    },
  );
};

/** [name, value, name, value, …] as `writeHead` takes it, ending in the request id's slot. */
function headerList(headers: Record<string, string>): string[] {
  return [...Object.entries(headers).flat(), 'x-request-id', ''];
}

function headerObject(list: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  // Without the request id's slot: the request id hook has set it.
  for (let i = 0; i < list.length - 2; i += 2) headers[list[i]!] = list[i + 1]!;
  return headers;
}
