import { z } from 'zod';

/** Password reset (issue 19): request by e-mail, confirm with the mailed token. */
export const ZPasswordResetRequest = z.object({ email: z.email().max(254) });
export const ZPasswordResetConfirm = z.object({
  token: z.string().min(1).max(200),
  password: z.string().min(10).max(128),
});
export type PasswordResetConfirm = z.infer<typeof ZPasswordResetConfirm>;

/** One active session of the signed-in user (never its token). */
export const ZSessionInfo = z.object({
  id: z.string(),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof ZSessionInfo>;

/** Deleting one's own account: the password when the account has one, and the e-mail typed again. */
export const ZDeleteAccount = z.object({
  email: z.email().max(254),
  /** an account with a password confirms with it */
  password: z.string().max(128).optional(),
  /**
   * an account without one (single sign-on) confirms with a fresh login at its identity
   * provider: the id `POST /api/me/reauth/sso` brought back as `?reauth=`, used once
   */
  reauthId: z.string().min(1).max(64).optional(),
});
export type DeleteAccount = z.infer<typeof ZDeleteAccount>;

/** An administrator's reset link for a user (when the instance sends no e-mail). */
export const ZAdminResetLinkRequest = z.object({ email: z.email().max(254) });
export const ZAdminResetLink = z.object({ url: z.string(), expiresAt: z.string() });

/** What GET /api/admin/health tells an instance administrator (this process's view). */
export const ZAdminHealth = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({ database: z.boolean(), redis: z.boolean().optional() }),
  down: z.array(z.string()),
  database: z.enum(['sqlite', 'postgres']),
  counts: z.object({ users: z.number(), collaborations: z.number(), routines: z.number() }),
  process: z.object({
    uptimeSeconds: z.number(),
    memoryRssBytes: z.number(),
    nodeVersion: z.string(),
  }),
  mailConfigured: z.boolean(),
});
export type AdminHealth = z.infer<typeof ZAdminHealth>;
