import { describe, expect, it } from 'vitest';
import { scenario, startGitHubServer } from '../index.js';
import { useGitHubServer } from '../vitest.js';

const server = useGitHubServer();

describe('pull requests', () => {
  it('lists with state/head/base filters, updates title/body/state/base, syncs the head on push', async () => {
    const s = await scenario(server());
    const { admin } = server();
    const { owner, repo } = s;
    const o = s.users.alice.octokit;
    await admin.pushCommit({ owner, repo, branch: 'release', files: { 'r.txt': 'r' }, as: 'alice' });
    await admin.pushCommit({
      owner,
      repo,
      branch: 'f1',
      files: { 'a.txt': 'a', 'docs/with space [x].md': 's' },
      as: 'alice',
    });
    await admin.pushCommit({ owner, repo, branch: 'f2', files: { 'b.txt': 'b' }, as: 'alice' });
    const p1 = await o.rest.pulls.create({ owner, repo, title: 'one', head: `${owner}:f1`, base: 'main' });
    const p2 = await o.rest.pulls.create({ owner, repo, title: 'two', head: 'f2', base: 'main', draft: true });
    expect(p2.data.draft).toBe(true);
    const files = await o.rest.pulls.listFiles({ owner, repo, pull_number: p1.data.number });
    expect(files.data.map((f) => f.filename)).toEqual(['a.txt', 'docs/with space [x].md']);
    const byHead = await o.rest.pulls.list({ owner, repo, head: `${owner}:f1` });
    expect(byHead.data.map((p) => p.number)).toEqual([p1.data.number]);
    await o.rest.pulls.update({ owner, repo, pull_number: p2.data.number, state: 'closed' });
    expect((await o.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([p1.data.number]);
    expect((await o.rest.pulls.list({ owner, repo, state: 'closed' })).data.map((p) => p.number)).toEqual([
      p2.data.number,
    ]);
    expect((await o.rest.pulls.list({ owner, repo, state: 'all', base: 'release' })).data).toEqual([]);
    const updated = await o.rest.pulls.update({
      owner,
      repo,
      pull_number: p1.data.number,
      title: 'uno',
      body: 'b',
      base: 'release',
    });
    expect(updated.data).toMatchObject({ title: 'uno', body: 'b', base: { ref: 'release' } });
    const dup = o.rest.pulls.create({ owner, repo, title: 'again', head: 'f1', base: 'release' });
    await expect(dup).rejects.toMatchObject({ status: 422 });
    const next = await admin.pushCommit({ owner, repo, branch: 'f1', files: { 'a.txt': 'a2' }, as: 'bob' });
    const got = await o.rest.pulls.get({ owner, repo, pull_number: p1.data.number });
    expect(got.data.head.sha).toBe(next);
    expect(got.data.commits).toBe(2);
    expect(admin.pull(owner, repo, p1.data.number).pushes.at(-1)?.pusher).toBe('bob');
    const branch = await o.rest.repos.getBranch({ owner, repo, branch: 'f1' });
    expect(branch.data).toMatchObject({ name: 'f1', commit: { sha: next }, protected: false });
  });

  it('reports a conflicting PR as not mergeable and refuses to merge it', async () => {
    const s = await scenario(server());
    const { admin } = server();
    const { owner, repo } = s;
    await admin.pushCommit({ owner, repo, branch: 'conflict', files: { 'README.md': 'theirs\n' }, as: 'alice' });
    await admin.pushCommit({ owner, repo, branch: 'main', files: { 'README.md': 'ours\n' }, as: 'bob' });
    const pr = await s.app.octokit.rest.pulls.create({ owner, repo, title: 'c', head: 'conflict', base: 'main' });
    expect(pr.data).toMatchObject({ mergeable: false, mergeable_state: 'dirty' });
    await expect(s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: pr.data.number })).rejects.toMatchObject({
      status: 405,
    });
  });
});

describe('comments and statuses', () => {
  it('creates, lists and updates PR comments; commit statuses satisfy required checks', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requiredChecks: [{ context: 'legacy/ci' }] });
    await server().admin.pushCommit({ owner, repo, branch: 'st', files: { 'a.txt': 'a' }, as: 'alice' });
    const pr = await s.app.octokit.rest.pulls.create({ owner, repo, title: 's', head: 'st', base: 'main' });
    const c = await s.app.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: pr.data.number,
      body: 'plan',
    });
    await s.app.octokit.rest.issues.updateComment({ owner, repo, comment_id: c.data.id, body: 'plan v2' });
    const list = await s.app.octokit.rest.issues.listComments({ owner, repo, issue_number: pr.data.number });
    expect(list.data.map((x) => [x.body, x.user?.login])).toEqual([['plan v2', 'cutover-app[bot]']]);
    const merge = () => s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: pr.data.number });
    await s.app.octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: pr.data.head.sha,
      state: 'failure',
      context: 'legacy/ci',
    });
    await expect(merge()).rejects.toMatchObject({ status: 405 });
    await s.app.octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha: pr.data.head.sha,
      state: 'success',
      context: 'legacy/ci',
    });
    const combined = await s.app.octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'st' });
    expect(combined.data).toMatchObject({ state: 'success', total_count: 1 });
    expect((await merge()).data.merged).toBe(true);
  });
});

describe('server options', () => {
  it('runs with contract validation switched off (demo mode)', async () => {
    const local = await startGitHubServer({ contract: false });
    try {
      const { admin } = local;
      admin.createUser({ login: 'solo' });
      await admin.createRepo({ owner: 'solo', name: 'r', files: { a: 'b' } });
      const token = admin.createToken({ login: 'solo' });
      const res = await fetch(`${local.apiUrl}/repos/solo/r/git/ref/heads%2Fmain`, {
        headers: { authorization: `token ${token}` },
      });
      expect(res.status).toBe(200);
      expect(local.contract.enabled).toBe(false);
      expect(local.contract.loadMs).toBe(0);
      expect(local.log.entries[0]?.operationId).toBe('git/get-ref');
    } finally {
      await local.close();
    }
  });
});
