/**
 * `tsx bench/saves-profile.ts [--seconds=5] [--postgres] [--out=DIR]`: a CPU profile of the
 * server while the save client (its own process, bench/save-client.mjs) runs closed loops of
 * answer saves on 50 questions, and the top frames, self and inclusive. The profiler runs only
 * during the load, so the seed is not in it. `--postgres` uses BENCH_DATABASE_URL.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { questionIds } from '../src/domain/template';
import { benchApp, benchUser } from './lib';
import { type Profile, topFrames } from './profile';
import { saveLoad } from './saves.bench';
import { SMALL, seedCollaboration } from './seed';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const seconds = Number(args.get('seconds') ?? 5);
const postgres = args.get('postgres') === 'true';
const outDir = args.get('out') ?? fs.mkdtempSync('/tmp/samrutin-profile-');
fs.mkdirSync(outDir, { recursive: true });

const { app, close } = await benchApp({ postgres, env: { SESSION_CACHE_MS: '5000' } });
const { userId, cookie } = await benchUser(app);
const targets: { url: string; revision: number }[] = [];
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
for (let i = 0; targets.length < 50; i++) {
  const { routineId } = await seedCollaboration(app.database.db, i, userId, SMALL);
  for (const q of questionIds())
    targets.push({ url: `${base}/api/routines/${routineId}/answers/${q}`, revision: 1 });
}
const chosen = targets.slice(0, 50);
// A short warm-up: the first requests compile the route's code.
const warm = await saveLoad({
  mode: 'closed',
  seconds: 1,
  cookie,
  origin: app.config.baseUrl,
  targets: chosen,
});
if (warm.failed + warm.conflicts > 0)
  throw new Error(`warm-up: ${JSON.stringify({ ...warm, latencies: [] })}`);
for (const t of chosen) {
  const [rid, qid] = t.url.split('/api/routines/')[1]!.split('/answers/') as [string, string];
  const row = await app.database.db
    .selectFrom('answers')
    .select('revision')
    .where('routineId', '=', rid)
    .where('questionId', '=', qid)
    .executeTakeFirstOrThrow();
  t.revision = row.revision;
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const load = await saveLoad({
  mode: 'closed',
  seconds,
  cookie,
  origin: app.config.baseUrl,
  targets: chosen,
});
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
const file = path.join(outDir, `saves-${postgres ? 'postgres' : 'sqlite'}.cpuprofile`);
fs.writeFileSync(file, JSON.stringify(profile));
const n = Number(args.get('top') ?? 25);
const top = topFrames(profile, n);
console.log(
  `\n## saves (${postgres ? 'PostgreSQL' : 'SQLite'}): ${(load.ok / load.seconds).toFixed(0)} saves/s, ${load.failed + load.conflicts} failed, ${file}\n\nself:\n${top.self.join('\n')}\n\ninclusive:\n${top.inclusive.join('\n')}`,
);
await close();
process.exit(0);
