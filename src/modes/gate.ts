/**
 * gate (bundles repository, on pull_request_review and pull_request): the `cutover/approval` check. It
 * succeeds only when, at the current head, every required team has an APPROVED review from a member, by
 * distinct people, none of them the author, a bot or a possible last pusher; stale approvals never count.
 * The policy comes from the default branch, the pull request must target it, and a pull request that changes a
 * release directory must consist of verified commits by the bundle writer only. After a merge (seal,
 * reconcile), reviews submitted later never count: the gate is judged as it stood at the merge.
 */
import { evaluateGate, type GateResult, qualifyTeam } from '../domain/approval.js';
import { foreignCommits, GITHUB_COMMITTER } from '../domain/writer.js';
import type { PullRequest } from '../github/port.js';
import { releaseDirsOf } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';
import { baseProblem, commitsOfPullRequest, identitiesOf, readDefaultBranch, readTrustedPolicy } from './trust.js';

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
  const branch = await readDefaultBranch(ctx);
  const policy = await readTrustedPolicy(ctx, branch);
  const teams = policy.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner));
  const problems: string[] = [];
  const wrongBase = baseProblem(pull, branch);
  if (wrongBase) problems.push(wrongBase);
  const identities = identitiesOf(policy, ctx.policyPath);
  if ('problem' in identities) problems.push(identities.problem);

  const [reviews, head, files] = await Promise.all([
    github.listReviews(bundlesRepo, pullRequest),
    github.getCommit(bundlesRepo, headSha),
    github.listPullRequestFiles(bundlesRepo, pullRequest),
  ]);
  if (!wrongBase && !('problem' in identities) && releaseDirsOf(files).length > 0) {
    // Merged: the pull request's commits are on the default branch now; compare from before the merge.
    const onto = pull.merged && pull.mergeCommitSha ? await preMergeCommit(ctx, pull.mergeCommitSha) : branch.sha;
    const commits = await commitsOfPullRequest(github, bundlesRepo, onto, headSha);
    problems.push(...foreignCommits(commits, identities.bundleWriter).map((c) => c.message));
  }
  const candidates = new Set(
    reviews
      .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
      .map((r) => r.login.toLowerCase()),
  );
  const membership = new Map<string, Set<string>>();
  for (const team of teams) {
    const [org = '', slug = ''] = team.split('/');
    const members = new Set<string>();
    for (const login of candidates) if (await github.isTeamMember(org, slug, login)) members.add(login);
    membership.set(team, members);
  }
  const result = evaluateGate({
    headSha,
    author: pull.author.login,
    // Who pushed is not in the REST API: every account the head commit names is treated as its pusher.
    lastPushers: [head.authorLogin, head.committerLogin].filter(
      (l): l is string => l !== null && l !== GITHUB_COMMITTER,
    ),
    mergedAt: pull.merged ? pull.mergedAt : null,
    teams,
    reviews,
    membership,
  });
  return { pull, teams, result, problems, satisfied: result.satisfied && problems.length === 0 };
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
