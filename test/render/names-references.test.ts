/**
 * Issue and pull request references in values: a value the action quotes in the pull request body (a hold's
 * reason or evidence, a flag key, an artifact's version, a rollback hook: all from sources the service
 * repository's pusher controls) must not become a reference GitHub acts on. A reference `#12`,
 * `acme/security#12` or `GH-12` in a pull request body links it, puts a "mentioned this" event on the referenced
 * issue (in another repository too, notifying whoever follows it), and after a closing keyword (`fixes #12`)
 * links the issue to be closed when the pull request merges. Judged on the rendered text, as GitHub finds
 * references in it: no `#` or `GH-` before a digit may stand there, and a reader still sees the value.
 */
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/domain/manifest.js';
import { bodyText, text } from '../../src/render/markdown.js';
import { pullRequestBody } from '../../src/render/pull-request.js';
import { assembly, DIR, policy } from '../modes/world.js';
import { render, tablesOf, textOf, visibleTextOf } from './gfm.js';

/** References GitHub would find in rendered text: `#<digits>` (after any repository) and `GH-<digits>`. */
function referencesIn(shown: string): string[] {
  return [...shown.matchAll(/(?:[\w.-]+\/[\w.-]+)?#\d+|(?<![A-Za-z0-9])GH-\d+/gi)].map((m) => m[0]);
}

const VALUES = {
  closing: 'fixes #12',
  'closing, another repository': 'Closes acme/security-incidents#7, resolves acme/release-bundles#1',
  'GH- form': 'fixed GH-3 and gh-4',
  'at the start': '#5 is done',
  'after a pipe': 'a|#6',
  'after a backslash': '\\#8',
};

describe('issue references in a value of the pull request body', () => {
  for (const [what, value] of Object.entries(VALUES)) {
    it(`are broken, and the value still shows as it is: ${what}`, () => {
      expect(referencesIn(value)).not.toEqual([]);
      const html = render(`Evidence: ${bodyText(value)}`);
      expect(referencesIn(textOf(html))).toEqual([]);
      expect(visibleTextOf(html)).toBe(`Evidence: ${value}`);
    });
  }

  it('leaves a # before no digit and a GH- inside a word alone', () => {
    expect(bodyText('C# build, xGH-1, #main')).toBe('C# build, xGH-1, #main');
  });

  it('stay as written in check-run and job summaries, where GitHub acts on none', () => {
    expect(text('refusing to seal #12: fixes GH-3')).toBe('refusing to seal #12: fixes GH-3');
  });
});

describe('the pull request body', () => {
  it('holds no reference a flag key, a hold’s reason and evidence, or an artifact’s version made', () => {
    const { files, digest } = assembly();
    const [cohort] = files.bundle.cohorts;
    const [flag] = cohort?.flags ?? [];
    const [component] = files.bundle.components;
    const [artifact] = component?.artifacts ?? [];
    if (!flag || !artifact) throw new Error('the example bundle has no flag or no artifact');
    flag.key = 'closes #1';
    artifact.version = '1.0.0 (fixes #6)';
    files.holds.holds = [
      {
        id: 'H-1',
        rule: 'missing-rollback-evidence',
        path: '/rollback/0',
        reason: 'fixes acme/release-bundles#2',
        status: 'open',
        evidence: [
          {
            system: 'GH-3',
            locator: 'resolves #4',
            revision: 'acme/security#5',
            digest: `sha256:${'0'.repeat(64)}`,
            observedAt: '2026-11-26T00:00:00Z',
          },
        ],
      },
    ];
    const manifest = buildManifest({ bundle: files.bundle, digest, revision: 1, policy: policy(), supersedes: null });
    const html = render(pullRequestBody({ files, manifest, directory: DIR }));

    expect(referencesIn(textOf(html))).toEqual([]);
    // Each value is still there for the reader, in its table.
    const shown = tablesOf(html).flatMap((rows) => rows.flatMap((cells) => cells.map(visibleTextOf)));
    for (const value of ['closes #1', 'fixes acme/release-bundles#2', 'resolves #4', '1.0.0 (fixes #6)'])
      expect(shown.some((c) => c.includes(value))).toBe(true);
  });
});
