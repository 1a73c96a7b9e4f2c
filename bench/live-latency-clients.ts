/**
 * The live latency benchmark's four clients (an editor and a peer for each server) in one
 * process apart from both servers, as a browser would be. Edits alternate between the servers
 * one by one (which goes first alternates too), at a typing pace within Samrutin's message rate
 * limit, so a busy spell of the shared machine hits both alike. Driven over IPC by
 * bench/live.bench.ts: one `run` message, one `done` (or `error`) answer.
 */
import * as Y from 'yjs';
import { answerField } from '../src/domain/collab';
import { type LiveClient, liveClient } from '../test/helpers/live';

export interface LatencyRun {
  type: 'run';
  samrutin: { url: string; origin: string; cookie: string };
  bare: { url: string; origin: string };
  routineId: string;
  warmup: number;
  edits: number;
  /** Milliseconds from one pair of edits to the next. */
  pairEveryMs: number;
}

export type FromLatencyClients =
  | { type: 'done'; samrutin: number[]; bare: number[] }
  | { type: 'error'; message: string };

const FIELD = answerField('s3.q2');

/** One edit on `a`, timed until `b`'s copy has it. */
async function editToPeer(a: LiveClient, b: LiveClient, char: string): Promise<number> {
  const text = a.doc.getText(FIELD);
  const peer = b.doc.getText(FIELD);
  const arrived = new Promise<void>((resolve, reject) => {
    // A refused edit closes the socket and never arrives: fail instead of waiting for ever.
    const timer = setTimeout(
      () => reject(new Error('an edit did not reach its peer in 10 s')),
      10_000,
    );
    const onChange = () => {
      peer.unobserve(onChange);
      clearTimeout(timer);
      resolve();
    };
    peer.observe(onChange);
  });
  const t0 = performance.now();
  text.insert(text.length, char);
  await arrived;
  return performance.now() - t0;
}

async function run(m: LatencyRun): Promise<void> {
  const a = liveClient(m.samrutin, { cookie: m.samrutin.cookie }, m.routineId);
  const b = liveClient(m.samrutin, { cookie: m.samrutin.cookie }, m.routineId);
  const c = liveClient(m.bare, { cookie: '' }, m.routineId);
  const d = liveClient(m.bare, { cookie: '' }, m.routineId);
  const pairs: [LiveClient, LiveClient][] = [
    [a, b],
    [c, d],
  ];
  try {
    await Promise.all([a, b, c, d].map((x) => x.synced()));
    // The same document on both: the bare server gets Samrutin's seeded state.
    Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(a.doc));
    await new Promise((r) => setTimeout(r, 200));
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < m.warmup + m.edits; i++) {
      const started = performance.now();
      const char = String.fromCharCode(97 + (i % 26));
      for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
        const [editor, peer] = pairs[k]!;
        const t = await editToPeer(editor, peer, char);
        if (i >= m.warmup) times[k]!.push(t);
      }
      const rest = m.pairEveryMs - (performance.now() - started);
      if (rest > 0) await new Promise((r) => setTimeout(r, rest));
    }
    if (a.closes.length > 0 || a.messages.some((x) => x.type === 'refused')) {
      throw new Error(`Samrutin closed or refused the editor: ${JSON.stringify(a.closes)}`);
    }
    process.send?.({ type: 'done', samrutin: times[0], bare: times[1] } as FromLatencyClients);
  } finally {
    for (const x of [a, b, c, d]) x.destroy();
  }
}

process.on('message', (message: LatencyRun) => {
  run(message)
    .catch((err) =>
      process.send?.({
        type: 'error',
        message: err instanceof Error ? err.message : String(err),
      } as FromLatencyClients),
    )
    .finally(() => setTimeout(() => process.exit(0), 50));
});
