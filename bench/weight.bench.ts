import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchApp, benchUser, goal, type Table } from './lib';
import { adoptDraft, REALISTIC, seedCollaboration } from './seed';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** 5. Client weight: gzip size of what the first load needs, and of the published page. */
export async function benchWeight(): Promise<Table> {
  const dist = path.resolve('dist/web');
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  let js = 0;
  let css = 0;
  for (const ref of refs) {
    const size = gzipSync(fs.readFileSync(path.join(dist, ref))).length;
    if (ref.endsWith('.js')) js += size;
    else css += size;
  }
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
  const page = await app.inject({ method: 'GET', url: `/r/${slug}` });
  const html = gzipSync(page.body).length;
  const cssLinks = [...page.body.matchAll(/href="(\/r\/[^"]+\.css)"/g)].map((m) => m[1]!);
  let pageCss = 0;
  for (const href of cssLinks)
    pageCss += gzipSync((await app.inject({ method: 'GET', url: href })).body).length;
  const scripts = [...page.body.matchAll(/<script[^>]*src="([^"]+)"[^>]*>/g)];
  const deferred = scripts.every((m) => /\sdefer[\s>]/.test(m[0]));
  let scriptBytes = 0;
  for (const m of scripts)
    scriptBytes += gzipSync((await app.inject({ method: 'GET', url: m[1]! })).body).length;
  const inlineCss = /<style>/.test(page.body);
  await close();
  return {
    title: 'Client weight (gzip)',
    columns: ['what', 'JS', 'CSS', 'total', 'goal ≤ 200 KB'],
    rows: [
      [
        'app, initial load (index.html’s scripts and styles)',
        kb(js),
        kb(css),
        kb(js + css),
        goal(js + css <= 200 * 1024),
      ],
      [
        `published page (25 actors, 150 actions): HTML ${kb(html)}${inlineCss ? ' with its CSS inlined' : ''}, ${scripts.length} script (${deferred ? 'deferred' : 'NOT deferred'}, ${kb(scriptBytes)}, not counted in HTML + CSS)`,
        kb(scriptBytes),
        kb(pageCss),
        `${kb(html + pageCss)} HTML + CSS`,
        `≤ 14 KB HTML + CSS: ${goal(html + pageCss <= 14 * 1024 && deferred)}`,
      ],
    ],
  };
}

export { benchUser };
