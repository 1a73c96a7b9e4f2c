import { loadConfig } from '../server/config';
import { backupDatabase } from '../server/db/backup';

/** `npm run backup -- <file>`: a consistent backup of the database the app uses, while it runs. */
const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run backup -- <file>');
  process.exit(2);
}
try {
  await backupDatabase(loadConfig(), file);
  console.log(`Backup written to ${file}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
