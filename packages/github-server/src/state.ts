/**
 * In-memory state of the GitHub-compatible test server: identities, tokens, teams, repositories and the
 * GitHub-side records (pull requests, reviews, check runs, releases...) that live next to each bare git repo.
 */
import type { GitRepo } from './git.js';

/** Repository permission levels, ordered. */
export type Permission = 'read' | 'write' | 'admin';

/** Ranks permissions so they can be compared. */
export const permissionRank: Record<Permission, number> = { read: 1, write: 2, admin: 3 };

/** A GitHub account: user, bot or organization. */
export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string;
  email: string;
}

/** A GitHub App and its installation bot. */
export interface App {
  id: number;
  slug: string;
  name: string;
  owner: string;
  botLogin: string;
}

/** A token and what it may do. */
export interface Token {
  token: string;
  login: string;
  /** Set for installation tokens (the identity is the app's bot). */
  appId?: number;
  /** Per-repository permission, keyed 'owner/repo' or '*'. */
  repos: Record<string, Permission>;
  /** Organization members:read (team membership lookups). */
  orgMembersRead: boolean;
}

/** A team in an organization. */
export interface Team {
  id: number;
  org: string;
  slug: string;
  name: string;
  members: Map<string, { role: 'member' | 'maintainer'; state: 'active' | 'pending' }>;
  /** Repository permissions granted to the team, keyed 'owner/repo'. */
  repos: Map<string, Permission>;
}

/** Branch rules (classic protection / ruleset equivalent) for one branch. */
export interface BranchRules {
  requiredChecks?: { context: string; appId?: number }[];
  requireCodeOwnerReview?: boolean;
  dismissStaleReviewsOnPush?: boolean;
  requireLastPushApproval?: boolean;
  requiredApprovingReviewCount?: number;
  /**
   * Classic protection's "Require a pull request before merging": the branch moves only by merging a pull request.
   * Direct updates are refused over the API (422) and over `git push` (GH006); admin helpers bypass. Opt-in.
   */
  requirePullRequest?: boolean;
}

/** The ref operations a tag ruleset can restrict (GitHub's rule types `creation`, `update`, `deletion`). */
export type TagOperation = 'creation' | 'update' | 'deletion';

/**
 * A tag ruleset: the listed operations on refs/tags/<pattern> are refused to everyone but the bypass identities.
 * As on GitHub, a bypass actor bypasses the whole ruleset, so "only the App creates, nobody moves or deletes"
 * takes two rulesets: {operations: ['creation'], bypass: [bot]} and {operations: ['update', 'deletion']}.
 */
export interface TagRule {
  pattern: string;
  bypass: string[];
  /** Restricted operations (default all three). */
  operations: TagOperation[];
}

/** A pull request record. */
export interface PullRequest {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  author: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  /**
   * What `base.sha` serves: a snapshot of the base branch tip taken when the pull request is opened, and refreshed
   * when its head is pushed (synchronize), its base is changed or it is reopened; never at the merge. GitHub does
   * not document the field (see README: "base.sha"); this is the behaviour public reports describe.
   */
  baseSha: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  /** Pushes to the head branch after opening: who and when (for last-push approval). */
  pushes: { sha: string; pusher: string; at: number }[];
  /** Commits that were part of the PR when merged (for commits/{sha}/pulls). */
  commitShas: string[];
  /** Merge base recorded at merge time, so the file list survives the merge. */
  mergeBase: string | null;
}

/** A pull request review. */
export interface Review {
  id: number;
  pullNumber: number;
  user: string;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';
  commitId: string;
  submittedAt: string | null;
  /** Monotonic sequence so "after the last push" is well defined within one millisecond. */
  seq: number;
}

/** A check run annotation as GitHub stores it. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  raw_details: string | null;
  blob_href: string;
}

/** A check run record. */
export interface CheckRun {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  appId: number;
  seq: number;
}

/** A release asset. */
export interface Asset {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  digest: string | null;
  uploader: string;
  createdAt: string;
}

/** A release. */
export interface Release {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  assets: Asset[];
}

