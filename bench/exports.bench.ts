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
  for (const [name, url, limit] of targets) {
    // One warm-up run: fonts and templates load once per process.
    await app.inject({ method: 'GET', url, headers: { cookie } });
    const r = await injectLatency(app, runs, { method: 'GET', url, headers: { cookie } });
    rows.push([
      name,
      ms(r.median),
      ms(r.p95),
      limit === null ? '—' : `≤ ${limit} ms: ${goal(r.median <= limit)}`,
    ]);
  }
  await close();
  return {
    title: `Exports of a routine with 25 actors and 150 actions (median of ${runs} runs after one warm-up)`,
    columns: ['file', 'median', 'p95', 'goal'],
    rows,
  };
}
