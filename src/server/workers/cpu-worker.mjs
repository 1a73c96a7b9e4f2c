// The worker thread's entry: plain JavaScript, so it starts the same way under `npm start`
// (tsx), vitest and the benchmarks; it loads the TypeScript tasks through tsx's own API.
import { tsImport } from 'tsx/esm/api';

const { serveTasks } = await tsImport('./tasks.ts', import.meta.url);
serveTasks();
