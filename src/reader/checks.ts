/**
 * Pure checks of the sealed-bundle reader, over data already read from git: manifest against tag name and
 * record, required teams against approvers (distinct people), supersession among a release's seal tags, and
 * the change window as a fact relative to a moment. No I/O.
 */
import { matchTeams, qualifyTeam } from '../domain/approval.js';
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
export const INTEGRITY_CHECKS = [
  'annotated-tag',
  'seal-record',
  'tag-target',
  'default-branch',
  'bundle-digest',
  'manifest-binding',
  'latest-revision',
  'required-approvers',
] as const;

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
export function windowState(window: { start: string; end: string }, at: Date): WindowState {
  const now = at.getTime();
  if (now < Date.parse(window.start)) return 'not started';
  if (now < Date.parse(window.end)) return 'open';
  return 'ended';
}

/** The window fact, from the record when there is one (it is what was approved), else from the manifest. */
export function windowFact(
  record: SealRecord | undefined,
  manifest: ApprovalManifest | undefined,
  at: Date,
): WindowFact {
  const window = record?.window ?? manifest?.window;
  const from = record ? 'seal record' : manifest ? 'manifest' : undefined;
  return {
    state: window ? windowState(window, at) : undefined,
    start: window?.start,
    end: window?.end,
    at: at.toISOString(),
    from,
  };
}

/** Differences between the manifest and the tag name and record it was sealed under (empty when none). */
export function manifestMismatches(
  manifest: ApprovalManifest,
  name: { product: string; release: string; revision: number },
  record: SealRecord | undefined,
): string[] {
  const out: string[] = [];
  for (const key of ['product', 'release', 'revision'] as const) {
    if (manifest[key] !== name[key])
      out.push(`manifest ${key} is ${String(manifest[key])}, the tag name says ${String(name[key])}`);
  }
  if (!record) return out;
  if (manifest.bundleDigest !== record.bundleDigest)
    out.push(`manifest binds ${manifest.bundleDigest}, the seal record ${record.bundleDigest}`);
  if (manifest.queue !== record.queue)
    out.push(`manifest queue is ${manifest.queue}, the seal record's ${record.queue}`);
  if (manifest.window.start !== record.window.start || manifest.window.end !== record.window.end)
    out.push(
      `manifest window is ${manifest.window.start} .. ${manifest.window.end}, the seal record's ${record.window.start} .. ${record.window.end}`,
    );
  // Compared as org/slug: a policy may name a team of the repository's organization by its slug alone, and
  // seal records the teams as the gate qualified them.
  const org = recordOrg(record);
  const teams = manifest.requiredApprovers.teams
    .map((t) => qualifyTeam(t, org))
    .sort()
    .join(', ');
  const recorded = record.requiredTeams
    .map((t) => qualifyTeam(t, org))
    .sort()
    .join(', ');
  if (teams !== recorded) out.push(`manifest requires ${teams}, the seal record names ${recorded}`);
  const supersedes = (ref: ApprovalManifest['supersedes']) =>
    ref ? `r${ref.revision} (${ref.bundleDigest})` : 'nothing';
  if (supersedes(manifest.supersedes) !== supersedes(record.supersedes))
    out.push(
      `manifest supersedes ${supersedes(manifest.supersedes)}, the seal record ${supersedes(record.supersedes)}`,
    );
  return out;
}

/** The organization of the bundles repository a seal record names: where a team named by its slug alone is. */
export function recordOrg(record: Pick<SealRecord, 'repository'>): string {
  return record.repository.split('/')[0] ?? '';
}

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
export function coverTeams(
  teams: readonly string[],
  given: readonly SealApprover[],
  headSha: string,
  org?: string,
): ApproverCoverage {
  const approvers = org === undefined ? given : given.map((a) => ({ ...a, team: qualifyTeam(a.team, org) }));
  const required = org === undefined ? teams : teams.map((t) => qualifyTeam(t, org));
  const counted = approvers.filter((a) => a.commitId === headSha);
  const ignored = approvers.filter((a) => a.commitId !== headSha);
  const candidates = new Map<string, string[]>();
  for (const team of required) {
    const logins = counted.filter((a) => a.team === team).map((a) => a.login.toLowerCase());
    candidates.set(team, [...new Set(logins)]);
  }
  const { owner, uncovered } = matchTeams(required, candidates);
  const assignment: Record<string, string> = {};
  for (const [login, team] of owner) {
    const original = counted.find((a) => a.login.toLowerCase() === login && a.team === team)?.login ?? login;
    assignment[team] = original;
  }
  return { assignment, uncovered, ignored };
}

/** A seal tag of the same release, as far as supersession needs it. */
export interface RevisionStanding {
  revision: number;
  /** True when the tag is an annotated tag with this revision's valid record. */
  sealed: boolean;
}

/** Whether `revision` is the latest sealed one of its release, given every seal tag of that release. */
export function supersession(
  revision: number,
  release: readonly RevisionStanding[],
): { latest: boolean; supersededBy: number | undefined; unsealedLater: number[] } {
  const later = release.filter((r) => r.revision > revision);
  const sealedLater = later.filter((r) => r.sealed).map((r) => r.revision);
  const supersededBy = sealedLater.length > 0 ? Math.max(...sealedLater) : undefined;
  const unsealedLater = later
    .filter((r) => !r.sealed)
    .map((r) => r.revision)
    .sort((a, b) => a - b);
  return { latest: later.length === 0, supersededBy, unsealedLater };
}

/**
 * The standing of every seal tag of one release at once, as {@link supersession} gives it for one revision
 * (`latest`, `supersededBy`), in one pass from the highest revision down: linear in the release's tags, where
 * calling `supersession` per tag would be quadratic (a release with 5,000 revisions).
 */
export function releaseStandings(
  release: readonly RevisionStanding[],
): Map<number, { latest: boolean; supersededBy: number | undefined }> {
  const ascending = [...release].sort((a, b) => a.revision - b.revision);
  const standings = new Map<number, { latest: boolean; supersededBy: number | undefined }>();
  eachStanding(ascending, (tag, latest, supersededBy) => standings.set(tag.revision, { latest, supersededBy }));
  return standings;
}

/**
 * Hands `visit` the standing of each tag of one release sorted by ascending revision (distinct revisions), from
 * the highest down, as releaseStandings gives it: latest when no later tag exists, superseded by the highest
 * later sealed revision, if any.
 */
export function eachStanding<T extends RevisionStanding>(
  ascending: readonly T[],
  visit: (tag: T, latest: boolean, supersededBy: number | undefined, index: number) => void,
): void {
  let highestSealed: number | undefined;
  for (let i = ascending.length - 1; i >= 0; i--) {
    const tag = ascending[i];
    if (!tag) continue;
    visit(tag, i === ascending.length - 1, highestSealed, i);
    if (tag.sealed && highestSealed === undefined) highestSealed = tag.revision;
  }
}
