import type { Kysely } from 'kysely';

/**
 * One counter that every change to what a published page shows (adoption, visibility, status,
 * slug) increments in its own transaction: processes that keep published pages in memory
 * compare it (at most once a second) to notice changes made by another process.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publish_stamps')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('stamp', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('publish_stamps').values({ id: 1, stamp: 0 }).execute();
}
