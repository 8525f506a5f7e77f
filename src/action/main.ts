/**
 * The action's run(): settings in, one mode, outputs and job summary out. Errors become one failure message
 * (never a stack trace, never the token). Exported for tests; src/action/index.ts only calls it.
 *
 * Cold start. This is the one place its reasons are written down; the modules it names only point here.
 * The time to the first API request is measured against bare Node (and the peer action in ../shared/peers)
 * by bench/cold-start.ts, and kept short by loading nothing before it is needed:
 * - the commands that start by reading their pull request have the entry send that read before this module
 *   loads (./first.ts, ./index.ts, ../github/first-read.ts), and their first read takes its answer;
 * - each mode's modules are imported when that mode runs (`await import()`, one ncc chunk per mode);
 * - @actions/core (which bundles undici for OIDC tokens) loads once the first request is on the wire (./core.ts);
 * - requests go through node:http(s) (../github/http-fetch.ts), not the global fetch, whose implementation
 *   (undici) Node loads on first use, which alone took longer than a bare Node start;
 * - proxy agents load only when a request goes through a proxy (../github/proxy.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeControls, InputError, messageOf, redactCredentials } from '../errors.js';
import type { FirstRead } from '../github/first-read.js';
import { createGitHubClient } from '../github/octokit.js';
import { OctokitGitHub, OctokitSourceGitHub, toFileNames, toPull, toReview } from '../github/octokit-adapter.js';
import type { GitHubPort, RepoRef } from '../github/port.js';
import type { ModeContext, ModeResult } from '../modes/context.js';
import { isRunCredential } from '../sources/credentials.js';
import { actionsCore, beforeAnyOutput, withCore } from './core.js';
import { field } from './first.js';
import { type Command, parseRepository, readSettings, type Settings } from './inputs.js';
import { writeOutputs } from './outputs.js';

type ModeRunner = (
  settings: Settings,
  ctx: ModeContext,
  client: ReturnType<typeof createGitHubClient>,
) => Promise<ModeResult | string>;

/**
 * The pull request an event is about: `pull_request` (pull_request, pull_request_target, pull_request_review),
 * or the one pull request of a `workflow_run` (how a default-branch workflow reacts to a review: the
 * review-triggered workflow runs the pull request's own definition and must never hold the governor's key).
 */
function pullRequestNumber(settings: Settings): number {
  const number = field(settings.event, 'pull_request', 'number');
  if (typeof number === 'number') return number;
  const run = field(settings.event, 'workflow_run', 'pull_requests');
  if (Array.isArray(run)) {
    const numbers = run.map((p: unknown) =>
      p && typeof p === 'object' && 'number' in p && typeof p.number === 'number' ? p.number : undefined,
    );
    if (numbers.length === 1 && numbers[0] !== undefined) return numbers[0];
    throw new InputError(`the workflow_run event names ${numbers.length} pull requests, not one`, {
      field: 'GITHUB_EVENT_PATH',
      expected: 'a workflow_run of a pull_request_review workflow on a branch of this repository',
    });
  }
  throw new InputError(`the ${settings.eventName || 'triggering'} event has no pull_request`, {
    field: 'GITHUB_EVENT_PATH',
    expected: 'a pull_request, pull_request_target, pull_request_review or workflow_run event',
  });
}

/** Pull requests in a merge-queue group, from its head ref `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
export function mergeGroupPullRequests(headRef: unknown): number[] {
  if (typeof headRef !== 'string') return [];
  return [...headRef.matchAll(/\/pr-(\d+)-[0-9a-f]{40}/g)].map((m) => Number(m[1]));
}

/**
 * The head start's answer for a port read: its data once (`fresh` maps it), or, when the head start's read
 * failed, the read again through the full client (retry, rate limits); every later read, and every read of
 * something else (`same` false), asks the API.
 */
function once<A extends unknown[], T, D>(
  data: Promise<D | undefined>,
  fresh: (data: D) => T,
  read: (...args: A) => Promise<T>,
  same: (...args: A) => boolean,
  args: A,
): (...args: A) => Promise<T> {
  let answer: Promise<T> | undefined = data.then((d) => (d === undefined ? read(...args) : fresh(d)));
  answer.catch(() => {}); // awaited, and reported, by the mode that takes it
  return (...asked) => {
    const taken = same(...asked) ? answer : undefined;
    answer = undefined;
    return taken ?? read(...asked);
  };
}

