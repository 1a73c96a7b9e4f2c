import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ZSubmitFeedback } from '../../../contracts/feedback';
import { sha256Hex } from '../../../domain/canonical';
import {
  type FeedbackValues,
  renderFeedbackForm,
  renderFeedbackReceipt,
} from '../../../domain/render/feedback-page';
import type { Lang } from '../../../domain/render/model';
import { PUBLISHED_CSS } from '../../../domain/render/published-css';
import { renderNotFoundPage } from '../../../domain/render/published-html';
import { AppError } from '../../core/errors';
import { findFeedbackTarget, submitFeedback } from './feedback.service';

/** The published page's stylesheet address (the same content hash publish.routes serves). */
const CSS_HREF = `/r/assets/published.${sha256Hex(PUBLISHED_CSS).slice(0, 12)}.css`;
const FORM_BODY_LIMIT = 32 * 1024;

export interface FeedbackFormOptions {
  perIpPerHour: number;
}

const langOf = (request: FastifyRequest): Lang =>
  (request.query as Record<string, unknown> | undefined)?.lang === 'en' ? 'en' : 'sv';
const slugOf = (request: FastifyRequest) => (request.params as { slug: string }).slug;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(body);
}

/**
 * The no-JavaScript feedback form of the published routine: `GET /r/:slug/feedback` shows it,
 * `POST` (application/x-www-form-urlencoded) answers 303 to the receipt, or 400 with the form
 * and the reason. Its own scope, so only these routes parse urlencoded bodies.
 */
export const feedbackFormRoutes: FastifyPluginAsync<FeedbackFormOptions> = async (app, options) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
  const db = app.database.db;
  const notFound = (reply: FastifyReply, lang: Lang) =>
    html(reply, 404, renderNotFoundPage(lang, CSS_HREF));
  const valuesOf = (body: unknown): FeedbackValues => {
    const raw = (body ?? {}) as Record<string, unknown>;
    return {
      step: str(raw.step),
      text: str(raw.text),
      organisation: str(raw.organisation),
      role: str(raw.role),
    };
  };

  // A person at a browser gets a page, not JSON: a post over the limit shows the form again
  // with the reason first and the text kept (429, Retry-After). Anything else goes on to the
  // app's error handler.
  app.setErrorHandler(async (error, request, reply) => {
    if (!(error instanceof AppError && error.code === 'RATE_LIMITED')) throw error;
    const lang = langOf(request);
    const routine = await findFeedbackTarget(db, slugOf(request), request.user?.id ?? null);
    if (!routine) return notFound(reply, lang);
    const retryAfter = Number(error.headers?.['retry-after']) || 3600;
    reply.header('retry-after', String(retryAfter));
    return html(
      reply,
      429,
      renderFeedbackForm({
        lang,
        cssHref: CSS_HREF,
        slug: routine.slug,
        routineTitle: routine.title,
        values: valuesOf(request.body),
        error: 'rate_limited',
        retryAfterSeconds: retryAfter,
      }),
    );
  });

  app.get('/r/:slug/feedback', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const routine = await findFeedbackTarget(db, slugOf(request), request.user?.id ?? null);
    if (!routine) return notFound(reply, lang);
    return html(
      reply,
      200,
      renderFeedbackForm({
        lang,
        cssHref: CSS_HREF,
        slug: routine.slug,
        routineTitle: routine.title,
      }),
    );
  });

  app.get('/r/:slug/feedback/thanks', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const routine = await findFeedbackTarget(db, slugOf(request), request.user?.id ?? null);
    if (!routine) return notFound(reply, lang);
    return html(
      reply,
      200,
      renderFeedbackReceipt({
        lang,
        cssHref: CSS_HREF,
        slug: routine.slug,
        routineTitle: routine.title,
      }),
    );
  });

  app.post(
    '/r/:slug/feedback',
    {
      schema: { hide: true },
      // counted once the body is read, so that the refusal can give the text back
      config: {
        rateLimit: { max: options.perIpPerHour, timeWindow: '1 hour', hook: 'preHandler' },
      },
    },
    async (request, reply) => {
      const lang = langOf(request);
      const slug = slugOf(request);
      const routine = await findFeedbackTarget(db, slug, request.user?.id ?? null);
      if (!routine) return notFound(reply, lang);
      const raw = (request.body ?? {}) as Record<string, unknown>;
      const values = valuesOf(raw);
      const form = (error: 'personal_data' | 'invalid') =>
        html(
          reply,
          400,
          renderFeedbackForm({
            lang,
            cssHref: CSS_HREF,
            slug: routine.slug,
            routineTitle: routine.title,
            values,
            error,
          }),
        );
      const parsed = ZSubmitFeedback.safeParse(raw);
      if (!parsed.success) return form('invalid');
      try {
        await submitFeedback(
          { db: app.database.db, clock: app.clock },
          slug,
          request.user?.id ?? null,
          parsed.data,
        );
      } catch (e) {
        if (e instanceof AppError && e.code === 'PERSONAL_DATA_SUSPECTED')
          return form('personal_data');
        throw e;
      }
      const thanks = `/r/${encodeURIComponent(routine.slug)}/feedback/thanks${lang === 'en' ? '?lang=en' : ''}`;
      return reply
        .status(303)
        .header('location', thanks)
        .header('cache-control', 'no-store')
        .send();
    },
  );
};
