/**
 * Attacks on seal and reconcile by a write-access adversary, on the fake GitHub. Each test states the attack
 * and what must refuse it. (The attacks already in test/e2e/attacks.test.ts and test/modes/seal.test.ts are
 * not repeated here.)
 */
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { runSeal } from '../../src/modes/seal.js';
import {
  approveByBothTeams,
  assembly,
  BRANCH,
  BUNDLES,
  GOVERNOR_APP,
  mergedRevision1,
  OTHER_APP,
  openCutover,
  PEOPLE,
  POLICY_PATH,
  passChecks,
  policy,
  revisionFiles,
  type World,
  world,
} from './world.js';

async function refusal(w: World, pullRequest: number): Promise<string> {
  try {
    await runSeal(w.ctx, { pullRequest });
  } catch (error) {
    expect(error).toBeInstanceOf(RefusalError);
    return (error as Error).message;
  }
  throw new Error('seal did not refuse');
}

/**
 * Mallory's pull request: one commit she makes in the web editor (GitHub signs it: verified, author mallory,
 * committer web-flow) that writes a release directory by hand AND rewrites the policy so that she is the
 * bundle writer and her own App the governor. Her App posts every cutover check as a success; the governor
 * never passed them (its lineage check names her commit). Both teams approve (or not: the policy is the point).
 * Returns the pull request, approved, checked by her App, unmerged.
 */
function policyRewritingPullRequest(w: World, commits: 1 | 2 = 1, branch = 'mallory/fast-track') {
  const forged = `${JSON.stringify(policy({ bundleWriter: PEOPLE.mallory, governorAppId: OTHER_APP.appId }), null, 2)}\n`;
  const web = { author: PEOPLE.mallory, committer: 'web-flow', verification: { verified: true, reason: 'valid' } };
  const release = revisionFiles(assembly(), 1, null);
  let head = w.github.head(BUNDLES, 'main');
  if (commits === 1)
    head = w.github.commit(BUNDLES, {
      ...web,
      parent: head,
      files: { ...release, [POLICY_PATH]: forged },
      branch,
    });
  else {
    // The policy first, the release directory in a second commit: a rebase merge replays both.
    head = w.github.commit(BUNDLES, { ...web, parent: head, files: { [POLICY_PATH]: forged }, message: 'policy' });
    head = w.github.commit(BUNDLES, { ...web, parent: head, files: release, branch });
  }
  const number = w.github.openPullRequest(BUNDLES, { head: branch, base: 'main', author: PEOPLE.mallory });
  approveByBothTeams(w, number, head);
  passChecks(w, head, OTHER_APP);
  w.github.advance(60_000);
  return { number, head };
}

describe('seal judges a merge by the policy as it stood before the merge, never by the one the merge brings', () => {
  for (const method of ['merge', 'squash'] as const) {
    it(`refuses a pull request that rewrote governorAppId and bundleWriter, merged (${method}) past the rules`, async () => {
      const w = world();
      const pr = policyRewritingPullRequest(w);
      // An admin merges past the rules: the governor's pinned checks never passed.
      w.github.merge(BUNDLES, pr.number, method);
      const message = await refusal(w, pr.number);
      expect(message).toContain(`only check runs of the governor App ${GOVERNOR_APP.appId} count`);
      expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
    });
  }

  it('refuses the same pull request in two commits (policy first) merged by rebase', async () => {
    const w = world();
    const pr = policyRewritingPullRequest(w, 2);
    const tip = w.github.merge(BUNDLES, pr.number, 'rebase');
    // The rebased tip's first parent is the replayed policy commit, not the default branch before the merge.
    const parent = (await w.github.getCommit(BUNDLES, tip)).parents[0] ?? '';
    expect((await w.github.readFiles(BUNDLES, parent, [POLICY_PATH]))[POLICY_PATH]).toContain(`${OTHER_APP.appId}`);
    const message = await refusal(w, pr.number);
    expect(message).toContain(`only check runs of the governor App ${GOVERNOR_APP.appId} count`);
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });

  it('reconcile, finding it by the release branch, does not seal it later either', async () => {
    const w = world();
    const pr = policyRewritingPullRequest(w, 1, BRANCH);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const result = await runReconcile(w.ctx, {});
    expect(result.outputs).toEqual({ sealed: '', unsealed: '1', 'handed-off': '' });
    expect(result.summary).toContain(`only check runs of the governor App ${GOVERNOR_APP.appId} count`);
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });
});

