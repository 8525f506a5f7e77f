/**
 * A seal record whose JSON repeats a key is refused by the reader, on both of its paths (the quick look of
 * src/reader/seal-record-fast.ts that `list` tries first, and the full parse `inspect` and every unusual record
 * get), as every other JSON document Cutover reads is (src/schema/parse.ts). JSON.parse keeps the last of two
 * equal keys; another reader of the same tag message (a deployment tool whose parser keeps the first, or
 * refuses) would see another record than the one checked. On real git repositories, through the library and
 * the CLI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderSealMessage } from '../../src/domain/seal.js';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { listSealedRevisions } from '../../src/reader/list.js';
import { acceptedSealRecord } from '../../src/reader/seal-record-fast.js';
import { removeDir, runCli } from '../helpers/cli.js';
import { MOMENTS, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

const OTHER_DIGEST = `sha256:${'0'.repeat(64)}`;

/**
 * The sealed repository's r1 tag replaced by one whose record says `"bundleDigest"` twice: first another
 * digest, then the sealed one (which JSON.parse keeps). `nested`: the approvers' first `"login"` twice instead.
 */
async function duplicateKeyRepo(nested = false) {
  const repo = await sealedRepo();
  roots.push(repo.root);
  const record = sealRecordFor(repo.manifest, repo.commit);
  const honest = renderSealMessage(record);
  const message = nested
    ? honest.replace('      "login": "alice",\n', '      "login": "mallory",\n      "login": "alice",\n')
    : honest.replace('  "bundleDigest": ', `  "bundleDigest": "${OTHER_DIGEST}",\n  "bundleDigest": `);
  expect(message).not.toBe(honest);
  await sealTag(repo, record, repo.commit, { force: true, message });
  return { repo, message };
}

describe('a seal record that repeats a key', () => {
  it('is not accepted by the quick look (so the full parse decides)', async () => {
    const { message } = await duplicateKeyRepo();
    expect(acceptedSealRecord(message)).toBeUndefined();
    const nested = await duplicateKeyRepo(true);
    expect(acceptedSealRecord(nested.message)).toBeUndefined();
  });

  it('fails seal-record in inspect and list, naming the tag and the key', async () => {
    const { repo } = await duplicateKeyRepo();
    const sealed = await readSealedBundle({ repository: repo.dir, tag: repo.tag, at: MOMENTS.during });
    const result = sealed.results.find((r) => r.name === 'seal-record');
    expect(result?.status).toBe('fail');
    expect(result?.detail).toContain(`tag ${repo.tag}`);
    expect(result?.detail).toContain('duplicate key "bundleDigest"');
    expect(sealed.intact).toBe(false);
    expect(sealed.record).toBeUndefined();

    const list = await listSealedRevisions({ repository: repo.url });
    expect(list.revisions).toHaveLength(1);
    expect(list.revisions[0]?.sealed).toBe(false);
    expect(list.revisions[0]?.problems.join('\n')).toContain('duplicate key "bundleDigest"');
  });

  it('a key repeated inside an approver fails too; the CLI exits 1 for both commands', async () => {
    const { repo } = await duplicateKeyRepo(true);
    const inspect = await runCli(['inspect', repo.dir, '--tag', repo.tag, '--at', MOMENTS.during]);
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).toMatch(/seal-record\s+fail\s+.*duplicate key "login"/);
    const list = await runCli(['list', repo.url]);
    expect(list.code).toBe(1);
    expect(list.stdout).toContain('duplicate key "login"');
  });
});
