/**
 * The in-house RFC 8785 canonicalizer against the `canonicalize` package it replaces: byte-identical text over
 * the RFC 8785 vectors in ../shared (skipped, saying so, when absent), bundles assembled from the bench's
 * generated inputs, and 12,000 generated values built to hit what a sorted-copy canonicalizer gets wrong:
 * integer-like keys (V8 enumerates them first), keys ordered differently by UTF-16 code unit and by code point,
 * `__proto__`, surrogate pairs, -0, 1e21 and other number forms, escapes, deep nesting, objects of more than 16
 * keys in random order (which the fast path sorts differently from small ones). Also the same refusals
 * (NaN, Infinity, lone surrogates, cycles), and a check that this corpus does catch a canonicalizer broken in
 * key order or in number form, so the test can fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import canonicalize from 'canonicalize';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import { canonicalForm, canonicalJson, digestWithin, sha256 } from '../../src/domain/canonical.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { sharedDir } from '../helpers/paths.js';
import { seededRandom as prng } from '../helpers/random.js';

/** The reference: the `canonicalize` package, undefined mapped to a thrown TypeError as canonicalJson does. */
function reference(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

const KEYS = [
  // integer-like (array index) keys and near misses: V8 orders the former first, numerically.
  '0',
  '1',
  '2',
  '9',
  '10',
  '11',
  '100',
  '4294967294',
  '4294967295',
  '4294967296',
  '01',
  '-1',
  '1.5',
  '1e3',
  ' 1',
  // ordinary and awkward keys
  '',
  'a',
  'b',
  'B',
  'aa',
  'a b',
  '__proto__',
  'constructor',
  'toJSON',
  'é',
  'e\u0301',
  '\u0000',
  '\u001f',
  '"',
  '\\',
  '\u2028',
  '\u20ac',
  '\uff61', // above the surrogates as a code unit, below U+1F600 as a code point
  '\ud83d\ude00', // U+1F600 as a surrogate pair
  '\ud800\udc00',
  '\udbff\udfff',
  '\ufb33',
  'ø',
  'zzz',
];

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.1,
  0.2 + 0.1,
  1e21,
  1e20,
  9.999999999999999e20,
  1e-6,
  1e-7,
  1.5e-7,
  5e-324,
  -5e-324,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 53),
  2 ** 31,
  2 ** 32,
  123456789012345680000,
  333333333.3333333,
  1e300,
  -1e-300,
  4.35,
  0.000001,
];

const STRINGS = [
  '',
  'plain',
  'quote " and backslash \\',
  'controls \u0000\u0001\u0008\t\n\f\r\u001f\u007f',
  'line separators \u2028\u2029',
  'é ü ø ß',
  'emoji \ud83d\ude00 \ud83c\udf89',
  'astral \ud800\udc00 \udbff\udfff',
  '\u20ac€',
  '</script>',
  'tab\tand\u000bvertical',
];

/** A random JSON value (plus undefined where JSON.stringify and the package drop or null it). */
function value(random: () => number, depth: number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (depth <= 0 || roll < 0.35) {
    const leaf = random();
    if (leaf < 0.3) return pick(NUMBERS);
    if (leaf < 0.4) {
      // a random double from random bits, finite
      const view = new DataView(new ArrayBuffer(8));
      view.setUint32(0, Math.floor(random() * 2 ** 32));
      view.setUint32(4, Math.floor(random() * 2 ** 32));
      const n = view.getFloat64(0);
      return Number.isFinite(n) ? n : 0;
    }
    if (leaf < 0.5) return Math.floor((random() - 0.5) * 2 ** Math.floor(random() * 60));
    if (leaf < 0.75) return pick(STRINGS) + (random() < 0.3 ? pick(KEYS) : '');
    if (leaf < 0.85) return random() < 0.5;
    if (leaf < 0.95) return null;
    return undefined;
  }
  if (roll < 0.6) return Array.from({ length: Math.floor(random() * 6) }, () => value(random, depth - 1));
  if (roll < 0.63) return wide(random);
  const object: Record<string, unknown> = {};
  const size = Math.floor(random() * 8);
  for (let i = 0; i < size; i++) {
    const key = random() < 0.8 ? pick(KEYS) : `${pick(KEYS)}${pick(KEYS)}`;
    // defineProperty: `__proto__` becomes an own key, as JSON.parse makes it.
    Object.defineProperty(object, key, { value: value(random, depth - 1), enumerable: true, writable: true });
  }
  return object;
}

