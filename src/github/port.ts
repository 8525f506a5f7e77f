/**
 * The GitHub port: what the modes need from GitHub, in domain terms. One Octokit adapter implements it
 * (src/github/octokit-adapter.ts); unit tests of modes may use an in-memory fake of this interface.
 * Nothing outside src/github imports Octokit.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

/** `owner/repo` of a RepoRef. */
export function slug(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

export interface PullRequest {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  htmlUrl: string;
  author: { login: string; isBot: boolean };
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  mergeCommitSha: string | null;
  mergedAt: string | null;
  /**
   * The base repository's default branch, as GitHub reported it with the pull request (absent when the answer
   * did not carry it): saves reading the repository for it.
   */
  defaultBranch?: string | undefined;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  id: number;
  login: string;
  isBot: boolean;
  state: ReviewState;
  /** The head commit the review was made on. */
  commitId: string;
  submittedAt: string | null;
}

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required' | 'skipped';

export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  /** GitHub's `external_id`: the integrator's own key for the run (the seal tag, for a hand-off record). */
  externalId?: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  appSlug: string | null;
  /** Id of the GitHub App that created the run: GitHub sets it from the token, so it proves who posted. */
  appId: number | null;
  completedAt: string | null;
  /** The run's `external_id` as its creator set it (null or absent: none). */
  externalId?: string | null;
}

export interface TagObject {
  /** The tag object's sha (what the ref points at for an annotated tag). */
  sha: string;
  tag: string;
  message: string;
  /** What the tag points at. */
  object: { sha: string; type: string };
  verification: { verified: boolean; reason: string };
}

/** A ref as stored: `objectType` is `tag` for an annotated tag ref, `commit` for a lightweight one. */
export interface RefState {
  ref: string;
  sha: string;
  objectType: string;
}

export interface CommitInfo {
  sha: string;
  treeSha: string;
  parents: string[];
  /** The account GitHub links to the author e-mail: anyone can write any e-mail, so alone it proves nothing. */
  authorLogin: string | null;
  /** The account GitHub links to the committer e-mail (same caveat). */
  committerLogin: string | null;
  /** GitHub's signature verification of the commit: what GitHub vouches for. */
  verification: { verified: boolean; reason: string };
  committedAt: string;
  message: string;
}

/** A file (any tree entry but a directory) of a commit's tree: its path, git mode, object type and object sha. */
export interface TreeFile {
  path: string;
  mode: string;
  /** `blob`, or `commit` for a submodule. */
  type: string;
  sha: string;
}

/** Where a commit stands relative to another (GitHub's compare status). */
export type CompareStatus = 'ahead' | 'behind' | 'identical' | 'diverged';

/** One commit of files on a branch: all files in one tree, one commit, one ref update. */
export interface CommitFilesInput {
  branch: string;
  /** The commit to build on; its tree is the base tree. */
  parent: string;
  /** The parent's tree sha, when the caller has read the parent already (saves reading it again). */
  parentTree?: string | undefined;
  files: Record<string, string>;
  message: string;
  /** The ref's current value: null creates the branch; a mismatch (non-fast-forward) returns `moved`. */
  expectedHead: string | null;
  /**
   * Move the branch from `expectedHead` to the new commit even though it is not a fast-forward (a forced
   * update). Only for a branch this run has claimed (assemble's restart marker); never for a branch in use.
   */
  replace?: boolean;
}

export type CommitFilesResult = { kind: 'committed'; sha: string } | { kind: 'moved' };

/** What moved a branch, as GitHub's repository activity names it. */
export type RefActivityType =
  | 'push'
  | 'force_push'
  | 'branch_creation'
  | 'branch_deletion'
  | 'pr_merge'
  | 'merge_queue_merge';

/**
 * One update of a branch from GitHub's own record (GET /repos/{owner}/{repo}/activity): who moved `ref` from
 * `before` to `after`. Unlike a commit's author or committer, nobody can write this: GitHub records the account
 * that pushed (or merged).
 */
export interface RefActivity {
  /** `refs/heads/<branch>`. */
  ref: string;
  /** The sha before (forty zeros for a branch creation). */
  before: string;
  /** The sha after (forty zeros for a branch deletion). */
  after: string;
  activityType: RefActivityType;
  /** The account that moved the ref; null when GitHub names none (a deleted account). */
  actorLogin: string | null;
  /** `User`, `Bot`... as GitHub reports the actor. */
  actorType?: string | undefined;
  timestamp: string;
}

/** Which activities to read: one branch, newest first, optionally one type. */
export interface RefActivityQuery {
  /** `refs/heads/<branch>`. */
  ref: string;
  activityType?: RefActivityType;
  /**
   * Stop reading pages once a page holds an activity this accepts (what is older is not needed). Without it,
   * every page is read, up to MAX_ACTIVITY_PAGES.
   */
  enough?: (activity: RefActivity) => boolean;
}

