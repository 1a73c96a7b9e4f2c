import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { seedDemoIfEmpty } from '../server/db/seed-demo';
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
  const shutdown = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
