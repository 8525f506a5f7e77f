/**
 * What the reader trusts, on real git repositories: a seal tag on a commit that is not on the bundles
 * repository's default branch (a pull request retargeted to another branch and sealed there, issue 10
 * attack 3) fails `default-branch`, read from a path, a bare clone, a working clone and a file:// URL; and
 * the release directory read is the one the tag name and record name (files placed under another release's
 * directory, or a bundle.json naming another release, fail).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../src/domain/canonical.js';
import { renderJson } from '../../src/domain/files.js';
import type { Bundle, HoldRegister, LineageDocument } from '../../src/domain/model.js';
import { INTEGRITY_CHECKS, type IntegrityCheckName } from '../../src/reader/checks.js';
import { readSealedBundle, type SealedBundle } from '../../src/reader/inspect.js';
import { listSealedRevisions } from '../../src/reader/list.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import {
  assembleRevision,
  createRepo,
  git,
  MOMENTS,
  PRODUCT,
  RELEASE,
  RELEASE_DIR,
  readManifest,
  sealedRepo,
  sealRecordFor,
  sealTag,
} from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

function failing(sealed: SealedBundle): IntegrityCheckName[] {
  return sealed.results.filter((r) => r.status === 'fail').map((r) => r.name);
}

function detailOf(sealed: SealedBundle, name: IntegrityCheckName): string {
  return sealed.results.find((r) => r.name === name)?.detail ?? '';
}

/**
 * Revision 1 assembled, committed and sealed on branch `retargeted`, never merged into main: what a pull
 * request retargeted to another base and sealed there leaves behind. main has only its initial commit.
 */
async function offBranchRepo() {
  const repo = await createRepo();
  roots.push(repo.root);
  await git(repo.dir, 'checkout', '-q', '-b', 'retargeted');
  const { commit, manifest } = await assembleRevision(repo, 0);
  const tag = await sealTag(repo, sealRecordFor(manifest, commit), commit);
  await git(repo.dir, 'checkout', '-q', 'main');
  const main = await git(repo.dir, 'rev-parse', 'main');
  return { ...repo, commit, manifest, tag, main };
}

