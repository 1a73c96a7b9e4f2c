import Fastify from 'fastify';
import { benchApp, benchUser, goal, ms, type Table } from './lib';
import { loadFromOwnProcess } from './load';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

/** 1. The published page against the framework ceiling, in one process and run. */
export async function benchPublished(seconds: number): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId } = await benchUser(app);
  const { routineId } = await seedCollaboration(app.database.db, 1, userId, REALISTIC);
  await adoptDraft(app.database.db, routineId);
  const slug = (
    await app.database.db
      .selectFrom('routines')
      .select('slug')
      .where('id', '=', routineId)
      .executeTakeFirstOrThrow()
  ).slug;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const bare = Fastify();
  bare.get('/', async () => 'ok');
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/`;

  // Cold: the first request renders the page (and compresses it) from the database.
  const coldStart = performance.now();
  const first = await fetch(`${base}/r/${slug}`);
  const bytes = (await first.text()).length;
  const cold = performance.now() - coldStart;
  if (first.status !== 200) throw new Error(`/r/${slug} answered ${first.status}`);
  const etag = first.headers.get('etag') ?? '';
  const coldEnStart = performance.now();
  await (await fetch(`${base}/r/${slug}?lang=en`)).text();
  const coldEn = performance.now() - coldEnStart;

  const cannon = (url: string, headers: Record<string, string> = {}) =>
    loadFromOwnProcess(url, { seconds, headers });
  const ceiling = await cannon(bareUrl);
  const page = await cannon(`${base}/r/${slug}`);
  const cached = await cannon(`${base}/r/${slug}`, { 'if-none-match': etag });
  const all304 = cached['3xx'] > 0 && cached['2xx'] === 0 && cached.non2xx === cached['3xx'];
  await bare.close();
  await close();

  const ratio = page.requests.average / ceiling.requests.average;
  const ratio304 = cached.requests.average / ceiling.requests.average;
  return {
    title: `Published page /r/:slug (25 actors, 150 actions, ${Math.round(bytes / 1024)} KB HTML) vs bare Fastify, gzip, 50 connections, ${seconds} s, load from its own process`,
    columns: ['target', 'req/s', 'p99 latency', 'non-2xx/3xx', 'ratio to ceiling', 'goal'],
    rows: [
      [
        'bare Fastify route',
        ceiling.requests.average.toFixed(0),
        `${ceiling.latency.p99} ms`,
        ceiling.non2xx,
        '1.00',
        '',
      ],
      [
        '/r/:slug (200)',
        page.requests.average.toFixed(0),
        `${page.latency.p99} ms`,
        page.non2xx,
        ratio.toFixed(2),
        `≥ 0.5: ${goal(ratio >= 0.5)}`,
      ],
      [
        '/r/:slug with If-None-Match (304)',
        cached.requests.average.toFixed(0),
        `${cached.latency.p99} ms`,
        cached.non2xx - cached['3xx'],
        ratio304.toFixed(2),
        `≥ 0.6: ${goal(ratio304 >= 0.6 && all304)}`,
      ],
      ['/r/:slug cold render (first request, sv)', '', ms(cold), '', '', ''],
      ['/r/:slug?lang=en cold render (first request)', '', ms(coldEn), '', '', ''],
    ],
    notes: [
      `The 304 run answered ${all304 ? 'only 304' : `${cached['3xx']} × 304 and ${cached['2xx']} × 2xx`} (${cached['3xx']} responses).`,
    ],
  };
}
