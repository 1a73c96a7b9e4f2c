import type { Kysely } from 'kysely';

/**
 * The Händelselogg shows its summaries in the reader's language: each event keeps the
 * parameters of its sentence (JSON, e.g. {"name":"Polisen","step":3}) beside its kind
 * (`action`), and the client renders the sentence from its catalogue. Older events keep
 * only their English `summary`, which stays the fallback.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').addColumn('params', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_events').dropColumn('params').execute();
}
