import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  checkUpdate,
  checkUpdateOnCopy,
  Refusal,
  spliceField,
} from '../../src/server/realtime/collab.guard';

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELD = 'answer:s1.q1';
const PIECES = ['Nr 19900101-123', '119900101-1239', '900101', '-1239', ' Anna ', 'abc ', 'x😀y'];
// Digits, separators, letters, a control character, a lone surrogate and a surrogate pair.
const TYPED = ['0', '1', '2', '3', '9', '-', ' ', '+', 'a', 'Å', '\u0001', '\uD800', '😀', '12'];
// What others typed before (the guard let it in): no forbidden characters.
const ALLOWED = TYPED.filter((t) => t !== '\u0001' && t !== '\uD800');

const verdict = (check: () => { personalNumbers: string[] }) => {
  try {
    return check().personalNumbers.sort().join(',');
  } catch (err) {
    if (err instanceof Refusal) return `refused ${err.refusal}`;
    throw err;
  }
};

describe('the update guard: the one-field fast path against the copy', () => {
  it('gives the same verdict as the copy on random typing and deleting', () => {
    const random = prng(20261202);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    let fast = 0;
    const seenVerdicts = new Map<string, number>();
    for (let run = 0; run < 1000; run++) {
      const server = new Y.Doc();
      server.getText(FIELD).insert(0, Array.from({ length: 3 }, () => pick(PIECES)).join(''));
      const clients = Array.from({ length: 3 }, () => {
        const d = new Y.Doc();
        Y.applyUpdate(d, Y.encodeStateAsUpdate(server));
        return d;
      });
      // Concurrent edits by several people fragment the text into many items, some deleted.
      for (let k = 0; k < 8; k++) {
        const text = pick(clients).getText(FIELD);
        if (random() < 0.7 || text.length < 2) {
          text.insert(Math.floor(random() * (text.length + 1)), pick(ALLOWED));
        } else text.delete(Math.floor(random() * (text.length - 1)), 1);
      }
      for (const c of clients) Y.applyUpdate(server, Y.encodeStateAsUpdate(c));
      // One more keystroke by someone who has seen everything (or, sometimes, not).
      const editor = pick(clients);
      if (random() < 0.8) Y.applyUpdate(editor, Y.encodeStateAsUpdate(server));
      // The update a provider sends: this one transaction's structs and deletions.
      let update: Uint8Array = new Uint8Array();
      editor.once('update', (u: Uint8Array) => {
        update = u;
      });
      const text = editor.getText(FIELD);
      const almost = text.toString().indexOf('01-123');
      if (almost >= 0 && random() < 0.5) {
        text.insert(almost + 6, '9'); // completes 19900101-1239, unless the scramble broke it
      } else if (random() < 0.65 || text.length < 3) {
        text.insert(Math.floor(random() * (text.length + 1)), pick(TYPED));
      } else {
        text.delete(Math.floor(random() * (text.length - 2)), 1 + Math.floor(random() * 2));
      }
      if (spliceField(server, Y.decodeUpdate(update))) fast++;
      for (const acknowledged of [false, true]) {
        const opts = { acknowledged, maxDocumentBytes: 1_000_000 };
        const expected = verdict(() => checkUpdateOnCopy(server, update, opts));
        expect(
          verdict(() => checkUpdate(server, update, opts)),
          `run ${run}`,
        ).toBe(expected);
        const kind = expected.replace(/[0-9,]+/, 'numbers');
        seenVerdicts.set(kind, (seenVerdicts.get(kind) ?? 0) + 1);
      }
    }
    // The comparison means something only if most keystrokes took the fast path.
    expect(fast).toBeGreaterThan(700);
    // …and both kinds of refusal and a new personal number came up.
    expect([...seenVerdicts.keys()].sort()).toEqual([
      '',
      'numbers',
      'refused FORBIDDEN_CHARACTER',
      'refused PERSONAL_DATA_SUSPECTED',
    ]);
  });
});
