/**
 * Differential test of JSON parsing and UTF-8 decoding: parseDocument and decodeUtf8 against a copy of the
 * implementation they replaced (kept below as the reference oracle), on generated and adversarial texts. Both
 * must take the same decision on every text (accept with the same value, or refuse with the same message,
 * file, line and expected form): duplicate keys at every depth, keys whose escapes make them equal after
 * unescaping, strings that look like keys, whitespace around colons, nesting at and past the limit, invalid
 * JSON, and for decoding ASCII, UTF-8, byte order marks and invalid byte sequences.
 */
import { isDeepStrictEqual } from 'node:util';
import { type ParseError, parse as parseTolerant, printParseErrorCode, visit } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeUtf8, MAX_JSON_DEPTH, parseDocument } from '../../src/schema/parse.js';
import { seededRandom as random } from '../helpers/random.js';

// ---------------------------------------------------------------------------------------------------------
// The reference oracle: parseJson and decodeUtf8 as they were before the single-pass key scan (commit f8e2109).
// ---------------------------------------------------------------------------------------------------------

function referenceParseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first ? referenceDescribeJsonError(printParseErrorCode(first.error)) : 'unexpected end of input';
    const line = first ? referenceLineAt(text, first.offset) : referenceLineAt(text, text.length);
    throw new InputError(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
  }
  const keys = referenceCountKeys(value, file);
  if (referenceCountKeyTokens(text) !== keys) referenceThrowDuplicateKey(text, file);
  return value;
}

function referenceCountKeys(root: unknown, file: string): number {
  let keys = 0;
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() ?? 1;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new InputError(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
        file,
        expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
      });
    }
    if (Array.isArray(value)) {
      for (const child of value) {
        if (child !== null && typeof child === 'object') {
          values.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      keys++;
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') {
        values.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return keys;
}

function referenceCountKeyTokens(text: string): number {
  let keys = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    let end = text.indexOf('"', at + 1);
    if (end === -1) break;
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
      if (end === -1) return keys;
    }
    let next = end + 1;
    let code = text.charCodeAt(next);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++next);
    if (code === 58) keys++;
    at = text.indexOf('"', next);
  }
  return keys;
}

function referenceThrowDuplicateKey(text: string, file: string): never {
  const open: Array<Set<string>> = [];
  let found: { key: string; offset: number } | undefined;
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, offset) => {
        const seen = open[open.length - 1];
        if (!seen || found) return;
        if (seen.has(key)) found = { key, offset };
        seen.add(key);
      },
    },
    { disallowComments: true },
  );
  if (!found) {
    throw new InputError('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
  }
  throw new InputError(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
    file,
    line: referenceLineAt(text, found.offset),
    expected: 'each key at most once per object',
  });
}

function referenceDescribeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function referenceLineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const referenceUtf8 = new TextDecoder('utf-8', { fatal: true });

function referenceDecodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    const text = referenceUtf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new InputError('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
  }
}

// ---------------------------------------------------------------------------------------------------------
// Comparing outcomes.
// ---------------------------------------------------------------------------------------------------------

type Outcome =
  | { accepted: true; value: unknown }
  | {
      accepted: false;
      message: string;
      file: string | undefined;
      line: number | undefined;
      expected: string | undefined;
    };

