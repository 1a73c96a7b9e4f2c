import type { FastifyInstance } from 'fastify';
import { FORBIDDEN_CHARACTER } from '../../domain/text';
import { AppError, validationFailed } from '../core/errors';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FORBIDDEN = FORBIDDEN_CHARACTER;

/**
 * What a request must be before any route sees it (found by the fuzz test):
 * - Bodies are JSON in UTF-8 (RFC 8259). Fastify decodes every declared charset as UTF-8, so
 *   a latin1 body was stored as mojibake; and its text/plain parser handed a body to routes
 *   that take none (a DELETE or sign-out "with" text/plain went through). Both are 415 now.
 * - No string holds a control character, a lone surrogate or a non-character (see FORBIDDEN):
 *   refused alike on both databases with 400, naming the field.
 */
export function registerInputGuards(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request) => {
    const type = request.headers['content-type'];
    if (!type || !BODY_METHODS.has(request.method)) return;
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(type)?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        `Request bodies must be JSON in UTF-8, not in "${charset}".`,
      );
    }
  });

  app.addHook('preValidation', async (request) => {
    const field =
      nulAt(request.params, 'params') ?? nulAt(request.query, 'query') ?? nulAt(request.body, '');
    if (field !== null) {
      const message =
        'must not contain control characters (other than tab and line breaks), lone surrogates or the non-characters U+FFFE / U+FFFF';
      throw validationFailed(field, message);
    }
  });
}

interface Step {
  key: string;
  parent: Step | null;
}

/**
 * The dotted path of the first string (or key) holding U+0000, or null. Iterative, and the
 * path is only spelled out when found: a body may nest hundreds of thousands of levels deep.
 */
function nulAt(root: unknown, rootPath: string): string | null {
  const spell = (step: Step | null) => {
    const keys: string[] = [];
    for (let s = step; s; s = s.parent) keys.push(s.key);
    return keys.reverse().join('.') || '(body)';
  };
  const stack: [unknown, Step | null][] = [
    [root, rootPath ? { key: rootPath, parent: null } : null],
  ];
  while (stack.length > 0) {
    const [value, at] = stack.pop()!;
    if (typeof value === 'string') {
      if (FORBIDDEN.test(value)) return spell(at);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const step = { key, parent: at };
        if (FORBIDDEN.test(key)) return spell(step);
        stack.push([child, step]);
      }
    }
  }
  return null;
}
