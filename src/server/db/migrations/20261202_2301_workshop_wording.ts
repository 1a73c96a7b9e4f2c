import type { Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * The proposed wording co-edited live in a workshop (issue 17, docs/adr/0020): the workshop's
 * live document (`workshop:<id>`, its Y.Texts `wording:<questionId>`) is stored whole in
 * `workshop_docs` (its own table, so reading a workshop never drags the bytes along), as
 * `routine_docs` does for a routine, so a restart or another
 * process continues from the same Yjs items instead of typing the text in again.
 * `workshop_participants.wording_helper` marks the members the facilitator invited to help
 * with the wording (coordinators always may). `workshops.drafts_named` is the facilitator's
 * choice to show revealed drafts with their writers' names (else by organisation only).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workshop_docs')
    .addColumn('workshop_id', 'text', (c) =>
      c.primaryKey().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('state', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('workshops')
    .addColumn('drafts_named', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('workshop_participants')
    .addColumn('wording_helper', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workshop_participants').dropColumn('wording_helper').execute();
  await db.schema.alterTable('workshops').dropColumn('drafts_named').execute();
  await db.schema.dropTable('workshop_docs').execute();
}
