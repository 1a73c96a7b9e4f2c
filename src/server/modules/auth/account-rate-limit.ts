import type { FastifyRequest } from 'fastify';

/**
 * Route config for a per-account rate limit (@fastify/rate-limit, registered in app.ts with
 * the contract's 429 RATE_LIMITED and Retry-After; counted in Redis when REDIS_URL is set, so
 * every process shares the buckets). Counted after the session is read (preHandler), keyed by
 * the signed-in user, by IP address when signed out; each route has its own budget.
 */
export function accountRateLimit(name: string, max: number, timeWindow: '1 minute' | '1 hour') {
  return {
    rateLimit: {
      max,
      timeWindow,
      hook: 'preHandler' as const,
      keyGenerator: (request: FastifyRequest) =>
        request.user ? `${name}:user:${request.user.id}` : `${name}:ip:${request.ip}`,
    },
  };
}

/**
 * How many requests an account may make to each expensive route: numbers a workshop never
 * reaches and a script in a loop soon does, per route. Requests count whether or not they
 * succeed.
 */
export interface AccountRateLimits {
  /** PDF, Word and card renders per minute. */
  renderPerMinute: number;
  /** Markdown, JSON, diagram and QR exports per minute. */
  textExportPerMinute: number;
  /** Quality checks per minute (the client refetches one after each of the user's edits). */
  checkPerMinute: number;
  /** Version comparisons per minute. */
  diffPerMinute: number;
  /** Freezes (POST …/versions) per hour. */
  freezePerHour: number;
  /** Imports of an export file (up to 5 MB of JSON to parse and check) per hour. */
  importPerHour: number;
}

export const DEFAULT_ACCOUNT_RATE_LIMITS: AccountRateLimits = {
  renderPerMinute: 60,
  textExportPerMinute: 120,
  checkPerMinute: 240,
  diffPerMinute: 120,
  freezePerHour: 30,
  importPerHour: 30,
};

/** The route configs of the limits above. */
export function accountRateLimitConfigs(limits: AccountRateLimits) {
  return {
    render: accountRateLimit('export', limits.renderPerMinute, '1 minute'),
    textExport: accountRateLimit('text-export', limits.textExportPerMinute, '1 minute'),
    check: accountRateLimit('check', limits.checkPerMinute, '1 minute'),
    diff: accountRateLimit('diff', limits.diffPerMinute, '1 minute'),
    freeze: accountRateLimit('freeze', limits.freezePerHour, '1 hour'),
    import: accountRateLimit('import', limits.importPerHour, '1 hour'),
  };
}

/** The options of the route plugins that use them. */
export interface AccountRateLimitOptions {
  perAccount?: AccountRateLimits;
}

export const rateLimitsOf = (options: AccountRateLimitOptions) =>
  accountRateLimitConfigs(options.perAccount ?? DEFAULT_ACCOUNT_RATE_LIMITS);
