/**
 * Two seals of one merge at the same time, in-process over the real Octokit adapter and real HTTP to the
 * GitHub-compatible server: the re-run of the `pull_request` closed event beside the first run, and seal beside
 * the scheduled reconcile (their concurrency groups differ: examples/bundles-repo/.github/workflows). Both runs
 * are held at their tag-object write until both have judged the merge and found no tag, so both write one.
 * The end state must be a clean seal's: one annotated seal tag on the merge commit, both runs succeed and
 * report it, no other tag. Each run hands the tag to the deployment queue: a seal always sends its
 * `cutover-sealed` event (again on a re-run), the tag being the key the queue deduplicates on (README, "Seal and
 * hand-off"), so two runs send two events for one tag, never two tags.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ModeResult } from '../../src/modes/context.js';
import { runGate } from '../../src/modes/gate.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { assembleInProcess, inProcessWorlds, mergeInProcess } from '../e2e/in-process.js';
import { approve, as, nextSecond } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;

const setUp = inProcessWorlds();

async function git(world: World, ...args: string[]): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, ...args])).stdout.trim();
}

/**
 * Holds each of the next `runs` tag-object writes until all `runs` have arrived, so every run has read the tags
 * (and found none) before any writes one. Fails instead of hanging when fewer arrive.
 */
function barrierAtTagWrite(world: World, runs: number): { arrived: () => number } {
  let count = 0;
  let release: () => void = () => {};
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  world.server.faults.beforeWrite(
    { method: 'POST', path: 'git/create-tag' },
    async () => {
      count += 1;
      if (count === runs) release();
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`only ${count} of ${runs} runs reached the tag write`)), 30_000),
      );
      await Promise.race([all, timeout]);
    },
    runs,
  );
  return { arrived: () => count };
}

/** The end state of one clean seal of `mergeCommit`. */
async function expectOneSeal(world: World, mergeCommit: string): Promise<void> {
  expect((await git(world, 'tag', '--list', 'cutover/*')).split('\n')).toEqual([TAG]);
  expect(await git(world, 'cat-file', '-t', `refs/tags/${TAG}`)).toBe('tag');
  expect(await git(world, 'rev-parse', `refs/tags/${TAG}^{commit}`)).toBe(mergeCommit);
  const dispatched = world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo);
  expect(new Set(dispatched.map((d) => d.client_payload.tag))).toEqual(new Set([TAG]));
}

describe('two seals of one merge at once', () => {
  it('the closed event and its re-run: one tag, both runs succeed', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    const barrier = barrierAtTagWrite(world, 2);
    const results: ModeResult[] = await Promise.all([
      runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO }),
      runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO }),
    ]);
    expect(barrier.arrived()).toBe(2);
    for (const r of results) expect(r.outputs.tag).toBe(TAG);
    await expectOneSeal(world, mergeCommit);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(2);
  }, 180_000);

  it('seal beside the scheduled reconcile: one tag, both runs succeed', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    const barrier = barrierAtTagWrite(world, 2);
    const [sealed, reconciled] = await Promise.all([
      runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO }),
      runReconcile(governor, { dispatchRepo: QUEUE_REPO }),
    ]);
    expect(barrier.arrived()).toBe(2);
    expect(sealed.outputs.tag).toBe(TAG);
    expect(reconciled.outputs).toEqual({ sealed: TAG, unsealed: '0', 'handed-off': '', 'handoff-problems': '0' });
    await expectOneSeal(world, mergeCommit);
    // A later reconcile finds the seal and writes nothing.
    const writes = world.server.log.filter({}).filter((e) => e.method !== 'GET').length;
    expect((await runReconcile(governor, { dispatchRepo: QUEUE_REPO })).outputs).toEqual({
      sealed: '',
      unsealed: '0',
      'handed-off': '',
      'handoff-problems': '0',
    });
    expect(world.server.log.filter({}).filter((e) => e.method !== 'GET').length).toBe(writes);
  }, 180_000);

  it('two runs that judged the merge at different moments (a dismissal between them): one tag, both succeed', async () => {
    const { world, writer, governor } = await setUp();
    const assembled = await assembleInProcess(world, writer);
    const number = Number(assembled.outputs['pull-request-number']);
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    await approve(world, PEOPLE.alice, number);
    const bobs = await approve(world, PEOPLE.bob, number);
    await approve(world, PEOPLE.carol, number);
    expect((await runGate(governor, number)).outputs.approved).toBe('true');
    await nextSecond();
    const merged = await as(world, PEOPLE.max).rest.pulls.merge({
      ...BUNDLES,
      pull_number: number,
      merge_method: 'merge',
    });
    // Run 1 has judged the merge (alice and bob approved) and is about to write its tag. Meanwhile bob's review is
    // dismissed, and run 2 judges the merge with carol for operations, seals it and hands it off.
    let second: ModeResult | undefined;
    world.server.faults.beforeWrite({ method: 'POST', path: 'git/create-tag' }, async () => {
      await as(world, PEOPLE.max).rest.pulls.dismissReview({
        ...BUNDLES,
        pull_number: number,
        review_id: bobs,
        message: 'dismissed after the merge',
      });
      second = await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    });
    const first = await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    if (!second) throw new Error('the second run did not run');
    expect(second.outputs.tag).toBe(TAG);
    expect(first.outputs.tag).toBe(TAG);
    expect(first.summary).toContain('already present');
    await expectOneSeal(world, merged.data.sha);
    // The tag is run 2's: its record names carol, whom run 1 did not.
    const message = await git(world, 'cat-file', '-p', `refs/tags/${TAG}`);
    expect(message).toContain(PEOPLE.carol);
  }, 180_000);
});