/** Pages of 100 activities read at most for one query: beyond them the answer is `cut`. */
export const MAX_ACTIVITY_PAGES = 10;

/** GitHub as the modes see it, for one repository at a time. */
export interface GitHubPort {
  getDefaultBranch(repo: RepoRef): Promise<string>;
  getRef(repo: RepoRef, ref: string): Promise<RefState | null>;
  /** Refs under a prefix such as `tags/cutover/p/r/`. */
  listRefs(repo: RepoRef, prefix: string): Promise<RefState[]>;
  getCommit(repo: RepoRef, sha: string): Promise<CommitInfo>;
  /**
   * The default branch's head commit: the first commit GitHub lists without a `sha`, which it lists from the
   * default branch (GET /repos/{owner}/{repo}/commits?per_page=1), so the read waits for no branch name.
   */
  getDefaultBranchHead(repo: RepoRef): Promise<string>;
  /**
   * Text of files at a commit (undefined: at the head of the default branch, as GitHub reads it when no ref is
   * given); a missing file is undefined.
   */
  readFiles(
    repo: RepoRef,
    commit: string | undefined,
    paths: readonly string[],
  ): Promise<Record<string, string | undefined>>;
  /** Tree sha of a directory at a commit, or null when absent. */
  getSubtreeSha(repo: RepoRef, commit: string, path: string): Promise<string | null>;
  /** Paths of the files under a directory at a commit (recursive). */
  listFiles(repo: RepoRef, commit: string, path: string): Promise<string[]>;
  /**
   * Every file of a commit's whole tree, recursively, with its object sha (one request). Fails when GitHub
   * truncates the listing (over 100,000 entries or 7 MB): never a partial tree.
   */
  listTreeFiles(repo: RepoRef, commit: string): Promise<TreeFile[]>;
  commitFiles(repo: RepoRef, input: CommitFilesInput): Promise<CommitFilesResult>;
  deleteRef(repo: RepoRef, ref: string): Promise<void>;

  findPullRequests(
    repo: RepoRef,
    query: { head?: string; state: 'open' | 'closed' | 'all'; base?: string },
  ): Promise<PullRequest[]>;
  getPullRequest(repo: RepoRef, number: number): Promise<PullRequest>;
  createPullRequest(
    repo: RepoRef,
    input: { head: string; base: string; title: string; body: string },
  ): Promise<PullRequest>;
  updatePullRequest(repo: RepoRef, number: number, input: { title: string; body: string }): Promise<void>;
  listPullRequestFiles(repo: RepoRef, number: number): Promise<string[]>;
  /**
   * Commits and changed paths between two commits (three-dot: since their merge base). Every commit is read,
   * page after page; when GitHub does not serve them all, this fails rather than return a partial list.
   * GitHub lists at most 300 changed files: `filesCut` is true when the list may be cut there. `mergeBase` is
   * the commit the files are counted from.
   */
  compare(
    repo: RepoRef,
    base: string,
    head: string,
  ): Promise<{ files: string[]; filesCut?: boolean; commits: CommitInfo[]; status: CompareStatus; mergeBase: string }>;
  /** Where `head` stands relative to `base` (one request, whatever the distance: no commit is listed). */
  compareStatus(repo: RepoRef, base: string, head: string): Promise<CompareStatus>;
  pullRequestsOfCommit(repo: RepoRef, sha: string): Promise<PullRequest[]>;
  /**
   * GitHub's record of who moved a branch (GET /repos/{owner}/{repo}/activity), newest first. Pages of 100 are
   * read until `enough` accepts one, or none is left, or MAX_ACTIVITY_PAGES were read: then `cut` is true (older
   * activities may exist). A refused request (403, 404, 5xx after retries) fails: it is never an empty answer.
   */
  listRefActivities(repo: RepoRef, query: RefActivityQuery): Promise<{ activities: RefActivity[]; cut: boolean }>;

  listReviews(repo: RepoRef, number: number): Promise<Review[]>;

  /** Whether `login` is an active member of team `org/slug` (needs org Members: read). */
  isTeamMember(org: string, team: string, login: string): Promise<boolean>;

  /** Creates a completed check run, adding annotations in batches of at most 50 per request. */
  createCheckRun(repo: RepoRef, input: CheckRunInput): Promise<number>;
  /**
   * Check runs at a commit. By default GitHub's `latest` filter (the newest run of each name); with `name`, only
   * runs of that name, and with `all`, every run, not only the newest of each name.
   */
  listCheckRuns(repo: RepoRef, sha: string, query?: { name?: string; all?: boolean }): Promise<CheckRunState[]>;

  getTagObject(repo: RepoRef, sha: string): Promise<TagObject>;
  /** Creates an annotated tag object and its ref pointing at the tag object. */
  createAnnotatedTag(
    repo: RepoRef,
    input: { tag: string; message: string; commit: string },
  ): Promise<{ tagSha: string }>;
  dispatch(repo: RepoRef, eventType: string, payload: Record<string, unknown>): Promise<void>;
}
