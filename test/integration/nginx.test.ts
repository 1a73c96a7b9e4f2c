import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerField } from '../../src/domain/collab';
import { cookieFrom } from '../helpers/app';
import { ChildServer } from '../helpers/child-server';
import { freshDatabaseEnv } from '../helpers/databases';
import { type LiveClient, liveClient, waitFor } from '../helpers/live';

/**
 * Issue 19: the nginx configuration of docs/operations.md (deploy/nginx/samrutin.conf, this
 * very file) in front of two app processes on one PostgreSQL and one Redis: TLS, the request
 * id, /metrics kept inside, sign-in and REST through the proxy, and live co-editing over wss
 * where the two clients land on different processes. Needs nginx and openssl (.ci/run installs
 * nginx); PostgreSQL and Redis, since two processes share state only through them.
 */
const dialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const redisUrl = process.env.TEST_REDIS_URL;
const HOST = 'samrutin.test';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe.runIf(dialect === 'postgres' && Boolean(redisUrl))('behind nginx', () => {
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  let base = '';
  let ca: Buffer;
  let port = 0;
  let nginxLog = '';
  let processes: ChildServer[] = [];

  /** An HTTPS request to nginx on 127.0.0.1 for the host name the certificate names. */
  function request(
    method: string,
    url: string,
    options: { cookie?: string; body?: unknown } = {},
  ): Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }> {
    return new Promise((resolve, reject) => {
      const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
      const req = https.request(
        {
          host: '127.0.0.1',
          port,
          servername: HOST,
          ca,
          method,
          path: url,
          headers: {
            host: `${HOST}:${port}`,
            origin: base,
            ...(options.cookie ? { cookie: options.cookie } : {}),
            ...(payload ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-nginx-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=DNS:${HOST}`,
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    ca = fs.readFileSync(path.join(dir, 'cert.pem'));
    port = await freePort();
    base = `https://${HOST}:${port}`;

    const target = await freshDatabaseEnv('postgres', 'ngx');
    cleanups.push(target.drop);
    const env = {
      ...target.env,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: `samrutin-ngx-${crypto.randomUUID().slice(0, 8)}:`,
      BASE_URL: base,
      TRUST_PROXY: '1',
    };
    const first = new ChildServer(env, 150_000);
    cleanups.push(() => first.kill());
    await first.start(); // migrates; the second finds nothing left to do
    const second = new ChildServer(env, 150_000);
    cleanups.push(() => second.kill());
    await second.start();
    processes = [first, second];

    // The documented file with this run's ports, name and certificate, nothing else changed.
    const documented = fs.readFileSync('deploy/nginx/samrutin.conf', 'utf8');
    const upstreams = [first.url, second.url].map((u) => `    server ${new URL(u).host};`);
    const snippet = documented
      .replace(/ {4}server 127\.0\.0\.1:3001;\n {4}server 127\.0\.0\.1:3002;/, upstreams.join('\n'))
      .replace('listen 443 ssl', `listen 127.0.0.1:${port} ssl`)
      .replace('server_name samrutin.kommun.se;', `server_name ${HOST};`)
      .replace('/etc/ssl/samrutin.crt', path.join(dir, 'cert.pem'))
      .replace('/etc/ssl/samrutin.key', path.join(dir, 'key.pem'));
    expect(snippet).not.toBe(documented);
    expect(snippet).not.toMatch(/:300[12];|samrutin\.kommun\.se|\/etc\/ssl/);
    fs.writeFileSync(path.join(dir, 'samrutin.conf'), snippet);
    const temp = (name: string) => path.join(dir, name);
    fs.writeFileSync(
      temp('nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${temp('nginx.pid')};`,
        `error_log ${temp('error.log')} warn;`,
        'events { worker_connections 256; }',
        'http {',
        `  access_log ${temp('access.log')};`,
        `  client_body_temp_path ${temp('body')};`,
        `  proxy_temp_path ${temp('proxy')};`,
        `  fastcgi_temp_path ${temp('fastcgi')};`,
        `  uwsgi_temp_path ${temp('uwsgi')};`,
        `  scgi_temp_path ${temp('scgi')};`,
        `  include ${temp('samrutin.conf')};`,
        '}',
      ].join('\n'),
    );
    const nginx: ChildProcess = spawn('nginx', ['-p', dir, '-c', temp('nginx.conf')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx.stderr!.on('data', (c: Buffer) => {
      nginxLog += c.toString();
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          if (nginx.exitCode !== null) return resolve();
          nginx.once('exit', () => resolve());
          nginx.kill('SIGQUIT');
        }),
    );
    await waitFor(
      () => fs.existsSync(temp('nginx.pid')) || nginx.exitCode !== null,
      'nginx to start',
      20_000,
    );
    if (nginx.exitCode !== null) throw new Error(`nginx did not start:\n${nginxLog}`);
  }, 400_000);

  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('answers over TLS with nginx’s request id and keeps /metrics inside', async () => {
    const health = await request('GET', '/healthz');
    expect(health.status).toBe(200);
    // nginx's $request_id (32 hex digits) is the app's request id: one id in both logs.
    expect(health.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    expect((await request('GET', '/metrics')).status).toBe(403);
    const missing = await request('GET', '/api/routines/nope');
    expect(JSON.parse(missing.body).error.details.requestId).toBe(missing.headers['x-request-id']);
  });

  it('signs up and co-edits live over wss across both processes', {
    timeout: 120_000,
  }, async () => {
    const signUp = await request('POST', '/api/auth/sign-up/email', {
      body: {
        name: 'Nora Nginx',
        email: 'nora@nginx.example.org',
        password: 'correct horse battery',
      },
    });
    expect(signUp.status).toBe(200);
    const cookie = cookieFrom(signUp.headers['set-cookie']);
    const collab = await request('POST', '/api/collaborations', {
      cookie,
      body: { name: 'Proxykommunen' },
    });
    expect(collab.status).toBe(201);
    const routine = await request(
      'POST',
      `/api/collaborations/${JSON.parse(collab.body).id}/routines`,
      {
        cookie,
        body: { title: 'Rutin bakom nginx' },
      },
    );
    expect(routine.status).toBe(201);
    const routineId = JSON.parse(routine.body).id as string;

    // nginx spreads the connections over both processes; each has some (read off each
    // process's own /metrics, from loopback), so the edit must cross from one to the other.
    const server = { url: `wss://127.0.0.1:${port}/collab`, origin: base };
    const socket = { ca, servername: HOST, headers: { host: `${HOST}:${port}` } };
    const clients: LiveClient[] = [];
    try {
      for (let i = 0; i < 4; i++) {
        clients.push(liveClient(server, { cookie }, routineId, undefined, socket));
      }
      await Promise.all(clients.map((c) => c.synced()));
      for (const p of processes) {
        const text = await (await fetch(`${p.url}/metrics`)).text();
        expect(Number(text.match(/^samrutin_live_connections (\d+)$/m)?.[1])).toBeGreaterThan(0);
      }
      const field = answerField('s3.q2');
      clients[0]!.doc.getText(field).insert(0, 'Polisen ringer socialjouren.');
      await waitFor(
        () => clients.every((c) => c.text(field) === 'Polisen ringer socialjouren.'),
        'every peer',
        20_000,
      );
    } finally {
      for (const c of clients) c.destroy();
    }
    // …and it is stored, readable through the proxy from whichever process answers.
    await expect
      .poll(
        async () =>
          JSON.parse((await request('GET', `/api/routines/${routineId}`, { cookie })).body).answers[
            's3.q2'
          ]?.text,
        { timeout: 20_000 },
      )
      .toBe('Polisen ringer socialjouren.');
    expect(nginxLog).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
