import { z } from 'zod';
import { ZId } from './common';

/** One entry of the Händelselogg: who did what to which target, when, with a before → after summary. */
export const ZAuditEvent = z.object({
  id: ZId,
  at: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  /** English, composed by the server: the fallback where `params` is null. */
  summary: z.string(),
  /** The parameters of the summary's sentence; clients render it in their own language from the event's `action`. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
});
export type AuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditPage = z.object({
  /** Newest first. */
  events: z.array(ZAuditEvent),
  /** An opaque cursor: pass it as `before` for the next (older) page; absent on the last page. */
  next: z.string().optional(),
});
export type AuditPage = z.infer<typeof ZAuditPage>;

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

export const ZAuditQuery = z.object({
  targetType: z.string().min(1).max(64).optional(),
  targetId: z.string().min(1).max(200).optional(),
  userId: z.string().min(1).max(64).optional(),
  /** The `next` cursor of the previous page. */
  before: z.string().min(1).max(300).optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(AUDIT_PAGE_DEFAULT),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;
