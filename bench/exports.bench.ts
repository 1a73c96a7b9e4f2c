import type { FastifyInstance, InjectOptions } from 'fastify';
import { benchApp, benchUser, goal, ms, percentile, type Table } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

/**
 * Wall and CPU time of `n` sequential requests. CPU time is the whole process's
 * (process.cpuUsage counts every thread, the render workers' too): on a machine that others
 * load it says what a render costs when the wall time cannot. `before` runs ahead of each
 * request, outside the measurement.
 */
async function timeRequests(
  app: FastifyInstance,
  n: number,
  request: InjectOptions,
  before: (i: number) => Promise<void> = async () => {},
) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    await before(i);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await app.inject(request);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (res.statusCode >= 400)
      throw new Error(`${JSON.stringify(request)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: percentile(wall, 50), p95: percentile(wall, 95), cpu: percentile(cpu, 50) };
}

/** 3. Exports of the large routine: median of 20 runs each. */
export async function benchExports(runs = 20): Promise<Table> {
  const { app, close } = await benchApp();
  const { userId, cookie } = await benchUser(app);
  const { routineId } = await seedCollaboration(app.database.db, 1, userId, REALISTIC);
  await adoptDraft(app.database.db, routineId);
  const targets: [string, string, number | null][] = [
    ['PDF', `/api/routines/${routineId}/export.pdf`, 300],
    ['Word (DOCX)', `/api/routines/${routineId}/export.docx`, 200],
    ['Swimlane SVG', `/api/routines/${routineId}/diagram.svg`, 50],
    ['First-response card (PDF)', `/api/routines/${routineId}/card.pdf`, null],
    ['JSON', `/api/routines/${routineId}/export.json`, null],
    ['Markdown', `/api/routines/${routineId}/export.md`, null],
  ];
  // Each first render shows a changed draft (one action's text ends with a new number), so
  // nothing a worker kept from drawing the same diagram before makes it look cheaper.
  let edits = 0;
  const editDraft = async () => {
    await app.database.db
      .updateTable('actions')
      .set({ what: `Åtgärd 0: tar emot kontakten och bedömer skyddsbehovet (${++edits})` })
      .where('routineId', '=', routineId)
      .where('position', '=', 0)
      .where('step', '=', 2)
      .execute();
  };
  const rows: (string | number)[][] = [];
  // First renders: the draft (?version=draft) is never kept, so every run renders. One warm-up
  // run first: fonts and templates load once per process.
  for (const [name, url, limit] of targets) {
    const draft = `${url}?version=draft`;
    await editDraft();
    await app.inject({ method: 'GET', url: draft, headers: { cookie } });
    const r = await timeRequests(
      app,
      runs,
      { method: 'GET', url: draft, headers: { cookie } },
      editDraft,
    );
    rows.push([
      `${name}, rendered`,
      ms(r.median),
      ms(r.p95),
      ms(r.cpu),
      limit === null
        ? '—'
        : `≤ ${limit} ms: ${goal(r.median <= limit)} (CPU: ${goal(r.cpu <= limit)})`,
    ]);
  }
  // The adopted (frozen) version: rendered once, then served from the kept bytes.
  for (const [name, url] of targets.filter(([n]) => /PDF|Word/.test(n))) {
    await app.inject({ method: 'GET', url, headers: { cookie } });
    const r = await timeRequests(app, runs, { method: 'GET', url, headers: { cookie } });
    rows.push([
      `${name} of the adopted version, second request`,
      ms(r.median),
      ms(r.p95),
      ms(r.cpu),
      `≤ 5 ms: ${goal(r.median <= 5)}`,
    ]);
  }
  await close();
  return {
    title: `Exports of a routine with 25 actors and 150 actions (median of ${runs} runs after one warm-up; renders of the draft, which is never cached, changed before each run)`,
    columns: ['file', 'median', 'p95', 'CPU median (whole process)', 'goal (wall; CPU)'],
    rows,
    notes: [
      'CPU: process.cpuUsage() around each request, all threads; on a loaded machine compare CPU, not wall time.',
    ],
  };
}