function outcomeOf(run: () => unknown): Outcome {
  try {
    return { accepted: true, value: run() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { accepted: false, message: error.message, file: error.file, line: error.line, expected: error.expected };
  }
}

/** Texts on which the implementation and the oracle disagree, with both outcomes (empty when they agree). */
function disagreements(texts: readonly string[]): Array<{ text: string; actual: Outcome; reference: Outcome }> {
  const found: Array<{ text: string; actual: Outcome; reference: Outcome }> = [];
  for (const text of texts) {
    const actual = outcomeOf(() => parseDocument(text, 'doc.json', 'json'));
    const reference = outcomeOf(() => referenceParseJson(text, 'doc.json'));
    if (!isDeepStrictEqual(actual, reference)) found.push({ text, actual, reference });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Generating texts: a seeded generator, so a failure reproduces.
// ---------------------------------------------------------------------------------------------------------

/**
 * String bodies as written in JSON text (escapes included). Several are equal after unescaping ("a",
 * "\u0061", "\u0041" is not), several end in what looks like structure, or hold quotes, colons and backslashes.
 */
const BODIES = [
  'a',
  '\\u0061',
  'A',
  '\\u0041',
  'b',
  '',
  ' ',
  'a ',
  ' a',
  'a:',
  ':',
  ' :',
  ': ',
  ',',
  'a,',
  'a, ',
  '[',
  '{',
  'a{ ',
  ']',
  '}',
  '\\"',
  'a\\"',
  '\\":',
  '\\" :',
  '\\"a\\": 1',
  'a\\\\',
  '\\\\',
  '\\\\\\\\',
  '\\\\\\"',
  '\\\\\\\\\\":',
  '\\/',
  '/',
  '\\n',
  '\\t',
  '\\r\\n',
  '\\b\\f',
  'é',
  '\\u00e9',
  'e\\u0301',
  '日本',
  '\\ud83d\\ude42',
  '🙂',
  '\\ud800',
  '\\udc00',
  '\u2028',
  '\\u2028',
  '\u00a0',
  '__proto__',
  '\\u005f_proto__',
  'constructor',
  'toString',
  '0',
  '1',
  '01',
  '-1',
  '4294967295',
  '4294967296',
  '1.5',
  'sha256:abc',
  'https://example.com/a:b',
  '2026-11-20T09:21:40Z',
  '{"a": 1}',
];

const WHITESPACE = ['', '', '', ' ', '  ', '\n', '\n  ', '\t', '\r\n', ' \n\t\r '];
const SCALARS = ['0', '-1', '1.5e3', '-0', '1E-7', '123456789012345678901234567890', 'true', 'false', 'null'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A random JSON text: objects that repeat keys now and then, at any depth, with varied whitespace. */
function generateText(next: () => number, maxDepth: number): string {
  const ws = (): string => pick(next, WHITESPACE);
  const value = (depth: number): string => {
    const roll = next();
    if (depth < maxDepth && roll < 0.3) return object(depth + 1);
    if (depth < maxDepth && roll < 0.45) return array(depth + 1);
    if (roll < 0.75) return `"${pick(next, BODIES)}"`;
    return pick(next, SCALARS);
  };
  const object = (depth: number): string => {
    const count = Math.floor(next() * 5);
    const members: string[] = [];
    const used: string[] = [];
    for (let i = 0; i < count; i++) {
      // One key in four repeats an earlier key of the same object, written the same or another way.
      const key = used.length > 0 && next() < 0.25 ? pick(next, used) : pick(next, BODIES);
      used.push(key);
      members.push(`${ws()}"${key}"${ws()}:${ws()}${value(depth)}${ws()}`);
    }
    return `{${members.join(',')}${count === 0 ? ws() : ''}}`;
  };
  const array = (depth: number): string => {
    const count = Math.floor(next() * 4);
    const items: string[] = [];
    for (let i = 0; i < count; i++) items.push(`${ws()}${value(depth)}${ws()}`);
    return `[${items.join(',')}${count === 0 ? ws() : ''}]`;
  };
  const root = next();
  return `${ws()}${root < 0.7 ? object(1) : root < 0.9 ? array(1) : value(0)}${ws()}`;
}

/** Breaks a text the way files get broken: cut short, a character dropped, doubled or inserted. */
function mutate(next: () => number, text: string): string {
  const at = Math.floor(next() * (text.length + 1));
  const roll = next();
  if (roll < 0.25) return text.slice(0, at);
  if (roll < 0.5) return text.slice(0, at) + text.slice(at + 1);
  if (roll < 0.75) return text.slice(0, at) + text.charAt(at) + text.slice(at);
  return text.slice(0, at) + pick(next, ['"', ':', ',', '\\', '{', '}', '[', ']', ' ', 'x', '\u0000']) + text.slice(at);
}

/** `depth` levels of arrays and objects around `inner`, alternating, optionally with a duplicate key inside. */
function nested(depth: number, inner: string, rollKinds: () => number): string {
  let text = inner;
  for (let level = 0; level < depth; level++) {
    text = rollKinds() < 0.5 ? `[${text}]` : `{"k${level % 3}": ${text}}`;
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------------------

describe('parseDocument on JSON agrees with the reference implementation', () => {
  it('on 6,000 generated texts, a quarter of them with duplicate keys', () => {
    const next = random(13);
    const texts: string[] = [];
    for (let i = 0; i < 6000; i++) texts.push(generateText(next, 1 + Math.floor(next() * 6)));
    const results = texts.map((text) => outcomeOf(() => referenceParseJson(text, 'doc.json')));
    // The generator must reach every decision, or agreement proves little.
    const duplicates = results.filter((r) => !r.accepted && r.message.startsWith('duplicate key')).length;
    const accepted = results.filter((r) => r.accepted).length;
    expect(duplicates).toBeGreaterThan(1200);
    expect(accepted).toBeGreaterThan(3000);
    expect(disagreements(texts)).toEqual([]);
  });

  it('on 6,000 generated texts broken by one edit (invalid JSON, or a key turned into a value)', () => {
    const next = random(2026);
    const texts: string[] = [];
    for (let i = 0; i < 6000; i++) texts.push(mutate(next, generateText(next, 1 + Math.floor(next() * 4))));
    const invalid = texts.filter((text) => {
      const outcome = outcomeOf(() => referenceParseJson(text, 'doc.json'));
      return !outcome.accepted && outcome.message.startsWith('invalid JSON');
    }).length;
    expect(invalid).toBeGreaterThan(2000);
    expect(disagreements(texts)).toEqual([]);
  });

  it('on every pair of key bodies, written with every whitespace around the colon', () => {
    const texts: string[] = [];
    for (const first of BODIES) {
      for (const second of BODIES) {
        for (const ws of [
          ['', ''],
          [' ', ' '],
          ['\n', '\t'],
          ['\r\n ', ''],
        ] as const) {
          texts.push(`{"${first}"${ws[0]}:${ws[1]}1,"${second}"${ws[0]}:${ws[1]}"${first}"}`);
          texts.push(`["${first}", {"${second}"${ws[0]}:${ws[1]}"${first}", "x": [":", "${second}"]}]`);
          texts.push(`{"${first}":{"${second}"${ws[0]}:${ws[1]}{"${first}":"${second}","${second}":0}}}`);
        }
      }
    }
    expect(disagreements(texts)).toEqual([]);
  });

  it('on texts whose strings look like keys: colons, quotes and backslashes in every position', () => {
    const texts = [
      '{"a": ":"}',
      '{"a": " :"}',
      '{"a": ":", "a": 1}',
      '[":"]',
      '":"',
      '" : "',
      '{"a,": 1, "a,": 2}',
      '{"a, ": 1}',
      '{"[": {"{": 1, "{": 2}}',
      '{"a":"\\":","a":1}',
      '{"a\\\\":1,"a\\\\":2}',
      '{"\\\\":1,"\\\\\\"":2,"\\"":3}',
      '{"\\\\\\\\\\"": ":", "b": "\\\\\\\\"}',
      '{"": 1, "": 2}',
      '{"":""}',
      '["", ":", "", ":"]',
      '{"a":1}:',
      '{"a" :1}',
      '{"a"\r\n:\r\n1, "\\u0061"\t:\t2}',
      '{"\\u0061\\u0062": 1, "ab": 2}',
      '{"\\ud83d\\ude42": 1, "🙂": 2}',
      '{"\\/": 1, "/": 2}',
      '{"__proto__": {"__proto__": 1}, "b": {"__proto__": 1, "__proto__": 2}}',
      '{"constructor": 1, "toString": 2, "hasOwnProperty": 3, "constructor": 4}',
      '{"1": 1, "01": 2, "1.0": 3, "1": 4}',
      '[{"a": 1}, {"a": 1, "b": {"c": [1, {"d": 1, "d": 2}]}}]',
      '{"a": {"b": 1}, "a": {"b": 1}}',
      `{"a": "${'\\\\'.repeat(50)}", "${'\\\\'.repeat(51)}\\"": 1}`,
      ` \n\t{"x": 1, "y": [":", "\\":", " \\": "], "x": 2}`,
    ];
    expect(disagreements(texts)).toEqual([]);
  });

  it(`on nesting at, just past and far past ${MAX_JSON_DEPTH} levels, with and without a duplicate key inside`, () => {
    const next = random(7);
    const texts: string[] = [];
    for (const depth of [MAX_JSON_DEPTH - 2, MAX_JSON_DEPTH - 1, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 300, 5000]) {
      for (const inner of ['1', '{}', '[]', '{"a": 1, "a": 2}', '{"a": [1, {"b": 1, "\\u0062": 2}]}', '":"']) {
        texts.push(nested(depth, inner, () => 0));
        texts.push(nested(depth, inner, () => 1));
        texts.push(nested(depth, inner, next));
      }
    }
    // A duplicate key near the top and nesting too deep further down: the oracle reports the depth.
    texts.push(`{"a": 1, "a": ${nested(MAX_JSON_DEPTH + 3, '1', next)}}`);
    texts.push(`[${nested(MAX_JSON_DEPTH - 1, '{}', next)}, {"z": 1, "z": 1}]`);
    texts.push(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    texts.push(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(disagreements(texts)).toEqual([]);
  });
});

describe('decodeUtf8 agrees with the reference implementation', () => {
  const encoder = new TextEncoder();
  const decisions = (inputs: readonly Uint8Array[]): unknown[] =>
    inputs
      .map((bytes) => ({
        bytes: Array.from(bytes),
        actual: outcomeOf(() => decodeUtf8(bytes, 'doc.json')),
        reference: outcomeOf(() => referenceDecodeUtf8(bytes, 'doc.json')),
      }))
      .filter(({ actual, reference }) => !isDeepStrictEqual(actual, reference));

  it('on ASCII, UTF-8, byte order marks and invalid sequences', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const inputs: Uint8Array[] = [
      new Uint8Array([]),
      new Uint8Array(bom),
      new Uint8Array([...bom, ...bom]),
      new Uint8Array([...bom, ...bom, ...bom, 0x7b, 0x7d]),
      new Uint8Array([...bom, 0x7b, 0x7d]),
      new Uint8Array([0x7b, ...bom, 0x7d]),
      new Uint8Array([0x00, 0x7f, 0x09, 0x0a]),
      new Uint8Array([0x80]),
      new Uint8Array([0xff]),
      new Uint8Array([0xc3]),
      new Uint8Array([0xc3, 0xa9]),
      new Uint8Array([0xc0, 0xaf]),
      new Uint8Array([0xed, 0xa0, 0x80]),
      new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
      new Uint8Array([0xf0, 0x9f, 0x99, 0x82]),
      new Uint8Array([0xf0, 0x9f, 0x99]),
      new Uint8Array([0x22, 0x61, 0x22, 0xfe]),
      encoder.encode('{"a": "é, ß, 日本, 🙂"}'),
      encoder.encode('\ufeff{"a": 1}'),
      encoder.encode('plain ascii text\n'),
    ];
    const next = random(99);
    for (let i = 0; i < 3000; i++) {
      const length = Math.floor(next() * 24);
      const bytes = new Uint8Array(length);
      const range = next() < 0.5 ? 0x80 : 0x100;
      for (let j = 0; j < length; j++) bytes[j] = Math.floor(next() * range);
      if (next() < 0.2) inputs.push(new Uint8Array([...bom, ...bytes]));
      else inputs.push(bytes);
    }
    for (let i = 0; i < 500; i++) inputs.push(encoder.encode(pick(next, BODIES) + generateText(next, 2)));
    // Views into a larger buffer, as a read file or a decoded payload may be.
    const backing = new Uint8Array([0xff, ...bom, 0x7b, 0x7d, 0xff]);
    inputs.push(backing.subarray(1, 6), backing.subarray(4, 6), backing.subarray(3, 7), Buffer.from('{"b": 2}'));
    expect(decisions(inputs)).toEqual([]);
  });
});
