import type { Kysely } from 'kysely';
import {
  type JobSummary,
  type MyNotifications,
  NOTICE_KINDS,
  type NoticeKind,
  type NotificationSettings,
} from '../../../contracts/notifications';
import { isoNow, type ServiceContext } from '../../core/context';
import { requireMembership, requireRole } from '../../core/tenancy';
import type { DB } from '../../db/schema';
import { findJobsOfCollaboration } from '../../jobs/jobs.repository';
import {
  deleteOptOut,
  findNotificationsOfUser,
  findOptOuts,
  insertOptOut,
  markNotificationsRead,
} from './notifications.repository';

async function settingsOf(db: Kysely<DB>, userId: string): Promise<NotificationSettings> {
  const off = await findOptOuts(db, userId);
  return Object.fromEntries(NOTICE_KINDS.map((k) => [k, !off.has(k)])) as NotificationSettings;
}

/** The caller's in-app notices (newest first) and which kinds of reminder they receive. */
export async function getMyNotifications(ctx: ServiceContext): Promise<MyNotifications> {
  const [settings, rows] = await Promise.all([
    settingsOf(ctx.db, ctx.user.id),
    findNotificationsOfUser(ctx.db, ctx.user.id),
  ]);
  const notifications = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    collaborationId: r.collaborationId,
    routineId: r.routineId,
    title: r.title,
    data: parseData(r.body),
    link: r.link,
    createdAt: r.createdAt,
    readAt: r.readAt,
  }));
  return { settings, notifications, unread: rows.filter((r) => r.readAt === null).length };
}

function parseData(body: string): Record<string, string | number> {
  try {
    const v = JSON.parse(body);
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

/** Turns kinds of reminder on or off for the caller. */
export async function updateMySettings(
  ctx: ServiceContext,
  input: Partial<NotificationSettings>,
): Promise<NotificationSettings> {
  const at = isoNow(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    for (const [kind, on] of Object.entries(input) as [NoticeKind, boolean][]) {
      if (on) await deleteOptOut(trx, ctx.user.id, kind);
      else await insertOptOut(trx, ctx.user.id, kind, at);
    }
  });
  return settingsOf(ctx.db, ctx.user.id);
}

export async function markAllRead(ctx: ServiceContext): Promise<void> {
  await markNotificationsRead(ctx.db, ctx.user.id, isoNow(ctx.clock));
}

/** The one-click unsubscribe of a mail's link (the token was verified by the caller). */
export async function unsubscribe(
  env: { db: Kysely<DB>; clock: { now(): Date } },
  userId: string,
  kind: NoticeKind,
): Promise<void> {
  await insertOptOut(env.db, userId, kind, env.clock.now().toISOString());
}

/** Reminders and other jobs of a collaboration: sent, waiting, retried, failed (coordinators). */
export async function listCollaborationJobs(
  ctx: ServiceContext,
  collaborationId: string,
): Promise<JobSummary[]> {
  const m = await requireMembership(ctx.db, collaborationId, ctx.user.id);
  requireRole(m, 'coordinator');
  return findJobsOfCollaboration(ctx.db, collaborationId);
}
