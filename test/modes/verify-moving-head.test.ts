/**
 * verify while the pull request's head moves under it, on the fake (moves between reads exactly where wanted):
 * every check verify posts on the head it read must tell that head's story. The release directories already come
 * from the judged head's own comparison (test/modes/verify-attacks.test.ts); this covers the governance callout.
 */
import { describe, expect, it } from 'vitest';
import { runVerify } from '../../src/modes/verify.js';
import * as fake from './world.js';

/** A writer pull request, then H: mallory's commit on the writer's branch loosening the policy (a governance file). */
function policyEdit() {
  const w = fake.world();
  const pr = fake.openCutover(w, [fake.revisionFiles(fake.assembly(), 1, null)]);
  const main = w.github.head(fake.BUNDLES, 'main');
  const hand = w.github.commit(fake.BUNDLES, {
    parent: pr.head,
    branch: fake.BRANCH,
    files: { [fake.POLICY_PATH]: `${w.github.fileAt(fake.BUNDLES, main, fake.POLICY_PATH)}\n# loosened\n` },
    author: fake.PEOPLE.mallory,
  });
  return { w, pr, main, hand };
}

describe('verify on the fake: the head moves between reading the pull request and listing its files', () => {
  it('calls out the governance files the judged head changes, though the moved file list names none', async () => {
    const { w, pr, main, hand } = policyEdit();
    const pull = await w.github.getPullRequest(fake.BUNDLES, pr.number);
    expect(pull.headSha).toBe(hand);
    // Before verify lists the files, the branch moves to main (H2: nothing changed); H comes back afterwards.
    w.github.setRef(fake.BUNDLES, `heads/${fake.BRANCH}`, main, 'commit', fake.PEOPLE.mallory);
    expect(await w.github.listPullRequestFiles(fake.BUNDLES, pr.number)).toEqual([]);
    await runVerify(w.ctx, { headSha: hand, baseSha: pull.baseSha, pullRequest: pr.number, pull });
    const runs = w.github.checkRunsOn(fake.BUNDLES, hand);
    expect(runs).toHaveLength(6);
    for (const run of runs)
      expect(run.input.summary).toMatch(/This change edits governance files \(`?\.cutover\/policy\.yaml/);
  });

  it('control: at rest, the same head is called out', async () => {
    const { w, pr, hand } = policyEdit();
    const pull = await w.github.getPullRequest(fake.BUNDLES, pr.number);
    await runVerify(w.ctx, { headSha: hand, baseSha: pull.baseSha, pullRequest: pr.number, pull });
    const runs = w.github.checkRunsOn(fake.BUNDLES, hand);
    expect(runs).toHaveLength(6);
    for (const run of runs)
      expect(run.input.summary).toMatch(/This change edits governance files \(`?\.cutover\/policy\.yaml/);
  });
});
