import path from 'node:path';
import { z } from 'zod';

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** postgres://… selects PostgreSQL; otherwise the embedded SQLite database is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  /** Folder of the SQLite database file. ':memory:' keeps it in memory (tests). */
  DATA_DIR: z.string().default('./data'),
  /** Public origin of the app, used for links and for the Origin check. */
  BASE_URL: z.url().optional(),
  /** Secret for signing sessions; a development default is used when missing outside production. */
  AUTH_SECRET: z.string().min(32).optional(),
  SAMRUTIN_DEMO: z.enum(['0', '1']).default('1'),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Folder with the built web client (index.html); empty disables serving it. */
  WEB_DIST: z.string().optional(),
  /** smtp(s)://user:pass@host:port — when set, invitations are e-mailed; otherwise shown to copy. */
  SMTP_URL: z
    .string()
    .regex(/^(smtps?:\/\/.+)?$/, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  /** redis://… — when set, app processes share live documents (Hocuspocus over Redis). */
  REDIS_URL: z
    .string()
    .regex(/^(rediss?:\/\/.+)?$/, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
  /** Sender of the app's e-mail. */
  MAIL_FROM: z.string().min(3).default('Samrutin <noreply@samrutin.invalid>'),
});

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Path of the SQLite file, or ':memory:'. */
  sqliteFile: string;
  baseUrl: string;
  /** True when BASE_URL was set; otherwise origins are derived from each request. */
  explicitBaseUrl: boolean;
  authSecret: string;
  demo: boolean;
  trustProxy: boolean;
  logLevel: string;
  production: boolean;
  webDist: string | null;
  /** SMTP server for outgoing mail; null: no mail is sent. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Redis for live documents across processes; null: this process works alone. */
  redisUrl: string | null;
}

const DEV_SECRET = 'samrutin-development-secret-not-for-production-use';

/** Reads and validates the environment; throws a readable error listing each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.AUTH_SECRET) {
    throw new Error(
      'Invalid configuration:\n  AUTH_SECRET: required in production (32+ characters)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: e.DATA_DIR === ':memory:' ? ':memory:' : path.resolve(e.DATA_DIR, 'samrutin.db'),
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    explicitBaseUrl: e.BASE_URL !== undefined,
    authSecret: e.AUTH_SECRET ?? DEV_SECRET,
    demo: e.SAMRUTIN_DEMO === '1',
    trustProxy: e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    production,
    webDist: e.WEB_DIST === '' ? null : path.resolve(e.WEB_DIST ?? 'dist/web'),
    smtpUrl: e.SMTP_URL ? e.SMTP_URL : null,
    mailFrom: e.MAIL_FROM,
    redisUrl: e.REDIS_URL ? e.REDIS_URL : null,
  };
}
