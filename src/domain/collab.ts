/**
 * The live co-editing contract (issue 16), shared by the server and the web client: one Yjs
 * document per routine, named `routine:<routineId>`, with a Y.Text per answer
 * (`answer:<questionId>`) and one for the main rule (`mainRule`).
 *
 * @module
 */
import { findPersonalNumbers } from './personnummer';

export const MAIN_RULE_FIELD = 'mainRule';
const ANSWER_PREFIX = 'answer:';
const DOC_PREFIX = 'routine:';
/** Ids are short opaque strings (ZId: 1–64 characters); no separators or spaces in them. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const documentNameOf = (routineId: string): string => `${DOC_PREFIX}${routineId}`;
export const answerField = (questionId: string): string => `${ANSWER_PREFIX}${questionId}`;

/** The routine id of a document name, or null when the name is not `routine:<id>`. */
export function routineIdOf(documentName: string): string | null {
  if (!documentName.startsWith(DOC_PREFIX)) return null;
  const id = documentName.slice(DOC_PREFIX.length);
  return ID.test(id) ? id : null;
}

/**
 * Workshop mode (issue 17): one document per workshop, `workshop:<workshopId>`, written by the
 * server only (every client connects read-only). Its map `workshop` holds under `state` the
 * workshop's public state as JSON (GET /api/workshops/:wid without the caller's own draft and
 * vote): phases, tallies, drafts once revealed, proposals. Drafts and votes go over HTTP.
 */
const WORKSHOP_DOC_PREFIX = 'workshop:';
export const WORKSHOP_STATE = { map: 'workshop', key: 'state' } as const;
export const workshopDocumentNameOf = (workshopId: string): string =>
  `${WORKSHOP_DOC_PREFIX}${workshopId}`;

/**
 * The proposed wording of a workshop question, co-edited live by the coordinators and the
 * members the facilitator invites: a Y.Text `wording:<questionId>` in `workshop:<id>`, the
 * only part of that document a client may write. Opening an agreement round puts its text to
 * the vote (`proposedText`); the Y.Text stays the working copy.
 */
const WORDING_PREFIX = 'wording:';
export const wordingField = (questionId: string): string => `${WORDING_PREFIX}${questionId}`;
export const wordingQuestionIdOf = (field: string): string | null =>
  field.startsWith(WORDING_PREFIX) ? field.slice(WORDING_PREFIX.length) : null;
/** Set in the workshop map once the workshop has ended: no more wording edits. */
export const WORKSHOP_ENDED_KEY = 'ended';

/** The workshop id of a document name, or null when the name is not `workshop:<id>`. */
export function workshopIdOf(documentName: string): string | null {
  if (!documentName.startsWith(WORKSHOP_DOC_PREFIX)) return null;
  const id = documentName.slice(WORKSHOP_DOC_PREFIX.length);
  return ID.test(id) ? id : null;
}

/** The question id of an answer field, or null for any other field name. */
export function questionIdOf(field: string): string | null {
  return field.startsWith(ANSWER_PREFIX) ? field.slice(ANSWER_PREFIX.length) : null;
}

/**
 * The smallest single edit turning `before` into `after`: keep the common prefix and suffix,
 * delete what lies between in `before`, insert what lies between in `after`. Applied to a
 * Y.Text, it leaves concurrent edits outside the changed span untouched.
 */
export function textEdit(
  before: string,
  after: string,
): { index: number; remove: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

/**
 * The personal numbers found in `after` that `before` did not already hold (compared by the
 * digits, so moving an acknowledged number is not a new one).
 */
export function newPersonalNumbers(before: string, after: string): string[] {
  const found = findPersonalNumbers(after);
  if (found.length === 0) return [];
  const digits = (text: string, m: { start: number; end: number }) =>
    text.slice(m.start, m.end).replace(/\D/g, '');
  const old = new Map<string, number>();
  for (const m of findPersonalNumbers(before)) {
    const d = digits(before, m);
    old.set(d, (old.get(d) ?? 0) + 1);
  }
  const fresh: string[] = [];
  for (const m of found) {
    const d = digits(after, m);
    const n = old.get(d) ?? 0;
    if (n > 0) old.set(d, n - 1);
    else fresh.push(d);
  }
  return fresh;
}

/** Stateless messages the server sends over the socket (JSON in the Hocuspocus stateless frame). */
export type ServerMessage =
  | {
      type: 'hello';
      user: { id: string; name: string; organisation: string | null; role: string };
    }
  | { type: 'changed'; path: string; by: string | null }
  /** The answer to an acknowledgement: the author may send the text it covers now. */
  | { type: 'acknowledged'; field: string }
  | { type: 'refused'; code: CollabRefusal; field: string | null; message: string };

export type CollabRefusal =
  | 'PERSONAL_DATA_SUSPECTED'
  | 'TEXT_TOO_LONG'
  | 'UNKNOWN_FIELD'
  | 'FORBIDDEN_CHARACTER'
  | 'DOCUMENT_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'READ_ONLY';

/**
 * Messages a client may send: acknowledging a suspected personal number before sending it (the
 * server answers `acknowledged`; the text goes after that answer, never right behind the ask).
 */
export type ClientMessage = { type: 'acknowledge-personal-data'; field: string };

/** Close reasons the server gives; the client shows a sentence for each. */
export const CLOSE_REASONS = {
  removed: 'member-removed',
  roleChanged: 'role-changed',
  tooManyConnections: 'too-many-connections',
  rateLimited: 'rate-limited',
  personalData: 'personal-data-suspected',
  tooLarge: 'document-too-large',
} as const;
