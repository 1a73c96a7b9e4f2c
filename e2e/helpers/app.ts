import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';
import type { Clock } from '../../src/server/core/context';

export interface RunningApp {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:43117 */
  baseUrl: string;
  close: () => Promise<void>;
}

const WEB_INDEX = path.resolve('dist/web/index.html');

/** Starts the whole app in this process on a free port, with a fresh in-memory database. */
export async function startApp(
  options: { env?: Record<string, string>; clock?: Clock } = {},
): Promise<RunningApp> {
  if (!fs.existsSync(WEB_INDEX)) {
    throw new Error(`No built client at ${WEB_INDEX}: run \`npm run build\` (vite build) first.`);
  }
  const app = await buildApp(
    loadConfig({
      DATA_DIR: ':memory:',
      SAMRUTIN_DEMO: '0',
      LOG_LEVEL: 'silent',
      PORT: '0',
      NODE_ENV: 'test',
      ...options.env,
    }),
    options.clock ? { clock: options.clock } : {},
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}
