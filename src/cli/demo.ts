/**
 * `cutover demo [--json]`: the whole lifecycle on the embedded GitHub-compatible server, with no GitHub
 * account. It builds the world (organization, two approver teams, the writer and governor Apps, a service
 * repository with a signed release-candidate tag and its release, a change-management system, a governed
 * release-bundles repository), then runs assemble, verify, the approval gate (one team, then both), a squash
 * merge that GitHub's own rules refuse until the checks and code owners agree, seal, and reads the sealed tag
 * back from git alone. Modes run in-process through the same Octokit adapter the action uses.
 *
 * The server is packages/github-server and the world ./demo-world.ts; src/cli/main.ts imports this module only
 * when `cutover demo` runs, so the bundled CLI loads the server from a chunk of its own (never from its entry).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { Octokit } from '@octokit/rest';
import { type GitHubServer, startGitHubServer } from '../../packages/github-server/index.js';
import { releaseBranch } from '../domain/names.js';
import { InputError, messageOf } from '../errors.js';
import { createGitHubClient, type GitHubClient } from '../github/octokit.js';
import { OctokitGitHub, OctokitSourceGitHub } from '../github/octokit-adapter.js';
import { runAssemble } from '../modes/assemble.js';
import type { ModeContext, ModeResult } from '../modes/context.js';
import { runGate } from '../modes/gate.js';
import { runSeal } from '../modes/seal.js';
import { runVerify } from '../modes/verify.js';
import { readSealedBundle, type SealedBundle } from '../reader/index.js';
import { readSourcesConfig } from '../schema/documents.js';
import { DEFAULT_MAX_FILE_BYTES } from '../schema/parse.js';
import { localWorkspace } from '../sources/workspace.js';
import { COMMAND_META } from './commands.js';
import { BUNDLES, createWorld, PEOPLE, PRODUCT, QUEUE_REPO, RELEASE, SERVICE, TAG, type World } from './demo-world.js';
import { type CliCommand, type CliIo, count, EXIT } from './io.js';

const exec = promisify(execFile);
const SOURCES_PATH = '.cutover/sources.yaml';
const POLICY_PATH = '.cutover/policy.yaml';

/**
 * The repository root (the directory whose package.json is named `cutover`), searched upwards from each start.
 * The CLI runs from src/cli via tsx and bundled as dist/cli/index.js, so no fixed relative path fits both.
 */
