import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { seedDemoIfEmpty } from './seed-demo';
import { ensureWebBuild } from './web-build';

/** `npm start`: build the client when missing or stale, migrate, seed the demo, serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.webDist) await ensureWebBuild(config.webDist);
  const app = await buildApp(config);
  if (config.demo) {
    const demo = await seedDemoIfEmpty(app);
    if (demo) {
      // Printed once, on the database's first start.
      console.log(
        `\nDemo: samverkan "${demo.collaborationName}" with the routine "${demo.routineTitle}".\n` +
          `Sign in as ${demo.email} with the password ${demo.password}\n`,
      );
    }
  }
  await app.listen({ port: config.port, host: config.host });
  app.jobs.start(config.jobsIntervalSeconds * 1000);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests');
    // Whatever hangs, the process is gone within SHUTDOWN_GRACE_MS (the orchestrator's
    // SIGKILL usually follows after 10 s anyway).
    setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // app.close(): stops listening, answers new requests 503, waits for the running ones,
    // then the onClose hooks close real-time documents, Redis and the database.
    await app.close();
    app.log.info('shut down cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

const SHUTDOWN_GRACE_MS = 9_000;

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
