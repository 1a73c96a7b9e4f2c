import { z } from 'zod';

/** Every error code the API answers with. Clients branch on `code`, never on `message`. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'FOREIGN_ORIGIN',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_REVISION',
  'LIMIT_REACHED',
  'IN_USE',
  'PERSONAL_DATA_SUSPECTED',
  'EMAIL_TAKEN',
  'LAST_COORDINATOR',
  'ALREADY_MEMBER',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_REVOKED',
  'ROUTINE_HAS_BLOCKERS',
  'ALREADY_SIGNED',
  'VERSION_SUPERSEDED',
  'RATE_LIMITED',
  'RESET_TOKEN_INVALID',
  'EMAIL_NOT_VERIFIED',
  'VERIFICATION_LINK_INVALID',
  'VERIFICATION_LINK_USED',
  'IDENTITY_PROVIDER_ERROR',
  'REAUTHENTICATION_REQUIRED',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Error code → HTTP status: the one table the server uses. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  FOREIGN_ORIGIN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_REVISION: 409,
  LIMIT_REACHED: 409,
  IN_USE: 409,
  PERSONAL_DATA_SUSPECTED: 400,
  EMAIL_TAKEN: 409,
  LAST_COORDINATOR: 409,
  ALREADY_MEMBER: 409,
  INVITATION_EXPIRED: 410,
  INVITATION_USED: 409,
  INVITATION_REVOKED: 410,
  ROUTINE_HAS_BLOCKERS: 409,
  ALREADY_SIGNED: 409,
  VERSION_SUPERSEDED: 409,
  RATE_LIMITED: 429,
  RESET_TOKEN_INVALID: 400,
  EMAIL_NOT_VERIFIED: 403,
  VERIFICATION_LINK_INVALID: 400,
  VERIFICATION_LINK_USED: 410,
  /** the organisation's identity provider is misconfigured or refused (details.reason) */
  IDENTITY_PROVIDER_ERROR: 409,
  /** signing needs a fresh login at the identity provider (or the password) */
  REAUTHENTICATION_REQUIRED: 401,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

export const ZFieldError = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof ZFieldError>;

export const ZErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;
