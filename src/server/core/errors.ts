import { ERROR_STATUS, type ErrorCode, type FieldError } from '../../contracts/errors';

/** The one error class: a stable code (see contracts/errors.ts), a message for people, details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly headers: Record<string, string> | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    details?: unknown,
    headers?: Record<string, string>,
  ) {
    super(message);
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'The resource') =>
  new AppError('NOT_FOUND', `${what} was not found, or you do not have access to it.`);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

/**
 * 400 VALIDATION_FAILED naming every bad field, in the shape the schema validation answers
 * with: message "The request is invalid: field: message; …", details the field errors.
 */
export function validationFailed(errors: FieldError[]): AppError;
export function validationFailed(field: string, message: string): AppError;
export function validationFailed(first: FieldError[] | string, message?: string): AppError {
  const errors = typeof first === 'string' ? [{ field: first, message: message ?? '' }] : first;
  return new AppError(
    'VALIDATION_FAILED',
    `The request is invalid: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    errors,
  );
}

/** The message of a reference to an actor (organisation) of another collaboration, or none. */
export const NOT_AN_ACTOR = 'is not an actor of this collaboration';

/** 400 for a field naming an actor that is not one of this collaboration's. */
export const notAnActorOfCollaboration = (field: string) => validationFailed(field, NOT_AN_ACTOR);

/**
 * 409 STALE_REVISION with the record as it stands now: another writer changed it first.
 * `db/revision.ts` `requireRevision` is the check itself (atomic, in the UPDATE).
 */
export function staleRevision(what: string, current: unknown, message?: string): AppError {
  return new AppError(
    'STALE_REVISION',
    message ??
      `Someone else changed ${what.replace(/^The /, 'the ')} first. Review their change and save again.`,
    current,
  );
}
