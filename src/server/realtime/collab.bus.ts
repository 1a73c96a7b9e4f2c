import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

/** A note every app process hears: a member changed or left, or a routine must be stored now. */
export type BusEvent =
  | { type: 'membership'; collaborationId: string; userId: string }
  | { type: 'flush'; documentName: string; requestId: string; from: string }
  | { type: 'flushed'; requestId: string; to: string };

const CHANNEL = 'samrutin:collab';

/**
 * The app processes' own channel beside Hocuspocus's document channels: in-process without
 * Redis, Redis pub/sub with it (each process hears every event, its own too).
 */
export class CollabBus {
  readonly id = crypto.randomUUID();
  private readonly local = new EventEmitter();
  private pub: Redis | null = null;
  private sub: Redis | null = null;
  private readonly waiting = new Map<
    string,
    { received: number; expected: number; check: () => void }
  >();

  constructor(redisUrl: string | null) {
    if (redisUrl) {
      const options = { disableClientInfo: true, lazyConnect: false, maxRetriesPerRequest: 3 };
      this.pub = new Redis(redisUrl, options);
      this.sub = new Redis(redisUrl, options);
      this.sub.on('message', (_channel: string, text: string) => this.deliver(text));
      // Redis down must not stop the app (/readyz reports it): errors are ioredis's reconnects,
      // and every (re)connection subscribes again.
      this.pub.on('error', () => {});
      this.sub.on('error', () => {});
      this.sub.on('ready', () => void this.sub?.subscribe(CHANNEL).catch(() => {}));
    }
  }

  async start(): Promise<void> {
    if (this.sub) await this.sub.subscribe(CHANNEL).catch(() => {});
  }

  on(listener: (event: BusEvent) => void): void {
    this.local.on('event', listener);
  }

  /** Publishes to every process; resolves with how many processes heard it. */
  async publish(event: BusEvent): Promise<number> {
    if (!this.pub) {
      queueMicrotask(() => this.local.emit('event', event));
      return 1;
    }
    return this.pub.publish(CHANNEL, JSON.stringify(event)).catch(() => 0);
  }

  private deliver(text: string): void {
    let event: BusEvent;
    try {
      event = JSON.parse(text) as BusEvent;
    } catch {
      return;
    }
    if (event.type === 'flushed') {
      if (event.to !== this.id) return;
      const w = this.waiting.get(event.requestId);
      if (w) {
        w.received += 1;
        w.check();
      }
      return;
    }
    this.local.emit('event', event);
  }

  /** Asks every other process to store a routine's document now, and waits (at most timeoutMs). */
  async flushEverywhere(documentName: string, timeoutMs = 2000): Promise<void> {
    if (!this.pub) return;
    const requestId = crypto.randomUUID();
    await new Promise<void>((resolve) => {
      const entry = {
        received: 0,
        expected: Number.POSITIVE_INFINITY,
        check: () => {
          if (entry.received < entry.expected) return;
          clearTimeout(timer);
          this.waiting.delete(requestId);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        resolve();
      }, timeoutMs);
      this.waiting.set(requestId, entry);
      // Every process hears it, this one too; this one does not answer.
      void this.publish({ type: 'flush', documentName, requestId, from: this.id }).then((heard) => {
        entry.expected = heard - 1;
        entry.check();
      });
    });
  }

  async answerFlush(requestId: string, to: string): Promise<void> {
    await this.publish({ type: 'flushed', requestId, to });
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
    await Promise.all([this.pub?.quit(), this.sub?.quit()]);
  }
}
