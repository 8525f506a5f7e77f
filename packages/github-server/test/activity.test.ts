/**
 * GET /repos/{owner}/{repo}/activity over real HTTP and git: every branch update the server performs is recorded
 * with the account that made it (git push over smart HTTP, API ref writes and deletions, pull request merges as
 * `pr_merge` with the base's before and after), and served with GitHub's filters and cursor paging. The responses
 * pass the OpenAPI contract check (useGitHubServer fails a test on any violation).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenario, scenario } from '../index.js';
import { useGitHubServer } from '../vitest.js';
import { git } from './git.js';

const server = useGitHubServer();
const ZERO = '0'.repeat(40);
let work = '';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'activity-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

type Row = { type: string; before: string; after: string; actor: string | null; ref: string };

async function activities(s: Scenario, query: Record<string, string> = {}): Promise<Row[]> {
  const o = s.app.octokit;
  const items = await o.paginate(o.rest.repos.listActivities, {
    owner: s.owner,
    repo: s.repo,
    per_page: 100,
    ...query,
  });
  return items.map((a) => ({
    type: a.activity_type,
    before: a.before,
    after: a.after,
    actor: a.actor?.login ?? null,
    ref: a.ref,
  }));
}

async function commitIn(dir: string, path: string, text: string): Promise<string> {
  await writeFile(join(dir, path), text);
  await git(['add', path], dir);
  await git(['commit', '-q', '-m', `edit ${path}`], dir);
  return git(['rev-parse', 'HEAD'], dir);
}

describe('repository activity', () => {
  it('records git pushes with the pusher, whatever the commits name: creation, push, force push, deletion', async () => {
    const s = await scenario(server());
    const dir = join(work, 'push');
    await git(['clone', '-q', server().admin.pushUrl(s.owner, s.repo, s.users.erin.token), dir]);
    // The commits name dave as author and committer; erin pushes them.
    await git(['config', 'user.name', 'dave'], dir);
    await git(['config', 'user.email', 'dave@acme.test'], dir);
    await git(['checkout', '-q', '-b', 'topic'], dir);
    const first = await commitIn(dir, 'a.txt', 'one\n');
    await git(['push', '-q', 'origin', 'topic'], dir);
    const second = await commitIn(dir, 'a.txt', 'two\n');
    await git(['push', '-q', 'origin', 'topic'], dir);
    await git(['reset', '-q', '--hard', first], dir);
    const rewritten = await commitIn(dir, 'a.txt', 'rewritten\n');
    await git(['push', '-q', '--force', 'origin', 'topic'], dir);
    await git(['push', '-q', 'origin', '--delete', 'topic'], dir);
    expect(await activities(s, { ref: 'topic' })).toEqual([
      { type: 'branch_deletion', before: rewritten, after: ZERO, actor: 'erin', ref: 'refs/heads/topic' },
      { type: 'force_push', before: second, after: rewritten, actor: 'erin', ref: 'refs/heads/topic' },
      { type: 'push', before: first, after: second, actor: 'erin', ref: 'refs/heads/topic' },
      { type: 'branch_creation', before: ZERO, after: first, actor: 'erin', ref: 'refs/heads/topic' },
    ]);
    // `ref` takes the full name too; `actor` and `activity_type` filter; `direction=asc` is oldest first.
    expect((await activities(s, { ref: 'refs/heads/topic', activity_type: 'push' })).map((a) => a.after)).toEqual([
      second,
    ]);
    expect(await activities(s, { ref: 'topic', actor: 'dave' })).toEqual([]);
    expect((await activities(s, { ref: 'topic', direction: 'asc' })).map((a) => a.type)).toEqual([
      'branch_creation',
      'push',
      'force_push',
      'branch_deletion',
    ]);
  });

  it('records API ref writes and deletions with the token’s account, and a merge as pr_merge on the base', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const o = s.app.octokit;
    const tree = await o.rest.git.createTree({
      owner,
      repo,
      base_tree: s.base,
      tree: [{ path: 'services/api.txt', mode: '100644', type: 'blob', content: 'v2\n' }],
    });
    const commit = await o.rest.git.createCommit({
      owner,
      repo,
      message: 'v2',
      tree: tree.data.sha,
      parents: [s.base],
    });
    await o.rest.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: commit.data.sha });
    const pull = await s.users.alice.octokit.rest.pulls.create({
      owner,
      repo,
      head: 'feature',
      base: 'main',
      title: 'v2',
    });
    const merged = await s.users.alice.octokit.rest.pulls.merge({
      owner,
      repo,
      pull_number: pull.data.number,
      merge_method: 'squash',
    });
    await o.rest.git.deleteRef({ owner, repo, ref: 'heads/feature' });
    await o.rest.git.createRef({ owner, repo, ref: 'refs/tags/v2', sha: merged.data.sha });
    const all = await activities(s);
    expect(all.slice(0, 3)).toEqual([
      {
        type: 'branch_deletion',
        before: commit.data.sha,
        after: ZERO,
        actor: 'cutover-app[bot]',
        ref: 'refs/heads/feature',
      },
      { type: 'pr_merge', before: s.base, after: merged.data.sha, actor: 'alice', ref: 'refs/heads/main' },
      {
        type: 'branch_creation',
        before: ZERO,
        after: commit.data.sha,
        actor: 'cutover-app[bot]',
        ref: 'refs/heads/feature',
      },
    ]);
    // Tags are not branch activity.
    expect(all.some((a) => a.ref.startsWith('refs/tags/'))).toBe(false);
    expect(await activities(s, { ref: 'main', activity_type: 'pr_merge' })).toEqual([all[1]]);
  });

  it('pages with cursors in the Link header, newest first', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const o = s.app.octokit;
    let parent = s.base;
    const shas: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await o.rest.git.createCommit({
        owner,
        repo,
        message: `c${i}`,
        tree: (await o.rest.git.getCommit({ owner, repo, commit_sha: parent })).data.tree.sha,
        parents: [parent],
      });
      parent = c.data.sha;
      shas.push(parent);
      await o.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha: parent });
    }
    const first = await o.rest.repos.listActivities({ owner, repo, ref: 'main', per_page: 2 });
    expect(first.data.map((a) => a.after)).toEqual([shas[4], shas[3]]);
    expect(first.headers.link).toMatch(/<[^>]*[?&]after=[^>]+>; rel="next"/);
    const all = await o.paginate(o.rest.repos.listActivities, { owner, repo, ref: 'main', per_page: 2 });
    // Five pushes and the repository's first commit (the branch's creation).
    expect(all.map((a) => a.after)).toEqual([...shas].reverse().concat(s.base));
    expect(all.at(-1)?.activity_type).toBe('branch_creation');
  });
});
