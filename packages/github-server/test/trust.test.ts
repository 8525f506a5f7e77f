/**
 * The GitHub behaviours Cutover's trust chain rests on (issue 10), over real HTTP with Octokit and real git:
 * commit signing and e-mail identity, compare and pull request commit paging, branches that require pull requests
 * (API and `git push`), tag rulesets per operation, `base.sha`, reviews after the merge, check runs' App, and
 * compare status.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { RequestError } from '@octokit/request-error';
import type { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Scenario, scenario } from '../index.js';
import { client } from '../src/scenario.js';
import { useGitHubServer } from '../vitest.js';
import { git } from './git.js';

const server = useGitHubServer();
const run = promisify(execFile);

/** An armored signature GitHub holds no key for. */
const FOREIGN_SIGNATURE = '-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEEforeignkey\n-----END PGP SIGNATURE-----\n';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'trust-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function refusal(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return { status: error.status, data: error.response?.data };
    throw error;
  }
  throw new Error('expected the request to be refused');
}

/** Creates one commit on top of `parent` through the Git Data API with `octokit`; extra fields go to createCommit. */
async function apiCommit(
  s: Scenario,
  octokit: Octokit,
  parent: string,
  files: Record<string, string>,
  extra: Partial<{
    author: { name: string; email: string };
    committer: { name: string; email: string };
    signature: string;
  }> = {},
): Promise<string> {
  const { owner, repo } = s;
  const tree = await octokit.rest.git.createTree({
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
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: Object.keys(files).join(' '),
    tree: tree.data.sha,
    parents: [parent],
    ...extra,
  });
  return commit.data.sha;
}

/** A branch `name` at `sha` plus an open pull request into main, created by the App. */
async function openPull(s: Scenario, name: string, sha: string): Promise<number> {
  const { owner, repo } = s;
  await s.app.octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${name}`, sha });
  const pr = await s.app.octokit.rest.pulls.create({ owner, repo, title: name, head: name, base: 'main' });
  return pr.data.number;
}

/** Runs `git fast-import` on the scenario's bare repository with `stream`. */
async function fastImport(s: Scenario, stream: string): Promise<void> {
  const gitDir = server().admin.repoPath(s.owner, s.repo);
  const child = execFile('git', ['--git-dir', gitDir, 'fast-import', '--quiet'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fast-import exited ${code}`)))),
  );
  child.stdin?.end(stream);
  await done;
}

