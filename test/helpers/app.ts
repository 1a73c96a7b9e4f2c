import { createEmailVerificationToken } from 'better-auth/api';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { type BuildOptions, buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Clock } from '../../src/server/core/context';

export const TEST_ORIGIN = 'http://localhost:80';

/** A clock tests can set and move. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-28T10:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  clock: TestClock;
  dialect: 'sqlite' | 'postgres';
  /** The PostgreSQL database's URL (undefined on SQLite), for a second app on the same data. */
  databaseUrl: string | undefined;
  close(): Promise<void>;
}

/**
 * The app on a fresh database: in-memory SQLite, or (TEST_DB=postgres) a new PostgreSQL
 * database created from TEST_DATABASE_URL and dropped afterwards.
 */
export async function createTestApp(
  options: BuildOptions & { configOverrides?: Record<string, string> } = {},
  env: Record<string, string> = {},
): Promise<TestApp> {
  const { configOverrides, ...buildOptions } = options;
  const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  const clock = new TestClock();
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (dialect === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const name = `samrutin_t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // pool.end() resolves before the server has seen every connection close; dropping
      // "with (force)" then kills them and the driver reports FATAL 57P01. Wait them out.
      for (let i = 0; i < 100; i++) {
        const { rows } = await a.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
  const config = loadConfig({
    DATA_DIR: ':memory:',
    SAMRUTIN_DEMO: '0',
    LOG_LEVEL: 'silent',
    WEB_DIST: '',
    NODE_ENV: 'test',
    PORT: '80',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...configOverrides,
    ...env,
  });
  const app = await buildApp(config, { clock, ...buildOptions });
  return {
    app,
    clock,
    dialect,
    databaseUrl,
    close: async () => {
      await app.close();
      await dropDatabase();
    },
  };
}

/** Joins a response's Set-Cookie headers into one Cookie header value. */
export function cookieFrom(setCookie: string | string[] | undefined, previous = ''): string {
  const jar = new Map<string, string>();
  for (const part of previous.split('; ').filter(Boolean)) {
    const [k, ...v] = part.split('=');
    jar.set(k!, v.join('='));
  }
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const c of list) {
    const [pair] = c.split(';');
    const [k, ...v] = pair!.split('=');
    if (v.join('=') === '') jar.delete(k!);
    else jar.set(k!, v.join('='));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** A signed-in API client for tests: JSON in, {status, body, headers} out. */
export class Client {
  constructor(
    readonly app: FastifyInstance,
    public cookie = '',
    public userId = '',
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        origin: TEST_ORIGIN,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? { payload: typeof body === 'string' ? body : JSON.stringify(body) }
        : {}),
    });
    const text = res.body;
    let json: any = text;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    if (res.headers['set-cookie']) this.cookie = cookieFrom(res.headers['set-cookie'], this.cookie);
    return { status: res.statusCode, body: json, headers: res.headers };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

let counter = 0;

/**
 * Signs up a new user and returns a client carrying its session. When the instance asks for a
 * confirmed address (SMTP_URL set), the account confirms it the way the mailed link does (a
 * token made by better-auth with the app's secret), unless `confirmEmail: false`.
 */
export async function signUp(
  app: FastifyInstance,
  name = 'Test Person',
  emailAddress?: string,
  { confirmEmail = true }: { confirmEmail?: boolean } = {},
): Promise<Client> {
  counter += 1;
  const email = emailAddress ?? `user${counter}-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const client = new Client(app);
  const res = await client.post('/api/auth/sign-up/email', {
    name,
    email,
    password: 'correct horse battery',
  });
  if (res.status !== 200)
    throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  client.userId = res.body.user.id;
  (client as Client & { email: string }).email = email;
  if (confirmEmail && res.body.user.emailVerificationRequired) {
    const token = await createEmailVerificationToken(
      app.config.authSecret,
      email,
      undefined,
      3600,
      {
        userId: client.userId,
      },
    );
    const confirmed = await client.post('/api/auth/email-verification/confirm', { token });
    if (confirmed.status !== 200)
      throw new Error(
        `e-mail confirmation failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`,
      );
  }
  return client;
}

/** A collaboration with a routine, created by a fresh coordinator. */
export async function createCollaborationWithRoutine(app: FastifyInstance) {
  const coordinator = await signUp(app, 'Samordnare');
  const collab = await coordinator.post('/api/collaborations', {
    name: 'Testkommun',
    area: 'Testlän',
  });
  const routine = await coordinator.post(`/api/collaborations/${collab.body.id}/routines`, {
    title: 'Rutin för enskilda ärenden',
  });
  // As the factories (factories.ts) do: a refused set-up fails here, not in a later assertion.
  for (const [what, res, status] of [
    ['creating the collaboration', collab, 201],
    ['creating the routine', routine, 201],
  ] as const) {
    if (res.status !== status) {
      throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  return {
    coordinator,
    collaborationId: collab.body.id as string,
    routineId: routine.body.id as string,
    routine: routine.body,
  };
}
