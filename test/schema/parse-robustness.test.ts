/**
 * JSON the parser must refuse although JSON.parse accepts it (a duplicate key, nesting past the limit), the
 * key counting that decides when to look for duplicates (including the texts its colon scan hands to the exact
 * scan), strict UTF-8 decoding, and the escaping of control characters in messages.
 */
import { describe, expect, it } from 'vitest';
import { escapeControls, InputError, messageOf } from '../../src/errors.js';
import { decodeUtf8, MAX_JSON_DEPTH, parseDocument } from '../../src/schema/parse.js';

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

  it.each([
    ['a key ending in a comma', '{"a,": 1, "b": 2,\n "a,": 3}', '"a,"', 2],
    ['a key ending in a bracket and a space', '{"x": {"[ ": 1,\n\n "[ ": 2}}', '"[ "', 3],
    ['a string value starting with a colon', '{"a": ":", "b": " : ",\n "a": 1}', '"a"', 2],
    ['an empty key', '{"": 1,\n "": 2}', '""', 2],
    ['keys equal only after unescaping, before a colon on the next line', '{"\\u0062"\n: 1, "b"\n: 2}', '"b"', 2],
  ])('finds the duplicate where colons alone cannot tell keys from strings: %s', (_name, text, key, line) => {
    const error = errorOf(text);
    expect(error.message).toBe(`duplicate key ${key} in a JSON object`);
    expect(error.line).toBe(line);
  });

  it.each([
    ['string values starting with a colon', '[":", " :", "\\":"]'],
    ['a key ending in a colon', '{"a:": ":", "b": {"a:": 1}}'],
    ['a document that is one string', '" : "'],
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

  it('refuses 100,000 levels that never close (invalid JSON) without overflowing the stack, naming the file', () => {
    // JSON.parse fails; the tolerant parser asked for the error's line recursed once per level and overflowed.
    for (const text of ['['.repeat(100_000), '{"a":'.repeat(100_000), `${'['.repeat(100_000)}${']'.repeat(99_999)}`]) {
      const error = errorOf(text);
      expect(error.file).toBe('doc.json');
      expect(error.message).toBe(`invalid JSON: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`);
      expect(error.expected).toBe(`valid JSON nested at most ${MAX_JSON_DEPTH} levels`);
    }
  });
});

describe('decoding UTF-8', () => {
  const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

  it('decodes ASCII and other UTF-8 alike, and drops a byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('{"a": "x"}'), 'doc.json')).toBe('{"a": "x"}');
    expect(decodeUtf8(new TextEncoder().encode('{"a": "é🙂"}'), 'doc.json')).toBe('{"a": "é🙂"}');
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x31), 'doc.json')).toBe('1');
    expect(decodeUtf8(bytes(), 'doc.json')).toBe('');
  });

  it.each([
    ['a lone continuation byte', bytes(0x31, 0x80)],
    ['a truncated sequence', bytes(0x22, 0xc3)],
    ['an overlong encoding', bytes(0xc0, 0xaf)],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80)],
    ['a byte that never occurs in UTF-8', bytes(0xff)],
  ])('refuses %s, naming the file', (_name, input) => {
    let error: unknown;
    try {
      decodeUtf8(input, 'doc.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toBe(
      'doc.json: file is not valid UTF-8 text (expected UTF-8 encoded JSON or YAML)',
    );
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
