/**
 * The fake GitHub keeps the port's contract (src/github/port.ts) and the GitHub behaviours the modes rely on;
 * if it did not, the mode tests built on it would prove nothing.
 */
import { describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/errors.js';
import { FakeGitHub, WEB_FLOW } from './fake-github.js';
import { GOVERNOR_APP, governorActor, OTHER_APP, WRITER, writerActor } from './world.js';

const REPO = { owner: 'acme', repo: 'bundles' };

function fresh() {
  const github = new FakeGitHub(writerActor);
  const root = github.createRepo(REPO, { 'README.md': 'hi\n', 'bundles/p/r/a.json': '{}\n' });
  return { github, root };
}

describe('FakeGitHub', () => {
  it('commitFiles with a stale expectedHead returns moved and leaves the branch where it is', async () => {
    const { github, root } = fresh();
    const first = await github.commitFiles(REPO, {
      branch: 'topic',
      parent: root,
      files: { 'x.txt': '1' },
      message: 'one',
      expectedHead: null,
    });
    expect(first.kind).toBe('committed');
    const head = github.head(REPO, 'topic');
    // Creating a branch that exists, and updating from a head it no longer has, are both `moved`.
    expect(
      (await github.commitFiles(REPO, { branch: 'topic', parent: root, files: {}, message: 'x', expectedHead: null }))
        .kind,
    ).toBe('moved');
    expect(
      (await github.commitFiles(REPO, { branch: 'topic', parent: root, files: {}, message: 'x', expectedHead: root }))
        .kind,
    ).toBe('moved');
    // A non-fast-forward from the right head is `moved` too, unless it is a replace.
    expect(
      (await github.commitFiles(REPO, { branch: 'topic', parent: root, files: {}, message: 'x', expectedHead: head }))
        .kind,
    ).toBe('moved');
    expect(github.head(REPO, 'topic')).toBe(head);
    const replaced = await github.commitFiles(REPO, {
      branch: 'topic',
      parent: root,
      files: { 'y.txt': '2' },
      message: 'y',
      expectedHead: head,
      replace: true,
    });
    expect(replaced.kind).toBe('committed');
    expect(github.head(REPO, 'topic')).toBe(replaced.kind === 'committed' ? replaced.sha : '');
    expect(await github.readFiles(REPO, github.head(REPO, 'topic'), ['x.txt', 'y.txt', 'README.md'])).toEqual({
      'x.txt': undefined,
      'y.txt': '2',
      'README.md': 'hi\n',
    });
  });

  it('signs an App API commit as GitHub does (verified, author the bot, committer web-flow); a push is unsigned', async () => {
    const { github, root } = fresh();
    const written = await github.commitFiles(REPO, {
      branch: 'b',
      parent: root,
      files: { f: '1' },
      message: 'm',
      expectedHead: null,
    });
    const sha = written.kind === 'committed' ? written.sha : '';
    expect(await github.getCommit(REPO, sha)).toMatchObject({
      authorLogin: WRITER,
      committerLogin: WEB_FLOW,
      verification: { verified: true, reason: 'valid' },
      parents: [root],
    });
    const pushed = github.commit(REPO, { parent: sha, files: { f: '2' }, author: WRITER, committer: WRITER });
    expect((await github.getCommit(REPO, pushed)).verification).toEqual({ verified: false, reason: 'unsigned' });
  });

  it('compare is three-dot: commits since the merge base, oldest first, the files changed, and the status', async () => {
    const { github, root } = fresh();
    const a = github.commit(REPO, { parent: root, files: { 'a.txt': 'a' }, branch: 'topic' });
    const b = github.commit(REPO, { parent: a, files: { 'b.txt': 'b' }, branch: 'topic' });
    const m = github.commit(REPO, { parent: root, files: { 'm.txt': 'm' }, branch: 'main' });
    const diverged = await github.compare(REPO, m, b);
    expect(diverged.status).toBe('diverged');
    expect(diverged.commits.map((c) => c.sha)).toEqual([a, b]);
    expect(diverged.files).toEqual(['a.txt', 'b.txt']);
    expect((await github.compare(REPO, root, b)).status).toBe('ahead');
    expect((await github.compare(REPO, b, root)).status).toBe('behind');
    expect((await github.compare(REPO, b, b)).status).toBe('identical');
  });

  it('gives equal subtrees equal shas and an absent directory null', async () => {
    const { github, root } = fresh();
    const other = github.commit(REPO, { parent: root, files: { 'README.md': 'changed\n' } });
    const changed = github.commit(REPO, { parent: root, files: { 'bundles/p/r/a.json': '{"a":1}\n' } });
    const tree = await github.getSubtreeSha(REPO, root, 'bundles/p/r');
    expect(tree).toMatch(/^[0-9a-f]{40}$/);
    expect(await github.getSubtreeSha(REPO, other, 'bundles/p/r')).toBe(tree);
    expect(await github.getSubtreeSha(REPO, changed, 'bundles/p/r')).not.toBe(tree);
    expect(await github.getSubtreeSha(REPO, root, 'bundles/q')).toBeNull();
    expect(await github.listFiles(REPO, root, 'bundles')).toEqual(['bundles/p/r/a.json']);
  });

  it('serves an open pull request at its branch head and freezes it at the merge', async () => {
    const { github, root } = fresh();
    const one = github.commit(REPO, { parent: root, files: { 'bundles/p/r/a.json': '1' }, branch: 'topic' });
    const number = github.openPullRequest(REPO, { head: 'topic', base: 'main', author: 'dave' });
    const two = github.commit(REPO, { parent: one, files: { 'bundles/p/r/b.json': '2' }, branch: 'topic' });
    expect((await github.getPullRequest(REPO, number)).headSha).toBe(two);
    expect(await github.listPullRequestFiles(REPO, number)).toEqual(['bundles/p/r/a.json', 'bundles/p/r/b.json']);
    const merge = github.merge(REPO, number, 'squash');
    github.commit(REPO, { parent: two, files: { late: 'x' }, branch: 'topic' });
    const merged = await github.getPullRequest(REPO, number);
    expect(merged).toMatchObject({ state: 'closed', merged: true, headSha: two, mergeCommitSha: merge });
    expect((await github.getCommit(REPO, merge)).parents).toEqual([root]);
    expect(await github.getSubtreeSha(REPO, merge, 'bundles/p/r')).toBe(
      await github.getSubtreeSha(REPO, two, 'bundles/p/r'),
    );
    expect(await github.listPullRequestFiles(REPO, number)).toEqual(['bundles/p/r/a.json', 'bundles/p/r/b.json']);
    expect((await github.findPullRequests(REPO, { head: 'topic', state: 'closed' })).map((p) => p.number)).toEqual([
      number,
    ]);
  });

  it('stamps a check run with the App of the caller, whatever it is named', async () => {
    const { github, root } = fresh();
    github.actor = governorActor;
    await github.createCheckRun(REPO, {
      name: 'cutover/schema',
      headSha: root,
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    });
    github.postCheckRun(REPO, OTHER_APP, {
      name: 'cutover/schema',
      headSha: root,
      conclusion: 'success',
      title: 't',
      summary: 's',
      annotations: [],
    });
    expect((await github.listCheckRuns(REPO, root)).map((r) => r.appId)).toEqual([GOVERNOR_APP.appId, OTHER_APP.appId]);
    github.actor = { login: 'mallory', isBot: false, appId: null, appSlug: null };
    await expect(
      github.createCheckRun(REPO, {
        name: 'x',
        headSha: root,
        conclusion: 'success',
        title: 't',
        summary: 's',
        annotations: [],
      }),
    ).rejects.toBeInstanceOf(GitHubApiError);
  });

  it('creates annotated tags whose ref points at the tag object; an existing ref is refused unless it is the same tag', async () => {
    const { github, root } = fresh();
    const { tagSha } = await github.createAnnotatedTag(REPO, { tag: 't1', message: 'm', commit: root });
    expect(await github.getRef(REPO, 'tags/t1')).toEqual({ ref: 'refs/tags/t1', sha: tagSha, objectType: 'tag' });
    expect((await github.getTagObject(REPO, tagSha)).object).toEqual({ sha: root, type: 'commit' });
    expect(await github.createAnnotatedTag(REPO, { tag: 't1', message: 'm', commit: root })).toEqual({ tagSha });
    await expect(github.createAnnotatedTag(REPO, { tag: 't1', message: 'other', commit: root })).rejects.toThrow(
      /already exists/,
    );
    github.setRef(REPO, 'tags/light', root);
    expect((await github.listRefs(REPO, 'tags/')).map((r) => [r.ref, r.objectType])).toEqual([
      ['refs/tags/light', 'commit'],
      ['refs/tags/t1', 'tag'],
    ]);
    expect(await github.getRef(REPO, 'tags/none')).toBeNull();
  });

  it('counts only active team members, case-insensitively', async () => {
    const { github } = fresh();
    github.addTeamMember('acme/ops', 'Bob');
    github.addTeamMember('acme/ops', 'pat', 'pending');
    expect(await github.isTeamMember('acme', 'ops', 'bob')).toBe(true);
    expect(await github.isTeamMember('acme', 'ops', 'pat')).toBe(false);
    expect(await github.isTeamMember('acme', 'releng', 'bob')).toBe(false);
  });

  it('fails like GitHub for a commit or a pull request that does not exist', async () => {
    const { github } = fresh();
    await expect(github.getCommit(REPO, 'f'.repeat(40))).rejects.toBeInstanceOf(GitHubApiError);
    await expect(github.getPullRequest(REPO, 99)).rejects.toMatchObject({ status: 404 });
  });
});
