import type { AddressInfo } from 'node:net';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { answerField } from '../src/domain/collab';
import { type LiveClient, liveClient, waitFor } from '../test/helpers/live';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
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

/** 1. Edit → peer latency through Samrutin (auth, guard, persistence) vs a bare Hocuspocus server. */
export async function benchLiveLatency(edits = 300): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const { routineId } = await seedCollaboration(app.database.db, 0, userId, SMALL);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
  const a = liveClient(target, { cookie }, routineId);
  const b = liveClient(target, { cookie }, routineId);
  await a.synced();
  await b.synced();
  await editToPeer(a, b, 30); // warm-up
  const samrutin = await editToPeer(a, b, edits);
  a.destroy();
  b.destroy();
  await close();

  const bare = new Server({ port: 0, quiet: true, address: '127.0.0.1' });
  await bare.listen();
  const barePort = (bare.httpServer.address() as AddressInfo).port;
  const bareTarget = { url: `ws://127.0.0.1:${barePort}`, origin: `http://127.0.0.1:${barePort}` };
  const c = liveClient(bareTarget, { cookie: '' }, routineId);
  const d = liveClient(bareTarget, { cookie: '' }, routineId);
  await c.synced();
  await d.synced();
  await editToPeer(c, d, 30);
  const plain = await editToPeer(c, d, edits);
  c.destroy();
  d.destroy();
  await bare.destroy();

  const ratio50 = percentile(samrutin, 50) / percentile(plain, 50);
  const ratio95 = percentile(samrutin, 95) / percentile(plain, 95);
  return {
    title: `Live edit → peer latency, ${edits} sequential one-character edits, two clients, one process`,
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
      'Clients (Node, ws) run in the same process as the server; the machine is shared and busy.',
    ],
  };
}

/** 2. One process, many editors over many routines, each typing a character every 2 s. */
export async function benchLiveScale(editors = 1000, routines = 100, seconds = 20): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const ids: string[] = [];
  for (let i = 0; i < routines; i++) {
    ids.push((await seedCollaboration(app.database.db, i, userId, SMALL)).routineId);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const target = { url: `ws://127.0.0.1:${port}/collab`, origin: app.config.baseUrl };
  global.gc?.();
  const before = process.memoryUsage();
  const clients: LiveClient[] = [];
  for (let i = 0; i < editors; i++) {
    clients.push(liveClient(target, { cookie }, ids[i % routines]!, new Y.Doc()));
    if (i % 50 === 49) await Promise.all(clients.slice(-50).map((c) => c.synced()));
  }
  await Promise.all(clients.map((c) => c.synced()));
  global.gc?.();
  const connected = process.memoryUsage();

  // The first client of each routine observes; each insert carries its send time as an attribute.
  const latencies: number[] = [];
  for (let r = 0; r < routines; r++) {
    clients[r]!.doc.getText(FIELD).observe((event, tr) => {
      if (tr.local) return;
      for (const op of event.delta) {
        const sent = (op.attributes as { t?: number } | undefined)?.t;
        if (typeof sent === 'number') latencies.push(performance.now() - sent);
      }
    });
  }
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const timers = clients.map((c, i) => {
    const text = c.doc.getText(FIELD);
    const type = () => text.insert(Math.min(text.length, i % 7), 'x', { t: performance.now() });
    return setTimeout(() => {
      type();
      (timers as NodeJS.Timeout[])[i] = setInterval(type, 2000);
    }, Math.random() * 2000);
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const t of timers) clearInterval(t);
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  await waitFor(() => clients.every((c) => c.provider.unsyncedChanges === 0), 'settled', 30_000);
  for (const c of clients) c.destroy();
  await close();

  latencies.sort((x, y) => x - y);
  const perConnection = (connected.heapUsed - before.heapUsed) / editors / 1024;
  const rssPer = (connected.rss - before.rss) / editors / 1024;
  const cpuShare = ((cpu.user + cpu.system) / 1000 / wall) * 100;
  return {
    title: `${editors} live editors over ${routines} routines, one character every 2 s each, ${seconds} s, one process`,
    columns: ['measure', 'value', 'goal'],
    rows: [
      ['edits observed', latencies.length, ''],
      ['edit → peer p50', ms(percentile(latencies, 50)), ''],
      [
        'edit → peer p95',
        ms(percentile(latencies, 95)),
        `≤ 50 ms: ${goal(percentile(latencies, 95) <= 50)}`,
      ],
      ['heap per connection (server + client)', `${perConnection.toFixed(1)} KiB`, ''],
      ['RSS per connection (server + client)', `${rssPer.toFixed(1)} KiB`, ''],
      ['CPU while typing (server + clients)', `${cpuShare.toFixed(0)} % of one core`, ''],
    ],
    notes: [
      'Server and all clients share one Node process, so memory and CPU are upper bounds for the server alone.',
      'The machine is shared with other work (2 cores); latency includes the clients’ own event loop.',
    ],
  };
}
