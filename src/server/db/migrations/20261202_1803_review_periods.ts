import type { Kysely } from 'kysely';

/**
 * Review periods (uppföljningar, issue 18): per routine, a period's indicator values, its
 * review meeting (date, organisations present, decisions), and when a revision was started
 * from it. Revisioned records; lists and dates are JSON / ISO text as elsewhere.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    // JSON: [{ indicator, value }]
    .addColumn('indicator_values', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text')
    // JSON: actor ids of the organisations at the review meeting
    .addColumn('present_actor_ids', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    // set once by "Starta revidering": when, by whom, and the adopted version being revised
    .addColumn('revision_started_at', 'text')
    .addColumn('revision_of_version', 'integer')
    .addColumn('revision_started_by', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('review_periods_routine_idx')
    .on('review_periods')
    .columns(['routine_id', 'period_end'])
    .execute();
}