/** KEYS that keep their insertion order in V8 and are not `__proto__`: an object of only these can take the fast path. */
const ordered = (key: string): boolean => !/^(?:0|[1-9][0-9]{0,9})$/.test(key) && key !== '__proto__';
const ORDERED_KEYS = KEYS.filter(ordered);

/**
 * An object of 17 to 40 keys, none of which sends it down the slow path, inserted in random order: the fast
 * path sorts more than 16 keys with Array.prototype.sort instead of by insertion, and only such an object
 * reaches that sort. Its keys mix case, accents and astral characters, where a sort other than by UTF-16 code
 * units (by locale, by code point) differs.
 */
function wide(random: () => number): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const object: Record<string, unknown> = {};
  const size = 17 + Math.floor(random() * 24);
  while (Object.keys(object).length < size) {
    const key = random() < 0.5 ? pick(ORDERED_KEYS) : `${pick(ORDERED_KEYS)}${pick(ORDERED_KEYS)}`;
    if (ordered(key)) object[key] = value(random, 0);
  }
  return object;
}

/** Whether the corpus holds an object that only the fast path's wide sort orders (see wide). */
function hasWideOrderedObject(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return false;
  if (Array.isArray(item)) return item.some(hasWideOrderedObject);
  const keys = Object.keys(item);
  if (keys.length > 16 && keys.every(ordered)) return true;
  return Object.values(item).some(hasWideOrderedObject);
}

/** A chain `depth` levels deep, alternating objects and arrays. */
function deep(depth: number, random: () => number): unknown {
  let node: unknown = value(random, 1);
  for (let i = 0; i < depth; i++) node = i % 2 ? [node, i] : { [String(i % 12)]: node, z: i, é: -0 };
  return node;
}

function corpus(count: number): unknown[] {
  const values: unknown[] = [];
  for (let seed = 1; values.length < count; seed++) {
    const random = prng(seed);
    const item = seed % 50 === 0 ? deep(20 + (seed % 300), random) : value(random, 1 + (seed % 6));
    values.push(item === undefined ? [item] : item); // undefined alone has no JSON text
  }
  return values;
}

const GENERATED = corpus(12_000);