describe('default-branch: the sealed commit must be on the default branch', () => {
  it('an honest seal on main passes, with the branch named', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(sealed.results.map((r) => r.name)).toEqual([...INTEGRITY_CHECKS]);
    expect(failing(sealed)).toEqual([]);
    expect(detailOf(sealed, 'default-branch')).toBe(
      `commit ${repo.commit.slice(0, 12)} is on the default branch main (refs/heads/main at ${repo.commit.slice(0, 12)})`,
    );
    const cli = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.during]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^default-branch\s+pass\s/m);
  });

  it('a seal on a commit off the default branch fails, naming the commit and the branch, from every kind of repository', async () => {
    const repo = await offBranchRepo();
    const bare = path.join(repo.root, 'bare.git');
    await git(repo.root, 'clone', '-q', '--bare', repo.dir, bare);
    const clone = path.join(repo.root, 'clone');
    await git(repo.root, 'clone', '-q', '--no-checkout', repo.dir, clone);
    await git(clone, 'fetch', '-q', '--tags', 'origin');
    for (const [repository, branch] of [
      [repo.dir, 'main (refs/heads/main'],
      [bare, 'main (refs/heads/main'],
      [clone, 'origin/main (refs/remotes/origin/main'],
      [repo.url, 'main (refs/heads/main'],
    ] as const) {
      const sealed = await readSealedBundle({ repository, tag: repo.tag, at: MOMENTS.during });
      // Every other check holds: the tag, record, files and approvals are all in order.
      expect(failing(sealed), repository).toEqual(['default-branch']);
      expect(detailOf(sealed, 'default-branch'), repository).toBe(
        `the tagged commit ${repo.commit} is not on the default branch ${branch} at ${repo.main}): not reachable from it`,
      );
      expect(sealed.intact).toBe(false);
    }
    const cli = await runCli(['inspect', repo.url, '--tag', repo.tag, '--at', MOMENTS.during]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(new RegExp(`^default-branch\\s+fail\\s+the tagged commit ${repo.commit}`, 'm'));
    expect(cli.stdout).toContain(`1 integrity check failed for ${repo.tag}: default-branch`);

    // Once the branch is merged into main, the commit is reachable from it and the check holds.
    await git(repo.dir, 'merge', '-q', '--no-ff', '-m', 'merge retargeted', 'retargeted');
    const merged = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.during]);
    expect(merged.code).toBe(0);
  });

  it('list flags the off-branch seal as not valid, and it supersedes nothing', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    await git(repo.dir, 'checkout', '-q', '-b', 'retargeted');
    const r2 = await assembleRevision(repo, 1);
    const tag2 = await sealTag(repo, sealRecordFor(r2.manifest, r2.commit), r2.commit);
    await git(repo.dir, 'checkout', '-q', 'main');
    const list = await listSealedRevisions({ repository: repo.url });
    expect(list.revisions.map((r) => [r.tag, r.sealed, r.latest, r.supersededBy])).toEqual([
      [repo.tag, true, false, undefined],
      [tag2, false, true, undefined],
    ]);
    expect(list.revisions[1]?.problems).toEqual([
      `the tagged commit ${r2.commit} is not on the default branch main (refs/heads/main at ${repo.commit}): not reachable from it`,
    ]);
    const r1 = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failing(r1)).toEqual(['latest-revision']);
    expect(detailOf(r1, 'latest-revision')).toBe('later tags r2 exist but are not valid seals');
    const cli = await runCli(['list', repo.dir]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/r2\s+latest\s+invalid\s/);
  });

  it('a working clone is judged by origin/HEAD: a commit only on its local main fails', async () => {
    const origin = await sealedRepo();
    roots.push(origin.root);
    const clone = await makeTempDir('cutover-reader-trust-');
    roots.push(clone);
    await git(clone, 'clone', '-q', origin.dir, '.');
    await git(clone, 'commit', '-q', '--allow-empty', '-m', 'local only');
    const local = await git(clone, 'rev-parse', 'HEAD');
    const manifest = await readManifest({ dir: clone, root: clone, url: '' });
    await sealTag({ dir: clone, root: clone, url: '' }, sealRecordFor(manifest, local), local, { force: true });
    const sealed = await readSealedBundle({ repository: clone, tag: origin.tag, at: MOMENTS.during });
    expect(failing(sealed)).toEqual(['default-branch']);
    expect(detailOf(sealed, 'default-branch')).toContain(`${local} is not on the default branch origin/main`);
  });

  it('a repository whose default branch cannot be told fails the check with the reason', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    await git(repo.dir, 'checkout', '-q', '--detach');
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(failing(sealed)).toEqual(['default-branch']);
    expect(detailOf(sealed, 'default-branch')).toBe(
      "the repository's default branch cannot be read: HEAD is detached and there is no refs/remotes/origin/HEAD, so the default branch is unknown",
    );
  });
});

