import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Clock } from '../../core/context';
import type { DB } from '../../db/schema';
import { deleteFailedSignInsBefore } from './retention.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Prunes failed sign-in records and their audit rows older than `days` (default 90): they
 * exist to stop password guessing and to let an administrator see an attack, not to keep a
 * record of people's mistyped passwords. Everything else in the audit log is kept.
 */
export async function pruneFailedSignIns(db: Kysely<DB>, clock: Clock, days = 90) {
  const before = new Date(clock.now().getTime() - days * DAY_MS).toISOString();
  return db.transaction().execute((trx) => deleteFailedSignInsBefore(trx, before));
}

/**
 * Runs the pruning at start and then every six hours in this process (an unref'd timer, so it
 * never holds the process open). Running it in several processes at once is harmless: the
 * deletes are idempotent. A job table may take this over later.
 */
export function scheduleRetention(app: FastifyInstance, everyMs = 6 * 60 * 60 * 1000): void {
  const run = () =>
    pruneFailedSignIns(app.database.db, app.clock, app.config.operations.retentionFailedSignInDays)
      .then((n) => {
        if (n.failures + n.auditEvents > 0) app.log.info(n, 'retention: pruned failed sign-ins');
      })
      .catch((err) => app.log.warn({ err }, 'retention: pruning failed'));
  const timer = setInterval(run, everyMs);
  timer.unref();
  app.addHook('onReady', async () => void run());
  app.addHook('onClose', async () => clearInterval(timer));
}
