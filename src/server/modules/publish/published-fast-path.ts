import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { matchesEtag } from './publish.service';
import { encodingFor, PublishedPages, type ReadyPage } from './published-pages';

declare module 'fastify' {
  interface FastifyInstance {
    /** The ready published pages of this process (the fast path of `/r/:slug`). */
    publishedPages: PublishedPages;
  }
}

const ROUTE = '/r/:slug';
/**
 * The query strings of a ready page. Any other (`?version=`, an unknown or malformed value) is
 * the route's to answer, input guards included.
 */
const LANG_OF_SEARCH = new Map([
  ['', 'sv'],
  ['lang=sv', 'sv'],
  ['lang=en', 'en'],
]);

function searchOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
}

/**
 * The fast path of `/r/:slug` (issue 20): the first `onRequest` hook of the app. A GET or HEAD
 * of a public adopted page (the plain address, `?lang=sv` or `?lang=en`) that this process
 * holds ready is answered here from its stored bytes and precomputed headers — security
 * headers, Cache-Control, ETag, Vary and the request id included — with 304 on a matching
 * If-None-Match. Nothing after it runs: no Origin check (a GET changes nothing), no session
 * read (the page is the same for everyone), no rate limit (an answer from memory costs less
 * than counting it; misses, which render or query, are limited by the route), no helmet hook
 * (its headers are in the stored ones), no route metrics (`samrutin_published_fast_responses_total`
 * counts these answers) and no input guard (the slug names a page that exists, the query is one
 * of three). Anything else — a miss, another query, a member's view — goes on to the ordinary
 * route, which resolves the page and may offer it here (publish.routes.ts).
 */
export function registerPublishedFastPath(
  app: FastifyInstance,
  options: { stampIntervalMs: number },
): PublishedPages {
  const pages = new PublishedPages(app.database.db, options.stampIntervalMs);
  app.decorate('publishedPages', pages);
  app.addHook('onClose', async () => pages.close());

  const serve = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const lang = LANG_OF_SEARCH.get(searchOf(request.url));
    if (lang === undefined) return done();
    const page = pages.peek((request.params as { slug: string }).slug, lang);
    if (!page) return done();
    reply.hijack();
    send(request, reply, page, pages);
  };

  app.addHook('onRequest', (request, reply, done) => {
    if (request.routeOptions.url !== ROUTE) return done();
    if (request.method !== 'GET' && request.method !== 'HEAD') return done();
    if (!pages.isStampDue) return serve(request, reply, done);
    pages.refresh().then(
      () => serve(request, reply, done),
      // The stamp could not be read: the ordinary route answers (and reports the database).
      () => done(),
    );
  });
  return pages;
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  page: ReadyPage,
  pages: PublishedPages,
) {
  const res = reply.raw;
  if (matchesEtag(request.headers['if-none-match'], page.etag)) {
    pages.served.notModified += 1;
    res.writeHead(304, withRequestId(page.notModified, request.id));
    res.end();
    return;
  }
  const encoding = encodingFor(request.headers['accept-encoding']);
  pages.served.ok += 1;
  res.writeHead(200, withRequestId(page.headers[encoding], request.id));
  // HEAD: Node sends the headers (the GET's Content-Length included) and no body.
  res.end(page[encoding]);
}

/**
 * The stored list, its last value (the request id's slot) set to this request's id. The list
 * is reused, not copied: `writeHead` reads it synchronously, before another request can run.
 */
function withRequestId(headers: string[], id: string): string[] {
  headers[headers.length - 1] = id;
  return headers;
}
