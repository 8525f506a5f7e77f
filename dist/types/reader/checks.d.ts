import type { ApprovalManifest } from '../domain/model.js';
import type { SealApprover, SealRecord } from '../domain/seal.js';
/** One named integrity result. */
export interface IntegrityResult {
    /** Stable name, one of {@link INTEGRITY_CHECKS}. */
    name: IntegrityCheckName;
    status: 'pass' | 'fail';
    /** What was found, in a sentence. */
    detail: string;
}
/** Names of the integrity results, in report order. */
export declare const INTEGRITY_CHECKS: readonly ["annotated-tag", "seal-record", "tag-target", "default-branch", "bundle-digest", "manifest-binding", "latest-revision", "required-approvers"];
export type IntegrityCheckName = (typeof INTEGRITY_CHECKS)[number];
/** Where a moment falls relative to the change window: a fact, not an integrity result. */
export type WindowState = 'not started' | 'open' | 'ended';
/** The window fact of one sealed revision. */
export interface WindowFact {
    /** Undefined when neither the record nor the manifest could be read. */
    state: WindowState | undefined;
    start: string | undefined;
    end: string | undefined;
    /** The moment the state is relative to (RFC 3339). */
    at: string;
    /** Where the window was taken from. */
    from: 'seal record' | 'manifest' | undefined;
}
/** The state of `[start, end)` at `at`. */
export declare function windowState(window: {
    start: string;
    end: string;
}, at: Date): WindowState;
/** The window fact, from the record when there is one (it is what was approved), else from the manifest. */
export declare function windowFact(record: SealRecord | undefined, manifest: ApprovalManifest | undefined, at: Date): WindowFact;
/** Differences between the manifest and the tag name and record it was sealed under (empty when none). */
export declare function manifestMismatches(manifest: ApprovalManifest, name: {
    product: string;
    release: string;
    revision: number;
}, record: SealRecord | undefined): string[];
/** The organization of the bundles repository a seal record names: where a team named by its slug alone is. */
export declare function recordOrg(record: Pick<SealRecord, 'repository'>): string;
/** How the required teams are covered by approvers: a distinct login per team, or the teams left uncovered. */
export interface ApproverCoverage {
    /** team -> login, for the teams covered. */
    assignment: Record<string, string>;
    /** Teams no distinct approver covers. */
    uncovered: string[];
    /** Approvals that do not count: made on another commit than the approved head. */
    ignored: SealApprover[];
}
/**
 * Assigns each required team a distinct approving login (logins compared case-insensitively, as GitHub
 * does), counting only approvals made on the approved head. A maximum bipartite matching, so one person
 * who belongs to two teams never covers both, and an order of approvals never hides a valid cover. With
 * `org`, teams on both sides are compared as org/slug (a slug alone names a team of `org`: a policy may name
 * its teams so, and seal records approvers under the qualified name); `assignment` is then keyed by org/slug.
 */
export declare function coverTeams(teams: readonly string[], given: readonly SealApprover[], headSha: string, org?: string): ApproverCoverage;
/** A seal tag of the same release, as far as supersession needs it. */
export interface RevisionStanding {
    revision: number;
    /** True when the tag is an annotated tag with this revision's valid record. */
    sealed: boolean;
}
/** Whether `revision` is the latest sealed one of its release, given every seal tag of that release. */
export declare function supersession(revision: number, release: readonly RevisionStanding[]): {
    latest: boolean;
    supersededBy: number | undefined;
    unsealedLater: number[];
};
/**
 * The standing of every seal tag of one release at once, as {@link supersession} gives it for one revision
 * (`latest`, `supersededBy`), in one pass from the highest revision down: linear in the release's tags, where
 * calling `supersession` per tag would be quadratic (a release with 5,000 revisions).
 */
export declare function releaseStandings(release: readonly RevisionStanding[]): Map<number, {
    latest: boolean;
    supersededBy: number | undefined;
}>;
/**
 * Hands `visit` the standing of each tag of one release sorted by ascending revision (distinct revisions), from
 * the highest down, as releaseStandings gives it: latest when no later tag exists, superseded by the highest
 * later sealed revision, if any.
 */
export declare function eachStanding<T extends RevisionStanding>(ascending: readonly T[], visit: (tag: T, latest: boolean, supersededBy: number | undefined, index: number) => void): void;
