/**
 * gate (bundles repository, on pull_request_review and pull_request): the `cutover/approval` check. It
 * succeeds only when, at the current head, every required team has an APPROVED review from a member, by
 * distinct people, none of them the author, a bot, an account the head commit names, or anyone GitHub's
 * repository activity records as having moved the head branch to the head; stale approvals never count.
 * The policy comes from the default branch, the pull request must target it, and a pull request that changes a
 * release directory must consist of verified commits by the bundle writer only. After a merge (seal,
 * reconcile), reviews submitted later never count: the gate is judged as it stood at the merge.
 */
import { evaluateGate, type GateResult, qualifyTeam } from '../domain/approval.js';
import type { Policy } from '../domain/policy.js';
import { foreignCommits, GITHUB_COMMITTER } from '../domain/writer.js';
import { GitHubApiError } from '../errors.js';
import { type CommitInfo, MAX_ACTIVITY_PAGES, type PullRequest, type Review } from '../github/port.js';
import { MAX_SUMMARY } from '../render/checks.js';
import { code, cut, table, text, truncate } from '../render/markdown.js';
import { releaseDirsOf } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import { baseProblem, type DefaultBranch, filesOfJudgedHead, identitiesOf, readTrustedPolicy } from './trust.js';

export const APPROVAL_CHECK = 'cutover/approval';

export interface GateEvaluation {
  pull: PullRequest;
  teams: string[];
  /** Every review of the pull request as read for this judgement (runGate re-reads them to see if they moved). */
  reviews: Review[];
  result: GateResult;
  /** Why the pull request cannot be approved whatever the reviews say (wrong base, foreign commits, policy). */
  problems: string[];
  /** Whether the gate holds: every team covered and no problem. */
  satisfied: boolean;
}

export interface GateOptions {
  /** The head to judge (default: the pull request's current head). */
  atHead?: string;
  /** The pull request as already read. */
  pull?: PullRequest;
  /** Reads a caller (seal) has already started: the default branch, its policy, and the pull request's commits. */
  branch?: Promise<DefaultBranch>;
  policy?: Promise<Policy>;
  commits?: Promise<CommitInfo[]>;
  /**
   * The changed paths of the judged head, as already listed: the caller vouches they are that head's (seal: a
   * merged pull request, whose head and file list no longer move). Without them the gate reads GitHub's file list
   * AND the judged head's own comparison, since the list follows the current head, which may have moved; when
   * that comparison is cut at 300 files, the head's files come from its tree and its merge base's instead.
   */
  files?: Promise<string[]>;
}

