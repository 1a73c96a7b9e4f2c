import { type Kysely, sql } from 'kysely';
import type { DB } from './schema';

/**
 * "What a published page shows may have changed": adoption, visibility, status or slug of a
 * routine. Writers call `touchPublished(trx)` in the transaction of the change; it increments
 * the shared counter and tells this process's page caches at once, with the new value (a page
 * resolved under an older value is not kept: see modules/publish/published-pages.ts). With
 * Redis the published-pages module passes the value on to the other processes.
 * It lives in db/ beside revision.ts and limits.ts: a helper every writing module calls inside
 * its transaction (routines, versions), read by the published pages (modules/publish).
 */
type Listener = (stamp: number) => void;
const listeners = new Set<Listener>();

export async function touchPublished(db: Kysely<DB>): Promise<void> {
  const row = await db
    .updateTable('publishStamps')
    .set({ stamp: sql`stamp + 1` })
    .where('id', '=', 1)
    .returning('stamp')
    .executeTakeFirst();
  const stamp = Number(row?.stamp ?? 0);
  for (const listener of listeners) listener(stamp);
}

/** Subscribes to this process's changes; returns the unsubscribe function. */
export function onPublishedChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function readPublishStamp(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('publishStamps')
    .select('stamp')
    .where('id', '=', 1)
    .executeTakeFirst();
  return Number(row?.stamp ?? 0);
}
