/**
 * Tests that drive the modes in-process, with their own ModeContexts, against the GitHub-compatible server over
 * real HTTP and git: `inProcessWorlds` gives each test a fresh server and world (closed after it, the test
 * failing on any OpenAPI contract violation) with the writer App's and the governor App's mode contexts;
 * `assembleInProcess` runs assemble (runAssemble with the Octokit adapter) from a checkout of the service
 * repository at the candidate tag.
 */
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitGitHub, OctokitSourceGitHub } from '../../src/github/octokit-adapter.js';
import { runAssemble } from '../../src/modes/assemble.js';
import type { ModeContext } from '../../src/modes/context.js';
import { runGate } from '../../src/modes/gate.js';
import { runVerify } from '../../src/modes/verify.js';
import { readSourcesConfig } from '../../src/schema/documents.js';
import { localWorkspace } from '../../src/sources/workspace.js';
import { REPO_ROOT } from './runner.js';
import { approve, as, checkout, nextSecond } from './steps.js';
import { BUNDLES, createWorld, PEOPLE, SERVICE, TAG, type World } from './world.js';

/** What one test's `setUp` returns: the world, and the writer's and the governor's contexts logging to `lines`. */
export interface InProcessWorld {
  world: World;
  writer: ModeContext;
  governor: ModeContext;
  lines: string[];
}

/**
 * Registers, in the calling test file, an afterEach that closes the world a test set up and fails the test on
 * any OpenAPI contract violation its requests or responses made; returns that test's `setUp` (the clock and the
 * client's secondary-rate-limit wait as options).
 */
export function inProcessWorlds(
  options: { rateLimitWaitSeconds?: number } = {},
): (now?: () => Date) => Promise<InProcessWorld> {
  let active: { server: GitHubServer; world: World } | undefined;
  afterEach(async () => {
    if (!active) return;
    const { server, world } = active;
    active = undefined;
    const violations = server.contract.take();
    await world.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
  });
  return async (now = () => new Date()) => {
    const server = await startGitHubServer();
    const world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
    active = { server, world };
    const lines: string[] = [];
    const contextFor = (token: string) => modeContext(world, token, { now, log: (l) => lines.push(l), ...options });
    return { world, writer: contextFor(world.botToken), governor: contextFor(world.governorToken), lines };
  };
}

/** A mode context on the bundles repository for `token`, over the Octokit adapter and real HTTP. */
export function modeContext(
  world: World,
  token: string,
  options: { now?: () => Date; log?: (line: string) => void; rateLimitWaitSeconds?: number } = {},
): ModeContext {
  const { now = () => new Date(), log = () => {}, ...client } = options;
  return {
    github: new OctokitGitHub(
      createGitHubClient({ token, baseUrl: world.server.apiUrl, writeIntervalMs: 0, ...client }),
    ),
    bundlesRepo: BUNDLES,
    policyPath: '.cutover/policy.yaml',
    now,
    log,
  };
}

/** The bundles repository's default branch head. */
export async function mainHead(world: World): Promise<string> {
  return (await world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve('refs/heads/main')) ?? '';
}

/**
 * assemble in-process as the writer runs it at the candidate tag (`tag`, default the world's); `windowEnd` as the
 * action's input sets it.
 */
export async function assembleInProcess(
  world: World,
  ctx: ModeContext,
  inputs: { windowEnd?: string; tag?: string } = {},
) {
  const tag = inputs.tag ?? TAG;
  const { dir, sha } = await checkout(world, tag);
  const client = createGitHubClient({ token: world.botToken, baseUrl: world.server.apiUrl, writeIntervalMs: 0 });
  return runAssemble(ctx, {
    config: await readSourcesConfig(path.join(dir, '.cutover/sources.yaml')),
    configPath: '.cutover/sources.yaml',
    workspace: localWorkspace(dir, {
      observedAt: '2026-11-20T09:12:44Z',
      repository: `${SERVICE.owner}/${SERVICE.repo}`,
      commit: sha,
    }),
    candidateRepo: SERVICE,
    tag,
    commit: sha,
    sourceGitHub: new OctokitSourceGitHub(client, SERVICE),
    env: {},
    maxFileBytes: 16 * 1024 * 1024,
    ...(inputs.windowEnd ? { window: { end: inputs.windowEnd } } : {}),
  });
}

/**
 * Revision 1 through to its merge, in-process: assembled, verified, approved by both teams, gated (the gate must
 * hold) and merged with `method` by a maintainer a whole second after the approvals (GitHub's times are whole
 * seconds, and a review counts only before the merge). Returns the pull request and its merge commit.
 */
export async function mergeInProcess(
  world: World,
  writer: ModeContext,
  governor: ModeContext,
  method: 'merge' | 'squash' | 'rebase' = 'merge',
): Promise<{ number: number; mergeCommit: string }> {
  const assembled = await assembleInProcess(world, writer);
  const number = Number(assembled.outputs['pull-request-number']);
  const pull = await governor.github.getPullRequest(BUNDLES, number);
  await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
  await approve(world, PEOPLE.alice, number);
  await approve(world, PEOPLE.bob, number);
  expect((await runGate(governor, number)).outputs.approved).toBe('true');
  await nextSecond();
  const { data } = await as(world, PEOPLE.max).rest.pulls.merge({
    ...BUNDLES,
    pull_number: number,
    merge_method: method,
  });
  return { number, mergeCommit: data.sha };
}
