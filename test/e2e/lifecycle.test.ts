/**
 * The product as its users meet it: dist/index.js, run as GitHub Actions runs it, against the
 * GitHub-compatible server on real git. assemble -> verify -> gate (one team, then both) -> merge -> seal,
 * for each merge method, plus idempotent re-runs, supersession, stale approvals, refused seals and reconcile.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { sealRecordIn } from '../helpers/seal-record.js';
import { ACTION_ENTRY, REPO_ROOT } from './runner.js';
import {
  approve,
  as,
  assemble,
  checkConclusions,
  expectSuccess,
  gate,
  nextSecond,
  reconcile,
  seal,
  verify,
} from './steps.js';
import { BUNDLES, createWorld, newCandidate, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, TAG, type World } from './world.js';

const exec = promisify(execFile);
const built = existsSync(ACTION_ENTRY);
const EXAMPLES = path.join(REPO_ROOT, 'examples');
const DIR = `bundles/${PRODUCT}/${RELEASE}`;

let active: { server: GitHubServer; world: World } | undefined;

async function newWorld(): Promise<World> {
  const server = await startGitHubServer();
  const world = await createWorld(server, EXAMPLES);
  active = { server, world };
  return world;
}

afterEach(async () => {
  if (!active) return;
  const { server, world } = active;
  active = undefined;
  const violations = server.contract.take();
  const unimplemented = server.log.unimplemented.splice(0);
  await world.changeManagement.close();
  await server.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
  expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
});

async function git(world: World, ...args: string[]): Promise<string> {
  const { stdout } = await exec('git', [
    '--git-dir',
    world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo),
    ...args,
  ]);
  return stdout.trim();
}

/** assemble + verify + both approvals + gate: an open, approved pull request. */
async function approvedPullRequest(world: World): Promise<{ number: number; head: string }> {
  const assembled = expectSuccess(await assemble(world, TAG));
  const number = Number(assembled.outputs['pull-request-number']);
  const verified = await verify(world, number);
  expectSuccess(verified);
  // One collapsible log group per release directory.
  expect(verified.stdout).toMatch(/^::group::bundles\/[^/\n]+\/[^/\n]+$/m);
  expect(verified.stdout).toMatch(/^::endgroup::$/m);
  await approve(world, PEOPLE.alice, number);
  await approve(world, PEOPLE.bob, number);
  expectSuccess(await gate(world, number));
  const { data } = await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number });
  return { number, head: data.head.sha };
}

