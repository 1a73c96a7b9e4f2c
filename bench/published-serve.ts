/**
 * Serves the published page of an adopted public routine (25 actors, 150 actions) until killed,
 * and prints its URL: for Lighthouse runs, traces and screenshots by hand.
 * `node --import tsx bench/published-serve.ts [port]`
 */
import { benchApp, benchUser } from './lib';
import { seedPublishedRoutine } from './seed';

const { app, close } = await benchApp();
const { userId } = await benchUser(app);
const { slug } = await seedPublishedRoutine(app.database.db, userId);
await app.listen({ port: Number(process.argv[2] ?? 0), host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
console.log(`http://127.0.0.1:${port}/r/${slug}`);
const stop = async () => {
  await close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
