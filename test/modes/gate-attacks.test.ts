/**
 * The approval gate against a write-access adversary, on the GitHub-compatible server over real HTTP and git
 * (packages/github-server), through the Octokit adapter with the governor App's token, as the action runs it.
 * Each test tries one way to get `cutover/approval` counted that GitHub would not count, and asserts the gate
 * refuses it with the reason. Pull requests here change governance files only (no release directory), so the
 * writer-commit rule does not block them: the reviews alone decide.
 */
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitGitHub } from '../../src/github/octokit-adapter.js';
import type { ModeContext } from '../../src/modes/context.js';
import { APPROVAL_CHECK, evaluateApprovalGate, runGate } from '../../src/modes/gate.js';
import { commitFiles, moveBranch } from '../e2e/attack-kit.js';
import { BOT, BUNDLES, createWorld, PEOPLE, type World } from '../e2e/world.js';
import { examplesDir as EXAMPLES } from '../helpers/paths.js';

const POLICY = '.cutover/policy.yaml';
const RELENG = 'acme/release-engineering';
const OPS = 'acme/operations';
const QUIET = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let server: GitHubServer | undefined;
let world: World | undefined;
let governor: ModeContext;

beforeAll(async () => {
  server = await startGitHubServer();
  world = await createWorld(server, EXAMPLES);
  governor = {
    github: new OctokitGitHub(
      createGitHubClient({ token: world.governorToken, baseUrl: server.apiUrl, writeIntervalMs: 0 }),
    ),
    bundlesRepo: BUNDLES,
    policyPath: POLICY,
    now: () => new Date(),
    log: () => {},
  };
}, 60_000);

afterAll(async () => {
  if (!server) return;
  const violations = server.contract.take();
  const unimplemented = server.log.unimplemented.splice(0);
  await world?.changeManagement.close();
  await server.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
  expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
});

function w(): World {
  if (!world) throw new Error('the world was not created (see the beforeAll failure)');
  return world;
}

function as(login: string): Octokit {
  const token = w().tokens[login];
  if (!token) throw new Error(`no token for ${login}`);
  return new Octokit({ auth: token, baseUrl: w().server.apiUrl, log: QUIET });
}

let branches = 0;

/** A pull request by `author` into main changing `files` (default: a line added to the README), pushed by `author`. */
async function governancePull(
  author: string,
  files?: Record<string, string>,
): Promise<{ number: number; head: string; branch: string }> {
  const { admin } = w().server;
  const branch = `tweak-${++branches}`;
  const head = await admin.pushCommit({
    owner: BUNDLES.owner,
    repo: BUNDLES.repo,
    branch,
    files: files ?? { 'README.md': `# release-bundles\n\nchange ${branches}\n` },
    as: author,
    message: `governance change ${branches}`,
  });
  const { data } = await as(author).rest.pulls.create({ ...BUNDLES, head: branch, base: 'main', title: branch });
  return { number: data.number, head, branch };
}

async function review(
  login: string,
  number: number,
  event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT',
  commitId?: string,
): Promise<number> {
  const { data } = await as(login).rest.pulls.createReview({
    ...BUNDLES,
    pull_number: number,
    event,
    body: `${event} by ${login}`,
    ...(commitId ? { commit_id: commitId } : {}),
  });
  return data.id;
}

type Gate = Awaited<ReturnType<typeof evaluateApprovalGate>>;
const reasonsOf = (gate: Gate, login: string) =>
  gate.result.ignored.filter((i) => i.login.toLowerCase() === login.toLowerCase()).map((i) => i.reason);