describe.skipIf(!built)('lifecycle through dist/index.js', () => {
  beforeAll(() => {
    if (!built) console.warn('dist/index.js is missing: run `npm run build` first; lifecycle tests skipped');
  });

  for (const method of ['merge', 'squash', 'rebase'] as const) {
    it(`assembles, verifies, gates, merges (${method}) and seals`, async () => {
      const world = await newWorld();
      const { server } = world;

      server.log.reset();
      const assembled = expectSuccess(await assemble(world, TAG));
      const assembleCalls = server.log.entries.length;
      expect(assembled.outputs.revision).toBe('1');
      expect(assembled.outputs['bundle-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(assembled.outputs['holds-count']).toBe('0');
      expect(assembled.outputs['manifest-path']).toBe(`${DIR}/manifest.json`);
      const number = Number(assembled.outputs['pull-request-number']);
      expect(number).toBeGreaterThan(0);
      // ONE commit on the branch, holding all four files, written through the API.
      const branch = `cutover/${PRODUCT}/${RELEASE}`;
      expect(await git(world, 'rev-list', '--count', `main..${branch}`)).toBe('1');
      expect((await git(world, 'diff', '--name-only', `main...${branch}`)).split('\n').sort()).toEqual(
        ['bundle.json', 'holds.json', 'lineage.json', 'manifest.json'].map((f) => `${DIR}/${f}`),
      );
      expect(await git(world, 'log', '-1', '--format=%an', branch)).toBe(`${'cutover-release'}[bot]`);
      const body = (await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number })).data.body ?? '';
      for (const section of [
        '### Holds (0 open)',
        '### Components',
        '### Cohorts',
        '### Rollback pointers',
        '```mermaid',
        'No earlier revision of this release was sealed',
      ])
        expect(body).toContain(section);
      expect(assembleCalls).toBeLessThan(40);

      // Same inputs: no new commit.
      const headBefore = await git(world, 'rev-parse', branch);
      const again = expectSuccess(await assemble(world, TAG));
      expect(again.outputs.revision).toBe('1');
      expect(await git(world, 'rev-parse', branch)).toBe(headBefore);

      expectSuccess(await verify(world, number));
      const checks = await checkConclusions(world, headBefore);
      for (const rule of ['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding'])
        expect(checks[`cutover/${rule}`]).toBe('success');

      await approve(world, PEOPLE.alice, number);
      const oneTeam = await gate(world, number);
      expect(oneTeam.code).toBe(0);
      expect((await checkConclusions(world, headBefore))['cutover/approval']).toBe('failure');
      expect(oneTeam.summary).toContain('**missing**');

      await approve(world, PEOPLE.bob, number);
      expectSuccess(await gate(world, number));
      expect((await checkConclusions(world, headBefore))['cutover/approval']).toBe('success');

      await nextSecond();
      await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: method });
      const sealed = expectSuccess(await seal(world, number));
      const tag = `cutover/${PRODUCT}/${RELEASE}/r1`;
      expect(sealed.outputs.tag).toBe(tag);
      expect(await git(world, 'cat-file', '-t', `refs/tags/${tag}`)).toBe('tag');
      const merged = (await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number })).data
        .merge_commit_sha;
      expect(await git(world, 'rev-parse', `refs/tags/${tag}^{commit}`)).toBe(merged);
      const record = sealRecordIn(await git(world, 'cat-file', '-p', `refs/tags/${tag}`)) as Record<string, unknown>;
      expect(record).toMatchObject({
        revision: 1,
        bundleDigest: assembled.outputs['bundle-digest'],
        headSha: headBefore,
        mergeCommit: merged,
        pullRequest: number,
      });
      expect(record.mergeMethod).toBe(method === 'merge' ? 'merge' : 'squash-or-rebase');
      expect(record.approvers).toEqual([
        expect.objectContaining({ login: PEOPLE.alice, team: 'acme/release-engineering', commitId: headBefore }),
        expect.objectContaining({ login: PEOPLE.bob, team: 'acme/operations', commitId: headBefore }),
      ]);
      expect(server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)).toHaveLength(1);

      // Re-running seal is success and changes nothing.
      const tagObject = await git(world, 'rev-parse', `refs/tags/${tag}`);
      const resealed = expectSuccess(await seal(world, number));
      expect(resealed.summary).toContain('already present');
      expect(await git(world, 'rev-parse', `refs/tags/${tag}`)).toBe(tagObject);
    });
  }

  it('keeps the gate failing after a push that follows the approvals, and flags the hand edit', async () => {
    const world = await newWorld();
    const { number, head } = await approvedPullRequest(world);
    const bundle = JSON.parse(await git(world, 'show', `${head}:${DIR}/bundle.json`)) as {
      cohorts: Array<{ share?: number }>;
    };
    const cohort = bundle.cohorts.find((c) => c.share !== undefined);
    if (cohort) cohort.share = 50;
    await world.server.admin.pushCommit({
      ...{ owner: BUNDLES.owner, repo: BUNDLES.repo },
      branch: `cutover/${PRODUCT}/${RELEASE}`,
      files: { [`${DIR}/bundle.json`]: `${JSON.stringify(bundle, null, 2)}\n` },
      as: PEOPLE.mallory,
      message: 'bump canary share',
    });
    const after = expectSuccess(await gate(world, number));
    expect(after.summary).toMatch(/stale|dismissed/);
    const { data } = await as(world, PEOPLE.max).rest.pulls.get({ ...BUNDLES, pull_number: number });
    expect((await checkConclusions(world, data.head.sha))['cutover/approval']).toBe('failure');
    expectSuccess(await verify(world, number));
    const checks = await checkConclusions(world, data.head.sha);
    expect(checks['cutover/lineage']).toBe('failure');
    expect(checks['cutover/binding']).toBe('failure');
    await expect(as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number })).rejects.toMatchObject({
      status: 405,
    });
  });

  it('refuses to seal a merge that carries changes made after approval', async () => {
    const world = await newWorld();
    const { number } = await approvedPullRequest(world);
    // A change lands in the release directory on main while the pull request waits; the merge commit carries it.
    await world.server.admin.pushCommit({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      branch: 'main',
      files: { [`${DIR}/NOTES.md`]: 'rollback owner changed\n' },
      as: PEOPLE.max,
      message: 'notes',
    });
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'merge' });
    const refused = await seal(world, number);
    expect(refused.code).not.toBe(0);
    expect(refused.errors.join('\n')).toMatch(/merged content .* differs from the approved head/);
    expect(await git(world, 'tag', '--list', 'cutover/*')).toBe('');
  });

  it('moves to the next revision on the same pull request, then supersedes the sealed one in a new pull request', async () => {
    const world = await newWorld();
    const first = expectSuccess(await assemble(world, TAG));
    const number = Number(first.outputs['pull-request-number']);
    // A changed input: a new candidate tag on a new commit of the service repository.
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      'CHG-20261118-0311',
      'CHG-20261124-0412',
    );
    await newCandidate(world, 'v2026.11.3-rc.3', { '.cutover/release-records.yaml': records });
    const second = expectSuccess(await assemble(world, 'v2026.11.3-rc.3'));
    expect(second.outputs.revision).toBe('2');
    expect(second.outputs['pull-request-number']).toBe(String(number));
    const manifest = JSON.parse(await git(world, 'show', `cutover/${PRODUCT}/${RELEASE}:${DIR}/manifest.json`)) as {
      supersedes: unknown;
    };
    expect(manifest.supersedes).toEqual({ revision: 1, bundleDigest: first.outputs['bundle-digest'] });

    expectSuccess(await verify(world, number));
    await approve(world, PEOPLE.carol, number);
    await approve(world, PEOPLE.bob, number);
    expectSuccess(await gate(world, number));
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    expect(expectSuccess(await seal(world, number)).outputs.tag).toBe(`cutover/${PRODUCT}/${RELEASE}/r2`);

    // The sealed revision is done; the next candidate opens a new pull request that supersedes it.
    await newCandidate(world, 'v2026.11.3-rc.4', {
      '.cutover/release-records.yaml': records.replace('CHG-20261124-0412', 'CHG-20261125-0001'),
    });
    const third = expectSuccess(await assemble(world, 'v2026.11.3-rc.4'));
    expect(third.outputs.revision).toBe('3');
    expect(third.outputs['pull-request-number']).not.toBe(String(number));
    const next = JSON.parse(await git(world, 'show', `cutover/${PRODUCT}/${RELEASE}:${DIR}/manifest.json`)) as {
      supersedes: unknown;
    };
    expect(next.supersedes).toEqual({ revision: 2, bundleDigest: second.outputs['bundle-digest'] });
  });

  it('does not count one person for two teams, the author, or approvals of an earlier head', async () => {
    const world = await newWorld();
    const assembled = expectSuccess(await assemble(world, TAG));
    const number = Number(assembled.outputs['pull-request-number']);
    await approve(world, PEOPLE.carol, number);
    await approve(world, PEOPLE.mallory, number);
    const result = expectSuccess(await gate(world, number));
    expect(result.summary).toContain('**missing**');
    expect(result.summary).toContain('not a member of any required team');
  });

  it('reconcile seals a merged revision whose seal never ran, once', async () => {
    const world = await newWorld();
    const { number } = await approvedPullRequest(world);
    await nextSecond();
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    const first = expectSuccess(await reconcile(world));
    expect(first.outputs.sealed).toBe(`cutover/${PRODUCT}/${RELEASE}/r1`);
    const second = expectSuccess(await reconcile(world));
    expect(second.outputs.sealed).toBe('');
    expect(await git(world, 'tag', '--list', 'cutover/*')).toBe(`cutover/${PRODUCT}/${RELEASE}/r1`);
  });
});
