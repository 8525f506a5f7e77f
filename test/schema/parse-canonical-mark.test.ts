/**
 * parse.ts parseCanonicalJson marks a parsed value as in canonical order (canonical.ts markParsedInOrder) when
 * its key walk found it so; the bundle digest and digestWithin then skip their own walk. This shows the mark
 * is given only where canonical.ts's own fast path would keep the value as it is, and that digests through
 * the marked path are byte-identical to the `canonicalize` package's and to the unmarked path's, over
 * generated values in canonical and adversarial key orders with integer-like keys, `__proto__`, `toJSON`,
 * lone surrogates, numbers JSON.parse reads as Infinity, and deep nesting.
 */
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { bundleDigest, canonicalForm, digestWithin, knownCanonical, sha256 } from '../../src/domain/canonical.js';
import type { BundleFiles } from '../../src/domain/model.js';
import { parseCanonicalJson, parseDocument } from '../../src/schema/parse.js';
import { seededRandom as prng } from '../helpers/random.js';

const KEYS = ['0', '1', '9', '10', '4294967294', '4294967295', '9999999999', '10000000000', '01', '-1', '1.5'];
KEYS.push('', 'a', 'b', 'B', 'aa', '__proto__', 'constructor', 'toJSON', 'é', '\u0000', '"', '\\', '\u20ac');
KEYS.push('\uff61', '\ud83d\ude00', '\ud800\udc00', '\ud800', '\udc00x', 'zzz', 'component', 'digest');
/** Leaves as JSON text, so that `1e400` (Infinity once parsed) and lone surrogate escapes can be written. */
const LEAVES = ['0', '-0', '1', '1e21', '0.1', '5e-324', '1e400', '-1e400', 'true', 'null', '"x"', '"\\ud800"'];
LEAVES.push('"\\udc00 y"', '"\\ud83d\\ude00"', '"a\\u2028b"', '"\\"q\\""', '123456789012345680000');

/** JSON text of a random value; `ordered` writes keys sorted (as Cutover does), otherwise in random order. */
function text(random: () => number, depth: number, ordered: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (depth <= 0 || roll < 0.3) return pick(LEAVES);
  if (roll < 0.5)
    return `[${Array.from({ length: Math.floor(random() * 5) }, () => text(random, depth - 1, ordered)).join(',')}]`;
  const keys = new Set<string>();
  const size = Math.floor(random() * 7);
  // Mostly ordinary keys, so that many values pass the check and the mark is exercised.
  for (let i = 0; i < size; i++) keys.add(random() < 0.5 ? pick(KEYS.slice(11)) : `${pick(KEYS)}${pick(KEYS)}`);
  const list = [...keys];
  if (random() < ordered) list.sort();
  else list.sort(() => random() - 0.5);
  return `{${list.map((key) => `${JSON.stringify(key)}:${text(random, depth - 1, ordered)}`).join(',')}}`;
}

function deep(levels: number, leaf: string): string {
  let node = leaf;
  for (let i = 0; i < levels; i++) node = i % 2 ? `[${node},${i}]` : `{"a":${node},"z":${i}}`;
  return node;
}

function corpus(): string[] {
  const texts: string[] = [];
  for (let seed = 1; texts.length < 6000; seed++) {
    const random = prng(seed);
    texts.push(text(random, 1 + (seed % 6), seed % 3 === 0 ? 0.5 : 0.97));
  }
  for (const levels of [1, 30, 62, 63, 64, 65, 66, 100, 200])
    for (const leaf of ['1', '1e400', '"\\ud800"', '{"b":1,"a":2}']) texts.push(deep(levels, leaf));
  texts.push('{"__proto__":1}', '{"toJSON":1}', '{"a":{"toJSON":"x"}}', '{"1":1,"a":2}', '{"a":1,"b":[1e400]}');
  texts.push('{}', '[]', '1', '"s"', 'null', '{"a":{},"b":[]}', '{"b":1,"a":1}', '{"a":1,"a":2}');
  return texts;
}

/** The `canonicalize` package's digest, or the error (message) both it and ours throw. */
function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}
const reference = (value: unknown): string => sha256(canonicalize(value) as string);

const TEXTS = corpus();

