import { benchApp, benchUser, injectLatency, ms, type Table } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

/**
 * The regional overview (issue 18): it loads each collaboration's draft and runs the quality
 * check on it, one by one, and reads the adopted snapshot for coverage. p50/p95 of the
 * overview (and its CSV) at 10 and 50 collaborations with realistic routines (25 actors,
 * 150 actions), all adopted.
 */
export async function benchRegion(sizes = [10, 50], n = 20): Promise<Table> {
  const { app, close } = await benchApp();
  const me = await benchUser(app);
  const other = await benchUser(app);
  const db = app.database.db;
  const created = await app.inject({
    method: 'POST',
    url: '/api/regions',
    headers: { cookie: me.cookie },
    payload: { name: 'Benchregionen' },
  });
  const regionId = created.json().id as string;
  const rows: string[][] = [];
  let seeded = 0;
  for (const size of sizes) {
    for (; seeded < size; seeded++) {
      const { collaborationId: cid, routineId } = await seedCollaboration(
        db,
        seeded,
        other.userId,
        REALISTIC,
      );
      await adoptDraft(db, routineId);
      await db
        .insertInto('regionCollaborations')
        .values({ regionId, collaborationId: cid, joinedBy: other.userId, joinedAt: '2026-12-02' })
        .execute();
    }
    const get = (url: string) =>
      injectLatency(app, n, { method: 'GET', url, headers: { cookie: me.cookie } });
    const overview = await get(`/api/regions/${regionId}/overview`);
    const csv = await get(`/api/regions/${regionId}/overview.csv`);
    rows.push([
      String(size),
      ms(overview.p50),
      ms(overview.p95),
      ms(overview.p50 / size),
      ms(csv.p95),
    ]);
  }
  await close();
  return {
    title: `Regional overview on SQLite: ${n} sequential requests per size (each collaboration: 25 actors, 150 actions, adopted)`,
    columns: ['collaborations', 'overview p50', 'overview p95', 'p50 per collaboration', 'CSV p95'],
    rows,
    notes: [
      'Each request loads every draft, runs the quality check on it and parses the adopted snapshot.',
    ],
  };
}
