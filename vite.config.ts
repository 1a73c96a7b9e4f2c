import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_TARGET = process.env.SAMRUTIN_API ?? 'http://127.0.0.1:3000';

/**
 * The web client lives in src/web and is built to dist/web, which the Fastify server serves.
 * Pages are loaded per route (the router's `lazy`), so rolldown (Vite 8) splits each page into its
 * own chunk and shared code into common chunks; the first load carries only the app shell.
 * Zod is loaded on demand, when an error body has to be parsed (see src/web/api/client.ts).
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // What every page needs, in one long-cached chunk; page code changes more often.
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack|use-sync-external-store)[\\/]/,
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
