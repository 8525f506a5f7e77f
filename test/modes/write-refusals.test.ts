/**
 * The adapter's writes against the GitHub-compatible server over real HTTP (issue 11, items 2 and 3): a 422 on a
 * ref write is mapped by its reason, so only a real race ("not a fast forward", a branch another writer created)
 * makes assemble re-read and rebuild, and a refused name fails at once with GitHub's reason; a write that already
 * happened (another run's, or this run's whose reply was lost) is adopted when it is ours, and only then.
 */
import { Octokit } from '@octokit/rest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useGitHubServer } from '../../packages/github-server/vitest.js';
import { GitHubApiError } from '../../src/errors.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';

const server = useGitHubServer();
const repo = { owner: 'acme', repo: 'bundles' };
let github: OctokitGitHub;
let octokit: Octokit;
let base: string;

beforeAll(async () => {
  const { admin } = server();
  admin.createOrg('acme');
  admin.createUser({ login: 'max' });
  const app = admin.createApp({ slug: 'cutover', owner: 'acme' });
  const created = await admin.createRepo({
    owner: 'acme',
    name: 'bundles',
    files: { 'README.md': '# b\n' },
    as: 'max',
  });
  base = created.headSha ?? '';
  const token = admin.createToken({ app: app.slug, repos: { 'acme/bundles': 'write' } });
  github = new OctokitGitHub(createGitHubClient({ token, baseUrl: server().apiUrl, writeIntervalMs: 0 }));
  octokit = new Octokit({ auth: token, baseUrl: server().apiUrl });
});

const files = (n: number) => ({ 'bundles/p/r/manifest.json': `{"n":${n}}\n` });

describe('a 422 on a branch write, by its reason', () => {
  it('a name git refuses fails at once with the reason; only real races are "moved"', async () => {
    const refused = await github
      .commitFiles(repo, {
        branch: 'cutover/x.lock/1',
        parent: base,
        expectedHead: null,
        files: files(1),
        message: 'm',
      })
      .then(
        (r) => r,
        (e: unknown) => e,
      );
    expect(refused).toBeInstanceOf(GitHubApiError);
    expect((refused as GitHubApiError).status).toBe(422);
    expect((refused as GitHubApiError).message).toMatch(
      /GitHub refused to create branch cutover\/x\.lock\/1 \(HTTP 422: .+\)/,
    );

    // A real race: the branch exists (another writer created it), or moved under us (not a fast forward).
    const first = await github.commitFiles(repo, {
      branch: 'cutover/p/r',
      parent: base,
      expectedHead: null,
      files: files(2),
      message: 'one',
    });
    expect(first.kind).toBe('committed');
    const second = await github.commitFiles(repo, {
      branch: 'cutover/p/r',
      parent: base,
      expectedHead: null,
      files: files(3),
      message: 'two',
    });
    expect(second).toEqual({ kind: 'moved' });
    const stale = await github.commitFiles(repo, {
      branch: 'cutover/p/r',
      parent: base,
      expectedHead: base,
      files: files(4),
      message: 'three',
    });
    expect(stale).toEqual({ kind: 'moved' });
  });
});

describe('a write that already happened is adopted when it is ours', () => {
  it('opening a pull request that exists for the branch returns that pull request', async () => {
    await github.commitFiles(repo, {
      branch: 'cutover/q/r',
      parent: base,
      expectedHead: null,
      files: files(5),
      message: 'q',
    });
    const opened = await github.createPullRequest(repo, { head: 'cutover/q/r', base: 'main', title: 't', body: 'b' });
    const again = await github.createPullRequest(repo, { head: 'cutover/q/r', base: 'main', title: 't', body: 'b' });
    expect(again.number).toBe(opened.number);
    const { data } = await octokit.rest.pulls.list({ ...repo, state: 'open', head: 'acme:cutover/q/r' });
    expect(data.length).toBe(1);
  });

  it('creating a tag that exists with the same name, commit and message returns it; any other is refused', async () => {
    const input = { tag: 'cutover/p/r/r1', message: 'sealed\n\nrecord\n', commit: base };
    const created = await github.createAnnotatedTag(repo, input);
    const again = await github.createAnnotatedTag(repo, input);
    expect(again.tagSha).toBe(created.tagSha);
    const ref = await github.getRef(repo, 'tags/cutover/p/r/r1');
    expect(ref).toMatchObject({ sha: created.tagSha, objectType: 'tag' });

    // Another message (another seal record) or another commit is not ours: refused, the tag left as it was.
    await expect(github.createAnnotatedTag(repo, { ...input, message: 'other record\n' })).rejects.toThrow(
      /already exists/,
    );
    const head = await github.commitFiles(repo, {
      branch: 'cutover/t/r',
      parent: base,
      expectedHead: null,
      files: files(6),
      message: 't',
    });
    if (head.kind !== 'committed') throw new Error('branch not written');
    await expect(github.createAnnotatedTag(repo, { ...input, commit: head.sha })).rejects.toThrow(/already exists/);
    expect((await github.getRef(repo, 'tags/cutover/p/r/r1'))?.sha).toBe(created.tagSha);
  });
});
