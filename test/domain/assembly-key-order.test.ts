/**
 * key-order.ts (assembly builds its objects with keys in RFC 8785 order, so the canonical form need not copy
 * them) against the plain version: a copy made by spreading the object. Over generated objects with awkward
 * keys (integer-like, `__proto__`, UTF-16 vs code point order, `toJSON`) and values (undefined, nested
 * objects), keySorted must keep every entry (same canonical JSON, same JSON.stringify text once the keys are
 * sorted), return the object itself when it is already in order or cannot be put in order by insertion, and
 * never change its argument. A check at the end shows the corpus catches a keySorted that drops or reorders.
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/canonical.js';
import { keySorted, keySortedCopy } from '../../src/domain/key-order.js';
import { seededRandom as prng } from '../helpers/random.js';

const KEYS = [
  'builder',
  'signatureVerified',
  'signer',
  'sourceCommit',
  'sourceRef',
  'sourceRepository',
  'subjects',
  'verification',
  'kind',
  'ref',
  'at',
  'a',
  'B',
  'b',
  '',
  'é',
  '\u{1f600}',
  '\uff61',
  'toJSON',
  '__proto__',
  '0',
  '10',
  '9',
  '01',
  '1.5',
  '-1',
];

/** An object built by assignment (and JSON.parse for `__proto__`, which assignment cannot add as a key). */
function generated(random: () => number): Record<string, unknown> {
  const n = Math.floor(random() * 9);
  const entries: Array<[string, unknown]> = [];
  for (let i = 0; i < n; i++) {
    const key = KEYS[Math.floor(random() * KEYS.length)] as string;
    const r = random();
    const value =
      r < 0.5
        ? `v${Math.floor(random() * 100)}`
        : r < 0.7
          ? Math.floor(random() * 1e6)
          : r < 0.8
            ? undefined
            : { x: 1 };
    entries.push([key, value]);
  }
  if (entries.some(([key]) => key === '__proto__')) {
    const text = `{${entries
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(',')}}`;
    return JSON.parse(text) as Record<string, unknown>;
  }
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) object[key] = value;
  return object;
}

const inOrder = (keys: string[]): boolean => keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k);

/** The properties keySorted promises, checked against the plain spread copy. */
function check(sort: typeof keySorted, value: Record<string, unknown>): void {
  const before = JSON.stringify(Object.entries(value));
  const plain = { ...value };
  const sorted = sort(value);
  expect(JSON.stringify(Object.entries(value))).toBe(before);
  expect(canonicalJson(sorted)).toBe(canonicalJson(plain));
  expect(Object.getOwnPropertyNames(sorted).sort()).toEqual(Object.getOwnPropertyNames(plain).sort());
  for (const key of Object.keys(plain)) expect(sorted[key]).toBe(plain[key]);
  const keys = Object.keys(value);
  const insertable = keys.every((k) => !/^[0-9]/.test(k) && k !== '__proto__');
  if (!insertable || inOrder(keys)) expect(sorted).toBe(value);
  else {
    expect(sorted).not.toBe(value);
    expect(inOrder(Object.keys(sorted))).toBe(true);
    expect(Object.getPrototypeOf(sorted)).toBe(Object.prototype);
  }
  const copy = keySortedCopy(value);
  expect(copy).not.toBe(value);
  expect(canonicalJson(copy)).toBe(canonicalJson(plain));
}

describe('keySorted', () => {
  it('keeps every entry of 5,000 generated objects and orders those it can', () => {
    const random = prng(13);
    for (let i = 0; i < 5000; i++) check(keySorted, generated(random));
  });

  it('leaves objects that are not plain as they are', () => {
    class Thing {
      b = 1;
      a = 2;
    }
    const thing = new Thing();
    expect(keySorted(thing)).toBe(thing);
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 2 });
    expect(Object.keys(keySorted(bare))).toEqual(['a', 'b']);
  });

  it('orders a provenance statement and rollback evidence as the bundle writes them', () => {
    const provenance = {
      builder: 'b',
      sourceRepository: 'r',
      sourceRef: 'refs/tags/v1',
      sourceCommit: 'c',
      subjects: ['sha256:00'],
      signatureVerified: false,
      verification: 'not-verified',
    };
    expect(Object.keys(keySorted(provenance))).toEqual([
      'builder',
      'signatureVerified',
      'sourceCommit',
      'sourceRef',
      'sourceRepository',
      'subjects',
      'verification',
    ]);
    expect(Object.keys(keySorted({ kind: 'k', ref: 'r', at: 't' }))).toEqual(['at', 'kind', 'ref']);
  });

  it('the corpus catches a keySorted that drops an entry or leaves keys out of order', () => {
    const dropping: typeof keySorted = (value) => {
      const keys = Object.keys(value);
      if (keys.length < 2 || inOrder(keys)) return value;
      const copy: Record<string, unknown> = {};
      for (const key of keys.sort().slice(1)) copy[key] = (value as Record<string, unknown>)[key];
      return copy as typeof value;
    };
    const unsorted: typeof keySorted = (value) => ({ ...value });
    for (const broken of [dropping, unsorted]) {
      const random = prng(13);
      expect(() => {
        for (let i = 0; i < 5000; i++) check(broken, generated(random));
      }).toThrow();
    }
  });
});
