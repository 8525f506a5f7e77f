/**
 * Characterisation of `readSealTags` and `readSealTag` (issue 15, item 2): one real repository holding a seal
 * tag of every kind the checks tell apart (valid, lightweight on a commit and on a tree, no record, a record
 * failing its schema, a record of another revision, a tag object named otherwise, pointing at a tree, at a
 * commit other than the record's, at a commit off the default branch, at a missing object, malformed headers,
 * over the size limit, and a ref that is no seal tag name), read in every way the callers read it (whole
 * listing, from a revision, records dropped, an unreadable default branch, a default branch git cannot walk).
 * The readings, object ids and temporary paths replaced by stable labels, are one text whose sha256 was taken on
 * the code before the two functions were split into named steps.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSealMessage } from '../../src/domain/seal.js';
import type { DefaultBranch } from '../../src/reader/git.js';
import { MAX_TAG_BYTES, readSealTags } from '../../src/reader/tags.js';
import { type BundlesRepo, git, PRODUCT, RELEASE, sealedRepo, sealRecordFor, sealTag } from './fixture.js';

let repo: BundlesRepo & { commit: string };
let branch: DefaultBranch;
const PREFIX = `refs/tags/cutover/${PRODUCT}/${RELEASE}/`;
const tagName = (revision: number | string) => `cutover/${PRODUCT}/${RELEASE}/r${revision}`;

/** Writes a tag object as given (no checks) and points refs/tags/<name> at it (its directory exists). */
async function rawTag(name: string, object: string): Promise<void> {
  const file = path.join(repo.root, `raw-${name.replaceAll('/', '-')}.txt`);
  await writeFile(file, object);
  const id = await git(repo.dir, 'hash-object', '-t', 'tag', '--literally', '-w', file);
  // Written as a loose ref: update-ref refuses a tag object git cannot parse.
  await writeFile(path.join(repo.dir, '.git', 'refs', 'tags', name), `${id}\n`);
}

beforeAll(async () => {
  const sealed = await sealedRepo();
  repo = sealed;
  const { manifest, commit } = sealed;
  const record = (revision: number, mergeCommit = commit) => sealRecordFor({ ...manifest, revision }, mergeCommit);
  const tree = await git(repo.dir, 'rev-parse', `${commit}^{tree}`);
  await git(repo.dir, 'tag', tagName(2), commit);
  await git(repo.dir, 'tag', tagName(3), tree);
  await sealTag(repo, record(4), commit, { message: 'no record here\n' });
  await sealTag(repo, record(5), commit, { message: renderSealMessage({ ...record(5), queue: '' }) });
  await sealTag(repo, record(6), commit, { name: tagName(6), message: renderSealMessage(record(1)) });
  const tagger = 'tagger Release Bot <release-bot@example.com> 1795000000 +0000';
  await rawTag(
    tagName(7),
    `object ${commit}\ntype commit\ntag ${tagName(70)}\n${tagger}\n\n${renderSealMessage(record(7))}`,
  );
  await rawTag(
    tagName(8),
    `object ${tree}\ntype tree\ntag ${tagName(8)}\n${tagger}\n\n${renderSealMessage(record(8))}`,
  );
  await git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'after the merge');
  const later = await git(repo.dir, 'rev-parse', 'HEAD');
  await sealTag(repo, record(9), later);
  await git(repo.dir, 'checkout', '-q', '-b', 'side');
  await git(repo.dir, 'commit', '-q', '--allow-empty', '-m', 'off the default branch');
  const side = await git(repo.dir, 'rev-parse', 'HEAD');
  await git(repo.dir, 'checkout', '-q', 'main');
  await sealTag(repo, record(10, side), side);
  const missing = '0123456789abcdef0123456789abcdef01234567';
  await rawTag(
    tagName(11),
    `object ${missing}\ntype commit\ntag ${tagName(11)}\n${tagger}\n\n${renderSealMessage(record(11, missing))}`,
  );
  // No `tag` header: git reads it, the seal checks call its headers malformed.
  await rawTag(tagName(12), `object ${commit}\ntype commit\n${tagger}\n\n${renderSealMessage(record(12))}`);
  const blob = await git(repo.dir, 'rev-parse', `${commit}:README.md`);
  await rawTag(tagName(13), `object ${blob}\ntype commit\ntag ${tagName(13)}\n\n${renderSealMessage(record(13))}`);
  await rawTag(
    tagName(14),
    `object ${commit}\ntype commit\ntag ${tagName(14)}\n${tagger}\n\n${renderSealMessage(record(14))}\n${'x'.repeat(MAX_TAG_BYTES)}`,
  );
  await sealTag(repo, record(15), commit, { name: `cutover/${PRODUCT}/${RELEASE}/latest` });
  branch = { ref: 'refs/heads/main', name: 'main', commit: later };
}, 60_000);

/**
 * The text of a result, each object id and temporary path written as a label in order of first appearance, and
 * git's own error text as one placeholder.
 */
function stable(value: unknown): string {
  const labels = new Map<string, string>();
  return (
    JSON.stringify(value, null, 1)
      .replaceAll(repo.root, '<root>')
      // What git says about a bad object differs between git versions; that it is passed on is what counts.
      .replace(/: git ([a-z-]+): [^"]*"/g, ': git $1: <git message>"')
      .replace(/\b[0-9a-f]{40}(?:[0-9a-f]{24})?\b/g, (id) => {
        if (!labels.has(id)) labels.set(id, `<id${labels.size}>`);
        return labels.get(id) ?? id;
      })
  );
}

describe('readSealTags, pinned', () => {
  it('reads every kind of seal tag as before the split', async () => {
    const gitDir = path.join(repo.dir, '.git');
    const nowhere: DefaultBranch = {
      ref: 'refs/heads/main',
      name: 'main',
      commit: 'fedcba9876543210fedcba9876543210fedcba98',
    };
    const outcomes = [
      await readSealTags(gitDir, PREFIX, branch),
      await readSealTags(gitDir, PREFIX, Promise.resolve(branch), { fromRevision: 9 }),
      await readSealTags(gitDir, PREFIX, branch, { keepRecords: false }),
      await readSealTags(gitDir, PREFIX, { problem: 'no HEAD on the remote' }),
      await readSealTags(gitDir, PREFIX, nowhere),
      await readSealTags(gitDir, PREFIX, nowhere, { fromRevision: 2 }),
      await readSealTags(gitDir, 'refs/tags/cutover/none/', branch),
    ].map(stable);
    // PIN_DUMP=<file> writes the pinned text, to see what a changed digest changed.
    if (process.env.PIN_DUMP) await writeFile(process.env.PIN_DUMP, outcomes.join('\n'));
    expect(outcomes[0]).toContain('is a lightweight tag');
    // Changed once on purpose (issue 13 goal 1): with fromRevision, git lists only the revisions from it on
    // (laterRevisionPatterns), so those outcomes' `revisions` and `ignoredRefs` no longer name earlier tags
    // or other names; every reading is as before. And once more (a seal record whose JSON repeats a key is
    // refused, test/reader/seal-record-duplicates.test.ts): a message without a record now says only that
    // ("the tag message carries no seal record"), as JSON that does not parse has a problem of its own. And a
    // git failure names the git command (`git rev-list: …`), no longer its first argument (`git --git-dir: …`).
    expect(createHash('sha256').update(outcomes.join('\n')).digest('hex')).toBe(
      '1c3049563bd29e127d68599f651b66cc77a1f4af1406b21b245fb69d6bcda553',
    );
  }, 60_000);
});
