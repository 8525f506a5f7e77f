/**
 * gate (bundles repository, on pull_request_review and pull_request): the `cutover/approval` check. It
 * succeeds only when, at the current head, every required team has an APPROVED review from a member, by
 * distinct people, none of them the author, a bot or the last pusher. Stale approvals never count.
 */
import { evaluateGate, type GateResult, qualifyTeam } from '../domain/approval.js';
import type { PullRequest } from '../github/port.js';
import { readPolicyAt } from './bundles-repo.js';
import type { ModeContext, ModeResult } from './context.js';

export const APPROVAL_CHECK = 'cutover/approval';

export interface GateEvaluation {
  pull: PullRequest;
  teams: string[];
  result: GateResult;
}

/** Evaluates the gate at the pull request's current head (read fresh, not from the event payload). */
export async function evaluateApprovalGate(
  ctx: ModeContext,
  pullRequest: number,
  atHead?: string,
): Promise<GateEvaluation> {
  const { github, bundlesRepo } = ctx;
  const pull = await github.getPullRequest(bundlesRepo, pullRequest);
  const headSha = atHead ?? pull.headSha;
  const policy = await readPolicyAt(github, bundlesRepo, pull.baseSha, ctx.policyPath);
  const teams = policy.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner));
  const [reviews, head] = await Promise.all([
    github.listReviews(bundlesRepo, pullRequest),
    github.getCommit(bundlesRepo, headSha),
  ]);
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
    lastPusher: head.authorLogin,
    teams,
    reviews,
    membership,
  });
  return { pull, teams, result };
}

/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head).
 */
export async function runGate(ctx: ModeContext, pullRequest: number, postOn?: string): Promise<ModeResult> {
  const { pull, teams, result } = await evaluateApprovalGate(ctx, pullRequest);
  const lines = [
    `## ${APPROVAL_CHECK} at \`${pull.headSha.slice(0, 12)}\``,
    '',
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
  await ctx.github.createCheckRun(ctx.bundlesRepo, {
    name: APPROVAL_CHECK,
    headSha: postOn ?? pull.headSha,
    conclusion: result.satisfied ? 'success' : 'failure',
    title: result.satisfied
      ? `Approved by ${teams.length} teams`
      : `Missing approval from ${result.missingTeams.join(' and ')}`,
    summary,
    annotations: [],
  });
  ctx.log(`${APPROVAL_CHECK}: ${result.satisfied ? 'satisfied' : `missing ${result.missingTeams.join(', ')}`}`);
  return { outputs: { approved: String(result.satisfied) }, summary };
}