/** Evaluates the gate at the pull request's head (read fresh, not from the event payload). */
export async function evaluateApprovalGate(
  ctx: ModeContext,
  pullRequest: number,
  options: GateOptions = {},
): Promise<GateEvaluation> {
  const { github, bundlesRepo } = ctx;
  // Every read that needs only the pull request's NUMBER goes out beside the read of the pull request itself,
  // not after its answer (runGate's confirmation after posting adds a round trip to the chain).
  const pullRead = options.pull
    ? Promise.resolve(options.pull)
    : early(github.getPullRequest(bundlesRepo, pullRequest));
  const reviewsRead = early(github.listReviews(bundlesRepo, pullRequest));
  const policyRead = options.policy ?? early(readTrustedPolicy(ctx));
  const filesRead = options.files ?? early(github.listPullRequestFiles(bundlesRepo, pullRequest));
  const branchRead = options.branch ?? early(defaultBranchBeside(ctx, pullRead));
  const pull = await pullRead;
  const headSha = options.atHead ?? pull.headSha;
  // The reads that need the pull request.
  const headRead = early(github.getCommit(bundlesRepo, headSha));
  const pushersRead = early(headPushers(ctx, pull, headSha));
  // GitHub's file list follows the pull request's CURRENT head, which may have moved since headSha was read: a
  // head whose list names no release directory would skip the writer-commit rule on a head that changes one.
  // So the judged head's own comparison with the default branch (read for its commits anyway) is read beside
  // it, as soon as the default branch is known; it names that head's files (up to 300).
  const atHeadRead = options.files
    ? undefined
    : early(branchRead.then((b) => (baseProblem(pull, b) ? undefined : compareToJudge(ctx, pull, b, headSha))));
  // The memberships need only the policy's teams and the reviews: they go out as soon as both are in, beside
  // the reads of the head and the comparison.
  const teamsRead = early(policyRead.then((p) => p.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner))));
  const membershipRead = early(
    Promise.all([teamsRead, reviewsRead]).then(([teams, reviews]) =>
      membershipsOf(ctx, teams, [
        ...new Set(
          reviews
            .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
            .map((r) => r.login.toLowerCase()),
        ),
      ]),
    ),
  );
  const branch = await branchRead;
  const policy = await policyRead;
  const teams = await teamsRead;
  const problems: string[] = [];
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) problems.push(wrongBase);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) problems.push(identities.problem);

  const [reviews, head, pushers] = await Promise.all([reviewsRead, headRead, pushersRead]);
  const [listed, atHead] = await Promise.all([filesRead, atHeadRead]);
  const files = await filesOfJudgedHead(github, bundlesRepo, headSha, listed, atHead);
  const commitsRead =
    !wrongBase && !('problem' in identities) && releaseDirsOf(files).length > 0
      ? early(
          options.commits ??
            (atHead ? Promise.resolve(atHead) : compareToJudge(ctx, pull, branch, headSha)).then((c) => c.commits),
        )
      : undefined;
  const membership = await membershipRead;
  if (commitsRead && !('problem' in identities))
    problems.push(...foreignCommits(await commitsRead, identities.bundleWriter).map((c) => c.message));
  const result = evaluateGate({
    headSha,
    author: pull.author.login,
    // Who GitHub recorded moving the head branch to the head, and every account the head commit names (anyone
    // can write those, so they only add to the exclusions; an activity record nobody can forge).
    lastPushers: [...pushers, head.authorLogin, head.committerLogin].filter(
      (l): l is string => l !== null && l !== GITHUB_COMMITTER,
    ),
    mergedAt: pull.merged ? pull.mergedAt : null,
    teams,
    reviews,
    membership,
  });
  return { pull, teams, reviews, result, problems, satisfied: result.satisfied && problems.length === 0 };
}

/**
 * The default branch's name and head, read beside the pull request: the head is the first commit GitHub lists
 * without a `sha`, which it lists from the default branch (as the policy read without a ref is served from it), so
 * it waits for no name; the name comes with the pull request (its base repository's `default_branch`), else from
 * the repository.
 */
async function defaultBranchBeside(ctx: ModeContext, pullRead: Promise<PullRequest>): Promise<DefaultBranch> {
  const headRead = early(ctx.github.getDefaultBranchHead(ctx.bundlesRepo));
  const pull = await pullRead;
  const name = pull.defaultBranch ?? (await ctx.github.getDefaultBranch(ctx.bundlesRepo));
  return { name, sha: await headRead };
}

/**
 * The accounts GitHub's repository activity records as having moved the pull request's head branch to `headSha`
 * (a push, a force push, the branch's creation, or any other update whose `after` is the head): each may have
 * pushed the head, so none of them approves it. Every recorded update of the branch is read, since an earlier
 * push of the same commit counts too. No record of the head (GitHub keeps the activity for a limited time)
 * excludes no one more than the commit's own names do: an adversary cannot remove their push from GitHub's
 * record, only wait. A refused read, or more updates than MAX_ACTIVITY_PAGES pages, fails the gate closed.
 * A fork's head branch is not in this repository's activity: its pusher is not found here (the commit's names
 * still are).
 */
async function headPushers(ctx: ModeContext, pull: PullRequest, headSha: string): Promise<string[]> {
  const ref = `refs/heads/${pull.headRef}`;
  const { owner, repo } = ctx.bundlesRepo;
  let read: Awaited<ReturnType<ModeContext['github']['listRefActivities']>>;
  try {
    read = await ctx.github.listRefActivities(ctx.bundlesRepo, { ref });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GitHubApiError(
      `${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: ${reason}. The gate fails closed: the governor App's token must be able to read GET /repos/${owner}/${repo}/activity (repository read access)`,
      error instanceof GitHubApiError ? error.status : undefined,
      { cause: error },
    );
  }
  if (read.cut)
    throw new GitHubApiError(
      `${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: GitHub's repository activity holds more than ${MAX_ACTIVITY_PAGES * 100} updates of the branch and only those were read; refusing to judge who pushed the head from a partial record (open the change from a new branch)`,
      undefined,
    );
  return read.activities
    .filter((a) => a.after === headSha)
    .map((a) => a.actorLogin)
    .filter((l): l is string => l !== null);
}

