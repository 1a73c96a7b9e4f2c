import type { Kysely } from 'kysely';

/**
 * The public national page (issue 18): a collaboration's coordinator opts in, and its adopted
 * public routines are listed with the municipality and a link. One row per listed collaboration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('national_listings')
    .addColumn('collaboration_id', 'text', (c) =>
      c.primaryKey().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('listed_by', 'text')
    .addColumn('listed_at', 'text', (c) => c.notNull())
    .execute();
}
