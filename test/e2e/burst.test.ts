/**
 * Bursts of seals (issue 11, item 5): 30 bundle pull requests, one per release, merged together; their 30 seal
 * runs of the built action (dist/index.js, governor token) run at once, as per-pull-request concurrency groups
 * run them (examples/bundles-repo/.github/workflows/cutover-seal.yml), against a server whose content-creation
 * limit is low enough to refuse some of their writes; then reconcile runs. Every release must end sealed exactly
 * once: one annotated tag each on its merge commit, no other tag, one `cutover-sealed` dispatch per tag (reconcile
 * does not dispatch for a tag whose `cutover/handoff` record seal wrote), no seal run failing and nothing left for
 * reconcile.
 *
 * To build 30 pull requests quickly, each is assembled by the built action and approved by both teams, but the
 * seven passing cutover/* check runs that verify and gate would post are posted directly with the governor
 * App's token (test/e2e/lifecycle.test.ts runs verify and gate themselves). Seal does not take those runs on
 * trust: it re-verifies the approved files and re-evaluates the approval gate, so a bundle that verify or gate
 * would refuse is still not sealed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { git, sealTags } from './attack-kit.js';
import { ACTION_ENTRY, type ActionResult, REPO_ROOT } from './runner.js';
import { approve, as, assemble, expectSuccess, nextSecond, reconcile, seal } from './steps.js';
import {
  BUNDLES,
  createWorld,
  newCandidate,
  PEOPLE,
  PRODUCT,
  QUEUE_REPO,
  REQUIRED_CHECKS,
  type World,
} from './world.js';

const PULLS = 30;
/** Child processes at a time while building the pull requests (the machine has two cores). */
const SET_UP_PARALLEL = 6;
/** Low enough that 30 seals (four writes each: tag object, tag ref, dispatch, hand-off record) are refused some of the time. */
const LIMIT = { windows: [{ max: 12, seconds: 3 }] };

let server: GitHubServer;
let world: World;
const figures: string[] = [];

beforeAll(async () => {
  server = await startGitHubServer();
  world = await createWorld(server, path.join(REPO_ROOT, 'examples'));
}, 120_000);

afterAll(async () => {
  console.log(`bursts of seals (${ACTION_ENTRY}):\n${figures.join('\n')}`);
  const violations = server?.contract.take() ?? [];
  const unimplemented = server?.log.unimplemented.splice(0) ?? [];
  await world?.changeManagement.close();
  await server?.close();
  expect(violations, 'OpenAPI contract violations').toEqual([]);
  expect(unimplemented, 'requests to unimplemented routes').toEqual([]);
});

