import type { Kysely } from 'kysely';

/**
 * Timeline, evaluation plan, frozen versions and sign-offs; comments; invitations.
 * Versions and sign-offs are append-only: no route updates or deletes them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('planned_date', 'text', (c) => c.notNull())
    .addColumn('done_date', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('milestones_routine_idx')
    .on('milestones')
    .column('routine_id')
    .execute();

  await db.schema
    .createTable('evaluation_plans')
    .addColumn('routine_id', 'text', (c) =>
      c.primaryKey().references('routines.id').onDelete('cascade'),
    )
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('indicators', 'text', (c) => c.notNull())
    .addColumn('responsible_actor_id', 'text', (c) => c.references('actors.id'))
    .addColumn('frequency_months', 'integer', (c) => c.notNull())
    .addColumn('next_review_date', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('routine_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('adopted_at', 'text')
    .addUniqueConstraint('routine_versions_number_uq', ['routine_id', 'number'])
    .execute();

  await db.schema
    .createTable('sign_offs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) =>
      c.notNull().references('routine_versions.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('representative_name', 'text', (c) => c.notNull())
    .addColumn('representative_title', 'text', (c) => c.notNull())
    .addColumn('decision_reference', 'text', (c) => c.notNull())
    .addColumn('signed_date', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'text', (c) => c.notNull())
    .addColumn('on_behalf', 'integer', (c) => c.notNull())
    .addColumn('version_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sign_offs_version_actor_uq', ['version_id', 'actor_id'])
    .execute();

  // The adopted (published) version, its date, and when the routine is next reviewed.
  await db.schema.alterTable('routines').addColumn('adopted_version', 'integer').execute();
  await db.schema.alterTable('routines').addColumn('adopted_at', 'text').execute();
  await db.schema.alterTable('routines').addColumn('next_review_date', 'text').execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('comments_routine_target_idx')
    .on('comments')
    .columns(['routine_id', 'target_type', 'target_id'])
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('invitations_collaboration_idx')
    .on('invitations')
    .column('collaboration_id')
    .execute();
}
