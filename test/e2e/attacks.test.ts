/**
 * The trust chain against an adversary with write access to the bundles repository and nothing but the public
 * API (issue 10), end to end through dist/index.js on the GitHub-compatible server: each attack is tried as a
 * careful adversary would, and the test asserts that Cutover refuses it (failing checks naming the reason, no
 * seal tag, no hand-off), plus the control: the honest lifecycle seals and `cutover inspect` calls it intact.
 *
 * To show that a test fails on older code, point it at that code's build (keeping this tree's server and world):
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules && (cd /tmp/old && npm run build)
 *   CUTOVER_E2E_DIST=/tmp/old/dist CUTOVER_E2E_POLICY_OMIT=governorAppId npx vitest run test/e2e/attacks.test.ts
 * (CUTOVER_E2E_POLICY_OMIT leaves fields out of the world's policy that an older policy schema rejects.)
 * Against 75dae88 (before issue 10) the control passes and every attack test fails at its first defence
 * assertion: there the attack goes through. The two rules tests check the world's rulesets, not Cutover.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { renderSealMessage, type SealRecord } from '../../src/domain/seal.js';
import {
  checkReports,
  commitFiles,
  emptyCommits,
  forgeArtifactDigest,
  git,
  inspect,
  mergePastRules,
  moveBranch,
  pullHead,
  readRelease,
  releaseTexts,
  sealTags,
  writerEmail,
} from './attack-kit.js';
import { ACTION_ENTRY, REPO_ROOT } from './runner.js';
import { approve, as, assemble, expectSuccess, gate, nextSecond, reconcile, seal, verify } from './steps.js';
import {
  BOT,
  BUNDLES,
  CODEOWNERS,
  createWorld,
  newCandidate,
  PEOPLE,
  PRODUCT,
  QUEUE_REPO,
  RELEASE,
  TAG,
  type World,
  type WorldOptions,
  worldPolicy,
} from './world.js';

const built = existsSync(ACTION_ENTRY);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const SEAL_TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;
const VERIFY_CHECKS = ['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding'].map((r) => `cutover/${r}`);
/** Octokit's request log off, for requests a test expects to be refused. */
const QUIET = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const POLICY_OMIT = (process.env.CUTOVER_E2E_POLICY_OMIT ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s): s is 'bundleWriter' | 'governorAppId' => s === 'bundleWriter' || s === 'governorAppId');

/** One world per describe block: started in beforeAll, checked against the OpenAPI contract and closed in afterAll. */
function sharedWorld(options: WorldOptions = {}): { readonly world: World } {
  const holder: { server?: GitHubServer; world?: World } = {};
  beforeAll(async () => {
    holder.server = await startGitHubServer();
    holder.world = await createWorld(holder.server, EXAMPLES, new Date(), {
      omitPolicy: [...(options.omitPolicy ?? []), ...POLICY_OMIT],
    });
  }, 60_000);
  afterAll(async () => {
    const { server, world } = holder;
    if (!server) return;
    const violations = server.contract.take();
    const unimplemented = server.log.unimplemented.splice(0);
    await world?.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
    expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
  });
  return {
    get world(): World {
      if (!holder.world) throw new Error('the world was not created (see the beforeAll failure)');
      return holder.world;
    },
  };
}

function token(world: World, login: string): string {
  const value = world.tokens[login];
  if (!value) throw new Error(`no token for ${login}`);
  return value;
}

/** assemble on the candidate tag: the writer's pull request and its head. */
async function assembledPullRequest(world: World, tag = TAG): Promise<{ number: number; head: string }> {
  const assembled = expectSuccess(await assemble(world, tag));
  const number = Number(assembled.outputs['pull-request-number']);
  return { number, head: (await pullHead(world, number)).head };
}

