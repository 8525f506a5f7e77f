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
import { releaseDirsOf } from './bundles-repo.js';
import { early, type ModeContext, type ModeResult } from './context.js';
import {
  baseProblem,
  commitsOfPullRequest,
  type DefaultBranch,
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
  /** The pull request's changed paths, as already listed. */
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
  const branch = await branchRead;
  const policy = await policyRead;
  const teams = policy.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner));
  const problems: string[] = [];
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) problems.push(wrongBase);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) problems.push(identities.problem);

  const [reviews, head, files, pushers] = await Promise.all([reviewsRead, headRead, filesRead, pushersRead]);
  // The commits (they need the default branch) and the memberships (they need the reviews) go out together.
  const commitsRead =
    !wrongBase && !('problem' in identities) && releaseDirsOf(files).length > 0
      ? early(options.commits ?? commitsToJudge(ctx, pull, branch, headSha))
      : undefined;
  const candidates = new Set(
    reviews
      .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
      .map((r) => r.login.toLowerCase()),
  );
  const membership = await membershipsOf(ctx, teams, [...candidates]);
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

/** Every commit the pull request brings; once merged, counted from the default branch as it was before the merge. */
async function commitsToJudge(
  ctx: ModeContext,
  pull: PullRequest,
  branch: DefaultBranch,
  headSha: string,
): Promise<CommitInfo[]> {
  const onto = pull.merged && pull.mergeCommitSha ? await preMergeCommit(ctx, pull.mergeCommitSha) : branch.sha;
  return commitsOfPullRequest(ctx.github, ctx.bundlesRepo, onto, headSha);
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
  const lines = [
    `## ${APPROVAL_CHECK} at \`${headSha.slice(0, 12)}\``,
    '',
    ...(problems.length > 0 ? ['This pull request cannot be approved:', ...problems.map((p) => `- ${p}`), ''] : []),
    '| Team | Approved by | Review |',
    '| --- | --- | --- |',
  ];
  for (const team of teams) {
    const a = result.assignments.find((x) => x.team === team);
    lines.push(
      `| @${team} | ${a ? `@${a.login}` : '**missing**'} | ${a ? `#${a.reviewId} on \`${a.commitId.slice(0, 12)}\`` : ''} |`,
    );
  }
  if (result.ignored.length > 0) {
    lines.push(
      '',
      'Reviews that do not count:',
      ...result.ignored.map((i) => `- @${i.login} (review ${i.reviewId}): ${i.reason}`),
    );
  }
  const summary = lines.join('\n');
  const title = satisfied
    ? `Approved by ${teams.length} teams`
    : problems.length > 0
      ? `Cannot be approved: ${problems[0]}`.slice(0, 255)
      : `Missing approval from ${result.missingTeams.join(' and ')}`;
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
