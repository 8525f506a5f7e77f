/**
 * Concurrent assembles of one release (issue 11, item 1): eight runs of the built action started together
 * against one server, with identical inputs and with different inputs, on a fresh release, on an open pull
 * request and on a branch left by a closed pull request, round after round. After every round:
 * - no run deleted the branch, and every commit a run reported is on the final branch and carries the revision
 *   the run reported; no revision is reported for two different commits;
 * - every run that failed says "another run is assembling this release";
 * - the branch has exactly one open pull request, whose head is the branch head.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { assembleAt, bundlesGit, checkout, ENTRY, gateAt, isAncestor, verifyAt } from './converge-helpers.js';
import type { ActionResult } from './runner.js';
import { REPO_ROOT } from './runner.js';
import { approve, as, nextSecond } from './steps.js';
import { BUNDLES, createWorld, PEOPLE, PRODUCT, RELEASE, TAG, type World } from './world.js';

const RUNS = 8;
const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const DIR = `bundles/${PRODUCT}/${RELEASE}`;
const CONCURRENT = 'another run is assembling this release';

let server: GitHubServer;
let world: World;
let workspace: { dir: string; sha: string };
const report: string[] = [];

beforeAll(async () => {
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
  workspace = await checkout(world, TAG);
}, 120_000);

afterAll(async () => {
  console.log(`concurrent assembles (${ENTRY}):\n${report.join('\n')}`);
  const violations = server?.contract.take() ?? [];
  await world?.changeManagement.close();
  await server?.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
});

/** A deployment-window end inside the change window, different for each `i`: a different manifest. */
function windowEnd(i: number): string {
  const end = new Date(Date.parse(world.window.end) - (i + 1) * 3_600_000);
  return end.toISOString().replace('.000Z', 'Z');
}

async function openPulls(): Promise<Array<{ number: number; head: string }>> {
  const { data } = await as(world, PEOPLE.max).rest.pulls.list({
    ...BUNDLES,
    state: 'open',
    head: `${BUNDLES.owner}:${BRANCH}`,
  });
  return data.map((p) => ({ number: p.number, head: p.head.sha }));
}

/** Verifies, approves (both teams), gates and merges the open pull request, as the lifecycle does. */
async function mergeOpenPull(): Promise<void> {
  const [pull] = await openPulls();
  if (!pull) throw new Error('no open pull request to merge');
  const verified = await verifyAt(world, pull.number);
  expect(verified.code, verified.errors.join('\n')).toBe(0);
  await approve(world, PEOPLE.alice, pull.number);
  await approve(world, PEOPLE.bob, pull.number);
  const gated = await gateAt(world, pull.number);
  expect(gated.code, gated.errors.join('\n')).toBe(0);
  await nextSecond();
  await as(world, PEOPLE.max).rest.pulls.merge({ ...BUNDLES, pull_number: pull.number, merge_method: 'merge' });
}

async function closeOpenPulls(): Promise<void> {
  for (const pull of await openPulls())
    await as(world, PEOPLE.max).rest.pulls.update({ ...BUNDLES, pull_number: pull.number, state: 'closed' });
}

/** Runs one round and checks the properties of issue 11, item 1. */
async function round(name: string, inputsOf: (i: number) => Record<string, string>): Promise<void> {
  const deletesBefore = server.log.count({ operationId: 'git/delete-ref' });
  const started = Date.now();
  const results: ActionResult[] = await Promise.all(
    Array.from({ length: RUNS }, (_, i) => assembleAt(world, TAG, workspace, { inputs: inputsOf(i) })),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const head = await bundlesGit(world, 'rev-parse', '--verify', '--quiet', `refs/heads/${BRANCH}`).catch(() => '');
  const succeeded = results.filter((r) => r.code === 0);
  const failed = results.filter((r) => r.code !== 0);
  const written = succeeded.filter((r) => r.summary.includes('Written')).length;
  const deletions = server.log.count({ operationId: 'git/delete-ref' }) - deletesBefore;
  report.push(
    `- ${name}: ${RUNS} runs in ${seconds}s: ${succeeded.length} exit 0 (${written} wrote, ${succeeded.length - written} unchanged; ${new Set(succeeded.map((r) => r.outputs.commit)).size} distinct commit(s) reported), ${failed.length} failed; ${deletions} branch deletion(s); branch ${head ? 'present' : 'ABSENT'}`,
  );
  if (process.env.CONVERGE_DEBUG) for (const f of failed) console.log('FAILED', f.errors.join(' / '));

  expect(deletions, `${name}: branch deletions`).toBe(0);
  expect(head, `${name}: the branch exists`).not.toBe('');
  expect(succeeded.length, `${name}: runs that exit 0`).toBeGreaterThan(0);
  for (const f of failed)
    expect(f.errors.join('\n') || f.stderr, `${name}: a failed run's error`).toContain(CONCURRENT);

  const revisions = new Map<string, string>();
  for (const r of succeeded) {
    const commit = r.outputs.commit ?? '';
    const revision = r.outputs.revision ?? '';
    expect(commit, `${name}: the commit a run reports`).toMatch(/^[0-9a-f]{40}$/);
    expect(await isAncestor(world, commit, head), `${name}: ${commit} (revision ${revision}) is on ${BRANCH}`).toBe(
      true,
    );
    const manifest = JSON.parse(await bundlesGit(world, 'show', `${commit}:${DIR}/manifest.json`)) as {
      revision: number;
    };
    expect(String(manifest.revision), `${name}: the revision ${commit} carries`).toBe(revision);
    const other = revisions.get(revision);
    expect(other ?? commit, `${name}: revision ${revision} reported for two commits`).toBe(commit);
    revisions.set(revision, commit);
  }
  const pulls = await openPulls();
  expect(pulls.length, `${name}: open pull requests of ${BRANCH}`).toBe(1);
  expect(pulls[0]?.head, `${name}: the pull request's head`).toBe(head);
  // The revision at the head is the highest any run reported (a later run never writes a lower one).
  const top = JSON.parse(await bundlesGit(world, 'show', `${head}:${DIR}/manifest.json`)) as { revision: number };
  expect(top.revision).toBe(Math.max(...[...revisions.keys()].map(Number)));
}

describe.skipIf(!existsSync(ENTRY))('eight concurrent assembles of one release', () => {
  it('fresh release, identical inputs', async () => {
    await round('fresh release, identical inputs', () => ({}));
  }, 300_000);

  it('open pull request, different inputs', async () => {
    await round('open pull request, different inputs', (i) => ({ 'window-end': windowEnd(i) }));
  }, 300_000);

  it('open pull request, identical new inputs', async () => {
    await round('open pull request, identical inputs', () => ({ 'window-end': windowEnd(10) }));
  }, 300_000);

  it('branch left by a closed pull request, identical inputs', async () => {
    await closeOpenPulls();
    await round('closed pull request, identical inputs', () => ({}));
  }, 300_000);

  it('branch left by a closed pull request, different inputs', async () => {
    await closeOpenPulls();
    await round('closed pull request, different inputs', (i) => ({ 'window-end': windowEnd(i + 20) }));
  }, 300_000);

  it('branch left by a merged pull request, different inputs', async () => {
    await mergeOpenPull();
    await round('merged pull request, different inputs', (i) => ({ 'window-end': windowEnd(i + 30) }));
  }, 300_000);

  it('branch left by a merged pull request, identical inputs', async () => {
    await mergeOpenPull();
    await round('merged pull request, identical inputs', () => ({ 'window-end': windowEnd(40) }));
  }, 300_000);
});
