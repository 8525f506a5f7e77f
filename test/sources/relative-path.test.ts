/**
 * checkRelativePath returns a path of plain segments as it is after one regular expression test (PLAIN_PATH in
 * src/sources/workspace.ts), and sends every other path through the segment checks. Differential test against
 * the checks alone (the function before that shortcut, kept below as the oracle): over generated paths made of
 * the characters that matter (`.`, `/`, `\`, `:`, control characters, letters, digits, `_`, `-`, a space, a
 * non-ASCII letter), both must return the same path or refuse with the same message, file and expected form.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkRelativePath } from '../../src/sources/workspace.js';
import { seededRandom } from '../helpers/random.js';

/** The reference oracle: checkRelativePath without its shortcut for plain paths. */
function referenceCheck(requested: string): string {
  const refuse = (why: string): never => {
    throw new InputError(`path ${JSON.stringify(requested)} ${why}`, {
      file: requested,
      expected: 'a relative path inside the workspace, with forward slashes',
    });
  };
  const hasControl = [...requested].some((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
  if (typeof requested !== 'string' || requested.length === 0) refuse('is empty');
  if (hasControl) refuse('contains a NUL or control character');
  if (requested.includes('\\')) refuse('contains a backslash');
  if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested)) refuse('is absolute');
  const segments = requested.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) refuse("contains a '..' segment");
  if (segments.length === 0) refuse('names no file');
  return segments.join('/');
}

type Outcome = { path: string } | { message: string; file: string | undefined; expected: string | undefined };

function outcome(check: (path: string) => string, path: string): Outcome {
  try {
    return { path: check(path) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { message: error.message, file: error.file, expected: error.expected };
  }
}

const PIECES = [
  '.',
  '..',
  '...',
  '/',
  '//',
  '\\',
  ':',
  'C:',
  '\u0000',
  '\u001f',
  '\u007f',
  '\u0085',
  'a',
  'sbom',
  'x.json',
  '_',
  '-',
  ' ',
  'é',
  '9',
];

describe('checkRelativePath', () => {
  it('returns what the segment checks return, or refuses as they do, on 20,000 generated paths', () => {
    const random = seededRandom(13);
    let plain = 0;
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 6);
      let path = '';
      for (let k = 0; k < length; k++) path += PIECES[Math.floor(random() * PIECES.length)];
      const expected = outcome(referenceCheck, path);
      expect(outcome(checkRelativePath, path), JSON.stringify(path)).toEqual(expected);
      if ('path' in expected && expected.path === path) plain++;
    }
    // The generator reaches both sides: paths returned as they are, and paths normalized or refused.
    expect(plain).toBeGreaterThan(1_000);
  });

  it('returns plain paths as they are and refuses or normalizes the near misses', () => {
    for (const path of ['a', 'sbom/svc-00001.spdx.json', '.hidden', '...', 'a/.../b', '..a', 'a/..b', 'a-b_c.9/d'])
      expect(checkRelativePath(path)).toBe(path);
    expect(checkRelativePath('./a')).toBe('a');
    expect(checkRelativePath('a/./b')).toBe('a/b');
    expect(checkRelativePath('a//b/')).toBe('a/b');
    for (const path of ['..', 'a/..', 'a/../b', '/a', 'C:x', 'a\\b', 'a\u0000', '', '.', './'])
      expect(() => checkRelativePath(path), JSON.stringify(path)).toThrow(InputError);
  });
});
