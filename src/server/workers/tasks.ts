import { parentPort } from 'node:worker_threads';
import { ERROR_STATUS } from '../../contracts/errors';
import { renderDiagramSvg } from '../../domain/render/diagram-svg';
import { renderMarkdown } from '../../domain/render/markdown';
import type { RenderModel } from '../../domain/render/model';
import type { AppError } from '../core/errors';
import { buildCardPdf } from '../modules/exports/card';
import { buildRoutineDocx } from '../modules/exports/docx';
import { checkImportDocument } from '../modules/exports/import-checks';
import { buildRoutinePdf } from '../modules/exports/pdf';
import type { TaskReply } from './worker-pool';

/** A file's bytes, moved (not copied) back to the main thread. */
const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const text = (s: string) => new TextEncoder().encode(s);

/**
 * The tasks a worker thread runs, by name. Renders take the plain render model and answer
 * the file's bytes; `import-check` takes a parsed export.json and answers its problems and the
 * suspected personal numbers in its free texts (import.service.ts).
 */
export const TASKS = {
  pdf: async (model: RenderModel) => bytes(await buildRoutinePdf(model)),
  docx: async (model: RenderModel) => bytes(await buildRoutineDocx(model)),
  card: async (model: RenderModel) => bytes(await buildCardPdf(model)),
  svg: (model: RenderModel) => text(renderDiagramSvg(model.snapshot, model.meta.lang)),
  md: (model: RenderModel) => text(renderMarkdown(model)),
  'import-check': (body: unknown) => checkImportDocument(body),
} satisfies Record<string, (input: never) => unknown>;

export type TaskName = keyof typeof TASKS;
export type RenderTask = Exclude<TaskName, 'import-check'>;

type AnyTask = (input: unknown) => unknown;

const isAppError = (err: unknown): err is AppError =>
  err instanceof Error &&
  typeof (err as AppError).code === 'string' &&
  (err as AppError).code in ERROR_STATUS;

/** Answers the pool's messages with `tasks` (a test passes its own to make one fail). */
export function serveTasks(tasks: Record<string, AnyTask> = TASKS as Record<string, AnyTask>) {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', async (message: { id: number; task: string; input: unknown }) => {
    let reply: TaskReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const run = tasks[message.task];
      if (!run) throw new Error(`no task ${message.task}`);
      const value = await run(message.input);
      if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer) {
        transfer = value.byteLength === value.buffer.byteLength ? [value.buffer] : [];
      }
      reply = { id: message.id, ok: true, value };
    } catch (err) {
      reply = {
        id: message.id,
        ok: false,
        error: {
          message: err instanceof Error ? err.message : String(err),
          // An AppError by its shape: a test's worker may load the class a second time.
          code: isAppError(err) ? err.code : null,
          details: isAppError(err) ? err.details : undefined,
        },
      };
    }
    port.postMessage(reply, transfer);
  });
}
