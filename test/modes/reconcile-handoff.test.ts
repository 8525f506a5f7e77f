/**
 * A seal run that dies between its tag and its hand-off, in-process over the real Octokit adapter and real HTTP
 * to the GitHub-compatible server. The tag is written, the `cutover-sealed` repository_dispatch never arrives (the
 * runner is lost, or GitHub keeps refusing the dispatch past the run's retries and rate-limit budget). A re-run of
 * that seal sends it (test/e2e/converge-lost-replies.test.ts); the scheduled reconcile, which the README names as
 * what catches anything a failed seal run left, finds the tag valid and sends nothing, so unless someone re-runs
 * the failed seal the deployment queue never hears of the revision.
 *
 * `it.fails`: a limitation reported to the lead, not fixed here. Reconcile cannot tell a tag whose hand-off was
 * sent from one whose hand-off was lost (GitHub keeps no record of a repository_dispatch its sender can read),
 * and re-sending for every seal on every schedule floods the queue; a fix needs a record of the hand-off (e.g. a
 * `cutover/handoff` check run by the governor on the merge commit, written after the dispatch), a design decision.
 */
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/modes/gate.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { assembleInProcess, inProcessWorlds } from '../e2e/in-process.js';
import { approve, as, nextSecond } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE } from '../e2e/world.js';

const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;

const setUp = inProcessWorlds();

describe('a seal run lost between its tag and its hand-off', () => {
  it.fails('the scheduled reconcile hands the sealed revision to the deployment queue', async () => {
    const { world, writer, governor } = await setUp();
    const assembled = await assembleInProcess(world, writer);
    const number = Number(assembled.outputs['pull-request-number']);
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    await runGate(governor, number);
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'merge' });

    // GitHub refuses the dispatch past every retry: the run fails after writing its tag.
    world.server.faults.add({ method: 'POST', path: 'repos/create-dispatch-event', status: 502, times: 50 });
    await expect(runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO })).rejects.toThrow(/dispatch/);
    world.server.faults.clear();
    const tag = await world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve(`refs/tags/${TAG}`);
    expect(tag).toBeTruthy();
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toEqual([]);

    await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    const sent = world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo);
    expect(sent.map((d) => d.client_payload.tag)).toEqual([TAG]);
  }, 180_000);
});
