import { defineConfig } from 'vitest/config';

/**
 * Unit tests (pure domain) and integration tests (buildApp + inject on real databases).
 * Integration runs on in-memory SQLite, and again on PostgreSQL when TEST_DATABASE_URL is
 * set; without it the PostgreSQL run is skipped with a message — except under CI=true,
 * where a skipped PostgreSQL suite is a failure. Browser journeys have their own config in e2e/.
 */
const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!hasPostgres) {
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the PostgreSQL suite must run in CI.',
    );
  }
  console.warn('TEST_DATABASE_URL is not set: skipping the PostgreSQL integration suite.');
}

const integration = (name: string, db: 'sqlite' | 'postgres') => ({
  test: {
    name,
    include: ['test/integration/**/*.test.ts'],
    env: { TEST_DB: db, TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: { TZ: 'UTC' } } },
      integration('integration-sqlite', 'sqlite'),
      ...(hasPostgres ? [integration('integration-postgres', 'postgres')] : []),
    ],
  },
});
