import { z } from 'zod';
import { ZId } from './common';

/** What the app reminds people of (each can be turned off per user). */
export const NOTICE_KINDS = [
  'review_30',
  'review_7',
  'review_overdue',
  'sign_request',
  'feedback_digest',
] as const;
export const ZNoticeKind = z.enum(NOTICE_KINDS);
export type NoticeKind = z.infer<typeof ZNoticeKind>;

export const ZNotification = z.object({
  id: ZId,
  kind: z.string(),
  collaborationId: z.string().nullable(),
  routineId: z.string().nullable(),
  /** the routine's title */
  title: z.string(),
  /** what the client's catalogue needs to word it: routineTitle, date, versionNumber, count */
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof ZNotification>;

/** kind → on (true) or off. */
export const ZNotificationSettings = z.object(
  Object.fromEntries(NOTICE_KINDS.map((k) => [k, z.boolean()])) as Record<NoticeKind, z.ZodBoolean>,
);
export type NotificationSettings = z.infer<typeof ZNotificationSettings>;
export const ZUpdateNotificationSettings = ZNotificationSettings.partial().strict();

export const ZMyNotifications = z.object({
  settings: ZNotificationSettings,
  notifications: z.array(ZNotification),
  unread: z.number().int(),
});
export type MyNotifications = z.infer<typeof ZMyNotifications>;

/** A job of the collaboration as its coordinators see it (reminders sent, retried, failed). */
export const ZJobSummary = z.object({
  id: ZId,
  kind: z.string(),
  status: z.enum(['pending', 'running', 'done', 'failed']),
  runAt: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});
export type JobSummary = z.infer<typeof ZJobSummary>;
