import type { Kysely } from 'kysely';
import type { DeleteAccount } from '../../../contracts/account';
import { isoNow, type ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import type { DB } from '../../db/schema';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteUser,
  findPersonalData,
  findSoleCoordinations,
  findSoleRegionCoordinations,
  lockCoordinatedBy,
} from './account.repository';

/** The signed-in user's own data as one JSON document. */
export async function exportPersonalData(ctx: ServiceContext, rawDb: Kysely<any>) {
  const data = await findPersonalData(ctx.db, rawDb, ctx.user.id, ctx.user.email.toLowerCase());
  return {
    format: 'samrutin.personal-data/1',
    exportedAt: isoNow(ctx.clock),
    ...data,
  };
}

/**
 * Deletes the signed-in user's account, after `verify` has re-authenticated them. Refused
 * (409 LAST_COORDINATOR, listing them) while they are the only coordinator of a collaboration
 * or the only regional coordinator of a region: somebody must be able to run it (invite one
 * first; for a region, an instance administrator can also appoint one by a new region). One transaction: memberships end, the user row goes, an
 * audit event (without the name) records it.
 */
export async function deleteOwnAccount(
  ctx: ServiceContext,
  input: DeleteAccount,
  verify: () => Promise<boolean>,
): Promise<void> {
  if (input.email.toLowerCase() !== ctx.user.email.toLowerCase()) {
    throw new AppError('VALIDATION_FAILED', 'Type your own e-mail address to confirm.', [
      { field: 'email', message: 'is not the address of this account' },
    ]);
  }
  if (!(await verify())) {
    throw new AppError('INVALID_CREDENTIALS', 'The password is wrong.');
  }
  await ctx.db.transaction().execute(async (trx: Kysely<DB>) => {
    await lockCoordinatedBy(trx, ctx.user.id);
    const sole = await findSoleCoordinations(trx, ctx.user.id);
    const soleRegions = await findSoleRegionCoordinations(trx, ctx.user.id);
    if (sole.length > 0 || soleRegions.length > 0) {
      throw new AppError(
        'LAST_COORDINATOR',
        sole.length > 0
          ? 'You are the only coordinator of a collaboration: make someone else coordinator first.'
          : 'You are the only regional coordinator of a region: invite another one first.',
        { collaborations: sole, regions: soleRegions },
      );
    }
    await deleteUser(trx, ctx.user.id, isoNow(ctx.clock));
    await insertAuditEvent(trx, {
      collaborationId: null,
      userId: null,
      action: 'auth.account_deleted',
      targetType: 'user',
      targetId: ctx.user.id,
      summary: 'account deleted by its owner',
      params: {},
      at: isoNow(ctx.clock),
    });
  });
}