export function findPackageRoot(starts: readonly string[]): string | undefined {
  for (const start of starts) {
    let dir = path.resolve(start);
    for (;;) {
      const manifest = path.join(dir, 'package.json');
      if (existsSync(manifest)) {
        try {
          const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
          if (parsed && typeof parsed === 'object' && 'name' in parsed && parsed.name === 'cutover') return dir;
        } catch {
          // An unreadable package.json is not ours: keep walking up.
        }
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

/** Where the running file is: this module (tsx) or the bundle (ncc), then the entry script. */
function runningFrom(): string[] {
  const starts: string[] = [];
  try {
    starts.push(path.dirname(fileURLToPath(import.meta.url)));
  } catch {
    // A bundler may have replaced import.meta.url with something that is not a file URL.
  }
  if (process.argv[1]) starts.push(path.dirname(process.argv[1]));
  return starts;
}

/** Options of an in-process lifecycle. */
export interface LifecycleOptions {
  /** The repository's examples/ directory (the service repository is derived from examples/payments-platform). */
  examples: string;
  /**
   * Validate every request and response against GitHub's OpenAPI description (@octokit/openapi, a dev
   * dependency loaded at runtime). When it cannot be loaded, the server runs without validation and
   * `contractOff` says why.
   */
  contract: boolean;
  /** Receives the modes' log lines. */
  log?: (line: string) => void;
  now?: () => Date;
}

/**
 * The lifecycle run in-process: the modes the action dispatches to, over the Octokit adapter pointed at the
 * embedded server, with the writer App's installation token for assemble and the governor App's for the rest.
 * People act through their own tokens.
 */
export class InProcessLifecycle {
  private readonly temporary: string[] = [];
  readonly client: GitHubClient;
  /** The writer App's context: assemble. */
  readonly ctx: ModeContext;
  /** The governor App's context: verify, gate, seal (the bundles repository's default-branch workflows). */
  readonly governor: ModeContext;

  private constructor(
    readonly server: GitHubServer,
    readonly world: World,
    options: LifecycleOptions,
    /** Why contract validation is off although it was asked for (undefined when on, or not asked for). */
    readonly contractOff: string | undefined,
  ) {
    this.client = createGitHubClient({ token: world.botToken, baseUrl: server.apiUrl, writeIntervalMs: 0 });
    const context = (client: GitHubClient): ModeContext => ({
      github: new OctokitGitHub(client),
      bundlesRepo: BUNDLES,
      policyPath: POLICY_PATH,
      now: options.now ?? (() => new Date()),
      log: options.log ?? (() => {}),
    });
    this.ctx = context(this.client);
    this.governor = context(
      createGitHubClient({ token: world.governorToken, baseUrl: server.apiUrl, writeIntervalMs: 0 }),
    );
  }

  /** Starts the server and builds the world on it; on failure, closes what was started. */
  static async start(
    options: LifecycleOptions,
    onServer?: (server: GitHubServer) => void,
  ): Promise<InProcessLifecycle> {
    let server = await startGitHubServer({ contract: options.contract });
    let contractOff: string | undefined;
    if (options.contract) {
      try {
        // Loads the description now, so a missing or unloadable one turns validation off instead of failing requests.
        server.contract.operationId('GET', '/repos/{owner}/{repo}');
      } catch (error) {
        contractOff = messageOf(error).split('\n')[0];
        await server.close();
        server = await startGitHubServer({ contract: false });
      }
    }
    try {
      onServer?.(server);
      const world = await createWorld(server, options.examples);
      return new InProcessLifecycle(server, world, options, contractOff);
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  /** Octokit as a person, without retries: a refusal is the answer, not a transient failure. */
  as(login: string): Octokit {
    const token = this.world.tokens[login];
    if (!token) throw new Error(`no token for ${login}`);
    return new Octokit({ auth: token, baseUrl: this.server.apiUrl, log: quiet });
  }

  /** Clones the service repository over smart HTTP and checks out the tag, as actions/checkout would. */
  async checkout(tag: string): Promise<{ dir: string; sha: string }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'cutover-demo-workspace-'));
    this.temporary.push(dir);
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    const url = this.server.admin.cloneUrl(SERVICE.owner, SERVICE.repo);
    await exec('git', ['clone', '--quiet', url, dir], { env });
    await exec('git', ['-C', dir, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', `refs/tags/${tag}`], {
      env,
    });
    const { stdout } = await exec('git', ['-C', dir, 'rev-parse', 'HEAD^{commit}'], { env });
    return { dir, sha: stdout.trim() };
  }

  /** assemble in the service repository's workflow, on the tag, from a checkout at its commit. */
  async assemble(tag: string, checkout?: { dir: string; sha: string }): Promise<ModeResult> {
    const { dir, sha } = checkout ?? (await this.checkout(tag));
    const committedAt = (await this.ctx.github.getCommit(SERVICE, sha)).committedAt;
    return runAssemble(this.ctx, {
      config: await readSourcesConfig(path.join(dir, SOURCES_PATH)),
      configPath: SOURCES_PATH,
      workspace: localWorkspace(dir, {
        observedAt: committedAt,
        repository: `${SERVICE.owner}/${SERVICE.repo}`,
        commit: sha,
      }),
      candidateRepo: SERVICE,
      tag,
      commit: sha,
      sourceGitHub: new OctokitSourceGitHub(this.client, SERVICE),
      env: {},
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    });
  }

  /** verify on the pull request's current head. */
  async verify(pullRequest: number): Promise<ModeResult> {
    const pull = await this.governor.github.getPullRequest(BUNDLES, pullRequest);
    return runVerify(this.governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest });
  }

  /** An approving review by `login` on the pull request's current head; returns the review id. */
  async approve(login: string, pullRequest: number): Promise<number> {
    const { data } = await this.as(login).rest.pulls.createReview({
      ...BUNDLES,
      pull_number: pullRequest,
      event: 'APPROVE',
      body: 'Reviewed the bundle.',
    });
    return data.id;
  }

  gate(pullRequest: number): Promise<ModeResult> {
    return runGate(this.governor, pullRequest);
  }

  /** Merges as `login`; returns the merge commit. Rejects with GitHub's 405 when a rule is not met. */
  async merge(login: string, pullRequest: number, method: 'merge' | 'squash' | 'rebase'): Promise<string> {
    // GitHub's times are whole seconds and a review counts only when strictly before the merge: a person
    // merging right after approving is a second later; so is the demo.
    await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 10));
    const { data } = await this.as(login).rest.pulls.merge({
      ...BUNDLES,
      pull_number: pullRequest,
      merge_method: method,
    });
    return data.sha;
  }

  seal(pullRequest: number): Promise<ModeResult> {
    return runSeal(this.governor, { pullRequest, dispatchRepo: QUEUE_REPO });
  }

  /** Latest conclusion and title per check name at a commit, as the pull request's checks tab shows them. */
  async checks(sha: string): Promise<Map<string, { conclusion: string | null; title: string | null }>> {
    const { data } = await this.as(PEOPLE.max).rest.checks.listForRef({ ...BUNDLES, ref: sha, per_page: 100 });
    const out = new Map<string, { conclusion: string | null; title: string | null }>();
    for (const run of [...data.check_runs].sort((a, b) => a.id - b.id))
      out.set(run.name, { conclusion: run.conclusion, title: run.output.title });
    return out;
  }

  /** Stops the change-management system and the server, and removes every temporary directory. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([
      this.world.changeManagement.close(),
      ...this.temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })),
    ]);
    await this.server.close();
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** One printed step of the demo. */
interface DemoStep {
  step: string;
  ok: boolean;
  ms: number;
  lines: string[];
}

/** GitHub's refusal of a request (status and message), or undefined when it was something else. */
function refusal(error: unknown): { status: number; message: string } | undefined {
  if (!error || typeof error !== 'object' || !('status' in error) || typeof error.status !== 'number') return undefined;
  const data = 'response' in error ? (error.response as { data?: { message?: unknown } } | undefined)?.data : undefined;
  const message = typeof data?.message === 'string' ? data.message : messageOf(error);
  return { status: error.status, message };
}

const short = (sha: string | undefined) => (sha ?? '').slice(0, 12);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export const demoCommand: CliCommand = {
  ...COMMAND_META.demo,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false }, keep: { type: 'string' } },
      strict: true,
    });
    const keep = values.keep === undefined ? undefined : keepTarget(values.keep, io.cwd);
    return runDemo(io, { json: values.json, keep });
  },
};

