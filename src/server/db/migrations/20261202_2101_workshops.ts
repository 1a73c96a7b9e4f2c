import { type Kysely, sql } from 'kysely';

/**
 * Workshop mode (issue 17): a coordinator's meeting over some of a routine's questions.
 * What must outlive the meeting lives here (docs/adr/0020): the workshop and its join code,
 * who took part (guests anonymised when it ends), each question's phase and outcome (agreed
 * text, tally, parked), the private drafts and the votes (one per participant, question and
 * round: a vote is counted once by the key), and the action proposals with their decision.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('collaboration_id', 'text', (c) =>
      c.notNull().references('collaborations.id').onDelete('cascade'),
    )
    .addColumn('routine_id', 'text', (c) =>
      c.notNull().references('routines.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('question_ids', 'text', (c) => c.notNull())
    .addColumn('allow_guests', 'integer', (c) => c.notNull())
    .addColumn('seconds_per_question', 'integer')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('current_question_id', 'text')
    .addColumn('current_started_at', 'text')
    .execute();
  // A code names one open workshop; an ended one frees its code.
  await db.schema
    .createIndex('workshops_open_code_uq')
    .on('workshops')
    .column('code')
    .unique()
    .where(sql<boolean>`state = 'open'`)
    .execute();
  await db.schema
    .createIndex('workshops_routine_idx')
    .on('workshops')
    .column('routine_id')
    .execute();

  await db.schema
    .createTable('workshop_participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('token_hash', 'text')
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('anonymised_at', 'text')
    .execute();
  await db.schema
    .createIndex('workshop_participants_user_uq')
    .on('workshop_participants')
    .columns(['workshop_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('workshop_participants_token_uq')
    .on('workshop_participants')
    .column('token_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('workshop_questions')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('proposed_text', 'text')
    .addColumn('agreed_text', 'text')
    .addColumn('agreed_at', 'text')
    .addColumn('agreed_count', 'integer')
    .addColumn('participant_count', 'integer')
    .addColumn('block_count', 'integer')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('workshop_questions_pk', ['workshop_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('workshop_drafts')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('workshop_participants.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_drafts_pk', ['workshop_id', 'question_id', 'participant_id'])
    .execute();

  await db.schema
    .createTable('workshop_votes')
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('workshop_participants.id').onDelete('cascade'),
    )
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_votes_pk', [
      'workshop_id',
      'question_id',
      'round',
      'participant_id',
    ])
    .execute();

  await db.schema
    .createTable('workshop_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) =>
      c.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'text', (c) =>
      c.notNull().references('workshop_participants.id').onDelete('cascade'),
    )
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema
    .createIndex('workshop_proposals_workshop_idx')
    .on('workshop_proposals')
    .column('workshop_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'workshop_proposals',
    'workshop_votes',
    'workshop_drafts',
    'workshop_questions',
    'workshop_participants',
    'workshops',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
