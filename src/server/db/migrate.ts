import { type Kysely, sql } from 'kysely';
import { type MigrationProvider, Migrator } from 'kysely/migration';
import { isPostgres } from './dialect';
import { migrations } from './migrations';

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** An arbitrary, fixed key for PostgreSQL's advisory lock: "samrutin migrate". */
const MIGRATION_LOCK_KEY = 7_338_221_901;

/**
 * Runs every pending migration; throws with the failing migration's name. On PostgreSQL
 * several app processes may start at once against one (even empty) database: they queue on
 * an advisory lock, held on one connection of the pool while the migrator works on others,
 * so the first migrates and the rest find nothing left to do. (Kysely's own lock table
 * would itself be created concurrently by the first two.) SQLite serialises writers anyway.
 */
export async function migrateToLatest(rawDb: Kysely<any>): Promise<string[]> {
  if (!isPostgres(rawDb)) return runMigrator(rawDb);
  return rawDb.connection().execute(async (lockConnection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(lockConnection);
    try {
      return await runMigrator(rawDb);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(lockConnection);
    }
  });
}

async function runMigrator(rawDb: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db: rawDb, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