describe('the release directory read is the one the tag and record name', () => {
  it('files placed under another release directory, with a manifest and record for this release, fail', async () => {
    const repo = await createRepo();
    roots.push(repo.root);
    const { commit: first, manifest } = await assembleRevision(repo, 0);
    const other = `bundles/${PRODUCT}/2027.1.0`;
    await git(repo.dir, 'mv', RELEASE_DIR, other);
    await git(repo.dir, 'commit', '-q', '-m', 'files under another release directory');
    const moved = await git(repo.dir, 'rev-parse', 'HEAD');
    expect(moved).not.toBe(first);
    const tag = await sealTag(repo, sealRecordFor(manifest, moved), moved);
    expect(tag).toBe(`cutover/${PRODUCT}/${RELEASE}/r1`);
    const sealed = await readSealedBundle({ repository: repo.dir, tag, at: MOMENTS.during });
    expect(failing(sealed)).toEqual(['bundle-digest', 'manifest-binding']);
    expect(detailOf(sealed, 'bundle-digest')).toContain(`${RELEASE_DIR}/bundle.json`);
    expect(detailOf(sealed, 'manifest-binding')).toContain(`${RELEASE_DIR}/manifest.json at ${moved.slice(0, 12)}`);
  });

  it('a bundle.json naming another release, with digests rebound to match, fails manifest-binding', async () => {
    const repo = await createRepo();
    roots.push(repo.root);
    await assembleRevision(repo, 0);
    const dir = path.join(repo.dir, RELEASE_DIR);
    const bundle: Bundle = JSON.parse(await readFile(path.join(dir, 'bundle.json'), 'utf8'));
    const lineage: LineageDocument = JSON.parse(await readFile(path.join(dir, 'lineage.json'), 'utf8'));
    const holds: HoldRegister = JSON.parse(await readFile(path.join(dir, 'holds.json'), 'utf8'));
    bundle.release = '2027.1.0';
    const digest = bundleDigest({ bundle, lineage, holds });
    await writeFile(path.join(dir, 'bundle.json'), renderJson(bundle));
    const manifest = { ...(await readManifest(repo)), bundleDigest: digest };
    await writeFile(path.join(dir, 'manifest.json.tmp'), renderJson(manifest));
    await rename(path.join(dir, 'manifest.json.tmp'), path.join(dir, 'manifest.json'));
    await git(repo.dir, 'commit', '-q', '-am', 'bundle of another release');
    const commit = await git(repo.dir, 'rev-parse', 'HEAD');
    const tag = await sealTag(repo, sealRecordFor(manifest, commit), commit);
    const sealed = await readSealedBundle({ repository: repo.dir, tag, at: MOMENTS.during });
    expect(failing(sealed)).toEqual(['manifest-binding']);
    expect(detailOf(sealed, 'manifest-binding')).toBe(`bundle.json release is 2027.1.0, the tag name says ${RELEASE}`);
  });

  it('a record for another product or release than the tag name fails seal-record', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    for (const [override, says] of [
      [{ release: '2027.1.0' }, `release 2027.1.0 (tag name says ${RELEASE})`],
      [{ product: 'ledger' }, `product ledger (tag name says ${PRODUCT})`],
    ] as const) {
      await sealTag(repo, sealRecordFor(repo.manifest, repo.commit, override), repo.commit, {
        force: true,
        name: repo.tag,
      });
      const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
      expect(failing(sealed)).toContain('seal-record');
      expect(detailOf(sealed, 'seal-record')).toBe(`the seal record is for another revision: ${says}`);
    }
  });
});

describe('tag objects the listing must survive', () => {
  it('a tag object over 1 MiB, one naming a missing commit and one naming a blob as a commit are each flagged, the rest listed', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    const write = async (name: string, body: string) => {
      const file = path.join(repo.root, `${name.replaceAll('/', '-')}.tag`);
      await writeFile(file, body);
      const id = await git(repo.dir, 'hash-object', '-t', 'tag', '-w', '--literally', file);
      await git(repo.dir, 'update-ref', `refs/tags/${name}`, id);
      return id;
    };
    const header = (target: string, type: string, name: string) =>
      `object ${target}\ntype ${type}\ntag ${name}\ntagger Governor <g@example.com> 1795000000 +0000\n\n`;
    const big = 'cutover/payments-platform/2026.11.3/r2';
    const bigId = await write(big, `${header(repo.commit, 'commit', big)}${'x'.repeat(1024 * 1024 + 10)}\n`);
    const missing = 'cutover/ledger/1.0.0/r1';
    await write(missing, `${header('1234567890123456789012345678901234567890', 'commit', missing)}no record\n`);
    const blob = await git(repo.dir, 'rev-parse', `${repo.commit}:README.md`);
    const mislabelled = 'cutover/ledger/1.0.0/r2';
    await write(mislabelled, `${header(blob, 'commit', mislabelled)}no record\n`);

    const list = await listSealedRevisions({ repository: repo.dir });
    const byTag = new Map(list.revisions.map((r) => [r.tag, r]));
    expect(byTag.get(repo.tag)?.sealed).toBe(true);
    expect(byTag.get(big)?.problems[0]).toBe(
      `tag object ${bigId} cannot be read: object ${bigId} is ${1024 * 1024 + 10 + header(repo.commit, 'commit', big).length + 1} bytes, over the limit of 1048576 bytes`,
    );
    expect(byTag.get(missing)?.problems).toContain(
      'the tagged commit 1234567890123456789012345678901234567890 is not in the repository',
    );
    expect(byTag.get(mislabelled)?.problems).toContain(`the tag object says commit, but ${blob} is a blob`);
    // The large tag is not a valid seal, so r1 is superseded by nothing but is no longer the latest.
    expect(byTag.get(repo.tag)).toMatchObject({ latest: false, supersededBy: undefined });
  });
});
