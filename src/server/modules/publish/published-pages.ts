import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import { onPublishedChange, readPublishStamp } from '../../db/publish-stamp';
import type { DB } from '../../db/schema';

/**
 * The public adopted page of a slug and language, ready to send by the fast path
 * (published-fast-path.ts): raw, gzip and brotli bytes and every header of the 200s and the
 * 304, computed once.
 */
export interface ReadyPage {
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** headers of the 200 per encoding, and of the 304: [name, value, …, 'x-request-id', slot] */
  headers: { raw: string[]; gzip: string[]; br: string[] };
  notModified: string[];
}

/**
 * The ready pages of this process, and when they may be served. A page is kept with the publish
 * stamp read before it was resolved, and served only while no change newer than that stamp is
 * known (`floor`):
 * - this process's writes tell it at once (`touchPublished`, with the new stamp, before the
 *   commit: a page read meanwhile carries the old stamp and is not kept);
 * - with Redis, the other processes' writes arrive as a message with their stamp
 *   (`connectPublishedInvalidation`); while that channel is down nothing is served from here;
 * - and the shared stamp is read at most every `stampIntervalMs` (without Redis, how another
 *   process's change is seen; with Redis, a backstop).
 */
export class PublishedPages {
  private readonly entries = new Map<string, { page: ReadyPage; stamp: number }>();
  /** The newest change this process knows of: pages resolved before it are not served. */
  private floor = 0;
  /** When this process learnt of a change it has not yet read committed (see refresh). */
  private floorAheadSince: number | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<void> | null = null;
  private active = true;
  private readonly unsubscribe: () => void;
  /** Set by connectPublishedInvalidation: tells the other processes. */
  broadcast: ((stamp: number) => void) | null = null;
  /** Answers of the fast path since start, for the metrics. */
  readonly served = { ok: 0, notModified: 0 };

  constructor(
    private readonly db: Kysely<DB>,
    private readonly stampIntervalMs: number,
    private readonly capacity = 500,
  ) {
    this.unsubscribe = onPublishedChange((stamp) => {
      this.changed(stamp);
      this.broadcast?.(stamp);
    });
  }

  /** A change with this stamp, here or in another process: drop every page resolved before it. */
  changed(stamp: number): void {
    this.entries.clear();
    if (stamp > this.floor) {
      this.floor = stamp;
      this.floorAheadSince = performance.now();
    }
  }

  /** True when the shared stamp is due to be read before the next page is served. */
  get isStampDue(): boolean {
    return performance.now() - this.checkedAt >= this.stampIntervalMs;
  }

  /** Reads the shared stamp (one read at a time; callers arriving meanwhile share it). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readStamp().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async readStamp(): Promise<void> {
    this.checkedAt = performance.now();
    const stamp = await this.stamp();
    if (stamp > this.floor) {
      // Another process changed something and no message said so.
      this.changed(stamp);
      this.floorAheadSince = null;
    } else if (stamp === this.floor) {
      this.floorAheadSince = null;
    } else if (
      this.floorAheadSince !== null &&
      performance.now() - this.floorAheadSince > ROLLED_BACK_AFTER_MS
    ) {
      // A change announced long ago never committed (its transaction rolled back).
      this.floor = stamp;
      this.floorAheadSince = null;
    }
  }

  /** The shared stamp now: read before resolving a page that may be offered. */
  stamp(): Promise<number> {
    return readPublishStamp(this.db);
  }

  /** The ready page, if there is one that may be served now (no I/O). */
  peek(slug: string, lang: string): ReadyPage | undefined {
    if (!this.active) return undefined;
    const entry = this.entries.get(`${lang}/${slug}`);
    return entry && entry.stamp >= this.floor ? entry.page : undefined;
  }

  /** Keeps a page resolved under `stamp` (read before it was resolved), unless a change came since. */
  offer(slug: string, lang: string, page: ReadyPage, stamp: number): void {
    if (!this.active || stamp < this.floor) return;
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(`${lang}/${slug}`, { page, stamp });
  }

  /** Serving on or off (off while the cross-process channel is down); off forgets every page. */
  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  close(): void {
    this.unsubscribe();
    this.broadcast = null;
  }
}

/** A change announced but not committed for this long was rolled back. */
const ROLLED_BACK_AFTER_MS = 10_000;

/**
 * Several processes (REDIS_URL): every change is published on one channel with its stamp and
 * applied by every process before its next request. Serving from memory starts once the
 * subscription is up and stops whenever the subscriber loses Redis (a message may be lost).
 */
export async function connectPublishedInvalidation(
  pages: PublishedPages,
  redis: Redis,
  channel: string,
  onError: (err: Error) => void,
): Promise<{ close: () => Promise<void> }> {
  pages.setActive(false);
  const subscriber = redis.duplicate();
  subscriber.on('error', onError);
  subscriber.on('close', () => pages.setActive(false));
  subscriber.on('message', (received: string, stamp: string) => {
    if (received === channel) pages.changed(Number(stamp));
  });
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(
      // Changes made while the channel was down are read from the shared stamp first.
      () => pages.refresh().then(() => pages.setActive(true), onError),
      (err: Error) => onError(err),
    );
  });
  pages.broadcast = (stamp) => {
    redis.publish(channel, String(stamp)).catch(onError);
  };
  return {
    close: async () => {
      pages.broadcast = null;
      pages.setActive(false);
      await subscriber.quit().catch(() => {});
    },
  };
}

/** Which body to send: brotli, gzip or none (q-values are not weighed). */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | 'raw' {
  if (!acceptEncoding) return 'raw';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/i.test(acceptEncoding)) return 'gzip';
  return 'raw';
}
