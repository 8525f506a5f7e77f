/**
 * Lost responses (issue 11, item 2): GitHub carries out a write but its reply never arrives (here: a proxy in
 * front of the server drops the reply after the server handled the write and answers 500; Octokit retries, and
 * the retry meets the state the first attempt left: "Reference already exists", "A pull request already
 * exists"). The built action must still succeed, and end in the state a clean run ends in: a clean re-run with
 * the same inputs finds nothing to write, one open pull request, no branch deleted; a seal ends with its tag
 * pointing at its tag object on the merge commit, and hands the revision to the deployment queue.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import {
  assembleAt,
  bundlesGit,
  checkout,
  type DroppingProxy,
  type DropRule,
  ENTRY,
  gateAt,
  sealAt,
  startDroppingProxy,
  verifyAt,
} from './converge-helpers.js';
import { REPO_ROOT } from './runner.js';
import { approve, as, nextSecond } from './steps.js';
import { BUNDLES, createWorld, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, TAG, type World } from './world.js';

const BRANCH = `cutover/${PRODUCT}/${RELEASE}`;
const REPO = `/repos/${BUNDLES.owner}/${BUNDLES.repo}`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const at = (suffix: string) => new RegExp(`^${escapeRegExp(REPO)}${suffix}$`);

let server: GitHubServer;
let world: World;
let proxy: DroppingProxy;
let workspace: { dir: string; sha: string };

beforeAll(async () => {
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
  proxy = await startDroppingProxy(server.apiUrl);
  workspace = await checkout(world, TAG);
}, 120_000);

afterAll(async () => {
  const violations = server?.contract.take() ?? [];
  await proxy?.close();
  await world?.changeManagement.close();
  await server?.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
});

/** A deployment-window end inside the change window, different for each `i`: a new revision. */
function windowEnd(i: number): string {
  return new Date(Date.parse(world.window.end) - i * 3_600_000).toISOString().replace('.000Z', 'Z');
}

async function openPulls(): Promise<Array<{ number: number; head: string }>> {
  const { data } = await as(world, PEOPLE.max).rest.pulls.list({
    ...BUNDLES,
    state: 'open',
    head: `${BUNDLES.owner}:${BRANCH}`,
  });
  return data.map((p) => ({ number: p.number, head: p.head.sha }));
}

/** assemble through the proxy with `drops`, then the checks of a converged write. */
async function assembleLosing(drops: DropRule[], i: number, revision: number): Promise<number> {
  const inputs = { 'window-end': windowEnd(i) };
  const deletes = server.log.count({ operationId: 'git/delete-ref' });
  const droppedBefore = proxy.dropped.length;
  proxy.rules = drops.map((d) => ({ ...d }));
  const lossy = await assembleAt(world, TAG, workspace, { apiUrl: proxy.apiUrl, inputs });
  proxy.rules = [];
  const wanted = drops.reduce((n, d) => n + (d.times ?? 1), 0);
  expect(
    proxy.dropped.length - droppedBefore,
    `replies dropped: ${proxy.dropped.slice(droppedBefore)}; the run: ${lossy.errors.join(' / ')}`,
  ).toBe(wanted);
  expect(lossy.code, `the run with lost replies: ${lossy.errors.join('\n')}`).toBe(0);
  expect(server.log.count({ operationId: 'git/delete-ref' }) - deletes, 'branch deletions').toBe(0);
  expect(lossy.outputs.revision).toBe(String(revision));
  const head = await bundlesGit(world, 'rev-parse', `refs/heads/${BRANCH}`);
  expect(lossy.outputs.commit).toBe(head);

  // The state equals a clean run's: a clean run with the same inputs finds its revision already written.
  const clean = await assembleAt(world, TAG, workspace, { inputs });
  expect(clean.code, clean.errors.join('\n')).toBe(0);
  expect(clean.summary).toContain('Unchanged, nothing written');
  expect(clean.outputs.revision).toBe(String(revision));
  expect(clean.outputs.commit).toBe(head);
  const pulls = await openPulls();
  expect(pulls.map((p) => p.head)).toEqual([head]);
  expect(clean.outputs['pull-request-number']).toBe(String(pulls[0]?.number));
  return Number(lossy.outputs['pull-request-number']);
}

