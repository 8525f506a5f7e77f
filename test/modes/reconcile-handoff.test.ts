/**
 * The hand-off record, in-process over the real Octokit adapter and real HTTP to the GitHub-compatible server.
 * seal sends the `cutover-sealed` repository_dispatch, then records it: a `cutover/handoff` check run by the
 * governor App on the tagged commit, its external_id the tag and the queue
 * repository (test/modes/reconcile-handoff-queue.test.ts: a record for another queue does not count). A seal run that dies between its tag and its
 * hand-off (the runner is lost, or GitHub keeps refusing the dispatch past the run's retries and rate-limit
 * budget) leaves no record; the scheduled reconcile then sends the event again, and records it. Only the governor
 * App's record counts (a run of that name by another App, or one a person tries to post, does not), and nothing
 * is sent again once the revision's window has ended. A superseded revision is never sent again
 * (test/modes/reconcile.test.ts, on the fake port).
 */
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/octokit.js';
import type { ModeContext } from '../../src/modes/context.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { HANDOFF_CHECK, runSeal } from '../../src/modes/seal.js';
import { inProcessWorlds, mergeInProcess } from '../e2e/in-process.js';
import { as } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, type World } from '../e2e/world.js';

const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;
/** The record's external_id: the tag and the queue it was handed to. */
const RECORD = `${TAG} ${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`;

const setUp = inProcessWorlds();

/** A seal run that wrote its tag, then failed: GitHub refused the dispatch past every retry. */
async function lostHandOff(world: World, governor: ModeContext, number: number): Promise<void> {
  world.server.faults.add({ method: 'POST', path: 'repos/create-dispatch-event', status: 502, times: 50 });
  await expect(runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO })).rejects.toThrow(/dispatch/);
  world.server.faults.clear();
  expect(await world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve(`refs/tags/${TAG}`)).toBeTruthy();
  expect(sentTags(world)).toEqual([]);
}

function sentTags(world: World): unknown[] {
  return world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo).map((d) => d.client_payload.tag);
}

/** Every `cutover/handoff` run on the commit, as GitHub lists them (not only the latest). */
async function handOffRecords(world: World, commit: string) {
  const { data } = await as(world, PEOPLE.max).rest.checks.listForRef({
    ...BUNDLES,
    ref: commit,
    check_name: HANDOFF_CHECK,
    filter: 'all',
  });
  return data.check_runs.map((r) => ({ app: r.app?.id, externalId: r.external_id, conclusion: r.conclusion }));
}

describe('the hand-off record', () => {
  it('a seal run lost between its tag and its hand-off: the scheduled reconcile hands the revision to the queue, once', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    await lostHandOff(world, governor, number);
    expect(await handOffRecords(world, mergeCommit)).toEqual([]);

    const result = await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    expect(sentTags(world)).toEqual([TAG]);
    expect(result.outputs).toEqual({ sealed: '', unsealed: '0', 'handed-off': TAG, 'handoff-problems': '0' });
    expect(result.summary).toContain(`- handed off \`${TAG}\` again: no record of its hand-off`);
    expect(await handOffRecords(world, mergeCommit)).toEqual([
      { app: world.governorAppId, externalId: RECORD, conclusion: 'success' },
    ]);

    // The next schedule finds the record: nothing more is sent.
    const again = await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    expect(again.outputs['handed-off']).toBe('');
    expect(sentTags(world)).toEqual([TAG]);
  }, 180_000);

  it('a seal that handed off writes exactly one record, and reconcile sends nothing more', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    expect(sentTags(world)).toEqual([TAG]);
    expect(await handOffRecords(world, mergeCommit)).toEqual([
      { app: world.governorAppId, externalId: RECORD, conclusion: 'success' },
    ]);

    const result = await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    expect(result.outputs).toEqual({ sealed: '', unsealed: '0', 'handed-off': '', 'handoff-problems': '0' });
    expect(sentTags(world)).toEqual([TAG]);

    // A merge that changed two release directories gets two records on one commit: GitHub's default `latest`
    // filter lists only the newest run of a name, so every record must be read, or the other tag's hides this one.
    await governor.github.createCheckRun(BUNDLES, {
      name: HANDOFF_CHECK,
      headSha: mergeCommit,
      conclusion: 'success',
      title: 'another release handed off',
      summary: '',
      externalId: `cutover/${PRODUCT}/other/r1`,
      annotations: [],
    });
    expect((await runReconcile(governor, { dispatchRepo: QUEUE_REPO })).outputs['handed-off']).toBe('');
    expect(sentTags(world)).toEqual([TAG]);
  }, 180_000);

  it('a seal without a dispatch repository hands nothing off and writes no record', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    await runSeal(governor, { pullRequest: number });
    expect(sentTags(world)).toEqual([]);
    expect(await handOffRecords(world, mergeCommit)).toEqual([]);
  }, 180_000);

  it('a record by another App, or one a person tries to post, does not count: reconcile sends the hand-off', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    await lostHandOff(world, governor, number);
    // The writer App (any App with checks: write on the repository, e.g. a workflow's GITHUB_TOKEN) posts a
    // run of the record's name, success, with the record's external_id.
    const forged = {
      ...BUNDLES,
      name: HANDOFF_CHECK,
      head_sha: mergeCommit,
      status: 'completed' as const,
      conclusion: 'success' as const,
      external_id: RECORD,
      output: { title: `${TAG} handed off`, summary: 'handed off' },
    };
    const writerApp = createGitHubClient({ token: world.botToken, baseUrl: world.server.apiUrl, writeIntervalMs: 0 });
    await writerApp.rest.checks.create(forged);
    // A person's token cannot post a check run at all (GitHub: only Apps create check runs).
    await expect(as(world, PEOPLE.max).rest.checks.create(forged)).rejects.toMatchObject({ status: 403 });
    expect(await handOffRecords(world, mergeCommit)).toEqual([
      { app: world.appId, externalId: RECORD, conclusion: 'success' },
    ]);

    const result = await runReconcile(governor, { dispatchRepo: QUEUE_REPO });
    expect(result.outputs['handed-off']).toBe(TAG);
    expect(sentTags(world)).toEqual([TAG]);
  }, 180_000);

  it('once the revision’s window has ended, a lost hand-off is not sent again', async () => {
    const { world, writer, governor } = await setUp();
    const { number } = await mergeInProcess(world, writer, governor);
    await lostHandOff(world, governor, number);
    const manifest = await governor.github.readFiles(BUNDLES, undefined, [
      `bundles/${PRODUCT}/${RELEASE}/manifest.json`,
    ]);
    const end = JSON.parse(manifest[`bundles/${PRODUCT}/${RELEASE}/manifest.json`] ?? '{}').window.end as string;
    const afterWindow: ModeContext = { ...governor, now: () => new Date(Date.parse(end) + 1000) };

    const result = await runReconcile(afterWindow, { dispatchRepo: QUEUE_REPO });
    expect(result.outputs).toEqual({ sealed: '', unsealed: '0', 'handed-off': '', 'handoff-problems': '0' });
    expect(sentTags(world)).toEqual([]);
    // Within the window, the same reconcile sends it.
    const within: ModeContext = { ...governor, now: () => new Date(Date.parse(end) - 1000) };
    expect((await runReconcile(within, { dispatchRepo: QUEUE_REPO })).outputs['handed-off']).toBe(TAG);
  }, 180_000);
});