/**
 * Makes the port's next read of each of the head start's reads take the head start's answer: the pull request,
 * and for gate its reviews, its files, its policy (read without a ref) and the default branch's head.
 */
function takeHeadStart(github: GitHubPort, first: FirstRead): void {
  const sameRepo = (repo: RepoRef) => repo.owner === first.repo.owner && repo.repo === first.repo.repo;
  const samePull = (repo: RepoRef, number: number) => sameRepo(repo) && number === first.number;
  github.getPullRequest = once(first.data, toPull, github.getPullRequest.bind(github), samePull, [
    first.repo,
    first.number,
  ]);
  const gate = first.gate;
  if (!gate) return;
  github.listReviews = once(
    gate.reviews,
    (reviews) => reviews.map(toReview),
    github.listReviews.bind(github),
    samePull,
    [first.repo, first.number],
  );
  github.listPullRequestFiles = once(gate.files, toFileNames, github.listPullRequestFiles.bind(github), samePull, [
    first.repo,
    first.number,
  ]);
  const policyPath = gate.policyPath;
  github.readFiles = once(
    gate.policy,
    (text): Record<string, string | undefined> => ({ [policyPath]: text }),
    github.readFiles.bind(github),
    (repo, commit, paths) => sameRepo(repo) && commit === undefined && paths.length === 1 && paths[0] === policyPath,
    [first.repo, undefined, [policyPath]],
  );
  github.getDefaultBranchHead = once(
    gate.defaultHead,
    (sha) => sha,
    github.getDefaultBranchHead.bind(github),
    sameRepo,
    [first.repo],
  );
}

const MODES: Record<Command, ModeRunner> = {
  async assemble(settings, ctx, client) {
    const tag = settings.ref.startsWith('refs/tags/') ? settings.ref.slice('refs/tags/'.length) : undefined;
    if (!tag)
      throw new InputError(`assemble runs on a release-candidate tag, not ${settings.ref || 'no ref'}`, {
        field: 'GITHUB_REF',
        expected: 'refs/tags/<candidate tag> (on: push: tags)',
      });
    const [{ runAssemble }, { readSourcesConfig }, { DEFAULT_MAX_FILE_BYTES }, { localWorkspace }] = await Promise.all([
      import('../modes/assemble.js'),
      import('../schema/documents.js'),
      import('../schema/parse.js'),
      import('../sources/workspace.js'),
    ]);
    const sourcesFile = path.resolve(settings.workspace, settings.sourcesPath);
    const config = await readSourcesConfig(sourcesFile);
    const configPath = path.relative(settings.workspace, sourcesFile);
    // Source header secrets (named environment variables) are masked before any source runs.
    for (const secret of headerSecrets(config.sources, process.env, configPath))
      beforeAnyOutput((core) => core.setSecret(secret));
    return runAssemble(ctx, {
      config,
      configPath,
      // Observed at the candidate commit's time, which assemble reads with its other reads.
      workspace: (committedAt) =>
        localWorkspace(settings.workspace, {
          observedAt: committedAt,
          repository: `${settings.repository.owner}/${settings.repository.repo}`,
          commit: settings.sha,
        }),
      candidateRepo: settings.repository,
      tag,
      commit: settings.sha,
      sourceGitHub: new OctokitSourceGitHub(client, settings.repository),
      env: process.env,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      queue: settings.queue,
      window: { start: settings.windowStart, end: settings.windowEnd },
    });
  },
  async verify(settings, ctx) {
    const { runVerify } = await import('../modes/verify.js');
    if (settings.eventName === 'merge_group') {
      const head = field(settings.event, 'merge_group', 'head_sha');
      const base = field(settings.event, 'merge_group', 'base_sha');
      if (typeof head !== 'string' || typeof base !== 'string')
        throw new InputError('the merge_group event has no head_sha/base_sha', { field: 'GITHUB_EVENT_PATH' });
      const result = await runVerify(ctx, { headSha: head, baseSha: base });
      const { runGate } = await import('../modes/gate.js');
      // The queue requires cutover/approval on its own head: post the gate of each queued pull request there.
      for (const number of mergeGroupPullRequests(field(settings.event, 'merge_group', 'head_ref'))) {
        await runGate(ctx, number, head);
      }
      return result;
    }
    const number = pullRequestNumber(settings);
    // Read the pull request fresh: on pull_request_review, GITHUB_SHA is the merge ref, not the head.
    const pull = await ctx.github.getPullRequest(ctx.bundlesRepo, number);
    return runVerify(ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number, pull });
  },
  async gate(settings, ctx) {
    const number = pullRequestNumber(settings);
    const { runGate } = await import('../modes/gate.js');
    return runGate(ctx, number);
  },
  async seal(settings, ctx) {
    const number = pullRequestNumber(settings);
    if (field(settings.event, 'pull_request', 'merged') === false)
      return `pull request #${number} was closed without merging: nothing to seal`;
    const { runSeal } = await import('../modes/seal.js');
    return runSeal(ctx, { pullRequest: number, dispatchRepo: settings.dispatchRepo });
  },
  async reconcile(settings, ctx) {
    const { runReconcile } = await import('../modes/reconcile.js');
    return runReconcile(ctx, { dispatchRepo: settings.dispatchRepo });
  },
  async read(settings, ctx) {
    const { repo, tag } = readTarget(settings);
    const [{ runRead }, { repositoryGitUrl, withGitToken }] = await Promise.all([
      import('../modes/read.js'),
      import('./git-credentials.js'),
    ]);
    const gitUrl = repositoryGitUrl(settings.serverUrl, repo);
    ctx.log(`reading ${tag} from ${gitUrl} (git only)`);
    return withGitToken(
      { gitUrl, token: settings.token, tempDir: settings.runnerTemp, env: process.env },
      (secret) => beforeAnyOutput((core) => core.setSecret(secret)),
      () => runRead({ repository: gitUrl, tag, at: ctx.now(), log: ctx.log }),
    );
  },
};

