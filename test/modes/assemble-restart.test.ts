/**
 * Restarting a release branch left by a closed pull request (issue 11, item 1), in-process over the real Octokit
 * adapter and real HTTP to the GitHub-compatible server. A run that restarts the branch first claims it with a
 * marker commit; another run that finds a fresh marker waits, then fails with "another run is assembling this
 * release" without touching the branch; a marker older than ten minutes (its run died) is claimed again.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import { assembleInProcess, inProcessWorlds, modeContext } from '../e2e/in-process.js';
import { as } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;

const setUp = inProcessWorlds();

async function git(world: World, ...args: string[]): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, ...args])).stdout.trim();
}

/** assemble by the writer, with the clock `now`: the promise of its result (the caller awaits or catches it). */
function assembleAt(world: World, now: () => Date, inputs: { windowEnd?: string } = {}) {
  return assembleInProcess(world, modeContext(world, world.botToken, { now }), inputs);
}

describe('restarting a branch left by a closed pull request', () => {
  it('waits for a fresh restart marker and fails clearly; claims an abandoned one', async () => {
    const { world } = await setUp();
    const server = world.server;
    const first = await assembleAt(world, () => new Date());
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
    const refused = await assembleAt(world, () => new Date(), { windowEnd: end }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RefusalError);
    expect((refused as Error).message).toMatch(/^another run is assembling this release: branch .* is being restarted/);
    expect(await git(world, 'rev-parse', `refs/heads/${BRANCH}`)).toBe(marker);
    expect(server.log.count({ operationId: 'git/delete-ref' })).toBe(deletes);

    // Eleven minutes later the marker's run is taken for dead: this run claims the restart on top of it.
    const later = () => new Date(Date.now() + 11 * 60_000);
    const taken = await assembleAt(world, later, { windowEnd: end });
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