/** The writer's commit message with its bundle-digest trailer set to `digest` (the trailers as credential). */
async function writerMessage(world: World, sha: string, digest: string): Promise<string> {
  const message = await git(world, 'log', '-1', '--format=%B', sha);
  expect(message).toMatch(/^Cutover-Bundle-Digest: sha256:[0-9a-f]{64}$/m);
  return message.replace(/^Cutover-Bundle-Digest: sha256:[0-9a-f]{64}$/m, `Cutover-Bundle-Digest: ${digest}`);
}

/** The action's error lines and summary, to match refusals in. */
const said = (result: { errors: string[]; summary: string; stderr: string }): string =>
  [...result.errors, result.summary, result.stderr].join('\n');

describe.skipIf(!built)('control: the honest lifecycle, then revisions reused or skipped', () => {
  const shared = sharedWorld();
  let firstDigest = '';

  it('seals an honest bundle, and inspect calls it intact', async () => {
    const { world } = shared;
    const assembled = expectSuccess(await assemble(world, TAG));
    firstDigest = assembled.outputs['bundle-digest'] ?? '';
    const number = Number(assembled.outputs['pull-request-number']);
    const { head } = await pullHead(world, number);
    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expectSuccess(await gate(world, number));
    const checks = await checkReports(world, head);
    for (const name of [...VERIFY_CHECKS, 'cutover/approval']) {
      expect(checks[name]?.conclusion, name).toBe('success');
      // Posted by the governor App: the only App the required checks are pinned to.
      expect(checks[name]?.appId, name).toBe(world.governorAppId);
    }
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    const sealed = expectSuccess(await seal(world, number));
    expect(sealed.outputs.tag).toBe(SEAL_TAG);
    expect(await git(world, 'cat-file', '-t', `refs/tags/${SEAL_TAG}`)).toBe('tag');
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(1);
    const report = await inspect(world, SEAL_TAG);
    expect(report.code, report.output).toBe(0);
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  it('attack 4: a manifest that reuses revision 1 or skips to revision 9 fails cutover/binding', async () => {
    const { world } = shared;
    expect(await sealTags(world)).toEqual([SEAL_TAG]);
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      'CHG-20261118-0311',
      'CHG-20261124-0412',
    );
    await newCandidate(world, 'v2026.11.3-rc.3', { '.cutover/release-records.yaml': records });
    const { number, head } = await assembledPullRequest(world, 'v2026.11.3-rc.3');
    const docs = await readRelease(world, head, DIR);
    expect(docs.manifest.revision).toBe(2);

    let parent = head;
    for (const [revision, supersedes] of [
      [1, null],
      [9, { revision: 1, bundleDigest: firstDigest }],
    ] as const) {
      const forged = structuredClone(docs);
      forged.manifest.revision = revision;
      forged.manifest.supersedes = supersedes;
      const sha = await commitFiles(world, token(world, PEOPLE.alice), {
        parent,
        files: { [`${DIR}/manifest.json`]: releaseTexts(DIR, forged)[`${DIR}/manifest.json`] ?? '' },
        message: `manifest: revision ${revision}`,
      });
      await moveBranch(world, token(world, PEOPLE.alice), BRANCH, sha);
      parent = sha;
      await verify(world, number);
      const binding = (await checkReports(world, sha))['cutover/binding'];
      expect(binding?.conclusion, `revision ${revision}`).toBe('failure');
      expect(binding?.text, `revision ${revision}`).toContain('expected revision 2');
    }
  });

  it('the seal tag rules: only the governor creates a seal tag, and nobody moves or deletes one', async () => {
    const { world } = shared;
    const target = await git(world, 'rev-parse', 'main');
    const next = `cutover/${PRODUCT}/${RELEASE}/r7`;
    // A team member, and the writer App, cannot create a seal tag through the API.
    for (const auth of [token(world, PEOPLE.alice), world.botToken])
      await expect(
        new Octokit({ auth, baseUrl: world.server.apiUrl, log: QUIET }).rest.git.createRef({
          ...BUNDLES,
          ref: `refs/tags/${next}`,
          sha: target,
        }),
      ).rejects.toMatchObject({ status: 422 });
    // The governor cannot move or delete the seal it made; the maintainer (admin) cannot either.
    const sealObject = await git(world, 'rev-parse', `refs/tags/${SEAL_TAG}`);
    for (const auth of [world.governorToken, token(world, PEOPLE.max)]) {
      const octokit = new Octokit({ auth, baseUrl: world.server.apiUrl, log: QUIET });
      await expect(
        octokit.rest.git.updateRef({ ...BUNDLES, ref: `tags/${SEAL_TAG}`, sha: target, force: true }),
      ).rejects.toMatchObject({ status: 422 });
      await expect(octokit.rest.git.deleteRef({ ...BUNDLES, ref: `tags/${SEAL_TAG}` })).rejects.toMatchObject({
        status: 422,
      });
    }
    expect(await git(world, 'rev-parse', `refs/tags/${SEAL_TAG}`)).toBe(sealObject);
    expect(await sealTags(world)).toEqual([SEAL_TAG]);
  });

  it('the default branch moves only by pull requests: a direct update is refused, even to the maintainer', async () => {
    const { world } = shared;
    const main = await git(world, 'rev-parse', 'main');
    const sha = await commitFiles(world, token(world, PEOPLE.max), {
      parent: main,
      files: { [`${DIR}/NOTES.md`]: 'straight to main\n' },
      message: 'straight to main',
    });
    for (const auth of [token(world, PEOPLE.max), world.botToken, world.governorToken])
      await expect(
        new Octokit({ auth, baseUrl: world.server.apiUrl, log: QUIET }).rest.git.updateRef({
          ...BUNDLES,
          ref: 'heads/main',
          sha,
        }),
      ).rejects.toMatchObject({ status: 422 });
    expect(await git(world, 'rev-parse', 'main')).toBe(main);
  });
});

describe.skipIf(!built)('attack 1: a commit forged in the writer bot’s name', () => {
  const shared = sharedWorld();

  it('fails lineage and the gate, cannot merge, and is never sealed even when merged past the rules', async () => {
    const { world } = shared;
    const { number, head } = await assembledPullRequest(world);
    const { docs } = forgeArtifactDigest(await readRelease(world, head, DIR));
    const bot = { name: BOT, email: writerEmail(world) };
    // alice (release engineering) forges the writer's identity as author AND committer, with its trailers.
    const forged = await commitFiles(world, token(world, PEOPLE.alice), {
      parent: head,
      files: releaseTexts(DIR, docs),
      message: await writerMessage(world, head, docs.manifest.bundleDigest),
      author: bot,
      committer: bot,
    });
    await moveBranch(world, token(world, PEOPLE.alice), BRANCH, forged);
    expect((await pullHead(world, number)).head).toBe(forged);
    // GitHub links the commit to the bot by its e-mail: only the missing signature tells it apart.
    const { data: shown } = await as(world, PEOPLE.max).rest.repos.getCommit({ ...BUNDLES, ref: forged });
    expect(shown.author?.login).toBe(BOT);
    expect(shown.commit.verification?.verified).toBe(false);

    await verify(world, number);
    const lineage = (await checkReports(world, forged))['cutover/lineage'];
    expect(lineage?.conclusion).toBe('failure');
    expect(lineage?.text).toContain(forged.slice(0, 12));
    expect(lineage?.text).toContain(`not a verified commit by ${BOT}`);

    // Both teams approve at the forged head, one of them the forger herself: the gate still fails.
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    await gate(world, number);
    const approval = (await checkReports(world, forged))['cutover/approval'];
    expect(approval?.conclusion).toBe('failure');
    expect(approval?.text).toContain('not a verified commit');

    await expect(
      as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'merge' }),
    ).rejects.toMatchObject({ status: 405 });
    await mergePastRules(world, number);
    const refused = await seal(world, number);
    expect(refused.code).not.toBe(0);
    expect(said(refused)).toContain('refusing to seal');
    expect(await sealTags(world)).toEqual([]);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });
});