describe.skipIf(!existsSync(ENTRY))('writes whose replies are lost', () => {
  it('creating the branch', async () => {
    await assembleLosing([{ method: 'POST', path: at('/git/refs') }], 1, 1);
  }, 120_000);

  it('opening the pull request', async () => {
    // The open pull request is closed: the next revision restarts the branch and opens a new pull request.
    for (const pull of await openPulls())
      await as(world, PEOPLE.max).rest.pulls.update({ ...BUNDLES, pull_number: pull.number, state: 'closed' });
    // A pull request closed unmerged approved nothing: the next revision follows the last approved one (none).
    await assembleLosing([{ method: 'POST', path: at('/pulls') }], 2, 1);
  }, 120_000);

  it('moving the branch (restart marker and replacement) after a closed pull request', async () => {
    for (const pull of await openPulls())
      await as(world, PEOPLE.max).rest.pulls.update({ ...BUNDLES, pull_number: pull.number, state: 'closed' });
    await assembleLosing([{ method: 'PATCH', path: at(`/git/refs/heads/${BRANCH}`), times: 2 }], 3, 1);
  }, 120_000);

  it('creating the tree, the commit and the branch update of the next revision', async () => {
    await assembleLosing(
      [
        { method: 'POST', path: at('/git/trees') },
        { method: 'POST', path: at('/git/commits') },
        { method: 'PATCH', path: at(`/git/refs/heads/${BRANCH}`) },
      ],
      4,
      2,
    );
  }, 120_000);

  it('updating the pull request', async () => {
    await assembleLosing([{ method: 'PATCH', path: at('/pulls/\\d+') }], 5, 3);
  }, 120_000);

  it('sealing: the tag object, the tag ref and the dispatch', async () => {
    const [pull] = await openPulls();
    if (!pull) throw new Error('no open pull request');
    const verified = await verifyAt(world, pull.number);
    expect(verified.code, verified.errors.join('\n')).toBe(0);
    await approve(world, PEOPLE.alice, pull.number);
    await approve(world, PEOPLE.bob, pull.number);
    const gated = await gateAt(world, pull.number);
    expect(gated.code, gated.errors.join('\n')).toBe(0);
    await nextSecond();
    const merged = await as(world, PEOPLE.max).rest.pulls.merge({
      ...BUNDLES,
      pull_number: pull.number,
      merge_method: 'merge',
    });
    const mergeCommit = merged.data.sha;

    const droppedBefore = proxy.dropped.length;
    proxy.rules = [
      { method: 'POST', path: at('/git/tags') },
      { method: 'POST', path: at('/git/refs') },
      {
        method: 'POST',
        path: new RegExp(`^${escapeRegExp(`/repos/${QUEUE_REPO.owner}/${QUEUE_REPO.repo}/dispatches`)}$`),
      },
    ];
    const sealed = await sealAt(world, pull.number, proxy.apiUrl);
    proxy.rules = [];
    expect(proxy.dropped.length - droppedBefore, `replies dropped: ${proxy.dropped.slice(droppedBefore)}`).toBe(3);
    expect(sealed.code, sealed.errors.join('\n')).toBe(0);
    const tag = `cutover/${PRODUCT}/${RELEASE}/r3`;
    expect(sealed.outputs.tag).toBe(tag);

    // One tag, annotated, on the merge commit; the revision handed to the queue.
    expect(await bundlesGit(world, 'cat-file', '-t', `refs/tags/${tag}`)).toBe('tag');
    expect(await bundlesGit(world, 'rev-parse', `refs/tags/${tag}^{commit}`)).toBe(mergeCommit);
    expect((await bundlesGit(world, 'tag', '--list', `cutover/${PRODUCT}/${RELEASE}/*`)).split('\n')).toEqual([tag]);
    const tagObject = await bundlesGit(world, 'rev-parse', `refs/tags/${tag}`);
    const events = server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo);
    expect(events.filter((e) => e.client_payload.tag === tag).length).toBeGreaterThan(0);

    // A clean re-run finds the seal done and moves nothing.
    const again = await sealAt(world, pull.number);
    expect(again.code, again.errors.join('\n')).toBe(0);
    expect(await bundlesGit(world, 'rev-parse', `refs/tags/${tag}`)).toBe(tagObject);
  }, 300_000);
});
