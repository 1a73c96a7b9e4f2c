import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Server } from '@hocuspocus/server';
import { answerField } from '../src/domain/collab';
import { type LiveClient, liveClient } from '../test/helpers/live';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
import type { FromClients, ToClients } from './live-clients';
import { joinArrivals } from './live-join';
import { SMALL, seedCollaboration } from './seed';

const FIELD = answerField('s3.q2');

/** Sequential edits on A, each timed until B's copy has it. */
async function editToPeer(a: LiveClient, b: LiveClient, edits: number): Promise<number[]> {
  const text = a.doc.getText(FIELD);
  const peer = b.doc.getText(FIELD);
  const out: number[] = [];
  for (let i = 0; i < edits; i++) {
    const arrived = new Promise<void>((resolve) => {
      const onChange = () => {
        peer.unobserve(onChange);
        resolve();
      };
      peer.observe(onChange);
    });
    const t0 = performance.now();
    text.insert(text.length, String.fromCharCode(97 + (i % 26)));
    await arrived;
    out.push(performance.now() - t0);
  }
  return out.sort((x, y) => x - y);
}

/**
 * 1. Edit → peer latency through Samrutin (auth, guard, persistence) vs a bare Hocuspocus server.
 * Two clients per server in this process: the edits are sequential, so nothing else competes
 * for the loop, and both servers are measured the same way. The servers run side by side and
 * take turns in rounds, so a busy spell on the shared machine hits both alike.
 */
export async function benchLiveLatency(edits = 300, rounds = 5): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const { routineId } = await seedCollaboration(app.database.db, 0, userId, SMALL);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
  const a = liveClient(target, { cookie }, routineId);
  const b = liveClient(target, { cookie }, routineId);

  const bare = new Server({ port: 0, quiet: true, address: '127.0.0.1' });
  await bare.listen();
  const barePort = (bare.httpServer.address() as AddressInfo).port;
  const bareTarget = { url: `ws://127.0.0.1:${barePort}`, origin: `http://127.0.0.1:${barePort}` };
  const c = liveClient(bareTarget, { cookie: '' }, routineId);
  const d = liveClient(bareTarget, { cookie: '' }, routineId);
  await Promise.all([a, b, c, d].map((x) => x.synced()));
  await editToPeer(a, b, 30); // warm-up
  await editToPeer(c, d, 30);
  const samrutin: number[] = [];
  const plain: number[] = [];
  const perRound = Math.ceil(edits / rounds);
  for (let r = 0; r < rounds; r++) {
    samrutin.push(...(await editToPeer(a, b, perRound)));
    plain.push(...(await editToPeer(c, d, perRound)));
  }
  samrutin.sort((x, y) => x - y);
  plain.sort((x, y) => x - y);
  for (const x of [a, b, c, d]) x.destroy();
  await close();
  await bare.destroy();

  const ratio50 = percentile(samrutin, 50) / percentile(plain, 50);
  const ratio95 = percentile(samrutin, 95) / percentile(plain, 95);
  return {
    title: `Live edit → peer latency, ${perRound * rounds} sequential one-character edits, two clients per server, one process`,
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
      `Clients (Node, ws) in the server's process: one edit at a time, so they never compete with the server; both servers open side by side, measured in ${rounds} alternating rounds.`,
      'Samrutin persists the document (debounced SQLite write and projection) during the run; the bare server stores nothing.',
    ],
  };
}

/** Starts a client process (bench/live-clients.ts) and wraps its IPC in promises. */
function clientProcess() {
  const child = fork(fileURLToPath(new URL('./live-clients.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
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
 */
export async function benchLiveScale(
  editors = 1000,
  routines = 100,
  seconds = 20,
  workers = 4,
): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const ids: string[] = [];
  for (let i = 0; i < routines; i++) {
    ids.push((await seedCollaboration(app.database.db, i, userId, SMALL)).routineId);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
  const children = Array.from({ length: workers }, clientProcess);
  try {
    return await measureScale(children, { cookie, ids, target, editors, routines, seconds });
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
  },
): Promise<Table> {
  const { cookie, ids, target, editors, routines, seconds } = run;
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
    title: `${editors} live editors over ${routines} routines, one character every 2 s each, ${seconds} s; one server process, clients in ${workers} other processes`,
    columns: ['measure', 'value', 'goal'],
    rows: [
      [
        'edits sent / observable / observed by a peer',
        `${sent} / ${observable} / ${latencies.length}`,
        '',
      ],
      ['clients with unsent edits 15 s after typing stopped', unsettled, ''],
      ['edit → peer p50', ms(percentile(latencies, 50)), ''],
      ['edit → peer p95', ms(p95), `≤ 50 ms: ${goal(p95 <= 50)}`],
      ['edit → peer p99', ms(percentile(latencies, 99)), ''],
      ['server heap per connection', kib(connected.heapUsed - before.heapUsed), ''],
      ['server RSS per connection', kib(connected.rss - before.rss), ''],
      ['server CPU while typing', share(cpu.user + cpu.system), ''],
      [
        'server event loop busy / delay p99',
        `${(elu.utilization * 100).toFixed(0)} % / ${ms(loop.percentile(99) / 1e6)}`,
        '',
      ],
      ['clients CPU (all processes)', share(clientCpu), ''],
      ['clients RSS (all processes, for scale)', `${(clientRss / 2 ** 20).toFixed(0)} MiB`, ''],
    ],
    notes: [
      'Per-connection memory: the server process after connecting and a full GC, minus before; it includes the 100 loaded documents.',
      'Plain characters as the web client types them (about one in ten a space, which takes the guard’s slower path). Send and arrival times are taken with performance.timeOrigin + performance.now() (one clock for every process) and joined by Yjs item id; the first editor of each routine observes.',
      'The machine has 2 cores shared with other work: server and client processes compete for them.',
    ],
  };
}