describe.skipIf(!built)('attack 2: the commit trailers as credential, with no bundleWriter in the policy', () => {
  const shared = sharedWorld({ omitPolicy: ['bundleWriter'] });

  it('fails every verify check naming the missing field, and never seals', async () => {
    const { world } = shared;
    const { number, head } = await assembledPullRequest(world);
    const { docs } = forgeArtifactDigest(await readRelease(world, head, DIR));
    // A hand commit under alice's own name that carries the action's trailers.
    const hand = await commitFiles(world, token(world, PEOPLE.alice), {
      parent: head,
      files: releaseTexts(DIR, docs),
      message: await writerMessage(world, head, docs.manifest.bundleDigest),
    });
    expect(await git(world, 'log', '-1', '--format=%B', hand)).toMatch(/^Cutover-Revision: 1$/m);
    await moveBranch(world, token(world, PEOPLE.alice), BRANCH, hand);

    await verify(world, number);
    const checks = await checkReports(world, hand);
    for (const name of VERIFY_CHECKS) {
      expect(checks[name]?.conclusion, name).toBe('failure');
      expect(checks[name]?.text, name).toContain('bundleWriter');
    }

    await approve(world, PEOPLE.carol, number);
    await approve(world, PEOPLE.bob, number);
    await gate(world, number);
    await mergePastRules(world, number);
    const refused = await seal(world, number);
    expect(refused.code).not.toBe(0);
    expect(said(refused)).toContain('refusing to seal');
    expect(await sealTags(world)).toEqual([]);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });

  it('without governorAppId, even the writer’s own pull request fails every verify check and is never sealed', async () => {
    const { world } = shared;
    const { admin } = world.server;
    // The default branch's policy now names the writer but not the governor App: no check run can be trusted.
    await admin.pushCommit({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      branch: 'main',
      files: {
        '.cutover/policy.yaml': await worldPolicy(EXAMPLES, world.governorAppId, ['governorAppId', ...POLICY_OMIT]),
      },
      as: PEOPLE.max,
      message: 'policy without governorAppId',
    });
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      'CHG-20261118-0311',
      'CHG-20261124-0412',
    );
    await newCandidate(world, 'v2026.11.3-rc.3', { '.cutover/release-records.yaml': records });
    const { number, head } = await assembledPullRequest(world, 'v2026.11.3-rc.3');
    expect(await git(world, 'log', '-1', '--format=%an', head)).toBe(BOT);
    await verify(world, number);
    const checks = await checkReports(world, head);
    for (const name of VERIFY_CHECKS) {
      expect(checks[name]?.conclusion, name).toBe('failure');
      expect(checks[name]?.text, name).toContain('governorAppId');
    }
    const tagsBefore = await sealTags(world);
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    await gate(world, number);
    await mergePastRules(world, number);
    const refused = await seal(world, number);
    expect(refused.code).not.toBe(0);
    expect(said(refused)).toContain('refusing to seal');
    expect(await sealTags(world)).toEqual(tagsBefore);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });
});

