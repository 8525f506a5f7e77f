/**
 * readSealedBundle on hostile git repositories built with the git CLI: release files that are not regular
 * files (a symbolic link to a copy that hashes to the sealed digest, a directory, a gitlink), a tag whose
 * object is another tag (git peels it to the sealed commit), and an environment whose GIT_* variables point
 * git at another repository. Each is a defence the reader has; these tests fail when it is taken out.
 */
import { mkdir, rename, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { IntegrityCheckName } from '../../src/reader/checks.js';
import { readSealedBundle, type SealedBundle } from '../../src/reader/inspect.js';
import { removeDir } from '../helpers/cli.js';
import { git, PRODUCT, RELEASE, RELEASE_DIR, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

async function fresh() {
  const repo = await sealedRepo();
  roots.push(repo.root);
  return repo;
}

function failed(sealed: SealedBundle): string[] {
  return sealed.results.filter((r) => r.status === 'fail').map((r) => r.name);
}

function detailOf(sealed: SealedBundle, name: IntegrityCheckName): string {
  return sealed.results.find((r) => r.name === name)?.detail ?? '';
}

describe('release files that are not regular files', () => {
  it('a symbolic link to a copy that hashes to the sealed digest, a directory and a gitlink are refused by their mode', async () => {
    const repo = await fresh();
    // bundle.json moves out of the release directory; a link to it takes its place. Followed (as a checkout
    // would), the link reads the sealed bytes: the digest would match.
    await mkdir(path.join(repo.dir, 'elsewhere'));
    await rename(path.join(repo.dir, RELEASE_DIR, 'bundle.json'), path.join(repo.dir, 'elsewhere', 'bundle.json'));
    await symlink('../../../elsewhere/bundle.json', path.join(repo.dir, RELEASE_DIR, 'bundle.json'));
    // lineage.json becomes a directory holding the sealed file; holds.json a gitlink to the sealed commit.
    const lineage = path.join(repo.dir, RELEASE_DIR, 'lineage.json');
    await rename(lineage, `${lineage}.sealed`);
    await mkdir(lineage);
    await rename(`${lineage}.sealed`, path.join(lineage, 'lineage.json'));
    await git(repo.dir, 'add', '-A', RELEASE_DIR, 'elsewhere');
    await git(repo.dir, 'rm', '-q', '--cached', `${RELEASE_DIR}/holds.json`);
    await git(repo.dir, 'update-index', '--add', '--cacheinfo', `160000,${repo.commit},${RELEASE_DIR}/holds.json`);
    await git(repo.dir, 'commit', '-q', '-m', 'release files replaced by a link, a directory and a gitlink');
    const commit = await git(repo.dir, 'rev-parse', 'HEAD');
    expect(await git(repo.dir, 'ls-tree', commit, `${RELEASE_DIR}/bundle.json`)).toMatch(/^120000 blob /);
    await sealTag(repo, sealRecordFor(repo.manifest, commit), commit, { force: true });

    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag });
    expect(sealed.intact).toBe(false);
    expect(failed(sealed)).toEqual(['bundle-digest']);
    const detail = detailOf(sealed, 'bundle-digest');
    expect(detail).toContain(`${RELEASE_DIR}/bundle.json is not a regular file (mode 120000, blob)`);
    expect(detail).toContain(`${RELEASE_DIR}/lineage.json is not a regular file (mode 040000, tree)`);
    expect(detail).toContain(`${RELEASE_DIR}/holds.json is not a regular file (mode 160000, commit)`);
  });

  it('an executable bit on a release file changes nothing: its bytes are what is hashed', async () => {
    const repo = await fresh();
    await git(repo.dir, 'update-index', '--chmod=+x', `${RELEASE_DIR}/bundle.json`);
    await git(repo.dir, 'commit', '-q', '-m', 'bundle.json executable');
    const commit = await git(repo.dir, 'rev-parse', 'HEAD');
    await sealTag(repo, sealRecordFor(repo.manifest, commit), commit, { force: true });
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag });
    expect(failed(sealed)).toEqual([]);
  });
});

describe('a tag whose object is another tag', () => {
  it('fails tag-target, though git peels it to the sealed commit', async () => {
    const repo = await fresh();
    const sealedObject = await git(repo.dir, 'rev-parse', `refs/tags/${repo.tag}`);
    // r2 wraps the governor's r1 tag object, its message a record for r2 naming the sealed commit.
    const r2 = `cutover/${PRODUCT}/${RELEASE}/r2`;
    await sealTag(repo, sealRecordFor({ ...repo.manifest, revision: 2 }, repo.commit), sealedObject, { name: r2 });
    expect(await git(repo.dir, 'rev-parse', `refs/tags/${r2}^{commit}`)).toBe(repo.commit);

    const sealed = await readSealedBundle({ repository: repo.dir, tag: r2 });
    expect(sealed.intact).toBe(false);
    expect(failed(sealed)).toContain('tag-target');
    expect(detailOf(sealed, 'tag-target')).toContain(`the tag object points at a tag (${sealedObject}), not a commit`);
    expect(sealed.commit).toBeUndefined();
  });
});

describe('GIT_* variables in the environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });

  it('do not point the reader at another repository than the one named', async () => {
    const named = await fresh();
    const forged = await fresh();
    // The named repository's seal is a lightweight tag; the forged one is intact.
    await git(named.dir, 'tag', '-d', named.tag);
    await git(named.dir, 'tag', named.tag, named.commit);
    process.env.GIT_DIR = path.join(forged.dir, '.git');
    process.env.GIT_WORK_TREE = forged.dir;
    process.env.GIT_COMMON_DIR = path.join(forged.dir, '.git');
    process.env.GIT_OBJECT_DIRECTORY = path.join(forged.dir, '.git', 'objects');
    process.env.GIT_CONFIG_COUNT = '1';
    process.env.GIT_CONFIG_KEY_0 = 'core.useReplaceRefs';
    process.env.GIT_CONFIG_VALUE_0 = 'true';

    const sealed = await readSealedBundle({ repository: named.dir, tag: named.tag });
    expect(sealed.repository).toBe(named.dir);
    expect(sealed.intact).toBe(false);
    expect(failed(sealed)).toContain('annotated-tag');
    expect(sealed.commit).toBe(named.commit);
  });
});
