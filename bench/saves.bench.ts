import { questionIds } from '../src/domain/template';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
import { SMALL, seedCollaboration } from './seed';

/**
 * 2. Answer saves: 50 connections, each saving its own question with the right baseRevision,
 * on SQLite and (BENCH_DATABASE_URL) PostgreSQL.
 */
async function benchOne(postgres: boolean, seconds: number, sessionCacheMs: number) {
  const { app, close } = await benchApp({
    postgres,
    env: { SESSION_CACHE_MS: String(sessionCacheMs) },
  });
  const { userId, cookie } = await benchUser(app);
  const targets: { routineId: string; questionId: string }[] = [];
  for (let i = 0; targets.length < 50; i++) {
    const { routineId } = await seedCollaboration(app.database.db, i, userId, SMALL);
    for (const q of questionIds())
      if (targets.length < 50) targets.push({ routineId, questionId: q });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  // A closed loop per connection: each worker waits for its answer and sends the next save
  // with the revision it got back (autocannon prepares requests before responses arrive).
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    targets.map(async (target, i) => {
      let revision = 1;
      for (let n = 1; performance.now() < deadline; n++) {
        const t0 = performance.now();
        const res = await fetch(
          `${base}/api/routines/${target.routineId}/answers/${target.questionId}`,
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json', cookie, origin: app.config.baseUrl },
            body: JSON.stringify({ text: `Sparning ${n} av svar ${i}.`, baseRevision: revision }),
          },
        );
        const body = (await res.json()) as { revision?: number };
        latencies.push(performance.now() - t0);
        if (res.status === 200) {
          ok += 1;
          revision = body.revision!;
        } else failed += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const run = {
    rps: ok / seconds,
    failed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
  await close();
  return run;
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
    ['SQLite', false, 10],
    ['PostgreSQL', true, 20],
  ] as const) {
    if (pg && !process.env.BENCH_DATABASE_URL) {
      rows.push([name, 'skipped: set BENCH_DATABASE_URL', '', '', '', '', '', '']);
      continue;
    }
    // Side by side in one run: every request looks its session up (as before issue 20's cache)
    // or the session cache at its default of 5 s; two rounds, the order swapped in the second,
    // so that a change in the machine's load does not favour one of them.
    const off = ['off (every request looks the session up)', 0] as const;
    const on = ['on (5 s)', 5000] as const;
    for (const [cache, cacheMs] of [off, on, on, off]) {
      const r = await benchOne(pg, seconds, cacheMs);
      rows.push([
        name,
        cache,
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p95),
        ms(r.p99),
        r.failed,
        `p99 ≤ ${limit} ms: ${goal(r.p99 <= limit)}`,
      ]);
    }
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
    title: `Answer saves, 50 connections each on its own question, ${seconds} s`,
    columns: ['database', 'session cache', 'saves/s', 'p50', 'p95', 'p99', 'failed', 'goal'],
    rows,
    notes,
  };
}
