import { describe, expect, it } from 'vitest';
import { APPROVAL_CHECK, evaluateApprovalGate, runGate } from '../../src/modes/gate.js';
import { assembleInProcess, inProcessWorlds, mainHead } from '../e2e/in-process.js';
import { as } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, type World } from '../e2e/world.js';
import * as fake from './world.js';

describe('gate on the fake: the head moves between reading the pull request and listing its files', () => {
  /** A writer pull request, then mallory's hand edit of its release directory (H), approved by both teams. */
  function handEdited() {
    const w = fake.world();
    const pr = fake.openCutover(w, [fake.revisionFiles(fake.assembly(), 1, null)]);
    const hand = w.github.commit(fake.BUNDLES, {
      parent: pr.head,
      branch: fake.BRANCH,
      files: { [`${fake.DIR}/notes.txt`]: 'tweak\n' },
      author: fake.PEOPLE.mallory,
    });
    fake.approveByBothTeams(w, pr.number, hand);
    return { w, number: pr.number, hand };
  }

  it('control: at rest, the hand edit blocks the gate whatever the reviews', async () => {
    const { w, number, hand } = handEdited();
    const gate = await evaluateApprovalGate(w.ctx, number);
    expect(gate.pull.headSha).toBe(hand);
    expect(gate.satisfied).toBe(false);
    expect(gate.problems.join('\n')).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  });

  it('judges the files of the head it posts on, not the file list of the head the branch moved to', async () => {
    const { w, number, hand } = handEdited();
    // The gate reads the pull request at H ...
    const pull = await w.github.getPullRequest(fake.BUNDLES, number);
    expect(pull.headSha).toBe(hand);
    // ... and before it lists the files mallory resets the branch to main (H2: no file changed, no release
    // directory); she pushes H back once the gate has posted on it.
    w.github.setRef(fake.BUNDLES, `heads/${fake.BRANCH}`, w.github.head(fake.BUNDLES, 'main'), 'commit', 'mallory');
    expect(await w.github.listPullRequestFiles(fake.BUNDLES, number)).toEqual([]);
    await runGate(w.ctx, number, undefined, pull);
    const [run] = w.github.checkRunsOn(fake.BUNDLES, hand);
    expect(run).toMatchObject({ name: APPROVAL_CHECK, conclusion: 'failure' });
    expect(run?.input.summary).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  });
});

const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;

const setUp = inProcessWorlds();

/**
 * The writer's revision 1, then mallory's hand commit H on its branch (`extra` files first, then a release-directory
 * edit), approved at H by one member of each team. Then `runGate` as the action runs it (it reads the pull request
 * itself); GitHub's file list answers late (1.5 s of latency) and, once the gate has read the pull request and the
 * reviews, the branch moves to H2 on another line (a README edit, no release directory), as mallory's force push
 * would: the list the gate gets is H2's. (The push dismisses the approvals, but the gate has read them already.)
 */
async function gateWhileHeadMoves(extra: Record<string, string>) {
  const { world, writer, governor } = await setUp();
  const genuine = await assembleInProcess(world, writer);
  const number = Number(genuine.outputs['pull-request-number']);
  const hand = await world.server.admin.pushCommit({
    ...BUNDLES,
    branch: BRANCH,
    files: { ...extra, [`${DIR}/notes.txt`]: 'tweak\n' },
    as: PEOPLE.mallory,
    message: 'notes',
  });
  for (const login of [PEOPLE.alice, PEOPLE.bob])
    await as(world, login).rest.pulls.createReview({
      ...BUNDLES,
      pull_number: number,
      event: 'APPROVE',
      commit_id: hand,
    });
  const other = await world.server.admin.pushCommit({
    ...BUNDLES,
    branch: 'mallory/elsewhere',
    parent: await mainHead(world),
    files: { 'README.md': 'moved\n' },
    as: PEOPLE.mallory,
    message: 'elsewhere',
  });
  const { log, faults } = world.server;
  const start = log.entries.length;
  const ofGate = (operationId: string) => log.entries.slice(start).filter((e) => e.operationId === operationId);
  // The gate reads the reviews beside the pull request: the branch moves once it has both.
  const reviewsRead = () => Math.min(ofGate('pulls/get').length, ofGate('pulls/list-reviews').length);
  faults.latency({ path: 'pulls/list-files', ms: 1_500, times: 1 });
  const gate = runGate(governor, number);
  for (let waited = 0; reviewsRead() === 0; waited += 10) {
    if (waited > 10_000) throw new Error('the gate never read the reviews');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await world.server.admin.setBranch(BUNDLES.owner, BUNDLES.repo, BRANCH, other, PEOPLE.mallory, true);
  const movedAt = Date.now();
  const result = await gate;
  // The gate's list of files was served after the move (its first page arrived before and waited 1.5 s): the list
  // of H2, which names no release directory.
  const [listed] = ofGate('pulls/list-files');
  expect(listed && listed.at + 1_500).toBeGreaterThan(movedAt);
  return { world, result, hand, other };
}

async function approvalRuns(world: World, sha: string) {
  const { data } = await as(world, PEOPLE.mallory).rest.checks.listForRef({ ...BUNDLES, ref: sha });
  return data.check_runs.filter((r) => r.name === APPROVAL_CHECK);
}

describe('gate on the GitHub-compatible server: the head moves while the gate reads it', () => {
  it('judges the hand commit of the head it read, which the moved file list no longer names', async () => {
    const { world, result, hand } = await gateWhileHeadMoves({});
    expect(result.outputs.approved).toBe('false');
    const runs = await approvalRuns(world, hand);
    expect(runs.map((r) => r.conclusion)).toEqual(['failure']);
    expect(runs[0]?.output.summary).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  }, 60_000);

  it('judges the hand commit when the head’s own comparison is cut at 300 files and the head moved', async () => {
    // 300 files sorting before bundles/ push the release directory out of H's comparison, and GitHub's pull
    // request list now lists H2: H's files come from its own tree (test/modes/head-moves-back.test.ts: the head
    // may even be back at H by the time the gate looks again).
    const filler = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`aaa/${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
    );
    const { world, result, hand } = await gateWhileHeadMoves(filler);
    expect(result.outputs.approved).toBe('false');
    const runs = await approvalRuns(world, hand);
    expect(runs.map((r) => r.conclusion)).toEqual(['failure']);
    expect(runs[0]?.output.summary).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  }, 60_000);
});
