import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldError } from '../../contracts/errors';
import { AppError, validationFailed } from '../core/errors';

/**
 * The contract's error body with the request id, so that a user's screenshot finds the log
 * line: in `details.requestId` when details is an object or absent. Details that are a list
 * (field errors, findings) keep their shape; the `x-request-id` header names the request there.
 */
export function errorBody(
  requestId: string,
  code: string,
  message: string,
  details?: unknown,
): { error: { code: string; message: string; details?: unknown } } {
  const isList = Array.isArray(details);
  const isObject = details === undefined || (typeof details === 'object' && details !== null);
  return {
    error: {
      code,
      message,
      details: isList || !isObject ? details : { ...(details as object | undefined), requestId },
    },
  };
}

function fieldOf(path: string): string {
  const trimmed = path.replace(/^\//, '').replace(/\//g, '.');
  return trimmed || '(body)';
}

/** Postgres and SQLite constraint violations, by driver error code (never by message). */
function constraintCode(err: unknown): 'unique' | 'foreign_key' | null {
  const e = err as { code?: string };
  if (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
    return 'unique';
  if (e.code === '23503' || e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign_key';
  return null;
}

/**
 * Fastify's router answers a URL it cannot route (bad percent-encoding, a path segment over
 * 100 characters) before any handler: the `frameworkErrors` option of Fastify(), so that
 * these too come in the contract's shape. Both are the client's mistake: 400.
 */
export function frameworkErrorHandler(
  err: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  reply.header('x-request-id', request.id);
  const message =
    err.code === 'FST_ERR_BAD_URL'
      ? 'The URL is not valid: a percent-escape is malformed or not UTF-8.'
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A part of the URL is too long (at most 100 characters).'
        : null;
  if (message === null) {
    reply.status(500).send(errorBody(request.id, 'INTERNAL', 'Something went wrong on our side.'));
    return;
  }
  reply.status(400).send(errorBody(request.id, 'VALIDATION_FAILED', message));
}

/** Maps every error to the contract's shape; unknown ones to 500 with nothing internal. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply
        .status(err.status)
        .send(errorBody(request.id, err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const details: FieldError[] = err.validation.map((v) => ({
        field: where === 'body' ? fieldOf(v.instancePath) : `${where}.${fieldOf(v.instancePath)}`,
        message: v.message ?? 'is invalid',
      }));
      const invalid = validationFailed(details);
      return reply
        .status(invalid.status)
        .send(errorBody(request.id, invalid.code, invalid.message, invalid.details));
    }
    const constraint = constraintCode(err);
    if (constraint) {
      return reply
        .status(409)
        .send(
          errorBody(
            request.id,
            'CONFLICT',
            constraint === 'unique'
              ? 'Something with the same unique value already exists.'
              : 'The change refers to something that does not exist or is still in use.',
          ),
        );
    }
    if ((err as { code?: string }).code === '22003') {
      // PostgreSQL's integer columns are 32-bit: a larger number in the request (a version
      // number, a revision) fails there, where SQLite's 64-bit integers would just not match.
      return reply
        .status(400)
        .send(
          errorBody(
            request.id,
            'VALIDATION_FAILED',
            'A number in the request is out of range (at most 2147483647).',
          ),
        );
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, body too large, unsupported media type …
      const code: ErrorCode =
        status === 413
          ? 'PAYLOAD_TOO_LARGE'
          : status === 415
            ? 'UNSUPPORTED_MEDIA_TYPE'
            : status === 429
              ? 'RATE_LIMITED'
              : status === 404
                ? 'NOT_FOUND'
                : err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError
                  ? 'MALFORMED_JSON'
                  : 'VALIDATION_FAILED';
      const message =
        code === 'PAYLOAD_TOO_LARGE'
          ? 'The request body is too large (at most 1 MB).'
          : code === 'MALFORMED_JSON'
            ? 'The request body is not valid JSON.'
            : err.message;
      return reply.status(status).send(errorBody(request.id, code, message));
    }
    request.log.error({ err, reqId: request.id }, 'unhandled error');
    return reply
      .status(500)
      .send(
        errorBody(
          request.id,
          'INTERNAL',
          `Something went wrong on our side (request ${request.id}).`,
        ),
      );
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(
        errorBody(
          request.id,
          'NOT_FOUND',
          `No such endpoint: ${request.method} ${request.url.split('?')[0]}`,
        ),
      ),
  );
}
