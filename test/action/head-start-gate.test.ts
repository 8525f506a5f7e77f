/**
 * gate's head start through the built action (dist/index.js) on the GitHub-compatible server: besides the pull
 * request, the entry reads the reviews and the files (page 1 of each), the policy and the default branch's head
 * at once (src/github/first-read.ts), and the gate takes those answers instead of reading them again
 * (src/action/main.ts takeHeadStart). A failed head-start read is read again through the full client, and a
 * first page of reviews or files that GitHub says has a next one is not taken: the full client reads every page.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { ACTION_ENTRY, runAction } from '../e2e/runner.js';
import { approve, as } from '../e2e/steps.js';
import { BUNDLES, createWorld, PEOPLE, type World } from '../e2e/world.js';
import { examplesDir } from '../helpers/paths.js';

const built = existsSync(ACTION_ENTRY);
const SLUG = `${BUNDLES.owner}/${BUNDLES.repo}`;
const POLICY = '.cutover/policy.yaml';

describe.skipIf(!built)("gate's head start (dist/index.js)", () => {
  let server: GitHubServer | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    server = await startGitHubServer();
    world = await createWorld(server, examplesDir, new Date());
  }, 60_000);
  afterAll(async () => {
    if (!server) return;
    const violations = server.contract.take();
    await world?.changeManagement.close();
    await server.close();
    expect(violations, 'OpenAPI contract violations').toEqual([]);
  });
  beforeEach(() => world?.server.faults.clear());

  /**
   * A pull request by mallory changing the README (and `files`), with `before` run before alice and bob approve
   * it.
   */
  async function approvedPull(
    branch: string,
    before: (number: number, head: string) => void = () => {},
    files: Record<string, string> = {},
  ) {
    if (!world) throw new Error('no world');
    const head = await world.server.admin.pushCommit({
      ...BUNDLES,
      branch,
      files: { 'README.md': `# release-bundles\n\n${branch}\n`, ...files },
      as: PEOPLE.mallory,
    });
    const { data } = await as(world, PEOPLE.mallory).rest.pulls.create({
      ...BUNDLES,
      head: branch,
      base: 'main',
      title: branch,
    });
    before(data.number, head);
    await approve(world, PEOPLE.alice, data.number);
    await approve(world, PEOPLE.bob, data.number);
    return data.number;
  }

  /** Runs gate for pull request `number` and counts its reads by operation. */
  async function gate(number: number) {
    if (!world) throw new Error('no world');
    const { log } = world.server;
    log.reset();
    const result = await runAction({
      command: 'gate',
      token: world.governorToken,
      apiUrl: world.server.apiUrl,
      repository: SLUG,
      eventName: 'pull_request_review',
      event: { pull_request: { number } },
      ref: `refs/pull/${number}/merge`,
      sha: '0'.repeat(40),
    });
    const count = (operationId: string, status?: number) =>
      log.count({ operationId, ...(status === undefined ? {} : { status }) });
    return {
      result,
      pulls: log.count({ operationId: 'pulls/get', path: `/repos/${SLUG}/pulls/${number}` }),
      reviews: count('pulls/list-reviews'),
      files: count('pulls/list-files'),
      policy: log.count({ operationId: 'repos/get-content', path: `/repos/${SLUG}/contents/${POLICY}` }),
      defaultHead: count('repos/list-commits'),
      undocumentedHead: log.count({ operationId: 'repos/get-commit', path: `/repos/${SLUG}/commits/HEAD` }),
      count,
    };
  }

  it("takes the head start's answers: the pull request, the files, the policy and the default head read once, the reviews once before the post and once after", async () => {
    const run = await gate(await approvedPull('head-start-used'));
    expect(run.result.code, run.result.stdout + run.result.stderr).toBe(0);
    expect(run.result.outputs.approved).toBe('true');
    expect(run.pulls).toBe(1);
    expect(run.files).toBe(1);
    expect(run.policy).toBe(1);
    expect(run.defaultHead).toBe(1);
    expect(run.undocumentedHead).toBe(0);
    // The judged reviews (the head start's) and the re-read after posting cutover/approval.
    expect(run.reviews).toBe(2);
  });

  it('a failed head-start read is read again through the full client, and the gate goes on', async () => {
    const number = await approvedPull('head-start-failed');
    if (!world) throw new Error('no world');
    // The first of each (the head start's, sent first) fails; the full client's reads are answered.
    for (const path of [
      'pulls/list-reviews',
      'pulls/list-files',
      'repos/list-commits',
      `/repos/${SLUG}/contents/${POLICY}`,
    ])
      world.server.faults.add({ method: 'GET', path, status: 502 });
    const run = await gate(number);
    expect(run.result.code, run.result.stdout + run.result.stderr).toBe(0);
    expect(run.result.outputs.approved).toBe('true');
    expect(run.count('pulls/list-reviews', 502)).toBe(1);
    expect(run.count('repos/list-commits', 502)).toBe(1);
    expect(run.count('pulls/list-files', 502)).toBe(1);
    expect(run.reviews).toBe(3);
    expect(run.files).toBe(2);
    expect(run.policy).toBe(2);
    expect(run.defaultHead).toBe(2);
    // Nothing of the dropped failures reaches the log.
    expect(run.result.stdout).not.toContain('502');
    expect(run.result.stdout).not.toContain('::warning::');
  });

  it('a first page of reviews with a next page is not taken: every page is read, and approvals on page 2 count', async () => {
    // 100 comments come before the approvals: page 1 (per_page=100) holds none of them.
    const number = await approvedPull('head-start-paged', (pull, head) => {
      if (!world) throw new Error('no world');
      const { reviews } = world.server.admin.repository(BUNDLES.owner, BUNDLES.repo);
      for (let i = 0; i < 100; i++)
        reviews.push({
          id: 70_000_000 + pull * 1000 + i,
          pullNumber: pull,
          user: PEOPLE.max,
          body: `comment ${i}`,
          state: 'COMMENTED',
          commitId: head,
          submittedAt: new Date().toISOString(),
          seq: 0,
        });
    });
    const run = await gate(number);
    expect(run.result.code, run.result.stdout + run.result.stderr).toBe(0);
    expect(run.result.outputs.approved).toBe('true');
    // One verdict, judged on every review: page 1 alone (no approval on it) would post a failure first, which
    // only the re-read after posting would correct.
    if (!world) throw new Error('no world');
    const head = world.server.admin.pull(BUNDLES.owner, BUNDLES.repo, number).headSha;
    const posted = world.server.admin
      .repository(BUNDLES.owner, BUNDLES.repo)
      .checkRuns.filter((c) => c.name === 'cutover/approval' && c.headSha === head);
    expect(posted.map((c) => c.conclusion)).toEqual(['success']);
    // The head start's page 1, then two pages before the post and two after.
    expect(run.reviews).toBe(5);
  });

  it('a first page of files with a next page is not taken: the full client reads every page', async () => {
    // 120 files: page 1 (per_page=100) names the first 100 in GitHub's order, the full client reads both pages.
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`notes/n${String(i).padStart(3, '0')}.md`, `note ${i}\n`]),
    );
    const number = await approvedPull('head-start-files-paged', () => {}, files);
    const run = await gate(number);
    expect(run.result.code, run.result.stdout + run.result.stderr).toBe(0);
    expect(run.result.outputs.approved).toBe('true');
    // The head start's page 1 (not taken), then the full client's pages 1 and 2.
    expect(run.files).toBe(3);
  });
});
