import { type ChildProcess, spawn } from 'node:child_process';
import { cookieFrom } from './app';

/** The real server as a child process (node + tsx, no npx in between, so SIGKILL hits it). */
export class ChildServer {
  private proc: ChildProcess | null = null;
  url = '';
  /** Everything the process printed so far. */
  output = '';

  constructor(
    private readonly env: Record<string, string>,
    /** How long a start may take: tsx compiles at start, slow on a loaded machine. */
    // Generous: on a loaded 2-core machine tsx + migrations on PostgreSQL took ~30 s to listen.
    private readonly startTimeoutMs = 60_000,
  ) {}

  async start(): Promise<void> {
    // Vitest puts Vite's BASE_URL ('/') into process.env: not a URL for the app.
    const { BASE_URL: _viteBase, ...inherited } = process.env;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/serve.ts'], {
      env: {
        ...inherited,
        PORT: '0',
        HOST: '127.0.0.1',
        SAMRUTIN_DEMO: '0',
        WEB_DIST: '',
        LOG_LEVEL: 'info',
        NODE_ENV: 'test',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`server did not start:\n${output}`)),
        this.startTimeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        this.output = output;
        const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited with ${code}:\n${output}`));
      });
    });
  }

  /** True while the process started last has not exited. */
  get isRunning(): boolean {
    return this.proc !== null && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Sends SIGTERM and resolves with the exit code once the process has exited. */
  async terminate(): Promise<number | null> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return proc?.exitCode ?? null;
    const code = await new Promise<number | null>((resolve) => {
      proc.once('exit', (c) => resolve(c));
      proc.kill('SIGTERM');
    });
    this.proc = null;
    return code;
  }

  /** SIGKILL: no shutdown hook runs, like a crash or a power cut of the process. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
    this.proc = null;
  }
}

/** A small fetch client for a server on a real port. */
export class HttpClient {
  cookie = '';
  constructor(private readonly base: () => string) {}

  async request(method: string, path: string, body?: unknown) {
    const res = await fetch(this.base() + path, {
      method,
      headers: {
        origin: this.base(),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie.length) this.cookie = cookieFrom(setCookie, this.cookie);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  /** POST, as the factories (factories.ts) call it. */
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
}
