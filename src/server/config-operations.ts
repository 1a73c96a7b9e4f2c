import { z } from 'zod';

/**
 * Operations and identity settings of issue 19 (a separate block so that other changes to
 * config.ts merge cleanly): Redis, metrics, instance administrators, shutdown, retention.
 */
export const ZOperationsEnv = z.object({
  /** redis://… shares rate-limit counters (and real-time) between app processes. */
  REDIS_URL: z
    .string()
    .regex(/^(rediss?:\/\/.+)?$/, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  /** Prefix of every Redis key, so that several instances can share one Redis server. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/)
    .default('samrutin:'),
  /**
   * How long (ms, at most 5 s) a process reuses a looked-up session; 0 looks every request up.
   * Ending a session forgets it at once (across processes through REDIS_URL).
   */
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(5000).default(5000),
  /**
   * How often (ms) a process rereads the shared publish stamp before answering `/r/:slug` from
   * memory; 0 reads it before every such answer. With REDIS_URL a change arrives as a message
   * and this is a backstop; several processes without Redis see each other's changes this late.
   */
  PUBLISH_STAMP_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  /** Bearer token for GET /metrics; unset: /metrics answers only loopback requests. */
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must have at least 16 characters').optional(),
  /** Comma-separated e-mail addresses of the instance administrators. */
  ADMIN_EMAILS: z.string().default(''),
  /** Days after which failed sign-in records and their audit rows are pruned. */
  RETENTION_FAILED_SIGN_IN_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

export interface OperationsConfig {
  redisUrl: string | null;
  redisKeyPrefix: string;
  sessionCacheMs: number;
  publishStampMs: number;
  metricsToken: string | null;
  /** Lower-cased e-mail addresses of the instance administrators. */
  adminEmails: string[];
  retentionFailedSignInDays: number;
}

export function toOperationsConfig(e: z.infer<typeof ZOperationsEnv>): OperationsConfig {
  return {
    redisUrl: e.REDIS_URL ? e.REDIS_URL : null,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    sessionCacheMs: e.SESSION_CACHE_MS,
    publishStampMs: e.PUBLISH_STAMP_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    adminEmails: e.ADMIN_EMAILS.split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    retentionFailedSignInDays: e.RETENTION_FAILED_SIGN_IN_DAYS,
  };
}