/**
 * The judged head's comparison with the default branch: every commit the pull request brings (read to the last
 * page) and the files the head changes (at most 300: `filesCut`). Once merged, counted from the default branch as
 * it was before the merge.
 */
async function compareToJudge(
  ctx: ModeContext,
  pull: PullRequest,
  branch: DefaultBranch,
  headSha: string,
): Promise<{ files: string[]; filesCut?: boolean; commits: CommitInfo[]; mergeBase: string }> {
  const onto = pull.merged && pull.mergeCommitSha ? await preMergeCommit(ctx, pull.mergeCommitSha) : branch.sha;
  return ctx.github.compare(ctx.bundlesRepo, onto, headSha);
}

/** Which candidates are active members of each team: every membership read at once. */
async function membershipsOf(
  ctx: ModeContext,
  teams: readonly string[],
  candidates: readonly string[],
): Promise<Map<string, Set<string>>> {
  const answers = await Promise.all(
    teams.map((team) => {
      const [org = '', slug = ''] = team.split('/');
      return Promise.all(candidates.map((login) => ctx.github.isTeamMember(org, slug, login)));
    }),
  );
  return new Map(
    teams.map((team, t) => [team, new Set(candidates.filter((_, c) => answers[t]?.[c] === true))] as const),
  );
}

/** The default branch as it was just before a merge: the merge (or squash, or rebased tip) commit's first parent. */
async function preMergeCommit(ctx: ModeContext, mergeCommit: string): Promise<string> {
  const commit = await ctx.github.getCommit(ctx.bundlesRepo, mergeCommit);
  return commit.parents[0] ?? mergeCommit;
}

/** How many times one gate run judges and posts before it gives up on reviews that keep changing under it. */
export const MAX_GATE_ROUNDS = 3;

/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head). Then reads the
 * reviews again and, when they are no longer the ones judged, judges and posts again (at most MAX_GATE_ROUNDS
 * times; reviews still changing after that post a failure that says so).
 *
 * Why post first and re-read after: gate runs race, and GitHub's required check (like every reader of check
 * runs) takes the LATEST `cutover/approval` at the head. Each review submitted or dismissed starts a gate run of
 * its own, but a run that read the reviews before the change may post after the run that read them after it,
 * leaving its stale verdict last: a success over a request for changes lets the pull request merge, a failure
 * over the approvals blocks it until something runs the gate again. Submitted reviews are only ever added or
 * dismissed, never restored, so reviews read again AFTER this run's post that equal the judged ones stood
 * unchanged from the judging to the post: this post is not stale, and any change still to come is made after
 * it, so the gate run that change starts (or a later one) reads after it and posts after it. When they differ, this run's post may be
 * the stale one posted last, so it judges and posts again. Re-reading before posting would leave the moment
 * between the re-read and the post open.
 */
export async function runGate(
  ctx: ModeContext,
  pullRequest: number,
  postOn?: string,
  pull?: PullRequest,
): Promise<ModeResult> {
  for (let round = 1; ; round++) {
    // The pull request given is used once: a later round reads it fresh (its head may have moved too).
    const evaluation = await evaluateApprovalGate(ctx, pullRequest, round === 1 && pull ? { pull } : {});
    const posted = await postVerdict(ctx, evaluation, postOn);
    const changes = reviewChanges(evaluation.reviews, await ctx.github.listReviews(ctx.bundlesRepo, pullRequest));
    if (changes.length === 0) return posted;
    ctx.log(`${APPROVAL_CHECK}: the reviews changed after they were judged (${changes.join('; ')})`);
    if (round >= MAX_GATE_ROUNDS) return postUnsettled(ctx, evaluation, changes, postOn);
  }
}

/**
 * How the reviews read now differ from the judged ones: a review that is new, gone, or whose state or commit
 * changed (e.g. dismissed). Empty when they are the same.
 */
