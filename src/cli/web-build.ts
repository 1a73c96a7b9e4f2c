import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['src/web', 'src/contracts', 'src/domain', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p))
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when dist has no index.html or a client source is newer than it. */
export function isWebBuildStale(dist: string, root = process.cwd()): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/** Builds the web client with Vite when it is missing or stale. */
export async function ensureWebBuild(dist: string): Promise<void> {
  if (!isWebBuildStale(dist)) return;
  console.log('Building the web client (vite build)…');
  const { build } = await import('vite');
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
}