describe.skipIf(!built)(
  'attacks 3 and 5: a base other than the default branch; a directory its files do not name',
  () => {
    const shared = sharedWorld();

    it('attack 3: a pull request retargeted to a branch with a one-team policy is never sealed', async () => {
      const { world } = shared;
      const { admin } = world.server;
      const mainSha = (await admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve('refs/heads/main')) ?? '';
      // A branch whose policy names one team (operations) and whose CODEOWNERS is the same as main's.
      const onePolicy = (await worldPolicy(EXAMPLES, world.governorAppId, POLICY_OMIT)).replace(
        /teams: \[[^\]]*\]/,
        'teams: [acme/operations]',
      );
      expect(onePolicy).toContain('teams: [acme/operations]');
      await admin.pushCommit({
        owner: BUNDLES.owner,
        repo: BUNDLES.repo,
        branch: 'release-side',
        parent: mainSha,
        files: { '.cutover/policy.yaml': onePolicy, '.github/CODEOWNERS': CODEOWNERS },
        as: PEOPLE.max,
        message: 'side branch with a one-team policy',
      });
      const { number, head } = await assembledPullRequest(world);
      await as(world, PEOPLE.alice).rest.pulls.update({ ...BUNDLES, pull_number: number, base: 'release-side' });
      expect((await pullHead(world, number)).baseRef).toBe('release-side');

      await verify(world, number);
      const checks = await checkReports(world, head);
      for (const name of VERIFY_CHECKS) {
        expect(checks[name]?.conclusion, name).toBe('failure');
        expect(checks[name]?.text, name).toContain('not the default branch');
      }
      await approve(world, PEOPLE.bob, number);
      await gate(world, number);
      // release-side has no rules: the merge goes through there.
      await nextSecond();
      const { data: merged } = await as(world, PEOPLE.max).rest.pulls.merge({
        ...BUNDLES,
        pull_number: number,
        merge_method: 'merge',
      });

      const refused = await seal(world, number);
      expect(refused.code).not.toBe(0);
      expect(said(refused)).toContain('refusing to seal');
      expect(said(refused)).toContain('not the default branch');
      expect(await sealTags(world)).toEqual([]);
      expect(admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);

      // A seal tag made by hand on that merge commit (by someone able to create seal tags), with a record that
      // matches the manifest and the one-team policy: the reader still refuses it.
      const docs = await readRelease(world, merged.sha, DIR);
      const { data: reviews } = await as(world, PEOPLE.max).rest.pulls.listReviews({ ...BUNDLES, pull_number: number });
      const review = reviews.find((r) => r.user?.login === PEOPLE.bob);
      if (!review) throw new Error(`no review by ${PEOPLE.bob}`);
      const record: SealRecord = {
        schemaVersion: 1,
        product: PRODUCT,
        release: RELEASE,
        revision: 1,
        bundleDigest: docs.manifest.bundleDigest,
        queue: docs.manifest.queue,
        window: docs.manifest.window,
        requiredTeams: ['acme/operations'],
        repository: `${BUNDLES.owner}/${BUNDLES.repo}`,
        pullRequest: number,
        headSha: head,
        mergeCommit: merged.sha,
        mergeMethod: 'merge',
        mergedAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        approvers: [
          {
            login: PEOPLE.bob,
            team: 'acme/operations',
            reviewId: review.id,
            commitId: head,
          },
        ],
        supersedes: null,
        handoff: docs.manifest.handoff,
      };
      await admin.createTag({
        owner: BUNDLES.owner,
        repo: BUNDLES.repo,
        tag: SEAL_TAG,
        target: merged.sha,
        as: PEOPLE.max,
        message: renderSealMessage(record),
      });
      const report = await inspect(world, SEAL_TAG);
      expect(report.code, report.output).toBe(1);
      expect(report.results.find((r) => r.name === 'default-branch')?.status, report.output).toBe('fail');
    });

    it('attack 5: a release directory whose files name another release fails binding and is never sealed', async () => {
      const { world } = shared;
      const { admin } = world.server;
      // The writer's files of 2026.11.3: those attack 3 assembled, or assembled now when this test runs alone.
      const source = (await git(world, 'branch', '--list', BRANCH))
        ? await git(world, 'rev-parse', BRANCH)
        : (await assembledPullRequest(world)).head;
      const docs = await readRelease(world, source, DIR);
      expect(docs.manifest.release).toBe(RELEASE);
      const otherDir = `bundles/${PRODUCT}/2026.11.4`;
      const mainSha = (await admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve('refs/heads/main')) ?? '';
      const sha = await commitFiles(world, token(world, PEOPLE.alice), {
        parent: mainSha,
        files: releaseTexts(otherDir, docs),
        message: 'payments-platform 2026.11.4',
      });
      const alice = as(world, PEOPLE.alice);
      await alice.rest.git.createRef({ ...BUNDLES, ref: `refs/heads/cutover/${PRODUCT}/2026.11.4`, sha });
      const { data: pull } = await alice.rest.pulls.create({
        ...BUNDLES,
        head: `cutover/${PRODUCT}/2026.11.4`,
        base: 'main',
        title: 'payments-platform 2026.11.4',
      });

      await verify(world, pull.number);
      const binding = (await checkReports(world, sha))['cutover/binding'];
      expect(binding?.conclusion).toBe('failure');
      expect(binding?.text).toContain('directory');
      // The release its files name, which only the finding (not the check's header) can state.
      expect(binding?.text).toContain(RELEASE);

      const tagsBefore = await sealTags(world);
      await approve(world, PEOPLE.carol, pull.number);
      await approve(world, PEOPLE.bob, pull.number);
      await gate(world, pull.number);
      await mergePastRules(world, pull.number);
      const refused = await seal(world, pull.number);
      expect(refused.code).not.toBe(0);
      expect(said(refused)).toContain('refusing to seal');
      expect(await sealTags(world)).toEqual(tagsBefore);
      expect(admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
    });
  },
);

