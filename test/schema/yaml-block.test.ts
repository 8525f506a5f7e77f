/**
 * src/schema/yaml-block.ts reads plain block YAML without js-yaml. Whatever it accepts must come out exactly as
 * js-yaml's loadAll with CORE_SCHEMA reads it (same values, same key order); whatever it doubts (NOT_PLAIN) goes
 * to js-yaml. Compared here on the edges of its subset, on generated documents, and through parseDocument.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseDocument } from '../../src/schema/parse.js';
import { type ImplicitType, NOT_PLAIN, parseBlockYaml } from '../../src/schema/yaml-block.js';

const schema: unknown = yaml.CORE_SCHEMA;
const implicit: ImplicitType[] =
  schema !== null &&
  typeof schema === 'object' &&
  'compiledImplicit' in schema &&
  Array.isArray(schema.compiledImplicit)
    ? schema.compiledImplicit
    : [];

/** js-yaml's reading, or the error it throws. */
function jsYaml(text: string): { value: unknown } | { error: unknown } {
  try {
    const documents = yaml.loadAll(text, undefined, { schema: yaml.CORE_SCHEMA });
    return documents.length === 1 ? { value: documents[0] } : { error: `${documents.length} documents` };
  } catch (error) {
    return { error };
  }
}

/** Every object's keys in order, every value with its type: what a reading must match exactly. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, shape(v)]);
  return [typeof value, Object.is(value, -0) ? '-0' : String(value)];
}

/** Checks the quick reading of `text` against js-yaml's; true when the quick reader accepted it. */
function agrees(text: string): boolean {
  const quick = parseBlockYaml(text, implicit);
  if (quick === NOT_PLAIN) return false;
  const reference = jsYaml(text);
  if (!('value' in reference)) throw new Error(`accepted what js-yaml refuses: ${JSON.stringify(text)}`);
  if (!isDeepStrictEqual(shape(quick), shape(reference.value))) {
    throw new Error(
      `reads ${JSON.stringify(text)} as ${JSON.stringify(shape(quick))}, js-yaml as ${JSON.stringify(shape(reference.value))}`,
    );
  }
  return true;
}

