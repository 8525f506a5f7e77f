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
    ignored: Array<{
        login: string;
        reviewId: number;
        reason: string;
    }>;
}
/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED) is their state, as on
 * GitHub: a later COMMENTED review neither adds nor removes an approval. GitHub's times are whole seconds and
 * ids follow when a review was started, not submitted (a pending review keeps its id): within one second the
 * order is unknown, so an approval is taken as the earlier one and never outlasts a decision of that second.
 */
export declare function latestDecisiveReviews(reviews: readonly GateReview[]): Map<string, GateReview>;
/**
 * The logins whose approval could count: submitted before the merge (if any), approved at the head, not the
 * author, not a bot, not a possible last pusher.
 */
export declare function eligibleApprovals(input: Omit<GateInput, 'teams' | 'membership'>): {
    eligible: GateReview[];
    ignored: GateResult['ignored'];
};
/**
 * Covers every team with a distinct approver (bipartite matching, so one person never counts for two
 * teams, and a person in both teams is used where they are needed).
 */
export declare function evaluateGate(input: GateInput): GateResult;
/**
 * A maximum bipartite matching of teams to distinct people (augmenting paths): one person never covers two
 * teams, and the order in which people approved never hides a valid cover. Logins are compared as given.
 */
export declare function matchTeams(teams: readonly string[], candidates: ReadonlyMap<string, readonly string[]>): {
    owner: Map<string, string>;
    uncovered: string[];
};
/** `org/slug` of a policy team entry; a bare slug belongs to the bundles repository's organization. */
export declare function qualifyTeam(team: string, defaultOrg: string): string;
