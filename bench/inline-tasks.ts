import { TASKS } from '../src/server/workers/tasks';
import type { TaskRunner } from '../src/server/workers/worker-pool';

/**
 * The app's tasks run on the main thread, as every render ran before the worker pool: the
 * benchmarks' "before" (pass as buildApp's `workers`).
 */
export function inlineTasks(): TaskRunner {
  const started = new Map<string, number>();
  return {
    async run<T>(task: string, input: unknown): Promise<T> {
      started.set(task, (started.get(task) ?? 0) + 1);
      const run = TASKS[task as keyof typeof TASKS] as (input: unknown) => unknown;
      return (await run(input)) as T;
    },
    startedCount: (task) => started.get(task) ?? 0,
    close: async () => {},
  };
}