/**
 * The values of the environment variables that sources' `headers` name (http-json, servicenow). A sources file
 * is data in the service repository and the header goes to the URL it names, so a header may not name one of
 * the step's own credentials (isRunCredential): that would send the writer's token to any collector. Checked
 * here for every source before any runs; each HTTP source checks its own headers again when it is read.
 */
function headerSecrets(
  sources: ReadonlyArray<unknown>,
  env: Readonly<Record<string, string | undefined>>,
  file: string,
): string[] {
  const secrets: string[] = [];
  for (const [index, source] of sources.entries()) {
    const headers = field(source, 'headers');
    if (!headers || typeof headers !== 'object') continue;
    for (const [header, name] of Object.entries(headers)) {
      if (typeof name === 'string' && isRunCredential(name))
        throw new InputError(`header ${header} names ${name}, one of the step's own credentials`, {
          file,
          field: `sources[${index}].headers.${header}`,
          expected: `a variable the workflow sets for this source in the step's env (not INPUT_*, ACTIONS_* or GITHUB_TOKEN)`,
        });
      const value = typeof name === 'string' ? env[name] : undefined;
      if (value) secrets.push(value);
    }
  }
  return secrets;
}

/**
 * What `read` reads: the `tag` input, else the `cutover-sealed` repository_dispatch payload's tag
 * (`client_payload.tag`), in the bundles repository the `bundles-repository` input pins (else this workflow's own
 * repository). The payload's `repository` is a claim of whoever dispatched: anyone who can dispatch to this
 * repository writes it, and a seal tag in a repository they own reads as intact. It is never a source of the
 * repository; it only has to agree with the pinned one, or the read is refused.
 */
