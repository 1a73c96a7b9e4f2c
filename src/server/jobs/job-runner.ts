import type { Kysely } from 'kysely';
import type { Clock } from '../core/context';
import type { Dialect } from '../db/database';
import type { DB } from '../db/schema';
import { claimNextJob, completeJob, failJob, insertJobOnce, type JobRow } from './jobs.repository';

/**
 * A small job queue in the app's own database (docs/adr/0018): works on SQLite alone and with
 * several processes on one PostgreSQL, each job run by exactly one of them. Jobs survive a
 * restart (they are rows); a failed attempt is retried with exponential backoff and, after
 * the last attempt, stays `failed` with its error for the coordinators to see.
 *
 * Using it from a module:
 *
 *   runner.register('retention.prune', async (payload, job) => { … }, { maxAttempts: 3 });
 *   runner.schedule('retention', async (now) => {
 *     await runner.enqueue({ kind: 'retention.prune', dedupeKey: `retention:${day(now)}`, payload: {} });
 *   });
 *
 * A schedule runs on every tick of every process; the dedupe key makes the enqueue happen
 * once (a unique index), so a schedule only says which jobs should exist by now.
 *
 * Delivery is exactly once while processes are alive; a process that dies after sending and
 * before recording "done" leaves a job whose lease runs out and is run again (at least once).
 */

export interface JobHandlerOptions {
  /** attempts before the job is left `failed` (default 5) */
  maxAttempts?: number;
  /** first retry after this many ms; doubled each time (default 1 minute) */
  backoffMs?: number;
  /** how long one attempt may hold the job before another process may take it (default 10 min) */
  leaseMs?: number;
}

export type JobHandler = (payload: unknown, job: JobRow) => Promise<void>;
export type Schedule = (now: Date) => Promise<void>;

export interface EnqueueInput {
  kind: string;
  /** one job per key, ever: the same reminder scheduled twice is inserted once */
  dedupeKey: string;
  payload: unknown;
  /** ISO time; now when absent */
  runAt?: string;
  /** the collaboration it concerns (its coordinators see it when it fails) */
  collaborationId?: string | null;
}

interface Registered {
  handler: JobHandler;
  options: Required<JobHandlerOptions>;
}

const DEFAULTS: Required<JobHandlerOptions> = {
  maxAttempts: 5,
  backoffMs: 60_000,
  leaseMs: 10 * 60_000,
};

export class JobRunner {
  private readonly handlers = new Map<string, Registered>();
  private readonly schedules = new Map<string, Schedule>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  readonly workerId = crypto.randomUUID();

  constructor(
    private readonly env: {
      db: Kysely<DB>;
      dialect: Dialect;
      clock: Clock;
      log?: (message: string, error?: unknown) => void;
    },
  ) {}

  /** Registers the handler of a job kind (once per kind). */
  register(kind: string, handler: JobHandler, options: JobHandlerOptions = {}): void {
    if (this.handlers.has(kind)) throw new Error(`Job kind "${kind}" is registered twice.`);
    this.handlers.set(kind, { handler, options: { ...DEFAULTS, ...options } });
  }

  /** Registers a schedule: run on every tick, it enqueues the jobs that are due by now. */
  schedule(name: string, schedule: Schedule): void {
    if (this.schedules.has(name)) throw new Error(`Schedule "${name}" is registered twice.`);
    this.schedules.set(name, schedule);
  }

  /** Adds a job unless its dedupe key exists; true when this call added it. */
  async enqueue(input: EnqueueInput, db: Kysely<DB> = this.env.db): Promise<boolean> {
    const registered = this.handlers.get(input.kind);
    if (!registered) throw new Error(`Job kind "${input.kind}" is not registered.`);
    const now = this.env.clock.now().toISOString();
    return insertJobOnce(db, {
      id: crypto.randomUUID(),
      kind: input.kind,
      dedupeKey: input.dedupeKey,
      payload: JSON.stringify(input.payload ?? null),
      status: 'pending',
      runAt: input.runAt ?? now,
      attempts: 0,
      maxAttempts: registered.options.maxAttempts,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      collaborationId: input.collaborationId ?? null,
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * One tick: every schedule, then due jobs until none is left (or `limit` ran). Returns how
   * many jobs ran. Ticks of one process never overlap.
   */
  async tick(limit = 100): Promise<number> {
    while (this.running) await this.running.catch(() => {});
    const work = this.runTick(limit);
    this.running = work;
    try {
      return await work;
    } finally {
      this.running = null;
    }
  }

  private async runTick(limit: number): Promise<number> {
    const now = this.env.clock.now();
    for (const [name, schedule] of this.schedules) {
      try {
        await schedule(now);
      } catch (error) {
        this.env.log?.(`schedule ${name} failed`, error);
      }
    }
    let ran = 0;
    while (ran < limit && (await this.runOne())) ran += 1;
    return ran;
  }

  /** Claims and runs one due job; false when none is due. */
  async runOne(): Promise<boolean> {
    const now = this.env.clock.now();
    const leaseMs = Math.max(...[...this.handlers.values()].map((h) => h.options.leaseMs), 0);
    const job = await claimNextJob(this.env.db, this.env.dialect, {
      workerId: this.workerId,
      now: now.toISOString(),
      lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
      kinds: [...this.handlers.keys()],
    });
    if (!job) return false;
    const registered = this.handlers.get(job.kind)!;
    try {
      await registered.handler(JSON.parse(job.payload), job);
      await completeJob(this.env.db, job.id, this.workerId, this.env.clock.now().toISOString());
    } catch (error) {
      const at = this.env.clock.now();
      const retry = job.attempts < job.maxAttempts;
      const delay = registered.options.backoffMs * 2 ** (job.attempts - 1);
      await failJob(this.env.db, job.id, this.workerId, {
        now: at.toISOString(),
        error: error instanceof Error ? error.message : String(error),
        retryAt: retry ? new Date(at.getTime() + delay).toISOString() : null,
      });
      this.env.log?.(`job ${job.kind} ${job.id} failed (attempt ${job.attempts})`, error);
    }
    return true;
  }

  /** Ticks every `intervalMs` until stop(); the first tick soon after start. */
  start(intervalMs: number): void {
    if (this.timer || intervalMs <= 0) return;
    const loop = () => {
      this.tick()
        .catch((error) => this.env.log?.('job tick failed', error))
        .finally(() => {
          if (this.timer) {
            this.timer = setTimeout(loop, intervalMs);
            this.timer.unref();
          }
        });
    };
    this.timer = setTimeout(loop, Math.min(intervalMs, 1_000));
    this.timer.unref();
  }

  /** Stops ticking and waits for a tick in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => {});
  }
}
