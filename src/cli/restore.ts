import { loadConfig } from '../server/config';
import { restoreDatabase } from '../server/db/backup';

/** `npm run restore -- <file>`: restores a backup into an empty database (DATABASE_URL / DATA_DIR). */
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run restore -- <file>');
  process.exit(2);
}
try {
  await restoreDatabase(loadConfig(), file);
  console.log(`Restored ${file}. Start the app (npm start): pending migrations run then.`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
