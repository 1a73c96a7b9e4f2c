import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchApp, benchUser, goal, type Table } from './lib';
import { seedPublishedRoutine } from './seed';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** Pages a first visit opens, by the lazy route modules the router loads for them (routes.tsx). */
const FIRST_VISITS: [string, string[]][] = [
  ['home page / (a coordinator signed in)', ['features/home/home-page.tsx']],
  ['sign-in page /logga-in', ['features/auth/sign-in-page.tsx']],
  [
    'routine overview /rutiner/:rid',
    ['features/routines/workspace-layout.tsx', 'features/routines/overview-page.tsx'],
  ],
  [
    'step page /rutiner/:rid/steg/:n',
    ['features/routines/workspace-layout.tsx', 'features/routines/step-page.tsx'],
  ],
];

/**
 * The JS and CSS a first visit downloads, from Vite's manifest: the entry and every chunk it
 * imports statically, plus each lazy route module of the page with its static imports
 * (dynamic imports load later, on use). gzip at the default level, as the server sends them.
 */
function clientWeight(dist: string) {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(fs.readFileSync(path.join(dist, file))).length);
    return gz.get(file)!;
  };
  const closure = (keys: string[], files = new Set<string>()) => {
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the Vite manifest: routes changed?`);
      if (files.has(chunk.file)) continue;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
      closure(chunk.imports ?? [], files);
    }
    return files;
  };
  const weigh = (files: Set<string>) => {
    let js = 0;
    let css = 0;
    for (const file of files) {
      if (file.endsWith('.js')) js += size(file);
      else if (file.endsWith('.css')) css += size(file);
    }
    return { js, css };
  };
  const entry = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  const english = Object.keys(manifest).find((key) => /i18n\/en\.ts$/.test(key));
  return {
    shell: weigh(closure(entry)),
    pages: FIRST_VISITS.map(([name, modules]) => ({
      name,
      ...weigh(closure([...entry, ...modules])),
    })),
    english: english ? weigh(closure([english])).js : 0,
    /** What the biggest chunks of the shell are, for the closing note. */
    largest: [...closure(entry)]
      .filter((file) => file.endsWith('.js'))
      .map((file) => [file.replace(/^assets\//, ''), size(file)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4),
  };
}

/** 5. Client weight: gzip size of what a first visit needs, and of the published page. */
export async function benchWeight(): Promise<Table> {
  const weight = clientWeight(path.resolve('dist/web'));
  const { app, close } = await benchApp();
  const { userId } = await benchUser(app);
  const { slug } = await seedPublishedRoutine(app.database.db, userId);
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
    columns: ['what', 'JS', 'CSS', 'total', 'goal'],
    rows: [
      [
        'app shell (index.html’s scripts and styles, Swedish catalogue)',
        kb(weight.shell.js),
        kb(weight.shell.css),
        kb(weight.shell.js + weight.shell.css),
        `JS ≤ 120 KB: ${goal(weight.shell.js <= 120 * 1024)}`,
      ],
      ...weight.pages.map((page) => [
        `first visit: ${page.name}`,
        kb(page.js),
        kb(page.css),
        kb(page.js + page.css),
        `JS ≤ 120 KB: ${goal(page.js <= 120 * 1024)}`,
      ]),
      [
        'English catalogue (loaded when English is chosen)',
        kb(weight.english),
        '',
        kb(weight.english),
        '',
      ],
      [
        `published page (25 actors, 150 actions): HTML ${kb(html)}${inlineCss ? ' with its CSS inlined' : ''}, ${scripts.length} script (${deferred ? 'deferred' : 'NOT deferred'}, ${kb(scriptBytes)}, not counted in HTML + CSS)`,
        kb(scriptBytes),
        kb(pageCss),
        `${kb(html + pageCss)} HTML + CSS`,
        `≤ 14 KB HTML + CSS: ${goal(html + pageCss <= 14 * 1024 && deferred)}`,
      ],
    ],
    notes: [
      `Largest chunks of the shell: ${weight.largest.map(([file, bytes]) => `${file} ${kb(bytes)}`).join(', ')}.`,
    ],
  };
}

export { benchUser };
