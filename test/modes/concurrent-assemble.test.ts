/**
 * Two assemble runs of one release at the same time, interleaved at chosen requests, in-process over the real
 * Octokit adapter and real HTTP to the GitHub-compatible server (test/e2e/converge-concurrency.test.ts races
 * eight built runs at random; this file places the other run exactly where a race can lose data).
 *
 * A run restarting a branch left by a closed pull request claims it with a marker commit, then moves the branch
 * off its marker with the one forced update assemble makes. A marker older than ten minutes is taken for a dead
 * run's and claimed again by the next run. When the first run is alive but slow (a rate-limit wait, a slow
 * runner) the second run restarts the branch and opens its pull request; the first run's forced update must then
 * find the branch no longer at its marker and re-read, never throw the second run's commit away.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assembleInProcess, inProcessWorlds, modeContext } from '../e2e/in-process.js';
import { as } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const DIR = `bundles/${PRODUCT}/${RELEASE}`;

const setUp = inProcessWorlds();

async function git(world: World, ...args: string[]): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, ...args])).stdout.trim();
}

async function isAncestor(world: World, commit: string, of: string): Promise<boolean> {
  return git(world, 'merge-base', '--is-ancestor', commit, of).then(
    () => true,
    () => false,
  );
}

/** A deployment-window end inside the change window, different for each `i`: a different manifest. */
function windowEnd(world: World, i: number): string {
  return new Date(Date.parse(world.window.end) - i * 3_600_000).toISOString().replace('.000Z', 'Z');
}

describe('a slow run whose restart marker another run took for abandoned', () => {
  it('keeps the other run’s commit and pull request: its forced update finds the branch moved and re-reads', async () => {
    const { world } = await setUp();
    const { server } = world;
    const writer = (now: () => Date, lines: string[] = []) =>
      modeContext(world, world.botToken, { now, log: (l) => lines.push(l) });
    const first = await assembleInProcess(
      world,
      writer(() => new Date()),
    );
    const closed = Number(first.outputs['pull-request-number']);
    await as(world, PEOPLE.max).rest.pulls.update({ ...BUNDLES, pull_number: closed, state: 'closed' });
    const deletes = server.log.count({ operationId: 'git/delete-ref' });

    // Run A claims the restart (its marker: a commit without a tree of its own), then stalls on creating its
    // replacement's tree for more than ten minutes; meanwhile run B, whose clock is eleven minutes on, takes A's
    // marker for a dead run's, restarts the branch and opens its pull request.
    let other: Awaited<ReturnType<typeof assembleInProcess>> | undefined;
    server.faults.beforeWrite({ method: 'POST', path: 'git/create-tree' }, async () => {
      const later = () => new Date(Date.now() + 11 * 60_000);
      other = await assembleInProcess(world, writer(later), { windowEnd: windowEnd(world, 2) });
    });
    const linesA: string[] = [];
    const slow = await assembleInProcess(
      world,
      writer(() => new Date(), linesA),
      { windowEnd: windowEnd(world, 1) },
    );
    if (!other) throw new Error('the other run did not run');

    const head = await git(world, 'rev-parse', `refs/heads/${BRANCH}`);
    // Nothing deleted; both runs' commits are on the branch, each carrying the revision its run reported.
    expect(server.log.count({ operationId: 'git/delete-ref' })).toBe(deletes);
    for (const run of [other, slow]) {
      const commit = run.outputs.commit ?? '';
      expect(await isAncestor(world, commit, head), `${commit} (revision ${run.outputs.revision}) on ${BRANCH}`).toBe(
        true,
      );
      const manifest = JSON.parse(await git(world, 'show', `${commit}:${DIR}/manifest.json`)) as { revision: number };
      expect(String(manifest.revision)).toBe(run.outputs.revision);
    }
    expect(slow.outputs.commit).toBe(head);
    expect(new Set([other.outputs.revision, slow.outputs.revision]).size).toBe(2);
    expect(linesA.some((l) => l.includes('moved while writing'))).toBe(true);
    // One open pull request, at the head: the one B opened, which A continued.
    const pulls = (await as(world, PEOPLE.max).rest.pulls.list({ ...BUNDLES, state: 'open' })).data;
    expect(pulls.map((p) => [p.number, p.head.sha])).toEqual([[Number(other.outputs['pull-request-number']), head]]);
    expect(slow.outputs['pull-request-number']).toBe(other.outputs['pull-request-number']);
  }, 180_000);
});

describe('two runs writing the next revisions of an open pull request', () => {
  it('the pull request ends describing the revision at its head', async () => {
    const { world } = await setUp();
    const { server } = world;
    const writer = () => modeContext(world, world.botToken);
    const first = await assembleInProcess(world, writer());
    const number = Number(first.outputs['pull-request-number']);
    // Run A has written revision 2 and is about to update the pull request; run B writes revision 3 and updates
    // it first.
    let other: Awaited<ReturnType<typeof assembleInProcess>> | undefined;
    server.faults.beforeWrite({ method: 'PATCH', path: 'pulls/update' }, async () => {
      other = await assembleInProcess(world, writer(), { windowEnd: windowEnd(world, 2) });
    });
    const slow = await assembleInProcess(world, writer(), { windowEnd: windowEnd(world, 1) });
    if (!other) throw new Error('the other run did not run');
    expect([slow.outputs.revision, other.outputs.revision]).toEqual(['2', '3']);
    const head = await git(world, 'rev-parse', `refs/heads/${BRANCH}`);
    expect(head).toBe(other.outputs.commit);
    const { data: pull } = await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number });
    expect(pull.head.sha).toBe(head);
    expect(pull.title).toMatch(/ r3( |$)/);
    expect(pull.body).toContain(other.outputs['bundle-digest']);
  }, 180_000);
});
