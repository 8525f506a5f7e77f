/**
 * The hand-off record names the deployment-queue repository, and reconcile counts only a record for the queue it
 * is configured with: after `dispatch-repository` changes, the new queue hears of every sealed revision whose
 * window is still open (the queue deduplicates on the tag). A re-send GitHub does not accept is a warning, is
 * counted in `handoff-problems`, and fails the step once every other release was seen to. In-process over the
 * real Octokit adapter and real HTTP to the GitHub-compatible server.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import type { ModeContext } from '../../src/modes/context.js';
import { runReconcile } from '../../src/modes/reconcile.js';
import { HANDOFF_CHECK, runSeal } from '../../src/modes/seal.js';
import { inProcessWorlds, mergeInProcess, modeContext } from '../e2e/in-process.js';
import { as } from '../e2e/steps.js';
import { BUNDLES, GOVERNOR_SLUG, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, type World } from '../e2e/world.js';

const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;
const QUEUE_B = { owner: QUEUE_REPO.owner, repo: 'deploy-queue-b' } as const;

const setUp = inProcessWorlds();

/** A second deployment-queue repository, and the governor App's context with dispatch rights on both queues. */
async function secondQueue(world: World, warnings: string[]): Promise<ModeContext> {
  await world.server.admin.createRepo({
    owner: QUEUE_B.owner,
    name: QUEUE_B.repo,
    files: { 'README.md': '# deploy-queue-b\n' },
    as: PEOPLE.max,
  });
  const token = world.server.admin.createToken({
    app: GOVERNOR_SLUG,
    repos: {
      [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
      [`${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`]: 'write',
      [`${QUEUE_B.owner}/${QUEUE_B.repo}`]: 'write',
    },
    orgMembersRead: true,
  });
  return { ...modeContext(world, token), warn: (line: string) => warnings.push(line) };
}

function sent(world: World, queue: { owner: string; repo: string }): unknown[] {
  return world.server.admin.dispatches(queue.owner, queue.repo).map((d) => d.client_payload.tag);
}

describe('the hand-off record names its queue', () => {
  it('a record for queue A does not count for queue B: reconcile configured with B sends to B; with A, nothing', async () => {
    const { world, writer, governor } = await setUp();
    const { number, mergeCommit } = await mergeInProcess(world, writer, governor);
    await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    expect(sent(world, QUEUE_REPO)).toEqual([TAG]);
    const warnings: string[] = [];
    const both = await secondQueue(world, warnings);

    const toA = await runReconcile(both, { dispatchRepo: QUEUE_REPO });
    expect(toA.outputs['handed-off']).toBe('');
    expect(sent(world, QUEUE_REPO)).toEqual([TAG]);
    expect(sent(world, QUEUE_B)).toEqual([]);

    const toB = await runReconcile(both, { dispatchRepo: QUEUE_B });
    expect(toB.outputs['handed-off']).toBe(TAG);
    expect(sent(world, QUEUE_B)).toEqual([TAG]);
    expect(sent(world, QUEUE_REPO)).toEqual([TAG]);
    // Now recorded for B too (a repository's name is matched case-insensitively, as GitHub does): nothing more.
    const upper = { owner: QUEUE_B.owner.toUpperCase(), repo: QUEUE_B.repo.toUpperCase() };
    expect((await runReconcile(both, { dispatchRepo: upper })).outputs['handed-off']).toBe('');
    expect((await runReconcile(both, { dispatchRepo: QUEUE_REPO })).outputs['handed-off']).toBe('');
    expect(sent(world, QUEUE_B)).toEqual([TAG]);
    expect(warnings).toEqual([]);

    const { data } = await as(world, PEOPLE.max).rest.checks.listForRef({
      ...BUNDLES,
      ref: mergeCommit,
      check_name: HANDOFF_CHECK,
      filter: 'all',
    });
    expect(data.check_runs.map((r) => r.external_id).sort()).toEqual([
      `${TAG} ${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`,
      `${TAG} ${QUEUE_B.owner}/${QUEUE_B.repo}`,
    ]);
  }, 180_000);

  it('a re-send GitHub does not accept is a warning, counted in handoff-problems, and fails the step', async () => {
    const { world, writer, governor } = await setUp();
    const { number } = await mergeInProcess(world, writer, governor);
    await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    const warnings: string[] = [];
    const both = await secondQueue(world, warnings);
    world.server.faults.add({ method: 'POST', path: 'repos/create-dispatch-event', status: 502, times: 50 });
    const result = await runReconcile(both, { dispatchRepo: QUEUE_B });
    world.server.faults.clear();
    expect(sent(world, QUEUE_B)).toEqual([]);
    expect(result.outputs).toMatchObject({ 'handed-off': '', 'handoff-problems': '1' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${TAG}: not handed off to ${QUEUE_B.owner}/${QUEUE_B.repo}`);
    expect(result.failure).toMatch(/1 hand-off .*not accepted/);
    expect(result.summary).toContain('- not handed off:');

    // The next schedule, with GitHub accepting again, sends it: no problem, no failure.
    const again = await runReconcile(both, { dispatchRepo: QUEUE_B });
    expect(again.outputs).toMatchObject({ 'handed-off': TAG, 'handoff-problems': '0' });
    expect(again.failure).toBeUndefined();
    expect(warnings).toHaveLength(1);
  }, 180_000);

  it('in the action: the refused re-send is a ::warning:: line, handoff-problems=1 and a failed step', async () => {
    const { world, writer, governor } = await setUp();
    const { number } = await mergeInProcess(world, writer, governor);
    await runSeal(governor, { pullRequest: number, dispatchRepo: QUEUE_REPO });
    const token = world.server.admin.createToken({
      app: GOVERNOR_SLUG,
      repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write', [`${QUEUE_B.owner}/${QUEUE_B.repo}`]: 'write' },
      orgMembersRead: true,
    });
    await secondQueue(world, []);
    const dir = await mkdtemp(path.join(tmpdir(), 'cutover-handoff-problems-'));
    const output = path.join(dir, 'output');
    await writeFile(output, ''); // the runner creates the file; the toolkit appends to it
    const written: string[] = [];
    world.server.faults.add({ method: 'POST', path: 'repos/create-dispatch-event', status: 502, times: 50 });
    // The toolkit writes outputs to the file process.env names (run()'s env argument holds the inputs).
    vi.stubEnv('GITHUB_OUTPUT', output);
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    try {
      await run({
        INPUT_COMMAND: 'reconcile',
        INPUT_TOKEN: token,
        'INPUT_BUNDLES-REPOSITORY': `${BUNDLES.owner}/${BUNDLES.repo}`,
        'INPUT_DISPATCH-REPOSITORY': `${QUEUE_B.owner}/${QUEUE_B.repo}`,
        GITHUB_API_URL: world.server.apiUrl,
        GITHUB_REPOSITORY: `${BUNDLES.owner}/${BUNDLES.repo}`,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_OUTPUT: output,
        RUNNER_TEMP: dir,
      });
      vi.restoreAllMocks();
      world.server.faults.clear();
      const lines = written.join('').split('\n');
      expect(lines.filter((l) => l.startsWith('::warning::')).join('\n')).toContain(
        `${TAG}: not handed off to ${QUEUE_B.owner}/${QUEUE_B.repo}`,
      );
      expect(lines.some((l) => l.startsWith('::error::reconcile: 1 hand-off'))).toBe(true);
      expect(process.exitCode).toBe(1);
      expect(await readFile(output, 'utf8')).toMatch(/handoff-problems<<[^\n]*\n1\n/);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
      process.exitCode = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
