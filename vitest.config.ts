import { defineConfig } from 'vitest/config';

/**
 * Unit tests (pure domain) and integration tests (buildApp + inject on real databases).
 * Integration runs twice: on in-memory SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
 * Browser journeys have their own config in e2e/.
 */
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration-sqlite',
          include: ['test/integration/**/*.test.ts'],
          env: { TEST_DB: 'sqlite', TZ: 'UTC' },
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration-postgres',
          include: ['test/integration/**/*.test.ts'],
          env: { TEST_DB: 'postgres', TZ: 'UTC' },
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