describe.skipIf(!built)('attack 6: an approval submitted after the merge', () => {
  const shared = sharedWorld();

  it('is counted neither by the gate nor by seal or reconcile', async () => {
    const { world } = shared;
    const { number, head } = await assembledPullRequest(world);
    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.alice, number);
    await gate(world, number);
    expect((await checkReports(world, head))['cutover/approval']?.conclusion).toBe('failure');
    await mergePastRules(world, number);
    // GitHub accepts a review on a merged pull request. Its times have whole seconds: the review comes in a later
    // second than the merge, so that "after the merge" is a fact of the data, not a matter of ordering ties.
    const { data: merged } = await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number });
    const mergedAt = Date.parse(merged.merged_at ?? '');
    expect(mergedAt).not.toBeNaN();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, mergedAt + 1_100 - Date.now())));
    await approve(world, PEOPLE.bob, number);
    const { data: reviews } = await as(world, PEOPLE.max).rest.pulls.listReviews({ ...BUNDLES, pull_number: number });
    const late = reviews.find((r) => r.user?.login === PEOPLE.bob);
    expect(Date.parse(late?.submitted_at ?? '')).toBeGreaterThan(mergedAt);

    const regated = await gate(world, number);
    const approval = (await checkReports(world, head))['cutover/approval'];
    expect(approval?.conclusion).toBe('failure');
    expect(`${said(regated)}\n${approval?.text ?? ''}`).toContain('after the merge');

    const refused = await seal(world, number);
    expect(refused.code).not.toBe(0);
    expect(said(refused)).toContain('refusing to seal');
    const reconciled = await reconcile(world);
    expect(reconciled.outputs.sealed ?? '').toBe('');
    expect(Number(reconciled.outputs.unsealed)).toBeGreaterThanOrEqual(1);
    // The reason: the late review itself, or the approval check that (judged at the merge) never passed.
    expect(reconciled.summary).toMatch(/after the merge|cutover\/approval did not pass/);
    expect(await sealTags(world)).toEqual([]);
    expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });
});

