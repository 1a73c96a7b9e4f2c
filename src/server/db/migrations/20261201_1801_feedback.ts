import type { Kysely } from 'kysely';

/**
 * Feedback from use (issue 18): what a reader of the published routine reports about a step.
 * Comment-like records with a revision and a triage state; no names of persons in a case
 * (the personal-data guard refuses identity numbers before anything is stored).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    // 0 = the routine as a whole, 1–6 = a step of the template
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('role', 'text')
    // the adopted version the sender read
    .addColumn('version_number', 'integer')
    // new | discussing | changed | no_action
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    // where it led: "version 3", a link to the change …
    .addColumn('change_ref', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_routine_idx')
    .on('feedback')
    .columns(['routine_id', 'created_at'])
    .execute();
}
