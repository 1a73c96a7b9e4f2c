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
  password: z.string().max(128).optional(),
});
export type DeleteAccount = z.infer<typeof ZDeleteAccount>;

/** An administrator's reset link for a user (when the instance sends no e-mail). */
export const ZAdminResetLinkRequest = z.object({ email: z.email().max(254) });
export const ZAdminResetLink = z.object({ url: z.string(), expiresAt: z.string() });
