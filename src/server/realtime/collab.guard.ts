import { IncomingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';
import { LIMITS } from '../../contracts/common';
import {
  type CollabRefusal,
  MAIN_RULE_FIELD,
  newPersonalNumbers,
  questionIdOf,
} from '../../domain/collab';
import { findQuestion } from '../../domain/template';

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update inside a Hocuspocus message, or null for any other message (awareness, auth…). */
export function updateOfMessage(data: Uint8Array): Uint8Array | null {
  const message = new IncomingMessage(data);
  message.readVarString();
  if (message.readVarUint() !== MESSAGE_SYNC) return null;
  const syncType = message.readVarUint();
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return message.readVarUint8Array();
}

/** True when a field name is one the document may hold: a template question or the main rule. */
export function isKnownField(field: string): boolean {
  if (field === MAIN_RULE_FIELD) return true;
  const q = questionIdOf(field);
  return q !== null && findQuestion(q) !== undefined;
}

export class Refusal extends Error {
  constructor(
    readonly refusal: CollabRefusal,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

// Text a personal number could be formed by: digits, its separators and spaces. An update that
// inserts none of these and deletes nothing cannot create one (most keystrokes).
const RISKY = /[\d\s\-+\u2010-\u2013\u2212]/;

/**
 * True unless the update is plain typing that cannot break a rule: no deletion, no digit,
 * space or dash, only text, only in known fields, and not enough to pass a length limit.
 */
function needsFullCheck(doc: Y.Doc, update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update);
  if (decoded.ds.clients.size > 0) return true;
  let inserted = 0;
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (typeof struct.parent === 'string' && !isKnownField(struct.parent)) return true;
    const content = struct.content;
    if (content instanceof Y.ContentString) {
      if (RISKY.test(content.str)) return true;
      inserted += content.str.length;
    } else if (!(content instanceof Y.ContentDeleted)) {
      return true; // anything but plain text in a text field: check it the slow way
    }
  }
  let longest = 0;
  for (const type of doc.share.values()) longest = Math.max(longest, type._length);
  return longest + inserted > LIMITS.mainRule;
}

/**
 * Checks an incoming update before it is applied: applied to a copy of the document, every
 * text it changes must stay a known field, within its length limit, and hold no personal
 * number that was not there before (unless `acknowledged`). Throws a Refusal otherwise;
 * returns the fields it changed (empty when the fast path skipped the copy).
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  opts: { acknowledged: boolean; maxDocumentBytes: number },
): { personalNumbers: string[] } {
  if (update.length < 4096 && !needsFullCheck(doc, update)) return { personalNumbers: [] };
  const state = Y.encodeStateAsUpdate(doc);
  if (state.length + update.length > opts.maxDocumentBytes) {
    throw new Refusal('DOCUMENT_TOO_LARGE', null, 'The live document is too large.');
  }
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, state);
  const before = new Map<string, string>();
  for (const name of copy.share.keys()) before.set(name, copy.getText(name).toString());
  const changed = new Set<string>();
  copy.on('afterTransaction', (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) {
      for (const [name, root] of copy.share) if (root === type) changed.add(name);
    }
  });
  Y.applyUpdate(copy, update);
  const found: string[] = [];
  for (const name of copy.share.keys()) {
    if (!before.has(name) && !changed.has(name)) changed.add(name);
  }
  for (const field of changed) {
    if (!isKnownField(field)) {
      throw new Refusal('UNKNOWN_FIELD', field, `The document has no field "${field}".`);
    }
    const after = copy.getText(field).toString();
    const max = field === MAIN_RULE_FIELD ? LIMITS.mainRule : LIMITS.answerText;
    if (after.length > max) {
      throw new Refusal('TEXT_TOO_LONG', field, `The text can be at most ${max} characters long.`);
    }
    const fresh = newPersonalNumbers(before.get(field) ?? '', after);
    if (fresh.length > 0 && !opts.acknowledged) {
      throw new Refusal(
        'PERSONAL_DATA_SUSPECTED',
        field,
        'The text seems to contain a Swedish personal identity number. The routine must not hold data about individuals. Remove it, or confirm that it is not one.',
      );
    }
    found.push(...fresh);
  }
  copy.destroy();
  return { personalNumbers: found };
}