/** Verification recorded for a signed/unsigned object (commit or tag). */
export interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

/** The kinds of branch update GitHub's repository activity records. */
export type ActivityType =
  | 'push'
  | 'force_push'
  | 'branch_creation'
  | 'branch_deletion'
  | 'pr_merge'
  | 'merge_queue_merge';

/** One branch update as GitHub's repository activity records it (GET /repos/{owner}/{repo}/activity). */
export interface Activity {
  id: number;
  /** `refs/heads/<branch>`. */
  ref: string;
  /** Forty zeros for a creation. */
  before: string;
  /** Forty zeros for a deletion. */
  after: string;
  type: ActivityType;
  /** The account that moved the ref (the pusher, the merger). */
  actor: string;
  timestamp: string;
  /** Creation order (shared sequence), for stable newest-first order within one second. */
  seq: number;
}

/** A repository record wrapping its bare git repo. */
export interface Repository {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  description: string | null;
  createdAt: string;
  git: GitRepo;
  branchRules: Map<string, BranchRules>;
  tagRules: TagRule[];
  pulls: PullRequest[];
  reviews: Review[];
  checkRuns: CheckRun[];
  releases: Release[];
  attestations: { subjectDigest: string; bundle: Record<string, unknown>; id: number }[];
  dispatches: { event_type: string; client_payload: Record<string, unknown>; sender: string; at: string }[];
  /** Verification per object sha (commits created by apps, tags created by the admin). */
  verifications: Map<string, Verification>;
  /** Collaborator permissions keyed by login. */
  collaborators: Map<string, Permission>;
  /** Issue/PR conversation comments. */
  comments: { id: number; issueNumber: number; user: string; body: string; createdAt: string; updatedAt: string }[];
  /** Commit statuses (the older Statuses API; they also satisfy required status checks). */
  statuses: {
    id: number;
    sha: string;
    state: string;
    context: string;
    description: string | null;
    targetUrl: string | null;
    creator: string;
    createdAt: string;
    seq: number;
  }[];
  /** Who last pushed each branch (for last-push approval when a PR opens on an existing branch). */
  lastPush: Map<string, { sha: string; pusher: string; at: number }>;
  /** Every branch update, oldest first: who moved which branch from which sha to which. */
  activities: Activity[];
}

/** Whole-server state. */
export class ServerState {
  readonly accounts = new Map<string, Account>();
  readonly apps = new Map<number, App>();
  readonly tokens = new Map<string, Token>();
  readonly teams = new Map<string, Team>();
  readonly repos = new Map<string, Repository>();
  private nextIds = new Map<string, number>();
  private sequence = 0;

  /** Allocates a new numeric id in a namespace (users, repos, pulls...). */
  nextId(kind: string, start = 1000): number {
    const id = (this.nextIds.get(kind) ?? start) + 1;
    this.nextIds.set(kind, id);
    return id;
  }

  /** Monotonic counter shared by reviews, pushes and check runs. */
  seq(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** Looks up a repository by owner/name (case-insensitive like GitHub). */
  repo(owner: string, name: string): Repository | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Looks up an account (case-insensitive). */
  account(login: string): Account | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** Looks up a team by org and slug. */
  team(org: string, slug: string): Team | undefined {
    return this.teams.get(`${org}/${slug}`.toLowerCase());
  }

  /** The effective permission of a login on a repository (owner, collaborator, team, or none). */
  permissionOf(login: string, repo: Repository): Permission | undefined {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin';
    let best: Permission | undefined = repo.collaborators.get(login.toLowerCase());
    for (const team of this.teams.values()) {
      const granted = team.repos.get(`${repo.owner}/${repo.name}`.toLowerCase());
      const member = team.members.get(login.toLowerCase());
      if (granted && member?.state === 'active' && (!best || permissionRank[granted] > permissionRank[best]))
        best = granted;
    }
    return best;
  }
}

/** Current time as GitHub formats it (seconds precision, Z). */
export function isoNow(ms: number = Date.now()): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
