/**
 * listSealedRevisions and `cutover list` on real git repositories: revisions in order with their standing
 * (latest, superseded by rN), filters, invalid tags flagged (exit 1), bad filters refused (exit 2).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listSealedRevisions, type SealedRevisionList } from '../../src/reader/list.js';
import { removeDir, runCli, stackLines } from '../helpers/cli.js';
import { assembleRevision, git, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await removeDir(root);
});

/** r1 and r2 sealed, plus a lightweight tag of another product and a ref that is not a seal tag name. */
async function twoRevisions() {
  const repo = await sealedRepo();
  roots.push(repo.root);
  const r2 = await assembleRevision(repo, 1);
  const tag2 = await sealTag(repo, sealRecordFor(r2.manifest, r2.commit), r2.commit);
  await git(repo.dir, 'tag', 'cutover/ledger/2026.12.0/r1', r2.commit);
  await git(repo.dir, 'tag', 'cutover/notes', r2.commit);
  await git(repo.dir, 'tag', 'v1.0.0', r2.commit);
  return { ...repo, r2, tag2 };
}

describe('listSealedRevisions', () => {
  it('lists every seal tag with its standing, from a path and a file:// URL alike', async () => {
    const repo = await twoRevisions();
    for (const repository of [repo.dir, repo.url]) {
      const list = await listSealedRevisions({ repository });
      expect(list.revisions.map((r) => [r.tag, r.sealed, r.latest, r.supersededBy])).toEqual([
        ['cutover/ledger/2026.12.0/r1', false, true, undefined],
        [repo.tag, true, false, 2],
        [repo.tag2, true, true, undefined],
      ]);
      expect(list.ignoredRefs).toEqual(['refs/tags/cutover/notes']);
      const [, r1, r2] = list.revisions;
      expect(r1).toMatchObject({
        annotated: true,
        commit: repo.commit,
        bundleDigest: repo.manifest.bundleDigest,
        queue: 'payments-prod',
        taggedAt: '2026-11-24T10:00:00.000Z',
        problems: [],
      });
      expect(r2?.commit).toBe(repo.r2.commit);
      expect(list.revisions[0]?.problems[0]).toContain('lightweight tag');
    }
  });

  it('filters by product and release, fetching only those tags', async () => {
    const repo = await twoRevisions();
    const byProduct = await listSealedRevisions({ repository: repo.url, product: 'payments-platform' });
    expect(byProduct.revisions.map((r) => r.revision)).toEqual([1, 2]);
    const byRelease = await listSealedRevisions({ repository: repo.url, product: 'ledger', release: '2026.12.0' });
    expect(byRelease.revisions.map((r) => r.tag)).toEqual(['cutover/ledger/2026.12.0/r1']);
    const none = await listSealedRevisions({ repository: repo.dir, product: 'payments-platform', release: '2027.1.0' });
    expect(none.revisions).toEqual([]);
  });
});

describe('cutover list', () => {
  it('prints a short table; exit 1 when a listed tag is not a valid seal, 0 when all are', async () => {
    const repo = await twoRevisions();
    const all = await runCli(['list', repo.dir]);
    expect(all.code).toBe(1);
    expect(all.stdout).toMatch(/^payments-platform\s+2026\.11\.3\s+r1\s+superseded by r2\s+valid\s/m);
    expect(all.stdout).toMatch(/^payments-platform\s+2026\.11\.3\s+r2\s+latest\s+valid\s/m);
    expect(all.stdout).toMatch(/^ledger\s+2026\.12\.0\s+r1\s+latest\s+lightweight\s/m);
    expect(all.stdout).toContain('list: 3 seal tags in');
    expect(all.stdout).toContain('1 not a valid seal');
    expect(all.stdout).not.toMatch(/safe/i);

    const payments = await runCli(['list', repo.url, '--product', 'payments-platform', '--json']);
    expect(payments.code).toBe(0);
    const parsed: SealedRevisionList = JSON.parse(payments.stdout);
    expect(parsed.revisions.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('refuses bad filters and unreachable repositories with exit 2', async () => {
    const repo = await twoRevisions();
    const cases: [string[], RegExp][] = [
      [['list', repo.dir, '--product', '..'], /product '\.\.' /],
      [['list', repo.dir, '--product', 'a/b'], /path separator/],
      [['list', repo.dir, '--release', '2026.11.3'], /a release filter needs a product/],
      [['list', `${repo.url}.missing`], /cannot fetch seal tags/],
      [['list'], /expected exactly one repository/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
      expect(stackLines(run.stderr)).toEqual([]);
    }
  });
});
