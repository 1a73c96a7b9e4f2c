import { Worker } from 'node:worker_threads';
import { ERROR_STATUS, type ErrorCode } from '../../contracts/errors';
import { AppError } from '../core/errors';

/** What a worker answers for one task (see tasks.ts). */
export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { message: string; code: string | null; details: unknown };
    };

/** What the app asks of its workers (the benchmark's "before" runs the same tasks inline). */
export interface TaskRunner {
  run<T>(task: string, input: unknown, transfer?: ArrayBuffer[]): Promise<T>;
  startedCount(task: string): number;
  close(): Promise<void>;
}

/** The app's worker: the tasks of tasks.ts (renders, the import's checks). */
export const CPU_WORKER_URL = new URL('./cpu-worker.mjs', import.meta.url);

export interface WorkerPoolOptions {
  /** The worker's entry file (plain JavaScript, see cpu-worker.mjs). */
  workerUrl: URL;
  /** Workers at most; they start on first use and are replaced when one dies. */
  size: number;
  /** A task running longer than this ends its worker and fails with a 500 (default 60 s). */
  timeoutMs?: number;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/**
 * CPU work (PDF, Word, card, diagram, the import's checks) off the event loop, in a few
 * worker threads, so a burst of exports does not stall answer saves. A task that fails
 * because of its input (the worker throws an AppError with a 4xx code) rejects with that
 * AppError; any other failure, a crash or a timeout rejects with a plain Error (the error
 * handler answers 500) and the worker is replaced, so the pool recovers by itself.
 */
export class WorkerPool implements TaskRunner {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private readonly started = new Map<string, number>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `task` on `input` in a worker; `transfer` moves buffers instead of copying them. */
  run<T>(task: string, input: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        task,
        input,
        transfer,
        resolve: resolve as (value: unknown) => void,
        reject,
      };
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** How many times `task` was handed to a worker (tests prove a cache hit renders nothing). */
  startedCount(task: string): number {
    return this.started.get(task) ?? 0;
  }

  /** Ends every worker; queued tasks fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool is closed'));
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker =
        this.idle.pop() ?? (this.workers.size < this.options.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      this.started.set(job.task, this.startedCount(job.task) + 1);
      job.timer = setTimeout(() => {
        this.fail(worker, new Error(`task ${job.task} timed out`));
        void worker.terminate();
      }, this.options.timeoutMs ?? 60_000);
      try {
        worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.transfer);
      } catch (err) {
        // The input cannot be copied to a thread (nested too deeply): the worker stays idle.
        clearTimeout(job.timer);
        this.busy.delete(worker);
        this.idle.push(worker);
        job.reject(new TaskInputError(job.task, err));
      }
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.workerUrl);
    // An idle worker does not keep the process alive; close() ends it on shutdown.
    worker.unref();
    this.workers.add(worker);
    worker.on('message', (reply: TaskReply) => {
      const job = this.busy.get(worker);
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(toError(job.task, reply.error));
      this.dispatch();
    });
    worker.on('error', (err) => this.fail(worker, err));
    worker.on('exit', (code) => {
      this.fail(worker, new Error(`the worker running the task stopped (exit code ${code})`));
    });
    return worker;
  }

  /** A worker died or hung: its task fails with a 500, and a new worker takes the queue. */
  private fail(worker: Worker, cause: Error): void {
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    this.workers.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    if (job) {
      clearTimeout(job.timer);
      job.reject(new Error(`task ${job.task} failed: ${cause.message}`, { cause }));
    }
    if (!this.closed) this.dispatch();
  }
}

/** A task's input could not be handed to a worker (a structured clone failed, e.g. too deep). */
export class TaskInputError extends Error {
  constructor(task: string, cause: unknown) {
    super(`the input of task ${task} cannot be copied to a worker`, { cause });
  }
}

function toError(task: string, error: Extract<TaskReply, { ok: false }>['error']): Error {
  const code = error.code as ErrorCode | null;
  if (code && code in ERROR_STATUS && ERROR_STATUS[code] < 500) {
    return new AppError(code, error.message, error.details);
  }
  return new Error(`task ${task} failed: ${error.message}`);
}
