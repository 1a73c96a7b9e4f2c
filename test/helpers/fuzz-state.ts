import { type Kysely, sql } from 'kysely';

/**
 * A cheap digest of everything a request could change in collaborations and routines, for
 * the fuzz's "a refused request changes nothing" check (test/integration/fuzz.test.ts): one
 * SQL statement that folds each table's rows into a text (a sum of row hashes on PostgreSQL), so it can
 * run before and after every refused write. Tables come from the database itself: one added
 * later is covered without anyone remembering to.
 */

/** What a refusal may legitimately write: sessions, failed sign-ins, the migrator's own. */
const NOT_STATE = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'session',
  'account',
  'verification',
  'sign_in_failures',
]);
/**
 * Append-only (a trigger refuses UPDATE and DELETE) and large: its row count is enough. Rows
 * of no collaboration (a failed sign-in is audited) are the account's, not shared state; a
 * sign-off refused for a wrong password is audited in the collaboration on purpose
 * (sign-offs.service.ts: the signing form must not become a quiet way to guess passwords).
 */
const COUNTED: Record<string, string> = {
  audit_events: "collaboration_id is not null and action <> 'sign_off.reauth_failed'",
};

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

export type Digest = Record<string, string>;

/** Builds the digest function for one database (reads its tables once). */
export async function stateDigester(
  db: Kysely<unknown>,
  dialect: 'sqlite' | 'postgres',
): Promise<() => Promise<Digest>> {
  const tables = (await db.introspection.getTables()).filter((t) => !NOT_STATE.has(t.name));
  const parts = tables.map((t) => {
    const name = quoteName(t.name);
    if (t.name in COUNTED)
      return `(select count(*) from ${name} where ${COUNTED[t.name]}) as ${name}`;
    if (dialect === 'postgres') {
      // A sum of row hashes: no sort, and the same whatever order the rows come in.
      return `(select count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) from ${name} x) as ${name}`;
    }
    // quote() spells every value (blobs too) as an SQL literal: a row is their list.
    const row = t.columns.map((c) => `quote(${quoteName(c.name)})`).join(` || ',' || `);
    return `(select coalesce(group_concat(r, '|'), '') from (select ${row} as r from ${name} order by r)) as ${name}`;
  });
  const query = sql.raw(`select ${parts.join(', ')}`);
  return async () => {
    const { rows } = await query.execute(db);
    return Object.fromEntries(
      Object.entries(rows[0] as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
  };
}

/** The tables whose digest differs. */
export const changedTables = (before: Digest, after: Digest) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => before[k] !== after[k],
  );
