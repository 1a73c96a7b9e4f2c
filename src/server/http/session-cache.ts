import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  /**
   * Confirmed with the mailed link (matters only when SMTP_URL is set: email-verification.ts).
   * Every request's user has it; a service called outside a request (the demo seed) may not.
   */
  emailVerified?: boolean;
}

interface Entry {
  user: SessionUser;
  /** performance.now() after which the entry is looked up again. */
  until: number;
}

/**
 * The signed-in user of a session cookie, kept for a few seconds (issue 20: the session lookup
 * dominated an answer save). Keyed by a SHA-256 of the request's Cookie header, so no token is
 * held in memory. Ending a session must stay immediate, so every way a session ends or its
 * user changes forgets that user's entries at once: better-auth's database hooks (sign-out,
 * "end the other sessions", password reset or change, user update or deletion) and the
 * account deletion, which removes the sessions with the user row. With Redis the forget goes to
 * every process (`connectSessionInvalidation`); while that channel is down nothing is cached.
 * Only successful lookups are kept: a cookie that does not sign in is asked about every time.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by every forget: a lookup that overlapped one is not kept (it may be stale). */
  private generation = 0;
  private active: boolean;
  /** Set by connectSessionInvalidation: tells the other processes. */
  broadcast: ((userId: string) => void) | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {
    this.active = ttlMs > 0;
  }

  /** The cache key of a Cookie header. */
  static keyOf(cookieHeader: string): string {
    return createHash('sha256').update(cookieHeader).digest('base64url');
  }

  /** The cached user of a cookie, or the result of `load` (kept when it is a user). */
  async lookup(
    cookieHeader: string,
    load: () => Promise<{ user: SessionUser; expiresAt: Date } | null>,
  ): Promise<SessionUser | null> {
    if (!this.active) return (await load())?.user ?? null;
    const key = SessionCache.keyOf(cookieHeader);
    const now = performance.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.user;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const found = await load();
    if (!found) return null;
    if (generation === this.generation && this.active) {
      const sessionLeft = found.expiresAt.getTime() - Date.now();
      if (this.entries.size >= this.maxEntries) {
        // The oldest entry (a Map keeps insertion order).
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, { user: found.user, until: now + Math.min(this.ttlMs, sessionLeft) });
    }
    return found.user;
  }

  /** Forgets every cached session of the user here and, with Redis, in the other processes. */
  forgetUser(userId: string): void {
    this.forgetLocally(userId);
    this.broadcast?.(userId);
  }

  /** Forgets the user's sessions in this process only (a message from another process). */
  forgetLocally(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  /** Turns caching on or off (off while the cross-process channel is down); off forgets all. */
  setActive(active: boolean): void {
    this.active = active && this.ttlMs > 0;
    if (!this.active) {
      this.generation++;
      this.entries.clear();
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Several processes (REDIS_URL): a forget is published on one channel and applied by every
 * process. Caching starts once the subscription is up and stops whenever the subscriber loses
 * Redis, so a session ended in one process is never served from another's cache for longer
 * than the message takes to arrive.
 */
export async function connectSessionInvalidation(
  cache: SessionCache,
  redis: Redis,
  channel: string,
  onError: (err: Error) => void,
): Promise<{ close: () => Promise<void> }> {
  cache.setActive(false);
  const subscriber = redis.duplicate();
  subscriber.on('error', onError);
  subscriber.on('close', () => cache.setActive(false));
  subscriber.on('message', (received: string, userId: string) => {
    if (received === channel) cache.forgetLocally(userId);
  });
  // ioredis re-subscribes after a reconnect; caching resumes only then.
  subscriber.on('ready', () => {
    subscriber.subscribe(channel).then(
      () => cache.setActive(true),
      (err: Error) => onError(err),
    );
  });
  cache.broadcast = (userId) => {
    redis.publish(channel, userId).catch((err: Error) => {
      // Unsent: the other processes may still hold the session for up to their TTL.
      onError(err);
    });
  };
  return {
    close: async () => {
      cache.broadcast = null;
      cache.setActive(false);
      await subscriber.quit().catch(() => {});
    },
  };
}
