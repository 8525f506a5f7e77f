/**
 * Lifecycle steps for end-to-end tests: each runs the built action (dist/index.js) as a child process
 * against the GitHub-compatible server, with the event payload GitHub would send. assemble runs with the
 * writer App's token (the service repository's workflow); verify, gate, seal and reconcile with the governor
 * App's (the bundles repository's default-branch workflows).
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { isRecord } from '../helpers/records.js';
import { type ActionResult, runAction } from './runner.js';
import { BUNDLES, PEOPLE, QUEUE_REPO, SERVICE, type World } from './world.js';

const exec = promisify(execFile);
const bundlesSlug = `${BUNDLES.owner}/${BUNDLES.repo}`;

/** A checkout of the service repository at a tag, as actions/checkout would leave it. */
export async function checkout(world: World, tag: string): Promise<{ dir: string; sha: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cutover-workspace-'));
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  await exec('git', ['clone', '--quiet', world.server.admin.repoPath(SERVICE.owner, SERVICE.repo), dir], { env });
  await exec('git', ['-C', dir, 'checkout', '--quiet', `refs/tags/${tag}`], { env });
  const { stdout } = await exec('git', ['-C', dir, 'rev-parse', 'HEAD^{commit}'], { env });
  return { dir, sha: stdout.trim() };
}

/** Octokit as a person (for reviews and merges). */
export function as(world: World, login: string): Octokit {
  const token = world.tokens[login];
  if (!token) throw new Error(`no token for ${login}`);
  return new Octokit({ auth: token, baseUrl: world.server.apiUrl });
}

export async function assemble(world: World, tag: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  const { dir, sha } = await checkout(world, tag);
  return runAction({
    command: 'assemble',
    token: world.botToken,
    apiUrl: world.server.apiUrl,
    repository: `${SERVICE.owner}/${SERVICE.repo}`,
    inputs: { 'bundles-repository': bundlesSlug, ...inputs },
    eventName: 'push',
    event: await world.server.admin.eventPayload('push', {
      repo: `${SERVICE.owner}/${SERVICE.repo}`,
      ref: `refs/tags/${tag}`,
      sender: PEOPLE.dave,
    }),
    ref: `refs/tags/${tag}`,
    sha,
    workspace: dir,
  });
}

/**
 * Runs a bundles-repository command on a pull-request event. `pull_request_target` (how the example workflows
 * run verify and seal: the default branch's definition) carries the pull_request payload, with GITHUB_REF and
 * GITHUB_SHA on the base branch; `pull_request_review` has the merge ref as GITHUB_REF and GITHUB_SHA.
 */
async function onPullRequest(
  world: World,
  command: string,
  number: number,
  eventName: 'pull_request_target' | 'pull_request_review',
  action?: string,
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  const event = await world.server.admin.eventPayload(
    eventName === 'pull_request_target' ? 'pull_request' : eventName,
    { repo: bundlesSlug, number, ...(action ? { action } : {}) },
  );
  const base = isRecord(event.pull_request) && isRecord(event.pull_request.base) ? event.pull_request.base : {};
  const onBase = eventName === 'pull_request_target';
  return runAction({
    command,
    token: world.governorToken,
    apiUrl: world.server.apiUrl,
    repository: bundlesSlug,
    inputs,
    eventName,
    event,
    ref: onBase ? `refs/heads/${String(base.ref)}` : `refs/pull/${number}/merge`,
    sha: onBase ? String(base.sha) : '0'.repeat(40),
  });
}

export const verify = (world: World, number: number) =>
  onPullRequest(world, 'verify', number, 'pull_request_target', 'synchronize');
export const gate = (world: World, number: number) =>
  onPullRequest(world, 'gate', number, 'pull_request_review', 'submitted');
export const seal = (world: World, number: number) =>
  onPullRequest(world, 'seal', number, 'pull_request_target', 'closed', {
    'dispatch-repository': `${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`,
  });

export async function reconcile(world: World): Promise<ActionResult> {
  return runAction({
    command: 'reconcile',
    token: world.governorToken,
    apiUrl: world.server.apiUrl,
    repository: bundlesSlug,
    inputs: { 'dispatch-repository': `${QUEUE_REPO.owner}/${QUEUE_REPO.repo}` },
    eventName: 'schedule',
    event: { schedule: '17 * * * *' },
    ref: 'refs/heads/main',
    sha: '0'.repeat(40),
  });
}

/** Submits an approving review as `login` on the pull request's current head. */
export async function approve(world: World, login: string, number: number): Promise<number> {
  const { data } = await as(world, login).rest.pulls.createReview({
    ...BUNDLES,
    pull_number: number,
    event: 'APPROVE',
    body: 'Reviewed the bundle.',
  });
  return data.id;
}

/** Conclusions of the latest check run per name at a commit. */
export async function checkConclusions(world: World, sha: string): Promise<Record<string, string | null>> {
  const octokit = as(world, PEOPLE.max);
  const { data } = await octokit.rest.checks.listForRef({ ...BUNDLES, ref: sha, per_page: 100 });
  const out: Record<string, string | null> = {};
  for (const run of [...data.check_runs].sort((a, b) => a.id - b.id)) out[run.name] = run.conclusion;
  return out;
}

/** Fails with the action's own error lines when it did not succeed. */
export function expectSuccess(result: ActionResult): ActionResult {
  if (result.code !== 0)
    throw new Error(`action failed (exit ${result.code}):\n${result.errors.join('\n')}\n${result.stderr}`);
  return result;
}

/**
 * Waits into the next whole second. GitHub's times are whole seconds and Cutover counts a review only when it was
 * submitted strictly before the merge, so a merge right after the last approval waits as a person would.
 */
export function nextSecond(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 10));
}
