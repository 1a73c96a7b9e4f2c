import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMetrics from 'fastify-metrics';
import client from 'prom-client';
import { AppError } from '../../core/errors';
import { countJobsByStatus } from '../../jobs/jobs.repository';

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's Prometheus registry: other modules add their gauges here. */
    metricsRegistry: client.Registry;
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const EXPORT_ROUTE = /\/(export\.(pdf|docx|md|json)|card\.pdf|diagram\.svg)$/;

/**
 * Prometheus metrics of this process (prom-client + fastify-metrics): request counts and
 * latency per route, Node's own metrics, database query timing and pool, export renders, live
 * connections and documents, and the job queue.
 * GET /metrics wants `Authorization: Bearer <METRICS_TOKEN>`; without a configured token it
 * answers loopback requests only (404 to everyone else, so it does not show that it exists).
 */
export async function registerMetrics(app: FastifyInstance): Promise<void> {
  const registry = new client.Registry();
  app.decorate('metricsRegistry', registry);

  await app.register(fastifyMetrics, {
    endpoint: null,
    defaultMetrics: { enabled: true, register: registry },
    routeMetrics: {
      // The histogram only: the summary's t-digest cost every request a sorted insert, and
      // Prometheus computes the quantiles from the histogram's buckets.
      enabled: { histogram: true, summary: false },
      registeredRoutesOnly: true,
      groupStatusCodes: false,
      routeBlacklist: ['/metrics', '/healthz', '/readyz'],
      overrides: {
        histogram: { registers: [registry] },
        summary: { registers: [registry] },
      },
    },
  });

  const queryDuration = new client.Histogram({
    name: 'samrutin_db_query_duration_seconds',
    help: 'Database query duration in seconds',
    labelNames: ['outcome'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5],
    registers: [registry],
  });
  app.database.observeQueries((ms, failed) =>
    queryDuration.observe({ outcome: failed ? 'error' : 'ok' }, ms / 1000),
  );
  app.addHook('onClose', async () => app.database.observeQueries(null));

  new client.Gauge({
    name: 'samrutin_db_pool_connections',
    help: 'PostgreSQL pool connections by state (absent on SQLite)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = app.database.poolStats();
      if (!stats) return;
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  const exportRenders = new client.Counter({
    name: 'samrutin_export_renders_total',
    help: 'Rendered exports (PDF, Word, Markdown, JSON, card, diagram) by format and outcome',
    labelNames: ['format', 'outcome'],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    const match = route ? EXPORT_ROUTE.exec(route) : null;
    if (!match) return;
    const format = match[1]!.replace(/^export\./, '');
    exportRenders.inc({ format, outcome: reply.statusCode < 400 ? 'ok' : 'error' });
  });

  // Read at scrape time: the live server is registered after this plugin.
  new client.Gauge({
    name: 'samrutin_live_connections',
    help: 'Open live co-editing connections (WebSocket /collab) in this process',
    registers: [registry],
    collect() {
      if (app.hasDecorator('collab')) this.set(app.collab.hocuspocus.getConnectionsCount());
    },
  });
  new client.Gauge({
    name: 'samrutin_live_documents',
    help: 'Routine documents loaded for live co-editing in this process',
    registers: [registry],
    collect() {
      if (app.hasDecorator('collab')) this.set(app.collab.loadedDocuments());
    },
  });
  const jobStates = ['pending', 'running', 'done', 'failed'] as const;
  // One query per scrape for both job gauges: the registry collects them at the same time.
  let pending: ReturnType<typeof countJobsByStatus> | null = null;
  const jobCounts = () => {
    pending ??= countJobsByStatus(app.database.db, app.clock.now().toISOString()).finally(() => {
      pending = null;
    });
    return pending;
  };
  new client.Gauge({
    name: 'samrutin_jobs',
    help: 'Background jobs (reminders, mail) by state, in the shared database',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await jobCounts();
      for (const status of jobStates) {
        this.set({ status }, rows.find((r) => r.status === status)?.count ?? 0);
      }
    },
  });
  new client.Gauge({
    name: 'samrutin_jobs_due',
    help: 'Pending jobs whose time has come: the queue depth (a growing value means stuck workers)',
    registers: [registry],
    async collect() {
      const rows = await jobCounts();
      this.set(rows.find((r) => r.status === 'pending')?.due ?? 0);
    },
  });

  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
    assertMayReadMetrics(request, app.config.operations.metricsToken);
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}

function assertMayReadMetrics(request: FastifyRequest, token: string | null): void {
  if (token === null) {
    // The socket's address, not request.ip: a forwarded-for header must not make it local.
    if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      throw new AppError('NOT_FOUND', 'Not found: /metrics');
    }
    return;
  }
  const given = request.headers.authorization ?? '';
  const expected = `Bearer ${token}`;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AppError(
      'UNAUTHENTICATED',
      'GET /metrics needs Authorization: Bearer <METRICS_TOKEN>.',
      undefined,
      {
        'www-authenticate': 'Bearer',
      },
    );
  }
}