describe('the quick YAML reader', () => {
  it('uses CORE_SCHEMA as js-yaml compiles it: null, bool, int, float', () => {
    expect(implicit.map((type) => (type as unknown as { tag: string }).tag)).toEqual([
      'tag:yaml.org,2002:null',
      'tag:yaml.org,2002:bool',
      'tag:yaml.org,2002:int',
      'tag:yaml.org,2002:float',
    ]);
  });

  it('asks the implicit types only about text they may recognise (its first character)', () => {
    // plain() returns text starting with anything but ~ n N t T f F + - . or a digit as a string unasked.
    const tails = ['', '1', 'ull', 'rue', 'alse', 'inf', 'nan', 'x1f', '_1', 'e3', '.5', 'ULL', 'RUE', ':30'];
    for (let code = 0x20; code < 0x7f; code++) {
      const first = String.fromCharCode(code);
      if (/[~nNtTfF+\-.0-9]/.test(first)) continue;
      for (const tail of tails) {
        for (const type of implicit) expect(type.resolve(first + tail), first + tail).toBe(false);
      }
    }
  });

  it('reads a sources file and a records file as js-yaml does', () => {
    const sources = [
      'schemaVersion: 1',
      'product: bench',
      'candidate:',
      '  tag: v2026.11.3-rc.1',
      "  committedAt: '2026-11-20T09:12:44Z'",
      'sources:',
      '  - id: release-records',
      '    kind: records',
      '    path: release-records.yaml',
      '  - id: rollout-flags',
      '    kind: flagd',
      '    environments:',
      '      - prod-eu',
      '      - prod-us',
      'components:',
      '- name: svc-00000',
      '  artifacts:',
      '  - name: svc-00000-image',
      '    version: 2026.11.3',
      '    digest: sha256:f54f67dbd0af721ec9bfca3e952467c8c95831073618fc9bc9774950383fa3b6',
      '    locator: oci://registry.example.com/bench/svc-00000@sha256:f54f',
      'window:',
      '  share: 0.25',
      '  count: 12',
      '  open: true',
      '  closed: null',
      '  empty:',
      '  quoted: "a b"',
      '',
    ].join('\n');
    expect(agrees(sources)).toBe(true);
  });

  it('reads every case of its subset as js-yaml does, and doubts the rest', () => {
    const accepted: string[] = [
      'a: 1',
      'a: 1\n',
      'a: -1\nb: +1\nc: 0x1f\nd: 0o17\ne: 0b101\nf: 1_000\ng: 007\nh: 1e3\ni: 1.5\nj: .inf\nk: -.Inf\nl: .NaN',
      'a: ~\nb: null\nc: Null\nd: NULL\ne: true\nf: True\ng: FALSE\nh: yes\ni: no\nj: on\nk: tRue',
      'a: 2026.11.3\nb: 1:30\nc: 2026-11-20\nd: 2026-11-20T09:12:44Z\ne: a b  c\nf: -a\ng: a-\nh: x:y',
      "a: ''\nb: \"\"\nc: 'x y'\nd: \"x 'y'\"\ne: 'x \"y\"'",
      'a:\nb:\n  c:\n  d: 1',
      'a:\n- 1\n- 2\nb: 3',
      'a:\n  - 1\n  - 2\nb: 3',
      '- a\n- b\n-\n- c',
      '-\n  a: 1\n- b',
      '- a: 1\n  b: 2\n- c: 3',
      '-   a: 1\n    b: 2',
      '- a:\n  - 1\n  b: 2',
      'true: 1\nnull: 2\nFalse: 3\nnaN: 4\ne1: 5\na.b-c_d: 6',
      'a: 1   \nb:   2\n\n   \n# comment\n  # indented comment\nc: 3',
      "a: x,y\nb: x ? y\nc: x - y\nd: it's",
    ];
    for (const text of accepted) expect(agrees(text), text).toBe(true);
    const doubted: string[] = [
      '',
      '# only a comment',
      'a',
      '  a: 1',
      'a: 1 # comment',
      'a: "x#y"',
      '---\na: 1',
      'a: 1\n---\nb: 2',
      'a: 1\n...',
      'a: &x 1\nb: *x',
      'a: !!str 1',
      'a: |\n  text',
      'a: >\n  text',
      'a: [1, 2]',
      'a: {b: 1}',
      'a:\tb',
      'a: 1\r\nb: 2',
      'a: caf\u00e9',
      '%YAML 1.2\n---\na: 1',
      'a: 1\na: 2',
      '__proto__: 1',
      '1: a',
      "'a': 1",
      'a b: 1',
      'a : 1',
      'a: b: c',
      'a:b',
      'a: b:',
      'a: x\n  y',
      'a: x\n  b: 1',
      'a:\n  b: 1\n c: 2',
      '- a\n  - b',
      '- - a',
      'a: - b',
      '- a\nb: 1',
      'a: 1\n- b',
      "a: 'it''s'",
      "a: 'x",
      'a: "x\\ty"',
      'a: @x',
      'a: `x',
      'a: ?x',
      'a: :x',
      'a: ,x',
      'a: --x',
      'a: -',
      `${Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')}\n${' '.repeat(80)}v: 1`,
    ];
    for (const text of doubted) expect(parseBlockYaml(text, implicit), JSON.stringify(text)).toBe(NOT_PLAIN);
  });

  it('agrees with js-yaml on generated documents', () => {
    // A seeded generator of lines mixing what the subset reads with what it must doubt.
    let seed = 13;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pick = <T>(list: readonly T[]): T => list[random(list.length)] as T;
    const keys = ['a', 'b', 'name', 'true', 'null', 'e1', 'a.b', 'k-1', 'Yes', 'x_y'];
    const scalars = [
      '1',
      '-2',
      '0x1f',
      '1.5',
      '.inf',
      '~',
      'null',
      'true',
      'False',
      'x',
      'a b',
      "'q'",
      '"d"',
      "''",
      '2026.11.3',
      '1:30',
      'x:y',
      '-a',
      'sha256:ab',
      'oci://r/x@sha256:1',
      '0',
      '+.5',
      '1e3',
      '1_0',
      'no',
      'x,y',
      // outside the subset
      'a: b',
      'b:',
      '- c',
      '[1]',
      '#c',
      "'a''b'",
      '&a x',
    ];
    let accepted = 0;
    for (let n = 0; n < 4000; n++) {
      const lines: string[] = [];
      const count = 1 + random(8);
      for (let i = 0; i < count; i++) {
        const indent = ' '.repeat(pick([0, 0, 0, 2, 2, 4, 1, 3]));
        const form = random(6);
        if (form === 0) lines.push(`${indent}- ${pick(scalars)}`);
        else if (form === 1) lines.push(`${indent}-`);
        else if (form === 2) lines.push(`${indent}${pick(keys)}:`);
        else if (form === 3) lines.push(`${indent}- ${pick(keys)}: ${pick(scalars)}`);
        else lines.push(`${indent}${pick(keys)}: ${pick(scalars)}`);
      }
      if (agrees(lines.join('\n'))) accepted++;
    }
    // Enough of them inside the subset for the comparison to mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it('reads through parseDocument as before: values, and js-yaml errors for what it doubts', () => {
    expect(parseDocument('a:\n  - 1\n  - x\n', 'doc.yaml')).toEqual({ a: [1, 'x'] });
    expect(() => parseDocument('a: 1\na: 2\n', 'doc.yaml')).toThrow(InputError);
    expect(() => parseDocument('a: 1\na: 2\n', 'doc.yaml')).toThrow(/invalid YAML: duplicated mapping key/);
    expect(() => parseDocument('a: x\n  b: 1\n', 'doc.yaml')).toThrow(/invalid YAML/);
  });
});
