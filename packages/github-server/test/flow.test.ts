import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Scenario, scenario } from '../index.js';
import { useGitHubServer } from '../vitest.js';
import { git } from './git.js';

const server = useGitHubServer();

async function openPull(
  s: Scenario,
  branch: string,
  files: Record<string, string>,
): Promise<{ number: number; sha: string }> {
  const o = s.app.octokit;
  const { owner, repo } = s;
  const main = await o.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  const parent = main.data.object.sha;
  const tree = await o.rest.git.createTree({
    owner,
    repo,
    base_tree: parent,
    tree: Object.entries(files).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      content,
    })),
  });
  const commit = await o.rest.git.createCommit({
    owner,
    repo,
    message: `change on ${branch}`,
    tree: tree.data.sha,
    parents: [parent],
  });
  await o.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  const pr = await o.rest.pulls.create({ owner, repo, title: `PR ${branch}`, head: branch, base: 'main' });
  return { number: pr.data.number, sha: commit.data.sha };
}

describe('end-to-end flow with @octokit/rest', () => {
  it('creates blob, tree and commit, a branch and a PR; lists files', async () => {
    const s = await scenario(server());
    const o = s.app.octokit;
    const { owner, repo } = s;
    const blob = await o.rest.git.createBlob({
      owner,
      repo,
      content: Buffer.from('bin\0ary').toString('base64'),
      encoding: 'base64',
    });
    const utf8 = await o.rest.git.createBlob({ owner, repo, content: 'héllo', encoding: 'utf-8' });
    expect(
      Buffer.from(
        (await o.rest.git.getBlob({ owner, repo, file_sha: utf8.data.sha })).data.content,
        'base64',
      ).toString(),
    ).toBe('héllo');
    const tree = await o.rest.git.createTree({
      owner,
      repo,
      base_tree: s.base,
      tree: [
        { path: 'services/api.txt', mode: '100644', type: 'blob', content: 'v2\n' },
        { path: 'deploy/nested/deep/file.bin', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'README.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const commit = await o.rest.git.createCommit({
      owner,
      repo,
      message: 'cutover: bundle',
      tree: tree.data.sha,
      parents: [s.base],
    });
    expect(commit.data.verification?.verified).toBe(true);
    await o.rest.git.createRef({ owner, repo, ref: 'refs/heads/cutover/r1', sha: commit.data.sha });
    const pr = await o.rest.pulls.create({
      owner,
      repo,
      title: 'Cutover r1',
      head: 'cutover/r1',
      base: 'main',
      body: 'bundle',
    });
    expect(pr.data.head.sha).toBe(commit.data.sha);
    expect(pr.data.mergeable).toBe(true);
    const files = await o.rest.pulls.listFiles({ owner, repo, pull_number: pr.data.number });
    expect(files.data.map((f) => `${f.status}:${f.filename}`).sort()).toEqual([
      'added:deploy/nested/deep/file.bin',
      'modified:services/api.txt',
      'removed:README.md',
    ]);
    const recursive = await o.rest.git.getTree({ owner, repo, tree_sha: commit.data.sha, recursive: '1' });
    expect(recursive.data.tree.map((e) => e.path)).toContain('deploy/nested/deep/file.bin');
    const subtree = await o.rest.git.getTree({ owner, repo, tree_sha: `${commit.data.sha}:deploy` });
    expect(subtree.data.tree.map((e) => e.path).sort()).toEqual(['nested', 'prod.yaml']);
  });

  it('posts check runs with 120 annotations over 3 requests', async () => {
    const s = await scenario(server());
    const o = s.app.octokit;
    const { owner, repo } = s;
    const annotations = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        path: 'services/api.txt',
        start_line: 1,
        end_line: 1,
        annotation_level: 'warning' as const,
        message: `finding ${from + i}`,
      }));
    const run = await o.rest.checks.create({
      owner,
      repo,
      name: 'cutover/holds',
      head_sha: s.base,
      status: 'in_progress',
      output: { title: 'Holds', summary: 'part 1', annotations: annotations(0, 50) },
    });
    await o.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      output: { title: 'Holds', summary: 'part 2', annotations: annotations(50, 50) },
    });
    const done = await o.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      conclusion: 'success',
      output: { title: 'Holds', summary: 'done', annotations: annotations(100, 20) },
    });
    expect(done.data.output.annotations_count).toBe(120);
    expect(done.data.app?.id).toBe(s.app.id);
    const all = await o.paginate(o.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: run.data.id,
      per_page: 100,
    });
    expect(all.map((a) => a.message)).toEqual(Array.from({ length: 120 }, (_, i) => `finding ${i}`));
    const list = await o.rest.checks.listForRef({ owner, repo, ref: 'main', check_name: 'cutover/holds' });
    expect(list.data.total_count).toBe(1);
    expect(list.data.check_runs[0]?.conclusion).toBe('success');
  });

  it('reviews as members of two teams, then merges with merge, squash and rebase', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', {
      requireCodeOwnerReview: true,
      requiredApprovingReviewCount: 1,
    });
    const dir = await mkdtemp(join(tmpdir(), 'flow-'));
    try {
      for (const method of ['merge', 'squash', 'rebase'] as const) {
        const pr = await openPull(s, `cutover/${method}`, {
          'services/api.txt': `api ${method}\n`,
          'deploy/prod.yaml': `replicas: ${method.length}\n`,
        });
        await s.users.bob.octokit.rest.pulls.createReview({ owner, repo, pull_number: pr.number, event: 'APPROVE' });
        await s.users.carol.octokit.rest.pulls.createReview({ owner, repo, pull_number: pr.number, event: 'APPROVE' });
        const reviews = await s.app.octokit.rest.pulls.listReviews({ owner, repo, pull_number: pr.number });
        expect(reviews.data.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
          ['bob', 'APPROVED', pr.sha],
          ['carol', 'APPROVED', pr.sha],
        ]);
        const before = (await s.app.octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
        const merged = await s.app.octokit.rest.pulls.merge({
          owner,
          repo,
          pull_number: pr.number,
          merge_method: method,
          sha: pr.sha,
        });
        expect(merged.data.merged).toBe(true);
        const got = await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: pr.number });
        expect(got.data.state).toBe('closed');
        expect(got.data.merged).toBe(true);
        expect(got.data.merge_commit_sha).toBe(merged.data.sha);
        const bare = server().admin.repoPath(owner, repo);
        const parents = (await git(['--git-dir', bare, 'rev-list', '--parents', '-n', '1', merged.data.sha]))
          .split(' ')
          .slice(1);
        if (method === 'merge') expect(parents).toEqual([before, pr.sha]);
        else expect(parents).toEqual([before]);
        if (method === 'rebase') expect(merged.data.sha).not.toBe(pr.sha);
        expect(await git(['--git-dir', bare, 'show', `${merged.data.sha}:services/api.txt`])).toBe(`api ${method}`);
        const pulls = await s.app.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          owner,
          repo,
          commit_sha: merged.data.sha,
        });
        expect(pulls.data.map((p) => p.number)).toEqual([pr.number]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('creates an annotated tag whose ref points at the tag object', async () => {
    const s = await scenario(server());
    const o = s.app.octokit;
    const { owner, repo } = s;
    const tag = await o.rest.git.createTag({
      owner,
      repo,
      tag: 'cutover/r1',
      message: 'sealed',
      object: s.base,
      type: 'commit',
    });
    const ref = await o.rest.git.createRef({ owner, repo, ref: 'refs/tags/cutover/r1', sha: tag.data.sha });
    expect(ref.data.object.type).toBe('tag');
    const bare = server().admin.repoPath(owner, repo);
    expect(await git(['--git-dir', bare, 'cat-file', '-t', 'refs/tags/cutover/r1'])).toBe('tag');
    const got = await o.rest.git.getTag({ owner, repo, tag_sha: tag.data.sha });
    expect(got.data.object.sha).toBe(s.base);
    expect(got.data.verification).toMatchObject({ verified: false, reason: 'unsigned' });
  });
});
