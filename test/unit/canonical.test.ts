import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/domain/canonical';

describe('canonicalJson', () => {
  it('sorts keys at every depth, so key order never changes the bytes', () => {
    const a = { b: 1, a: { d: [1, { z: true, y: null }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('normalises strings and keys to NFC: a decomposed é equals a composed one', () => {
    const decomposed = 'Socialtja\u0308nsten e\u0301';
    const composed = 'Socialtjänsten é';
    expect(decomposed).not.toBe(composed);
    expect(canonicalJson({ name: decomposed })).toBe(canonicalJson({ name: composed }));
    expect(canonicalJson({ 'e\u0301': 1 })).toBe(canonicalJson({ é: 1 }));
    expect(sha256Hex(canonicalJson(decomposed))).toBe(sha256Hex(canonicalJson(composed)));
  });

  it('keeps array order, nested arrays included, and writes no whitespace', () => {
    expect(canonicalJson([[3, 1], [2], [], ['b', 'a']])).toBe('[[3,1],[2],[],["b","a"]]');
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ text: 'rad 1\nrad 2', n: 1.5 })).toBe(
      '{"n":1.5,"text":"rad 1\\nrad 2"}',
    );
  });

  it('drops undefined members, writes undefined array items as null, numbers as JSON', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined, 1] })).toBe(
      '{"b":null,"c":[null,1]}',
    );
    expect(canonicalJson({ n: -0, e: 1e21, f: 0.1 })).toBe('{"e":1e+21,"f":0.1,"n":0}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });

  it('is stable: parsing its output and writing it again gives the same bytes and hash', () => {
    const value = {
      schema: 'samrutin.routine/1',
      answers: { 's2.q1': 'Vem möter – ”offret”? 😀', 's1.q1': 'Mål' },
      actions: [{ id: '2', handoffTo: ['b', 'a'], isEntryPoint: true, position: 0 }],
      evaluationPlan: null,
    };
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    expect(sha256Hex(canonicalJson(JSON.parse(text)))).toBe(sha256Hex(text));
  });

  it('refuses what JSON cannot hold, and circular values', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => canonicalJson(circular)).toThrow(TypeError);
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes as 64 lowercase hex digits', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('å')).not.toBe(sha256Hex('a\u030a'));
  });
});
