import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const API_TARGET = process.env.SAMRUTIN_API ?? 'http://127.0.0.1:3000';

/**
 * The catalogue files (src/web/i18n/*.ts) keep each feature's Swedish and English side by side;
 * the first load needs only Swedish, English loads when chosen (i18n/index.ts). A module lands in
 * one chunk, so everything en.ts imports from those files is resolved as a separate `?lang=en`
 * copy: tree-shaking leaves only the English exports in the English chunk and only the Swedish
 * ones in the first load.
 */
function cataloguePerLanguage(): Plugin {
  const catalogueDir = `${path.resolve('src/web/i18n')}${path.sep}`;
  const isEnglish = (id: string) =>
    id.endsWith('?lang=en') || id === path.join(catalogueDir, 'en.ts');
  return {
    name: 'samrutin:catalogue-per-language',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !isEnglish(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(catalogueDir)) return resolved;
      return { ...resolved, id: `${resolved.id}?lang=en` };
    },
  };
}

/**
 * react-aria-components was written for React's renderer; two of its files need a change to
 * run on Preact (the production build only; the build fails when a file no longer looks as
 * expected):
 * - a collection (ComboBox, ListBox, Select, Menu) is built by rendering its items into a small
 *   fake DOM (collections/Document.mjs). Preact creates nodes with `ownerDocument.createElementNS`,
 *   removes them with `node.remove()` and skips comment nodes when it places siblings (the fake
 *   nodes say nodeType 8, for React DevTools): the fake DOM gets those two methods and nodeType 1.
 * - its keyboard handlers copy the event with `{...e}` (interactions/createEventHandler.mjs):
 *   a React event has its fields as own properties, a DOM event (what Preact passes) has them on
 *   its prototype, so `key` and `currentTarget` were lost and Escape closed no dialog. The copy
 *   takes the fields from the DOM event.
 */
const REACT_ARIA_ON_PREACT: [RegExp, [string, string][]][] = [
  [
    /react-aria[\\/]dist[\\/]private[\\/]collections[\\/]Document\.mjs$/,
    [
      [
        'this.nodeType = 8 // COMMENT_NODE',
        'this.nodeType = 1 // Preact build: an element, so Preact places it like one',
      ],
      [
        '    appendChild(child) {',
        '    remove() {\n        if (this.parentNode) this.parentNode.removeChild(this);\n    }\n    appendChild(child) {',
      ],
      [
        '    createElement(type) {',
        '    createElementNS(_namespace, type) {\n        return this.createElement(type);\n    }\n    createElement(type) {',
      ],
    ],
  ],
  [
    /react-aria[\\/]dist[\\/]private[\\/]interactions[\\/]createEventHandler\.mjs$/,
    [
      [
        '        let event = {\n            ...e,',
        '        let event = {\n            ...fieldsOf(e),',
      ],
      [
        '\nexport {',
        `
// Preact build: a DOM event's fields are on its prototype, where a spread does not see them.
const EVENT_FIELDS = ['type', 'target', 'currentTarget', 'relatedTarget', 'key', 'code', 'keyCode',
  'which', 'charCode', 'location', 'repeat', 'isComposing', 'altKey', 'ctrlKey', 'metaKey',
  'shiftKey', 'timeStamp', 'eventPhase', 'bubbles', 'defaultPrevented'];
function fieldsOf(e) {
    if (typeof Event === 'undefined' || !(e instanceof Event)) return e;
    const fields = { nativeEvent: e, getModifierState: (key) => e.getModifierState?.(key) };
    for (const name of EVENT_FIELDS) fields[name] = e[name];
    return fields;
}

export {`,
      ],
    ],
  ],
];

function reactAriaOnPreact(): Plugin {
  return {
    name: 'samrutin:react-aria-on-preact',
    apply: 'build',
    transform(code, id) {
      const file = REACT_ARIA_ON_PREACT.find(([pattern]) => pattern.test(id));
      if (!file) return null;
      let patched = code;
      for (const [from, to] of file[1]) {
        if (patched.split(from).length !== 2) throw new Error(`${id}: expected "${from}" once`);
        patched = patched.replace(from, to);
      }
      return patched;
    },
  };
}

/**
 * The production build runs on Preact's compatibility layer instead of React (about 45 KB gzip
 * less in every first load); `npm run dev:web` and the unit tests keep React. The browser
 * journeys (e2e/) run the built client, so they test the Preact build.
 */
const reactOnPreact = [
  { find: /^react$/, replacement: path.resolve('src/web/react-on-preact.ts') },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
];

/**
 * The web client lives in src/web and is built to dist/web, which the Fastify server serves.
 * Pages are loaded per route (the router's `lazy`), so rolldown (Vite 8) splits each page into its
 * own chunk and shared code into common chunks; the first load carries only the app shell.
 * Zod is loaded on demand, when an error body has to be parsed (see src/web/api/client.ts).
 */
export default defineConfig(({ command }) => ({
  root: 'src/web',
  plugins: [react(), cataloguePerLanguage(), reactAriaOnPreact()],
  resolve: { alias: command === 'build' ? reactOnPreact : [] },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // dist/web/.vite/manifest.json: which chunks each page loads (bench/weight.bench.ts reads it).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What every page needs, in one long-cached chunk; page code changes more often.
              name: 'vendor',
              test: /node_modules[\\/](preact|react|react-dom|scheduler|react-router|@tanstack|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': API_TARGET,
      '/r': API_TARGET,
      '/healthz': API_TARGET,
      '/collab': { target: API_TARGET, ws: true },
    },
  },
}));
