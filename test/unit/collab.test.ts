import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newPersonalNumbers, routineIdOf, textEdit } from '../../src/domain/collab';
import { withoutForbiddenCharacters } from '../../src/domain/text';
import { checkUpdate } from '../../src/server/realtime/collab.guard';

describe('the live document contract', () => {
  it('names documents routine:<id> and nothing else', () => {
    expect(routineIdOf('routine:3f0c2a9e-1b2c-4d5e-8f90-123456789abc')).toBe(
      '3f0c2a9e-1b2c-4d5e-8f90-123456789abc',
    );
    expect(routineIdOf('routine:')).toBeNull();
    expect(routineIdOf('routine:a b')).toBeNull();
    expect(routineIdOf('collab:x')).toBeNull();
  });

  it('turns two texts into the smallest single edit', () => {
    expect(textEdit('abc', 'abc')).toBeNull();
    expect(textEdit('Polisen ringer.', 'Polisen ringer direkt.')).toEqual({
      index: 14,
      remove: 0,
      insert: ' direkt',
    });
    expect(textEdit('aXXb', 'ab')).toEqual({ index: 1, remove: 2, insert: '' });
    expect(textEdit('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
  });

  it('finds only personal numbers the text did not already hold', () => {
    expect(newPersonalNumbers('', 'Ärende 19900101-1239')).toEqual(['199001011239']);
    expect(newPersonalNumbers('Ärende 19900101-1239', 'Nytt: ärende 19900101-1239')).toEqual([]);
    expect(newPersonalNumbers('900101', '9001011239')).toEqual(['9001011239']);
    expect(newPersonalNumbers('', 'Ring 112 eller 114 14')).toEqual([]);
  });
});

describe('the update guard', () => {
  const opts = { acknowledged: false, maxDocumentBytes: 1_000_000 };
  const updateFrom = (doc: Y.Doc, change: (d: Y.Doc) => void) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };

  it('refuses a personal number formed by typing one digit, unless acknowledged', () => {
    const doc = new Y.Doc();
    doc.getText('answer:s1.q1').insert(0, 'Nummer 19900101-123');
    const update = updateFrom(doc, (d) => d.getText('answer:s1.q1').insert(19, '9'));
    expect(() => checkUpdate(doc, update, opts)).toThrow(/personal identity number/);
    expect(checkUpdate(doc, update, { ...opts, acknowledged: true }).personalNumbers).toHaveLength(
      1,
    );
  });

  it('refuses unknown fields and texts over the limit; lets plain typing through', () => {
    const doc = new Y.Doc();
    const unknown = updateFrom(doc, (d) => d.getText('answer:nope').insert(0, 'x'));
    expect(() => checkUpdate(doc, unknown, opts)).toThrow(/no field/);
    const long = updateFrom(doc, (d) => d.getText('mainRule').insert(0, 'x'.repeat(2001)));
    expect(() => checkUpdate(doc, long, opts)).toThrow(/at most 2000/);
    const plain = updateFrom(doc, (d) => d.getText('answer:s1.q1').insert(0, 'Hej'));
    expect(checkUpdate(doc, plain, opts).personalNumbers).toEqual([]);
  });

  it('refuses a letter typed into digits that sets a personal number free', () => {
    const doc = new Y.Doc();
    doc.getText('answer:s1.q1').insert(0, 'Nr 119900101-1239');
    // Twelve digits before the dash are no personal number; a letter after the first one is.
    expect(newPersonalNumbers('', 'Nr 119900101-1239')).toEqual([]);
    const update = updateFrom(doc, (d) => d.getText('answer:s1.q1').insert(4, 'a'));
    expect(() => checkUpdate(doc, update, opts)).toThrow(/personal identity number/);
  });
});

describe('forbidden characters in live text', () => {
  const opts = { acknowledged: false, maxDocumentBytes: 1_000_000 };
  it('refuses an update that adds a control character, as the HTTP guard does', () => {
    const doc = new Y.Doc();
    doc.getText('answer:s1.q1').insert(0, 'Polisen ringer');
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(client);
    client.getText('answer:s1.q1').insert(7, '\u000B');
    const update = Y.encodeStateAsUpdate(client, before);
    expect(() => checkUpdate(doc, update, opts)).toThrow(/control characters/);
  });

  it('turns a pasted word processor break into a line break and drops the rest', () => {
    expect(withoutForbiddenCharacters('Rad ett\u000Brad två\u000Csida\u0000\u0007 slut\t.')).toBe(
      'Rad ett\nrad två\nsida slut\t.',
    );
    expect(withoutForbiddenCharacters('Emoji 👩‍⚕️ och עברית')).toBe('Emoji 👩‍⚕️ och עברית');
  });
});
