/**
 * JSON.parse on Node.js 24.21 and 26 (nodejs/node#63785, a V8 defect) can read an escaped object key as another
 * key once the process has seen a key holding a backslash. parse.ts compares the keys of every text with an
 * escaped key against the keys its value has, and refuses a misread. The action runs on Node 24, so verify and
 * assemble would otherwise digest values their files do not hold.
 *
 * The misread itself happens only on the affected Node versions: those tests run the real defect in a fresh
 * process and are skipped, saying so, elsewhere. The comparison is also tested on every Node with a value that
 * differs from its text as the defect makes it differ.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkEscapedKeys, hasEscapedKey, parseCanonicalJson, parseDocument } from '../../src/schema/parse.js';
import { repoRoot } from '../helpers/paths.js';

/** Whether this Node's JSON.parse has the defect: the reproduction of nodejs/node#63785, in a fresh process. */
const POISON = 'JSON.parse(\'{"h":[],"\\\\\\\\":0}\');';
const VICTIM = '{"h":1,"\\"":2}';
const defective =
  execFileSync(
    process.execPath,
    ['-e', `${POISON} process.stdout.write(Object.keys(JSON.parse(process.argv[1]))[1])`, VICTIM],
    {
      encoding: 'utf8',
    },
  ) === '\\';

/** Runs parseDocument in a fresh process (through tsx) after poisoning it; prints the value or the error. */
function parseAfterPoison(text: string): string {
  const script = `${POISON}
import('${path.join(repoRoot, 'src/schema/parse.ts').replaceAll('\\', '/')}').then(({ parseDocument }) => {
  try { process.stdout.write(JSON.stringify(parseDocument(process.argv[1], 'bundle.json'))); }
  catch (error) { process.stdout.write('refused: ' + error.message); }
});`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script, text], { encoding: 'utf8', cwd: repoRoot });
}

describe('escaped object keys against V8 misreading them (nodejs/node#63785)', () => {
  it.skipIf(!defective)(
    `refuses the misread of a poisoned JSON.parse${defective ? '' : ` (skipped: ${process.version} does not have the defect)`}`,
    () => {
      expect(parseAfterPoison(VICTIM)).toMatch(
        /^refused: JSON\.parse of this Node\.js v\d+.* read an escaped object key/,
      );
      // Texts without an escaped key are read as before in the same poisoned process.
      expect(parseAfterPoison('{"h":1,"q":2}')).toBe('{"h":1,"q":2}');
    },
  );

  it.skipIf(defective)(
    `reads escaped keys as written on this Node (${process.version}), which lacks the defect`,
    () => {
      expect(parseAfterPoison(VICTIM)).toBe('{"h":1,"\\"":2}');
    },
  );

  it('refuses a value whose keys differ from the keys its text spells, naming the file', () => {
    // What the defect returns for VICTIM: the key `"` read as `\`.
    const misread = { h: 1, '\\': 2 };
    let error: unknown;
    try {
      checkEscapedKeys(VICTIM, misread, 'bundle.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'bundle.json' });
    expect((error as InputError).message).toContain('nodejs/node#63785');
    expect(() => checkEscapedKeys(VICTIM, { h: 1, '"': 2 }, 'bundle.json')).not.toThrow();
    // Nested, and escapes of every kind: decoded keys compared, not their spelling.
    const text = '{"a":{"\\u0041":1,"\\n":[{"\\ud83d\\ude00":2}]},"b\\\\c":3}';
    expect(() => checkEscapedKeys(text, JSON.parse(text), 'x.json')).not.toThrow();
    expect(() => checkEscapedKeys(text, { a: { A: 1, '\n': [{ '\\': 2 }] }, 'b\\c': 3 }, 'x.json')).toThrow(InputError);
  });

  it('reads documents with escaped keys and escaped values as before', () => {
    const texts = [
      '{"segment":"not (tier == \\"beta\\")","n":"a\\\\b"}',
      '{"\\u0041":1,"b":{"\\"":2,"\\\\":3,"\\n":4}}',
      '[{"x\\ty":1},"\\"",{"k":"v\\""}]',
      '{"p":{"\\"":1,"q\\u0041":[]}}',
    ];
    for (const text of texts) expect(parseDocument(text, 'x.json')).toEqual(JSON.parse(text));
    // Duplicate keys spelled two ways are still refused as duplicates, before this check.
    expect(() => parseCanonicalJson('{"A":1,"\\u0041":2}', 'x.json')).toThrow(/duplicate key "A"/);
  });

  it('finds escaped keys, and only keys: values with escapes, colons and quotes do not count', () => {
    const keyed = ['{"\\n":1}', '{"a":"\\"","b\\\\":2}', '{"a":{"x":[1,"\\u0041"]},"k\\"" : 3}', '[{"\\u0041"\n:1}]'];
    const unkeyed = [
      '{"a":1}',
      '{"a":"x\\"y","b":"\\\\"}',
      '["\\":", "a\\\\", ":"]',
      '{"a":"\\": not a key","b":["\\"",":"]}',
      '{"a":"ends with a backslash \\\\"}',
    ];
    for (const text of keyed) expect([text, hasEscapedKey(text)]).toEqual([text, true]);
    for (const text of unkeyed) expect([text, hasEscapedKey(text)]).toEqual([text, false]);
    for (const text of [...keyed, ...unkeyed]) JSON.parse(text);
  });
});
