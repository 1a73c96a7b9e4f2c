/**
 * `tsx bench/saves-compare.ts ROOT_A ROOT_B [--seconds=4] [--rounds=4] [--open=200] [--postgres]`
 * Answer saves of two checkouts of Samrutin side by side (e.g. this tree and `git archive main`
 * unpacked in /tmp with node_modules linked): one app of each in this process, plus ROOT_A's
 * bare route, closed loops of 50 connections from bench/save-client.mjs taking turns, the
 * order reversed every round, so that a change in the machine's load favours neither. Prints
 * saves/s and the server's CPU per save (process.cpuUsage() over the run ÷ saves: moved far
 * less by other processes than saves/s) each round; with `--open`, an open loop at that rate
 * on each app too. `--postgres` uses BENCH_DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

const flags = new Map(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--'))
    .map((a) => {
      const [k, v] = a.slice(2).split('=');
      return [k!, v ?? 'true'] as const;
    }),
);
const roots = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map((r) => path.resolve(r));
if (roots.length !== 2) throw new Error('usage: saves-compare.ts ROOT_A ROOT_B [flags]');
const seconds = Number(flags.get('seconds') ?? 4);
const rounds = Number(flags.get('rounds') ?? 4);
const openRate = Number(flags.get('open') ?? 0);
const postgres = flags.get('postgres') === 'true';

interface Run {
  ok: number;
  failed: number;
  conflicts: number;
  notSent: number;
  seconds: number;
  latencies: number[];
}
const load = (input: object): Promise<Run> =>
  new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [path.join(roots[0]!, 'bench/save-client.mjs'), JSON.stringify(input)],
      { maxBuffer: 256 * 1024 * 1024 },
      (err, out) => (err ? reject(err) : resolve(JSON.parse(out) as Run)),
    ),
  );
const at = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

interface Side {
  name: string;
  app: FastifyInstance;
  close: () => Promise<void>;
  cookie: string;
  /** url of each question's save, in seeding order. */
  urls: string[];
  rps: number[];
  cpu: number[];
  p99: number[];
}

const sides: Side[] = [];
for (const root of roots) {
  const lib = await import(path.join(root, 'bench/lib.ts'));
  const seed = await import(path.join(root, 'bench/seed.ts'));
  const template = await import(path.join(root, 'src/domain/template/index.ts'));
  const { app, close } = await lib.benchApp({ postgres, env: { SESSION_CACHE_MS: '5000' } });
  const { userId, cookie } = await lib.benchUser(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const urls: string[] = [];
  for (let i = 0; urls.length < 300; i++) {
    const { routineId } = await seed.seedCollaboration(app.database.db, i, userId, seed.SMALL);
    for (const q of template.questionIds() as string[])
      urls.push(`${base}/api/routines/${routineId}/answers/${q}`);
  }
  sides.push({ name: path.basename(root), app, close, cookie, urls, rps: [], cpu: [], p99: [] });
}
const a = sides[0]!;
const { bareSaveServer } = await import(path.join(roots[0]!, 'bench/bare-save.ts'));
const bare: FastifyInstance = await bareSaveServer(a.app.database.db, a.app.config.authSecret);
const barePort = (bare.server.address() as { port: number }).port;
const bareSide = { name: 'bare', rps: [] as number[], cpu: [] as number[] };

/** The stored revision of each target (runs carry on where the last one left off). */
async function targets(side: Side, urls: string[], viaBare: boolean) {
  return Promise.all(
    urls.map(async (url) => {
      const [rid, qid] = url.split('/api/routines/')[1]!.split('/answers/') as [string, string];
      const row = await side.app.database.db
        .selectFrom('answers')
        .select('revision')
        .where('routineId', '=', rid)
        .where('questionId', '=', qid)
        .executeTakeFirst();
      return {
        url: viaBare ? `http://127.0.0.1:${barePort}/bare/answers/${rid}/${qid}` : url,
        revision: row?.revision ?? 1,
      };
    }),
  );
}

async function run(side: Side, mode: 'closed' | 'open', viaBare = false) {
  // Questions 0-49 closed loops, 50-99 the bare route's (on A's database), 100-299 open loops.
  const urls = viaBare
    ? side.urls.slice(50, 100)
    : mode === 'open'
      ? side.urls.slice(100)
      : side.urls.slice(0, 50);
  const list = await targets(side, urls, viaBare);
  const cpu0 = process.cpuUsage();
  const r = await load({
    mode,
    seconds,
    ...(mode === 'open' ? { rate: openRate } : {}),
    cookie: side.cookie,
    origin: side.app.config.baseUrl,
    targets: list,
  });
  const cpu = process.cpuUsage(cpu0);
  if (r.failed + r.conflicts + r.notSent > 0)
    console.log(`  ${side.name}: failed ${r.failed}, 409 ${r.conflicts}, not sent ${r.notSent}`);
  return {
    rps: r.ok / r.seconds,
    cpuPerSave: (cpu.user + cpu.system) / Math.max(1, r.ok),
    p50: at(r.latencies, 50),
    p99: at(r.latencies, 99),
  };
}

// Warm-up, not counted.
for (const side of sides) await run(side, 'closed');
await run(a, 'closed', true);
for (let round = 0; round < rounds; round++) {
  const order = [...sides, bareSide];
  if (round % 2) order.reverse();
  const line: string[] = [];
  for (const side of order) {
    const r = side === bareSide ? await run(a, 'closed', true) : await run(side as Side, 'closed');
    side.rps.push(r.rps);
    side.cpu.push(r.cpuPerSave);
    line.push(`${side.name} ${r.rps.toFixed(0)}/s ${r.cpuPerSave.toFixed(0)} µs`);
  }
  const b = bareSide.rps[round]!;
  const ratios = sides.map((s) => (s.rps[round]! / b).toFixed(2)).join(' / ');
  const ba = (sides[1]!.rps[round]! / a.rps[round]!).toFixed(2);
  console.log(`round ${round}: ${line.join(' | ')} | ÷ bare ${ratios} | B ÷ A ${ba}`);
  if (openRate) {
    const open: string[] = [];
    for (const side of round % 2 ? [...sides].reverse() : sides) {
      const r = await run(side, 'open');
      side.p99.push(r.p99);
      open.push(`${side.name} p50 ${r.p50.toFixed(1)} p99 ${r.p99.toFixed(1)} ms`);
    }
    console.log(`  open ${openRate}/s: ${open.join(' | ')}`);
  }
}
console.log(
  `saves/s ÷ bare (means): ${sides.map((s) => `${s.name} ${(mean(s.rps) / mean(bareSide.rps)).toFixed(2)}`).join(', ')}`,
);
console.log(
  `B ÷ A saves/s (mean of the rounds' ratios): ${mean(sides[1]!.rps.map((x, i) => x / a.rps[i]!)).toFixed(2)}`,
);
console.log(
  `server CPU per save (median): ${[...sides, bareSide].map((s) => `${s.name} ${median(s.cpu).toFixed(0)} µs`).join(', ')}`,
);
if (openRate)
  console.log(
    `open-loop p99 (median): ${sides.map((s) => `${s.name} ${median(s.p99).toFixed(1)} ms`).join(', ')}`,
  );
await bare.close();
for (const side of sides) await side.close();
process.exit(0);
