/**
 * A seal record whose JSON repeats a key is refused by the reader, on both of its paths (the quick look of
 * src/reader/seal-record-fast.ts that `list` tries first, and the full parse `inspect` and every unusual record
 * get), as every other JSON document Cutover reads is (src/schema/parse.ts). JSON.parse keeps the last of two
 * equal keys; another reader of the same tag message (a deployment tool whose parser keeps the first, or
 * refuses) would see another record than the one checked. On real git repositories, through the library and
 * the CLI.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ApprovalManifest } from '../../src/domain/model.js';
import { renderSealMessage } from '../../src/domain/seal.js';
import { readSealedBundle } from '../../src/reader/inspect.js';
import { listSealedRevisions } from '../../src/reader/list.js';
import { acceptedSealRecord } from '../../src/reader/seal-record-fast.js';
import { sealRecordOf } from '../../src/reader/tags.js';
import { removeDir, runCli } from '../helpers/cli.js';
import { MOMENTS, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

const OTHER_DIGEST = `sha256:${'0'.repeat(64)}`;

/** A manifest as the fixture's records need it, for the pure checks (no repository). */
const FAKE_MANIFEST: ApprovalManifest = {
  schemaVersion: 1,
  product: 'p',
  release: 'r',
  revision: 1,
  bundleDigest: `sha256:${'1'.repeat(64)}`,
  queue: 'payments-prod',
  window: { start: '2026-12-01T05:00:00Z', end: '2026-12-01T09:00:00Z' },
  requiredApprovers: { teams: ['acme/release-engineering', 'acme/operations'] },
  supersedes: null,
  handoff: 'hand-off',
};

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

  it('is refused by the full path however the second key is spelled (escaped, or in another object too)', () => {
    const record = sealRecordFor({ ...FAKE_MANIFEST }, 'b'.repeat(40));
    const honest = renderSealMessage(record);
    expect(sealRecordOf(honest, 'cutover/p/r/r1')).toHaveProperty('record');
    const escaped = honest.replace('  "queue": ', `  "bundle\\u0044igest": "${OTHER_DIGEST}",\n  "queue": `);
    expect(escaped).toContain('"bundle\\u0044igest"');
    expect(JSON.parse(escaped.slice(escaped.indexOf('{'), escaped.lastIndexOf('}') + 1)).bundleDigest).toBe(
      OTHER_DIGEST,
    );
    expect(acceptedSealRecord(escaped)).toBeUndefined();
    expect(sealRecordOf(escaped, 'cutover/p/r/r1')).toEqual({
      problem: expect.stringContaining('duplicate key "bundleDigest"'),
    });
    const window = honest.replace('    "end": ', '    "end": "2026-12-01T09:00:00Z",\n    "end": ');
    expect(sealRecordOf(window, 'cutover/p/r/r1')).toEqual({
      problem: expect.stringMatching(
        /^the seal record's JSON is refused: tag cutover\/p\/r\/r1 seal record:\d+: duplicate key "end"/,
      ),
    });
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