/**
 * The directory `--keep` names, resolved against the working directory: it must be absent or empty, so the
 * demo never writes into or over anything that is already there. Checked before the lifecycle runs.
 */
export function keepTarget(dir: string, cwd: string): string {
  if (dir.trim() === '' || dir.startsWith('-'))
    throw new InputError(`invalid --keep '${dir}'`, { field: '--keep', expected: 'a directory path' });
  const target = path.resolve(cwd, dir);
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0))
    throw new InputError('--keep names a path that exists and is not an empty directory', {
      file: target,
      expected: 'a new or empty directory for the sealed bundles repository',
    });
  return target;
}

/**
 * Copies the sealed bundles repository off the server before it is removed: a bare clone (every branch and
 * seal tag; HEAD names the default branch, as `cutover inspect` expects of a bare repository), without the
 * server's remote, which is gone when the demo ends.
 */
async function keepRepository(source: string, target: string): Promise<void> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  await exec('git', ['clone', '--quiet', '--bare', '--no-hardlinks', source, target], { env });
  await exec('git', ['--git-dir', target, 'remote', 'remove', 'origin'], { env });
}

/** Options of the demo. */
export interface DemoOptions {
  json: boolean;
  /** Where to leave the sealed bundles repository (a bare clone), absolute; default: nowhere, all is removed. */
  keep?: string | undefined;
  /** The examples directory to build the world from; default: examples/ of the running cutover package. */
  examples?: string | undefined;
}

