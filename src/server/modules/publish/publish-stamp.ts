import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { findPublishStamp, incrementPublishStamp } from './publish.repository';

/**
 * "What a published page shows may have changed": adoption, visibility, status or slug of a
 * routine. Writers call `touchPublished(trx)` in the transaction of the change; it increments
 * the shared counter (for other processes) and tells this process's page caches at once.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export async function touchPublished(db: Kysely<DB>): Promise<void> {
  for (const listener of listeners) listener();
  await incrementPublishStamp(db);
}

/** Subscribes to this process's changes; returns the unsubscribe function. */
export function onPublishedChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function readPublishStamp(db: Kysely<DB>): Promise<number> {
  return findPublishStamp(db);
}
