/**
 * `tsx bench/published-profile.ts [--seconds=5] [--out=DIR]`: CPU profiles of the server while
 * autocannon (its own process) loads `/r/:slug` — one profile for the 200s (gzip), one for the
 * 304s (If-None-Match) — and the top frames of each, self and inclusive. The profiler runs
 * only during the load, so the seed and the first render are not in it.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { benchApp, benchUser } from './lib';
import { loadFromOwnProcess } from './load';
import { type Profile, topFrames } from './profile';
import { seedPublishedRoutine } from './seed';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const seconds = Number(args.get('seconds') ?? 5);
const outDir = args.get('out') ?? fs.mkdtempSync('/tmp/samrutin-profile-');
fs.mkdirSync(outDir, { recursive: true });

const { app, close } = await benchApp();
const { userId } = await benchUser(app);
const { slug } = await seedPublishedRoutine(app.database.db, userId);
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/r/${slug}`;
const first = await fetch(url);
await first.arrayBuffer();
const etag = first.headers.get('etag') ?? '';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
for (const [name, headers] of [
  ['200', {}],
  ['304', { 'if-none-match': etag }],
] as const) {
  await session.post('Profiler.start');
  const load = await loadFromOwnProcess(url, { seconds, headers });
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  const file = path.join(outDir, `published-${name}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  const top = topFrames(profile, 15);
  console.log(
    `\n## ${name}: ${load.requests.average.toFixed(0)} req/s, ${file}\n\nself:\n${top.self.join('\n')}\n\ninclusive:\n${top.inclusive.join('\n')}`,
  );
}
session.disconnect();
await close();
