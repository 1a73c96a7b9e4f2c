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
 * The web client lives in src/web and is built to dist/web, which the Fastify server serves.
 * Pages are loaded per route (the router's `lazy`), so rolldown (Vite 8) splits each page into its
 * own chunk and shared code into common chunks; the first load carries only the app shell.
 * Zod is loaded on demand, when an error body has to be parsed (see src/web/api/client.ts).
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), cataloguePerLanguage()],
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
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|use-sync-external-store)[\\/]/,
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
});
