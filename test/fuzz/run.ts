import { spawnSync } from 'node:child_process';

/**
 * `npm run fuzz`: the schema-driven fuzz of `npm test` (test/integration/fuzz.test.ts) with
 * many more inputs — FUZZ_RUNS (200 unless set) per operation and family — on SQLite, and on
 * PostgreSQL too when TEST_DATABASE_URL is set. FUZZ_SEED picks other inputs (the test prints
 * the seed it used); further arguments go to vitest.
 */
const runs = process.env.FUZZ_RUNS ?? '200';
const projects = ['integration-sqlite'];
if (process.env.TEST_DATABASE_URL) projects.push('integration-postgres');
else console.info('fuzz: TEST_DATABASE_URL is not set, so SQLite only.');

const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    'test/integration/fuzz.test.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } },
);
process.exit(result.status ?? 1);
