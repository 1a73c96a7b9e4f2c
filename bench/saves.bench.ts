import { execFile } from 'node:child_process';
import path from 'node:path';
import { questionIds } from '../src/domain/template';
import { bareSaveServer } from './bare-save';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
import { SMALL, seedCollaboration } from './seed';

/** A run of the load generator in its own process (bench/save-client.mjs). */
export interface LoadRun {
  ok: number;
  failed: number;
  conflicts: number;
  notSent: number;
  seconds: number;
  latencies: number[];
}

export function saveLoad(input: {
  mode: 'closed' | 'open';
  seconds: number;
  rate?: number;
  cookie: string;
  origin: string;
  targets: { url: string; revision: number }[];
}): Promise<LoadRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.resolve('bench/save-client.mjs'), JSON.stringify(input)],
      { maxBuffer: 256 * 1024 * 1024 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as LoadRun)),
    );
  });
}

const summary = (r: LoadRun) => ({
  rps: r.ok / r.seconds,
  failed: r.failed + r.conflicts + r.notSent,
  p50: percentile(r.latencies, 50),
  p95: percentile(r.latencies, 95),
  p99: percentile(r.latencies, 99),
});

/**
 * 2. Answer saves on SQLite and (BENCH_DATABASE_URL) PostgreSQL, the load from a process of
 * its own: closed loops on 50 questions through Samrutin and through a bare Fastify route doing
 * the least a save must do on the same database (bench/bare-save.ts), interleaved; then an
 * open loop of 200 saves/s through Samrutin.
 */
