/**
 * Seal of a merge made by a merge queue, on the fake GitHub. GitHub records such a merge in the repository
 * activity as `merge_queue_merge` (not `pr_merge`: `before` is the default branch before the whole group, `after`
 * the group's tip), which seal does not read: it finds the default branch before the merge from the commits (the
 * fallback of src/modes/seal.ts, defaultBeforeMerge). That walk can be led back over a policy change by a pull
 * request carrying a copy of it (test/modes/seal-attacks.test.ts, where the pr_merge record decides), so the
 * merge is judged by the older policy; what still refuses it is the gate's writer-commit rule under that policy:
 * the copy repeats another person's commit, so it is no verified commit of the bundle writer.
 *
 * The fake records every merge as `pr_merge`; here its activity read is relabelled `merge_queue_merge`, as GitHub
 * would record the same single-pull-request group (the GitHub-compatible server does not model merge queues).
 */
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import type { RefActivity, RefActivityQuery, RepoRef } from '../../src/github/port.js';
import { runSeal } from '../../src/modes/seal.js';
import {
  approveByBothTeams,
  assembly,
  BUNDLES,
  mergedRevision1,
  OTHER_APP,
  PEOPLE,
  POLICY_PATH,
  passChecks,
  policy,
  revisionFiles,
  type World,
  world,
} from './world.js';

/** The fake's activity read, every merge relabelled as a merge queue's. */
function asMergeQueue(w: World): void {
  const { github } = w;
  github.listRefActivities = async (ref: RepoRef, query: RefActivityQuery) => {
    const all: RefActivity[] = github
      .activitiesOf(ref)
      .filter((a) => a.ref === query.ref)
      .map((a): RefActivity => (a.activityType === 'pr_merge' ? { ...a, activityType: 'merge_queue_merge' } : a))
      .reverse();
    return { activities: all.filter((a) => !query.activityType || a.activityType === query.activityType), cut: false };
  };
}

describe('seal of a merge-queue merge', () => {
  it('refuses a rebase whose commits repeat the policy change before it, which the walk would pass back over', async () => {
    // As in test/modes/seal-attacks.test.ts (where GitHub's pr_merge record decides): main had an old policy under
    // which mallory's App was the governor, then alice's commit retiring it. Mallory's branch forks before alice's
    // commit and carries a copy of it (same message and author) under a hand-written release directory; the queue
    // rebases it alone.
    const w = world();
    const old = `${JSON.stringify(policy({ bundleWriter: PEOPLE.mallory, governorAppId: OTHER_APP.appId }), null, 2)}\n`;
    const current = w.github.fileAt(BUNDLES, w.github.head(BUNDLES, 'main'), POLICY_PATH) ?? '';
    const fork = w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: { [POLICY_PATH]: old },
      branch: 'main',
      message: 'governor: the helpful-ci App',
    });
    const retire = { author: PEOPLE.alice, message: 'Retire the helpful-ci App as governor' };
    w.github.commit(BUNDLES, { ...retire, parent: fork, files: { [POLICY_PATH]: current }, branch: 'main' });
    const copy = w.github.commit(BUNDLES, { ...retire, parent: fork, files: { [POLICY_PATH]: current } });
    const head = w.github.commit(BUNDLES, {
      author: PEOPLE.mallory,
      parent: copy,
      files: revisionFiles(assembly(), 1, null),
      branch: 'mallory/retire-too',
    });
    const number = w.github.openPullRequest(BUNDLES, {
      head: 'mallory/retire-too',
      base: 'main',
      author: PEOPLE.mallory,
    });
    approveByBothTeams(w, number, head);
    passChecks(w, head, OTHER_APP);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, number, 'rebase', 'max-maintainer', { notReplayed: [copy] });
    asMergeQueue(w);
    const lines: string[] = [];
    const refused = await runSeal({ ...w.ctx, log: (l) => lines.push(l) }, { pullRequest: number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RefusalError);
    // The walk was led back to the old policy (its governor App's check runs passed); the gate refused.
    expect(lines.some((l) => l.includes("found from the merge commit's parents"))).toBe(true);
    expect((refused as Error).message).toContain('the approval gate does not hold');
    expect((refused as Error).message).toContain(`is not a verified commit by ${PEOPLE.mallory}`);
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });

  it('seals an honest revision merged by the queue, finding the default branch before it from the commits', async () => {
    const w = world();
    const { number, mergeCommit } = mergedRevision1(w);
    asMergeQueue(w);
    const lines: string[] = [];
    const sealed = await runSeal({ ...w.ctx, log: (l) => lines.push(l) }, { pullRequest: number });
    expect(sealed.outputs.tag).toBe('cutover/payments/2026.11.3/r1');
    const ref = await w.github.getRef(BUNDLES, 'tags/cutover/payments/2026.11.3/r1');
    expect((await w.github.getTagObject(BUNDLES, ref?.sha ?? '')).object.sha).toBe(mergeCommit);
    expect(lines.some((l) => l.includes("found from the merge commit's parents"))).toBe(true);
  });
});
