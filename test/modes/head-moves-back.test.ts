/**
 * The head moves H -> H2 -> H while the gate or verify reads a pull request whose own comparison GitHub cuts at
 * 300 files, in-process over the Octokit adapter and real HTTP to the GitHub-compatible server. H hand-edits a
 * release directory past the cut; GitHub's pull request file list (which follows the CURRENT head) is served
 * at H2, which changes no release directory; the branch is back at H when the mode looks again. A check of "is
 * the head still H" passes, yet the list it trusted was H2's: the release directory must come from H's own
 * trees, never from a list that follows the branch.
 */
import { describe, expect, it } from 'vitest';
import { APPROVAL_CHECK, runGate } from '../../src/modes/gate.js';
import { changedFilesBetween } from '../../src/modes/trust.js';
import { runVerify } from '../../src/modes/verify.js';
import { assembleInProcess, inProcessWorlds, mainHead } from '../e2e/in-process.js';
import { as, checkConclusions } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, type World } from '../e2e/world.js';
import * as fake from './world.js';

const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;

const setUp = inProcessWorlds();

/**
 * The writer's revision 1, then mallory's hand commit H on its branch: 300 filler files sorting before bundles/
 * (they fill H's comparison, so the release directory is past its cut) and an edit of the release directory.
 * Approved at H by one member of each team. H2: a README edit on main, on another line (no release directory).
 */