describe('gate attacks on the GitHub-compatible server', () => {
  it('control: one member of each team approving the head passes', async () => {
    const { number } = await governancePull(PEOPLE.mallory);
    await review(PEOPLE.alice, number, 'APPROVE');
    await review(PEOPLE.bob, number, 'APPROVE');
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.problems).toEqual([]);
    expect(gate.satisfied).toBe(true);
  });

  it('takes the teams from the default branch, not from a policy or CODEOWNERS the pull request changes', async () => {
    const { admin } = w().server;
    admin.createTeam({ org: 'acme', slug: 'crew', members: [PEOPLE.dave, PEOPLE.max] });
    const main = await as(PEOPLE.max).rest.repos.getContent({ ...BUNDLES, path: POLICY });
    const mainPolicy = Buffer.from('content' in main.data ? main.data.content : '', 'base64').toString('utf8');
    const headPolicy = mainPolicy.replace(/teams: \[[^\]]*\]/, 'teams: [acme/crew]');
    expect(headPolicy).toContain('teams: [acme/crew]');
    const { number, head } = await governancePull(PEOPLE.mallory, {
      [POLICY]: headPolicy,
      '.github/CODEOWNERS': '* @acme/crew\n',
    });
    await review(PEOPLE.dave, number, 'APPROVE');
    await review(PEOPLE.max, number, 'APPROVE');
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.teams).toEqual([RELENG, OPS]);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.missingTeams).toEqual([RELENG, OPS]);
    expect(reasonsOf(gate, PEOPLE.dave)).toEqual(['not a member of any required team']);
    await runGate(governor, number);
    const { data } = await as(PEOPLE.max).rest.checks.listForRef({ ...BUNDLES, ref: head });
    expect(data.check_runs.map((r) => [r.name, r.conclusion])).toEqual([[APPROVAL_CHECK, 'failure']]);
  });

  it('does not count an invited (pending) team member', async () => {
    w().server.admin.addTeamMember('acme', 'operations', PEOPLE.dave, { state: 'pending' });
    try {
      const { number } = await governancePull(PEOPLE.mallory);
      await review(PEOPLE.alice, number, 'APPROVE');
      await review(PEOPLE.dave, number, 'APPROVE');
      const gate = await evaluateApprovalGate(governor, number);
      expect(gate.satisfied).toBe(false);
      expect(gate.result.missingTeams).toEqual([OPS]);
      expect(reasonsOf(gate, PEOPLE.dave)).toEqual(['not a member of any required team']);
    } finally {
      w().server.admin.team('acme', 'operations')?.members.delete(PEOPLE.dave);
    }
  });

  it('does not count a bot (an App’s installation token), even one listed as a team member', async () => {
    w().server.admin.addTeamMember('acme', 'release-engineering', BOT);
    try {
      const { number } = await governancePull(PEOPLE.mallory);
      const writer = new Octokit({ auth: w().botToken, baseUrl: w().server.apiUrl, log: QUIET });
      await writer.rest.pulls.createReview({ ...BUNDLES, pull_number: number, event: 'APPROVE', body: 'lgtm' });
      await review(PEOPLE.bob, number, 'APPROVE');
      const gate = await evaluateApprovalGate(governor, number);
      expect(gate.satisfied).toBe(false);
      expect(gate.result.missingTeams).toEqual([RELENG]);
      expect(reasonsOf(gate, BOT)).toEqual(['bots never count as approvers']);
    } finally {
      w().server.admin.team('acme', 'release-engineering')?.members.delete(BOT);
    }
  });

  it('counts one person once: approving twice, or being in both teams, covers one team', async () => {
    const { number } = await governancePull(PEOPLE.mallory);
    await review(PEOPLE.carol, number, 'APPROVE');
    await review(PEOPLE.carol, number, 'APPROVE');
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.assignments).toHaveLength(1);
    expect(gate.result.missingTeams).toHaveLength(1);
  });

  it('does not count an approval whose commit is not the head: an earlier head, or a commit not on the pull request', async () => {
    const { number, head } = await governancePull(PEOPLE.mallory);
    const main = (await as(PEOPLE.max).rest.repos.getBranch({ ...BUNDLES, branch: 'main' })).data.commit.sha;
    await review(PEOPLE.alice, number, 'APPROVE', main);
    await review(PEOPLE.bob, number, 'APPROVE', head);
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.missingTeams).toEqual([RELENG]);
    expect(reasonsOf(gate, PEOPLE.alice)).toEqual([
      `approved ${main.slice(0, 12)}, not the current head ${head.slice(0, 12)} (stale)`,
    ]);
  });

  it('reads every page of reviews: a request for changes and a dismissal after 100 reviews take the approvals back', async () => {
    const { number } = await governancePull(PEOPLE.mallory);
    await review(PEOPLE.alice, number, 'APPROVE');
    const bobs = await review(PEOPLE.bob, number, 'APPROVE');
    for (let i = 0; i < 105; i++) await review(PEOPLE.dave, number, 'COMMENT');
    await review(PEOPLE.alice, number, 'REQUEST_CHANGES');
    await as(PEOPLE.max).rest.pulls.dismissReview({
      ...BUNDLES,
      pull_number: number,
      review_id: bobs,
      message: 'not this one',
    });
    // Carol's approval, also past the first page, covers one team only.
    await review(PEOPLE.carol, number, 'APPROVE');
    const firstPage = await as(PEOPLE.max).rest.pulls.listReviews({ ...BUNDLES, pull_number: number, per_page: 100 });
    expect(firstPage.data.map((r) => r.user?.login)).not.toContain(PEOPLE.carol);
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.assignments.map((a) => a.login)).toEqual([PEOPLE.carol]);
    expect(reasonsOf(gate, PEOPLE.alice)).toEqual(['changes requested']);
    expect(reasonsOf(gate, PEOPLE.bob)).toEqual(['approval dismissed']);
  });

  it('a request for changes submitted in the same second as an approval takes it back (GitHub times are whole seconds)', async () => {
    const { number } = await governancePull(PEOPLE.mallory);
    await review(PEOPLE.bob, number, 'APPROVE');
    // Alice starts a review (pending: it has an id now), then approves in a new review, then submits the pending
    // one requesting changes: her last word is the request for changes, but the pending review has the lower id.
    for (let attempt = 0; ; attempt++) {
      const pending = await as(PEOPLE.alice).rest.pulls.createReview({ ...BUNDLES, pull_number: number, body: 'hmm' });
      await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 5));
      const approved = await as(PEOPLE.alice).rest.pulls.createReview({
        ...BUNDLES,
        pull_number: number,
        event: 'APPROVE',
      });
      const changes = await as(PEOPLE.alice).rest.pulls.submitReview({
        ...BUNDLES,
        pull_number: number,
        review_id: pending.data.id,
        event: 'REQUEST_CHANGES',
        body: 'on second thought',
      });
      expect(pending.data.id).toBeLessThan(approved.data.id);
      if (approved.data.submitted_at === changes.data.submitted_at) break;
      if (attempt === 2) throw new Error('could not submit two reviews within one second');
    }
    const gate = await evaluateApprovalGate(governor, number);
    expect(reasonsOf(gate, PEOPLE.alice)).toContain('changes requested');
    expect(gate.result.missingTeams).toEqual([RELENG]);
    expect(gate.satisfied).toBe(false);
  });

  it('is blocked when GitHub cannot list every file: a hand edit of a release directory past the 3,000th file', async () => {
    // GitHub lists at most 3,000 files of a pull request. 3,000 files that sort before bundles/ hide the hand
    // edit of a manifest from the list, so the rule that a release directory takes writer commits only would not
    // apply, and two honest approvals of a huge pull request would carry the hand edit.
    const files: Record<string, string> = {};
    for (let i = 0; i < 3_000; i++) files[`a/${String(i).padStart(4, '0')}.txt`] = `${i}\n`;
    files['bundles/payments-platform/2026.11.3/manifest.json'] = '{"revision": 1}\n';
    const { number, head } = await governancePull(PEOPLE.mallory, files);
    await review(PEOPLE.alice, number, 'APPROVE');
    await review(PEOPLE.bob, number, 'APPROVE');
    // The adapter refuses a list at the cap (ef0213f): the gate fails closed, and no success is posted.
    await expect(evaluateApprovalGate(governor, number)).rejects.toThrow(/at most 3000 files/);
    await expect(runGate(governor, number)).rejects.toThrow(/at most 3000 files/);
    const { data } = await as(PEOPLE.max).rest.checks.listForRef({ ...BUNDLES, ref: head });
    expect(data.check_runs).toEqual([]);
  }, 120_000);

  // The head commit's author and committer are whatever the pusher wrote. Who pushed is GitHub's own record
  // (GET /repos/{owner}/{repo}/activity: `actor` of the update whose `after` is the head), which the gate reads.
  it('does not count the pusher of the head who wrote someone else as its author and committer', async () => {
    const { number, head, branch } = await governancePull(PEOPLE.mallory);
    const dave = w().server.admin.account(PEOPLE.dave);
    if (!dave) throw new Error(`no account ${PEOPLE.dave}`);
    const someoneElse = { name: dave.login, email: dave.email };
    const carol = w().tokens[PEOPLE.carol] ?? '';
    const pushed = await commitFiles(w(), carol, {
      parent: head,
      files: { 'README.md': '# release-bundles\n\nedited by carol\n' },
      message: 'a small fix',
      author: someoneElse,
      committer: someoneElse,
    });
    await moveBranch(w(), carol, branch, pushed);
    const { data: shown } = await as(PEOPLE.max).rest.repos.getCommit({ ...BUNDLES, ref: pushed });
    expect([shown.author?.login, shown.committer?.login]).toEqual([PEOPLE.dave, PEOPLE.dave]);
    // GitHub's record names carol as the one who moved the branch to the head.
    const { data: activity } = await as(PEOPLE.max).rest.repos.listActivities({ ...BUNDLES, ref: branch });
    expect(activity[0]).toMatchObject({ after: pushed, activity_type: 'push', actor: { login: PEOPLE.carol } });
    await review(PEOPLE.carol, number, 'APPROVE');
    await review(PEOPLE.bob, number, 'APPROVE');
    const gate = await evaluateApprovalGate(governor, number);
    expect(gate.result.assignments.map((a) => a.login)).not.toContain(PEOPLE.carol);
    expect(reasonsOf(gate, PEOPLE.carol)[0]).toMatch(/^the head commit may be their push/);
    expect(gate.satisfied).toBe(false);
  });

  it('fails closed, naming the endpoint, when GitHub refuses the repository activity', async () => {
    const { number, head } = await governancePull(PEOPLE.mallory);
    await review(PEOPLE.alice, number, 'APPROVE');
    await review(PEOPLE.bob, number, 'APPROVE');
    // A 403 the client does not wait out (no rate-limit budget), as a token without the permission gets it.
    const refused: ModeContext = {
      ...governor,
      github: new OctokitGitHub(
        createGitHubClient({
          token: w().governorToken,
          baseUrl: w().server.apiUrl,
          writeIntervalMs: 0,
          rateLimitWaitSeconds: 0,
        }),
      ),
    };
    w().server.faults.add({ path: 'repos/list-activities', status: 403, times: 1 });
    await expect(runGate(refused, number)).rejects.toThrow(
      /cutover\/approval cannot tell who pushed .*GET \/repos\/acme\/release-bundles\/activity/,
    );
    const { data } = await as(PEOPLE.max).rest.checks.listForRef({ ...BUNDLES, ref: head });
    expect(data.check_runs).toEqual([]);
    // The control: with the activity readable the same pull request passes.
    expect((await evaluateApprovalGate(governor, number)).satisfied).toBe(true);
  });
});
