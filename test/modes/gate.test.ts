/**
 * The approval gate on the fake GitHub: who counts at the head, who never does, and what blocks the gate
 * whatever the reviews say (a foreign commit, a base other than the default branch).
 */
import { describe, expect, it } from 'vitest';
import { APPROVAL_CHECK, evaluateApprovalGate, runGate } from '../../src/modes/gate.js';
import {
  approveByBothTeams,
  assembly,
  BRANCH,
  BUNDLES,
  DIR,
  GOVERNOR_APP,
  openCutover,
  PEOPLE,
  POLICY_PATH,
  passChecks,
  revisionFiles,
  TEAMS,
  type World,
  WRITER,
  world,
} from './world.js';

function cutover() {
  const w = world();
  const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
  return { w, ...pr };
}

const reasonsOf = (gate: Awaited<ReturnType<typeof evaluateApprovalGate>>, login: string) =>
  gate.result.ignored.filter((i) => i.login === login).map((i) => i.reason);

/** A pull request that changes a governance file only (no release directory), with its head pushed by `author`. */
function governancePull(w: World, author: string, committer = author) {
  const head = w.github.commit(BUNDLES, {
    parent: w.github.head(BUNDLES, 'main'),
    files: { [POLICY_PATH]: `${w.github.fileAt(BUNDLES, w.github.head(BUNDLES, 'main'), POLICY_PATH)}\n` },
    branch: 'policy-tweak',
    author,
    committer,
  });
  const number = w.github.openPullRequest(BUNDLES, { head: 'policy-tweak', base: 'main', author: PEOPLE.mallory });
  return { number, head };
}

