import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrate';

/** `npm run db:migrate`: runs pending migrations and prints their names. */
const config = loadConfig();
const database = openDatabase(config);
try {
  const ran = await migrateToLatest(database.rawDb);
  console.log(ran.length ? `Migrated: ${ran.join(', ')}` : 'The database is up to date.');
} finally {
  await database.close();
}