describe.skipIf(!built)('attack 7: a hand edit past the first page of commits', () => {
  const shared = sharedWorld();

  it('fails cutover/lineage naming a commit that comes after 100 genuine writer commits', async () => {
    const { world } = shared;
    const { number, head } = await assembledPullRequest(world);
    // 100 more commits by the writer App through the Git Data API, no custom author: GitHub signs them.
    const tip = await emptyCommits(world, world.botToken, head, 100, (i) => `writer commit ${i}`);
    const { data: genuine } = await as(world, PEOPLE.max).rest.repos.getCommit({ ...BUNDLES, ref: tip });
    expect(genuine.commit.verification?.verified).toBe(true);
    expect(genuine.author?.login).toBe(BOT);
    const { docs } = forgeArtifactDigest(await readRelease(world, tip, DIR));
    const hand = await commitFiles(world, token(world, PEOPLE.alice), {
      parent: tip,
      files: releaseTexts(DIR, docs),
      message: 'hand edit, commit 102',
    });
    await moveBranch(world, token(world, PEOPLE.alice), BRANCH, hand);
    expect(await git(world, 'rev-list', '--count', `main..${BRANCH}`)).toBe('102');

    await verify(world, number);
    const lineage = (await checkReports(world, hand))['cutover/lineage'];
    expect(lineage?.conclusion).toBe('failure');
    expect(lineage?.text).toContain(hand.slice(0, 12));
  });
});