/** Runs the demo; 0 when every step worked, 1 when one failed (named, without a stack trace). */
export async function runDemo(io: CliIo, options: DemoOptions): Promise<number> {
  const started = Date.now();
  const steps = new DemoSteps(io, options.json);
  const outcome: DemoOutcome = {};
  const stopCleanupOnSignal = cleanUpOnSignal(io, steps, outcome);
  steps.print('cutover demo: the whole lifecycle on an embedded GitHub-compatible server, no GitHub account needed\n');
  let code: number = EXIT.ok;
  let failure: string | undefined;
  try {
    await runLifecycle(io, options, steps, outcome);
  } catch (error) {
    code = EXIT.findings;
    failure = messageOf(error);
    steps.fail(failure);
    if (!options.json) io.stderr(`\ncutover demo: step '${steps.current}' failed: ${failure}\n`);
    if (io.env.CUTOVER_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  } finally {
    stopCleanupOnSignal();
    await outcome.lifecycle?.close().catch((error: unknown) => {
      io.stderr(`cutover demo: cleanup failed: ${messageOf(error)}\n`);
    });
  }
  reportDemo(io, options, steps, outcome, { code, failure, ms: Date.now() - started });
  return code;
}

/** What the run has established so far, each set as soon as it is known, so a failed run still reports it. */
interface DemoOutcome {
  lifecycle?: InProcessLifecycle;
  pullRequest?: number;
  sealed?: SealedBundle;
  kept?: string;
}

/** The demo's steps as they run: each prints its lines as soon as it is done; `current` names the one running. */
class DemoSteps {
  readonly done: DemoStep[] = [];
  current = 'setup';
  private static readonly WIDTH = 10;

  constructor(
    private readonly io: CliIo,
    private readonly json: boolean,
  ) {}

  print(text: string): void {
    if (!this.json) this.io.stdout(`${text}\n`);
  }

  /** Runs one step; its lines are printed numbered, the first beside its name. */
  async run<T>(name: string, fn: (lines: string[]) => Promise<T>): Promise<T> {
    this.current = name;
    const lines: string[] = [];
    const begun = Date.now();
    const value = await fn(lines);
    this.done.push({ step: name, ok: true, ms: Date.now() - begun, lines });
    const [first = '', ...rest] = lines;
    this.print(`${String(this.done.length).padStart(2)}. ${name.padEnd(DemoSteps.WIDTH)} ${first}`);
    for (const line of rest) this.print(`    ${''.padEnd(DemoSteps.WIDTH)} ${line}`);
    return value;
  }

  /** Records the running step as failed. */
  fail(message: string): void {
    this.done.push({ step: this.current, ok: false, ms: 0, lines: [message] });
  }
}

/** Ctrl-C mid-run still stops the servers and removes the repositories and the workspace; returns the undo. */
function cleanUpOnSignal(io: CliIo, steps: DemoSteps, outcome: DemoOutcome): () => void {
  const interrupted = (signal: NodeJS.Signals) => {
    io.stderr(`\ncutover demo: ${signal} during step '${steps.current}': cleaning up\n`);
    void (outcome.lifecycle?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return () => {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  };
}

/** The lifecycle, step by step: the order a reader follows in the printed output. */
async function runLifecycle(io: CliIo, options: DemoOptions, steps: DemoSteps, outcome: DemoOutcome): Promise<void> {
  const examples = examplesDirectory(io, options);
  const life = await steps.run('server', (lines) => startLifecycle(io, examples, lines));
  outcome.lifecycle = life;
  const checkout = await steps.run('checkout', (lines) => checkoutCandidate(life, lines));
  const pull = await steps.run('assemble', (lines) => assembleBundle(life, checkout, lines, outcome));
  const head = await steps.run('verify', (lines) => verifyBundle(life, pull, lines));
  await steps.run('rules', (lines) => mergeRefused(life, pull, 'before any approval', lines));
  const first = { approver: PEOPLE.alice, team: 'release-engineering', expect: 'failure' } as const;
  await steps.run('gate', (lines) => approveAndGate(life, pull, head, first, lines));
  await steps.run('rules', (lines) => mergeRefused(life, pull, 'with one team', lines));
  const second = { approver: PEOPLE.bob, team: 'operations', expect: 'success' } as const;
  await steps.run('gate', (lines) => approveAndGate(life, pull, head, second, lines));
  const merged = await steps.run('merge', (lines) => squashMerge(life, pull, lines));
  const tag = await steps.run('seal', (lines) => sealMerge(life, pull, merged, lines));
  await steps.run('read', (lines) => readSeal(life, tag, io.cwd, lines, outcome));
  const keep = options.keep;
  if (keep) await steps.run('keep', (lines) => keepBundles(life, keep, tag, lines, outcome));
  await steps.run('contract', (lines) => contractReport(life, lines));
}

/** The examples/ directory the world is built from: the option, else the one of the running cutover package. */
function examplesDirectory(io: CliIo, options: DemoOptions): string {
  const root = findPackageRoot([...runningFrom(), io.cwd]);
  const examples = options.examples ?? (root ? path.join(root, 'examples') : undefined);
  if (!examples || !existsSync(path.join(examples, 'payments-platform')))
    throw new InputError('cannot find the examples/ directory of the cutover package', {
      expected: 'to run from a checkout of the cutover repository (npm ci, then npx cutover demo)',
    });
  return examples;
}

/** server: starts the server, builds the world on it and says what is there. */
async function startLifecycle(io: CliIo, examples: string, lines: string[]): Promise<InProcessLifecycle> {
  const life = await InProcessLifecycle.start(
    {
      examples,
      contract: true,
      log: (line) => {
        if (io.env.CUTOVER_DEBUG) io.stderr(`    [mode] ${line}\n`);
      },
    },
    (server) => lines.push(`GitHub-compatible server at ${server.apiUrl} over real git repositories`),
  );
  lines.push(
    life.contractOff === undefined
      ? 'OpenAPI contract validation on: every request and response is checked against @octokit/openapi'
      : /Cannot find module/.test(life.contractOff)
        ? 'OpenAPI contract validation off: @octokit/openapi (a dev dependency) is not installed; npm ci installs it'
        : `OpenAPI contract validation off: @octokit/openapi cannot be loaded by this build (${life.contractOff})`,
  );
  const { world } = life;
  lines.push(
    `org ${BUNDLES.owner}: teams release-engineering (${PEOPLE.alice}, ${PEOPLE.carol}) and operations (${PEOPLE.bob}, ${PEOPLE.carol}); Apps cutover-release (writer) and cutover-governor (governor)`,
    `${SERVICE.owner}/${SERVICE.repo}: signed tag ${TAG} on ${short(world.candidateCommit)} with its GitHub release`,
    `${BUNDLES.owner}/${BUNDLES.repo}: CODEOWNERS (bundle -> release-engineering, manifest -> operations), required cutover/* checks, tag rule on cutover/**`,
    `change management at ${world.changeManagement.url}`,
  );
  return life;
}

/** checkout: the service repository at the candidate tag, as actions/checkout would. */
async function checkoutCandidate(life: InProcessLifecycle, lines: string[]): Promise<{ dir: string; sha: string }> {
  const out = await life.checkout(TAG);
  lines.push(`git clone ${life.server.admin.cloneUrl(SERVICE.owner, SERVICE.repo)} at ${TAG} -> ${short(out.sha)}`);
  return out;
}

/** assemble: the bundle as one commit on the release branch and its pull request; returns the pull request. */
async function assembleBundle(
  life: InProcessLifecycle,
  checkout: { dir: string; sha: string },
  lines: string[],
  outcome: DemoOutcome,
): Promise<number> {
  const { outputs } = await life.assemble(TAG, checkout);
  const pull = Number(outputs['pull-request-number']);
  if (!pull) throw new Error('assemble opened no pull request');
  outcome.pullRequest = pull;
  lines.push(
    `revision ${outputs.revision}, bundle ${outputs['bundle-digest']}, ${count(Number(outputs['holds-count']), 'open hold')}`,
    `one commit ${short(outputs.commit)} on ${releaseBranch(PRODUCT, RELEASE)} by the App; pull request #${pull}`,
  );
  return pull;
}

/** verify: one check run per rule on the pull request's head, all passing; returns the head. */
async function verifyBundle(life: InProcessLifecycle, number: number, lines: string[]): Promise<string> {
  const result = await life.verify(number);
  const pull = await life.ctx.github.getPullRequest(BUNDLES, number);
  const checks = await life.checks(pull.headSha);
  const names = [...checks.keys()].filter((n) => n !== 'cutover/approval');
  const failing = names.filter((n) => checks.get(n)?.conclusion !== 'success');
  lines.push(
    `${names.length} check runs on ${short(pull.headSha)}: ${names.map((n) => `${n.replace('cutover/', '')} ${checks.get(n)?.conclusion}`).join(', ')}`,
  );
  if (failing.length > 0 || result.outputs['failed-checks'] !== '0')
    throw new Error(`verification failed: ${failing.join(', ')}`);
  return pull.headSha;
}

/** rules: the maintainer tries to merge too early and GitHub's own branch rules refuse it (405). */
async function mergeRefused(life: InProcessLifecycle, number: number, when: string, lines: string[]): Promise<void> {
  try {
    await life.merge(PEOPLE.max, number, 'squash');
  } catch (error) {
    const refused = refusal(error);
    if (refused?.status === 405) {
      lines.push(`${PEOPLE.max} tries to merge ${when}: GitHub refuses (405) "${refused.message}"`);
      return;
    }
    throw error;
  }
  throw new Error(`GitHub merged #${number} ${when}: its branch rules were not enforced`);
}

/** gate: one team's approval, then the approval gate, whose check must come out as expected. */
async function approveAndGate(
  life: InProcessLifecycle,
  number: number,
  head: string,
  approval: { approver: string; team: string; expect: 'success' | 'failure' },
  lines: string[],
): Promise<void> {
  const { approver, team, expect } = approval;
  const review = await life.approve(approver, number);
  lines.push(`${approver} (${team}) approves #${number} at ${short(head)} (review ${review})`);
  const result = await life.gate(number);
  const check = (await life.checks(head)).get('cutover/approval');
  lines.push(`cutover/approval: ${check?.conclusion ?? 'missing'}: ${check?.title ?? ''}`);
  if (check?.conclusion !== expect || result.outputs.approved !== String(expect === 'success'))
    throw new Error(`expected cutover/approval to be ${expect}, it is ${check?.conclusion ?? 'missing'}`);
}

/** merge: the maintainer squash-merges once checks and both code-owner teams agree; returns the merge commit. */
async function squashMerge(life: InProcessLifecycle, number: number, lines: string[]): Promise<string> {
  const sha = await life.merge(PEOPLE.max, number, 'squash');
  lines.push(`${PEOPLE.max} squash-merges #${number}: checks and both code-owner teams satisfied -> ${short(sha)}`);
  return sha;
}

/** seal: the annotated seal tag on the merge commit and the hand-off to the deployment queue; returns the tag. */
async function sealMerge(life: InProcessLifecycle, number: number, merged: string, lines: string[]): Promise<string> {
  const result = await life.seal(number);
  const sealed = result.outputs.tag;
  if (!sealed) throw new Error('seal created no tag');
  const dispatches = life.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo).length;
  lines.push(
    `annotated tag ${sealed} on ${short(merged)}, approval record in its message`,
    `handed to ${QUEUE_REPO.owner}/${QUEUE_REPO.repo} (${dispatches} repository_dispatch cutover-sealed); Cutover stops here`,
  );
  return sealed;
}

/** read: the sealed revision read back over git alone, every integrity check passing. */
async function readSeal(
  life: InProcessLifecycle,
  tag: string,
  cwd: string,
  lines: string[],
  outcome: DemoOutcome,
): Promise<void> {
  const url = life.server.admin.cloneUrl(BUNDLES.owner, BUNDLES.repo);
  const sealed = await readSealedBundle({ repository: url, tag, cwd });
  const nameWidth = Math.max(...sealed.results.map((r) => r.name.length));
  lines.push(`readSealedBundle over ${url}, git alone (no API, no token):`);
  for (const r of sealed.results) lines.push(`  ${r.name.padEnd(nameWidth)}  ${r.status}  ${r.detail}`);
  lines.push(
    `  window ${sealed.window.state ?? 'unknown'} (${sealed.window.start} .. ${sealed.window.end}): a fact, not a check`,
  );
  outcome.sealed = sealed;
  const failed = sealed.results.filter((r) => r.status === 'fail');
  if (failed.length > 0) throw new Error(`integrity failed: ${failed.map((r) => r.name).join(', ')}`);
}

/** keep (--keep): the sealed bundles repository copied off the server as a bare repository. */
async function keepBundles(
  life: InProcessLifecycle,
  keep: string,
  tag: string,
  lines: string[],
  outcome: DemoOutcome,
): Promise<void> {
  await keepRepository(life.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo), keep);
  outcome.kept = keep;
  lines.push(
    `${BUNDLES.owner}/${BUNDLES.repo} kept as a bare repository in ${keep}; read it with git alone:`,
    `  npx cutover inspect ${keep} --tag ${tag}`,
    `  npx cutover list ${keep}`,
  );
}

/** contract: every API request of the run was one GitHub's OpenAPI description allows, to a route served. */
async function contractReport(life: InProcessLifecycle, lines: string[]): Promise<void> {
  const { server } = life;
  const violations = server.contract.take();
  const unimplemented = server.log.unimplemented.splice(0);
  lines.push(
    life.contractOff === undefined
      ? `${count(server.log.entries.length, 'API request')}, ${count(violations.length, 'OpenAPI contract violation')}, ${count(unimplemented.length, 'unimplemented route')}`
      : `${count(server.log.entries.length, 'API request')} (contract validation off), ${count(unimplemented.length, 'unimplemented route')}`,
  );
  if (violations.length > 0 || unimplemented.length > 0)
    throw new Error(
      [
        ...violations.map((v) => `${v.method} ${v.path} ${v.kind}: ${v.errors.join('; ')}`),
        ...unimplemented.map((u) => `unimplemented: ${JSON.stringify(u)}`),
      ]
        .slice(0, 5)
        .join('\n'),
    );
}

/** The end of the run: the JSON report (--json), or one closing line when every step worked. */
function reportDemo(
  io: CliIo,
  options: DemoOptions,
  steps: DemoSteps,
  outcome: DemoOutcome,
  end: { code: number; failure: string | undefined; ms: number },
): void {
  const { code, failure, ms } = end;
  const { sealed, kept } = outcome;
  if (options.json) {
    const report = {
      ok: code === EXIT.ok,
      ms,
      ...(failure ? { failedStep: steps.current, error: failure } : {}),
      pullRequest: outcome.pullRequest,
      tag: sealed?.tag,
      commit: sealed?.commit,
      bundleDigest: sealed?.bundleDigest,
      integrity: sealed?.results,
      ...(kept ? { kept } : {}),
      steps: steps.done,
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (code === EXIT.ok) {
    steps.print(
      kept
        ? `\ndemo: sealed and verified in ${seconds(ms)}; everything else it created is removed, the bundles repository is in ${kept}`
        : `\ndemo: sealed and verified in ${seconds(ms)}; everything it created is removed`,
    );
  }
}
