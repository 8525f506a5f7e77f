/**
 * What the reader does when git itself fails on a repository it could open, by the README's exit-code contract
 * (0 clean, 1 findings or a failed integrity check, 2 usage or input error; "internal error" is for Cutover's
 * own defects): the release directory of the tagged commit that git cannot read (its tree object is gone)
 * fails the integrity checks that need it, exit 1, naming the directory, the commit and git's words; a
 * repository whose seal tags git cannot list (a damaged tag object) is an input error naming the repository,
 * exit 2. Neither is an "internal error". On real git repositories damaged on disk.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { removeDir, runCli, stackLines } from '../helpers/cli.js';
import { git, MOMENTS, RELEASE_DIR, sealedRepo } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

async function fresh() {
  const repo = await sealedRepo();
  roots.push(repo.root);
  return repo;
}

/** The loose object file of `id` in the repository (the fixture's repositories are never packed). */
function looseObject(dir: string, id: string): string {
  return path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
}

describe('git failing on a repository the reader opened', () => {
  it('a release directory git cannot read fails bundle-digest and manifest-binding: exit 1, not an internal error', async () => {
    const repo = await fresh();
    const tree = await git(repo.dir, 'rev-parse', `${repo.commit}:${RELEASE_DIR}`);
    await rm(looseObject(repo.dir, tree));

    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    const failed = sealed.results.filter((r) => r.status === 'fail').map((r) => r.name);
    expect(failed).toEqual(['bundle-digest', 'manifest-binding']);
    const digest = sealed.results.find((r) => r.name === 'bundle-digest')?.detail ?? '';
    expect(digest).toContain(`cannot list ${RELEASE_DIR}/ at ${repo.commit.slice(0, 12)}: git ls-tree: `);
    expect(digest).toContain(tree);
    // Not "bundle.json is missing": no file could be looked for.
    expect(digest).not.toContain('missing');

    const run = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.during]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/bundle-digest\s+fail\s+.*cannot list/);
  });

  it('seal tags git cannot list are an input error naming the repository: exit 2, "error", not "internal error"', async () => {
    const repo = await fresh();
    const tagObject = await git(repo.dir, 'rev-parse', `refs/tags/${repo.tag}`);
    // Not zlib data: git cannot even tell the object's type.
    await rm(looseObject(repo.dir, tagObject));
    await writeFile(looseObject(repo.dir, tagObject), 'damaged');
    for (const argv of [
      ['list', repo.dir],
      ['inspect', repo.dir, '--tag', repo.tag],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(
        new RegExp(
          `^cutover ${argv[0]}: error: cannot read the seal tags of ${repo.dir.replaceAll('.', '\\.')}: git for-each-ref: `,
        ),
      );
      expect(stackLines(run.stderr)).toEqual([]);
      expect(run.stdout).toBe('');
    }
  });
});
