import type { Kysely } from 'kysely';

/**
 * Collaborations, memberships, routines, answers, the audit trail and sign-in failures.
 * Times are ISO 8601 UTC text and dates ISO YYYY-MM-DD text on both databases, so values
 * read back identically (canonical JSON and hashes depend on that).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('collaborations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['collaboration_id', 'user_id'])
    .execute();
  await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('routines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('main_rule', 'text')
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('routines_collaboration_idx')
    .on('routines')
    .column('collaboration_id')
    .execute();

  await db.schema
    .createTable('answers')
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['routine_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_collaboration_at_idx')
    .on('audit_events')
    .columns(['collaboration_id', 'at'])
    .execute();

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_email_at_idx')
    .on('sign_in_failures')
    .columns(['email', 'at'])
    .execute();
}