export function readTarget(settings: Settings): { repo: RepoRef; tag: string } {
  const payload = (name: string): string | undefined => {
    const value = field(settings.event, 'client_payload', name);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const tag = settings.tag ?? payload('tag');
  if (!tag)
    throw new InputError('Input required for read and not supplied', {
      field: 'tag',
      expected: 'a seal tag cutover/<product>/<release>/r<revision>, or a repository_dispatch cutover-sealed event',
    });
  const repo = settings.bundlesRepo;
  const fromPayload = payload('repository');
  // The tag input names what to read; a payload then only rides along (a re-queue by workflow_dispatch).
  if (settings.tag !== undefined || fromPayload === undefined) return { repo, tag };
  const claimed = parseRepository(fromPayload, 'client_payload.repository');
  // GitHub's owner and repository names are case-insensitive.
  if (`${claimed.owner}/${claimed.repo}`.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase())
    return { repo, tag };
  throw new InputError(
    settings.bundlesRepoGiven
      ? `The cutover-sealed payload names ${fromPayload}, but bundles-repository pins ${repo.owner}/${repo.repo}: refusing to read a seal of another repository`
      : `The cutover-sealed payload names ${fromPayload}, and no bundles-repository input pins which repository's seals this workflow trusts (anyone who can dispatch to ${repo.owner}/${repo.repo} writes the payload)`,
    {
      field: 'bundles-repository',
      expected: `the release-bundles repository as owner/name, equal to the payload's client_payload.repository`,
    },
  );
}

/** Runs the action with the runner's environment. */
export async function run(
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** The entry's head-start reads (./first.ts): the pull request's, and gate's others, if it sent them. */
  first?: FirstRead,
): Promise<void> {
  try {
    const settings = readSettings(env, (file) => readFileSync(file, 'utf8'));
    // Masked before anything is written; @actions/core itself loads on first use, after the first request.
    beforeAnyOutput((core) => core.setSecret(settings.token));
    let requestSent = (): void => {};
    const firstRequestSent = new Promise<void>((resolve) => {
      requestSent = resolve;
    });
    const client = createGitHubClient({
      token: settings.token,
      baseUrl: settings.apiUrl,
      ...(settings.writeIntervalMs !== undefined ? { writeIntervalMs: settings.writeIntervalMs } : {}),
      log: { warn: (m) => withCore((core) => core.warning(m)), debug: (m) => withCore((core) => core.debug(m)) },
      onRequestSent: () => requestSent(),
    });
    // The toolkit is needed for the outputs at the end: load it while the first response is awaited.
    void firstRequestSent.then(actionsCore);
    const github = new OctokitGitHub(client);
    if (first) {
      void first.sent.then(requestSent);
      takeHeadStart(github, first);
    }
    const ctx: ModeContext = {
      github,
      bundlesRepo: settings.bundlesRepo,
      policyPath: settings.policyPath,
      now: () => new Date(),
      // One line each, control characters escaped: a value from an event payload (a dispatched tag) must never
      // start a line of its own, which the runner would take as a workflow command (`::set-output`, `::error`).
      // The credentials of any URL a line quotes are redacted, as in every error message (../errors.ts).
      log: (line) => withCore((core) => core.info(escapeControls(redactCredentials(line)))),
      warn: (line) => withCore((core) => core.warning(escapeControls(redactCredentials(line)))),
      // One collapsible group per release directory in the Actions log.
      group: async (name, work) => (await actionsCore()).group(name, work),
    };
    const result = await MODES[settings.command](settings, ctx, client);
    if (typeof result === 'string') {
      (await actionsCore()).info(result);
      return;
    }
    await writeOutputs(result);
    if (result.failure !== undefined) (await actionsCore()).setFailed(result.failure);
  } catch (error) {
    const core = await actionsCore();
    if (error instanceof InputError && error.file !== undefined) {
      // An annotation at the file and line the input error names (setFailed's own annotation names neither).
      // Annotations name files relative to the repository root (the workspace), as GitHub shows them.
      const root = env.GITHUB_WORKSPACE ?? process.cwd();
      const file = path.isAbsolute(error.file) ? path.relative(root, error.file) : error.file;
      core.error(messageOf(error), {
        title: 'Cutover input error',
        file,
        ...(error.line !== undefined ? { startLine: error.line } : {}),
      });
      process.exitCode = 1;
      return;
    }
    core.setFailed(messageOf(error));
  }
}
