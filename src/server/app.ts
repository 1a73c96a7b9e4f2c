import fs from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { type Auth, createAuth, registerSessionReader } from './http/auth';
import { type Clock, systemClock } from './http/context';
import { AppError, frameworkErrorHandler, registerErrorHandler } from './http/errors';
import { registerInputGuards } from './http/input-guards';
import { actionRoutes } from './modules/actions/actions.routes';
import { actorRoutes } from './modules/actors/actors.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { checkRoutes } from './modules/check/check.routes';
import { collaborationRoutes } from './modules/collaborations/collaborations.routes';
import { commentRoutes } from './modules/comments/comments.routes';
import { exportRoutes } from './modules/exports/exports.routes';
import { healthRoutes } from './modules/health/health.routes';
import { invitationRoutes } from './modules/invitations/invitations.routes';
import { knowledgeRoutes } from './modules/knowledge/knowledge.routes';
import { memberRoutes } from './modules/members/members.routes';
import { milestoneRoutes } from './modules/milestones/milestones.routes';
import { obstacleRoutes } from './modules/obstacles/obstacles.routes';
import { originRoutes } from './modules/origin/origin.routes';
import { publishRoutes } from './modules/publish/publish.routes';
import { routineRoutes } from './modules/routines/routines.routes';
import { templateRoutes } from './modules/template/template.routes';
import { versionRoutes } from './modules/versions/versions.routes';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    clock: Clock;
    config: AppConfig;
    auth: Auth;
  }
}

export interface BuildOptions {
  /** An injectable clock (tests); the system clock otherwise. */
  clock?: Clock;
  /** An already open database (tests that share one); opened from the config otherwise. */
  database?: Database;
  /** Rate-limit budgets; the defaults suit a workshop of thirty people behind one network. */
  limits?: Partial<Limits>;
}

interface Limits {
  signInPerIpPerMinute: number;
  signUpPerIpPerHour: number;
}

const DEFAULT_LIMITS: Limits = { signInPerIpPerMinute: 120, signUpPerIpPerHour: 120 };
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the whole app: database (migrated), auth, API, OpenAPI, the web client. */
export async function buildApp(
  config: AppConfig,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const database = options.database ?? openDatabase(config);
  await migrateToLatest(database.rawDb);
  app.decorate('database', database);
  app.decorate('clock', options.clock ?? systemClock);
  app.decorate('config', config);
  if (!options.database) app.addHook('onClose', async () => database.close());

  registerErrorHandler(app);
  registerInputGuards(app);

  await app.register(helmet, {
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
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
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

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samrutin API',
        version: '1',
        description:
          'Joint local routines for individual cases of human trafficking and prostitution. ' +
          'Errors: {"error":{"code","message","details"}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const auth = createAuth(config, database);
  app.decorate('auth', auth);
  registerSessionReader(app, auth);

  await app.register(healthRoutes);
  await app.register(templateRoutes);
  await app.register(authRoutes, { auth, limits: { ...DEFAULT_LIMITS, ...options.limits } });
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
  await app.register(checkRoutes);
  await app.register(milestoneRoutes);
  await app.register(versionRoutes);
  await app.register(exportRoutes);
  await app.register(publishRoutes);
  await app.register(originRoutes);

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
