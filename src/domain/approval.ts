/**
 * The two-team approval gate as a pure function: which reviews count at the current head, and whether
 * every required team is covered by a distinct person. Counts nothing GitHub would not count.
 */
import { cmp } from './normalize.js';

export interface GateReview {
  id: number;
  login: string;
  isBot: boolean;
  state: string;
  commitId: string;
  submittedAt: string | null;
}

export interface GateInput {
  headSha: string;
  /** The pull request's author: never counts as an approver. */
  author: string;
  /**
   * Who may have pushed the head: never counts. The caller (src/modes/gate.ts) names the accounts GitHub's
   * repository activity (GET /repos/{owner}/{repo}/activity) records as having moved the head branch to the head,
   * and the accounts the head commit names (its author and committer, which anyone can write).
   */
  lastPushers: readonly string[];
  /** When the pull request was merged: reviews submitted later never count (GitHub accepts them). */
  mergedAt?: string | null | undefined;
  /** Required teams as `org/slug`. */
  teams: readonly string[];
  reviews: readonly GateReview[];
  /** team -> logins (among the candidates) that are active members. */
  membership: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface GateAssignment {
  team: string;
  login: string;
  reviewId: number;
  commitId: string;
}

export interface GateResult {
  satisfied: boolean;
  assignments: GateAssignment[];
  missingTeams: string[];
  /** Reviews that did not count, each with the reason. */
  ignored: Array<{ login: string; reviewId: number; reason: string }>;
}

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED) is their state, as on
 * GitHub: a later COMMENTED review neither adds nor removes an approval. GitHub's times are whole seconds and
 * ids follow when a review was started, not submitted (a pending review keeps its id): within one second the
 * order is unknown, so an approval is taken as the earlier one and never outlasts a decision of that second.
 */
export function latestDecisiveReviews(reviews: readonly GateReview[]): Map<string, GateReview> {
  const latest = new Map<string, GateReview>();
  const approvedFirst = (r: GateReview) => (r.state === 'APPROVED' ? 0 : 1);
  const ordered = [...reviews].sort(
    (a, b) => cmp(a.submittedAt ?? '', b.submittedAt ?? '') || approvedFirst(a) - approvedFirst(b) || a.id - b.id,
  );
  for (const review of ordered) {
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED')
      latest.set(review.login.toLowerCase(), review);
  }
  return latest;
}

/**
 * The logins whose approval could count: submitted before the merge (if any), approved at the head, not the
 * author, not a bot, not a possible last pusher.
 */
export function eligibleApprovals(input: Omit<GateInput, 'teams' | 'membership'>): {
  eligible: GateReview[];
  ignored: GateResult['ignored'];
} {
  const eligible: GateReview[] = [];
  const ignored: GateResult['ignored'] = [];
  const cutoff = input.mergedAt ? Date.parse(input.mergedAt) : undefined;
  const inTime = input.reviews.filter((review) => {
    if (cutoff === undefined) return true;
    // A review without a submission time is pending: it never counts either way.
    const at = review.submittedAt ? Date.parse(review.submittedAt) : Number.NaN;
    // GitHub's times are whole seconds: a review in the merge's own second may have come after it. An honest
    // approval precedes the cutover/approval check the merge required, so strictly earlier loses nothing.
    if (at < cutoff) return true;
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED')
      ignored.push({
        login: review.login,
        reviewId: review.id,
        reason: `submitted ${review.submittedAt ?? 'without a time'}, after the merge at ${input.mergedAt}: the gate is judged as it stood at the merge`,
      });
    return false;
  });
  const pushers = new Set(input.lastPushers.map((l) => l.toLowerCase()));
  for (const review of latestDecisiveReviews(inTime).values()) {
    const skip = (reason: string) => ignored.push({ login: review.login, reviewId: review.id, reason });
    if (review.state !== 'APPROVED') skip(review.state === 'DISMISSED' ? 'approval dismissed' : 'changes requested');
    else if (review.commitId !== input.headSha)
      skip(`approved ${review.commitId.slice(0, 12)}, not the current head ${input.headSha.slice(0, 12)} (stale)`);
    else if (review.isBot || /\[bot\]$/i.test(review.login)) skip('bots never count as approvers');
    else if (review.login.toLowerCase() === input.author.toLowerCase())
      skip('the pull request author cannot approve it');
    else if (pushers.has(review.login.toLowerCase()))
      skip(
        'the head commit may be their push (GitHub records them moving the branch to it, or it names them as author or committer): the last pusher cannot approve their own push',
      );
    else eligible.push(review);
  }
  return { eligible, ignored };
}

/**
 * Covers every team with a distinct approver (bipartite matching, so one person never counts for two
 * teams, and a person in both teams is used where they are needed).
 */
export function evaluateGate(input: GateInput): GateResult {
  const { eligible, ignored } = eligibleApprovals(input);
  const byLogin = new Map(eligible.map((r) => [r.login.toLowerCase(), r]));
  const candidates = new Map(
    input.teams.map((team) => [
      team,
      [...byLogin.keys()].filter((login) => input.membership.get(team)?.has(login) ?? false).sort(cmp),
    ]),
  );
  const { owner, uncovered: missingTeams } = matchTeams(input.teams, candidates);
  const assignments: GateAssignment[] = [...owner.entries()]
    .map(([login, team]) => {
      const review = byLogin.get(login);
      return { team, login: review?.login ?? login, reviewId: review?.id ?? 0, commitId: review?.commitId ?? '' };
    })
    .sort((a, b) => input.teams.indexOf(a.team) - input.teams.indexOf(b.team));
  for (const review of eligible) {
    if (!owner.has(review.login.toLowerCase())) {
      const teams = input.teams.filter((t) => input.membership.get(t)?.has(review.login.toLowerCase()));
      ignored.push({
        login: review.login,
        reviewId: review.id,
        reason:
          teams.length === 0
            ? 'not a member of any required team'
            : `already counted: ${teams.join(', ')} covered by someone else`,
      });
    }
  }
  return { satisfied: missingTeams.length === 0, assignments, missingTeams, ignored };
}

/**
 * A maximum bipartite matching of teams to distinct people (augmenting paths): one person never covers two
 * teams, and the order in which people approved never hides a valid cover. Logins are compared as given.
 */
export function matchTeams(
  teams: readonly string[],
  candidates: ReadonlyMap<string, readonly string[]>,
): { owner: Map<string, string>; uncovered: string[] } {
  const owner = new Map<string, string>(); // login -> team
  const assign = (team: string, seen: Set<string>): boolean => {
    for (const login of candidates.get(team) ?? []) {
      if (seen.has(login)) continue;
      seen.add(login);
      const current = owner.get(login);
      if (current === undefined || assign(current, seen)) {
        owner.set(login, team);
        return true;
      }
    }
    return false;
  };
  const uncovered = [...new Set(teams)].filter((team) => !assign(team, new Set()));
  return { owner, uncovered };
}

/** `org/slug` of a policy team entry; a bare slug belongs to the bundles repository's organization. */
export function qualifyTeam(team: string, defaultOrg: string): string {
  return team.includes('/') ? team : `${defaultOrg}/${team}`;
}
