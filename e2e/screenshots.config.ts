import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run screenshots`: the product's main pages at 1280 and 375 px, written to
 * screenshots/ (not committed), so anyone can look at it without clicking through.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'screenshots',
    include: ['e2e/screenshots.shots.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
