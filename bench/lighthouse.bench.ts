import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchApp, benchUser, goal, type Table } from './lib';
import { seedPublishedRoutine } from './seed';

const LIGHTHOUSE = path.resolve('node_modules/lighthouse/cli/index.js');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Report {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
}

/** Lighthouse's CLI in its own process (mobile, its default), on Debian's Chromium. */
function lighthouse(url: string): Promise<Report> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samrutin-lh-')), 'report.json');
  const args = [
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
      (err) => {
        if (err) return reject(err);
        const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
        fs.rmSync(path.dirname(out), { recursive: true, force: true });
        resolve(report);
      },
    );
  });
}

/** 6. Lighthouse 12 on the published page of an adopted public routine (25 actors, 150 actions). */
export async function benchLighthouse(): Promise<Table> {
  if (!fs.existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME} (set CHROME_PATH)`);
  const { app, close } = await benchApp();
  try {
    const { userId } = await benchUser(app);
    const { slug } = await seedPublishedRoutine(app.database.db, userId);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const report = await lighthouse(`${base}/r/${slug}`);
    const order = ['performance', 'accessibility', 'best-practices', 'seo'];
    const rows = order.map((id) => {
      const c = report.categories[id]!;
      const score = Math.round((c.score ?? 0) * 100);
      return [c.title, score, `100: ${goal(score === 100)}`];
    });
    const flagged = Object.entries(report.audits)
      .filter(
        ([, a]) =>
          a.score !== null &&
          a.score < 1 &&
          (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric'),
      )
      .map(([id, a]) => `${id} (${a.title}): ${Math.round((a.score ?? 0) * 100)}`);
    return {
      title: 'Lighthouse 12 (mobile, simulated throttling) on /r/:slug, adopted public routine',
      columns: ['category', 'score', 'goal'],
      rows,
      notes: flagged.length ? [`Flagged audits: ${flagged.join('; ')}`] : ['No audit flagged.'],
    };
  } finally {
    await close();
  }
}
