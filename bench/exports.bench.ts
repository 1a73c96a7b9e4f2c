import { benchApp, benchUser, goal, injectLatency, ms, type Table } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

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
  const rows: (string | number)[][] = [];
  // First renders: the draft (?version=draft) is never kept, so every run renders. One warm-up
  // run first: fonts and templates load once per process.
  for (const [name, url, limit] of targets) {
    const draft = `${url}?version=draft`;
    await app.inject({ method: 'GET', url: draft, headers: { cookie } });
    const r = await injectLatency(app, runs, { method: 'GET', url: draft, headers: { cookie } });
    rows.push([
      `${name}, rendered`,
      ms(r.median),
      ms(r.p95),
      limit === null ? '—' : `≤ ${limit} ms: ${goal(r.median <= limit)}`,
    ]);
  }
  // The adopted (frozen) version: rendered once, then served from the kept bytes.
  for (const [name, url] of targets.filter(([n]) => /PDF|Word/.test(n))) {
    await app.inject({ method: 'GET', url, headers: { cookie } });
    const r = await injectLatency(app, runs, { method: 'GET', url, headers: { cookie } });
    rows.push([
      `${name} of the adopted version, second request`,
      ms(r.median),
      ms(r.p95),
      `≤ 5 ms: ${goal(r.median <= 5)}`,
    ]);
  }
  await close();
  return {
    title: `Exports of a routine with 25 actors and 150 actions (median of ${runs} runs after one warm-up; renders of the draft, which is never cached)`,
    columns: ['file', 'median', 'p95', 'goal'],
    rows,
  };
}
