import type { Kysely } from 'kysely';

/** Who does what: actors and their contact paths, actions with handoffs, obstacles, knowledge bank. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('actors_collaboration_name_uq', ['collaboration_id', 'name'])
    .execute();

  await db.schema
    .createTable('contact_paths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('hours', 'text')
    .addColumn('always', 'integer', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_paths_actor_idx')
    .on('contact_paths')
    .column('actor_id')
    .execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('when_text', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('contact_path_id', 'text', (c) => c.references('contact_paths.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_entry_point', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('actions_routine_idx')
    .on('actions')
    .columns(['routine_id', 'step', 'position'])
    .execute();
  await db.schema.createIndex('actions_actor_idx').on('actions').column('actor_id').execute();
  await db.schema
    .createIndex('actions_contact_path_idx')
    .on('actions')
    .column('contact_path_id')
    .execute();

  await db.schema
    .createTable('action_handoffs')
    .addColumn('from_action_id', 'text', (c) =>
      c.notNull().references('actions.id').onDelete('cascade'),
    )
    .addColumn('to_action_id', 'text', (c) =>
      c.notNull().references('actions.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_handoffs_pk', ['from_action_id', 'to_action_id'])
    .execute();
  await db.schema
    .createIndex('action_handoffs_to_idx')
    .on('action_handoffs')
    .column('to_action_id')
    .execute();

  await db.schema
    .createTable('obstacles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('remedy', 'text')
    .addColumn('owner_actor_id', 'text', (c) => c.references('actors.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('obstacles_routine_idx')
    .on('obstacles')
    .columns(['routine_id', 'step'])
    .execute();

  await db.schema
    .createTable('knowledge_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('notes', 'text')
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('knowledge_items_collaboration_idx')
    .on('knowledge_items')
    .column('collaboration_id')
    .execute();

  /** A collaboration's choices about a national entry: hide it, or add a note. */
  await db.schema
    .createTable('knowledge_overrides')
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('resource_key', 'text', (c) => c.notNull())
    .addColumn('hidden', 'integer', (c) => c.notNull())
    .addColumn('annotation', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_overrides_pk', ['collaboration_id', 'resource_key'])
    .execute();
}
