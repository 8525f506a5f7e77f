/**
 * Release names that differ only in case, in-process over the real Octokit adapter and real HTTP to the
 * GitHub-compatible server. `payments-platform` and `PAYMENTS-PLATFORM` are two products (names are compared as
 * written everywhere: directories, branches, tags, policy keys), and one merge can seal a release of each (a merge
 * queue lands several pull requests in one commit): the seal hands each off and records each on that commit
 * (`cutover/handoff`, external_id `<tag> <queue>`). The queue's repository name is matched case-insensitively,
 * as GitHub matches it; the tag must not be, or the other product's record stands for this one's lost hand-off
 * and reconcile never sends it.
 */
import { describe, expect, it } from 'vitest';
import { runReconcile } from '../../src/modes/reconcile.js';
import { HANDOFF_CHECK, runSeal } from '../../src/modes/seal.js';
import { inProcessWorlds, mergeInProcess } from '../e2e/in-process.js';
import { BUNDLES, PRODUCT, QUEUE_REPO, RELEASE } from '../e2e/world.js';

const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;
/** The seal tag of the same release of the product whose name differs only in case. */
const OTHER_CASE_TAG = `cutover/${PRODUCT.toUpperCase()}/${RELEASE}/r1`;

const setUp = inProcessWorlds();

function sentTags(world: Awaited<ReturnType<typeof setUp>>['world']): unknown[] {
  return world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo).map((d) => d.client_payload.tag);
}

describe('hand-off records of products whose names differ only in case', () => {
  it('the other product’s record on the same merge commit does not stand for this one’s lost hand-off', async () => {
    const { world, writer, governor } = await setUp();
    expect(OTHER_CASE_TAG).not.toBe(TAG);
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    // The seal run tagged this release, then GitHub refused its dispatch past every retry: no hand-off, no record.
    world.server.faults.add({ method: 'POST', path: 'repos/create-dispatch-event', status: 502, times: 50 });
    await expect(runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO })).rejects.toThrow(/dispatch/);
    world.server.faults.clear();
    expect(sentTags(world)).toEqual([]);

    // The governor App's record of the other product's hand-off, on the same merge commit, as its seal writes it.
    await governor.github.createCheckRun(BUNDLES, {
      name: HANDOFF_CHECK,
      headSha: mergeCommit,
      conclusion: 'success',
      title: `${OTHER_CASE_TAG} handed to ${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`,
      summary: '',
      externalId: `${OTHER_CASE_TAG} ${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`,
      annotations: [],
    });

    const result = await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    expect(result.outputs['handed-off']).toBe(TAG);
    expect(sentTags(world)).toEqual([TAG]);

    // Its own record, with the queue's name in another case (GitHub's names are case-insensitive), counts.
    await governor.github.createCheckRun(BUNDLES, {
      name: HANDOFF_CHECK,
      headSha: mergeCommit,
      conclusion: 'success',
      title: 'handed off',
      summary: '',
      externalId: `${TAG} ${QUEUE_REPO.owner.toUpperCase()}/${QUEUE_REPO.repo.toUpperCase()}`,
      annotations: [],
    });
    expect((await runReconcile(governor, { dispatchRepo: QUEUE_REPO })).outputs['handed-off']).toBe('');
    expect(sentTags(world)).toEqual([TAG]);
  }, 180_000);
});
