/**
 * verify and gate runs racing on one head, in-process over the real Octokit adapter and real HTTP to the
 * GitHub-compatible server. Their writes are check runs, each posted completed in one request, so two runs post
 * two runs of each name and nothing else: GitHub's required checks and seal read the latest run per name.
 * - Two verify runs and two gate runs at once: every cutover/* name has one run per run, all passing, and the
 *   merge seals.
 * - A gate run that judged the approvals before a request for changes, and posts after the run that judged them
 *   after it: its success would be the latest cutover/approval at the head (a ruleset requiring the check would let
 *   the pull request merge). It reads the reviews again after posting, sees the request for changes and posts a
 *   failure, which is then the latest. Seal, which does not take check runs on trust, refuses all the same.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import type { ModeContext, ModeResult } from '../../src/modes/context.js';
import { runGate } from '../../src/modes/gate.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { mergePastRules } from '../e2e/attack-kit.js';
import { assembleInProcess, inProcessWorlds } from '../e2e/in-process.js';
import { approve, as, nextSecond } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, REQUIRED_CHECKS, type World } from '../e2e/world.js';

const exec = promisify(execFile);
const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;

const setUp = inProcessWorlds();

async function git(world: World, ...args: string[]): Promise<string> {
  const repo = world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo);
  return (await exec('git', ['--git-dir', repo, ...args])).stdout.trim();
}

/** The governor App's check runs at `sha`, by name, oldest first: [conclusion, ...]. */
async function runsByName(world: World, sha: string): Promise<Record<string, Array<string | null>>> {
  const { data } = await as(world, PEOPLE.max).rest.checks.listForRef({
    ...BUNDLES,
    ref: sha,
    filter: 'all',
    per_page: 100,
  });
  const out: Record<string, Array<string | null>> = {};
  for (const run of [...data.check_runs].sort((a, b) => a.id - b.id)) {
    if (run.app?.id !== world.governorAppId) continue;
    out[run.name] = [...(out[run.name] ?? []), run.conclusion];
  }
  return out;
}

async function assembled(world: World, writer: ModeContext, governor: ModeContext) {
  const result = await assembleInProcess(world, writer);
  const number = Number(result.outputs['pull-request-number']);
  const pull = await governor.github.getPullRequest(BUNDLES, number);
  return { number, head: pull.headSha, base: pull.baseSha };
}

describe('verify and gate runs racing on one head', () => {
  it('two of each at once: one passing run of every check per run, and the merge seals', async () => {
    const { world, writer, governor } = await setUp();
    const { number, head, base } = await assembled(world, writer, governor);
    const verifies: ModeResult[] = await Promise.all(
      [1, 2].map(() => runVerify(governor, { headSha: head, baseSha: base, pullRequest: number })),
    );
    for (const v of verifies) expect(v.outputs['failed-checks']).toBe('0');
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    const gates = await Promise.all([runGate(governor, number), runGate(governor, number)]);
    for (const g of gates) expect(g.outputs.approved).toBe('true');
    const runs = await runsByName(world, head);
    expect(Object.keys(runs).sort()).toEqual([...REQUIRED_CHECKS].sort());
    for (const name of REQUIRED_CHECKS) expect(runs[name], name).toEqual(['success', 'success']);
    await nextSecond();
    const merged = await as(world, PEOPLE.max).rest.pulls.merge({
      ...BUNDLES,
      pull_number: number,
      merge_method: 'merge',
    });
    expect((await runSeal(governor, { pullRequest: number })).outputs.tag).toBe(TAG);
    expect(await git(world, 'rev-parse', `refs/tags/${TAG}^{commit}`)).toBe(merged.data.sha);
  }, 180_000);

  it('a gate run that judged the approvals before a request for changes posts a failure last, and seal refuses', async () => {
    const { world, writer, governor } = await setUp();
    const { number, head, base } = await assembled(world, writer, governor);
    await runVerify(governor, { headSha: head, baseSha: base, pullRequest: number });
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    // Gate A has judged both approvals and is about to post; alice then requests changes and gate B runs.
    let late: ModeResult | undefined;
    world.server.faults.beforeWrite({ method: 'POST', path: 'checks/create' }, async () => {
      await nextSecond();
      await as(world, PEOPLE.alice).rest.pulls.createReview({
        ...BUNDLES,
        pull_number: number,
        commit_id: head,
        event: 'REQUEST_CHANGES',
        body: 'not this window',
      });
      late = await runGate(governor, number);
    });
    const first = await runGate(governor, number);
    if (!late) throw new Error('the second gate did not run');
    expect(late.outputs.approved).toBe('false');
    // B's failure, A's stale success, then A's judgement of the reviews it read again after posting.
    expect((await runsByName(world, head))['cutover/approval']).toEqual(['failure', 'success', 'failure']);
    expect(first.outputs.approved).toBe('false');

    // Merged (past GitHub's own review rules, which a request for changes by a code owner may block) and sealed:
    // seal judges the approvals itself and refuses.
    await mergePastRules(world, number);
    const refused = await runSeal(governor, { pullRequest: number }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(RefusalError);
    expect((refused as Error).message).toMatch(/cutover\/approval did not pass at the approved head/);
    expect(await git(world, 'tag', '--list', 'cutover/*')).toBe('');
  }, 180_000);
});