async function handEditPastTheCut(extra: Record<string, string> = {}) {
  const { world, writer, governor } = await setUp();
  const genuine = await assembleInProcess(world, writer);
  const number = Number(genuine.outputs['pull-request-number']);
  const filler = Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [`aaa/${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
  );
  const hand = await world.server.admin.pushCommit({
    ...BUNDLES,
    branch: BRANCH,
    files: { ...filler, [`${DIR}/notes.txt`]: 'tweak\n', ...extra },
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
  return { world, governor, number, hand, other };
}

/**
 * Runs `mode` while mallory moves the branch: once `readyAt` (operations) has been served she force-pushes H2;
 * GitHub's file list, held back 1.5 s, is then served at H2; once it is, she pushes H back, while any later read
 * of the pull request is held back 1.5 s, so it finds H again.
 */
async function whileHeadMovesAndBack<T>(
  world: World,
  mode: () => Promise<T>,
  moves: { readyAt: string | string[]; hand: string; other: string; listReads?: number },
): Promise<T> {
  const { log, faults, admin } = world.server;
  const start = log.entries.length;
  const served = (operationId: string) =>
    log.entries.slice(start).filter((e) => e.operationId === operationId).length > 0;
  const until = async (operationId: string) => {
    for (let waited = 0; !served(operationId); waited += 10) {
      if (waited > 20_000) throw new Error(`the mode never read ${operationId}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  faults.latency({ path: 'pulls/list-files', ms: 1_500, times: 1 });
  const running = mode();
  running.catch(() => {});
  for (const operationId of [moves.readyAt].flat()) await until(operationId);
  await admin.setBranch(BUNDLES.owner, BUNDLES.repo, BRANCH, moves.other, PEOPLE.mallory, true);
  const movedAt = Date.now();
  faults.latency({ path: 'pulls/get', ms: 1_500, times: 1 });
  await until('pulls/list-files');
  await admin.setBranch(BUNDLES.owner, BUNDLES.repo, BRANCH, moves.hand, PEOPLE.mallory, true);
  const result = await running;
  // The list (one page) was served after the move to H2, which changes no release directory: it was H2's. (The
  // gate then finds the reviews the pushes dismissed, judges again and reads the list again: `listReads`.)
  const listed = log.entries.slice(start).filter((e) => e.operationId === 'pulls/list-files');
  expect(listed).toHaveLength(moves.listReads ?? 1);
  expect((listed[0]?.at ?? 0) + 1_500).toBeGreaterThan(movedAt);
  return result;
}

describe('the head moves H -> H2 -> H while the pull request file list is read (H cut at 300 files)', () => {
  it('the gate judges H’s hand-edited release directory, which the list served at H2 hides', async () => {
    const { world, governor, number, hand, other } = await handEditPastTheCut();
    const result = await whileHeadMovesAndBack(world, () => runGate(governor, number), {
      // The gate reads the reviews beside the pull request: the branch moves once it has both.
      readyAt: ['pulls/get', 'pulls/list-reviews'],
      hand,
      other,
      // Its judgement at H (the list served at H2: one page), then, the reviews having changed (the pushes
      // dismissed the approvals), its judgement at H again (the list at H: four pages of 100).
      listReads: 5,
    });
    expect(result.outputs.approved).toBe('false');
    const { data } = await as(world, PEOPLE.mallory).rest.checks.listForRef({ ...BUNDLES, ref: hand, filter: 'all' });
    const runs = data.check_runs.filter((r) => r.name === APPROVAL_CHECK).sort((a, b) => a.id - b.id);
    expect(runs.map((r) => r.conclusion)).toEqual(['failure', 'failure']);
    for (const run of runs)
      expect(run.output.summary).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  }, 60_000);

  it('verify judges H’s hand-edited release directory and calls out its governance files, which the list served at H2 hides', async () => {
    // A schema edit sorts after the filler too: past the cut of H's comparison.
    const { world, governor, number, hand, other } = await handEditPastTheCut({ 'schemas/zz.schema.json': '{}\n' });
    const { data: pull } = await as(world, PEOPLE.mallory).rest.pulls.get({ ...BUNDLES, pull_number: number });
    expect(pull.head.sha).toBe(hand);
    await whileHeadMovesAndBack(
      world,
      () => runVerify(governor, { headSha: hand, baseSha: pull.base.sha, pullRequest: number }),
      { readyAt: 'pulls/get', hand, other },
    );
    const conclusions = await checkConclusions(world, hand);
    expect(conclusions['cutover/lineage']).toBe('failure');
    const { data } = await as(world, PEOPLE.mallory).rest.checks.listForRef({ ...BUNDLES, ref: hand });
    const lineage = data.check_runs.find((r) => r.name === 'cutover/lineage');
    expect(lineage?.output.summary).toContain(DIR);
    expect(lineage?.output.summary).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
    for (const run of data.check_runs)
      expect(run.output.summary).toMatch(/This change edits governance files \(`?schemas\/zz\.schema\.json/);
  }, 60_000);
});

describe('a head’s files from its trees and its merge base’s, over the real server', () => {
  it('are the files GitHub’s pull request list names, however far the default branch moved on', async () => {
    const { world, governor, number, hand } = await handEditPastTheCut();
    const { github } = governor;
    // H2 here: mallory deletes a default-branch file and edits a workflow on the branch; then main moves on
    // (a README edit the pull request does not bring: not one of its files).
    const head = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: BRANCH,
      files: { '.github/workflows/extra.yml': 'on: push\n', [`${DIR}/notes.txt`]: null, 'aaa/000.txt': 'edited\n' },
      as: PEOPLE.mallory,
      message: 'more',
    });
    await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: 'main',
      files: { 'README.md': 'main moved on\n' },
      as: PEOPLE.max,
      message: 'readme',
    });
    const main = await mainHead(world);
    const comparison = await github.compare(BUNDLES, main, head);
    expect(comparison.filesCut).toBe(true);
    const git = world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git;
    expect(comparison.mergeBase).toBe(await git.text(['merge-base', main, head]));
    expect(comparison.mergeBase).not.toBe(main);
    const fromTrees = await changedFilesBetween(github, BUNDLES, comparison.mergeBase, head);
    expect(fromTrees).toEqual([...(await github.listPullRequestFiles(BUNDLES, number))].sort());
    expect(fromTrees).toContain('.github/workflows/extra.yml');
    expect(fromTrees).not.toContain('README.md');
    expect(fromTrees.length).toBeGreaterThan(300);
    // Against main's head instead, main's own README edit would count as the pull request's.
    expect(await changedFilesBetween(github, BUNDLES, main, head)).toContain('README.md');
    // The listing is git's own: every file with its blob sha.
    const listed = await github.listTreeFiles(BUNDLES, hand);
    const lsTree = (await git.text(['ls-tree', '-r', hand]))
      .split('\n')
      .map((line) => line.match(/^(\d+) (\w+) ([0-9a-f]{40})\t(.*)$/))
      .map((m) => ({ mode: m?.[1], type: m?.[2], sha: m?.[3], path: m?.[4] }));
    expect(listed).toEqual(lsTree);
  }, 60_000);

  it('are never judged from a truncated tree: the read fails, naming the commit', async () => {
    const { world, governor, hand } = await handEditPastTheCut();
    world.server.faults.mutateResponse({ path: 'git/get-tree' }, (body) => ({
      ...(body as Record<string, unknown>),
      truncated: true,
    }));
    await expect(governor.github.listTreeFiles(BUNDLES, hand)).rejects.toThrow(
      new RegExp(`reading the tree of ${hand}: GitHub truncated the listing`),
    );
  }, 60_000);
});

describe('the fake’s tree listing', () => {
  it('gives, from the merge base, the files its three-dot compare names', async () => {
    const w = fake.world();
    const pr = fake.openCutover(w, [fake.revisionFiles(fake.assembly(), 1, null)]);
    const head = w.github.commit(fake.BUNDLES, {
      parent: pr.head,
      branch: fake.BRANCH,
      files: { [fake.POLICY_PATH]: null, 'docs/a.md': 'a\n' },
      author: fake.PEOPLE.mallory,
    });
    w.github.commit(fake.BUNDLES, {
      parent: w.github.head(fake.BUNDLES, 'main'),
      branch: 'main',
      files: { 'README.md': 'main moved on\n' },
    });
    const comparison = await w.github.compare(fake.BUNDLES, w.github.head(fake.BUNDLES, 'main'), head);
    const fromTrees = await changedFilesBetween(w.github, fake.BUNDLES, comparison.mergeBase, head);
    expect(fromTrees).toEqual(comparison.files);
    expect(fromTrees).toEqual(expect.arrayContaining([fake.POLICY_PATH, 'docs/a.md', `${fake.DIR}/bundle.json`]));
    expect(fromTrees).not.toContain('README.md');
  });
});
