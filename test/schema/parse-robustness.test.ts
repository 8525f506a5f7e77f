/**
 * JSON the parser must refuse although JSON.parse accepts it (a duplicate key, nesting past the limit), the
 * key counting that decides when to look for duplicates, and the escaping of control characters in messages.
 */
import { describe, expect, it } from 'vitest';
import { escapeControls, InputError, messageOf } from '../../src/errors.js';
import { MAX_JSON_DEPTH, parseDocument } from '../../src/schema/parse.js';

function errorOf(text: string, file = 'doc.json'): InputError {
  try {
    parseDocument(text, file);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('duplicate keys in JSON', () => {
  it('names the key and the line of its second occurrence', () => {
    const error = errorOf('{\n  "a": 1,\n  "b": {\n    "c": 1,\n    "c": 2\n  }\n}\n');
    expect(error.message).toBe('duplicate key "c" in a JSON object');
    expect(error.line).toBe(5);
    expect(error.file).toBe('doc.json');
    expect(error.describe()).toBe(
      'doc.json:5: duplicate key "c" in a JSON object (expected each key at most once per object)',
    );
  });

  it('compares keys after unescaping: "\\u0061" and "a" are the same key', () => {
    expect(errorOf('{"a": 1, "\\u0061": 2}').message).toBe('duplicate key "a" in a JSON object');
  });

  it('finds a duplicate "__proto__", which JSON.parse keeps as an own key', () => {
    expect(errorOf('{"__proto__": 1, "__proto__": 2}').message).toBe('duplicate key "__proto__" in a JSON object');
  });

  it.each([
    ['equal keys in different objects', '{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}'],
    ['string values that look like keys', '{"a": "\\"b\\": 1", "b": "c:", "d": ["e", "f"] }'],
    ['escaped backslashes before a closing quote', '{"a\\\\": "x\\\\", "a": "y\\\\\\\\"}'],
    ['whitespace between a key and its colon', '{"a"\n\t\r :1, "b" : {"a" :2}}'],
    ['a quote character inside a key', '{"a\\"b": 1, "a": 2, "b": 3}'],
    ['scalars and empty containers', '[1, "x", true, null, {}, []]'],
  ])('accepts %s', (_name, text) => {
    expect(parseDocument(text, 'doc.json')).toEqual(JSON.parse(text));
  });

  it('leaves YAML alone: js-yaml refuses duplicate keys itself', () => {
    expect(() => parseDocument('a: 1\na: 2\n', 'doc.yaml')).toThrow(/duplicated mapping key/);
  });
});

describe('nesting depth in JSON', () => {
  const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, naming the file and the limit`, () => {
    expect(() => parseDocument(nested(MAX_JSON_DEPTH), 'doc.json')).not.toThrow();
    const error = errorOf(nested(MAX_JSON_DEPTH + 1));
    expect(error.file).toBe('doc.json');
    expect(error.message).toBe(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
  });

  it('refuses 100,000 levels of objects without overflowing the stack', () => {
    const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(errorOf(text).expected).toBe(`JSON nested at most ${MAX_JSON_DEPTH} levels`);
  });
});

describe('control characters in messages', () => {
  it('escapes C0, DEL, C1, line separators and bidi controls', () => {
    expect(escapeControls('a\nb\rc\td\u0000e\u001b[31mf\u007fg\u0085h\u2028i\u202ej\u2066k')).toBe(
      'a\\nb\\rc\\td\\u0000e\\u001b[31mf\\u007fg\\u0085h\\u2028i\\u202ej\\u2066k',
    );
  });

  it('leaves ordinary text exactly as it was', () => {
    const ordinary = 'C:\\path\\to \'file\' "x" (é, ß, 日本, עברית, 🙂) \\n stays \\n';
    expect(escapeControls(ordinary)).toBe(ordinary);
  });

  it('applies to every message the CLI and the action render', () => {
    const input = new InputError('bad value "x\ny"', { file: 'a\u001b.json', line: 3, expected: 'no\rcontrol' });
    expect(messageOf(input)).toBe('a\\u001b.json:3: bad value "x\\ny" (expected no\\rcontrol)');
    expect(messageOf(new Error('one\ntwo'))).toBe('one\\ntwo');
    expect(messageOf('three\u0007')).toBe('three\\u0007');
  });
});
