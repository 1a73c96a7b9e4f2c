import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { questionIds } from '../src/domain/template';
import type { TaskRunner } from '../src/server/workers/worker-pool';
import { inlineTasks } from './inline-tasks';
import { benchApp, benchUser, ms, percentile, type Table } from './lib';
import { REALISTIC, seedCollaboration } from './seed';

/**
 * Exports and imports under load, with renders on the main thread ("before": the same tasks
 * run inline, as every render ran before the worker pool) and in the worker pool ("after"):
 * the event loop's delay (perf_hooks.monitorEventLoopDelay) and the latency of answer saves
 * made one after another while 20 PDF exports of the draft (never kept) run at once; and the
 * longest the loop is held while a 5 MB export.json is imported.
 */
export async function benchExportLoad(): Promise<Table> {
  const rows: (string | number)[][] = [];
  for (const [label, workers] of [
    ['before: renders on the event loop', inlineTasks()],
    ['after: renders in the worker pool', undefined],
  ] as const) {
    const r = await burst(workers);
    rows.push([
      `${label}: 20 concurrent PDFs, answer saves meanwhile`,
      ms(r.loopMax),
      ms(r.loopP99),
      `${r.saves} saves, p95 ${ms(r.saveP95)}, max ${ms(r.saveMax)}`,
      ms(r.total),
    ]);
  }
  for (const [label, workers] of [
    ['before: import checks on the event loop', inlineTasks()],
    ['after: import checks in the worker pool', undefined],
  ] as const) {
    const r = await bigImport(workers);
    rows.push([
      `${label}: import of a ${(r.bytes / 1024 / 1024).toFixed(1)} MB export.json`,
      ms(r.loopMax),
      ms(r.loopP99),
      `status ${r.status}`,
      ms(r.total),
    ]);
  }
  return {
    title:
      'Exports and imports under load (25 actors, 150 actions; goal: no block of the event loop over 100 ms)',
    columns: ['run', 'longest loop delay', 'loop delay p99', 'answer saves', 'wall time'],
    rows,
  };
}

async function setUp(workers: TaskRunner | undefined) {
  const bench = await benchApp({
    build: {
      limits: { signInPerIpPerMinute: 100_000, signUpPerIpPerHour: 100_000 },
      ...(workers ? { workers } : {}),
    },
  });
  const { userId, cookie } = await benchUser(bench.app);
  const seeded = await seedCollaboration(bench.app.database.db, 1, userId, REALISTIC);
  const headers = { cookie, origin: bench.app.config.baseUrl };
  // One warm-up render: fonts load and (after) a worker starts once per process.
  await get(bench.app, `/api/routines/${seeded.routineId}/export.pdf?version=draft`, headers);
  return { ...bench, ...seeded, headers };
}

async function get(app: FastifyInstance, url: string, headers: Record<string, string>) {
  const res = await app.inject({ method: 'GET', url, headers });
  if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
}

/**
 * The event loop's delay while the work runs. Stopping first waits for one timer: when the work
 * never gave the loop a turn (renders on the main thread resolve as one chain of microtasks),
 * the monitor's timer records that whole block only when it finally fires.
 */
function loopMonitor() {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  return async () => {
    await new Promise((r) => setTimeout(r, 20));
    h.disable();
    return { loopMax: h.max / 1e6, loopP99: h.percentile(99) / 1e6 };
  };
}

async function burst(workers: TaskRunner | undefined) {
  const s = await setUp(workers);
  const saveUrl = `/api/routines/${s.routineId}/answers/${questionIds()[0]}`;
  const current = await s.app.inject({ url: `/api/routines/${s.routineId}`, headers: s.headers });
  let revision: number = current.json().answers[questionIds()[0]!]?.revision ?? 0;
  const stop = loopMonitor();
  const t0 = performance.now();
  let done = false;
  const exports = Promise.all(
    Array.from({ length: 20 }, () =>
      get(s.app, `/api/routines/${s.routineId}/export.pdf?version=draft`, s.headers),
    ),
  ).finally(() => {
    done = true;
  });
  const saves: number[] = [];
  while (!done) {
    const t = performance.now();
    const res = await s.app.inject({
      method: 'PUT',
      url: saveUrl,
      headers: { ...s.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: `Sparning ${saves.length}`, baseRevision: revision }),
    });
    if (res.statusCode !== 200) throw new Error(`save → ${res.statusCode} ${res.body}`);
    revision = (res.json() as { revision: number }).revision;
    saves.push(performance.now() - t);
    // People typing: a save every 50 ms at most.
    await new Promise((r) => setTimeout(r, 50));
  }
  await exports;
  const total = performance.now() - t0;
  const loop = await stop();
  await s.close();
  saves.sort((a, b) => a - b);
  return {
    ...loop,
    total,
    saves: saves.length,
    saveP95: percentile(saves, 95),
    saveMax: saves.at(-1) ?? 0,
  };
}

