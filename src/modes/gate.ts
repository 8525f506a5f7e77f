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
import { type CommitInfo, MAX_ACTIVITY_PAGES, type PullRequest } from '../github/port.js';
import { MAX_SUMMARY } from '../render/checks.js';
import { code, cut, table, text, truncate } from '../render/markdown.js';
import { releaseDirsOf } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import {
  baseProblem,
  type DefaultBranch,
  filesOfJudgedHead,
  identitiesOf,
  readDefaultBranch,
  readTrustedPolicy,
} from './trust.js';

export const APPROVAL_CHECK = 'cutover/approval';

export interface GateEvaluation {
  pull: PullRequest;
  teams: string[];
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
  const pull = options.pull ?? (await github.getPullRequest(bundlesRepo, pullRequest));
  const headSha = options.atHead ?? pull.headSha;
  // Every read that needs only the pull request, at once.
  const branchRead = options.branch ?? early(readDefaultBranch(ctx, pull));
  const policyRead = options.policy ?? early(readTrustedPolicy(ctx));
  const reviewsRead = early(github.listReviews(bundlesRepo, pullRequest));
  const headRead = early(github.getCommit(bundlesRepo, headSha));
  const filesRead = options.files ?? early(github.listPullRequestFiles(bundlesRepo, pullRequest));
  const pushersRead = early(headPushers(ctx, pull, headSha));
  // GitHub's file list follows the pull request's CURRENT head, which may have moved since headSha was read: a
  // head whose list names no release directory would skip the writer-commit rule on a head that changes one.
  // So the judged head's own comparison with the default branch (read for its commits anyway) is read beside
  // it, as soon as the default branch is known; it names that head's files (up to 300).
  const atHeadRead = options.files
    ? undefined
    : early(branchRead.then((b) => (baseProblem(pull, b) ? undefined : compareToJudge(ctx, pull, b, headSha))));
  const branch = await branchRead;
  const policy = await policyRead;
  const teams = policy.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner));
  const problems: string[] = [];
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) problems.push(wrongBase);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) problems.push(identities.problem);

  const [reviews, head, pushers] = await Promise.all([reviewsRead, headRead, pushersRead]);
  const candidates = new Set(
    reviews
      .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
      .map((r) => r.login.toLowerCase()),
  );
  // The memberships (they need the reviews) go out beside the comparison of the head.
  const membershipRead = early(membershipsOf(ctx, teams, [...candidates]));
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
  return { pull, teams, result, problems, satisfied: result.satisfied && problems.length === 0 };
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

/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head).
 */
export async function runGate(
  ctx: ModeContext,
  pullRequest: number,
  postOn?: string,
  pull?: PullRequest,
): Promise<ModeResult> {
  const { teams, result, problems, satisfied, ...rest } = await evaluateApprovalGate(
    ctx,
    pullRequest,
    pull ? { pull } : {},
  );
  const headSha = rest.pull.headSha;
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
