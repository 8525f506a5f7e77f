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
});
