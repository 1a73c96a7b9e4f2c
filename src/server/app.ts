import fs from 'node:fs';
import path from 'node:path';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import type { AppConfig } from './config';
import { type Clock, systemClock } from './core/context';
import { AppError } from './core/errors';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { type Auth, createAuth, registerSessionReader } from './http/auth';
import {
  isEmailVerificationRequired,
  registerEmailVerificationGuard,
} from './http/email-verification';
import { frameworkErrorHandler, registerErrorHandler } from './http/errors';
import { registerInputGuards } from './http/input-guards';
import { registerOpenApi } from './http/openapi';
import { registerRequestId, requestIdOf } from './http/request-id';
import { serializeRequest } from './http/request-log';
import { registerSecurityHeaders } from './http/security-headers';

export { redactUrl } from './http/request-log';

import { connectSessionInvalidation, SessionCache } from './http/session-cache';
import { JobRunner } from './jobs/job-runner';
import { createMailer } from './mail/mailer';
import { accountRoutes } from './modules/account/account.routes';
import { passwordResetRoutes } from './modules/account/password-reset.routes';
import { actionRoutes } from './modules/actions/actions.routes';
import { actorRoutes } from './modules/actors/actors.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import {
  type AccountRateLimits,
  DEFAULT_ACCOUNT_RATE_LIMITS,
} from './modules/auth/account-rate-limit';
import { authRoutes } from './modules/auth/auth.routes';
import {
  claimEmailVerificationOfRequest,
  emailVerificationRoutes,
} from './modules/auth/email-verification.routes';
import { checkRoutes } from './modules/check/check.routes';
import { collaborationRoutes } from './modules/collaborations/collaborations.routes';
import { commentRoutes } from './modules/comments/comments.routes';
import { evaluationRoutes } from './modules/evaluation/evaluation.routes';
import { exportRoutes } from './modules/exports/exports.routes';
import { feedbackRoutes } from './modules/feedback/feedback.routes';
import { feedbackFormRoutes } from './modules/feedback/feedback-form.routes';
import { healthRoutes } from './modules/health/health.routes';
import { invitationRoutes } from './modules/invitations/invitations.routes';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes';
import { memberRoutes } from './modules/members/members.routes';
import { registerMetrics } from './modules/metrics/metrics.plugin';
import { milestoneRoutes } from './modules/milestones/milestones.routes';
import { nationalRoutes } from './modules/national/national.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { registerReminders } from './modules/notifications/reminders.jobs';
import { obstacleRoutes } from './modules/obstacles/obstacles.routes';
import { originRoutes } from './modules/origin/origin.routes';
import { publishRoutes } from './modules/publish/publish.routes';
import { registerPublishedFastPath } from './modules/publish/published-fast-path';
import { connectPublishedInvalidation } from './modules/publish/published-pages';
import { regionRoutes } from './modules/regions/regions.routes';
import { scheduleRetention } from './modules/retention/retention.service';
import { routineRoutes } from './modules/routines/routines.routes';
import { ssoRoutes } from './modules/sso/sso.routes';
import { ssoAdminRoutes } from './modules/sso/sso-admin.routes';
import { templateRoutes } from './modules/template/template.routes';
import { versionRoutes } from './modules/versions/versions.routes';
import { workshopRoutes } from './modules/workshops/workshops.routes';
import { type CollabLimits, DEFAULT_COLLAB_LIMITS, registerCollab } from './realtime/collab';
import { registerChangeMessages } from './realtime/collab.hooks';
import { openRedis } from './redis';
import { CPU_WORKER_URL, type TaskRunner, WorkerPool } from './workers/worker-pool';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    clock: Clock;
    config: AppConfig;
    auth: Auth;
    /** The shared Redis connection when REDIS_URL is set (rate limits across processes). */
    redis: Redis | null;
    /** The job runner (reminders; other modules register their kinds). Started by serve. */
    jobs: JobRunner;
    /** Worker threads for CPU work off the event loop: renders, the import's checks. */
    workers: TaskRunner;
  }
}

export interface BuildOptions {
  /** An injectable clock (tests); the system clock otherwise. */
  clock?: Clock;
  /** An already open database (tests that share one); opened from the config otherwise. */
  database?: Database;
  /** Rate-limit budgets; the defaults suit a workshop of thirty people behind one network. */
  limits?: Partial<Omit<Limits, 'perAccount'>> & { perAccount?: Partial<AccountRateLimits> };
  /** How often (ms) a process rereads the shared publish stamp (default: PUBLISH_STAMP_MS). */
  publishStampIntervalMs?: number;
  /** Live co-editing limits (tests make them small). */
  collab?: Partial<CollabLimits>;
  /** The worker pool (a test passes one whose tasks fail); closed with the app either way. */
  workers?: TaskRunner;
}