async function benchDatabase(postgres: boolean, seconds: number, limit: number) {
  const { app, close } = await benchApp({ postgres, env: { SESSION_CACHE_MS: '5000' } });
  const { userId, cookie } = await benchUser(app);
  const questions: { routineId: string; questionId: string }[] = [];
  for (let i = 0; questions.length < 250; i++) {
    const { routineId } = await seedCollaboration(app.database.db, i, userId, SMALL);
    for (const q of questionIds()) questions.push({ routineId, questionId: q });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bare = await bareSaveServer(app.database.db, app.config.authSecret);
  const bareBase = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  // Every question's revision, carried from run to run (each run saves on its own questions).
  const revision = new Map(questions.map((q) => [`${q.routineId}/${q.questionId}`, 1]));
  const run = async (
    mode: 'closed' | 'open',
    server: 'app' | 'bare',
    slice: [number, number],
    rate?: number,
  ) => {
    const chosen = questions.slice(...slice);
    const targets = chosen.map((q) => ({
      key: `${q.routineId}/${q.questionId}`,
      url:
        server === 'app'
          ? `${base}/api/routines/${q.routineId}/answers/${q.questionId}`
          : `${bareBase}/bare/answers/${q.routineId}/${q.questionId}`,
    }));
    const r = await saveLoad({
      mode,
      seconds,
      ...(rate ? { rate } : {}),
      cookie,
      origin: app.config.baseUrl,
      targets: targets.map((t) => ({ url: t.url, revision: revision.get(t.key)! })),
    });
    // The child reports only totals; read the revisions back for the next run.
    for (const t of targets) {
      const [rid, qid] = t.key.split('/') as [string, string];
      const row = await app.database.db
        .selectFrom('answers')
        .select('revision')
        .where('routineId', '=', rid)
        .where('questionId', '=', qid)
        .executeTakeFirst();
      revision.set(t.key, row?.revision ?? 1);
    }
    return summary(r);
  };
  const rows: (string | number)[][] = [];
  const appRps: number[] = [];
  const bareRps: number[] = [];
  // Interleaved, the order swapped in the second round: a change in load favours neither.
  for (const order of [
    ['app', 'bare'],
    ['bare', 'app'],
  ] as const) {
    for (const server of order) {
      const r = await run('closed', server, server === 'app' ? [0, 50] : [50, 100]);
      (server === 'app' ? appRps : bareRps).push(r.rps);
      rows.push([
        server === 'app'
          ? 'Samrutin, closed loop, 50 connections'
          : 'bare route, closed loop, 50 connections',
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        r.failed,
        '',
      ]);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ratio = mean(appRps) / mean(bareRps);
  rows.push([
    'saves/s Samrutin ÷ bare route',
    ratio.toFixed(2),
    '',
    '',
    '',
    '',
    `≥ 0.5: ${goal(ratio >= 0.5)}`,
  ]);
  const open = await run('open', 'app', [100, 250], 200);
  rows.push([
    'Samrutin, open loop 200 saves/s (latency from when each save was due)',
    open.rps.toFixed(0),
    ms(open.p50),
    ms(open.p95),
    ms(open.p99),
    open.failed,
    `p99 ≤ ${limit} ms: ${goal(open.p99 <= limit && open.failed === 0)}`,
  ]);
  await bare.close();
  await close();
  return rows;
}

/**
 * The server's own time per save, without a load generator in the way: sequential `app.inject`
 * saves on two apps that differ only in the session cache, alternating in rounds (the order
 * swapped each round), median of the rounds' mean latency.
 */
export async function serverTimePerSave(postgres: boolean, rounds = 9, perRound = 200) {
  const apps = [];
  for (const cacheMs of [0, 5000]) {
    const bench = await benchApp({ postgres, env: { SESSION_CACHE_MS: String(cacheMs) } });
    const { userId, cookie } = await benchUser(bench.app);
    const { routineId } = await seedCollaboration(bench.app.database.db, 0, userId, SMALL);
    const url = `/api/routines/${routineId}/answers/${questionIds()[0]}`;
    const headers = {
      'content-type': 'application/json',
      cookie,
      origin: bench.app.config.baseUrl,
    };
    apps.push({ ...bench, url, headers, revision: 1, means: [] as number[], cpu: [] as number[] });
  }
  for (let round = 0; round <= rounds; round++) {
    for (const a of round % 2 ? [...apps].reverse() : apps) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      for (let n = 0; n < perRound; n++) {
        const res = await a.app.inject({
          method: 'PUT',
          url: a.url,
          headers: a.headers,
          payload: JSON.stringify({ text: `Sparning ${round}.${n}`, baseRevision: a.revision }),
        });
        if (res.statusCode !== 200) throw new Error(`save failed: ${res.statusCode} ${res.body}`);
        a.revision = (res.json() as { revision: number }).revision;
      }
      // Round 0 warms up and is dropped.
      if (round > 0) {
        a.means.push((performance.now() - t0) / perRound);
        const cpu = process.cpuUsage(cpu0);
        a.cpu.push((cpu.user + cpu.system) / 1000 / perRound);
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  if (process.env.BENCH_DEBUG)
    for (const a of apps) console.log(a.means.map((m) => m.toFixed(1)).join(' '));
  for (const a of apps) await a.close();
  const [off, on] = apps as [(typeof apps)[0], (typeof apps)[0]];
  return {
    off: median(off.means),
    on: median(on.means),
    offCpu: median(off.cpu),
    onCpu: median(on.cpu),
  };
}

export async function benchSaves(seconds: number): Promise<Table> {
  const rows: (string | number)[][] = [];
  for (const [name, pg, limit] of [
    ['SQLite', false, 15],
    ['PostgreSQL', true, 25],
  ] as const) {
    if (pg && !process.env.BENCH_DATABASE_URL) {
      rows.push([name, 'skipped: set BENCH_DATABASE_URL', '', '', '', '', '', '']);
      continue;
    }
    for (const row of await benchDatabase(pg, seconds, limit)) rows.push([name, ...row]);
  }
  const notes: string[] = [];
  for (const [name, pg] of [
    ['SQLite', false],
    ['PostgreSQL', true],
  ] as const) {
    if (pg && !process.env.BENCH_DATABASE_URL) continue;
    const t = await serverTimePerSave(pg);
    notes.push(
      `${name}, per save (sequential app.inject, median of 9 alternating rounds of 200): wall time with the session cache off ${ms(t.off)}, on ${ms(t.on)}; this process's CPU time off ${ms(t.offCpu)}, on ${ms(t.onCpu)}.`,
    );
  }
  return {
    title: `Answer saves (session cache on, the load from its own process), ${seconds} s per run`,
    columns: ['database', 'run', 'saves/s', 'p50', 'p95', 'p99', 'failed', 'goal'],
    rows,
    notes,
  };
}
