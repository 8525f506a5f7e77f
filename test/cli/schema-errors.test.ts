/**
 * Schema errors in words: every pattern and format in schemas/ is described for a person with an example of
 * the expected form (and the example is of that form), a message shows the value that was given, and
 * "(and N more)" lists every violation it counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { FORMAT_WORDS, moreViolations, PATTERN_WORDS, validateDocument } from '../../src/schema/validate.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, repoRoot } from '../helpers/paths.js';

/** Every value of `key` anywhere in the JSON schemas under schemas/. */
function schemaKeywords(key: string): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (k === key && typeof v === 'string') found.add(v);
        else walk(v);
      }
  };
  const dir = path.join(repoRoot, 'schemas');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith('.json'))
      walk(JSON.parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')));
  return [...found].sort();
}

/** The example after 'e.g. ' in a description. */
const exampleOf = (words: string): string => /e\.g\. (\S+)$/.exec(words)?.[1] ?? '';

describe('every pattern and format of the schemas in words', () => {
  it.each(schemaKeywords('pattern'))('pattern %s has words with an example that matches it', (pattern) => {
    const words = PATTERN_WORDS[pattern];
    expect(words, `PATTERN_WORDS in src/schema/violations.ts needs ${pattern}`).toBeDefined();
    expect(words).not.toMatch(/[\\^$]/);
    expect(exampleOf(words ?? '')).toMatch(new RegExp(pattern, 'u'));
  });

  it.each(schemaKeywords('format'))('format %s has words with an example', (format) => {
    expect(FORMAT_WORDS[format], `FORMAT_WORDS needs ${format}`).toMatch(/, e\.g\. \S+$/);
  });
});

describe('messages', () => {
  const manifest = {
    schemaVersion: 1,
    product: 'payments',
    release: '2026.12.0',
  };

  const errorOf = (value: unknown): InputError => {
    try {
      validateDocument('manifest', value, 'manifest.json');
    } catch (error) {
      if (error instanceof InputError) return error;
      throw error;
    }
    throw new Error('the document validated');
  };

  it('a type error says what was expected and what was given', () => {
    const error = errorOf({ ...manifest, product: 42 });
    expect(error.message).toMatch(/must be a string, not 42/);
  });

  it('(and N more) lists every violation it counts', () => {
    const error = errorOf({ ...manifest, product: 42, release: 7, extra: true });
    const more = /\(and (\d+) more: (.*)\)$/.exec(error.message);
    expect(more).not.toBeNull();
    expect((more?.[2] ?? '').split('; ')).toHaveLength(Number(more?.[1]));
  });

  it('a choice of keys (anyOf of required) is one error naming the choice, not one "required" per branch', () => {
    const sources = {
      schemaVersion: 1,
      product: 'payments-platform',
      release: '2026.11.3',
      candidate: {
        tag: 'v2026.11.3-rc.2',
        commit: '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f',
        repository: 'acme/payments-platform',
        committedAt: '2026-11-20T09:12:44Z',
      },
      sources: [
        {
          id: 'prov',
          kind: 'provenance',
          path: 'p.json',
          component: 'api',
          trustedRoot: 'root.json',
          identity: { issuer: 'https://token.actions.githubusercontent.com' },
        },
      ],
    };
    let message = '';
    try {
      validateDocument('sources', sources, 'cutover.sources.yaml');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      message = error.message;
    }
    expect(message).toBe(
      "needs one of the keys 'subjectAlternativeName', 'subjectAlternativeNamePattern' or 'repository'",
    );
  });

  it('more violations than it lists: the count says how many are shown', () => {
    const violations = Array.from({ length: 15 }, (_, i) => ({ path: `/k${i}`, message: 'must be a string' }));
    const text = moreViolations(violations);
    expect(text).toMatch(/^ \(and 14 more, the first 10: /);
    expect(text.split('; ')).toHaveLength(10);
    expect(moreViolations(violations.slice(0, 3))).toBe(' (and 2 more: /k1 must be a string; /k2 must be a string)');
    expect(moreViolations(violations.slice(0, 1))).toBe('');
  });
});

describe('the CLI names the expected form of a bad value', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    await cp(path.dirname(EXAMPLES.payments.sources), dir, { recursive: true });
  });
  afterAll(async () => removeDir(dir));

  it('committedAt "2026-12-04 16:20:00": an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z', async () => {
    const sources = path.join(dir, path.basename(EXAMPLES.payments.sources));
    const text = readFileSync(EXAMPLES.payments.sources, 'utf8');
    expect(text).toMatch(/committedAt: ".*"/);
    await writeFile(sources, text.replace(/committedAt: ".*"/, 'committedAt: "2026-12-04 16:20:00"'));
    const run = await runCli(['assemble', '--sources', sources, '--out', path.join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'must be an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z, not "2026-12-04 16:20:00"',
    );
    expect(run.stderr).toContain('field /candidate/committedAt');
    expect(run.stderr).not.toMatch(/\\d|must match/);
  });
});
