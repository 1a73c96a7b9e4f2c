import type { Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Rendered files of frozen versions (issues 11 and 20): PDF, Word, card, diagram and
 * Markdown of a version whose content and sign-offs no longer change, rendered once per
 * version hash, language and format and then read back as bytes. `variant` is a hash of the
 * rest the bytes depend on (state, address, origin, renderer); a new variant replaces the
 * older ones of the same file. Only a cache: deleting rows is always safe.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('export_files')
    .addColumn('version_hash', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('body', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('export_files_pk', ['version_hash', 'lang', 'format', 'variant'])
    .execute();
  await db.schema
    .createIndex('export_files_routine_idx')
    .on('export_files')
    .column('routine_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('export_files').execute();
}
