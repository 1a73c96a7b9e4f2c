import autocannon from 'autocannon';
import Fastify from 'fastify';
import { benchApp, benchUser, goal, type Table } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

/**
 * The load generator runs in a worker thread (its own event loop, so it does not steal the
 * server's), and asks for gzip like every browser does.
 */
function cannon(url: string, headers: Record<string, string> = {}, seconds = 10) {
  return autocannon({
    url,
    connections: 50,
    duration: seconds,
    workers: 1,
    headers: { 'accept-encoding': 'gzip', ...headers },
  });
}

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

  const first = await fetch(`${base}/r/${slug}`);
  if (first.status !== 200) throw new Error(`/r/${slug} answered ${first.status}`);
  const etag = first.headers.get('etag') ?? '';
  const bytes = (await first.text()).length;

  const ceiling = await cannon(bareUrl, {}, seconds);
  const page = await cannon(`${base}/r/${slug}`, {}, seconds);
  const cached = await cannon(`${base}/r/${slug}`, { 'if-none-match': etag }, seconds);
  await bare.close();
  await close();

  const ratio = page.requests.average / ceiling.requests.average;
  const ratio304 = cached.requests.average / ceiling.requests.average;
  return {
    title: `Published page /r/:slug (25 actors, 150 actions, ${Math.round(bytes / 1024)} KB HTML) vs bare Fastify, 50 connections, ${seconds} s`,
    columns: ['target', 'req/s', 'p99 latency', 'non-2xx/3xx', 'ratio to ceiling', 'goal ≥ 0.5'],
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
        goal(ratio >= 0.5),
      ],
      [
        '/r/:slug with If-None-Match (304)',
        cached.requests.average.toFixed(0),
        `${cached.latency.p99} ms`,
        cached.non2xx - cached['3xx'],
        ratio304.toFixed(2),
        goal(ratio304 >= 0.5),
      ],
    ],
  };
}
