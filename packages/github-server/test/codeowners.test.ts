import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownersOf, parseCodeowners, patternRegExp } from '../src/codeowners.js';

// Shared fixtures live next to the repository: ../shared relative to the repo root.
const shared = resolve(import.meta.dirname, '../../../../shared/fixtures/real/codeowners');
const present = existsSync(shared);
if (!present) console.warn(`skipping CODEOWNERS fixture tests: ${shared} is absent`);

interface Vector {
  name: string;
  pattern: string;
  path: string;
  matches: boolean;
}

describe.skipIf(!present)('CODEOWNERS patterns (hmarr/codeowners vectors)', () => {
  const vectors: Vector[] = present
    ? (JSON.parse(readFileSync(join(shared, 'hmarr-patterns.flat.json'), 'utf8')) as Vector[])
    : [];
  it('has vectors', () => expect(vectors.length).toBeGreaterThan(100));
  it.each(vectors.map((v) => [`${v.name}: ${v.pattern} vs ${v.path}`, v] as const))('%s', (_, v) => {
    expect(patternRegExp(v.pattern).test(v.path)).toBe(v.matches);
  });
});

describe.skipIf(!present)('CODEOWNERS github docs example', () => {
  const text = present ? readFileSync(join(shared, 'github-docs-example.CODEOWNERS'), 'utf8') : '';
  const { rules } = parseCodeowners(text);
  it.each([
    ['README.md', ['@global-owner1', '@global-owner2']],
    ['src/app.js', ['@js-owner']],
    ['main.go', ['docs@example.com']],
    ['notes/a.txt', ['@octo-org/octocats']],
    ['build/logs/x.log', ['@octocat']],
    ['docs/getting-started.md', ['@doctocat']],
    ['scripts/deploy.sh', ['@doctocat', '@octocat']],
    ['deeply/nested/logs/x', ['@octocat']],
    ['apps/web/index.html', ['@octocat']],
    ['apps/github/x', ['@doctocat']],
  ])('%s -> %j', (path, owners) => {
    expect(ownersOf(rules, path)).toEqual(owners);
  });
  it('an owner-less rule leaves a path without owners', () => {
    const parsed = parseCodeowners('/apps/ @octocat\n/apps/github\n');
    expect(ownersOf(parsed.rules, 'apps/github/x')).toEqual([]);
    expect(ownersOf(parsed.rules, 'apps/other')).toEqual(['@octocat']);
  });
  it('skips invalid lines and reports them', () => {
    const parsed = parseCodeowners('*.md @ok\n!neg @x\nfoo not-an-owner\n');
    expect(parsed.rules.map((r) => r.pattern)).toEqual(['*.md']);
    expect(parsed.errors.map((e) => [e.line, e.kind])).toEqual([
      [2, 'Invalid pattern'],
      [3, 'Invalid owner'],
    ]);
  });
});
