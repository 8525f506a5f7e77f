/**
 * The gate's use of GitHub's repository activity (who moved the head branch to the head), on the fake GitHub:
 * every recorded pusher of the head is excluded, an earlier push of the same commit included; no record of the
 * head excludes no one more than the commit's own names (retention: the fail-safe direction is the commit's
 * names, which only add); a record too long to read whole fails the gate closed. (The attack itself, over real
 * HTTP and git, is in gate-attacks.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { evaluateApprovalGate } from '../../src/modes/gate.js';
import { BUNDLES, PEOPLE, POLICY_PATH, type World, world } from './world.js';

/** A governance pull request whose head names `named` as author and committer, pushed by `pusher`. */
function pushedBy(w: World, pusher: string, named = 'someone-else') {
  const main = w.github.head(BUNDLES, 'main');
  const head = w.github.commit(BUNDLES, {
    parent: main,
    files: { [POLICY_PATH]: `${w.github.fileAt(BUNDLES, main, POLICY_PATH)}\n` },
    branch: 'tweak',
    author: named,
    committer: named,
    pusher,
  });
  const number = w.github.openPullRequest(BUNDLES, { head: 'tweak', base: 'main', author: PEOPLE.mallory });
  return { number, head, main };
}

function approve(w: World, number: number, head: string, ...logins: string[]): void {
  for (const login of logins) w.github.review(BUNDLES, number, { login, state: 'APPROVED', commitId: head });
}

describe('gate and the repository activity', () => {
  it('excludes every recorded pusher of the head, an earlier push of the same commit included', async () => {
    const w = world();
    // Carol pushes the head; bob moves the branch away and back to it (a force push back to carol's commit).
    const { number, head, main } = pushedBy(w, PEOPLE.carol);
    w.github.setRef(BUNDLES, 'heads/tweak', main, 'commit', PEOPLE.bob);
    w.github.setRef(BUNDLES, 'heads/tweak', head, 'commit', PEOPLE.bob);
    approve(w, number, head, PEOPLE.alice, PEOPLE.bob, PEOPLE.carol);
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.result.assignments.map((a) => a.login)).toEqual([PEOPLE.alice]);
    for (const login of [PEOPLE.bob, PEOPLE.carol])
      expect(gate.result.ignored.find((i) => i.login === login)?.reason).toMatch(/^the head commit may be their push/);
    expect(gate.satisfied).toBe(false);
  });

  it('with no record of the head (past GitHub’s retention), excludes only the accounts the commit names', async () => {
    const w = world();
    const { number, head } = pushedBy(w, PEOPLE.mallory, PEOPLE.carol);
    // The record of mallory's push is gone.
    w.github.forgetActivities(BUNDLES);
    approve(w, number, head, PEOPLE.alice, PEOPLE.bob, PEOPLE.carol);
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.result.assignments.map((a) => a.login).sort()).toEqual([PEOPLE.alice, PEOPLE.bob].sort());
    expect(gate.result.ignored.find((i) => i.login === PEOPLE.carol)?.reason).toMatch(
      /^the head commit may be their push/,
    );
    expect(gate.satisfied).toBe(true);
  });

  it('fails closed when the branch has more recorded updates than are read (1,000)', async () => {
    const w = world();
    const { number, head, main } = pushedBy(w, PEOPLE.mallory);
    for (let i = 0; i < 500; i++) {
      w.github.setRef(BUNDLES, 'heads/tweak', main, 'commit', 'busy-bot[bot]');
      w.github.setRef(BUNDLES, 'heads/tweak', head, 'commit', 'busy-bot[bot]');
    }
    approve(w, number, head, PEOPLE.alice, PEOPLE.bob);
    await expect(evaluateApprovalGate(w.ctx, number)).rejects.toThrow(
      /cannot tell who pushed .* more than 1000 updates of the branch/,
    );
  });
});
