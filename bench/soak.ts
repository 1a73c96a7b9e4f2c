/**
 * `npm run soak [-- --seconds=60]`: a mixed load against one server for a while — answer
 * saves, reads of the routine, the check, the matrix, the published page, actions added and
 * removed — reporting errors (goal 0) and the process's memory at start and end. Not part of
 * `npm test`; it prints and asserts nothing.
 */
import { questionIds } from '../src/domain/template';
import { benchApp, benchUser, formatTable, machineInfo } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 60);
const { app, close } = await benchApp();
const { userId, cookie } = await benchUser(app);
const { routineId } = await seedCollaboration(app.database.db, 1, userId, REALISTIC);
await adoptDraft(app.database.db, routineId);
const routine = await app.database.db
  .selectFrom('routines')
  .select('slug')
  .where('id', '=', routineId)
  .executeTakeFirstOrThrow();
const actor = await app.database.db
  .selectFrom('actors')
  .select('id')
  .where(
    'collaborationId',
    '=',
    (
      await app.database.db
        .selectFrom('routines')
        .select('collaborationId')
        .where('id', '=', routineId)
        .executeTakeFirstOrThrow()
    ).collaborationId,
  )
  .executeTakeFirstOrThrow();
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const headers = { cookie, origin: app.config.baseUrl, 'content-type': 'application/json' };

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
global.gc?.();
const start = process.memoryUsage();
const counts = new Map<string, { ok: number; errors: number }>();
const tally = (name: string, ok: boolean) => {
  const c = counts.get(name) ?? { ok: 0, errors: 0 };
  if (ok) c.ok += 1;
  else c.errors += 1;
  counts.set(name, c);
};
const deadline = Date.now() + seconds * 1000;

async function saver(questionId: string) {
  let revision = 1;
  for (let n = 0; Date.now() < deadline; n++) {
    const res = await fetch(`${base}/api/routines/${routineId}/answers/${questionId}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ text: `Soak ${n}`, baseRevision: revision }),
    });
    const body = (await res.json()) as { revision?: number };
    tally('answer save', res.status === 200);
    if (res.status === 200) revision = body.revision!;
  }
}
async function reader(path: string, name: string) {
  while (Date.now() < deadline) {
    const res = await fetch(base + path, { headers: { cookie } });
    await res.arrayBuffer();
    tally(name, res.status === 200);
  }
}
async function actionChurn() {
  while (Date.now() < deadline) {
    const created = await fetch(`${base}/api/routines/${routineId}/actions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        step: 4,
        actorId: actor.id,
        what: 'Tillfällig åtgärd',
        audience: 'all',
      }),
    });
    const body = (await created.json()) as { id?: string };
    tally('action create', created.status === 201);
    if (body.id) {
      const removed = await fetch(`${base}/api/routines/${routineId}/actions/${body.id}`, {
        method: 'DELETE',
        headers: { cookie, origin: app.config.baseUrl },
      });
      tally('action delete', removed.status === 204);
    }
  }
}

await Promise.all([
  ...questionIds().slice(0, 10).map(saver),
  reader(`/api/routines/${routineId}`, 'open routine'),
  reader(`/api/routines/${routineId}/check`, 'check'),
  reader(`/api/routines/${routineId}/matrix`, 'matrix'),
  reader(`/r/${routine.slug}`, 'published page'),
  reader(`/r/${routine.slug}`, 'published page'),
  actionChurn(),
]);
global.gc?.();
const end = process.memoryUsage();
await close();

console.log(`Samrutin soak — ${new Date().toISOString().slice(0, 10)}\n${machineInfo()}\n`);
console.log(
  formatTable({
    title: `Mixed load for ${seconds} s`,
    columns: ['request', 'ok', 'errors'],
    rows: [...counts].map(([name, c]) => [name, c.ok, c.errors]),
    notes: [
      `errors in total: ${[...counts.values()].reduce((s, c) => s + c.errors, 0)} (goal 0)`,
      `memory at start: rss ${mb(start.rss)}, heap ${mb(start.heapUsed)}; at end: rss ${mb(end.rss)}, heap ${mb(end.heapUsed)}`,
    ],
  }),
);
process.exit(0);
