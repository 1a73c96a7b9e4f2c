import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Server } from '@hocuspocus/server';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
import type { FromClients, ToClients } from './live-clients';
import { joinArrivals } from './live-join';
import type { FromLatencyClients, LatencyRun } from './live-latency-clients';
import { SMALL, seedCollaboration } from './seed';

/** Forks a bench script (clients, or the bare server) with tsx, IPC on. */
function forkBench(script: string) {
  return fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/** The first IPC message of a child process, or its exit as an error. */
function firstMessage<T>(child: ReturnType<typeof fork>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`bench child exited (${code})`)));
  });
}

/**
 * 1. Edit → peer latency through Samrutin (auth, guard, persistence) vs a bare Hocuspocus server.
 * Each server runs alone in its process (Samrutin in this one), and the four clients in a third
 * (bench/live-latency-clients.ts), as browsers would be: the servers' work after a broadcast
 * (storing, change messages) counts only when it delays a later edit, as it would for a person.
 * Both documents hold the same text; the edits alternate between the servers one by one, with
 * the same warm-up and the same number of samples, at a typing pace within the rate limit.
 */
export async function benchLiveLatency(edits = 600, warmup = 50, pairEveryMs = 40): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const { routineId } = await seedCollaboration(app.database.db, 0, userId, SMALL);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const bare = forkBench('./live-bare-server.ts');
  const clients = forkBench('./live-latency-clients.ts');
  let result: FromLatencyClients;
  try {
    const { port: barePort } = await firstMessage<{ port: number }>(bare);
    const answer = firstMessage<FromLatencyClients>(clients);
    const run: LatencyRun = {
      type: 'run',
      samrutin: { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl, cookie },
      bare: { url: `ws://127.0.0.1:${barePort}`, origin: `http://127.0.0.1:${barePort}` },
      routineId,
      warmup,
      edits,
      pairEveryMs,
    };
    clients.send(run);
    result = await answer;
  } finally {
    clients.kill();
    bare.send({ type: 'close' });
    await close();
  }
  if (result.type === 'error') throw new Error(result.message);
  const samrutin = result.samrutin.sort((x, y) => x - y);
  const plain = result.bare.sort((x, y) => x - y);
  const ratio50 = percentile(samrutin, 50) / percentile(plain, 50);
  const ratio95 = percentile(samrutin, 95) / percentile(plain, 95);
  return {
    title: `Live edit → peer latency, ${edits} one-character edits per server, alternating, clients in their own process`,
    columns: ['server', 'p50', 'p95', 'p99', 'ratio p50 / p95', 'goal ≤ 1.2'],
    rows: [
      [
        'bare Hocuspocus 3.4.4',
        ms(percentile(plain, 50)),
        ms(percentile(plain, 95)),
        ms(percentile(plain, 99)),
        '1.00 / 1.00',
        '',
      ],
      [
        'Samrutin /collab',
        ms(percentile(samrutin, 50)),
        ms(percentile(samrutin, 95)),
        ms(percentile(samrutin, 99)),
        `${ratio50.toFixed(2)} / ${ratio95.toFixed(2)}`,
        goal(ratio50 <= 1.2 && ratio95 <= 1.2),
      ],
    ],
    notes: [
      `Samrutin in the bench process, the bare server in another, the 4 clients (Node, ws) in a third; one edit at a time, the servers alternating edit by edit (which goes first alternates too), a pair every ${pairEveryMs} ms after ${warmup} warm-up pairs; both documents hold Samrutin's seeded text.`,
      'Samrutin checks each edit (guard), persists the document (SQLite, debounced 400 ms / at most 1.5 s) and tells the clients after each store; the bare server stores nothing.',
    ],
  };
}

/** Starts a client process (bench/live-clients.ts) and wraps its IPC in promises. */
function clientProcess() {
  const child = forkBench('./live-clients.ts');
  const next = <T extends FromClients['type']>(type: T) =>
    new Promise<Extract<FromClients, { type: T }>>((resolve, reject) => {
      const onMessage = (m: FromClients) => {
        if (m.type === 'error') reject(new Error(m.message));
        else if (m.type === type) resolve(m as Extract<FromClients, { type: T }>);
        else return;
        child.off('message', onMessage);
      };
      child.on('message', onMessage);
    });
  return {
    ask<T extends FromClients['type']>(message: ToClients, answer: T) {
      const answered = next(answer);
      child.send(message);
      return answered;
    },
    tell: (message: ToClients) => child.send(message),
    kill: () => child.kill(),
  };
}
type ClientProcess = ReturnType<typeof clientProcess>;

