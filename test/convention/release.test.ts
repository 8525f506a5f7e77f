/**
 * The release procedure (scripts/release.mjs) run for real, offline: a work repository whose `origin` is a
 * local bare repository, released as .github/workflows/release.yml does (with --push), then read back from
 * the bare repository with git alone, as a user's `uses: <owner>/cutover@v1` would resolve it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const SCRIPT = path.join(repoRoot, 'scripts', 'release.mjs');

let root: string;
let work: string;
let bare: string;

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function release(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: work, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const changelog = (...versions: string[]): string =>
  [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    ...versions.flatMap((v) => [`## [${v}] - 2026-11-26`, '', '### Added', '', `- Feature of ${v}.`, '']),
    ...versions.map((v) => `[${v}]: https://example.invalid/compare/v${v}`),
    '',
  ].join('\n');

/** Commits a releasable state for `version` (package.json, CHANGELOG.md, dist/index.js) and returns its sha. */
function commitVersion(version: string, changelogVersions: string[] = [version]): string {
  writeFileSync(path.join(work, 'package.json'), `${JSON.stringify({ name: 'cutover', version }, null, 2)}\n`);
  writeFileSync(path.join(work, 'CHANGELOG.md'), changelog(...changelogVersions));
  mkdirSync(path.join(work, 'dist'), { recursive: true });
  writeFileSync(path.join(work, 'dist', 'index.js'), `// build of ${version}\n`);
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', `Release ${version}`);
  git(work, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
  return git(work, 'rev-parse', 'HEAD');
}

/** What a tag resolves to in the bare repository: its commit, and its type (tag = annotated). */
function remoteTag(name: string): { commit: string; type: string } | undefined {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`], {
    cwd: bare,
    encoding: 'utf8',
  });
  if (result.status !== 0) return undefined;
  return { commit: result.stdout.trim(), type: git(bare, 'cat-file', '-t', `refs/tags/${name}`) };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cutover-release-'));
  bare = path.join(root, 'origin.git');
  work = path.join(root, 'work');
  git(root, 'init', '-q', '--bare', bare);
  git(root, 'init', '-q', '-b', 'main', work);
  git(work, 'config', 'user.name', 'Release Test');
  git(work, 'config', 'user.email', 'release@example.invalid');
  git(work, 'config', 'tag.gpgSign', 'false');
  git(work, 'config', 'commit.gpgSign', 'false');
  git(work, 'remote', 'add', 'origin', bare);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scripts/release.mjs against a local bare repository', () => {
  it('tags vX.Y.Z and the major tag vX on HEAD, both annotated, pushed together', () => {
    const sha = commitVersion('1.0.0');
    const notes = path.join(root, 'notes.md');
    const run = release('1.0.0', '--push', '--notes', notes);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(remoteTag('v1.0.0')).toEqual({ commit: sha, type: 'tag' });
    expect(remoteTag('v1')).toEqual({ commit: sha, type: 'tag' });
    // The version tag's message and the release notes are the changelog section.
    expect(git(bare, 'tag', '--list', '--format=%(contents)', 'v1.0.0')).toContain('- Feature of 1.0.0.');
    expect(readFileSync(notes, 'utf8')).toBe('### Added\n\n- Feature of 1.0.0.\n');
  });

  it('a later minor release moves v1 and leaves v1.0.0 where it was', () => {
    const first = commitVersion('1.0.0');
    expect(release('1.0.0', '--push').code).toBe(0);
    const second = commitVersion('1.1.0', ['1.1.0', '1.0.0']);
    expect(release('1.1.0', '--push').code).toBe(0);
    expect(remoteTag('v1.0.0')?.commit).toBe(first);
    expect(remoteTag('v1.1.0')?.commit).toBe(second);
    expect(remoteTag('v1')?.commit).toBe(second);
    // What `uses: <owner>/cutover@v1` gets: the tree at v1, with the newest 1.x build of dist/.
    const checkout = path.join(root, 'checkout');
    git(root, 'clone', '-q', '--depth', '1', '--branch', 'v1', `file://${bare}`, checkout);
    expect(readFileSync(path.join(checkout, 'dist', 'index.js'), 'utf8')).toBe('// build of 1.1.0\n');
  });

  it('a patch to an older minor line does not take v1 backwards; a new major starts v2 and leaves v1', () => {
    commitVersion('1.0.0');
    expect(release('1.0.0', '--push').code).toBe(0);
    const minor = commitVersion('1.1.0', ['1.1.0', '1.0.0']);
    expect(release('1.1.0', '--push').code).toBe(0);
    const patch = commitVersion('1.0.1', ['1.0.1', '1.1.0', '1.0.0']);
    const run = release('1.0.1', '--push');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('v1 stays at v1.1.0');
    expect(remoteTag('v1.0.1')?.commit).toBe(patch);
    expect(remoteTag('v1')?.commit).toBe(minor);
    const next = commitVersion('2.0.0', ['2.0.0', '1.1.0', '1.0.0']);
    expect(release('2.0.0', '--push').code).toBe(0);
    expect(remoteTag('v2')?.commit).toBe(next);
    expect(remoteTag('v1')?.commit).toBe(minor);
  });

  it('never moves a version tag: an existing vX.Y.Z, here or only on the remote, is refused', () => {
    commitVersion('1.0.0');
    expect(release('1.0.0', '--push').code).toBe(0);
    const again = release('1.0.0', '--push');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tag v1.0.0 already exists here');
    // Someone else released 1.0.0 from another clone: only the remote has the tag.
    git(work, 'tag', '--delete', 'v1.0.0');
    const remoteOnly = release('1.0.0', '--push');
    expect(remoteOnly.code).toBe(1);
    expect(remoteOnly.stderr).toContain('already exists on origin');
  });

  it('refuses an unreleasable HEAD, naming what to fix, and creates no tag', () => {
    commitVersion('1.0.0');
    const mismatch = release('1.1.0', '--push');
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('package.json at HEAD says version 1.0.0, not 1.1.0');

    commitVersion('1.1.0', ['1.0.0']);
    const noSection = release('1.1.0', '--push');
    expect(noSection.code).toBe(1);
    expect(noSection.stderr).toContain('CHANGELOG.md at HEAD has no (or an empty) "## [1.1.0]" section');

    commitVersion('1.1.0');
    git(work, 'rm', '-q', 'dist/index.js');
    git(work, 'commit', '-q', '-m', 'drop dist');
    expect(release('1.1.0', '--push').stderr).toContain('dist/index.js is not committed at HEAD');

    commitVersion('1.1.0');
    writeFileSync(path.join(work, 'package.json'), '{"version": "9.9.9"}\n');
    const dirty = release('1.1.0', '--push');
    expect(dirty.code).toBe(1);
    expect(dirty.stderr).toContain('uncommitted changes');

    expect(git(work, 'tag', '--list')).toBe('');
    expect(git(bare, 'tag', '--list')).toBe('');
  });

  it('a failed push leaves no local tag behind, so the release can be retried', () => {
    commitVersion('1.0.0');
    expect(release('1.0.0', '--push').code).toBe(0);
    const v1 = git(work, 'rev-parse', 'refs/tags/v1');
    commitVersion('1.1.0', ['1.1.0', '1.0.0']);
    // The remote refuses every ref update (as a protected-tag rule would).
    const hook = path.join(bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "tags are protected" >&2\nexit 1\n', { mode: 0o755 });
    const run = release('1.1.0', '--push');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('tags are protected');
    expect(git(work, 'tag', '--list', 'v1.1.0')).toBe('');
    expect(git(work, 'rev-parse', 'refs/tags/v1')).toBe(v1);
    expect(remoteTag('v1.1.0')).toBeUndefined();
    rmSync(hook);
    expect(release('1.1.0', '--push').code).toBe(0);
    expect(remoteTag('v1')?.commit).toBe(git(work, 'rev-parse', 'HEAD'));
  });

  it('usage errors exit 2; --dry-run changes nothing', () => {
    commitVersion('1.0.0');
    for (const args of [[], ['1.0'], ['01.0.0'], ['1.0.0', '2.0.0'], ['1.0.0', '--bogus']]) {
      const run = release(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: node scripts/release.mjs <X.Y.Z>');
    }
    const dry = release('1.0.0', '--push', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('release (dry run): v1.0.0 ->');
    expect(git(work, 'tag', '--list')).toBe('');
    expect(git(bare, 'tag', '--list')).toBe('');
  });
});
