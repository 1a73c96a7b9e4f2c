import { randomBytes } from 'node:crypto';
import os from 'node:os';
import Fastify from 'fastify';
import { benchApp, benchUser, goal, ms, type Table } from './lib';
import { type LoadResult, loadFromOwnProcess } from './load';

const ROUNDS = 3;

import { seedPublishedRoutine } from './seed';

/** 1. The published page against the framework ceiling, in one process and run. */
export async function benchPublished(seconds: number): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId } = await benchUser(app);
  const { slug } = await seedPublishedRoutine(app.database.db, userId);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const bare = Fastify();
  bare.get('/', async () => 'ok');
  // The bare route again, answering as many bytes as the page's gzip body (set below): what any
  // route sending that much reaches here, where the load generator reads every byte on the
  // same 2 cores.
  const sized = { bytes: Buffer.alloc(0) };
  bare.get('/sized', async (_req, reply) =>
    reply.header('content-encoding', 'gzip').type('text/html; charset=utf-8').send(sized.bytes),
  );
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/`;

  // Cold: the first request renders the page (and compresses it) from the database.
  const coldStart = performance.now();
  const first = await fetch(`${base}/r/${slug}`);
  const bytes = (await first.text()).length;
  const cold = performance.now() - coldStart;
  if (first.status !== 200) throw new Error(`/r/${slug} answered ${first.status}`);
  const etag = first.headers.get('etag') ?? '';
  const gzipped = await fetch(`${base}/r/${slug}`, { headers: { 'accept-encoding': 'gzip' } });
  const gzipBytes = Number(gzipped.headers.get('content-length') ?? 0);
  await gzipped.arrayBuffer();
  // The bare route again, answering as many bytes as the page's gzip body: what any route
  // sending that much reaches here (the load generator reads every byte on the same 2 cores).
  // Random bytes, like gzip's output: the load generator turns each body into a string
  // (autocannon's `req.body += data`), and UTF-8 decoding of binary bytes is what costs, not the
  // number of bytes alone (a body of 'x' of the same length is several times faster).
  sized.bytes = randomBytes(gzipBytes);
  const coldEnStart = performance.now();
  await (await fetch(`${base}/r/${slug}?lang=en`)).text();
  const coldEn = performance.now() - coldEnStart;

  // The server's CPU time per answer (bare and app share this process; the load is another
  // one): unlike req/s, hardly moved by what else runs on the machine.
  const cannon = async (url: string, headers: Record<string, string> = {}) => {
    const cpu = process.cpuUsage();
    const result = await loadFromOwnProcess(url, { seconds, headers });
    const used = process.cpuUsage(cpu);
    const answers = result['2xx'] + result.non2xx;
    return { ...result, cpuPerAnswer: (used.user + used.system) / Math.max(1, answers) };
  };
  // Rounds of bare, page, 304 in turn: on a shared machine the load moves between runs, and a
  // ratio from one round compares runs made moments apart. The ratio is the median of rounds.
  type Run = LoadResult & { cpuPerAnswer: number };
  const rounds: { bare: Run; sized: Run; page: Run; cached: Run }[] = [];
  const loadBefore = os.loadavg()[0]!;
  for (let i = 0; i < ROUNDS; i++) {
    const bareRun = await cannon(bareUrl);
    const sizedRun = await cannon(`${bareUrl}sized`);
    const pageRun = await cannon(`${base}/r/${slug}`);
    const cachedRun = await cannon(`${base}/r/${slug}`, { 'if-none-match': etag });
    rounds.push({ bare: bareRun, sized: sizedRun, page: pageRun, cached: cachedRun });
  }
  const loadAfter = os.loadavg()[0]!;
  await bare.close();
  await close();

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rps = (r: Run) => r.requests.average;
  const ratio = median(rounds.map((r) => rps(r.page) / rps(r.bare)));
  const ratio304 = median(rounds.map((r) => rps(r.cached) / rps(r.bare)));
  const sizedRatio = median(rounds.map((r) => rps(r.sized) / rps(r.bare)));
  const pageToSized = median(rounds.map((r) => rps(r.page) / rps(r.sized)));
  const pick = (k: 'bare' | 'sized' | 'page' | 'cached') => {
    const runs = rounds.map((r) => r[k]);
    return {
      rps: runs.map((r) => rps(r).toFixed(0)).join(' / '),
      p99: `${median(runs.map((r) => r.latency.p99))} ms`,
      cpu: median(runs.map((r) => r.cpuPerAnswer)),
      non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
      '2xx': runs.reduce((n, r) => n + r['2xx'], 0),
      '3xx': runs.reduce((n, r) => n + r['3xx'], 0),
    };
  };
  const ceiling = pick('bare');
  const sizedCeiling = pick('sized');
  const page = pick('page');
  const cached = pick('cached');
  const all304 = cached['3xx'] > 0 && cached['2xx'] === 0 && cached.non2xx === cached['3xx'];
  const perRound = (k: 'sized' | 'page' | 'cached') =>
    rounds.map((r) => (rps(r[k]) / rps(r.bare)).toFixed(2)).join(' / ');

  return {
    title: `Published page /r/:slug (25 actors, 150 actions, ${Math.round(bytes / 1024)} KB HTML, ${gzipBytes} B gzip) vs bare Fastify, gzip, 50 connections, ${ROUNDS} rounds × ${seconds} s, load from its own process`,
    columns: [
      'target',
      `req/s (rounds)`,
      'p99 latency (median)',
      'non-2xx/3xx',
      'ratio to ceiling (rounds → median)',
      'goal',
      'server CPU per answer (median)',
      'bare CPU ÷ this CPU',
    ],
    rows: [
      [
        'bare Fastify route',
        ceiling.rps,
        ceiling.p99,
        ceiling.non2xx,
        '1.00',
        '',
        `${ceiling.cpu.toFixed(1)} µs`,
        '1.00',
      ],
      [
        `bare Fastify route, ${gzipBytes} B body (the page's gzip size)`,
        sizedCeiling.rps,
        sizedCeiling.p99,
        sizedCeiling.non2xx,
        `${perRound('sized')} → ${sizedRatio.toFixed(2)}`,
        '',
        `${sizedCeiling.cpu.toFixed(1)} µs`,
        (ceiling.cpu / sizedCeiling.cpu).toFixed(2),
      ],
      [
        '/r/:slug (200)',
        page.rps,
        page.p99,
        page.non2xx,
        `${perRound('page')} → ${ratio.toFixed(2)}`,
        `≥ 0.5: ${goal(ratio >= 0.5)}`,
        `${page.cpu.toFixed(1)} µs`,
        (ceiling.cpu / page.cpu).toFixed(2),
      ],
      [
        '/r/:slug with If-None-Match (304)',
        cached.rps,
        cached.p99,
        cached.non2xx - cached['3xx'],
        `${perRound('cached')} → ${ratio304.toFixed(2)}`,
        `≥ 0.6: ${goal(ratio304 >= 0.6 && all304)}`,
        `${cached.cpu.toFixed(1)} µs`,
        (ceiling.cpu / cached.cpu).toFixed(2),
      ],
      ['/r/:slug cold render (first request, sv)', '', ms(cold), '', '', '', '', ''],
      ['/r/:slug?lang=en cold render (first request)', '', ms(coldEn), '', '', '', '', ''],
    ],
    notes: [
      `Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (2 cores).`,
      `/r/:slug (200) ÷ the bare route sending as many bytes: ${pageToSized.toFixed(2)} (median of rounds).`,
      `The 304 runs answered ${all304 ? 'only 304' : `${cached['3xx']} × 304 and ${cached['2xx']} × 2xx`} (${cached['3xx']} responses).`,
    ],
  };
}
