import type { Kysely } from 'kysely';

/**
 * Regions (issue 18, "Regional overview"): a region groups collaborations that opt in; its own
 * members, the regional coordinators, see aggregates of those collaborations and nothing
 * else. Regional coordinators invite others by an e-mail-bound single-use link.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('region_members')
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_members_pk', ['region_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('region_members_user_idx')
    .on('region_members')
    .column('user_id')
    .execute();
  await db.schema
    .createTable('region_collaborations')
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('joined_by', 'text')
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('region_collaborations_pk', ['region_id', 'collaboration_id'])
    .execute();
  await db.schema
    .createIndex('region_collaborations_collaboration_idx')
    .on('region_collaborations')
    .column('collaboration_id')
    .execute();
  await db.schema
    .createTable('region_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text')
    .execute();
}