describe('seal takes the default branch before the merge from GitHub’s record of the merge, not from the commits', () => {
  it('refuses a rebase whose commits repeat the policy change before it, which the walk would pass back over', async () => {
    // Main: an old policy under which mallory's App was the governor and mallory the writer (say, before its key
    // leaked), then alice's commit retiring it. Mallory's branch forks before alice's commit and carries a copy of
    // it (same change, message and author: e-mails prove nothing) under a hand-written release directory.
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
    const release = revisionFiles(assembly(), 1, null);
    const head = w.github.commit(BUNDLES, {
      author: PEOPLE.mallory,
      parent: copy,
      files: release,
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
    // The rebase does not replay the copy (main holds its change): the tip's first parent is alice's commit, which
    // repeats the copy's message and author, so the walk would pass it and read the old policy before it.
    const tip = w.github.merge(BUNDLES, number, 'rebase', 'max-maintainer', { notReplayed: [copy] });
    const parent = (await w.github.getCommit(BUNDLES, tip)).parents[0] ?? '';
    expect((await w.github.getCommit(BUNDLES, parent)).message).toBe(retire.message);
    const merges = w.github.activitiesOf(BUNDLES).filter((a) => a.activityType === 'pr_merge');
    expect(merges.map((a) => [a.before, a.after])).toEqual([[parent, tip]]);
    const message = await refusal(w, number);
    expect(message).toContain(`only check runs of the governor App ${GOVERNOR_APP.appId} count`);
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });
});

describe('seal re-judges a rebased revision chain from the default branch before the merge', () => {
  it('refuses revision 8 superseding a revision 7 written earlier on the pull request that superseded nothing', async () => {
    const w = world();
    const first = mergedRevision1(w);
    await runSeal(w.ctx, { pullRequest: first.number });
    // Two writer commits: r7 superseding nothing (no valid link: r1 is sealed), then r8 superseding r7. Suppose
    // the governor's checks passed at the head (check runs prove who posted them, not that they are true now).
    const r7 = assembly(2);
    const pr = openCutover(w, [
      revisionFiles(r7, 7, null),
      revisionFiles(assembly(3), 8, { revision: 7, bundleDigest: r7.digest }),
    ]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.advance(60_000);
    // A rebase replays r7 onto main: the tip's first parent holds r7, which must not become the chain's anchor.
    w.github.merge(BUNDLES, pr.number, 'rebase');
    const message = await refusal(w, pr.number);
    expect(message).toContain('cutover/binding fail on the approved files');
    expect(message).toContain('revision 8 of payments 2026.11.3 supersedes revision 7');
    expect((await w.github.listRefs(BUNDLES, 'tags/')).map((r) => r.ref)).toEqual([
      'refs/tags/cutover/payments/2026.11.3/r1',
    ]);
  });
});

describe('reconcile seals only what a merged pull request brought to the default branch', () => {
  it('never seals through a pull request closed without merge, even when main holds the same files', async () => {
    const w = world();
    const a = assembly();
    const files = revisionFiles(a, 1, null);
    // Approved and checked by the governor, then closed unmerged; the same files reach main by another way.
    const pr = openCutover(w, [files]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.close(BUNDLES, pr.number);
    w.github.commit(BUNDLES, { parent: w.github.head(BUNDLES, 'main'), files, branch: 'main', author: PEOPLE.mallory });
    await expect(runSeal(w.ctx, { pullRequest: pr.number })).rejects.toThrow(
      `pull request #${pr.number} is not merged`,
    );
    const result = await runReconcile(w.ctx, {});
    expect(result.outputs).toEqual({ sealed: '', unsealed: '1', 'handed-off': '' });
    expect(result.summary).toContain('merged on main but no merged cutover pull request carries it');
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });
});
