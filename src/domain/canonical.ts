import { createHash } from 'node:crypto';

/**
 * Canonical JSON: the one byte form of a value that a version's hash is taken over.
 * Object keys are sorted (by UTF-16 code units, after NFC) at every depth, strings and keys
 * are Unicode-NFC-normalised (so "e" + combining acute and "é" hash alike, whichever
 * keyboard or database produced them), there is no whitespace, arrays keep their order,
 * `undefined` object members are dropped (in arrays they become null, as in JSON), numbers
 * are written as JSON writes them. NaN and ±Infinity have no JSON form and are refused.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.normalize('NFC'));
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
    case 'function':
    case 'symbol':
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
    case 'undefined':
      return 'null';
  }
  const obj = value as object;
  if (typeof (obj as { toJSON?: unknown }).toJSON === 'function') {
    return write((obj as { toJSON(): unknown }).toJSON(), seen);
  }
  if (seen.has(obj)) throw new TypeError('canonicalJson: the value is circular');
  seen.add(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = `[${obj.map((item) => write(item, seen)).join(',')}]`;
  } else {
    const members: [string, unknown][] = [];
    for (const [key, member] of Object.entries(obj)) {
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol')
        continue;
      members.push([key.normalize('NFC'), member]);
    }
    members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 1; i < members.length; i++) {
      if (members[i]![0] === members[i - 1]![0]) {
        throw new TypeError(`canonicalJson: two keys normalise to "${members[i]![0]}"`);
      }
    }
    out = `{${members.map(([k, v]) => `${JSON.stringify(k)}:${write(v, seen)}`).join(',')}}`;
  }
  seen.delete(obj);
  return out;
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
