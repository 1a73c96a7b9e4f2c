import type { ErrorBody, ErrorCode, FieldError } from '../../contracts/errors';

/** Codes the client adds for failures that never reached the API's error shape. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** An error answered by the API (its `{error:{code,message,details}}` body) or met on the way. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode | (string & {}),
    message: string,
    readonly details?: unknown,
    /** Seconds from a 429's Retry-After header. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** The details of a VALIDATION_FAILED error: one entry per bad field. */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldError =>
        typeof d === 'object' &&
        d !== null &&
        typeof d.field === 'string' &&
        typeof d.message === 'string',
    );
  }
}

/**
 * Parses an error body with the contract's own schema. Zod is imported on demand: only failed
 * requests need it, and keeping it out of the first chunk saves ~30 KB gzip on every page load.
 */
async function parseErrorBody(payload: unknown): Promise<ErrorBody | null> {
  try {
    const { ZErrorBody } = await import('../../contracts/errors');
    const parsed = ZErrorBody.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    // The chunk could not be loaded (offline): fall back to a shape check.
    const body = payload as ErrorBody | null;
    return typeof body?.error?.code === 'string' ? body : null;
  }
}

export function isApiError(error: unknown, code?: ErrorCode | ClientErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** fetch for the JSON API: same-origin cookies, JSON in and out, typed errors. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : String(error));
  }
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  const parsed = await parseErrorBody(payload);
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (parsed) {
    const { code, message, details } = parsed.error;
    throw new ApiError(response.status, code, message, details, retryAfter);
  }
  throw new ApiError(
    response.status,
    response.status === 429 ? 'RATE_LIMITED' : 'UNEXPECTED_RESPONSE',
    `${method} ${path} answered ${response.status}`,
    undefined,
    retryAfter,
  );
}
