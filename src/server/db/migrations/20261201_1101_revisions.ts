import type { Kysely } from 'kysely';

/**
 * Optimistic concurrency for the records that had none: the routine's own fields
 * (title, main rule, visibility), the collaboration (name, area) and memberships (role,
 * organisation). Every existing row starts at revision 1.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['routines', 'collaborations', 'memberships']) {
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
}
