/**
 * Restarting a release branch left by a closed pull request (issue 11, item 1), in-process over the real Octokit
 * adapter and real HTTP to the GitHub-compatible server. A run that restarts the branch first claims it with a
 * marker commit; another run that finds a fresh marker waits, then fails with "another run is assembling this
 * release" without touching the branch; a marker older than ten minutes (its run died) is claimed again.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { RefusalError } from '../../src/errors.js';
import { createGitHubClient } from '../../src/github/octokit.js';
import { OctokitGitHub, OctokitSourceGitHub } from '../../src/github/octokit-adapter.js';
import { runAssemble } from '../../src/modes/assemble.js';
import type { ModeContext } from '../../src/modes/context.js';
import { readSourcesConfig } from '../../src/schema/documents.js';
import { localWorkspace } from '../../src/sources/workspace.js';
import { REPO_ROOT } from '../e2e/runner.js';
import { as, checkout } from '../e2e/steps.js';
import { BUNDLES, createWorld, PEOPLE, PRODUCT, RELEASE, SERVICE, TAG, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;

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

async function git(world: World, ...args: string[]): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, ...args])).stdout.trim();
}

async function assembleAt(world: World, now: () => Date, inputs: { windowEnd?: string } = {}) {
  const lines: string[] = [];
  const client = createGitHubClient({ token: world.botToken, baseUrl: world.server.apiUrl, writeIntervalMs: 0 });
  const ctx: ModeContext = {
    github: new OctokitGitHub(client),
    bundlesRepo: BUNDLES,
    policyPath: '.cutover/policy.yaml',
    now,
    log: (l) => lines.push(l),
  };
  const { dir, sha } = await checkout(world, TAG);
  const run = runAssemble(ctx, {
    config: await readSourcesConfig(path.join(dir, '.cutover/sources.yaml')),
    configPath: '.cutover/sources.yaml',
    workspace: localWorkspace(dir, {
      observedAt: '2026-11-20T09:12:44Z',
      repository: `${SERVICE.owner}/${SERVICE.repo}`,
      commit: sha,
    }),
    candidateRepo: SERVICE,
    tag: TAG,
    commit: sha,
    sourceGitHub: new OctokitSourceGitHub(client, SERVICE),
    env: {},
    maxFileBytes: 16 * 1024 * 1024,
    ...(inputs.windowEnd ? { window: { end: inputs.windowEnd } } : {}),
  });
  return { run, lines };
}

describe('restarting a branch left by a closed pull request', () => {
  it('waits for a fresh restart marker and fails clearly; claims an abandoned one', async () => {
    const server = await startGitHubServer();
    const world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
    active = { server, world };
    const first = await (await assembleAt(world, () => new Date())).run;
    const number = Number(first.outputs['pull-request-number']);
    await as(world, PEOPLE.max).rest.pulls.update({ ...BUNDLES, pull_number: number, state: 'closed' });
    const stale = await git(world, 'rev-parse', `refs/heads/${BRANCH}`);
    const deletes = server.log.count({ operationId: 'git/delete-ref' });

    // Another run has claimed the restart: its marker is on the branch, it is about to replace the branch.
    const marker = await server.admin.pushCommit({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      branch: BRANCH,
      files: { 'bundles/.keep': '' },
      as: PEOPLE.max,
      message: `cutover: restarting ${BRANCH} after #${number}\n\nCutover-Restart-Of: ${stale}\nCutover-Restart-Claim: other-run`,
    });
    const end = new Date(Date.parse(world.window.end) - 3_600_000).toISOString().replace('.000Z', 'Z');
    const waiting = await assembleAt(world, () => new Date(), { windowEnd: end });
    const refused = await waiting.run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RefusalError);
    expect((refused as Error).message).toMatch(/^another run is assembling this release: branch .* is being restarted/);
    expect(await git(world, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(marker);
    expect(server.log.count({ operationId: 'git/delete-ref' })).toBe(deletes);

    // Eleven minutes later the marker's run is taken for dead: this run claims the restart on top of it.
    const later = () => new Date(Date.now() + 11 * 60_000);
    const taken = await (await assembleAt(world, later, { windowEnd: end })).run;
    expect(taken.summary).toContain('Written');
    const head = await git(world, 'rev-parse', `refs/heads/${BRANCH}`);
    expect(taken.outputs.commit).toBe(head);
    // The new branch starts from the default branch (one commit on it), and nothing was deleted.
    expect(await git(world, 'rev-list', '--count', `main..${BRANCH}`)).toBe('1');
    expect(server.log.count({ operationId: 'git/delete-ref' })).toBe(deletes);
    const pulls = (await as(world, PEOPLE.max).rest.pulls.list({ ...BUNDLES, state: 'open' })).data;
    expect(pulls.map((p) => p.head.sha)).toEqual([head]);
  }, 180_000);
});
