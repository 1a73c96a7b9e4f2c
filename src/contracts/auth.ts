import { z } from 'zod';

export const ZSignUp = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  password: z.string().min(10).max(128),
  /** The name looked like a personal identity number and the person says it is not one. */
  acknowledgePersonalData: z.boolean().optional(),
});
export type SignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(128),
});
export type SignIn = z.infer<typeof ZSignIn>;

export const ZMe = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  /** Instance administrator (ADMIN_EMAILS): identity providers, instance health, reset links. */
  isAdmin: z.boolean().optional(),
  /** The account confirmed its e-mail address with the mailed link. */
  emailVerified: z.boolean(),
  /**
   * The instance mails (SMTP_URL is set), so an unconfirmed address may not create a
   * collaboration or region, accept an invitation or sign (403 EMAIL_NOT_VERIFIED).
   */
  emailVerificationRequired: z.boolean(),
});
export type Me = z.infer<typeof ZMe>;

/** The token of the mailed confirmation link (a signed, expiring token made by better-auth). */
export const ZEmailVerificationConfirm = z.object({ token: z.string().min(1).max(2000) });
export type EmailVerificationConfirm = z.infer<typeof ZEmailVerificationConfirm>;
