/**
 * Attacks on the sealed-bundle reader through what a repository can carry besides seal tags. Each test builds
 * a real repository with the git CLI, states the attack, and checks what the reader reports.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDigest } from '../../src/domain/canonical.js';
import { renderJson } from '../../src/domain/files.js';
import type { Bundle, HoldRegister, LineageDocument } from '../../src/domain/model.js';
import { renderSealMessage } from '../../src/domain/seal.js';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { removeDir } from '../helpers/cli.js';
import { GIT_ENV, git, MOMENTS, RELEASE_DIR, readManifest, sealedRepo, sealRecordFor } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

/** `git mktag`: writes a tag object from its text (read from standard input) and returns its id. */
function mktag(cwd: string, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', ['mktag'], { cwd, env: GIT_ENV }, (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    );
    child.stdin?.end(text);
  });
}

describe('replacement objects (refs/replace/*) are never read in place of the real ones', () => {
  it('a replaced tag object and a grafted default branch do not make a forged bundle pass for the sealed one', async () => {
    const repo = await sealedRepo();
    roots.push(repo.root);
    const tagObject = await git(repo.dir, 'rev-parse', `refs/tags/${repo.tag}`);
    const parent = await git(repo.dir, 'rev-parse', `${repo.commit}^`);

    // The attacker's bundle: an artifact digest swapped, every digest recomputed, on a commit beside the sealed one.
    await git(repo.dir, 'checkout', '-q', '-b', 'evil', parent);
    await git(repo.dir, 'checkout', '-q', repo.commit, '--', RELEASE_DIR);
    const dir = path.join(repo.dir, RELEASE_DIR);
    const bundle: Bundle = JSON.parse(await readFile(path.join(dir, 'bundle.json'), 'utf8'));
    const artifact = bundle.components[0]?.artifacts[0];
    if (!artifact) throw new Error('fixture bundle has an artifact');
    artifact.digest = `sha256:${'e'.repeat(64)}`;
    const lineage: LineageDocument = JSON.parse(await readFile(path.join(dir, 'lineage.json'), 'utf8'));
    const holds: HoldRegister = JSON.parse(await readFile(path.join(dir, 'holds.json'), 'utf8'));
    const forgedDigest = bundleDigest({ bundle, lineage, holds });
    const manifest = { ...(await readManifest(repo)), bundleDigest: forgedDigest };
    await writeFile(path.join(dir, 'bundle.json'), renderJson(bundle));
    await writeFile(path.join(dir, 'manifest.json'), renderJson(manifest));
    await git(repo.dir, 'commit', '-q', '-am', 'forged bundle');
    const evil = await git(repo.dir, 'rev-parse', 'HEAD');
    await git(repo.dir, 'checkout', '-q', 'main');

    // A tag object of the same name carrying a well-formed record of the forged bundle, merged as the evil commit...
    const record = renderSealMessage(sealRecordFor(manifest, evil));
    const forgedTag = await mktag(
      repo.dir,
      `object ${evil}\ntype commit\ntag ${repo.tag}\ntagger Mallory <mallory@example.com> 1795000000 +0000\n\n${record}`,
    );
    // ...swapped in for the sealed tag object, and the evil commit grafted onto the default branch's history.
    await git(repo.dir, 'replace', tagObject, forgedTag);
    await git(repo.dir, 'replace', '--graft', repo.commit, parent, evil);
    // Git itself now reads the forgery: the seal tag resolves to the evil commit, which main "contains".
    expect(await git(repo.dir, 'rev-parse', `refs/tags/${repo.tag}^{commit}`)).toBe(evil);
    await git(repo.dir, 'merge-base', '--is-ancestor', evil, 'main');

    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    expect(sealed.commit).toBe(repo.commit);
    expect(sealed.bundleDigest).toBe(repo.manifest.bundleDigest);
    expect(sealed.bundleDigest).not.toBe(forgedDigest);
    expect(sealed.record?.mergeCommit).toBe(repo.commit);
    expect(sealed.intact).toBe(true);
  });
});
