import fs from 'node:fs';
import os from 'node:os';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type BuildOptions, buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { cookieFrom } from '../test/helpers/app';

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
}

export function machineInfo(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu.trim()} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${os.platform()} ${os.release()}`;
}

export function formatTable(t: Table): string {
  const head = `| ${t.columns.join(' | ')} |`;
  const sep = `| ${t.columns.map(() => '---').join(' | ')} |`;
  const body = t.rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  const notes = t.notes?.length ? `\n\n${t.notes.map((n) => `- ${n}`).join('\n')}` : '';
  return `### ${t.title}\n\n${head}\n${sep}\n${body}${notes}\n`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

export const ms = (n: number) => `${n.toFixed(2)} ms`;
export const goal = (ok: boolean) => (ok ? 'met' : 'missed');

/** The app on a database for benchmarks: a temporary SQLite file, or BENCH_DATABASE_URL. */
export async function benchApp(
  opts: {
    postgres?: boolean;
    dataDir?: string;
    env?: Record<string, string>;
    build?: BuildOptions;
  } = {},
): Promise<{ app: FastifyInstance; close: () => Promise<void> }> {
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    SAMRUTIN_DEMO: '0',
    WEB_DIST: '',
    NODE_ENV: 'production',
    // Production requires the public address; the benchmarks talk to the app directly.
    BASE_URL: 'http://127.0.0.1:3000',
    AUTH_SECRET: 'benchmark-secret-benchmark-secret-0123456789',
    PORT: '0',
    ...opts.env,
  };
  let drop = async () => {};
  if (opts.postgres) {
    const pg = (await import('pg')).default;
    const admin = process.env.BENCH_DATABASE_URL!;
    const name = `samrutin_bench_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`create database ${name}`);
    await c.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    drop = async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    };
  } else {
    const dir = opts.dataDir ?? fs.mkdtempSync(`${os.tmpdir()}/samrutin-bench-`);
    env.DATA_DIR = dir;
    const prev = drop;
    drop = async () => {
      await prev();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const app = await buildApp(loadConfig(env), {
    limits: { signInPerIpPerMinute: 100_000, signUpPerIpPerHour: 100_000 },
    ...opts.build,
  });
  return {
    app,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** Signs up a user through the API and returns its id and session cookie. */
export async function benchUser(app: FastifyInstance): Promise<{ userId: string; cookie: string }> {
  const email = `bench-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    payload: { name: 'Bench', email, password: 'benchmark password' },
  });
  return { userId: res.json().user.id, cookie: cookieFrom(res.headers['set-cookie']) };
}

/** p50/p95/p99 of `n` sequential injects of one request. */
export async function injectLatency(app: FastifyInstance, n: number, request: InjectOptions) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await app.inject(request);
    times.push(performance.now() - t0);
    if (res.statusCode >= 400)
      throw new Error(`${JSON.stringify(request)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    median: percentile(times, 50),
  };
}

/** autocannon with every response time recorded, for exact p50/p95/p99. */
export async function runCannon(opts: import('autocannon').Options) {
  const autocannon = (await import('autocannon')).default;
  const latencies: number[] = [];
  const result = await new Promise<import('autocannon').Result>((resolve, reject) => {
    const instance = autocannon(opts, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on(
      'response',
      (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
      },
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    result,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
