/**
 * seal's decisions on the fake GitHub: what it tags (an annotated tag named from the directory, on the merge
 * commit, with the approval record), when a re-run is idempotent, and every refusal: checks by another App,
 * a base or merge commit off the default branch, merged content that is not the approved head's, an ended
 * window, a tag already there that is not this seal, a gate that did not hold, a broken revision chain.
 */
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import { runSeal } from '../../src/modes/seal.js';
import { sealRecordIn } from '../helpers/seal-record.js';
import {
  approveByBothTeams,
  assembly,
  BRANCH,
  BUNDLES,
  DIR,
  GOVERNOR_APP,
  mergedRevision1,
  OTHER_APP,
  openCutover,
  PEOPLE,
  PRODUCT,
  passChecks,
  requiredChecks,
  revisionFiles,
  TEAMS,
  type World,
  WRITER,
  world,
} from './world.js';

const TAG = 'cutover/payments/2026.11.3/r1';
const QUEUE = { owner: 'acme', repo: 'deploy-queue' };

async function refusal(w: World, pullRequest: number): Promise<string> {
  try {
    await runSeal(w.ctx, { pullRequest });
  } catch (error) {
    expect(error).toBeInstanceOf(RefusalError);
    return (error as Error).message;
  }
  throw new Error('seal did not refuse');
}

/** An approved, checked pull request of revision 1, ready to merge. */
function ready(w: World, options: { base?: string } = {}) {
  const a = assembly();
  const pr = openCutover(w, [revisionFiles(a, 1, null)], options);
  approveByBothTeams(w, pr.number, pr.head);
  passChecks(w, pr.head);
  w.github.advance(60_000);
  return { ...pr, assembly: a };
}