describe.skipIf(!built)('attack 8: a squatted seal tag', () => {
  const shared = sharedWorld();

  it('is reported by reconcile as unsealed with the reason, lightweight or pointing elsewhere', async () => {
    const { world } = shared;
    const { admin } = world.server;
    const initial = (await git(world, 'rev-list', '--max-parents=0', 'main')).trim();
    const { number } = await assembledPullRequest(world);
    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    expectSuccess(await gate(world, number));
    await nextSecond();
    const { data: merged } = await as(world, PEOPLE.max).rest.pulls.merge({
      ...BUNDLES,
      pull_number: number,
      merge_method: 'squash',
    });
    // The seal run never happened, and the tag name was taken first (rules installed late, or bypassed):
    // setup helpers bypass the tag rules.
    await admin.createTag({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      tag: SEAL_TAG,
      target: merged.sha,
      as: PEOPLE.mallory,
      lightweight: true,
    });
    const light = await reconcile(world);
    expect(light.outputs.sealed ?? '').toBe('');
    expect(Number(light.outputs.unsealed)).toBeGreaterThanOrEqual(1);
    expect(light.summary).toContain('lightweight');

    await admin.deleteRef(BUNDLES.owner, BUNDLES.repo, `refs/tags/${SEAL_TAG}`);
    await admin.createTag({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      tag: SEAL_TAG,
      target: initial,
      as: PEOPLE.mallory,
      message: 'cutover seal (squatted)',
    });
    const elsewhere = await reconcile(world);
    expect(elsewhere.outputs.sealed ?? '').toBe('');
    expect(Number(elsewhere.outputs.unsealed)).toBeGreaterThanOrEqual(1);
    expect(elsewhere.summary).toContain('points at');
    expect(admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
  });
});

describe.skipIf(!built)(
  'found on the way: green checks posted by another App (the writer’s key in a PR workflow)',
  () => {
    const shared = sharedWorld();

    it('cannot merge under the pinned checks, and seal counts only the governor’s check runs', async () => {
      const { world } = shared;
      const { number, head } = await assembledPullRequest(world);
      // pull_request workflows run the pull request's own definition: one edited to use the writer App's key
      // posts every cutover/* check, all green, from the wrong App (any App with checks: write can).
      const writer = new Octokit({ auth: world.botToken, baseUrl: world.server.apiUrl });
      for (const name of [...VERIFY_CHECKS, 'cutover/approval'])
        await writer.rest.checks.create({
          ...BUNDLES,
          name,
          head_sha: head,
          status: 'completed',
          conclusion: 'success',
          output: { title: 'passed', summary: 'All good.' },
        });
      await approve(world, PEOPLE.alice, number);
      await approve(world, PEOPLE.bob, number);
      const checks = await checkReports(world, head);
      for (const name of [...VERIFY_CHECKS, 'cutover/approval']) {
        expect(checks[name]?.conclusion, name).toBe('success');
        expect(checks[name]?.appId, name).toBe(world.appId);
      }
      await expect(
        as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' }),
      ).rejects.toMatchObject({ status: 405 });
      await mergePastRules(world, number, 'squash');
      const refused = await seal(world, number);
      expect(refused.code).not.toBe(0);
      expect(said(refused)).toContain('refusing to seal');
      expect(said(refused)).toMatch(/governor/i);
      expect(await sealTags(world)).toEqual([]);
      expect(world.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(0);
    });
  },
);
