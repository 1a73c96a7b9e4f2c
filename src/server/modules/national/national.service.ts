import type { Kysely } from 'kysely';
import type { NationalListing, NationalRoutine } from '../../../contracts/regions';
import { isoNow, type ServiceContext } from '../../core/context';
import { requireMembership, requireRole } from '../../core/tenancy';
import type { DB } from '../../db/schema';
import { insertAuditEvent } from '../audit/audit.repository';
import {
  deleteNationalListing,
  findListedPublicRoutines,
  insertNationalListing,
  isCollaborationListed,
} from './national.repository';

/** The public national page's list: no sign-in; only what the published pages show anyway. */
export async function listNationalRoutines(
  db: Kysely<DB>,
  origin: string,
): Promise<NationalRoutine[]> {
  const rows = await findListedPublicRoutines(db);
  return rows.map((r) => ({
    collaborationName: r.collaborationName,
    area: r.area,
    title: r.title,
    url: `${origin}/r/${encodeURIComponent(r.slug)}`,
  }));
}

export async function getNationalListing(
  ctx: ServiceContext,
  collaborationId: string,
): Promise<NationalListing> {
  await requireMembership(ctx.db, collaborationId, ctx.user.id);
  return { listed: await isCollaborationListed(ctx.db, collaborationId) };
}

/** Lists (or unlists) the collaboration on the national page (coordinators); idempotent. */
export async function setNationalListing(
  ctx: ServiceContext,
  collaborationId: string,
  listed: boolean,
): Promise<NationalListing> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    if ((await isCollaborationListed(trx, collaborationId)) === listed) return;
    if (listed) {
      await insertNationalListing(trx, { collaborationId, listedBy: ctx.user.id, listedAt: at });
    } else {
      await deleteNationalListing(trx, collaborationId);
    }
    await insertAuditEvent(trx, {
      collaborationId,
      userId: ctx.user.id,
      action: listed ? 'national.list' : 'national.unlist',
      targetType: 'collaboration',
      targetId: collaborationId,
      summary: listed
        ? 'listed the collaboration on the national page'
        : 'removed the collaboration from the national page',
      params: {},
      at,
    });
  });
  return { listed };
}