interface Limits {
  signInPerIpPerMinute: number;
  signUpPerIpPerHour: number;
  /** Feedback from use (form and JSON), per IP. */
  feedbackPerIpPerHour: number;
  /** Password-reset confirmations, per IP. */
  passwordResetConfirmPerIpPerHour: number;
  workshopJoinPerIpPerMinute: number;
  /** `/r/:slug` renders and misses, per IP (a page answered from memory is not counted). */
  publishedPagesPerIpPerMinute: number;
  /** The expensive routes, per account (exports, check, diff, freeze, import). */
  perAccount: AccountRateLimits;
}

const DEFAULT_LIMITS: Limits = {
  signInPerIpPerMinute: 120,
  signUpPerIpPerHour: 120,
  feedbackPerIpPerHour: 30,
  passwordResetConfirmPerIpPerHour: 30,
  workshopJoinPerIpPerMinute: 60,
  publishedPagesPerIpPerMinute: 600,
  perAccount: DEFAULT_ACCOUNT_RATE_LIMITS,
};
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the whole app: database (migrated), auth, API, OpenAPI, the web client. */
export async function buildApp(
  config: AppConfig,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, serializers: { req: serializeRequest } },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    genReqId: requestIdOf,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const database =
    options.database ??
    openDatabase(config, (err) =>
      app.log.warn({ err: err.message }, 'database: an idle connection was ended by the server'),
    );
  await migrateToLatest(database.rawDb);
  app.decorate('database', database);
  app.decorate('clock', options.clock ?? systemClock);
  app.decorate('config', config);
  for (const warning of config.warnings) app.log.warn(warning);
  if (!options.database) app.addHook('onClose', async () => database.close());

  // First of all hooks: a ready published page is answered before any other hook runs.
  const publishedPages = registerPublishedFastPath(app, {
    stampIntervalMs: options.publishStampIntervalMs ?? config.operations.publishStampMs,
  });
  registerRequestId(app);
  registerErrorHandler(app);
  registerInputGuards(app);

  const redis = config.operations.redisUrl
    ? openRedis(config.operations.redisUrl, config.operations.redisKeyPrefix)
    : null;
  app.decorate('redis', redis);
  // ioredis reconnects by itself; without a listener each failed attempt is an unhandled error.
  redis?.on('error', (err: Error) => app.log.warn({ err: err.message }, 'Redis is unreachable'));
  if (redis) app.addHook('onClose', async () => void (await redis.quit().catch(() => {})));
  await registerMetrics(app);
  const jobs = new JobRunner({
    db: database.db,
    dialect: database.dialect,
    clock: app.clock,
    log: (message, error) => app.log.error({ err: error }, message),
  });
  app.decorate('jobs', jobs);
  const workers =
    options.workers ?? new WorkerPool({ workerUrl: CPU_WORKER_URL, size: config.renderWorkers });
  app.decorate('workers', workers);
  app.addHook('onClose', async () => workers.close());
  const jobMailer = createMailer(config);
  registerReminders(jobs, {
    db: database.db,
    mailer: jobMailer,
    baseUrl: config.baseUrl,
    authSecret: config.authSecret,
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
    jobMailer?.close();
  });

  await registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.baseUrl.startsWith('https://') ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  await app.register(rateLimit, {
    global: false,
    // With Redis, every process counts in the same buckets: a limit means the same with one
    // process or four (while Redis is away, requests pass and /readyz reports it). Without
    // Redis the counters are in this process's memory.
    ...(redis ? { redis, nameSpace: 'rate-limit:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'RATE_LIMITED',
        `Too many requests. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
        { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      ),
  });

  // A browser request from another site may not change anything (CSRF defence in depth,
  // beside SameSite=Lax cookies). Clients without an Origin (scripts, integrations) pass.
  // Decided by the routed path, not the raw URL ("/%61pi/…" routes to /api/…); a request no
  // route matches is checked too, as it cannot change anything either way.
  app.addHook('onRequest', async (request) => {
    const routed = request.routeOptions.url;
    if (!UNSAFE_METHODS.has(request.method) || (routed && !routed.startsWith('/api/'))) return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const allowed = config.explicitBaseUrl
      ? config.baseUrl
      : `${request.protocol}://${request.host}`;
    if (origin !== allowed) {
      throw new AppError(
        'FOREIGN_ORIGIN',
        'Requests from another site may not change anything here.',
      );
    }
  });

  await registerOpenApi(app);

  const sessionCache = new SessionCache(config.operations.sessionCacheMs);
  app.decorate('sessionCache', sessionCache);
  if (redis && config.operations.sessionCacheMs > 0) {
    const channel = `${config.operations.redisKeyPrefix}sessions:forget`;
    const invalidation = await connectSessionInvalidation(sessionCache, redis, channel, (err) =>
      app.log.warn({ err: err.message }, 'session cache: Redis channel unavailable'),
    );
    app.addHook('onClose', invalidation.close);
  }
  if (redis) {
    const channel = `${config.operations.redisKeyPrefix}published:changed`;
    const invalidation = await connectPublishedInvalidation(publishedPages, redis, channel, (err) =>
      app.log.warn({ err: err.message }, 'published pages: Redis channel unavailable'),
    );
    app.addHook('onClose', invalidation.close);
  }
  const auth = createAuth(config, database, {
    onMailError: (err) =>
      app.log.warn(
        { err },
        'an account e-mail (password reset, address confirmation) could not be sent',
      ),
    onUserSessionsChanged: (userId) => sessionCache.forgetUser(userId),
    claimEmailVerification: (userId) => claimEmailVerificationOfRequest(database.rawDb, userId),
    now: () => app.clock.now(),
  });
  app.decorate('auth', auth);
  registerSessionReader(app, auth);
  registerEmailVerificationGuard(app, isEmailVerificationRequired(config));
  await registerCollab(app, {
    redisUrl: config.operations.redisUrl,
    limits: { ...DEFAULT_COLLAB_LIMITS, ...options.collab },
  });
  registerChangeMessages(app);

  await app.register(healthRoutes);
  await app.register(templateRoutes);
  const limits = {
    ...DEFAULT_LIMITS,
    ...options.limits,
    perAccount: { ...DEFAULT_LIMITS.perAccount, ...options.limits?.perAccount },
  };
  await app.register(authRoutes, { auth, limits });
  await app.register(passwordResetRoutes, {
    auth,
    confirmPerIpPerHour: limits.passwordResetConfirmPerIpPerHour,
  });
  await app.register(emailVerificationRoutes, {
    auth,
    confirmPerIpPerHour: limits.passwordResetConfirmPerIpPerHour,
  });
  await app.register(accountRoutes, { auth });
  await app.register(ssoRoutes, { auth, signInPerIpPerMinute: limits.signInPerIpPerMinute });
  await app.register(ssoAdminRoutes);
  await app.register(collaborationRoutes);
  await app.register(routineRoutes);
  await app.register(actorRoutes);
  await app.register(actionRoutes);
  await app.register(obstacleRoutes);
  await app.register(knowledgeRoutes);
  await app.register(memberRoutes);
  await app.register(invitationRoutes);
  await app.register(auditRoutes);
  await app.register(commentRoutes);
  await app.register(checkRoutes, { perAccount: limits.perAccount });
  await app.register(milestoneRoutes);
  await app.register(versionRoutes, { perAccount: limits.perAccount });
  await app.register(exportRoutes, { perAccount: limits.perAccount });
  await app.register(publishRoutes, {
    pagesPerIpPerMinute: limits.publishedPagesPerIpPerMinute,
  });
  await app.register(feedbackRoutes, { perIpPerHour: limits.feedbackPerIpPerHour });
  await app.register(feedbackFormRoutes, { perIpPerHour: limits.feedbackPerIpPerHour });
  await app.register(evaluationRoutes);
  await app.register(notificationRoutes);
  await app.register(originRoutes);
  await app.register(regionRoutes);
  await app.register(nationalRoutes);
  await app.register(workshopRoutes, { joinPerIpPerMinute: limits.workshopJoinPerIpPerMinute });

  scheduleRetention(app);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerWebClient(app, config);
  return app;
}

/** Serves the built client; every other GET outside /api and /r gets index.html (client routes). */
function registerWebClient(app: FastifyInstance, config: AppConfig): void {
  const dist = config.webDist;
  const index = dist ? path.join(dist, 'index.html') : null;
  if (!dist || !index || !fs.existsSync(index)) return;
  app.register(fastifyStatic, {
    root: dist,
    index: false,
    wildcard: false,
    setHeaders: (reply, file) => {
      if (file.includes(`${path.sep}assets${path.sep}`)) {
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      }
    },
  });
  app.register(async (scope) => {
    scope.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const url = request.url.split('?')[0] ?? '/';
      if (url.startsWith('/api/') || url.startsWith('/r/') || path.extname(url) !== '') {
        throw new AppError('NOT_FOUND', `Not found: ${url}`);
      }
      reply.header('cache-control', 'no-cache');
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  });
}