/** Appends `count` commits to `branch` (starting at `from`) with one git fast-import; returns their shas, oldest first. */
async function longBranch(s: Scenario, branch: string, from: string, count: number): Promise<string[]> {
  let stream = '';
  for (let i = 1; i <= count; i++) {
    const message = `step ${i}\n`;
    const content = `${i}\n`;
    stream += `commit refs/heads/${branch}\nmark :${i}\ncommitter Erin <erin@acme.test> ${1_700_000_000 + i} +0000\n`;
    stream += `data ${Buffer.byteLength(message)}\n${message}${i === 1 ? `from ${from}\n` : ''}`;
    stream += `M 100644 inline steps/${i}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  }
  await fastImport(s, stream);
  const gitDir = server().admin.repoPath(s.owner, s.repo);
  const { stdout } = await run('git', ['--git-dir', gitDir, 'rev-list', '--reverse', `${from}..refs/heads/${branch}`]);
  return stdout.trim().split('\n');
}

/** One commit on a new `branch` (from `from`) adding `count` files, with one git fast-import. */
async function wideCommit(s: Scenario, branch: string, from: string, count: number): Promise<void> {
  let stream = `commit refs/heads/${branch}\ncommitter Erin <erin@acme.test> 1700000000 +0000\ndata 5\nwide\nfrom ${from}\n`;
  for (let i = 0; i < count; i++) {
    const content = `${i}\n`;
    stream += `M 100644 inline many/${i}.txt\ndata ${Buffer.byteLength(content)}\n${content}`;
  }
  await fastImport(s, `${stream}\n`);
}

/** Runs git in `cwd` with an isolated environment; resolves with exit code and combined output. */
async function gitResult(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const out = await run('git', args, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: '/nonexistent',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
      },
    });
    return { code: 0, output: `${out.stdout}${out.stderr}` };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Clones `s`'s repository with `token` embedded in the URL (as `git` on a runner would) into a fresh directory. */
async function cloneWith(s: Scenario, token: string, name: string): Promise<string> {
  const dir = join(work, name);
  await git(['clone', '-q', server().admin.pushUrl(s.owner, s.repo, token), dir]);
  await git(['config', 'user.name', 'Erin'], dir);
  await git(['config', 'user.email', 'erin@acme.test'], dir);
  return dir;
}

async function commitFile(dir: string, path: string, content: string): Promise<string> {
  await writeFile(join(dir, path), content);
  await git(['add', path], dir);
  await git(['commit', '-q', '-m', `edit ${path}`], dir);
  return git(['rev-parse', 'HEAD'], dir);
}

async function refSha(s: Scenario, ref: string): Promise<string | undefined> {
  const { stdout } = await run('git', ['--git-dir', server().admin.repoPath(s.owner, s.repo), 'for-each-ref', ref]);
  return stdout.trim().split(/\s+/)[0] || undefined;
}

describe('commit signing and identity', () => {
  it('signs an App API commit without custom author or committer, and serves the same verification everywhere', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const sha = await apiCommit(s, s.app.octokit, s.base, { 'bundles/a.json': '{}\n' });
    const created = await s.users.erin.octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    const verification = created.data.verification;
    expect(verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(verification?.signature).toMatch(/^-----BEGIN PGP SIGNATURE-----/);
    expect(verification?.payload).toContain(`parent ${s.base}`);
    expect(verification?.verified_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.data.author.email).toBe(server().admin.account('cutover-app[bot]')?.email);

    const number = await openPull(s, 'signed', sha);
    const reads = {
      get: (await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: sha })).data,
      list: (await s.app.octokit.rest.repos.listCommits({ owner, repo, sha: 'signed', per_page: 1 })).data[0],
      compare: (await s.app.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `main...${sha}` }))
        .data.commits[0],
      pull: (await s.app.octokit.rest.pulls.listCommits({ owner, repo, pull_number: number })).data[0],
    };
    for (const [where, commit] of Object.entries(reads)) {
      expect(commit?.sha, where).toBe(sha);
      expect(commit?.commit.verification, where).toEqual(verification);
      expect(commit?.author?.login, where).toBe('cutover-app[bot]');
      expect(commit?.committer?.login, where).toBe('cutover-app[bot]');
    }
  });

  it('writes the signature into the commit (gpgsig); a pushed copy keeps it, a forged one is not verified', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const sha = await apiCommit(s, s.app.octokit, s.base, { 'bundles/b.json': '{}\n' });
    const gitDir = server().admin.repoPath(owner, repo);
    const raw = (await run('git', ['--git-dir', gitDir, 'cat-file', 'commit', sha])).stdout;
    expect(raw).toMatch(/\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n /);
    const { data } = await s.app.octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    expect(raw).not.toBe(data.verification?.payload);
    expect(raw.replace(/gpgsig [^\n]*\n( [^\n]*\n)*/, '')).toBe(data.verification?.payload);

    // Pushing GitHub's own commit to another branch keeps it verified: it is the same object.
    const dir = await cloneWith(s, s.users.erin.token, 'sig-push');
    await git(['fetch', '-q', 'origin', sha], dir);
    expect((await gitResult(['push', 'origin', `${sha}:refs/heads/copy`], dir)).code).toBe(0);
    const copy = await s.app.octokit.rest.repos.listCommits({ owner, repo, sha: 'copy', per_page: 1 });
    expect(copy.data[0]?.commit.verification).toMatchObject({ verified: true, reason: 'valid' });

    // The same signature on other content (a hand-edited message) is not GitHub's signature of that content.
    const forgedText = raw.replace(/\n\n[\s\S]*$/, '\n\nforged\n');
    const written = await new Promise<string>((resolve, reject) => {
      const child = execFile('git', ['-C', dir, 'hash-object', '-t', 'commit', '-w', '--stdin'], (error, stdout) =>
        error ? reject(error) : resolve(stdout.trim()),
      );
      child.stdin?.end(forgedText);
    });
    expect((await gitResult(['push', 'origin', `${written}:refs/heads/forged`], dir)).code).toBe(0);
    const got = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: written });
    expect(got.data.commit.verification).toMatchObject({ verified: false, reason: 'unknown_key', verified_at: null });
    expect(got.data.author?.login).toBe('cutover-app[bot]');
  });

  it('does not sign an App commit with a custom committer, author or signature, nor any user-token commit', async () => {
    const s = await scenario(server());
    const bot = server().admin.account('cutover-app[bot]');
    const botPerson = { name: 'cutover-app[bot]', email: bot?.email ?? '' };
    const cases = {
      customCommitter: await apiCommit(s, s.app.octokit, s.base, { a: '1' }, { committer: botPerson }),
      customSignature: await apiCommit(s, s.app.octokit, s.base, { a: '4' }, { signature: FOREIGN_SIGNATURE }),
      customAuthor: await apiCommit(s, s.app.octokit, s.base, { a: '2' }, { author: botPerson }),
      userToken: await apiCommit(s, s.users.erin.octokit, s.base, { a: '3' }),
    };
    const signed = await s.app.octokit.rest.git.getCommit({
      owner: s.owner,
      repo: s.repo,
      commit_sha: cases.customSignature,
    });
    expect(signed.data.verification).toMatchObject({
      verified: false,
      reason: 'unknown_key',
      signature: FOREIGN_SIGNATURE,
      verified_at: null,
    });
    const { customSignature: _, ...unsigned } = cases;
    for (const [name, sha] of Object.entries(unsigned)) {
      const got = await s.app.octokit.rest.git.getCommit({ owner: s.owner, repo: s.repo, commit_sha: sha });
      expect(got.data.verification, name).toEqual({
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      });
    }
    const user = await s.app.octokit.rest.repos.getCommit({ owner: s.owner, repo: s.repo, ref: cases.userToken });
    expect(user.data.author?.login).toBe('erin');
    expect(user.data.commit.committer?.email).toBe('erin@acme.test');
  });

  it("links a forged commit carrying the bot's noreply e-mail to the bot, unsigned (the attack Cutover must refuse)", async () => {
    const s = await scenario(server());
    const email = server().admin.account('cutover-app[bot]')?.email ?? '';
    expect(email).toMatch(/^\d+\+cutover-app\[bot\]@users\.noreply\.github\.com$/);
    const forged = { name: 'cutover-app[bot]', email };
    const sha = await apiCommit(
      s,
      s.users.erin.octokit,
      s.base,
      { 'bundles/a.json': '{"x":1}\n' },
      {
        author: forged,
        committer: forged,
      },
    );
    const got = await s.app.octokit.rest.repos.getCommit({ owner: s.owner, repo: s.repo, ref: sha });
    expect(got.data.author?.login).toBe('cutover-app[bot]');
    expect(got.data.committer?.login).toBe('cutover-app[bot]');
    expect(got.data.commit.verification).toMatchObject({ verified: false, reason: 'unsigned' });
  });

  it('signs merge and squash commits GitHub creates, not rebased ones', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const verdicts: Record<string, unknown> = {};
    for (const method of ['merge', 'squash', 'rebase'] as const) {
      const parent = (await s.app.octokit.rest.repos.getBranch({ owner, repo, branch: 'main' })).data.commit.sha;
      const sha = await apiCommit(s, s.users.erin.octokit, parent, { [`${method}.txt`]: method });
      const number = await openPull(s, `m-${method}`, sha);
      const merged = await s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number, merge_method: method });
      const got = await s.app.octokit.rest.git.getCommit({ owner, repo, commit_sha: merged.data.sha });
      verdicts[method] = got.data.verification?.reason;
      if (method !== 'rebase')
        expect(got.data.committer).toMatchObject({ name: 'GitHub', email: 'noreply@github.com' });
    }
    expect(verdicts).toEqual({ merge: 'valid', squash: 'valid', rebase: 'unsigned' });
  });
});

describe('compare and pull request commits page like GitHub', () => {
  it('lists the 250 most recent commits without paging, one page oldest first with a Link header when paged', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const shas = await longBranch(s, 'long', s.base, 260);
    const basehead = `${s.base}...long`;
    const unpaged = await s.app.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead });
    expect(unpaged.data.total_commits).toBe(260);
    expect(unpaged.data.commits.map((c) => c.sha)).toEqual(shas.slice(10));
    expect(unpaged.headers.link).toBeUndefined();
    expect(unpaged.data.files).toHaveLength(260);

    const first = await s.app.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead, per_page: 100 });
    expect(first.data.commits.map((c) => c.sha)).toEqual(shas.slice(0, 100));
    expect(first.data.total_commits).toBe(260);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/[?&]page=3[^>]*>; rel="last"/);
    expect(first.data.files).toHaveLength(260);
    const last = await s.app.octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: 100,
      page: 3,
    });
    expect(last.data.commits.map((c) => c.sha)).toEqual(shas.slice(200));
    expect(last.data.files).toBeUndefined();
    expect(last.headers.link).toBeUndefined();
    // page alone pages too (default per_page 30).
    const second = await s.app.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead, page: 2 });
    expect(second.data.commits.map((c) => c.sha)).toEqual(shas.slice(30, 60));
  });

  it('caps compare files at 300', async () => {
    const s = await scenario(server());
    await wideCommit(s, 'wide', s.base, 310);
    const res = await s.app.octokit.rest.repos.compareCommitsWithBasehead({
      owner: s.owner,
      repo: s.repo,
      basehead: 'main...wide',
    });
    expect(res.data.files).toHaveLength(300);
  });

  it('pulls/list-files stops at 3000 files while changed_files counts them all', async () => {
    const s = await scenario(server());
    await wideCommit(s, 'huge', s.base, 3005);
    const pr = await s.app.octokit.rest.pulls.create({
      owner: s.owner,
      repo: s.repo,
      title: 'huge',
      head: 'huge',
      base: 'main',
    });
    expect(pr.data.changed_files).toBe(3005);
    const listed = await s.app.octokit.paginate(s.app.octokit.rest.pulls.listFiles, {
      owner: s.owner,
      repo: s.repo,
      pull_number: pr.data.number,
      per_page: 100,
    });
    expect(listed).toHaveLength(3000);
  });

  it("repos/get-commit pages a wide commit's files: 300 without paging, per_page pages, at most 3000", async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    await wideCommit(s, 'wide-commit', s.base, 3005);
    const first = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: 'wide-commit' });
    expect(first.data.files).toHaveLength(300);
    expect(first.headers.link).toMatch(/[?&]page=2[^>]*>; rel="next"/);
    expect(first.headers.link).toMatch(/[?&]page=10[^>]*>; rel="last"/);
    const tiny = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: 'wide-commit', per_page: 1 });
    expect(tiny.data.files).toHaveLength(1);
    expect(tiny.data.commit.verification).toEqual(first.data.commit.verification);
    const last = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: 'wide-commit', per_page: 100, page: 30 });
    expect(last.data.files).toHaveLength(100);
    expect(last.headers.link).toBeUndefined();
    const past = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: 'wide-commit', per_page: 100, page: 31 });
    expect(past.data.files).toHaveLength(0);
  });

  it('pulls/list-commits pages oldest first and stops at 250 commits', async () => {
    const s = await scenario(server());
    const shas = await longBranch(s, 'big', s.base, 260);
    const pr = await s.app.octokit.rest.pulls.create({
      owner: s.owner,
      repo: s.repo,
      title: 'big',
      head: 'big',
      base: 'main',
    });
    expect(pr.data.commits).toBe(260);
    const listed = await s.app.octokit.paginate(s.app.octokit.rest.pulls.listCommits, {
      owner: s.owner,
      repo: s.repo,
      pull_number: pr.data.number,
      per_page: 100,
    });
    expect(listed.map((c) => c.sha)).toEqual(shas.slice(0, 250));
  });
});

describe('branches that require pull requests', () => {
  it('refuses direct API updates and deletion, yet merges pull requests and lets admin setup through', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requirePullRequest: true });
    const sha = await apiCommit(s, s.app.octokit, s.base, { 'x.txt': 'x' });
    const expected = {
      status: 422,
      data: expect.objectContaining({ message: 'Changes must be made through a pull request.' }),
    };
    expect(await refusal(s.app.octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha }))).toEqual(expected);
    expect(
      await refusal(s.users.bob.octokit.rest.git.updateRef({ owner, repo, ref: 'heads/main', sha, force: true })),
    ).toEqual(expected);
    expect(await refusal(s.app.octokit.rest.git.deleteRef({ owner, repo, ref: 'heads/main' }))).toEqual(expected);
    expect(await refSha(s, 'refs/heads/main')).toBe(s.base);

    const number = await openPull(s, 'via-pr', sha);
    const merged = await s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number });
    expect(await refSha(s, 'refs/heads/main')).toBe(merged.data.sha);
    const setup = await server().admin.pushCommit({ owner, repo, branch: 'main', files: { 'y.txt': 'y' }, as: 'bob' });
    expect(await refSha(s, 'refs/heads/main')).toBe(setup);
    // Other branches stay writable.
    await s.app.octokit.rest.git.updateRef({ owner, repo, ref: 'heads/via-pr', sha: setup });
  });

  it('rejects a git push to the branch with GH006 and leaves it unchanged; other branches accept pushes', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requirePullRequest: true });
    const dir = await cloneWith(s, s.users.erin.token, 'push-main');
    const local = await commitFile(dir, 'README.md', '# pushed\n');
    const pushed = await gitResult(['push', 'origin', 'HEAD:main'], dir);
    expect(pushed.code).not.toBe(0);
    expect(pushed.output).toContain('remote: error: GH006: Protected branch update failed for refs/heads/main.');
    expect(pushed.output).toContain('remote: - Changes must be made through a pull request.');
    expect(pushed.output).toMatch(/! \[remote rejected\] HEAD -> main/);
    expect(await refSha(s, 'refs/heads/main')).toBe(s.base);
    const forced = await gitResult(['push', '--force', 'origin', ':main'], dir);
    expect(forced.code).not.toBe(0);
    expect(await refSha(s, 'refs/heads/main')).toBe(s.base);

    // A push to a pull request's head branch goes through, synchronizes the pull request, and is unsigned.
    const number = await openPull(s, 'topic', await apiCommit(s, s.app.octokit, s.base, { 't.txt': 't' }));
    await git(['fetch', '-q', 'origin', 'topic'], dir);
    await git(['reset', '-q', '--hard', 'FETCH_HEAD'], dir);
    const topic = await commitFile(dir, 't.txt', 'pushed\n');
    expect((await gitResult(['push', 'origin', 'HEAD:topic'], dir)).code).toBe(0);
    const pr = await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: number });
    expect(pr.data.head.sha).toBe(topic);
    const got = await s.app.octokit.rest.repos.getCommit({ owner, repo, ref: topic });
    expect(got.data.commit.verification).toMatchObject({ verified: false, reason: 'unsigned' });
    expect(got.data.author?.login).toBe('erin');
    expect(local).not.toBe(topic);
  });

  it('answers a push without a token with 401 and one from a read-only token with 403', async () => {
    const s = await scenario(server());
    const dir = await cloneWith(s, s.users.erin.token, 'push-auth');
    await commitFile(dir, 'n.txt', 'n\n');
    const anonymous = await gitResult(['push', server().admin.cloneUrl(s.owner, s.repo), 'HEAD:anon'], dir);
    expect(anonymous.code).not.toBe(0);
    expect(await refSha(s, 'refs/heads/anon')).toBeUndefined();
    server().admin.createUser({ login: 'reader' });
    const readOnly = server().admin.createToken({ login: 'reader', repos: { [`${s.owner}/${s.repo}`]: 'read' } });
    const denied = await gitResult(['push', server().admin.pushUrl(s.owner, s.repo, readOnly), 'HEAD:reader'], dir);
    expect(denied.code).not.toBe(0);
    expect(denied.output).toContain('403');
    expect(await refSha(s, 'refs/heads/reader')).toBeUndefined();
  });
});

describe('tag rulesets per operation', () => {
  it('lets only the App create seal tags and nobody move or delete them, over the API and git push', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const { admin } = server();
    admin.addTagRule(owner, repo, { pattern: 'cutover/**', operations: ['creation'], bypass: ['cutover-app[bot]'] });
    admin.addTagRule(owner, repo, { pattern: 'cutover/**', operations: ['update', 'deletion'] });
    const other = await apiCommit(s, s.app.octokit, s.base, { o: 'o' });
    const violation = (reason: string) => ({
      status: 422,
      data: expect.objectContaining({ message: `Repository rule violations found\n\n${reason}\n\n` }),
    });

    expect(
      await refusal(
        s.users.bob.octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/cutover/p/r/r1', sha: s.base }),
      ),
    ).toEqual(violation('Cannot create ref due to creations being restricted.'));
    await s.app.octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/cutover/p/r/r1', sha: s.base });
    expect(
      await refusal(
        s.app.octokit.rest.git.updateRef({ owner, repo, ref: 'tags/cutover/p/r/r1', sha: other, force: true }),
      ),
    ).toEqual(violation('Cannot update this protected ref.'));
    expect(await refusal(s.app.octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/cutover/p/r/r1' }))).toEqual(
      violation('Cannot delete this protected ref.'),
    );
    expect(await refSha(s, 'refs/tags/cutover/p/r/r1')).toBe(s.base);
    // Tags outside the pattern are not governed.
    await s.users.bob.octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: s.base });

    const human = await cloneWith(s, s.users.bob.token, 'tags-human');
    const created = await gitResult(['push', 'origin', 'HEAD:refs/tags/cutover/p/r/r2'], human);
    expect(created.code).not.toBe(0);
    expect(created.output).toContain(
      'remote: error: GH013: Repository rule violations found for refs/tags/cutover/p/r/r2.',
    );
    expect(created.output).toContain('remote: - Cannot create ref due to creations being restricted.');
    expect(await refSha(s, 'refs/tags/cutover/p/r/r2')).toBeUndefined();

    const bot = await cloneWith(s, s.app.token, 'tags-bot');
    expect((await gitResult(['push', 'origin', 'HEAD:refs/tags/cutover/p/r/r2'], bot)).code).toBe(0);
    expect(await refSha(s, 'refs/tags/cutover/p/r/r2')).toBe(s.base);
    await git(['fetch', '-q', 'origin', other], bot).catch(() => undefined);
    const moved = await gitResult(['push', '--force', 'origin', `${other}:refs/tags/cutover/p/r/r2`], bot);
    expect(moved.code).not.toBe(0);
    expect(moved.output).toContain('remote: - Cannot update this protected ref.');
    const deleted = await gitResult(['push', 'origin', ':refs/tags/cutover/p/r/r2'], bot);
    expect(deleted.code).not.toBe(0);
    expect(deleted.output).toContain('remote: - Cannot delete this protected ref.');
    expect(await refSha(s, 'refs/tags/cutover/p/r/r2')).toBe(s.base);
  });

  it('keeps the one-ruleset form (all operations, one bypass) for existing callers', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.addTagRule(owner, repo, { pattern: 'cutover/**', bypass: ['cutover-app[bot]'] });
    await s.app.octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/cutover/a', sha: s.base });
    expect((await refusal(s.users.bob.octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/cutover/a' }))).status).toBe(
      422,
    );
    await s.app.octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/cutover/a' });
  });
});

describe('base.sha of a pull request', () => {
  it('is a snapshot: taken at open, refreshed by a head push, left alone by base moves and by the merge', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const { admin } = server();
    const get = async (number: number) =>
      (await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: number })).data;
    const number = await openPull(s, 'snap', await apiCommit(s, s.app.octokit, s.base, { 's.txt': '1' }));
    expect((await get(number)).base.sha).toBe(s.base);
    const moved = await admin.pushCommit({ owner, repo, branch: 'main', files: { 'm1.txt': '1' }, as: 'bob' });
    expect((await get(number)).base.sha).toBe(s.base);
    await admin.pushCommit({ owner, repo, branch: 'snap', files: { 's.txt': '2' }, as: 'alice' });
    expect((await get(number)).base.sha).toBe(moved);
    const movedAgain = await admin.pushCommit({ owner, repo, branch: 'main', files: { 'm2.txt': '2' }, as: 'bob' });
    const merged = await s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number });
    const after = await get(number);
    expect(after.merged).toBe(true);
    expect(after.base.sha).toBe(moved);
    expect(after.base.sha).not.toBe(movedAgain);
    expect(after.base.sha).not.toBe(merged.data.sha);
  });
});

describe('reviews after the merge', () => {
  it('accepts a review on a merged pull request and lists it with its commit and a later submitted_at', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const head = await apiCommit(s, s.app.octokit, s.base, { 'r.txt': 'r' });
    const number = await openPull(s, 'late', head);
    await s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number });
    const pr = (await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: number })).data;
    expect(pr.state).toBe('closed');
    const late = await s.users.bob.octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: number,
      event: 'APPROVE',
    });
    expect(late.data.state).toBe('APPROVED');
    const listed = await s.app.octokit.rest.pulls.listReviews({ owner, repo, pull_number: number });
    const found = listed.data.find((r) => r.id === late.data.id);
    expect(found).toMatchObject({ commit_id: head, state: 'APPROVED', user: { login: 'bob' } });
    expect(Date.parse(found?.submitted_at ?? '')).toBeGreaterThanOrEqual(Date.parse(pr.merged_at ?? ''));
  });
});

describe('check runs and their App', () => {
  it('carries the creating App, and a check pinned to an App ignores an impostor App', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const { admin } = server();
    admin.setBranchRules(owner, repo, 'main', { requiredChecks: [{ context: 'cutover/lineage', appId: s.app.id }] });
    const impostor = admin.app('impostor') ?? admin.createApp({ slug: 'impostor', id: 777 });
    const impostorKit = client(
      server(),
      admin.createToken({ app: impostor.id, repos: { [`${owner}/${repo}`]: 'write' } }),
    );
    const head = await apiCommit(s, s.app.octokit, s.base, { 'c.txt': 'c' });
    const number = await openPull(s, 'checked', head);
    const fake = await impostorKit.rest.checks.create({
      owner,
      repo,
      name: 'cutover/lineage',
      head_sha: head,
      conclusion: 'success',
    });
    expect(fake.data.app).toMatchObject({ id: 777, slug: 'impostor' });
    expect(await refusal(s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number }))).toMatchObject({
      status: 405,
      data: { message: 'Required status check "cutover/lineage" is expected.' },
    });
    const real = await s.app.octokit.rest.checks.create({
      owner,
      repo,
      name: 'cutover/lineage',
      head_sha: head,
      conclusion: 'success',
    });
    expect(real.data.app).toMatchObject({ id: s.app.id, slug: 'cutover-app' });
    const listed = await s.app.octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: head,
      check_name: 'cutover/lineage',
    });
    expect(listed.data.check_runs.map((r) => r.app?.id).sort()).toEqual([777, s.app.id].sort());
    expect((await s.app.octokit.rest.pulls.merge({ owner, repo, pull_number: number })).data.merged).toBe(true);
  });
});

describe('compare status', () => {
  it('reports identical, ahead, behind and diverged with ahead_by/behind_by', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const onMain = await server().admin.pushCommit({ owner, repo, branch: 'main', files: { a: '1' }, as: 'bob' });
    const tip = await server().admin.pushCommit({ owner, repo, branch: 'main', files: { b: '2' }, as: 'bob' });
    const side = await apiCommit(s, s.app.octokit, s.base, { c: '3' });
    const compare = async (basehead: string) => {
      const { data } = await s.app.octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead });
      return { status: data.status, ahead_by: data.ahead_by, behind_by: data.behind_by, total: data.total_commits };
    };
    expect(await compare(`main...${tip}`)).toEqual({ status: 'identical', ahead_by: 0, behind_by: 0, total: 0 });
    // A commit on the default branch: main is ahead of it, it is behind main.
    expect(await compare(`main...${onMain}`)).toEqual({ status: 'behind', ahead_by: 0, behind_by: 1, total: 0 });
    expect(await compare(`${onMain}...main`)).toEqual({ status: 'ahead', ahead_by: 1, behind_by: 0, total: 1 });
    // A commit that is not on the default branch.
    expect(await compare(`main...${side}`)).toEqual({ status: 'diverged', ahead_by: 1, behind_by: 2, total: 1 });
  });
});
