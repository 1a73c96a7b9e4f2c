import type { Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Live co-editing (issue 16): the Yjs state of each routine's shared document, stored as
 * binary. The answers table and routines.main_rule stay the projection every REST read,
 * check, export and version sees.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('routine_docs')
    .addColumn('routine_id', 'text', (c) =>
      c.primaryKey().references('routines.id').onDelete('cascade'),
    )
    .addColumn('state', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('routine_docs').execute();
}
