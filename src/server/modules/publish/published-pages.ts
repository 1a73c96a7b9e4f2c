import type { Kysely } from 'kysely';
import { onPublishedChange, readPublishStamp } from '../../db/publish-stamp';
import type { DB } from '../../db/schema';

/**
 * The hot path of `/r/:slug`: the public adopted page of a slug and language, ready to send —
 * raw, gzip and brotli bytes and their headers, computed once. A hit costs no query: entries
 * are dropped at once when this process adopts, changes visibility, status or slug (see
 * publish-stamp.ts), and when the shared stamp moved (another process did), which is read at
 * most once per `stampIntervalMs`.
 */
export interface ReadyPage {
  etag: string;
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** headers of the 200, per encoding, and of the 304 */
  headers: {
    raw: Record<string, string>;
    gzip: Record<string, string>;
    br: Record<string, string>;
  };
  notModified: Record<string, string>;
}

export class PublishedPages {
  private readonly entries = new Map<string, ReadyPage>();
  private generation = 0;
  private stamp = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly stampIntervalMs: number,
    private readonly capacity = 500,
  ) {
    this.unsubscribe = onPublishedChange(() => this.clear());
  }

  private clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** The page, or undefined (not ready: the ordinary path answers and may `offer` it). */
  async get(slug: string, lang: string): Promise<ReadyPage | undefined> {
    const now = performance.now();
    if (now - this.checkedAt >= this.stampIntervalMs) {
      this.checkedAt = now;
      const stamp = await readPublishStamp(this.db);
      if (stamp !== this.stamp) {
        this.stamp = stamp;
        this.clear();
      }
    }
    return this.entries.get(`${lang}/${slug}`);
  }

  /** A token to pass to `offer`: a page resolved before a change is not kept after it. */
  get token(): number {
    return this.generation;
  }

  offer(slug: string, lang: string, page: ReadyPage, token: number): void {
    if (token !== this.generation) return;
    if (this.entries.size >= this.capacity) this.entries.clear();
    this.entries.set(`${lang}/${slug}`, page);
  }

  close(): void {
    this.unsubscribe();
  }
}

/** Which body to send: brotli, gzip or none (q-values are not weighed). */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | 'raw' {
  if (!acceptEncoding) return 'raw';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/i.test(acceptEncoding)) return 'gzip';
  return 'raw';
}
