/**
 * The approval gate through the built action (dist/index.js) on the GitHub-compatible server, fed an event whose
 * payload is out of date: a `pull_request_review` (or the `workflow_run` that a review-triggered workflow causes)
 * captured when the head was an earlier commit, which both teams approved, delivered after a new push. The
 * gate must read the pull request fresh: judge the current head, where those approvals are stale, and post
 * there. (The world's rules are relaxed to keep the approvals APPROVED after the push: with stale-review
 * dismissal on, GitHub would have dismissed them and the attack would need no defence.)
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import { evaluateApprovalGate } from '../../src/modes/gate.js';
import { examplesDir } from '../helpers/paths.js';
import { checkReports } from './attack-kit.js';
import { ACTION_ENTRY, runAction } from './runner.js';
import { approve, as } from './steps.js';
import { BUNDLES, createWorld, defaultBranchRules, PEOPLE, type World } from './world.js';

const built = existsSync(ACTION_ENTRY);
const SLUG = `${BUNDLES.owner}/${BUNDLES.repo}`;

describe.skipIf(!built)('gate on an event whose payload names an earlier head', () => {
  let server: GitHubServer | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    server = await startGitHubServer();
    world = await createWorld(server, examplesDir, new Date());
    server.admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', {
      ...defaultBranchRules(world.governorAppId),
      dismissStaleReviewsOnPush: false,
    });
  }, 60_000);
  afterAll(async () => {
    if (!server) return;
    const violations = server.contract.take();
    await world?.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
  });

  /** A pull request by mallory approved by both teams at its first head, then a second push; with the old payloads. */
  async function approvedThenPushed(branch: string) {
    if (!world) throw new Error('no world');
    const { admin } = world.server;
    const push = (text: string) =>
      admin.pushCommit({
        ...{ owner: BUNDLES.owner, repo: BUNDLES.repo },
        branch,
        files: { 'README.md': text },
        as: PEOPLE.mallory,
      });
    const first = await push(`# release-bundles\n\n${branch} 1\n`);
    const { data } = await as(world, PEOPLE.mallory).rest.pulls.create({
      ...BUNDLES,
      head: branch,
      base: 'main',
      title: branch,
    });
    await approve(world, PEOPLE.alice, data.number);
    await approve(world, PEOPLE.bob, data.number);
    const review = await admin.eventPayload('pull_request_review', {
      repo: SLUG,
      number: data.number,
      action: 'submitted',
    });
    expect((review.pull_request as { head: { sha: string } }).head.sha).toBe(first);
    const second = await push(`# release-bundles\n\n${branch} 2\n`);
    return { number: data.number, first, second, review };
  }

  const runGate = (event: Record<string, unknown>, eventName: string, ref: string) => {
    if (!world) throw new Error('no world');
    return runAction({
      command: 'gate',
      token: world.governorToken,
      apiUrl: world.server.apiUrl,
      repository: SLUG,
      eventName,
      event,
      ref,
      sha: '0'.repeat(40),
    });
  };

  it('pull_request_review: judges and posts on the current head, where the approvals are stale', async () => {
    if (!world) throw new Error('no world');
    const { number, first, second, review } = await approvedThenPushed('stale-review');
    const result = await runGate(review, 'pull_request_review', `refs/pull/${number}/merge`);
    expect(result.outputs.approved).toBe('false');
    const onHead = (await checkReports(world, second))['cutover/approval'];
    expect(onHead?.conclusion).toBe('failure');
    expect(onHead?.text).toContain(`not the current head ${second.slice(0, 12)} (stale)`);
    expect(await checkReports(world, first)).toEqual({});
    // The control: judged at the payload's head, the same reviews would have passed.
    const governor = {
      github: new OctokitGitHub(createGitHubClient({ token: world.governorToken, baseUrl: world.server.apiUrl })),
      bundlesRepo: BUNDLES,
      policyPath: '.cutover/policy.yaml',
      now: () => new Date(),
      log: () => {},
    };
    expect((await evaluateApprovalGate(governor, number, { atHead: first })).satisfied).toBe(true);
  });

  it('workflow_run of a review-triggered workflow: the same, whatever head the run names', async () => {
    if (!world) throw new Error('no world');
    const { number, first, second } = await approvedThenPushed('stale-run');
    const event = {
      action: 'completed',
      workflow_run: {
        event: 'pull_request_review',
        head_sha: first,
        head_branch: 'stale-run',
        pull_requests: [{ number, head: { sha: first, ref: 'stale-run' }, base: { ref: 'main' } }],
      },
    };
    const result = await runGate(event, 'workflow_run', 'refs/heads/main');
    expect(result.outputs.approved).toBe('false');
    expect((await checkReports(world, second))['cutover/approval']?.conclusion).toBe('failure');
    expect(await checkReports(world, first)).toEqual({});
  });
});