describe('seal', () => {
  it('creates the annotated tag named from the directory on the merge commit, with the approval record, and hands it off', async () => {
    const w = world();
    const { number, head, mergeCommit, assembly: a } = mergedRevision1(w);
    const result = await runSeal(w.ctx, { pullRequest: number, dispatchRepo: QUEUE });
    expect(result.outputs).toMatchObject({ tag: TAG, revision: '1', 'bundle-digest': a.digest });
    const ref = await w.github.getRef(BUNDLES, `tags/${TAG}`);
    expect(ref?.objectType).toBe('tag');
    const tag = await w.github.getTagObject(BUNDLES, ref?.sha ?? '');
    expect(tag.object).toEqual({ sha: mergeCommit, type: 'commit' });
    expect(sealRecordIn(tag.message)).toMatchObject({
      product: PRODUCT,
      release: '2026.11.3',
      revision: 1,
      bundleDigest: a.digest,
      pullRequest: number,
      headSha: head,
      mergeCommit,
      mergeMethod: 'squash-or-rebase',
      requiredTeams: [TEAMS.releng, TEAMS.ops],
      approvers: [
        { team: TEAMS.releng, login: PEOPLE.alice, commitId: head },
        { team: TEAMS.ops, login: PEOPLE.bob, commitId: head },
      ],
      supersedes: null,
    });
    expect(w.github.dispatches).toEqual([
      expect.objectContaining({
        repo: 'acme/deploy-queue',
        eventType: 'cutover-sealed',
        payload: expect.objectContaining({ tag: TAG, digest: a.digest, revision: 1 }),
      }),
    ]);
  });

  it('is idempotent: a re-run finds its own tag, creates nothing and hands the revision off again', async () => {
    const w = world();
    const { number } = mergedRevision1(w);
    await runSeal(w.ctx, { pullRequest: number, dispatchRepo: QUEUE });
    const first = await w.github.getRef(BUNDLES, `tags/${TAG}`);
    const again = await runSeal(w.ctx, { pullRequest: number, dispatchRepo: QUEUE });
    expect(again.outputs.tag).toBe(TAG);
    expect(again.summary).toContain(`\`${TAG}\` already present`);
    expect(await w.github.getRef(BUNDLES, `tags/${TAG}`)).toEqual(first);
    expect(w.github.calls.filter((c) => c.startsWith('createAnnotatedTag'))).toHaveLength(1);
    expect(w.github.dispatches).toHaveLength(2);
  });

  it('records a two-parent merge as merge and a rebase of two revisions as rebase, sealing the last revision', async () => {
    const merged = world();
    const m = mergedRevision1(merged, 'merge');
    await runSeal(merged.ctx, { pullRequest: m.number });
    const tagRef = await merged.github.getRef(BUNDLES, `tags/${TAG}`);
    const record = sealRecordIn((await merged.github.getTagObject(BUNDLES, tagRef?.sha ?? '')).message);
    expect(record).toMatchObject({ mergeMethod: 'merge', mergeCommit: m.mergeCommit });

    const w = world();
    const r1 = assembly();
    const r2 = assembly(2);
    const pr = openCutover(w, [
      revisionFiles(r1, 1, null),
      revisionFiles(r2, 2, { revision: 1, bundleDigest: r1.digest }),
    ]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    const tip = w.github.merge(BUNDLES, pr.number, 'rebase');
    const result = await runSeal(w.ctx, { pullRequest: pr.number });
    expect(result.outputs.tag).toBe('cutover/payments/2026.11.3/r2');
    const ref = await w.github.getRef(BUNDLES, 'tags/cutover/payments/2026.11.3/r2');
    const tag = await w.github.getTagObject(BUNDLES, ref?.sha ?? '');
    expect(tag.object.sha).toBe(tip);
    expect(sealRecordIn(tag.message)).toMatchObject({
      mergeMethod: 'rebase',
      supersedes: { revision: 1, bundleDigest: r1.digest },
    });
  });

  it('seals a merge commit that also brings unrelated changes from main', async () => {
    const w = world();
    const pr = ready(w);
    w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: { 'README.md': 'updated\n' },
      branch: 'main',
      author: PEOPLE.mallory,
    });
    const mergeCommit = w.github.merge(BUNDLES, pr.number, 'merge');
    const result = await runSeal(w.ctx, { pullRequest: pr.number });
    expect(result.outputs.tag).toBe(TAG);
    const ref = await w.github.getRef(BUNDLES, `tags/${TAG}`);
    expect((await w.github.getTagObject(BUNDLES, ref?.sha ?? '')).object.sha).toBe(mergeCommit);
  });

  it('refuses when a required check run was posted by another App than governorAppId', async () => {
    const w = world();
    const a = assembly();
    const pr = openCutover(w, [revisionFiles(a, 1, null)]);
    approveByBothTeams(w, pr.number, pr.head);
    const others = requiredChecks().filter((n) => n !== 'cutover/binding');
    passChecks(w, pr.head, GOVERNOR_APP, others);
    // The governor said no; a later run of the same name by another App says yes.
    w.github.postCheckRun(BUNDLES, GOVERNOR_APP, {
      name: 'cutover/binding',
      headSha: pr.head,
      conclusion: 'failure',
      title: 'f',
      summary: '',
      annotations: [],
    });
    w.github.advance(1000);
    passChecks(w, pr.head, OTHER_APP, ['cutover/binding']);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const message = await refusal(w, pr.number);
    expect(message).toContain(`cutover/binding did not pass at the approved head ${pr.head}`);
    expect(message).toContain(`only check runs of the governor App ${GOVERNOR_APP.appId} count`);
    expect(message).not.toContain('cutover/schema');
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });

  it('refuses when the governor’s latest run of a check failed after an earlier success', async () => {
    const w = world();
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.advance(1000);
    w.github.postCheckRun(BUNDLES, GOVERNOR_APP, {
      name: 'cutover/holds',
      headSha: pr.head,
      conclusion: 'failure',
      title: 'f',
      summary: '',
      annotations: [],
    });
    w.github.merge(BUNDLES, pr.number, 'squash');
    expect(await refusal(w, pr.number)).toContain('cutover/holds did not pass');
  });

  it('refuses when an approver left their team between the merge and the seal', async () => {
    const w = world();
    const { number } = mergedRevision1(w);
    w.github.removeTeamMember(TEAMS.ops, PEOPLE.bob);
    const message = await refusal(w, number);
    expect(message).toContain('the approval gate does not hold');
    expect(message).toContain(`missing ${TEAMS.ops}`);
  });

  it('refuses when every check passed but only by another App', async () => {
    const w = world();
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head, OTHER_APP);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const message = await refusal(w, pr.number);
    for (const name of requiredChecks()) expect(message).toContain(name);
  });

  it('refuses a pull request whose base is not the default branch', async () => {
    const w = world();
    w.github.setRef(BUNDLES, 'heads/staging', w.github.head(BUNDLES, 'main'));
    const pr = ready(w, { base: 'staging' });
    w.github.merge(BUNDLES, pr.number, 'squash');
    expect(await refusal(w, pr.number)).toContain(
      `refusing to seal #${pr.number}: pull request #${pr.number} targets staging, which is not the default branch main`,
    );
  });

  it('refuses when the merge commit is not on the default branch (main was rewound after the merge)', async () => {
    const w = world();
    const before = w.github.head(BUNDLES, 'main');
    const { number, mergeCommit } = mergedRevision1(w);
    w.github.setRef(BUNDLES, 'heads/main', before);
    expect(await refusal(w, number)).toContain(`its merge commit ${mergeCommit} is not on the default branch main`);
  });

  it('refuses when the merged release directory differs from the approved head’s', async () => {
    const w = world();
    const pr = ready(w);
    // After approval, main gains a file in the release directory; the merge commit carries it.
    w.github.commit(BUNDLES, {
      parent: w.github.head(BUNDLES, 'main'),
      files: { [`${DIR}/extra.json`]: '{}\n' },
      branch: 'main',
      author: PEOPLE.mallory,
    });
    const mergeCommit = w.github.merge(BUNDLES, pr.number, 'merge');
    const [merged, approved] = [
      await w.github.getSubtreeSha(BUNDLES, mergeCommit, DIR),
      await w.github.getSubtreeSha(BUNDLES, pr.head, DIR),
    ];
    expect(await refusal(w, pr.number)).toContain(
      `refusing to seal ${DIR}: the merged content (${merged}) differs from the approved head's (${approved})`,
    );
  });

  it('refuses when the window has ended', async () => {
    const w = world();
    const { number } = mergedRevision1(w);
    w.ctx.now = () => new Date('2026-12-01T10:00:00Z');
    expect(await refusal(w, number)).toBe(`refusing to seal ${TAG}: its window ended at 2026-12-01T10:00:00Z`);
  });

  it('refuses when the gate did not hold at the merge, whatever the approval check said', async () => {
    const w = world();
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null)]);
    w.github.review(BUNDLES, pr.number, { login: PEOPLE.alice, state: 'APPROVED', commitId: pr.head });
    passChecks(w, pr.head);
    w.github.advance(60_000);
    w.github.merge(BUNDLES, pr.number, 'squash');
    w.github.advance(60_000);
    w.github.review(BUNDLES, pr.number, { login: PEOPLE.bob, state: 'APPROVED', commitId: pr.head });
    const message = await refusal(w, pr.number);
    expect(message).toContain('the approval gate does not hold');
    expect(message).toContain(`missing ${TEAMS.ops}`);
  });

  it('refuses a revision that breaks the chain as it stood before the merge (revision 1 merged twice)', async () => {
    const w = world();
    const first = mergedRevision1(w);
    await runSeal(w.ctx, { pullRequest: first.number });
    // A second pull request from a fresh branch again claims revision 1, for another bundle.
    const pr = openCutover(w, [revisionFiles(assembly(2), 1, null)], { branch: `${BRANCH}-again` });
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const message = await refusal(w, pr.number);
    // Its tag name is taken by the first seal, on another commit: the existing tag is never moved.
    expect(message).toContain(`tag ${TAG} already exists and points at ${first.mergeCommit}`);
  });

  it('refuses revision 2 that skips to 3 even with passing checks from the governor', async () => {
    const w = world();
    const first = mergedRevision1(w);
    await runSeal(w.ctx, { pullRequest: first.number });
    const pr = openCutover(w, [revisionFiles(assembly(2), 3, { revision: 1, bundleDigest: first.assembly.digest })]);
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const message = await refusal(w, pr.number);
    expect(message).toContain('cutover/binding fail on the approved files');
    expect(message).toContain('expected revision 2');
  });

  it('refuses a directory whose manifest names another release, and tags nothing', async () => {
    const w = world();
    const elsewhere = `bundles/${PRODUCT}/2026.12.0`;
    const pr = openCutover(w, [revisionFiles(assembly(), 1, null, { dir: elsewhere })], {
      branch: `cutover/${PRODUCT}/2026.12.0`,
    });
    approveByBothTeams(w, pr.number, pr.head);
    passChecks(w, pr.head);
    w.github.merge(BUNDLES, pr.number, 'squash');
    expect(await refusal(w, pr.number)).toContain('a release lives only in its own directory');
    expect(await w.github.listRefs(BUNDLES, 'tags/')).toEqual([]);
  });

  it('refuses a lightweight tag of the revision’s name, even on the merge commit, and does not move it', async () => {
    const w = world();
    const { number, mergeCommit } = mergedRevision1(w);
    w.github.setRef(BUNDLES, `tags/${TAG}`, mergeCommit);
    expect(await refusal(w, number)).toBe(
      `tag ${TAG} already exists and is lightweight (points at a commit directly), not at ${mergeCommit} as an annotated tag: not moving it`,
    );
    expect((await w.github.getRef(BUNDLES, `tags/${TAG}`))?.objectType).toBe('commit');
  });

  it('refuses an annotated tag of the revision’s name that points elsewhere', async () => {
    const w = world();
    const before = w.github.head(BUNDLES, 'main');
    const { number, mergeCommit } = mergedRevision1(w);
    w.github.annotatedTag(BUNDLES, TAG, before, 'squatted');
    expect(await refusal(w, number)).toContain(
      `tag ${TAG} already exists and points at ${before}, not at ${mergeCommit}`,
    );
  });

  it('refuses an annotated tag on the merge commit without this revision’s seal record, and hands nothing off', async () => {
    const w = world();
    const { number, mergeCommit } = mergedRevision1(w);
    // A squat: the right name on the right commit, but written by hand (its record names another digest).
    const forged = `cutover seal\n\n${JSON.stringify({ revision: 1, bundleDigest: `sha256:${'0'.repeat(64)}`, mergeCommit })}`;
    w.github.annotatedTag(BUNDLES, TAG, mergeCommit, forged);
    const run = runSeal(w.ctx, { pullRequest: number, dispatchRepo: QUEUE });
    await expect(run).rejects.toThrow(RefusalError);
    await expect(run).rejects.toThrow(`tag ${TAG} already exists but is not its seal`);
    await expect(run).rejects.toThrow('without a seal record of revision 1');
    expect(w.github.dispatches).toEqual([]);
  });

  it('refuses a pull request that is not merged', async () => {
    const w = world();
    const pr = ready(w);
    w.github.close(BUNDLES, pr.number);
    expect(await refusal(w, pr.number)).toBe(`pull request #${pr.number} is not merged: nothing to seal`);
  });

  it('refuses when a hand-made commit is among the merged pull request’s commits', async () => {
    const w = world();
    const a = assembly();
    const pr = openCutover(w, [revisionFiles(a, 1, null)]);
    const hand = w.github.commit(BUNDLES, {
      parent: pr.head,
      files: { 'README.md': 'edited\n' },
      branch: BRANCH,
      author: WRITER,
    });
    approveByBothTeams(w, pr.number, hand);
    passChecks(w, hand);
    w.github.merge(BUNDLES, pr.number, 'squash');
    const message = await refusal(w, pr.number);
    expect(message).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by ${WRITER}`);
  });
});