const PAD = 'Kontakta socialjouren och polisen, dokumentera vad som sagts och följ upp nästa dag. ';
const pad = (text: string, length: number) =>
  `${text} ${PAD.repeat(Math.ceil(length / PAD.length))}`.slice(0, length).trim();

/** The seeded routine's export, grown within the caps to about 5 MB. */
async function bigImport(workers: TaskRunner | undefined) {
  const s = await setUp(workers);
  const res = await s.app.inject({
    method: 'GET',
    url: `/api/routines/${s.routineId}/export.json?version=draft`,
    headers: s.headers,
  });
  const doc = res.json();
  const snap = doc.snapshot;
  for (const qid of questionIds()) snap.answers[qid] = pad(`Svar på ${qid}.`, 19_000);
  const first = snap.actions[0];
  for (let i = snap.actions.length; i < 500; i++) {
    snap.actions.push({
      ...first,
      id: `extra-action-${i}`,
      handoffTo: [],
      position: i,
      isEntryPoint: false,
    });
  }
  for (const a of snap.actions) a.what = pad(a.what, 1_990);
  for (const a of snap.actors) a.description = pad(a.description ?? 'Aktör.', 1_990);
  // Within the caps: 30 contact paths per actor, 500 local knowledge items with long notes.
  for (const [i, a] of snap.actors.entries()) {
    const path = a.contactPaths[0];
    if (!path) continue;
    for (let j = a.contactPaths.length; j < 30; j++) {
      a.contactPaths.push({
        ...path,
        id: `extra-path-${i}-${j}`,
        value: `Växel ${j}, ${a.name}`,
        channel: 'other',
        notes: pad(`Anteckning ${j}.`, 990),
      });
    }
  }
  snap.knowledge = Array.from({ length: 500 }, (_, i) => ({
    id: `extra-knowledge-${i}`,
    source: 'local',
    title: { sv: `Kunskap ${i}`, en: `Knowledge ${i}` },
    kind: 'document',
    url: null,
    notes: pad(`Lokal kunskap ${i}.`, 3_990),
    steps: [2, 3],
    contact: null,
    sourceName: null,
    lastChecked: null,
    annotation: null,
  }));
  snap.obstacles = Array.from({ length: 200 }, (_, i) => ({
    id: `extra-obstacle-${i}`,
    step: 2 + (i % 4),
    description: pad(`Hinder ${i}.`, 1_990),
    remedy: pad(`Åtgärd ${i}.`, 1_990),
    ownerActorId: null,
    position: i,
  }));
  // Just under the route's 5 MB limit: drop knowledge items until it fits.
  let body = JSON.stringify(doc);
  while (Buffer.byteLength(body) > 5 * 1024 * 1024 - 16 * 1024) {
    snap.knowledge.splice(-10);
    body = JSON.stringify(doc);
  }
  const stop = loopMonitor();
  const t0 = performance.now();
  const imported = await s.app.inject({
    method: 'POST',
    url: `/api/collaborations/${s.collaborationId}/routines/import?acknowledgePersonalData=true`,
    headers: { ...s.headers, 'content-type': 'application/json' },
    payload: body,
  });
  const total = performance.now() - t0;
  const loop = await stop();
  await s.close();
  if (imported.statusCode !== 201) {
    throw new Error(`import → ${imported.statusCode} ${imported.body.slice(0, 300)}`);
  }
  return { ...loop, total, bytes: Buffer.byteLength(body), status: imported.statusCode };
}