/** A garbage collection on demand, also when the bench runs without --expose-gc. */
function gc(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * 2. One server process, many editors over many routines, each typing a character every 2 s.
 * The editors live in `workers` child processes: the server's CPU and memory are its own.
 * `server: 'bare'` runs the same load against a bare Hocuspocus 3.4.4 `Server` (no auth, no
 * guard, no persistence, empty documents) in this process, as the baseline of the machine.
 */
export async function benchLiveScale(
  editors = 1000,
  routines = 100,
  seconds = 20,
  workers = 4,
  server: 'samrutin' | 'bare' = 'samrutin',
): Promise<Table> {
  let target: { url: string; origin: string };
  let cookie = '';
  let ids: string[] = [];
  let close: () => Promise<void>;
  if (server === 'bare') {
    const bare = new Server({ port: 0, quiet: true, address: '127.0.0.1' });
    await bare.listen();
    const port = (bare.httpServer.address() as AddressInfo).port;
    target = { url: `ws://127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` };
    ids = Array.from({ length: routines }, () => crypto.randomUUID());
    close = () => bare.destroy();
  } else {
    const built = await benchApp();
    const { app } = built;
    const user = await benchUser(app);
    cookie = user.cookie;
    for (let i = 0; i < routines; i++) {
      ids.push((await seedCollaboration(app.database.db, i, user.userId, SMALL)).routineId);
    }
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
    close = built.close;
  }
  const children = Array.from({ length: workers }, clientProcess);
  try {
    return await measureScale(children, {
      cookie,
      ids,
      target,
      editors,
      routines,
      seconds,
      server,
    });
  } finally {
    for (const child of children) child.kill();
    await close();
  }
}

async function measureScale(
  children: ClientProcess[],
  run: {
    cookie: string;
    ids: string[];
    target: { url: string; origin: string };
    editors: number;
    routines: number;
    seconds: number;
    server: 'samrutin' | 'bare';
  },
): Promise<Table> {
  const { cookie, ids, target, editors, routines, seconds, server } = run;
  const workers = children.length;
  gc();
  const before = process.memoryUsage();
  // Editor i works on routine i mod routines, in process i mod workers; the first editor of
  // each routine also observes its text.
  await Promise.all(
    children.map((child, w) => {
      const mine: [number, string, boolean][] = [];
      for (let i = w; i < editors; i += workers) mine.push([i, ids[i % routines]!, i < routines]);
      return child.ask({ type: 'connect', target, cookie, editors: mine }, 'connected');
    }),
  );
  gc();
  const connected = process.memoryUsage();

  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (const child of children) child.tell({ type: 'type', intervalMs: 2000 });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const wall = performance.now() - wall0;
  loop.disable();
  const results = await Promise.all(children.map((c) => c.ask({ type: 'stop' }, 'stopped')));
  await Promise.all(children.map((c) => c.ask({ type: 'close' }, 'closed')));

  // Throws when too few edits were observed: a p95 over them would mean nothing.
  const { latencies, sent, observable } = joinArrivals(results);
  const unsettled = results.reduce((n, r) => n + r.unsettled, 0);
  const kib = (bytes: number) => `${(bytes / editors / 1024).toFixed(1)} KiB`;
  const share = (micros: number) => `${((micros / 1000 / wall) * 100).toFixed(0)} % of one core`;
  const clientCpu = results.reduce((n, r) => n + r.cpuMicros, 0);
  const clientRss = results.reduce((n, r) => n + r.rss, 0);
  const p95 = percentile(latencies, 95);
  return {
    title: `${editors} live editors over ${routines} routines, one character every 2 s each, ${seconds} s; ${server === 'bare' ? 'bare Hocuspocus 3.4.4' : 'Samrutin'} in one process, clients in ${workers} other processes`,
    columns: ['measure', 'value', 'goal'],
    rows: [
      [
        'edits sent / observable / observed by a peer',
        `${sent} / ${observable} / ${latencies.length}`,
        '',
      ],
      ['clients with unsent edits 15 s after typing stopped', unsettled, ''],
      ['edit → peer p50', ms(percentile(latencies, 50)), ''],
      ['edit → peer p95', ms(p95), server === 'bare' ? '' : `≤ 50 ms: ${goal(p95 <= 50)}`],
      ['edit → peer p99', ms(percentile(latencies, 99)), ''],
      ['server heap per connection', kib(connected.heapUsed - before.heapUsed), ''],
      ['server RSS per connection', kib(connected.rss - before.rss), ''],
      ['server CPU while typing', share(cpu.user + cpu.system), ''],
      // Unlike the latencies, CPU time per edit hardly depends on what else runs on the machine.
      ['server CPU per edit sent', `${((cpu.user + cpu.system) / sent).toFixed(0)} µs`, ''],
      [
        'server event loop busy / delay p99',
        `${(elu.utilization * 100).toFixed(0)} % / ${ms(loop.percentile(99) / 1e6)}`,
        '',
      ],
      ['clients CPU (all processes)', share(clientCpu), ''],
      ['clients RSS (all processes, for scale)', `${(clientRss / 2 ** 20).toFixed(0)} MiB`, ''],
    ],
    notes: [
      `Per-connection memory: the server process after connecting and a full GC, minus before; it includes the ${routines} loaded documents.`,
      'Plain characters as the web client types them (about one in ten a space). Send and arrival times are taken with performance.timeOrigin + performance.now() (one clock for every process) and joined by Yjs item id; the first editor of each routine observes the others (its own edits are not observable), and the bench fails if fewer than 95 % of the observable edits arrive.',
      'The machine has 2 cores shared with other work: server and client processes compete for them.',
    ],
  };
}
