import { ERROR_STATUS, type ErrorCode } from '../../contracts/errors';

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
