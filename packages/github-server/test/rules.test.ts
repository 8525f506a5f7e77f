import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { type Scenario, scenario } from '../index.js';
import { useGitHubServer } from '../vitest.js';

const server = useGitHubServer();

/** Opens a PR from `branch` changing services/ and deploy/ (two code-owner teams), authored by `as` (default the app). */
async function openPull(s: Scenario, branch: string, files?: Record<string, string>, as = s.app.octokit) {
  const { owner, repo } = s;
  const changed = files ?? { 'services/api.txt': `${branch}\n`, 'deploy/prod.yaml': `tag: ${branch}\n` };
  const tree = await as.rest.git.createTree({
    owner,
    repo,
    base_tree: s.base,
    tree: Object.entries(changed).map(([path, content]) => ({
      path,
      mode: '100644' as const,
      type: 'blob' as const,
      content,
    })),
  });
  const commit = await as.rest.git.createCommit({
    owner,
    repo,
    message: branch,
    tree: tree.data.sha,
    parents: [s.base],
  });
  await as.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  const pr = await as.rest.pulls.create({ owner, repo, title: branch, head: branch, base: 'main' });
  return { number: pr.data.number, sha: commit.data.sha };
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestError) return { status: error.status, data: error.response?.data };
    throw error;
  }
  throw new Error('expected the request to be refused');
}

async function approve(s: Scenario, who: keyof Scenario['users'], number: number) {
  return s.users[who].octokit.rest.pulls.createReview({
    owner: s.owner,
    repo: s.repo,
    pull_number: number,
    event: 'APPROVE',
  });
}

function merge(s: Scenario, number: number, sha?: string) {
  return s.app.octokit.rest.pulls.merge({ owner: s.owner, repo: s.repo, pull_number: number, ...(sha ? { sha } : {}) });
}

describe('merge rules', () => {
  it('refuses a merge when a required check is missing, then failing, and honours the pinned app', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', {
      requiredChecks: [{ context: 'cutover/holds', appId: s.app.id }],
    });
    const pr = await openPull(s, 'checks');
    expect(await refusal(merge(s, pr.number))).toEqual({
      status: 405,
      data: expect.objectContaining({ message: 'Required status check "cutover/holds" is expected.', status: '405' }),
    });
    const other = server().admin.createApp({ slug: 'impostor', id: 777 });
    const otherToken = server().admin.createToken({ app: other.id, repos: { [`${owner}/${repo}`]: 'write' } });
    const { client } = await import('../src/scenario.js');
    await client(server(), otherToken).rest.checks.create({
      owner,
      repo,
      name: 'cutover/holds',
      head_sha: pr.sha,
      conclusion: 'success',
    });
    expect((await refusal(merge(s, pr.number))).data).toMatchObject({
      message: 'Required status check "cutover/holds" is expected.',
    });
    await s.app.octokit.rest.checks.create({
      owner,
      repo,
      name: 'cutover/holds',
      head_sha: pr.sha,
      conclusion: 'failure',
    });
    expect(await refusal(merge(s, pr.number))).toMatchObject({
      status: 405,
      data: { message: 'Required status check "cutover/holds" is failing.' },
    });
    const got = await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: pr.number });
    expect(got.data.mergeable_state).toBe('blocked');
    await s.app.octokit.rest.checks.create({
      owner,
      repo,
      name: 'cutover/holds',
      head_sha: pr.sha,
      conclusion: 'neutral',
    });
    expect((await merge(s, pr.number)).data.merged).toBe(true);
  });

  it('requires a code-owner approval for every owned file, reading CODEOWNERS from the base branch', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requireCodeOwnerReview: true });
    const pr = await openPull(s, 'owners', {
      'services/api.txt': 'v2\n',
      'deploy/prod.yaml': 'replicas: 3\n',
      // The head rewrites CODEOWNERS: this must not change which owners are required.
      '.github/CODEOWNERS': '* @erin\n',
    });
    await approve(s, 'bob', pr.number);
    await approve(s, 'erin', pr.number);
    expect(await refusal(merge(s, pr.number))).toMatchObject({
      status: 405,
      data: { message: 'Waiting on code owner review from @acme/operations.', documentation_url: expect.any(String) },
    });
    await approve(s, 'carol', pr.number);
    expect((await merge(s, pr.number)).data.merged).toBe(true);
  });

  it('one person in both teams satisfies both owners natively (GitHub semantics)', async () => {
    const s = await scenario(server());
    server().admin.setBranchRules(s.owner, s.repo, 'main', { requireCodeOwnerReview: true });
    const pr = await openPull(s, 'dave');
    await approve(s, 'dave', pr.number);
    expect((await merge(s, pr.number)).data.merged).toBe(true);
  });

  it('dismisses stale approvals on push and then refuses the merge', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', {
      requireCodeOwnerReview: true,
      dismissStaleReviewsOnPush: true,
    });
    const pr = await openPull(s, 'stale');
    await approve(s, 'bob', pr.number);
    await approve(s, 'carol', pr.number);
    await server().admin.pushCommit({
      owner,
      repo,
      branch: 'stale',
      files: { 'deploy/prod.yaml': 'hand edit\n' },
      as: 'alice',
    });
    const reviews = await s.app.octokit.rest.pulls.listReviews({ owner, repo, pull_number: pr.number });
    expect(reviews.data.map((r) => r.state)).toEqual(['DISMISSED', 'DISMISSED']);
    const got = await s.app.octokit.rest.pulls.get({ owner, repo, pull_number: pr.number });
    expect(got.data.head.sha).not.toBe(pr.sha);
    expect(await refusal(merge(s, pr.number))).toMatchObject({
      status: 405,
      data: { message: 'Waiting on code owner review from @acme/operations and @acme/platform.' },
    });
  });

  it('keeps approvals after a push when dismissal is off', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requireCodeOwnerReview: true });
    const pr = await openPull(s, 'keep');
    await approve(s, 'dave', pr.number);
    await server().admin.pushCommit({
      owner,
      repo,
      branch: 'keep',
      files: { 'deploy/prod.yaml': 'edit\n' },
      as: 'alice',
    });
    expect((await merge(s, pr.number)).data.merged).toBe(true);
  });

  it('with last-push approval, an approval from the last pusher does not count', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', {
      requiredApprovingReviewCount: 1,
      requireLastPushApproval: true,
    });
    const pr = await openPull(s, 'lastpush');
    await server().admin.pushCommit({
      owner,
      repo,
      branch: 'lastpush',
      files: { 'services/api.txt': 'bob edit\n' },
      as: 'bob',
    });
    await approve(s, 'bob', pr.number);
    expect(await refusal(merge(s, pr.number))).toMatchObject({
      status: 405,
      data: { message: 'New changes require approval from someone other than the last pusher.' },
    });
    await approve(s, 'carol', pr.number);
    expect((await merge(s, pr.number)).data.merged).toBe(true);
  });

  it('refuses self-approval with 422, and an author approval never counts', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requiredApprovingReviewCount: 1 });
    const pr = await openPull(s, 'self', undefined, s.users.alice.octokit);
    expect(await refusal(approve(s, 'alice', pr.number))).toMatchObject({
      status: 422,
      data: { message: 'Unprocessable Entity', errors: ['Can not approve your own pull request'] },
    });
    expect(await refusal(merge(s, pr.number))).toMatchObject({
      status: 405,
      data: { message: 'At least 1 approving review is required by reviewers with write access.' },
    });
  });

  it('answers 409 when the expected head sha is stale', async () => {
    const s = await scenario(server());
    const pr = await openPull(s, 'race');
    await server().admin.pushCommit({
      owner: s.owner,
      repo: s.repo,
      branch: 'race',
      files: { 'x.txt': 'x' },
      as: 'alice',
    });
    expect(await refusal(merge(s, pr.number, pr.sha))).toMatchObject({
      status: 409,
      data: { message: 'Head branch was modified. Review and try the merge again.' },
    });
  });

  it('supports pending reviews submitted later, and dismissals', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    server().admin.setBranchRules(owner, repo, 'main', { requiredApprovingReviewCount: 1 });
    const pr = await openPull(s, 'pending');
    const pending = await s.users.bob.octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: pr.number,
      body: 'draft',
    });
    expect(pending.data.state).toBe('PENDING');
    expect((await refusal(merge(s, pr.number))).status).toBe(405);
    const submitted = await s.users.bob.octokit.rest.pulls.submitReview({
      owner,
      repo,
      pull_number: pr.number,
      review_id: pending.data.id,
      event: 'APPROVE',
    });
    expect(submitted.data.state).toBe('APPROVED');
    expect(submitted.data.commit_id).toBe(pr.sha);
    await s.app.octokit.rest.pulls.dismissReview({
      owner,
      repo,
      pull_number: pr.number,
      review_id: pending.data.id,
      message: 'no',
    });
    expect((await refusal(merge(s, pr.number))).status).toBe(405);
  });
});

