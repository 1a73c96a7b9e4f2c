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
import { FORBIDDEN_CHARACTER } from '../../domain/text';

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

/** The texts a live document may hold: a field's maximum length, or null for an unknown field. */
export type FieldRule = (field: string) => number | null;

/** A routine's document: the template's answers and the main rule. */
export const routineFields: FieldRule = (field) =>
  field === MAIN_RULE_FIELD ? LIMITS.mainRule : isKnownField(field) ? LIMITS.answerText : null;

export class Refusal extends Error {
  constructor(
    readonly refusal: CollabRefusal,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

type Decoded = ReturnType<typeof Y.decodeUpdate>;
/** Any shared type (Yjs types its parameter loosely). */
type YType = Parameters<typeof Y.findRootTypeKey>[0];

/** The id of the character (deleted or not) right after `clock` of `item`, or of the field's first. */
function nextId(type: YType, item: Y.Item | null, clock: number): Y.ID | null {
  if (!item) return type._start?.id ?? null;
  if (clock < item.id.clock + item.length - 1) return Y.createID(item.id.client, clock + 1);
  return item.right?.id ?? null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const SURROGATE = /[\uD800-\uDFFF]/;

const sameId = (a: Y.ID | null, b: Y.ID | null) =>
  a === b || (a !== null && b !== null && Y.compareIDs(a, b));

/** The known item holding `id`, or null when the document has not seen it yet. */
function knownItem(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}

/** The root field a type is, or null for a nested type. */
function fieldOf(type: YType | null): string | null {
  return type && type._item === null ? Y.findRootTypeKey(type) : null;
}

/**
 * The text of the one field a small update changes, before and after, worked out from that
 * field alone (no copy of the document): one plain-text insert placed exactly between two
 * known characters, or deletions of known characters of one field. Null for anything else
 * (concurrent inserts at the same place, several fields, structure): the caller copies.
 * Exported for the test that holds it to the copy.
 */
export function spliceField(
  doc: Y.Doc,
  decoded: Decoded,
  fields: FieldRule = routineFields,
): { field: string; before: string; after: string } | null {
  const deletes = decoded.ds.clients;
  let type: YType | null = null;
  let insert: Y.Item | null = null;
  let origin: Y.Item | null = null;
  if (decoded.structs.length === 1 && deletes.size === 0) {
    insert = decoded.structs[0] instanceof Y.Item ? decoded.structs[0] : null;
    if (!insert || insert.parentSub !== null || !(insert.content instanceof Y.ContentString)) {
      return null;
    }
    if (insert.id.clock !== Y.getState(doc.store, insert.id.client)) return null;
    if (insert.origin) {
      origin = knownItem(doc, insert.origin);
      type = (origin?.parent as YType | undefined) ?? null;
    } else if (insert.rightOrigin) {
      type = (knownItem(doc, insert.rightOrigin)?.parent as YType) ?? null;
    } else if (typeof insert.parent === 'string') {
      if (fields(insert.parent) === null) return null;
      type = doc.getText(insert.parent);
    }
    if (!type || (insert.origin && !origin)) return null;
    const after = nextId(type, origin, insert.origin?.clock ?? 0);
    if (!sameId(after, insert.rightOrigin)) return null; // a concurrent insert at the same place
  } else if (decoded.structs.length === 0 && deletes.size > 0) {
    for (const [client, ranges] of deletes) {
      for (const range of ranges) {
        const end = range.clock + range.len;
        if (end > Y.getState(doc.store, client)) return null;
        const structs = doc.store.clients.get(client) ?? [];
        for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
          const struct = structs[i]!;
          if (struct.id.clock >= end) break;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          type ??= struct.parent as YType;
          if (struct.parent !== type) return null;
        }
      }
    }
  } else return null;
  const field = fieldOf(type);
  if (!type || !field || !(type instanceof Y.Text)) return null;
  if (insert) {
    // Typing: find where the insert lands by counting characters, without building the text
    // (this runs on every keystroke, and the text is built once, by toString, below).
    let index = origin ? -1 : 0;
    let length = 0;
    for (let n = type._start; n; n = n.right) {
      if (n.countable && !n.deleted) {
        if (!(n.content instanceof Y.ContentString)) return null;
        if (n === origin) index = length + (insert.origin?.clock ?? 0) - n.id.clock + 1;
        length += n.length;
      } else if (n === origin) index = length;
    }
    const before = type.toString();
    // Inside a surrogate pair Yjs splits the pair into two U+FFFD: the copy knows that.
    if (index < 0 || isHighSurrogate(before.charCodeAt(index - 1))) return null;
    const inserted = (insert.content as Y.ContentString).str;
    return { field, before, after: before.slice(0, index) + inserted + before.slice(index) };
  }

  const isDeleted = (client: number, clock: number) =>
    deletes.get(client)?.some((r) => clock >= r.clock && clock < r.clock + r.len) ?? false;
  let after = '';
  for (let n = type._start; n; n = n.right) {
    if (!n.countable || n.deleted) continue;
    if (!(n.content instanceof Y.ContentString)) return null;
    const str = n.content.str;
    if (!deletes.has(n.id.client)) after += str;
    // As for inserts: a deletion may cut a surrogate pair, which the copy knows how Yjs mends.
    else if (SURROGATE.test(str)) return null;
    else {
      for (let k = 0; k < str.length; k++) {
        if (!isDeleted(n.id.client, n.id.clock + k)) after += str[k];
      }
    }
  }
  return { field, before: type.toString(), after };
}

/** A changed field's text must be known, within its length limit, and add no personal number. */
function checkField(
  fields: FieldRule,
  field: string,
  before: string,
  after: string,
  acknowledged: boolean,
): string[] {
  const max = fields(field);
  if (max === null) {
    throw new Refusal('UNKNOWN_FIELD', field, `The document has no field "${field}".`);
  }
  if (after.length > max) {
    throw new Refusal('TEXT_TOO_LONG', field, `The text can be at most ${max} characters long.`);
  }
  if (FORBIDDEN_CHARACTER.test(after)) {
    throw new Refusal(
      'FORBIDDEN_CHARACTER',
      field,
      'The text must not contain control characters (other than tab and line breaks), lone surrogates or the non-characters U+FFFE / U+FFFF.',
    );
  }
  const fresh = newPersonalNumbers(before, after);
  if (fresh.length > 0 && !acknowledged) {
    throw new Refusal(
      'PERSONAL_DATA_SUSPECTED',
      field,
      'The text seems to contain a Swedish personal identity number. The routine must not hold data about individuals. Remove it, or confirm that it is not one.',
    );
  }
  return fresh;
}

interface CheckOptions {
  acknowledged: boolean;
  maxDocumentBytes: number;
  /** The texts the document may hold (a routine's unless given). */
  fields?: FieldRule;
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
  opts: CheckOptions,
): { personalNumbers: string[] } {
  const fields = opts.fields ?? routineFields;
  if (update.length < 4096) {
    // Typing or deleting in one field: only that field's text is checked, without a copy of
    // the document. Every keystroke, also a letter: one typed into a run of digits can set a
    // personal number free ("119900101-1239" → "1a19900101-1239").
    const one = spliceField(doc, Y.decodeUpdate(update), fields);
    if (one) {
      return {
        personalNumbers: checkField(fields, one.field, one.before, one.after, opts.acknowledged),
      };
    }
  }
  return checkUpdateOnCopy(doc, update, opts);
}

/**
 * The general check: the update applied to a copy of the document, every text it changes
 * compared before and after. `checkUpdate` takes it for whatever its fast path cannot place
 * (exported so a test can hold the fast path to it).
 */
export function checkUpdateOnCopy(
  doc: Y.Doc,
  update: Uint8Array,
  opts: CheckOptions,
): { personalNumbers: string[] } {
  const fields = opts.fields ?? routineFields;
  const state = Y.encodeStateAsUpdate(doc);
  if (state.length + update.length > opts.maxDocumentBytes) {
    throw new Refusal('DOCUMENT_TOO_LARGE', null, 'The live document is too large.');
  }
  const copy = new Y.Doc({ gc: false, guid: 'guard' });
  Y.applyUpdate(copy, state);
  const changed = new Set<string>();
  copy.on('afterTransaction', (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) {
      for (const [name, root] of copy.share) if (root === type) changed.add(name);
    }
  });
  const known = new Set(copy.share.keys());
  Y.applyUpdate(copy, update);
  for (const name of copy.share.keys()) if (!known.has(name)) changed.add(name);
  const found: string[] = [];
  for (const field of changed) {
    // Before reading it as a text: a map (the workshop's state) is no field a client may write.
    if (fields(field) === null) {
      throw new Refusal('UNKNOWN_FIELD', field, `The document has no field "${field}".`);
    }
    const before = known.has(field) ? doc.getText(field).toString() : '';
    const after = copy.getText(field).toString();
    found.push(...checkField(fields, field, before, after, opts.acknowledged));
  }
  copy.destroy();
  return { personalNumbers: found };
}