describe('in-house canonicalJson against the canonicalize package', () => {
  it('is byte-identical on 12,000 generated values', () => {
    let compared = 0;
    for (const [i, item] of GENERATED.entries()) {
      const expected = reference(item);
      const actual = canonicalJson(item);
      if (actual !== expected) expect({ index: i, actual }).toEqual({ index: i, actual: expected });
      compared++;
    }
    expect(compared).toBe(12_000);
  });

  it('is byte-identical on the same values already in canonical key order (kept, not copied)', () => {
    // JSON.parse of canonical text gives objects whose keys are already sorted (V8 still lists integer-like
    // keys first): the fast path keeps such objects as they are and must give the same bytes.
    let compared = 0;
    for (const [i, item] of GENERATED.entries()) {
      const expected = reference(item);
      const actual = canonicalJson(JSON.parse(expected));
      if (actual !== expected) expect({ index: i, actual }).toEqual({ index: i, actual: expected });
      compared++;
    }
    expect(compared).toBe(12_000);
    // Objects in key order that JSON.stringify would not serialize as their keys: boxed primitives, a class.
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
    }
    for (const item of [
      { a: new Number(1), b: new String('s'), c: new Boolean(false) },
      [new String(''), new Number(0)],
      { p: new Point(1, 2) },
      Object.assign(Object.create(null) as object, { a: 1, b: [2] }),
    ])
      expect(canonicalJson(item)).toBe(reference(item));
  });

  it('canonicalForm and digestWithin give the same bytes and digests on the same values', () => {
    // canonicalForm's text, and digestWithin over a parsed copy (in key order, so the fast path without a walk
    // per value when JavaScript holds that order, digestOf otherwise), against the package.
    let compared = 0;
    for (const [i, item] of GENERATED.entries()) {
      const expected = reference(item);
      const form = canonicalForm(item);
      if (form.text !== expected) expect({ index: i, text: form.text }).toEqual({ index: i, text: expected });
      if (canonicalJson(form.value) !== expected) expect({ index: i, value: 'reordered' }).toBe(expected);
      const root = { value: JSON.parse(expected) as unknown };
      const digest = digestWithin(root)(root.value);
      if (digest !== sha256(expected)) expect({ index: i, digest }).toEqual({ index: i, digest: sha256(expected) });
      compared++;
    }
    expect(compared).toBe(12_000);
  });

  it('the generated values reach both paths and every awkward key', () => {
    const texts = GENERATED.map((v) => reference(v)).join('\n');
    for (const key of ['"10":', '"4294967295":', '"__proto__":', '"\ud83d\ude00":', '"\uff61":', '"":'])
      expect(texts, key).toContain(key);
    for (const number of ['1e+21', '1e-7', '5e-324', '1.7976931348623157e+308', '-1e-300'])
      expect(texts).toContain(number);
    expect(texts).toContain(':0'); // -0 serialized as 0
    // Objects of more than 16 keys that the fast path sorts as a whole (wide).
    expect(GENERATED.filter(hasWideOrderedObject).length).toBeGreaterThan(100);
  });

  it('gives the same refusals', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cyclicArray: unknown[] = [1];
    cyclicArray.push({ back: cyclicArray });
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      { a: Number.NEGATIVE_INFINITY },
      '\ud800',
      { '\udc00': 1 },
      ['x\ud83d'],
      cyclic,
      cyclicArray,
      undefined,
    ]) {
      expect(() => reference(bad)).toThrow();
      expect(() => canonicalJson(bad)).toThrow();
    }
    expect(() => canonicalJson(Number.NaN)).toThrow('NaN is not allowed');
    expect(() => canonicalJson({ k: '\ud800' })).toThrow('Lone surrogate is not allowed');
    expect(() => canonicalJson({ 10: cyclic })).toThrow('Circular reference detected');
    expect(() => canonicalJson(cyclic)).toThrow('Circular reference detected');
    expect(() => canonicalJson({ deep: deep(200, prng(3)), again: cyclicArray })).toThrow(
      'Circular reference detected',
    );
  });

  it('agrees on toJSON, dates, shared (not cyclic) subtrees and absent values', () => {
    const shared = { x: [1, 2] };
    for (const item of [
      new Date(Date.UTC(2026, 10, 26, 12, 0, 0)),
      { when: new Date(0), custom: { toJSON: () => ({ b: 1, a: [2, { 10: 'x', 9: 'y' }] }) } },
      { left: shared, right: shared },
      [undefined, Symbol('s'), { u: undefined, s: Symbol('t'), k: 1 }],
    ])
      expect(canonicalJson(item)).toBe(reference(item));
  });

  it('is byte-identical while Object.prototype has an enumerable key (the fast walk lists keys by for-in)', () => {
    // for-in also lists inherited enumerable keys, after the own ones; JSON.stringify and the package write
    // only own keys. Each polluting key here meets the walk differently: after every own key with a plain
    // value, before own keys (out of order), integer-like, and with a value out of key order (which the walk
    // would copy, were it an own key).
    const pollutions: Array<[string, unknown]> = [
      ['\uffff', 1],
      ['a', 'x'],
      ['5', null],
      ['\uffff', { b: 1, a: 2 }],
      ['\uffff', Number.NaN],
    ];
    const sample = GENERATED.slice(0, 1_500);
    const mismatches: unknown[] = [];
    for (const [key, polluting] of pollutions) {
      const expected = sample.map((item) => reference(item));
      Object.defineProperty(Object.prototype, key, {
        value: polluting,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      try {
        for (const [i, item] of sample.entries()) {
          const form = canonicalForm(item);
          const parsed = { value: JSON.parse(expected[i] as string) as unknown };
          const actual = [canonicalJson(item), form.text, canonicalJson(form.value)];
          const digest = digestWithin(parsed)(parsed.value);
          if (actual.some((text) => text !== expected[i]) || digest !== sha256(expected[i] as string))
            mismatches.push({ key, i, actual, digest });
        }
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
      expect(mismatches, `Object.prototype[${JSON.stringify(key)}]`).toEqual([]);
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('would catch a canonicalizer broken in key order or number form', () => {
    // A sorted copy + JSON.stringify without the integer-key fallback: V8 reorders "10" before "9".
    const naive = (v: unknown): string =>
      JSON.stringify(v, (_key, item: unknown) =>
        item && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : item,
      );
    // Keys sorted by code point instead of UTF-16 code unit.
    const byCodePoint = (v: unknown): string =>
      JSON.stringify(v, (_key, item: unknown) =>
        item && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(
              Object.entries(item).sort(([a], [b]) => {
                const [x, y] = [[...a].map((c) => c.codePointAt(0) ?? 0), [...b].map((c) => c.codePointAt(0) ?? 0)];
                for (let i = 0; i < Math.min(x.length, y.length); i++)
                  if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
                return x.length - y.length;
              }),
            )
          : item,
      );
    // Numbers written without exponents (1e21 as 1000000000000000000000) or keeping the sign of -0.
    const numbers = (v: unknown): string => canonicalJson(v).replace(/1e\+21/g, '1000000000000000000000');
    const signedZero = (v: unknown): string => (hasNegativeZero(v) ? `${canonicalJson(v)} ` : canonicalJson(v));
    for (const broken of [naive, byCodePoint, numbers, signedZero]) {
      const caught = GENERATED.some((item) => {
        try {
          return broken(item) !== reference(item);
        } catch {
          return true;
        }
      });
      expect(caught, broken.name).toBe(true);
    }
  });
});

function hasNegativeZero(v: unknown): boolean {
  if (Object.is(v, -0)) return true;
  if (v && typeof v === 'object') return Object.values(v).some(hasNegativeZero);
  return false;
}

const jcsDir = path.join(sharedDir, 'fixtures', 'real', 'jcs');
const haveJcs = existsSync(path.join(jcsDir, 'input'));
const NO_JCS = `RFC 8785 vectors not found at ${jcsDir} (../shared is absent): vector comparison skipped`;

describe('in-house canonicalJson on the RFC 8785 vectors', () => {
  if (!haveJcs) {
    it.skip(NO_JCS, () => {});
    return;
  }
  const names = readdirSync(path.join(jcsDir, 'input')).filter((f) => f.endsWith('.json'));
  it.each(names)('%s: the expected bytes, as the package gives them', (file) => {
    const input: unknown = JSON.parse(readFileSync(path.join(jcsDir, 'input', file), 'utf8'));
    const output = path.join(jcsDir, 'output', file);
    const expected = existsSync(output)
      ? readFileSync(output, 'utf8')
      : Buffer.from(
          readFileSync(path.join(jcsDir, 'outhex', file.replace(/\.json$/, '.txt')), 'utf8').replace(/\s+/g, ''),
          'hex',
        ).toString('utf8');
    expect(canonicalJson(input)).toBe(expected);
    expect(reference(input)).toBe(expected);
  });
});

describe("in-house canonicalJson on the bench's assembled bundles", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await removeDir(dir);
  });

  it('is byte-identical for bundle, holds, lineage and manifest of a 300-component assembly', async () => {
    const dir = await makeTempDir('cutover-canonical-');
    dirs.push(dir);
    const inputs = await generate(dir, 300);
    const out = path.join(dir, 'out');
    const run = await runCli(['assemble', '--sources', inputs.sources, '--out', out, '--policy', inputs.policy]);
    expect(run.code, run.stderr).toBe(0);
    const files = await Promise.all(
      ['bundle.json', 'holds.json', 'lineage.json', 'manifest.json'].map(
        async (f): Promise<unknown> => JSON.parse(await readFile(path.join(out, f), 'utf8')),
      ),
    );
    const [bundle, holds, lineage] = files;
    for (const item of [...files, { bundle, holds, lineage }]) expect(canonicalJson(item)).toBe(reference(item));
  }, 60_000);
});
