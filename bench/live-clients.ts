/**
 * A child process holding a share of the live-scale benchmark's editors, so the clients' own
 * work (a Y.Doc per editor applying every peer's update) runs outside the server's process.
 * Driven over IPC by bench/live.bench.ts: `connect` → `type` → `stop` → `close`.
 */
import * as Y from 'yjs';
import { answerField } from '../src/domain/collab';
import { type LiveClient, liveClient, waitFor } from '../test/helpers/live';

export type ToClients =
  | {
      type: 'connect';
      target: { url: string; origin: string };
      cookie: string;
      /** [editor index, routine id, observes] for every editor of this process. */
      editors: [number, string, boolean][];
    }
  | { type: 'type'; intervalMs: number }
  | { type: 'stop' }
  | { type: 'close' };

export type FromClients =
  | { type: 'connected' }
  | {
      type: 'stopped';
      /** Send time of each character, and arrival time at an observing peer, by Yjs item id. */
      sent: [string, number][];
      arrived: [string, number][];
      sentByObservers: number;
      unsettled: number;
      cpuMicros: number;
      rss: number;
      heapUsed: number;
    }
  | { type: 'closed' }
  | { type: 'error'; message: string };

const FIELD = answerField('s3.q2');
/** A clock every process on the machine shares (wall-clock origin + monotonic offset). */
const now = () => performance.timeOrigin + performance.now();

// Plain characters, as the web client types them (about one in ten is a space).
const PHRASE = 'samverkan kring stöd ';
const clients: LiveClient[] = [];
const sent: [string, number][] = [];
const arrived: [string, number][] = [];
const timers: NodeJS.Timeout[] = [];
const observers = new Set<LiveClient>();
let sentByObservers = 0;
/** Arrivals count from the first keystroke on (not the document's initial sync). */
let recording = false;
let cpu0 = process.cpuUsage();

const reply = (message: FromClients) => process.send?.(message);

/**
 * Records every character a peer's update brings, by Yjs item id: the clocks each client
 * advanced in a remote transaction. (A Y.Text event's `changes.added` is always empty —
 * YTextEvent computes only the delta — so the observers must not read it.)
 */
function recordArrivals(tr: Y.Transaction): void {
  if (!recording || tr.local) return;
  const at = now();
  for (const [client, after] of tr.afterState) {
    for (let clock = tr.beforeState.get(client) ?? 0; clock < after; clock++) {
      arrived.push([`${client}:${clock}`, at]);
    }
  }
}
// The machine is shared: connecting 1000 editors may take longer than the tests' 10 s.
const synced = (c: LiveClient) => waitFor(() => c.provider.isSynced, 'synced', 120_000);

async function connect(message: Extract<ToClients, { type: 'connect' }>): Promise<void> {
  for (const [index, routineId, observes] of message.editors) {
    const client = liveClient(message.target, { cookie: message.cookie }, routineId, new Y.Doc());
    clients.push(client);
    if (observes) {
      observers.add(client);
      client.doc.on('afterTransaction', recordArrivals);
    }
    (client as LiveClient & { index: number }).index = index;
    if (clients.length % 50 === 0) await Promise.all(clients.slice(-50).map(synced));
  }
  await Promise.all(clients.map(synced));
}

function startTyping(intervalMs: number): void {
  cpu0 = process.cpuUsage();
  recording = true;
  clients.forEach((c, i) => {
    const index = (c as LiveClient & { index: number }).index;
    const text = c.doc.getText(FIELD);
    let typed = 0;
    const observes = observers.has(c);
    const type = () => {
      if (observes) sentByObservers++;
      const key = `${c.doc.clientID}:${Y.getState(c.doc.store, c.doc.clientID)}`;
      sent.push([key, now()]);
      text.insert(Math.min(text.length, index % 7), PHRASE[typed++ % PHRASE.length]!);
    };
    timers[i] = setTimeout(() => {
      type();
      timers[i] = setInterval(type, intervalMs);
    }, Math.random() * intervalMs);
  });
}

async function stop(): Promise<void> {
  for (const t of timers) clearInterval(t);
  const cpu = process.cpuUsage(cpu0);
  // Let the last edits arrive; a client still unsynced after that is counted, not waited for.
  const settled = () => clients.every((c) => c.provider.unsyncedChanges === 0);
  await waitFor(settled, 'settled', 15_000).catch(() => {});
  // Peers in the other processes may still be sending their last edits: wait until nothing has
  // arrived here for a second (at most 15 s more).
  let seen = -1;
  const deadline = Date.now() + 15_000;
  while (arrived.length !== seen && Date.now() < deadline) {
    seen = arrived.length;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const mem = process.memoryUsage();
  reply({
    type: 'stopped',
    sent,
    arrived,
    sentByObservers,
    unsettled: clients.filter((c) => c.provider.unsyncedChanges > 0).length,
    cpuMicros: cpu.user + cpu.system,
    rss: mem.rss,
    heapUsed: mem.heapUsed,
  });
}

process.on('message', (message: ToClients) => {
  const run = async () => {
    if (message.type === 'connect') {
      await connect(message);
      reply({ type: 'connected' });
    } else if (message.type === 'type') startTyping(message.intervalMs);
    else if (message.type === 'stop') await stop();
    else if (message.type === 'close') {
      for (const c of clients) c.destroy();
      reply({ type: 'closed' });
      setTimeout(() => process.exit(0), 50);
    }
  };
  run().catch((err) =>
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
  );
});