describe('gate', () => {
  it('passes when both teams approved the head, and posts cutover/approval there as the governor App', async () => {
    const { w, number, head } = cutover();
    approveByBothTeams(w, number, head);
    const result = await runGate(w.ctx, number);
    expect(result.outputs.approved).toBe('true');
    const [run] = w.github.checkRunsOn(BUNDLES, head);
    expect(run).toMatchObject({ name: APPROVAL_CHECK, conclusion: 'success', appId: GOVERNOR_APP.appId });
    expect(run?.input.summary).toContain(`| @${TEAMS.releng} | @${PEOPLE.alice} |`);
    expect(run?.input.summary).toContain(`| @${TEAMS.ops} | @${PEOPLE.bob} |`);
  });

  it('does not count an approval of an earlier head (stale)', async () => {
    const { w, number, head } = cutover();
    w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'APPROVED', commitId: head });
    const r1 = assembly();
    const newHead = w.github.writerCommit(BUNDLES, WRITER, {
      parent: head,
      files: revisionFiles(assembly(2), 2, { revision: 1, bundleDigest: r1.digest }),
      branch: BRANCH,
    });
    w.github.review(BUNDLES, number, { login: PEOPLE.bob, state: 'APPROVED', commitId: newHead });
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.missingTeams).toEqual([TEAMS.releng]);
    expect(reasonsOf(gate, PEOPLE.alice)).toEqual([
      `approved ${head.slice(0, 12)}, not the current head ${newHead.slice(0, 12)} (stale)`,
    ]);
    const result = await runGate(w.ctx, number);
    expect(result.outputs.approved).toBe('false');
    expect(w.github.checkRunsOn(BUNDLES, newHead)[0]?.input.title).toBe(`Missing approval from ${TEAMS.releng}`);
  });

  it('does not count the pull request’s author', async () => {
    const w = world();
    let parent = w.github.head(BUNDLES, 'main');
    parent = w.github.writerCommit(BUNDLES, WRITER, {
      parent,
      files: revisionFiles(assembly(), 1, null),
      branch: BRANCH,
    });
    const number = w.github.openPullRequest(BUNDLES, { head: BRANCH, base: 'main', author: PEOPLE.alice });
    approveByBothTeams(w, number, parent);
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.satisfied).toBe(false);
    expect(reasonsOf(gate, PEOPLE.alice)).toEqual(['the pull request author cannot approve it']);
    w.github.review(BUNDLES, number, { login: PEOPLE.carol, state: 'APPROVED', commitId: parent });
    const again = await evaluateApprovalGate(w.ctx, number);
    expect(again.satisfied).toBe(true);
    expect(again.result.assignments.map((a) => [a.team, a.login])).toEqual([
      [TEAMS.releng, PEOPLE.carol],
      [TEAMS.ops, PEOPLE.bob],
    ]);
  });

  it('does not count bots, even team members', async () => {
    const { w, number, head } = cutover();
    w.github.addTeamMember(TEAMS.releng, 'release-helper[bot]');
    w.github.addTeamMember(TEAMS.releng, 'sneaky[bot]');
    w.github.review(BUNDLES, number, { login: 'release-helper[bot]', state: 'APPROVED', commitId: head });
    // A bot's login with the user type not saying so is still a bot by its name.
    w.github.review(BUNDLES, number, { login: 'sneaky[bot]', state: 'APPROVED', commitId: head, isBot: false });
    w.github.review(BUNDLES, number, { login: PEOPLE.bob, state: 'APPROVED', commitId: head });
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.result.missingTeams).toEqual([TEAMS.releng]);
    expect(reasonsOf(gate, 'sneaky[bot]')).toEqual(['bots never count as approvers']);
  });

  it('does not count the head commit’s author or committer (a possible last pusher)', async () => {
    const w = world();
    const { number, head } = governancePull(w, PEOPLE.alice, PEOPLE.bob);
    approveByBothTeams(w, number, head);
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.satisfied).toBe(false);
    expect(gate.problems).toEqual([]);
    for (const login of [PEOPLE.alice, PEOPLE.bob])
      expect(reasonsOf(gate, login)[0]).toMatch(/^the head commit may be their push/);
    // GitHub's own committer (web-flow) names nobody: the author alone is excluded.
    const w2 = world();
    const other = governancePull(w2, PEOPLE.alice, 'web-flow');
    approveByBothTeams(w2, other.number, other.head);
    w2.github.review(BUNDLES, other.number, { login: PEOPLE.carol, state: 'APPROVED', commitId: other.head });
    expect((await evaluateApprovalGate(w2.ctx, other.number)).satisfied).toBe(true);
  });

  it('counts one person in both teams for one team only', async () => {
    const { w, number, head } = cutover();
    w.github.review(BUNDLES, number, { login: PEOPLE.carol, state: 'APPROVED', commitId: head });
    const alone = await evaluateApprovalGate(w.ctx, number);
    expect(alone.satisfied).toBe(false);
    expect(alone.result.assignments).toHaveLength(1);
    expect(alone.result.missingTeams).toHaveLength(1);
    // With alice (release engineering only), carol is needed for operations and the gate holds.
    w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'APPROVED', commitId: head });
    const both = await evaluateApprovalGate(w.ctx, number);
    expect(both.satisfied).toBe(true);
    expect(both.result.assignments.map((a) => [a.team, a.login])).toEqual([
      [TEAMS.releng, PEOPLE.alice],
      [TEAMS.ops, PEOPLE.carol],
    ]);
  });

  it('does not count a pending team member, a member of neither team, or an approval changed to a request for changes', async () => {
    const { w, number, head } = cutover();
    w.github.addTeamMember(TEAMS.ops, 'pat', 'pending');
    w.github.review(BUNDLES, number, { login: 'pat', state: 'APPROVED', commitId: head });
    w.github.review(BUNDLES, number, { login: PEOPLE.mallory, state: 'APPROVED', commitId: head });
    w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'APPROVED', commitId: head });
    w.github.advance(1000);
    w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'CHANGES_REQUESTED', commitId: head });
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.result.assignments).toEqual([]);
    expect(reasonsOf(gate, 'pat')).toEqual(['not a member of any required team']);
    expect(reasonsOf(gate, PEOPLE.mallory)).toEqual(['not a member of any required team']);
    expect(reasonsOf(gate, PEOPLE.alice)).toEqual(['changes requested']);
  });

  it('judges a merged pull request as it stood at the merge: later reviews do not count', async () => {
    const { w, number, head } = cutover();
    w.github.review(BUNDLES, number, { login: PEOPLE.alice, state: 'APPROVED', commitId: head });
    passChecks(w, head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, number, 'squash');
    w.github.advance(60_000);
    w.github.review(BUNDLES, number, { login: PEOPLE.bob, state: 'APPROVED', commitId: head });
    const pull = await w.github.getPullRequest(BUNDLES, number);
    const gate = await evaluateApprovalGate(w.ctx, number, { atHead: head, pull });
    expect(gate.satisfied).toBe(false);
    expect(gate.problems).toEqual([]);
    expect(reasonsOf(gate, PEOPLE.bob)[0]).toContain(`after the merge at ${pull.mergedAt}`);
  });

  it('keeps an approval given before the merge when the reviewer requests changes after it', async () => {
    const { w, number, head } = cutover();
    approveByBothTeams(w, number, head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, number, 'merge');
    w.github.advance(60_000);
    w.github.review(BUNDLES, number, { login: PEOPLE.bob, state: 'CHANGES_REQUESTED', commitId: head });
    const pull = await w.github.getPullRequest(BUNDLES, number);
    expect((await evaluateApprovalGate(w.ctx, number, { atHead: head, pull })).satisfied).toBe(true);
  });

  it('is blocked by a commit that is not a verified writer commit, whatever the reviews', async () => {
    const { w, number, head } = cutover();
    const hand = w.github.commit(BUNDLES, {
      parent: head,
      files: { [`${DIR}/holds.json`]: '{"holds":[]}\n' },
      branch: BRANCH,
      author: PEOPLE.mallory,
    });
    approveByBothTeams(w, number, hand);
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.result.satisfied).toBe(true);
    expect(gate.satisfied).toBe(false);
    expect(gate.problems).toHaveLength(1);
    expect(gate.problems[0]).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by ${WRITER}`);
    await runGate(w.ctx, number);
    const run = w.github.checkRunsOn(BUNDLES, hand)[0];
    expect(run?.conclusion).toBe('failure');
    expect(run?.input.title).toMatch(/^Cannot be approved: commit /);
  });

  it('is blocked while the pull request targets another branch than the default one', async () => {
    const w = world();
    w.github.setRef(BUNDLES, 'heads/staging', w.github.head(BUNDLES, 'main'));
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)], { base: 'staging' });
    approveByBothTeams(w, pr.number, pr.head);
    const gate = await evaluateApprovalGate(w.ctx, pr.number);
    expect(gate.result.satisfied).toBe(true);
    expect(gate.satisfied).toBe(false);
    expect(gate.problems).toEqual([
      `pull request #${pr.number} targets staging, which is not the default branch main: Cutover governs only what merges into the default branch`,
    ]);
  });

  it('posts on a merge-group head when asked, judging the pull request’s own head', async () => {
    const { w, number, head } = cutover();
    approveByBothTeams(w, number, head);
    const queued = w.github.commit(BUNDLES, { parent: head, files: {}, branch: 'gh-readonly-queue/main/pr-1' });
    await runGate(w.ctx, number, queued);
    expect(w.github.checkRunsOn(BUNDLES, queued).map((r) => r.conclusion)).toEqual(['success']);
    expect(w.github.checkRunsOn(BUNDLES, head)).toEqual([]);
  });
});
