import type { Kysely } from 'kysely';
import type { NoticeKind } from '../../../contracts/notifications';
import { dateOf } from '../../../domain/render/dates';
import type { DB } from '../../db/schema';
import type { JobRunner } from '../../jobs/job-runner';
import type { Mailer } from '../../mail/mailer';
import { NOTICE_LINK_PART, type NoticeData, noticeText } from './notice-text';
import {
  findActorsWithRepresentatives,
  findRecipients,
  findRoutinesWithFeedbackSince,
  findRoutinesWithReviewDate,
  findUserContact,
  findVersionsAwaitingSignOff,
  insertNotificationOnce,
  isOptedOut,
} from './notifications.repository';
import { unsubscribeToken } from './unsubscribe-token';

/**
 * Reminders (issue 18) on the job runner: a schedule decides which notices are due by now
 * (30 and 7 days before the next review, overdue; a new frozen version; the weekly feedback
 * digest on Mondays); a fan-out job finds the recipients; one delivery job per person writes
 * the in-app notice and sends the mail, so a failed mail is retried for that person only.
 */

export const FANOUT = 'notice.fanout';
export const DELIVER = 'notice.deliver';
const DAY = 86_400_000;
const SIGN_REQUEST_WINDOW_DAYS = 30;

interface FanoutPayload {
  notice: NoticeKind;
  key: string;
  routineId: string;
  collaborationId: string;
  coordinators: boolean;
  actorIds: string[] | 'representatives';
  data: NoticeData;
}

interface DeliverPayload {
  notice: NoticeKind;
  userId: string;
  routineId: string;
  collaborationId: string;
  data: NoticeData;
}

export interface ReminderEnv {
  db: Kysely<DB>;
  mailer: Mailer | null;
  baseUrl: string;
  authSecret: string;
}

/** The Swedish calendar date: review dates are Swedish dates, counted as the check counts them. */
const dayOf = (d: Date) => dateOf(d.toISOString());
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** The reminder stage of a review date seen on `today`, or null when none is due yet. */
export function reviewStage(today: string, reviewDate: string): NoticeKind | null {
  const days = daysBetween(today, reviewDate);
  if (days < 0) return 'review_overdue';
  if (days <= 7) return 'review_7';
  if (days <= 30) return 'review_30';
  return null;
}

/** ISO week key, e.g. 2026-W49 (the digest goes out once per week and routine). */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function registerReminders(runner: JobRunner, env: ReminderEnv): void {
  runner.register(FANOUT, async (payload) => {
    const p = payload as FanoutPayload;
    const actorIds =
      p.actorIds === 'representatives'
        ? await findActorsWithRepresentatives(env.db, p.collaborationId)
        : p.actorIds;
    const people = await findRecipients(env.db, p.collaborationId, {
      coordinators: p.coordinators,
      actorIds,
    });
    for (const person of people) {
      await runner.enqueue({
        kind: DELIVER,
        dedupeKey: `${p.key}:${person.id}`,
        collaborationId: p.collaborationId,
        payload: {
          notice: p.notice,
          userId: person.id,
          routineId: p.routineId,
          collaborationId: p.collaborationId,
          data: p.data,
        } satisfies DeliverPayload,
      });
    }
  });

  runner.register(
    DELIVER,
    async (payload, job) => {
      const p = payload as DeliverPayload;
      if (await isOptedOut(env.db, p.userId, p.notice)) return;
      const user = await findUserContact(env.db, p.userId);
      if (!user) return;
      const link = `/rutiner/${p.routineId}/${NOTICE_LINK_PART[p.notice]}`;
      const text = noticeText(p.notice, p.data);
      await insertNotificationOnce(env.db, {
        id: job.id,
        userId: p.userId,
        kind: p.notice,
        collaborationId: p.collaborationId,
        routineId: p.routineId,
        title: text.sv.title,
        body: JSON.stringify(p.data),
        link,
        createdAt: job.createdAt,
        readAt: null,
      });
      if (!env.mailer || !user.email) return;
      const unsubscribe = `${env.baseUrl}/avregistrera/${unsubscribeToken(env.authSecret, p.userId, p.notice)}`;
      await env.mailer.send({
        to: user.email,
        subject: `${text.sv.title} / ${text.en.title}`,
        text: [
          `Hej ${user.name}!`,
          '',
          text.sv.body,
          `${env.baseUrl}${link}`,
          '',
          `Vill du inte få den här sortens påminnelser? Avregistrera dig med ett klick: ${unsubscribe}`,
          'Du kan också välja påminnelser under Inställningar i Samrutin.',
          '',
          '— In English —',
          '',
          text.en.body,
          `${env.baseUrl}${link}`,
          '',
          `Do not want this kind of reminder? Unsubscribe with one click: ${unsubscribe}`,
          '',
        ].join('\n'),
        headers: {
          'List-Unsubscribe': `<${unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
    },
    { maxAttempts: 5, backoffMs: 5 * 60_000 },
  );

  runner.schedule('reminders', async (now) => {
    const today = dayOf(now);
    for (const r of await findRoutinesWithReviewDate(env.db)) {
      const stage = reviewStage(today, r.nextReviewDate);
      if (!stage) continue;
      const key = `review:${r.id}:${r.nextReviewDate}:${stage}`;
      await runner.enqueue({
        kind: FANOUT,
        dedupeKey: key,
        collaborationId: r.collaborationId,
        payload: {
          notice: stage,
          key,
          routineId: r.id,
          collaborationId: r.collaborationId,
          coordinators: true,
          actorIds: r.responsibleActorId ? [r.responsibleActorId] : [],
          data: { routineTitle: r.title, date: r.nextReviewDate },
        } satisfies FanoutPayload,
      });
    }
    const since = new Date(now.getTime() - SIGN_REQUEST_WINDOW_DAYS * DAY).toISOString();
    for (const v of await findVersionsAwaitingSignOff(env.db, since)) {
      const key = `sign:${v.id}`;
      await runner.enqueue({
        kind: FANOUT,
        dedupeKey: key,
        collaborationId: v.collaborationId,
        payload: {
          notice: 'sign_request',
          key,
          routineId: v.routineId,
          collaborationId: v.collaborationId,
          coordinators: false,
          actorIds: 'representatives',
          data: { routineTitle: v.title, versionNumber: v.number },
        } satisfies FanoutPayload,
      });
    }
    if (now.getUTCDay() === 1) {
      const week = isoWeek(now);
      const lastWeek = new Date(now.getTime() - 7 * DAY).toISOString();
      for (const r of await findRoutinesWithFeedbackSince(env.db, lastWeek)) {
        const key = `digest:${r.id}:${week}`;
        await runner.enqueue({
          kind: FANOUT,
          dedupeKey: key,
          collaborationId: r.collaborationId,
          payload: {
            notice: 'feedback_digest',
            key,
            routineId: r.id,
            collaborationId: r.collaborationId,
            coordinators: true,
            actorIds: [],
            data: { routineTitle: r.title, count: r.count },
          } satisfies FanoutPayload,
        });
      }
    }
  });
}
