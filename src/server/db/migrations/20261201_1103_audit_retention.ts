import { type Kysely, sql } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Audit rows stay append-only, with one exception: the retention rule (docs/operations.md)
 * prunes failed sign-in events after 90 days. UPDATE and TRUNCATE stay refused, and so does
 * DELETE of every other kind of event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`
      create or replace function audit_events_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and old.action = 'auth.sign_in_failed' then
          return old;
        end if;
        raise exception 'audit_events is append-only';
      end
      $$`.execute(db);
    return;
  }
  await sql`drop trigger audit_events_no_delete`.execute(db);
  await sql`
    create trigger audit_events_no_delete before delete on audit_events
    when old.action <> 'auth.sign_in_failed'
    begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
}
