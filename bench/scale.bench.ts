import type { FastifyInstance } from 'fastify';
import { benchApp, benchUser, goal, injectLatency, ms, type Table } from './lib';
import { adoptDraft, SMALL, seedCollaboration } from './seed';

/**
 * 4. Scale: 100 and then 10,000 collaborations, each with a realistic routine; p95 of the
 * hot reads for one member at both sizes, and the ratio (goal ≤ 1.5).
 */
async function measure(app: FastifyInstance, cookie: string, routineId: string, slug: string) {
  const n = 100;
  const get = (url: string) => injectLatency(app, n, { method: 'GET', url, headers: { cookie } });
  return {
    'list collaborations': (await get('/api/collaborations')).p95,
    'open routine': (await get(`/api/routines/${routineId}`)).p95,
    check: (await get(`/api/routines/${routineId}/check`)).p95,
    matrix: (await get(`/api/routines/${routineId}/matrix`)).p95,
    'published page': (await get(`/r/${slug}`)).p95,
  };
}

export async function benchScale(large = 10_000): Promise<Table> {
  const { app, close } = await benchApp();
  const me = await benchUser(app);
  const other = await benchUser(app);
  const db = app.database.db;
  // The member's own collaboration, then everyone else's.
  const mine = await seedCollaboration(db, 0, me.userId, SMALL);
  await adoptDraft(db, mine.routineId);
  const slug = (
    await db
      .selectFrom('routines')
      .select('slug')
      .where('id', '=', mine.routineId)
      .executeTakeFirstOrThrow()
  ).slug;
  const t0 = performance.now();
  for (let i = 1; i < 100; i++) await seedCollaboration(db, i, other.userId, SMALL);
  const small = await measure(app, me.cookie, mine.routineId, slug);
  for (let i = 100; i < large; i++) await seedCollaboration(db, i, other.userId, SMALL);
  const seedSeconds = (performance.now() - t0) / 1000;
  const big = await measure(app, me.cookie, mine.routineId, slug);
  await close();
  const rows = Object.keys(small).map((k) => {
    const a = small[k as keyof typeof small];
    const b = big[k as keyof typeof big];
    return [k, ms(a), ms(b), (b / a).toFixed(2), goal(b / a <= 1.5)];
  });
  return {
    title: `Scale on SQLite: p95 of 100 requests at 100 and at ${large.toLocaleString('en')} collaborations (each with a routine of 8 actors and 30 actions)`,
    columns: [
      'request',
      'p95 at 100',
      `p95 at ${large.toLocaleString('en')}`,
      'ratio',
      'goal ≤ 1.5',
    ],
    rows,
    notes: [`Bulk seeding took ${seedSeconds.toFixed(1)} s.`],
  };
}