function reviewChanges(judged: readonly Review[], now: readonly Review[]): string[] {
  const before = new Map(judged.map((r) => [r.id, r]));
  const after = new Map(now.map((r) => [r.id, r]));
  const changes: string[] = [];
  for (const r of now) {
    const was = before.get(r.id);
    if (!was) changes.push(`new review ${r.id} by @${r.login}: ${r.state}`);
    else if (was.state !== r.state || was.commitId !== r.commitId)
      changes.push(
        `review ${r.id} by @${r.login}: ${was.state} on ${was.commitId.slice(0, 12)} is now ${r.state} on ${r.commitId.slice(0, 12)}`,
      );
  }
  for (const r of judged) if (!after.has(r.id)) changes.push(`review ${r.id} by @${r.login} is gone`);
  return changes;
}

/** Posts one judgement as `cutover/approval`. */
async function postVerdict(ctx: ModeContext, evaluation: GateEvaluation, postOn?: string): Promise<ModeResult> {
  const { teams, result, problems, satisfied } = evaluation;
  const headSha = evaluation.pull.headSha;
  // Team names, logins, problems and reasons are rendered as text: a value cannot add a row or a heading.
  const lines = [
    `## ${APPROVAL_CHECK} at ${code(headSha.slice(0, 12))}`,
    '',
    ...(problems.length > 0
      ? ['This pull request cannot be approved:', ...problems.map((p) => `- ${text(p)}`), '']
      : []),
    table(
      ['Team', 'Approved by', 'Review'],
      teams.map((team) => {
        const a = result.assignments.find((x) => x.team === team);
        return [
          `@${text(team)}`,
          a ? `@${text(a.login)}` : '**missing**',
          a ? `#${a.reviewId} on ${code(a.commitId.slice(0, 12))}` : '',
        ];
      }),
    ),
  ];
  if (result.ignored.length > 0) {
    lines.push(
      '',
      'Reviews that do not count:',
      ...result.ignored.map((i) => `- @${text(i.login)} (review ${i.reviewId}): ${text(i.reason)}`),
    );
  }
  const summary = cut(lines.join('\n'), MAX_SUMMARY, `_Cut at ${MAX_SUMMARY} characters._`);
  const title = truncate(
    satisfied
      ? `Approved by ${teams.length} teams`
      : problems.length > 0
        ? `Cannot be approved: ${problems[0]}`
        : `Missing approval from ${result.missingTeams.join(' and ')}`,
    255,
  );
  await ctx.github.createCheckRun(ctx.bundlesRepo, {
    name: APPROVAL_CHECK,
    headSha: postOn ?? headSha,
    conclusion: satisfied ? 'success' : 'failure',
    title,
    summary,
    annotations: [],
  });
  ctx.log(
    `${APPROVAL_CHECK}: ${satisfied ? 'satisfied' : problems.length > 0 ? problems.join('; ') : `missing ${result.missingTeams.join(', ')}`}`,
  );
  return { outputs: { approved: String(satisfied) }, summary };
}

/**
 * Posts a failing `cutover/approval` when the reviews changed after each of MAX_GATE_ROUNDS judgements: no verdict
 * on reviews that no longer stand. It fails closed: posted after the verdict of a run a late change started, it
 * blocks the merge until the gate runs again (the next review, or a re-run of the job).
 */
async function postUnsettled(
  ctx: ModeContext,
  evaluation: GateEvaluation,
  changes: readonly string[],
  postOn?: string,
): Promise<ModeResult> {
  const headSha = evaluation.pull.headSha;
  const reason = `the reviews of pull request #${evaluation.pull.number} changed after each of ${MAX_GATE_ROUNDS} judgements`;
  const summary = cut(
    [
      `## ${APPROVAL_CHECK} at ${code(headSha.slice(0, 12))}`,
      '',
      `Not judged: ${text(reason)}, so no verdict stands for the reviews as they are now. The gate runs again on the next review; re-run this job to judge the reviews as they stand.`,
      '',
      'Changed after the last judgement:',
      ...changes.map((c) => `- ${text(c)}`),
    ].join('\n'),
    MAX_SUMMARY,
    `_Cut at ${MAX_SUMMARY} characters._`,
  );
  await ctx.github.createCheckRun(ctx.bundlesRepo, {
    name: APPROVAL_CHECK,
    headSha: postOn ?? headSha,
    conclusion: 'failure',
    title: truncate(`Reviews kept changing: ${reason}`, 255),
    summary,
    annotations: [],
  });
  ctx.log(`${APPROVAL_CHECK}: ${reason}`);
  return { outputs: { approved: 'false' }, summary };
}
