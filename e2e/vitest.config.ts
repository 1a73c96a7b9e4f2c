import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: the real app in-process (buildApp + listen on a free port, in-memory SQLite)
 * driven by Debian's Chromium through playwright-core. Build the client first (npm run build);
 * `npm run test:e2e` does both. One file at a time: each starts its own server and browser.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    setupFiles: ['e2e/helpers/matchers.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll gives up after 1 s by default: too short for a page on a loaded machine (the
    // locator matchers in helpers/matchers.ts wait up to 30 s; so does a poll).
    expect: { poll: { timeout: 30_000, interval: 100 } },
    // The journeys are slow on a loaded 2-core machine and a few steps time out there now and
    // then; CI retries a failed step (a real failure fails every try). Locally: no retries.
    retry: process.env.CI === 'true' ? 2 : 0,
    reporters: ['default'],
  },
});
