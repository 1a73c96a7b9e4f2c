import type { Kysely } from 'kysely';

/**
 * A routine's earlier addresses (issue 14): when a coordinator changes the slug, the old
 * `/r/:slug` redirects to the new one, so printed cards and QR codes keep working. A slug is
 * either a routine's current address or one routine's earlier address, never both.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('routine_slug_history')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('routine_slug_history_routine_idx')
    .on('routine_slug_history')
    .column('routine_id')
    .execute();
}
