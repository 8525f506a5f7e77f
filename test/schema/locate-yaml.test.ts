/**
 * Line numbers of schema violations in YAML documents (src/schema/locate-yaml.ts). The oracle is an emitter
 * written here that records the line of every key and item as it writes random values in the block and flow
 * styles users write (comments, blank lines, quoted and plain keys, compact `- key:` items); the locator must
 * give exactly those lines, for every pointer, and the line of the deepest existing node for a pointer that
 * names nothing. Then the places it meets users: validateDocument's error and the CLI's message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { pointerOf } from '../../src/domain/json-pointer.js';
import { InputError } from '../../src/errors.js';
import { readSourcesConfig } from '../../src/schema/documents.js';
import { yamlLineLocator } from '../../src/schema/locate-yaml.js';
import { validateDocument } from '../../src/schema/validate.js';
import { seededRandom as random } from '../helpers/random.js';

type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

const KEYS = ['name', 'version', 'with space', 'x/y', 't~0', '10', 'a:b', 'ünï', 'kind', 'digest', '-dash'];
const STRINGS = ['plain', 'two words', '', '#not a comment', 'a: b', '- item', 'line\nbreak', '"quoted"', '42'];

function randomValue(next: () => number, depth: number): Value {
  const r = next();
  if (depth > 0 && r < 0.3) {
    const value: { [key: string]: Value } = {};
    const n = Math.floor(next() * 4);
    for (let i = 0; i < n; i++) value[KEYS[Math.floor(next() * KEYS.length)] as string] = randomValue(next, depth - 1);
    return value;
  }
  if (depth > 0 && r < 0.5) return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth - 1));
  if (r < 0.6) return Math.floor(next() * 1000) - 500;
  if (r < 0.7) return next() < 0.5;
  if (r < 0.75) return null;
  return STRINGS[Math.floor(next() * STRINGS.length)] as string;
}

/** YAML text of a value with the 1-based line of every key and item it writes (the oracle). */
function emit(root: { [key: string]: Value }, next: () => number): { text: string; lines: Map<string, number> } {
  const out: string[] = [];
  const lines = new Map<string, number>();
  const noise = () => {
    if (next() < 0.15) out.push(next() < 0.5 ? '' : `${' '.repeat(Math.floor(next() * 6))}# a comment: - [x]`);
  };
  const scalar = (v: Value) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
  const plainKey = (k: string) => /^[a-z][a-z ]*$/.test(k);
  const key = (k: string) => (plainKey(k) && next() < 0.5 ? k : JSON.stringify(k));
  const flow = (v: Value): string =>
    Array.isArray(v)
      ? `[${v.map(flow).join(', ')}]`
      : v !== null && typeof v === 'object'
        ? `{${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${flow(x)}`)
            .join(', ')}}`
        : scalar(v);
  /** A value written in flow style on one line: it and everything in it are on that line. */
  const recordAll = (v: Value, at: Array<string | number>, line: number) => {
    lines.set(pointerOf(at), line);
    if (Array.isArray(v)) v.forEach((x, i) => recordAll(x, [...at, i], line));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) recordAll(x, [...at, k], line);
  };
  const inline = (v: Value) => v === null || typeof v !== 'object' || Object.keys(v).length === 0 || next() < 0.15;
  /** Writes a value below `lead` (the text before it on its first line); records `at` on that first line. */
  const block = (v: Value, at: Array<string | number>, indent: number, lead: string) => {
    if (Array.isArray(v)) {
      out.push(lead);
      v.forEach((item, i) => item_(item, [...at, i], indent));
    } else if (v !== null && typeof v === 'object') {
      out.push(lead);
      for (const [k, x] of Object.entries(v)) member(k, x, [...at, k], indent);
    }
  };
  const member = (k: string, v: Value, at: Array<string | number>, indent: number) => {
    noise();
    const lead = `${' '.repeat(indent)}${key(k)}:`;
    lines.set(pointerOf(at), out.length + 1);
    if (inline(v)) {
      recordAll(v, at, out.length + 1);
      lines.set(pointerOf(at), out.length + 1);
      out.push(`${lead} ${flow(v)}`);
    } else block(v, at, indent + 2, lead);
  };
  const item_ = (v: Value, at: Array<string | number>, indent: number) => {
    noise();
    const dash = `${' '.repeat(indent)}-`;
    lines.set(pointerOf(at), out.length + 1);
    if (inline(v)) {
      recordAll(v, at, out.length + 1);
      out.push(`${dash} ${flow(v)}`);
    } else if (!Array.isArray(v) && v !== null && typeof v === 'object' && next() < 0.6) {
      // The compact form: the item's first key on the dash's line.
      const [first, ...rest] = Object.entries(v) as Array<[string, Value]>;
      if (!first) return;
      const [k, x] = first;
      lines.set(pointerOf([...at, k]), out.length + 1);
      if (inline(x)) {
        recordAll(x, [...at, k], out.length + 1);
        out.push(`${dash} ${key(k)}: ${flow(x)}`);
      } else block(x, [...at, k], indent + 4, `${dash} ${key(k)}:`);
      for (const [k2, x2] of rest) member(k2, x2, [...at, k2], indent + 2);
    } else {
      // A dash alone on its line: the item opens where its content does (comments and blank lines skipped).
      const dashAt = out.length;
      block(v, at, indent + 2, dash);
      const content = out.findIndex((line, i) => i > dashAt && !/^\s*(#.*)?$/.test(line));
      lines.set(pointerOf(at), content + 1);
    }
  };
  out.push('# a document');
  for (const [k, v] of Object.entries(root)) member(k, v, [k], 0);
  return { text: `${out.join('\n')}\n`, lines };
}

/** Every pointer of a value, each with the pointer of the deepest node that exists for a missing one below. */
function pointers(value: Value, at: Array<string | number> = [], out: Array<[string, string]> = []) {
  const here = pointerOf(at);
  out.push([here, here], [`${here}/missing`, here], [`${here}/99`, here]);
  if (Array.isArray(value)) value.forEach((item, i) => pointers(item, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, item] of Object.entries(value)) pointers(item, [...at, k], out);
  return out;
}

describe('yamlLineLocator', () => {
  it('gives the line of every key and item, and the deepest existing node for a missing member (2,000 documents)', () => {
    let checked = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const next = random(seed);
      const root: { [key: string]: Value } = {};
      for (let i = 0; i < 1 + Math.floor(next() * 5); i++) root[`k${i}`] = randomValue(next, 4);
      const { text, lines } = emit(root, next);
      // The emitter writes what it means to: js-yaml reads the same value back.
      expect(yaml.load(text, { schema: yaml.CORE_SCHEMA }), text).toEqual(root);
      const locate = yamlLineLocator(text);
      for (const [pointer, existing] of pointers(root)) {
        if (existing === '') continue;
        expect(locate(pointer), `${pointer} in\n${text}`).toBe(lines.get(existing));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it('reads the example sources and records files', () => {
    const text = [
      'schemaVersion: 1',
      'candidate:',
      '  tag: v1.0.0-rc.1',
      '',
      '  # the commit time',
      '  committedAt: yesterday',
      'sources:',
      '  - id: records',
      '    kind: records',
      '  -',
      '    id: flags',
      '    flag: 42',
      '    environments: [prod-eu, prod-us]',
    ].join('\n');
    const locate = yamlLineLocator(text);
    expect(locate('/candidate/committedAt')).toBe(6);
    expect(locate('/sources/0')).toBe(8);
    expect(locate('/sources/0/kind')).toBe(9);
    // A dash alone on its line: the item is where its content starts.
    expect(locate('/sources/1')).toBe(11);
    expect(locate('/sources/1/flag')).toBe(12);
    expect(locate('/sources/1/environments/1')).toBe(13);
    expect(locate('/sources/1/missing')).toBe(11);
    expect(locate('/nothing/below')).toBe(1);
  });

  it('stops at an alias (its line, not the anchor’s) and answers nothing for text js-yaml refuses', () => {
    const text = ['base: &b', '  image: a', '  tag: x', 'copy: *b', 'other: 1'].join('\n');
    const locate = yamlLineLocator(text);
    expect(locate('/base/tag')).toBe(3);
    expect(locate('/copy/tag')).toBe(4);
    expect(locate('/other')).toBe(5);
    expect(yamlLineLocator('a: [1, 2\nb: 3')('/b')).toBeUndefined();
    expect(yamlLineLocator('a: 1\n---\nb: 2\n')('/b')).toBeUndefined();
  });

  it('reads explicit keys (? key) and flow mappings written over several lines', () => {
    const text = ['? long', ': 1', 'flow: {a: 1,', '  b: [x,', '   y]}', 'last: 2'].join('\n');
    const locate = yamlLineLocator(text);
    expect(locate('/long')).toBe(1);
    expect(locate('/flow')).toBe(3);
    expect(locate('/flow/b')).toBe(4);
    expect(locate('/flow/b/1')).toBe(5);
    expect(locate('/last')).toBe(6);
  });

  it('stops at a mapping whose nodes do not pair up with its value (an explicit key without a value)', () => {
    const locate = yamlLineLocator('m:\n  ? a\n  b: 1\nn: 2');
    expect(locate('/m/b')).toBe(1);
    expect(locate('/n')).toBe(4);
  });

  it('reads into a flow collection that opens on a line of its own, at the root or as an item', () => {
    // js-yaml composes such a collection inside a node that keeps its value (locate-yaml.ts unwrap).
    expect(yamlLineLocator('k:\n  {a: 1,\n   b: 2}')('/k/b')).toBe(3);
    expect(yamlLineLocator('{a: 1,\n b: [x,\n  y]}')('/b/1')).toBe(3);
    expect(yamlLineLocator('- {a: 1,\n   b: 2}\n- [x,\n   y]')('/0/b')).toBe(2);
    expect(yamlLineLocator('- {a: 1,\n   b: 2}\n- [x,\n   y]')('/1/1')).toBe(4);
  });
});

describe('schema violations in YAML name their line', () => {
  const sources = [
    'schemaVersion: 1',
    'product: payments-platform',
    'release: "2026.11.3"',
    'candidate:',
    '  tag: v2026.11.3-rc.2',
    '  commit: 9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f',
    '  repository: acme/payments-platform',
    '  committedAt: yesterday',
    'sources:',
    '  - id: release-records',
    '    kind: records',
    '    path: release-records.yaml',
    '',
  ].join('\n');

  it('validateDocument: the InputError of a YAML document carries the line of the first violation', () => {
    const value = yaml.load(sources, { schema: yaml.CORE_SCHEMA });
    let error: unknown;
    try {
      validateDocument('sources', value, 'cutover.sources.yaml', sources);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).line).toBe(8);
    expect((error as InputError).field).toBe('/candidate/committedAt');
  });

  it("cutover assemble's message names the file and line of a bad field in the sources file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cutover-locate-yaml-'));
    writeFileSync(path.join(dir, 'cutover.sources.yaml'), sources);
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        stderr += t;
      },
      env: {},
      cwd: dir,
    };
    const code = await main(['assemble', '--sources', 'cutover.sources.yaml', '--out', path.join(dir, 'out')], io);
    expect(code).toBe(2);
    expect(stderr).toContain('cutover.sources.yaml:8: field /candidate/committedAt: must be an RFC 3339 time');
    // It is also read as a document on its own (documents.ts), with the same line.
    const error = await readSourcesConfig(path.join(dir, 'cutover.sources.yaml')).catch((e: unknown) => e);
    expect((error as InputError).line).toBe(8);
  });
});