describe('refs', () => {
  it('refuses a non-fast-forward PATCH without force, including a competing update injected before the write', async () => {
    const s = await scenario(server());
    const { owner, repo } = s;
    const o = s.app.octokit;
    const c1 = await server().admin.pushCommit({ owner, repo, branch: 'work', files: { 'a.txt': '1' }, as: 'alice' });
    const side = await server().admin.pushCommit({ owner, repo, branch: 'side', files: { 'b.txt': '2' }, as: 'alice' });
    expect(await refusal(o.rest.git.updateRef({ owner, repo, ref: 'heads/work', sha: side }))).toMatchObject({
      status: 422,
      data: { message: 'Update is not a fast forward' },
    });
    const forced = await o.rest.git.updateRef({ owner, repo, ref: 'heads/work', sha: side, force: true });
    expect(forced.data.object.sha).toBe(side);
    // A human pushes to the branch between our read and our PATCH: ours is no longer a fast-forward.
    const next = await server().admin.pushCommit({
      owner,
      repo,
      branch: 'tmp',
      files: { 'c.txt': '3' },
      as: 'alice',
      parent: side,
    });
    server().faults.beforeWrite({ method: 'PATCH', path: 'git/update-ref' }, async () => {
      await server().admin.pushCommit({ owner, repo, branch: 'work', files: { 'human.txt': 'edit' }, as: 'erin' });
    });
    expect((await refusal(o.rest.git.updateRef({ owner, repo, ref: 'heads/work', sha: next }))).status).toBe(422);
    expect(c1).toMatch(/^[0-9a-f]{40}$/);
    const matching = await o.rest.git.listMatchingRefs({ owner, repo, ref: 'heads/' });
    expect(matching.data.map((r) => r.ref)).toEqual(
      expect.arrayContaining(['refs/heads/main', 'refs/heads/work', 'refs/heads/side']),
    );
    await o.rest.git.deleteRef({ owner, repo, ref: 'heads/tmp' });
    expect((await refusal(o.rest.git.getRef({ owner, repo, ref: 'heads/tmp' }))).status).toBe(404);
  });
});
