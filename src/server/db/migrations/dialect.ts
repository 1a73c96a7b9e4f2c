import { type Kysely, PostgresAdapter } from 'kysely';

/** Migrations must not import app code; this tiny helper is the migrations' own. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
