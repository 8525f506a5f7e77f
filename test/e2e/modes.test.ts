/**
 * Modes in-process over the real Octokit adapter and real HTTP to the GitHub-compatible server, for the
 * situations a child process cannot stage: a competing branch update between read and write, secondary
 * rate limits, a merge queue, a governance-only change, and a window that ended before the seal.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RefusalError } from '../../src/errors.js';
import { runGate } from '../../src/modes/gate.js';
import { runSeal } from '../../src/modes/seal.js';
import { runVerify } from '../../src/modes/verify.js';
import { commitFiles } from './attack-kit.js';
import { assembleInProcess, inProcessWorlds } from './in-process.js';
import { approve, as, checkConclusions } from './steps.js';
import { BOT, BUNDLES, PEOPLE, PRODUCT, RELEASE, SERVICE, TAG } from './world.js';

const exec = promisify(execFile);

const setUp = inProcessWorlds({ rateLimitWaitSeconds: 2 });

describe('modes over HTTP', () => {
  it('re-reads and rebuilds when the branch moves between read and write, and never forces', async () => {
    const { world, writer: ctx, lines } = await setUp();
    const first = await assembleInProcess(world, ctx);
    const number = Number(first.outputs['pull-request-number']);
    const branch = `cutover/${PRODUCT}/${RELEASE}`;
    // A new input, and a competing commit lands on the branch just before our ref update.
    const records = (world.serviceFiles['.cutover/release-records.yaml'] ?? '').replace(
      'CHG-20261118-0311',
      'CHG-20261124-0999',
    );
    await world.server.admin.pushCommit({
      owner: SERVICE.owner,
      repo: SERVICE.repo,
      branch: 'main',
      files: { '.cutover/release-records.yaml': records },
      as: PEOPLE.dave,
      message: 'x',
    });
    await world.server.admin.deleteRef(SERVICE.owner, SERVICE.repo, `refs/tags/${TAG}`);
    const sha = (await world.server.admin.repository(SERVICE.owner, SERVICE.repo).git.resolve('refs/heads/main')) ?? '';
    await world.server.admin.createTag({
      owner: SERVICE.owner,
      repo: SERVICE.repo,
      tag: TAG,
      target: sha,
      as: PEOPLE.dave,
      message: 'retag',
      signature: 'valid',
    });
    let competing = '';
    // The competing commit is another assemble run's: a commit the writer App made through the API (assemble
    // refuses to build on anyone else's, test/modes/verify-attacks.test.ts).
    world.server.faults.beforeWrite({ method: 'PATCH', path: 'git/update-ref' }, async () => {
      const tip =
        (await world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve(`refs/heads/${branch}`)) ?? '';
      competing = await commitFiles(world, world.botToken, {
        parent: tip,
        files: { 'bundles/NOTE.md': 'competing\n' },
        message: 'competing',
      });
      await world.server.admin.setBranch(BUNDLES.owner, BUNDLES.repo, branch, competing, BOT, false);
    });
    const second = await assembleInProcess(world, ctx);
    expect(lines.some((l) => l.includes('moved while writing'))).toBe(true);
    expect(second.outputs.revision).toBe('2');
    expect(second.outputs['pull-request-number']).toBe(String(number));
    // The competing commit is kept: our commit sits on top of it.
    const { stdout } = await exec('git', [
      '--git-dir',
      world.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo),
      'rev-list',
      branch,
    ]);
    expect(stdout.split('\n')).toContain(competing);
  });

  it('rides out a secondary rate limit and a 502 on the way', async () => {
    const { world, writer: ctx } = await setUp();
    world.server.faults.secondaryRateLimit({ method: 'POST', path: 'git/create-tree', retryAfter: 1, times: 1 });
    world.server.faults.add({ method: 'GET', path: 'repos/get', status: 502, times: 1 });
    const result = await assembleInProcess(world, ctx);
    expect(result.outputs.revision).toBe('1');
    expect(world.server.log.count({ operationId: 'git/create-tree' })).toBe(2);
  });

  it('verifies a merge-group head, and requires both teams for a governance-only change', async () => {
    const { world, governor } = await setUp();
    const base =
      (await world.server.admin.repository(BUNDLES.owner, BUNDLES.repo).git.resolve('refs/heads/main')) ?? '';
    const head = await world.server.admin.pushCommit({
      owner: BUNDLES.owner,
      repo: BUNDLES.repo,
      branch: 'policy-change',
      parent: base,
      files: {
        '.cutover/policy.yaml':
          '# tightened\nschemaVersion: 1\napprovers:\n  teams: [acme/release-engineering, acme/operations]\n',
      },
      as: PEOPLE.alice,
      message: 'policy',
    });
    const queued = await runVerify(governor, { headSha: head, baseSha: base });
    expect(queued.outputs['failed-checks']).toBe('0');
    const { data: pull } = await as(world, PEOPLE.alice).rest.pulls.create({
      ...BUNDLES,
      head: 'policy-change',
      base: 'main',
      title: 'Tighten policy',
    });
    const verified = await runVerify(governor, { headSha: head, baseSha: base, pullRequest: pull.number });
    expect(verified.summary).toContain('cutover/schema');
    await approve(world, PEOPLE.bob, pull.number);
    const oneTeam = await runGate(governor, pull.number);
    expect(oneTeam.outputs.approved).toBe('false');
    expect((await checkConclusions(world, head))['cutover/approval']).toBe('failure');
    await approve(world, PEOPLE.carol, pull.number);
    expect((await runGate(governor, pull.number)).outputs.approved).toBe('true');
  });

  it('refuses to seal once the window has ended', async () => {
    const later = { now: new Date() };
    const { world, writer: ctx, governor } = await setUp(() => later.now);
    const assembled = await assembleInProcess(world, ctx);
    const number = Number(assembled.outputs['pull-request-number']);
    const pull = await governor.github.getPullRequest(BUNDLES, number);
    await runVerify(governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    await approve(world, PEOPLE.alice, number);
    await approve(world, PEOPLE.bob, number);
    await runGate(governor, number);
    // Reviews count only when strictly before the merge, in GitHub's whole seconds.
    await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 10));
    await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: number, merge_method: 'squash' });
    later.now = new Date(Date.parse(world.window.end) + 60_000);
    await expect(runSeal(governor, { pullRequest: number })).rejects.toThrow(RefusalError);
    await expect(runSeal(governor, { pullRequest: number })).rejects.toThrow(/window ended/);
  });
});