describe('parseCanonicalJson marks only what the canonical fast path keeps as it is', () => {
  it('marks a value only when canonicalForm keeps the same value (no copy, no slow path)', () => {
    let marked = 0;
    let unmarkedKept = 0;
    for (const [i, source] of TEXTS.entries()) {
      let parsed: unknown;
      try {
        parsed = parseCanonicalJson(source, 'x.json');
      } catch {
        continue; // duplicate keys: refused before any mark
      }
      const kept = typeof parsed === 'object' && parsed !== null && canonicalForm(JSON.parse(source)).value !== null;
      const fresh: unknown = JSON.parse(source);
      // canonicalForm marks what its fast path kept or made, and returns the value itself when it kept it (or
      // when the slow path must write it, unmarked): kept as it is means the same value, and marked.
      const same =
        typeof fresh === 'object' && fresh !== null && canonicalForm(fresh).value === fresh && knownCanonical(fresh);
      if (knownCanonical(parsed)) {
        marked++;
        if (!same) expect({ i, source, same }).toEqual({ i, source, same: true });
      } else if (kept && same) unmarkedKept++;
    }
    // The corpus exercises both sides. The parser may leave unmarked what the fast path keeps (nesting past 64
    // levels counted from the root, where the fast path allows 65): then the digests walk it as before.
    expect(marked).toBeGreaterThan(1500);
    expect(unmarkedKept).toBeLessThan(TEXTS.length);
  });

  it('gives digests byte-identical to the canonicalize package and to the unmarked path', () => {
    let compared = 0;
    for (const [i, source] of TEXTS.entries()) {
      let parsed: unknown;
      try {
        parsed = parseCanonicalJson(source, 'x.json');
      } catch {
        continue;
      }
      if (typeof parsed !== 'object' || parsed === null) continue;
      const plain = parseDocument(source, 'x.json', 'json') as object;
      expect(knownCanonical(plain)).toBe(false);
      // Whole value, and every value one and two levels inside it, as verify's lineage rule digests fields.
      const inside = [
        parsed,
        ...Object.values(parsed).flatMap((v) => [v, ...(v && typeof v === 'object' ? Object.values(v) : [])]),
      ];
      const insidePlain = [
        plain,
        ...Object.values(plain).flatMap((v) => [v, ...(v && typeof v === 'object' ? Object.values(v) : [])]),
      ];
      const marked = digestWithin(parsed);
      const unmarked = digestWithin(plain);
      for (const [j, value] of inside.entries()) {
        const expected = outcome(() => reference(insidePlain[j]));
        expect({ i, j, marked: outcome(() => marked(value)) }).toEqual({ i, j, marked: expected });
        expect({ i, j, unmarked: outcome(() => unmarked(insidePlain[j])) }).toEqual({ i, j, unmarked: expected });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('gives the bundle digest of three parsed files byte-identical to the package and the unmarked path', () => {
    let compared = 0;
    for (let i = 0; i + 2 < TEXTS.length; i += 3) {
      const sources = [TEXTS[i], TEXTS[i + 1], TEXTS[i + 2]] as string[];
      let files: unknown[];
      try {
        files = sources.map((source) => parseCanonicalJson(source, 'x.json'));
      } catch {
        continue;
      }
      const [bundle, holds, lineage] = files;
      const plain = sources.map((source) => JSON.parse(source) as unknown);
      const expected = outcome(() => reference({ bundle: plain[0], holds: plain[1], lineage: plain[2] }));
      const viaMarks = outcome(() => bundleDigest({ bundle, holds, lineage } as unknown as BundleFiles));
      const viaPlain = outcome(() =>
        bundleDigest({ bundle: plain[0], holds: plain[1], lineage: plain[2] } as unknown as BundleFiles),
      );
      expect({ i, viaMarks, viaPlain }).toEqual({ i, viaMarks: expected, viaPlain: expected });
      compared++;
    }
    expect(compared).toBeGreaterThan(1500);
  });

  it('does not mark values with integer-like keys, __proto__, toJSON, Infinity, disorder or deep nesting', () => {
    for (const source of [
      '{"1":1}',
      '{"__proto__":{}}',
      '{"toJSON":1}',
      '{"a":[1e400]}',
      '{"b":1,"a":2}',
      '{"a":1,"a ":{"1":2}}',
      deep(65, '1'),
    ])
      expect({ source, marked: knownCanonical(parseCanonicalJson(source, 'x.json')) }).toEqual({
        source,
        marked: false,
      });
    for (const source of ['{"a":1,"b":{"c":[{"d":"\\ud800"}]}}', '{"10a":1,"1a":2}', deep(64, '1'), '[{"a":1}]'])
      expect({ source, marked: knownCanonical(parseCanonicalJson(source, 'x.json')) }).toEqual({
        source,
        marked: true,
      });
  });
});