/** Runs `task` over `items`, at most `parallel` at a time, keeping the order of results. */
async function pool<T, R>(items: readonly T[], parallel: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) out[i] = await task(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return out;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

describe.skipIf(!existsSync(ACTION_ENTRY))('bursts of seals, through dist/index.js', () => {
  it(`${PULLS} bundle pull requests merged at once are each sealed exactly once`, async () => {
    const releases = Array.from({ length: PULLS }, (_, i) => `2026.12.${i + 1}`);
    let started = Date.now();
    // One candidate per release: the release comes from the tag (v<release>-rc.1).
    for (const release of releases)
      await newCandidate(world, `v${release}-rc.1`, { 'README.md': `# payments-platform ${release}\n` });
    const governor = new Octokit({ auth: world.governorToken, baseUrl: server.apiUrl });
    const pulls = await pool(releases, SET_UP_PARALLEL, async (release) => {
      const assembled = expectSuccess(await assemble(world, `v${release}-rc.1`));
      const number = Number(assembled.outputs['pull-request-number']);
      const { data: pull } = await governor.rest.pulls.get({ ...BUNDLES, pull_number: number });
      for (const name of REQUIRED_CHECKS)
        await governor.rest.checks.create({
          ...BUNDLES,
          name,
          head_sha: pull.head.sha,
          status: 'completed',
          conclusion: 'success',
          output: { title: 'passed', summary: 'Posted by test/e2e/burst.test.ts for its set-up.' },
        });
      await approve(world, PEOPLE.alice, number);
      await approve(world, PEOPLE.bob, number);
      return { release, number };
    });
    figures.push(`set-up: ${PULLS} pull requests assembled, checked and approved in ${seconds(started)}`);

    // Merges count reviews only when strictly earlier, in whole seconds.
    await nextSecond();
    started = Date.now();
    const maintainer = as(world, PEOPLE.max);
    const merged = await Promise.all(
      pulls.map(async (p) => {
        const { data } = await maintainer.rest.pulls.merge({
          ...BUNDLES,
          pull_number: p.number,
          merge_method: 'merge',
        });
        return { ...p, mergeCommit: data.sha };
      }),
    );
    figures.push(`merges: ${PULLS} in ${seconds(started)}`);

    server.rateLimits.contentCreation = LIMIT;
    const writesBefore = server.log.filter({}).filter((e) => e.method !== 'GET').length;
    started = Date.now();
    const runs: ActionResult[] = await Promise.all(merged.map((p) => seal(world, p.number)));
    const sealTime = seconds(started);
    // CUTOVER_BURST_PROFILE=1: where the server spent the seal phase (time per operation, lock waits included).
    if (process.env.CUTOVER_BURST_PROFILE) {
      const byOp = new Map<string, { n: number; ms: number }>();
      for (const e of server.log.filter({}).filter((e) => e.at >= started)) {
        const o = byOp.get(e.operationId) ?? { n: 0, ms: 0 };
        o.n += 1;
        o.ms += e.durationMs;
        byOp.set(e.operationId, o);
      }
      const top = [...byOp.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
      figures.push(...top.map(([op, o]) => `  ${op}: ${o.n} requests, ${o.ms} ms`));
    }
    const refused = server.rateLimits.refused;
    const limited = runs.filter((r) => r.stdout.includes('secondary rate limit on ')).length;
    figures.push(
      `seals: ${PULLS} concurrent runs in ${sealTime}; exit 0: ${runs.filter((r) => r.code === 0).length}; ` +
        `writes ${server.log.filter({}).filter((e) => e.method !== 'GET').length - writesBefore}, ` +
        `${refused} refused by the content-creation limit (${LIMIT.windows[0]?.max} per ${LIMIT.windows[0]?.seconds} s), ` +
        `${limited} runs waited on it`,
    );
    for (const [i, run] of runs.entries())
      expect(run.code, `seal of #${merged[i]?.number}: ${run.errors.join('\n')}`).toBe(0);
    // The limit did bite, and the runs waited instead of failing.
    expect(refused).toBeGreaterThan(0);
    expect(limited).toBeGreaterThan(0);

    started = Date.now();
    const reconciled = expectSuccess(await reconcile(world));
    figures.push(
      `reconcile: ${seconds(started)}, sealed '${reconciled.outputs.sealed}', unsealed ${reconciled.outputs.unsealed}`,
    );
    expect(reconciled.outputs.sealed).toBe('');
    expect(reconciled.outputs.unsealed).toBe('0');
    server.rateLimits.contentCreation = undefined;

    // Exactly one seal per release: the tag of revision 1, annotated, on the pull request's merge commit.
    const expected = merged.map((p) => `cutover/${PRODUCT}/${p.release}/r1`);
    expect((await sealTags(world)).sort()).toEqual([...expected].sort());
    for (const [i, tag] of expected.entries()) {
      expect(await git(world, 'cat-file', '-t', `refs/tags/${tag}`)).toBe('tag');
      expect(await git(world, 'rev-parse', `refs/tags/${tag}^{commit}`)).toBe(merged[i]?.mergeCommit);
    }
    // One tag object per seal: a retried POST git/tags would leave another, unreferenced.
    const bundlesPath = new RegExp(`^/repos/${BUNDLES.owner}/${BUNDLES.repo}/`);
    expect(server.log.count({ operationId: 'git/create-tag', status: 201, path: bundlesPath })).toBe(PULLS);
    // Exactly one hand-off per tag.
    const dispatched = server.admin
      .dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo)
      .filter((d) => d.event_type === 'cutover-sealed')
      .map((d) => String(d.client_payload?.tag));
    expect(dispatched.sort()).toEqual([...expected].sort());
  }, 300_000);
});
