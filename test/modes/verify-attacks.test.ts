/**
 * Attacks on verify and assemble by a write-access adversary, in-process over the real Octokit adapter and real
 * HTTP to the GitHub-compatible server (real git underneath): what the pull request file list cannot show, a
 * release branch the adversary created first, and a pull request that rewrites the policy it is judged by.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/action/main.js';
import { runGate } from '../../src/modes/gate.js';
import { runVerify } from '../../src/modes/verify.js';
import { FORGED_DIGEST, forgeArtifactDigest, git, readRelease, releaseTexts } from '../e2e/attack-kit.js';
import { assembleInProcess, inProcessWorlds, mainHead } from '../e2e/in-process.js';
import { as, checkConclusions } from '../e2e/steps.js';
import { BUNDLES, PEOPLE, PRODUCT, RELEASE, type World } from '../e2e/world.js';
import * as fake from './world.js';

const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;

const setUp = inProcessWorlds();

describe('a pull request whose file list GitHub truncates', () => {
  it('is not verified green nor approved: 3,000 filler files hide a hand-edited release directory', async () => {
    const { world, writer, governor } = await setUp();
    // The writer's genuine revision 1 gives the adversary well-formed files to start from.
    const genuine = await assembleInProcess(world, writer);
    const forged = forgeArtifactDigest(await readRelease(world, genuine.outputs.commit ?? '', DIR));
    // GitHub lists at most 3,000 files of a pull request, in path order: 3,000 files sorting before bundles/
    // push the release directory out of the list.
    const filler = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`aaa/${String(i).padStart(4, '0')}.txt`, `${i}\n`]),
    );
    const head = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: 'mallory/cleanup',
      parent: await mainHead(world),
      files: { ...filler, ...releaseTexts(DIR, forged.docs) },
      as: PEOPLE.mallory,
      message: 'Tidy up',
    });
    const { data: pull } = await as(world, PEOPLE.mallory).rest.pulls.create({
      ...BUNDLES,
      head: 'mallory/cleanup',
      base: 'main',
      title: 'Tidy up',
    });
    expect(pull.changed_files).toBe(3004);

    const verified = runVerify(governor, { headSha: head, baseSha: pull.base.sha, pullRequest: pull.number });
    await expect(verified).rejects.toThrow(/at most 3000 files/);
    await expect(runGate(governor, pull.number)).rejects.toThrow(/at most 3000 files/);
    // Nothing green was posted on the hand-made head: the required checks stay missing.
    const conclusions = await checkConclusions(world, head);
    expect(Object.values(conclusions).filter((c) => c === 'success')).toEqual([]);
  }, 60_000);
});

describe('a merge group whose compare GitHub truncates', () => {
  it('judges the release directory past the cut, from the trees: 300 filler files do not hide a tampered bundle', async () => {
    const { world, writer, governor } = await setUp();
    const genuine = await assembleInProcess(world, writer);
    const docs = await readRelease(world, genuine.outputs.commit ?? '', DIR);
    // bundle.json edited by hand, nothing else: its lineage and the manifest's digest no longer match it.
    const tampered = structuredClone(docs);
    const artifact = tampered.bundle.components[0]?.artifacts[0];
    if (!artifact) throw new Error('the bundle has no artifact');
    artifact.digest = FORGED_DIGEST;
    // Compare lists at most 300 changed files (path order): 300 sorting before bundles/ push the release out.
    const filler = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`aaa/${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
    );
    const base = await mainHead(world);
    const head = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: 'gh-readonly-queue/main/pr-7-0000000000000000000000000000000000000000',
      parent: base,
      files: { ...filler, ...releaseTexts(DIR, tampered) },
      as: PEOPLE.mallory,
      message: 'Merge group',
    });
    const result = await runVerify(governor, { headSha: head, baseSha: base });
    const conclusions = await checkConclusions(world, head);
    // Judged, not refused: the schema holds, the lineage and the binding do not. Reading only the cut list, every
    // check would pass for "no release directory".
    expect(conclusions).toMatchObject({
      'cutover/schema': 'success',
      'cutover/lineage': 'failure',
      'cutover/binding': 'failure',
    });
    expect(result.summary).not.toMatch(/at most 300 files/);
  }, 60_000);
});

describe('a release branch the adversary created before the writer', () => {
  it('is not built on: assemble refuses, naming the commit, and writes nothing', async () => {
    const { world, writer } = await setUp();
    // Mallory creates the release branch first, with a commit of her own (a workflow the reviewers of a bundle
    // pull request would not look for), and opens no pull request.
    const planted = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: BRANCH,
      parent: await mainHead(world),
      files: { '.github/workflows/exfiltrate.yml': 'on: push\njobs: {}\n' },
      as: PEOPLE.mallory,
      message: 'ci',
    });
    await expect(assembleInProcess(world, writer)).rejects.toThrow(
      new RegExp(`${BRANCH}.*commit ${planted.slice(0, 12)} is not a verified commit by`),
    );
    expect(await git(world, 'rev-parse', BRANCH)).toBe(planted);
    const { data: pulls } = await as(world, PEOPLE.max).rest.pulls.list({ ...BUNDLES, state: 'all' });
    expect(pulls).toEqual([]);
  }, 60_000);
});

describe('a pull request that rewrites the policy it is judged by', () => {
  it('is judged by the default branch’s policy: naming herself bundleWriter at the head does not make mallory the writer', async () => {
    const w = fake.world();
    const main = w.github.head(fake.BUNDLES, 'main');
    // Mallory's own signed commits (GitHub verifies them as hers): the first names her the writer in the policy
    // of her branch, the second writes a release directory.
    const signed = {
      author: fake.PEOPLE.mallory,
      committer: fake.PEOPLE.mallory,
      verification: { verified: true, reason: 'valid' },
    };
    const policyEdit = w.github.commit(fake.BUNDLES, {
      parent: main,
      branch: fake.BRANCH,
      files: { [fake.POLICY_PATH]: `${JSON.stringify(fake.policy({ bundleWriter: fake.PEOPLE.mallory }), null, 2)}\n` },
      ...signed,
    });
    const release = w.github.commit(fake.BUNDLES, {
      parent: policyEdit,
      branch: fake.BRANCH,
      files: fake.revisionFiles(fake.assembly(), 1, null),
      ...signed,
    });
    const number = w.github.openPullRequest(fake.BUNDLES, {
      head: fake.BRANCH,
      base: 'main',
      author: fake.PEOPLE.mallory,
    });
    const pull = await w.github.getPullRequest(fake.BUNDLES, number);
    await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    const lineage = w.github.checkRunsOn(fake.BUNDLES, release).find((r) => r.name === 'cutover/lineage');
    expect(lineage?.conclusion).toBe('failure');
    const text = JSON.stringify(lineage?.input);
    for (const sha of [policyEdit, release])
      expect(text).toContain(
        `commit ${sha.slice(0, 12)} is not a verified commit by ${fake.WRITER}: its author is mallory`,
      );
    // The governance change is called out in every check.
    expect(text).toContain(`This change edits governance files (\`${fake.POLICY_PATH}\`)`);
  });
});

describe('a pull request whose head moves while verify reads it', () => {
  it('is judged by the files of the head it posts on, not the file list of a later head', async () => {
    const w = fake.world();
    const pr = fake.openCutover(w, [fake.revisionFiles(fake.assembly(), 1, null)]);
    // H1: mallory's hand edit of the release directory on top of the writer's revision.
    const hand = w.github.commit(fake.BUNDLES, {
      parent: pr.head,
      branch: fake.BRANCH,
      files: { [`${fake.DIR}/notes.txt`]: 'tweak\n' },
      author: fake.PEOPLE.mallory,
    });
    // verify reads the pull request at H1 ...
    const pull = await w.github.getPullRequest(fake.BUNDLES, pr.number);
    expect(pull.headSha).toBe(hand);
    // ... and before it lists the files, mallory resets the branch to main (H2: no file changed, so no release
    // directory and no commit rule); she pushes H1 back once verify has posted on it.
    w.github.setRef(fake.BUNDLES, `heads/${fake.BRANCH}`, w.github.head(fake.BUNDLES, 'main'));
    await runVerify(w.ctx, { headSha: hand, baseSha: pull.baseSha, pullRequest: pr.number, pull });
    const lineage = w.github.checkRunsOn(fake.BUNDLES, hand).find((r) => r.name === 'cutover/lineage');
    expect(lineage?.conclusion).toBe('failure');
    expect(JSON.stringify(lineage?.input)).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  });
});

describe('a pull request of 300+ files whose head moves while verify reads it', () => {
  it('is judged on the head it read: the release directory past the cut comes from the head’s own tree', async () => {
    const { world, writer, governor } = await setUp();
    const genuine = await assembleInProcess(world, writer);
    const number = Number(genuine.outputs['pull-request-number']);
    const filler = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`aaa/${String(i).padStart(3, '0')}.txt`, `${i}\n`]),
    );
    // H1: mallory's hand commit on the writer's branch, 300 filler files first, then a release-directory edit.
    const hand = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: BRANCH,
      files: { ...filler, [`${DIR}/notes.txt`]: 'tweak\n' },
      as: PEOPLE.mallory,
      message: 'notes',
    });
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    expect(pull.headSha).toBe(hand);
    // Before verify lists the files, the branch moves to H2 (no release directory changed); it can come back later.
    const other = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: 'mallory/elsewhere',
      parent: await mainHead(world),
      files: { 'README.md': 'moved\n' },
      as: PEOPLE.mallory,
      message: 'elsewhere',
    });
    await world.server.admin.setBranch(BUNDLES.owner, BUNDLES.repo, BRANCH, other, PEOPLE.mallory, true);
    await runVerify(governor, { headSha: hand, baseSha: pull.baseSha, pullRequest: number, pull });
    const conclusions = await checkConclusions(world, hand);
    expect(Object.keys(conclusions)).toHaveLength(6);
    expect(conclusions['cutover/lineage']).toBe('failure');
    const { data } = await as(world, PEOPLE.mallory).rest.checks.listForRef({ ...BUNDLES, ref: hand });
    const lineage = data.check_runs.find((r) => r.name === 'cutover/lineage')?.output.summary;
    expect(lineage).toContain(DIR);
    expect(lineage).toContain(`commit ${hand.slice(0, 12)} is not a verified commit by`);
  }, 60_000);
});

describe('a writer pull request that a hand commit widens', () => {
  it('fails cutover/lineage for a commit that touches only a workflow and CODEOWNERS, and judges a second release directory', async () => {
    const w = fake.world();
    const pr = fake.openCutover(w, [fake.revisionFiles(fake.assembly(), 1, null)]);
    const widened = w.github.commit(fake.BUNDLES, {
      parent: pr.head,
      branch: fake.BRANCH,
      files: { '.github/workflows/deploy.yml': 'on: push\n', '.github/CODEOWNERS': '* @acme/mallory\n' },
      author: fake.PEOPLE.mallory,
    });
    const second = w.github.commit(fake.BUNDLES, {
      parent: widened,
      branch: fake.BRANCH,
      files: fake.revisionFiles(fake.assembly(), 1, null, { dir: `bundles/${fake.PRODUCT}/2026.12.0` }),
      author: fake.PEOPLE.mallory,
    });
    const pull = await w.github.getPullRequest(fake.BUNDLES, pr.number);
    await runVerify(w.ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: pr.number, pull });
    const run = (name: string) => w.github.checkRunsOn(fake.BUNDLES, second).find((r) => r.name === name);
    const lineage = JSON.stringify(run('cutover/lineage')?.input);
    expect(run('cutover/lineage')?.conclusion).toBe('failure');
    expect(lineage).toContain(`commit ${widened.slice(0, 12)} is not a verified commit by`);
    expect(lineage).toContain(`commit ${second.slice(0, 12)} is not a verified commit by`);
    expect(lineage).toContain('.github/workflows/deploy.yml');
    // Both release directories are judged: the second one's manifest names another release.
    expect(JSON.stringify(run('cutover/binding')?.input)).toContain(`bundles/${fake.PRODUCT}/2026.12.0`);
    expect(run('cutover/binding')?.conclusion).toBe('failure');
  });
});

describe('the head a check run is posted on, through the action’s run()', () => {
  /** run() in-process as the governor, on `eventName` with `event`, GITHUB_SHA `sha`. */
  async function runAction(world: World, eventName: string, event: unknown, sha: string): Promise<void> {
    const dir = await mkdtemp(path.join(tmpdir(), 'cutover-verify-head-'));
    try {
      await writeFile(path.join(dir, 'event.json'), JSON.stringify(event));
      await writeFile(path.join(dir, 'output'), '');
      await writeFile(path.join(dir, 'summary'), '');
      await run({
        INPUT_COMMAND: 'verify',
        INPUT_TOKEN: world.governorToken,
        GITHUB_API_URL: world.server.apiUrl,
        GITHUB_REPOSITORY: `${BUNDLES.owner}/${BUNDLES.repo}`,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_SHA: sha,
        GITHUB_OUTPUT: path.join(dir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
        RUNNER_TEMP: dir,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
      process.exitCode = undefined;
    }
  }

  it('pull_request_review: on the pull request’s head read fresh, never on GITHUB_SHA (the merge ref)', async () => {
    const { world, writer } = await setUp();
    const assembled = await assembleInProcess(world, writer);
    const number = Number(assembled.outputs['pull-request-number']);
    const head = assembled.outputs.commit ?? '';
    const elsewhere = await mainHead(world);
    // The review event's payload names an older head; GITHUB_SHA is another commit altogether.
    await runAction(world, 'pull_request_review', { pull_request: { number, head: { sha: elsewhere } } }, elsewhere);
    expect(Object.keys(await checkConclusions(world, elsewhere))).toEqual([]);
    const onHead = await checkConclusions(world, head);
    expect(Object.keys(onHead)).toHaveLength(6);
    expect(Object.values(onHead).every((c) => c === 'success')).toBe(true);
  }, 60_000);

  it('merge_group: verify and the queued pull request’s gate on the group’s head_sha', async () => {
    const { world, writer } = await setUp();
    const assembled = await assembleInProcess(world, writer);
    const number = Number(assembled.outputs['pull-request-number']);
    const base = await mainHead(world);
    // The queue's temporary commit: main with the pull request's head merged (here, its tree on main).
    const group = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch: `gh-readonly-queue/main/pr-${number}-${base}`,
      parent: base,
      files: releaseTexts(DIR, await readRelease(world, assembled.outputs.commit ?? '', DIR)),
      as: PEOPLE.max,
      message: `Merge pull request #${number}`,
    });
    await runAction(
      world,
      'merge_group',
      {
        merge_group: {
          head_sha: group,
          head_ref: `refs/heads/gh-readonly-queue/main/pr-${number}-${base}`,
          base_sha: base,
          base_ref: 'refs/heads/main',
        },
      },
      group,
    );
    const onGroup = await checkConclusions(world, group);
    expect(Object.keys(onGroup).sort()).toEqual(
      ['approval', 'binding', 'environment', 'holds', 'lineage', 'rollback', 'schema'].map((r) => `cutover/${r}`),
    );
    expect(onGroup['cutover/schema']).toBe('success');
    // No approvals yet: the queued pull request's gate fails on the group's head.
    expect(onGroup['cutover/approval']).toBe('failure');
  }, 60_000);
});
