/**
 * The project's top-level documents exist and agree with the repository: the license is the one package.json
 * names, the security policy points at the README's security model, CONTRIBUTING gives the README's own quick
 * start commands and the scripts that exist, and the changelog has the Keep a Changelog shape that
 * scripts/release.mjs reads its release notes from.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const read = (file: string): string => {
  const full = path.join(repoRoot, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : '';
};
const pkg = JSON.parse(read('package.json')) as { license: string; scripts: Record<string, string> };
const readme = read('README.md');

/** GitHub's anchor for a Markdown heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

describe('top-level documents', () => {
  it('LICENSE is the MIT license package.json names, for the Cutover contributors', () => {
    const license = read('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Cutover contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('SECURITY.md says how to report privately and links to the README section that exists', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('Report a vulnerability');
    expect(security).toContain('README.md#security-model');
    const headings = [...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1] ?? ''));
    expect(headings, "README.md needs a '## Security model' heading").toContain('security-model');
  });

  it('CONTRIBUTING.md gives the README quick start commands and only npm scripts that exist', () => {
    const contributing = read('CONTRIBUTING.md');
    const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quickStart).toBeDefined();
    expect(contributing).toContain(quickStart);
    for (const [, script] of contributing.matchAll(/npm run ([a-z][\w:-]*)/g))
      expect(Object.keys(pkg.scripts), `npm run ${script}`).toContain(script);
    expect(contributing).toContain('bash .ci/run');
    expect(existsSync(path.join(repoRoot, '.ci', 'run'))).toBe(true);
  });

  it('CHANGELOG.md follows Keep a Changelog with an Unreleased section first', () => {
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('https://keepachangelog.com/en/1.1.0/');
    const sections = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(sections[0]).toBe('Unreleased');
    for (const version of sections.slice(1)) expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const [, kind] of changelog.matchAll(/^### (.+)$/gm))
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind);
  });
});
