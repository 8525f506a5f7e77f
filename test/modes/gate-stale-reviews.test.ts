/**
 * A gate run whose reviews change after it judged them, in-process over the real Octokit adapter and real HTTP to
 * the GitHub-compatible server:
 * - A run that judged a request for changes posts its failure after the run that judged the approval which
 *   followed it (made, and the second run run, by a before-write hook just before the first run posts): it reads the reviews again after posting, judges again and posts the success last.
 * - Reviews that change on every read (a response hook adds one more comment each time): the run judges and
 *   posts MAX_GATE_ROUNDS times, then posts a failure that says the reviews kept changing, and stops.
 * (The other direction, a stale success over a request for changes, is in concurrent-checks.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { ModeContext, ModeResult } from '../../src/modes/context.js';
import { APPROVAL_CHECK, MAX_GATE_ROUNDS, runGate } from '../../src/modes/gate.js';
import { runVerify } from '../../src/modes/verify.js';
import { assembleInProcess, inProcessWorlds } from '../e2e/in-process.js';
import { approve, as, nextSecond } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, type World } from '../e2e/world.js';

const setUp = inProcessWorlds();

/** The governor App's cutover/approval runs at `sha`, oldest first. */
async function approvalRuns(world: World, sha: string) {
  const { data } = await as(world, PEOPLE.max).rest.checks.listForRef({
    ...BUNDLES,
    ref: sha,
    check_name: APPROVAL_CHECK,
    filter: 'all',
    per_page: 100,
  });
  return data.check_runs
    .filter((r) => r.app?.id === world.governorAppId)
    .sort((a, b) => a.id - b.id)
    .map((r) => ({ conclusion: r.conclusion, title: r.output.title, summary: r.output.summary }));
}

/** An assembled, verified pull request: its number and head. */
async function verified(world: World, writer: ModeContext, governor: ModeContext) {
  const result = await assembleInProcess(world, writer);
  const number = Number(result.outputs['pull-request-number']);
  const pull = await governor.github.getPullRequest(BUNDLES, number);
  await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
  return { number, head: pull.headSha };
}

function review(world: World, login: string, number: number, event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT') {
  return as(world, login).rest.pulls.createReview({ ...BUNDLES, pull_number: number, event, body: `${event} now` });
}

describe('a gate run whose reviews change after it judged them', () => {
  it('a stale failure posted after the success of the approvals that followed it is followed by a success', async () => {
    const { world, writer, governor } = await setUp();
    const { number, head } = await verified(world, writer, governor);
    await approve(world, PEOPLE.bob, number);
    await review(world, PEOPLE.alice, number, 'REQUEST_CHANGES');
    // Gate A has judged alice's request for changes and is about to post; alice then approves and gate B runs.
    let late: ModeResult | undefined;
    world.server.faults.beforeWrite({ method: 'POST', path: 'checks/create' }, async () => {
      await nextSecond();
      await approve(world, PEOPLE.alice, number);
      late = await runGate(governor, number);
    });
    const first = await runGate(governor, number);
    if (!late) throw new Error('the second gate did not run');
    expect(late.outputs.approved).toBe('true');
    // B's success, A's stale failure, then A's judgement of the reviews it read again after posting.
    expect((await approvalRuns(world, head)).map((r) => r.conclusion)).toEqual(['success', 'failure', 'success']);
    expect(first.outputs.approved).toBe('true');
  }, 180_000);

  it('reviews that change after every judgement end the run with a failure that says so', async () => {
    const { world, writer, governor, lines } = await setUp();
    const { number, head } = await verified(world, writer, governor);
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    // Every read of the reviews (up to 100) shows one more of carol's comments than the read before: the reviews
    // read after each post are never the judged ones.
    await review(world, PEOPLE.carol, number, 'COMMENT');
    let reads = 0;
    world.server.faults.mutateResponse(
      { method: 'GET', path: 'pulls/list-reviews' },
      (body) => {
        reads++;
        const listed = body as Array<{ id: number; user: { login: string } | null }>;
        const comment = listed.find((r) => r.user?.login === PEOPLE.carol);
        if (!comment) throw new Error('carol has not commented');
        return [...listed, ...Array.from({ length: reads }, (_, i) => ({ ...comment, id: comment.id + 1_000 + i }))];
      },
      100,
    );
    const result = await runGate(governor, number);
    expect(result.outputs.approved).toBe('false');
    // Each judgement holds (a comment changes no verdict), yet the run ends with the failure, after
    // MAX_GATE_ROUNDS judgements and their MAX_GATE_ROUNDS re-reads, and no more.
    expect(reads).toBe(2 * MAX_GATE_ROUNDS);
    const runs = await approvalRuns(world, head);
    expect(runs.map((r) => r.conclusion)).toEqual([...Array(MAX_GATE_ROUNDS).fill('success'), 'failure']);
    expect(runs.at(-1)?.title).toMatch(
      new RegExp(`^Reviews kept changing: the reviews of pull request #${number} changed after each of 3 judgements`),
    );
    expect(runs.at(-1)?.summary).toMatch(/new review \d+ by @&#8203;carol-both: COMMENTED/);
    expect(lines.filter((l) => l.includes('the reviews changed after they were judged'))).toHaveLength(3);
  }, 180_000);
});
