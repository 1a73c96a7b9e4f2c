import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { type OperationsConfig, toOperationsConfig, ZOperationsEnv } from './config-operations';

const ZEnv = z
  .object({
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
    /** The demo collaboration: on by default in development, off in production unless '1'. */
    SAMRUTIN_DEMO: z.enum(['0', '1']).optional(),
    TRUST_PROXY: z.enum(['0', '1']).default('0'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NODE_ENV: z.string().default('development'),
    /** Folder with the built web client (index.html); empty disables serving it. */
    WEB_DIST: z.string().optional(),
    /** smtp(s)://user:pass@host:port — when set, invitations are e-mailed; otherwise shown to copy. */
    SMTP_URL: z
      .string()
      .regex(/^(smtps?:\/\/.+)?$/, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
    /** Seconds between two runs of the job runner (reminders); 0 turns it off in this process. */
    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
    /** Worker threads for renders and the import's checks (default: cores − 1, 1 to 4). */
    RENDER_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
    /** Sender of the app's e-mail. */
    MAIL_FROM: z.string().min(3).default('Samrutin <noreply@samrutin.invalid>'),
  })
  .extend(ZOperationsEnv.shape);

export interface AppConfig {
  /** Issue 19's block: Redis, metrics, administrators, retention (config-operations.ts). */
  operations: OperationsConfig;
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
  /** Things an operator should know at start (e.g. BASE_URL not https in production). */
  warnings: string[];
  /** Seconds between job runner ticks; 0: this process runs no jobs. */
  jobsIntervalSeconds: number;
  /** Worker threads that render files and check imports off the event loop. */
  renderWorkers: number;
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
  const missing = [
    ...(production && !e.AUTH_SECRET
      ? ['  AUTH_SECRET: required in production (32+ characters)']
      : []),
    ...(production && !e.BASE_URL
      ? ['  BASE_URL: required in production (the public https:// address of the app)']
      : []),
  ];
  if (missing.length > 0) throw new Error(`Invalid configuration:\n${missing.join('\n')}`);
  const warnings: string[] = [];
  if (production && e.BASE_URL && !e.BASE_URL.startsWith('https://')) {
    warnings.push(
      `BASE_URL is ${e.BASE_URL}: not https. Sessions and invitation links travel in clear text unless a proxy in front terminates TLS for this address.`,
    );
  }
  return {
    operations: toOperationsConfig(e),
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    sqliteFile: e.DATA_DIR === ':memory:' ? ':memory:' : path.resolve(e.DATA_DIR, 'samrutin.db'),
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    explicitBaseUrl: e.BASE_URL !== undefined,
    authSecret: e.AUTH_SECRET ?? DEV_SECRET,
    // Production never shows the demo unless asked for explicitly.
    demo: e.SAMRUTIN_DEMO === undefined ? !production : e.SAMRUTIN_DEMO === '1',
    trustProxy: e.TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    production,
    webDist: e.WEB_DIST === '' ? null : path.resolve(e.WEB_DIST ?? 'dist/web'),
    smtpUrl: e.SMTP_URL ? e.SMTP_URL : null,
    mailFrom: e.MAIL_FROM,
    warnings,
    jobsIntervalSeconds: e.JOBS_INTERVAL_SECONDS,
    renderWorkers: e.RENDER_WORKERS ?? Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  };
}
