/**
 * An in-memory GitHubPort for unit tests of the modes: repositories with refs, commits holding whole trees of
 * text files, annotated tags, pull requests with reviews, check runs stamped with the App that posted them,
 * team memberships and repository_dispatch events. It models what the port promises (src/github/port.ts) and
 * the GitHub behaviours the modes rely on, no more: content-addressed tree shas (equal content, equal sha),
 * three-dot compare from the merge base, a pull request's head following its branch while open and frozen
 * once closed, a check run's App taken from the caller's identity (never from the request), commits written
 * through the API signed by GitHub for an App. Tests arrange the world with the methods below the port.
 */
import { createHash } from 'node:crypto';
import { GitHubApiError } from '../../src/errors.js';
import type {
  CheckRunInput,
  CheckRunState,
  CommitFilesInput,
  CommitFilesResult,
  CommitInfo,
  CompareStatus,
  GitHubPort,
  PullRequest,
  RefActivity,
  RefActivityQuery,
  RefState,
  RepoRef,
  Review,
  ReviewState,
  TagObject,
  TreeFile,
} from '../../src/github/port.js';
import { MAX_ACTIVITY_PAGES } from '../../src/github/port.js';

/** Who calls the port: GitHub derives a commit's signature and a check run's App from this, not from the request. */
export interface Actor {
  login: string;
  isBot: boolean;
  /** The GitHub App behind the token, if any: check runs it creates carry this id. */
  appId: number | null;
  appSlug: string | null;
}

/** GitHub's own committer account on commits it creates and signs (web merges, App API commits). */
export const WEB_FLOW = 'web-flow';

interface StoredCommit {
  sha: string;
  files: Map<string, string>;
  parents: string[];
  authorLogin: string | null;
  committerLogin: string | null;
  verification: { verified: boolean; reason: string };
  committedAt: string;
  message: string;
  /** Creation order: compare lists commits oldest first. */
  seq: number;
}

interface StoredPull extends PullRequest {
  /** Files of a merged pull request, frozen at the merge (as GitHub keeps them). */
  frozenFiles?: string[];
}

export interface StoredCheckRun extends CheckRunState {
  input: CheckRunInput;
}

interface StoredRepo {
  defaultBranch: string;
  /** `heads/<name>` or `tags/<name>` -> target. */
  refs: Map<string, { sha: string; objectType: 'commit' | 'tag' }>;
  commits: Map<string, StoredCommit>;
  tags: Map<string, TagObject>;
  pulls: Map<number, StoredPull>;
  reviews: Map<number, Review[]>;
  checkRuns: StoredCheckRun[];
  /** GitHub's record of branch updates, oldest first (what GET /repos/{owner}/{repo}/activity serves). */
  activities: RefActivity[];
}

/** Options of a commit arranged by a test (as if pushed by someone). */
export interface CommitSpec {
  parent: string | null;
  /** Changed files; null deletes one. The rest of the parent's tree is kept. */
  files: Record<string, string | null>;
  /** Move this branch to the new commit (no checks: a push by someone allowed to). */
  branch?: string;
  author?: string | null;
  committer?: string | null;
  verification?: { verified: boolean; reason: string };
  message?: string;
  /** Further parents (a merge commit). */
  extraParents?: string[];
  /** Who pushed the branch (GitHub's activity records them): default the author. */
  pusher?: string;
}

const ZERO_SHA = '0'.repeat(40);

const notFound = (what: string) => new GitHubApiError(`${what}: Not Found`, 404);

/** The fake. Every port method is async and reads or writes the in-memory state; `calls` logs them. */
export class FakeGitHub implements GitHubPort {
  /** Port calls in order, e.g. `commitFiles acme/release-bundles cutover/p/r`. */
  readonly calls: string[] = [];
  readonly dispatches: Array<{ repo: string; eventType: string; payload: Record<string, unknown> }> = [];
  /** The caller's identity for the port's writes. */
  actor: Actor;
  /** GitHub's clock: commit times, check-run completion, review submission, merges. */
  clock: Date = new Date('2026-11-26T09:00:00Z');
  private readonly repos = new Map<string, StoredRepo>();
  /** `org/team` -> login (lower case) -> membership state. */
  private readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  private seq = 0;
  private nextId = 1000;

  constructor(actor: Actor) {
    this.actor = actor;
  }

  // ---------------------------------------------------------------- arranging the world (not the port)

  /** Creates a repository whose default branch holds one commit with `files`; returns that commit's sha. */
  createRepo(ref: RepoRef, files: Record<string, string>, defaultBranch = 'main'): string {
    this.repos.set(key(ref), {
      defaultBranch,
      refs: new Map(),
      commits: new Map(),
      tags: new Map(),
      pulls: new Map(),
      reviews: new Map(),
      checkRuns: [],
      activities: [],
    });
    return this.commit(ref, { parent: null, files, branch: defaultBranch, author: 'founder', committer: 'founder' });
  }

  /** A commit as someone pushed it: unsigned and authored by `founder` unless stated. */
  commit(ref: RepoRef, spec: CommitSpec): string {
    const repo = this.repo(ref);
    const files = new Map(spec.parent ? this.stored(repo, spec.parent).files : []);
    for (const [path, text] of Object.entries(spec.files)) {
      if (text === null) files.delete(path);
      else files.set(path, text);
    }
    const parents = [...(spec.parent ? [spec.parent] : []), ...(spec.extraParents ?? [])];
    const sha = this.store(repo, {
      files,
      parents,
      authorLogin: spec.author === undefined ? 'founder' : spec.author,
      committerLogin: spec.committer === undefined ? (spec.author ?? 'founder') : spec.committer,
      verification: spec.verification ?? { verified: false, reason: 'unsigned' },
      message: spec.message ?? 'a commit',
    });
    if (spec.branch) this.moveBranch(repo, spec.branch, sha, spec.pusher ?? spec.author ?? 'founder');
    return sha;
  }

  /** A commit GitHub verified as written by `bot` through the API (what the writer App makes). */
  writerCommit(ref: RepoRef, bot: string, spec: Omit<CommitSpec, 'author' | 'committer' | 'verification'>): string {
    return this.commit(ref, {
      ...spec,
      author: bot,
      committer: WEB_FLOW,
      verification: { verified: true, reason: 'valid' },
    });
  }

  /**
   * Sets a ref (`heads/x`, `tags/x`) to any object, as a push or a force push by `pusher` (default: the current
   * actor) would; a branch's update is recorded in the repository activity.
   */
  setRef(
    ref: RepoRef,
    name: string,
    sha: string,
    objectType: 'commit' | 'tag' = 'commit',
    pusher: string = this.actor.login,
  ): void {
    const repo = this.repo(ref);
    if (name.startsWith('heads/') && objectType === 'commit') this.moveBranch(repo, name.slice(6), sha, pusher);
    else repo.refs.set(name, { sha, objectType });
  }

  /** Forgets every recorded activity of a repository, as GitHub's retention eventually does. */
  forgetActivities(ref: RepoRef): void {
    this.repo(ref).activities.length = 0;
  }

  /** Every activity recorded in a repository, oldest first (test reading). */
  activitiesOf(ref: RepoRef): RefActivity[] {
    return this.repo(ref).activities.map((a) => ({ ...a }));
  }

  /** The sha a branch points at. */
  head(ref: RepoRef, branch: string): string {
    const found = this.repo(ref).refs.get(`heads/${branch}`);
    if (!found) throw new Error(`no branch ${branch}`);
    return found.sha;
  }

  /** An annotated tag object and its ref, created by `by` (default: the current actor). */
  annotatedTag(ref: RepoRef, tag: string, commit: string, message: string, verified = false): string {
    const repo = this.repo(ref);
    const sha = this.hash('tag', tag, commit, message);
    repo.tags.set(sha, {
      sha,
      tag,
      message,
      object: { sha: commit, type: 'commit' },
      verification: verified ? { verified: true, reason: 'valid' } : { verified: false, reason: 'unsigned' },
    });
    repo.refs.set(`tags/${tag}`, { sha, objectType: 'tag' });
    return sha;
  }

  /** Opens a pull request as `author` (a person unless `isBot`). */
  openPullRequest(ref: RepoRef, input: { head: string; base: string; author: string; isBot?: boolean }): number {
    const repo = this.repo(ref);
    const number = repo.pulls.size + 1;
    repo.pulls.set(number, {
      number,
      state: 'open',
      merged: false,
      title: `#${number}`,
      body: '',
      htmlUrl: `https://github.com/${key(ref)}/pull/${number}`,
      author: { login: input.author, isBot: input.isBot ?? /\[bot\]$/.test(input.author) },
      headRef: input.head,
      headSha: this.head(ref, input.head),
      baseRef: input.base,
      baseSha: this.head(ref, input.base),
      mergeCommitSha: null,
      mergedAt: null,
    });
    repo.reviews.set(number, []);
    return number;
  }

  /** Changes an open pull request's base branch (anyone with write access can). */
  retarget(ref: RepoRef, number: number, base: string): void {
    this.pull(this.repo(ref), number).baseRef = base;
  }

  /** Closes a pull request without merging it. */
  close(ref: RepoRef, number: number): void {
    const pull = this.live(this.repo(ref), number);
    Object.assign(this.pull(this.repo(ref), number), { ...pull, state: 'closed' });
  }

  /**
   * Merges an open pull request as GitHub does: `merge` makes a two-parent commit, `squash` one commit, `rebase`
   * replays every commit (the last replayed commit is the merge commit), except those named in `notReplayed`
   * (a commit whose change the base already holds, which a rebase drops). GitHub signs what it creates, with
   * `web-flow` as committer, and records the base branch's update as a `pr_merge` activity by `by`. Returns the
   * merge commit sha.
   */
  merge(
    ref: RepoRef,
    number: number,
    method: 'merge' | 'squash' | 'rebase',
    by = 'max-maintainer',
    options: { notReplayed?: readonly string[] } = {},
  ): string {
    const repo = this.repo(ref);
    const pull = this.live(repo, number);
    if (pull.state !== 'open') throw new Error(`#${number} is not open`);
    const files = this.compareSync(repo, pull.baseSha, pull.headSha).files;
    const base = pull.baseSha;
    const signed = { verified: true, reason: 'valid' };
    const applied = (onto: string, from: string, since: string) => {
      const out = new Map(this.stored(repo, onto).files);
      const before = this.stored(repo, since).files;
      const after = this.stored(repo, from).files;
      for (const path of new Set([...before.keys(), ...after.keys()])) {
        const text = after.get(path);
        if (text === before.get(path)) continue;
        if (text === undefined) out.delete(path);
        else out.set(path, text);
      }
      return out;
    };
    const mergeBase = this.mergeBase(repo, base, pull.headSha);
    let mergeSha: string;
    if (method === 'rebase') {
      let onto = base;
      let since = mergeBase;
      for (const commit of this.compareSync(repo, base, pull.headSha).commits) {
        if (options.notReplayed?.includes(commit.sha)) {
          since = commit.sha;
          continue;
        }
        onto = this.store(repo, {
          files: applied(onto, commit.sha, since),
          parents: [onto],
          authorLogin: commit.authorLogin,
          committerLogin: WEB_FLOW,
          verification: signed,
          message: commit.message,
        });
        since = commit.sha;
      }
      mergeSha = onto;
    } else {
      mergeSha = this.store(repo, {
        files: applied(base, pull.headSha, mergeBase),
        parents: method === 'merge' ? [base, pull.headSha] : [base],
        authorLogin: by,
        committerLogin: WEB_FLOW,
        verification: signed,
        message: method === 'merge' ? `Merge pull request #${number}` : `${pull.title} (#${number})`,
      });
    }
    this.moveBranch(repo, pull.baseRef, mergeSha, by, 'pr_merge');
    Object.assign(this.pull(repo, number), {
      ...pull,
      state: 'closed',
      merged: true,
      mergeCommitSha: mergeSha,
      mergedAt: this.now(),
      frozenFiles: files,
    });
    return mergeSha;
  }

  /** A review by `login` on `commitId` (default: the pull request's current head), submitted now. */
  review(
    ref: RepoRef,
    number: number,
    input: { login: string; state: ReviewState; commitId?: string; isBot?: boolean; at?: string },
  ): number {
    const repo = this.repo(ref);
    const id = this.nextId++;
    repo.reviews.get(number)?.push({
      id,
      login: input.login,
      isBot: input.isBot ?? /\[bot\]$/.test(input.login),
      state: input.state,
      commitId: input.commitId ?? this.live(repo, number).headSha,
      submittedAt: input.at ?? this.now(),
    });
    return id;
  }

  /** A check run posted by some App (as if with that App's token). */
  postCheckRun(ref: RepoRef, app: { appId: number; appSlug: string }, input: CheckRunInput): number {
    const saved = this.actor;
    this.actor = { login: `${app.appSlug}[bot]`, isBot: true, ...app };
    try {
      return this.createCheckRunSync(ref, input);
    } finally {
      this.actor = saved;
    }
  }

  /** Membership of `login` in team `org/slug`. */
  addTeamMember(team: string, login: string, state: 'active' | 'pending' = 'active'): void {
    const members = this.teams.get(team) ?? new Map<string, 'active' | 'pending'>();
    members.set(login.toLowerCase(), state);
    this.teams.set(team, members);
  }

  /** Removes `login` from team `org/slug`. */
  removeTeamMember(team: string, login: string): void {
    this.teams.get(team)?.delete(login.toLowerCase());
  }

  /** The check runs on a commit with what was posted. */
  checkRunsOn(ref: RepoRef, sha: string): StoredCheckRun[] {
    return this.repo(ref).checkRuns.filter((r) => r.headSha === sha);
  }

  /** A file's text at a commit (test reading). */
  fileAt(ref: RepoRef, commit: string, path: string): string | undefined {
    return this.stored(this.repo(ref), commit).files.get(path);
  }

  /** Number of commits stored in a repository. */
  commitCount(ref: RepoRef): number {
    return this.repo(ref).commits.size;
  }

  /** Moves the clock forward. */
  advance(ms: number): void {
    this.clock = new Date(this.clock.getTime() + ms);
  }

  // ---------------------------------------------------------------- the port

  async getDefaultBranch(ref: RepoRef): Promise<string> {
    this.calls.push(`getDefaultBranch ${key(ref)}`);
    return this.repo(ref).defaultBranch;
  }

  async getRef(ref: RepoRef, name: string): Promise<RefState | null> {
    this.calls.push(`getRef ${key(ref)} ${name}`);
    const found = this.repo(ref).refs.get(name);
    return found ? { ref: `refs/${name}`, sha: found.sha, objectType: found.objectType } : null;
  }

  async listRefs(ref: RepoRef, prefix: string): Promise<RefState[]> {
    this.calls.push(`listRefs ${key(ref)} ${prefix}`);
    return [...this.repo(ref).refs.entries()]
      .filter(([name]) => name.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, t]) => ({ ref: `refs/${name}`, sha: t.sha, objectType: t.objectType }));
  }

  async getDefaultBranchHead(ref: RepoRef): Promise<string> {
    this.calls.push(`getDefaultBranchHead ${key(ref)}`);
    const repo = this.repo(ref);
    return this.resolve(repo, repo.defaultBranch);
  }

  async getCommit(ref: RepoRef, sha: string): Promise<CommitInfo> {
    this.calls.push(`getCommit ${key(ref)} ${sha}`);
    const repo = this.repo(ref);
    return info(this.stored(repo, this.resolve(repo, sha)));
  }

  async readFiles(
    ref: RepoRef,
    commit: string | undefined,
    paths: readonly string[],
  ): Promise<Record<string, string | undefined>> {
    this.calls.push(`readFiles ${key(ref)} ${commit ?? '(default branch)'} ${paths.join(',')}`);
    const repo = this.repo(ref);
    const files = this.stored(repo, this.resolve(repo, commit ?? repo.defaultBranch)).files;
    return Object.fromEntries(paths.map((p) => [p, files.get(p)]));
  }

  async getSubtreeSha(ref: RepoRef, commit: string, path: string): Promise<string | null> {
    this.calls.push(`getSubtreeSha ${key(ref)} ${commit} ${path}`);
    const repo = this.repo(ref);
    return subtreeSha(this.stored(repo, this.resolve(repo, commit)).files, path);
  }

  async listFiles(ref: RepoRef, commit: string, path: string): Promise<string[]> {
    this.calls.push(`listFiles ${key(ref)} ${commit} ${path}`);
    const repo = this.repo(ref);
    const prefix = `${path.replace(/\/$/, '')}/`;
    return [...this.stored(repo, this.resolve(repo, commit)).files.keys()].filter((p) => p.startsWith(prefix)).sort();
  }

  async listTreeFiles(ref: RepoRef, commit: string): Promise<TreeFile[]> {
    this.calls.push(`listTreeFiles ${key(ref)} ${commit}`);
    const repo = this.repo(ref);
    // A blob's sha is its content's address, as in git: equal text, equal sha.
    return [...this.stored(repo, this.resolve(repo, commit)).files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([path, text]) => ({
        path,
        mode: '100644',
        type: 'blob',
        sha: createHash('sha1')
          .update(`blob ${Buffer.byteLength(text)}\0${text}`)
          .digest('hex'),
      }));
  }

  /**
   * One commit of `files` on `parent`'s tree, by the actor (an App's API commit: signed by GitHub, committed by
   * web-flow). The branch moves only from `expectedHead`: a created branch that exists, a branch elsewhere, or a
   * write that is not a fast-forward (unless `replace`) returns `moved`. The commit object stays, as on GitHub.
   */
  async commitFiles(ref: RepoRef, input: CommitFilesInput): Promise<CommitFilesResult> {
    this.calls.push(`commitFiles ${key(ref)} ${input.branch}`);
    const repo = this.repo(ref);
    const parent = this.stored(repo, input.parent);
    const parentTree = subtreeSha(parent.files, '') ?? createHash('sha1').update('empty tree').digest('hex');
    // A caller that read the parent passes its tree; a wrong one would make GitHub build on another tree.
    if (input.parentTree !== undefined && input.parentTree !== parentTree)
      throw new GitHubApiError(`parentTree ${input.parentTree} is not the tree of ${input.parent}`, 422);
    const files = new Map(parent.files);
    for (const [path, text] of Object.entries(input.files)) files.set(path, text);
    const sha = this.store(repo, {
      files,
      parents: [input.parent],
      authorLogin: this.actor.login,
      committerLogin: this.actor.appId !== null ? WEB_FLOW : this.actor.login,
      verification:
        this.actor.appId !== null ? { verified: true, reason: 'valid' } : { verified: false, reason: 'unsigned' },
      message: input.message,
    });
    const current = repo.refs.get(`heads/${input.branch}`);
    if (input.expectedHead === null) {
      if (current) return { kind: 'moved' };
    } else {
      if (current?.sha !== input.expectedHead) return { kind: 'moved' };
      if (!input.replace && !this.ancestors(repo, sha).has(current.sha)) return { kind: 'moved' };
    }
    this.moveBranch(repo, input.branch, sha, this.actor.login);
    return { kind: 'committed', sha };
  }

  async deleteRef(ref: RepoRef, name: string): Promise<void> {
    this.calls.push(`deleteRef ${key(ref)} ${name}`);
    const repo = this.repo(ref);
    const old = repo.refs.get(name);
    if (!repo.refs.delete(name)) throw new GitHubApiError('Reference does not exist', 422);
    if (name.startsWith('heads/') && old) this.record(repo, `refs/${name}`, old.sha, ZERO_SHA, 'branch_deletion');
  }

  async listRefActivities(ref: RepoRef, query: RefActivityQuery): Promise<{ activities: RefActivity[]; cut: boolean }> {
    this.calls.push(`listRefActivities ${key(ref)} ${query.ref}${query.activityType ? ` ${query.activityType}` : ''}`);
    const ofRef = this.repo(ref)
      .activities.filter((a) => a.ref === query.ref && (!query.activityType || a.activityType === query.activityType))
      .reverse();
    // Pages of 100, newest first, as the adapter reads them.
    const activities: RefActivity[] = [];
    for (let page = 0; page * 100 < ofRef.length; page++) {
      const items = ofRef.slice(page * 100, page * 100 + 100);
      activities.push(...items.map((a) => ({ ...a })));
      if (query.enough && items.some(query.enough)) return { activities, cut: false };
      if (page + 1 >= MAX_ACTIVITY_PAGES) return { activities, cut: ofRef.length > activities.length };
    }
    return { activities, cut: false };
  }

  async findPullRequests(
    ref: RepoRef,
    query: { head?: string; state: 'open' | 'closed' | 'all'; base?: string },
  ): Promise<PullRequest[]> {
    this.calls.push(`findPullRequests ${key(ref)} ${query.head ?? '*'} ${query.state}`);
    const repo = this.repo(ref);
    return [...repo.pulls.keys()]
      .map((n) => this.live(repo, n))
      .filter(
        (p) =>
          (query.state === 'all' || p.state === query.state) &&
          (query.head === undefined || p.headRef === query.head) &&
          (query.base === undefined || p.baseRef === query.base),
      )
      .sort((a, b) => b.number - a.number);
  }

  async getPullRequest(ref: RepoRef, number: number): Promise<PullRequest> {
    this.calls.push(`getPullRequest ${key(ref)} #${number}`);
    return this.live(this.repo(ref), number);
  }

  async createPullRequest(
    ref: RepoRef,
    input: { head: string; base: string; title: string; body: string },
  ): Promise<PullRequest> {
    this.calls.push(`createPullRequest ${key(ref)} ${input.head}`);
    const repo = this.repo(ref);
    const open = [...repo.pulls.keys()]
      .map((n) => this.live(repo, n))
      .find((p) => p.state === 'open' && p.headRef === input.head && p.baseRef === input.base);
    if (open) throw new GitHubApiError(`A pull request already exists for ${ref.owner}:${input.head}.`, 422);
    const number = this.openPullRequest(ref, {
      head: input.head,
      base: input.base,
      author: this.actor.login,
      isBot: this.actor.isBot,
    });
    Object.assign(this.pull(repo, number), { title: input.title, body: input.body });
    return this.live(repo, number);
  }

  async updatePullRequest(ref: RepoRef, number: number, input: { title: string; body: string }): Promise<void> {
    this.calls.push(`updatePullRequest ${key(ref)} #${number}`);
    Object.assign(this.pull(this.repo(ref), number), input);
  }

  async listPullRequestFiles(ref: RepoRef, number: number): Promise<string[]> {
    this.calls.push(`listPullRequestFiles ${key(ref)} #${number}`);
    const repo = this.repo(ref);
    const pull = this.live(repo, number);
    return pull.frozenFiles ?? this.compareSync(repo, pull.baseSha, pull.headSha).files;
  }

  async compare(
    ref: RepoRef,
    base: string,
    head: string,
  ): Promise<{ files: string[]; commits: CommitInfo[]; status: CompareStatus; mergeBase: string }> {
    this.calls.push(`compare ${key(ref)} ${base}...${head}`);
    const repo = this.repo(ref);
    return this.compareSync(repo, this.resolve(repo, base), this.resolve(repo, head));
  }

  async compareStatus(ref: RepoRef, base: string, head: string): Promise<CompareStatus> {
    this.calls.push(`compareStatus ${key(ref)} ${base}...${head}`);
    const repo = this.repo(ref);
    return this.compareSync(repo, this.resolve(repo, base), this.resolve(repo, head)).status;
  }

  async pullRequestsOfCommit(ref: RepoRef, sha: string): Promise<PullRequest[]> {
    this.calls.push(`pullRequestsOfCommit ${key(ref)} ${sha}`);
    const repo = this.repo(ref);
    return [...repo.pulls.keys()]
      .map((n) => this.live(repo, n))
      .filter((p) => p.headSha === sha || p.mergeCommitSha === sha);
  }

  async listReviews(ref: RepoRef, number: number): Promise<Review[]> {
    this.calls.push(`listReviews ${key(ref)} #${number}`);
    this.pull(this.repo(ref), number);
    return (this.repo(ref).reviews.get(number) ?? []).map((r) => ({ ...r }));
  }

  async isTeamMember(org: string, team: string, login: string): Promise<boolean> {
    this.calls.push(`isTeamMember ${org}/${team} ${login}`);
    return this.teams.get(`${org}/${team}`)?.get(login.toLowerCase()) === 'active';
  }

  async createCheckRun(ref: RepoRef, input: CheckRunInput): Promise<number> {
    this.calls.push(`createCheckRun ${key(ref)} ${input.name}`);
    return this.createCheckRunSync(ref, input);
  }

  /** Every run at the commit, oldest first (the fake keeps no `latest` filter); `name` keeps one name's. */
  async listCheckRuns(ref: RepoRef, sha: string, query: { name?: string } = {}): Promise<CheckRunState[]> {
    this.calls.push(`listCheckRuns ${key(ref)} ${sha}`);
    return this.checkRunsOn(ref, sha)
      .filter((r) => query.name === undefined || r.name === query.name)
      .map(({ input: _input, ...state }) => ({ ...state }));
  }

  async getTagObject(ref: RepoRef, sha: string): Promise<TagObject> {
    this.calls.push(`getTagObject ${key(ref)} ${sha}`);
    const tag = this.repo(ref).tags.get(sha);
    if (!tag) throw notFound(`tag object ${sha}`);
    return structuredClone(tag);
  }

  /**
   * A tag object and `refs/tags/<tag>` pointing at it. An existing ref is "Reference already exists" unless it
   * is this very tag (same name, commit and message: a retried write), which is adopted as the adapter does.
   */
  async createAnnotatedTag(
    ref: RepoRef,
    input: { tag: string; message: string; commit: string },
  ): Promise<{ tagSha: string }> {
    this.calls.push(`createAnnotatedTag ${key(ref)} ${input.tag}`);
    const repo = this.repo(ref);
    this.stored(repo, input.commit);
    const existing = repo.refs.get(`tags/${input.tag}`);
    if (existing) {
      const object = existing.objectType === 'tag' ? repo.tags.get(existing.sha) : undefined;
      if (object && object.object.sha === input.commit && object.message === input.message)
        return { tagSha: object.sha };
      throw new GitHubApiError('Reference already exists', 422);
    }
    return { tagSha: this.annotatedTag(ref, input.tag, input.commit, input.message) };
  }

  async dispatch(ref: RepoRef, eventType: string, payload: Record<string, unknown>): Promise<void> {
    this.calls.push(`dispatch ${key(ref)} ${eventType}`);
    this.dispatches.push({ repo: key(ref), eventType, payload: structuredClone(payload) });
  }

  // ---------------------------------------------------------------- internals

  /** GitHub's whole-second times; each event a second after the one before, as events are ordered on GitHub. */
  private now(): string {
    this.clock = new Date(this.clock.getTime() + 1000);
    return this.clock.toISOString().replace('.000Z', 'Z');
  }

  /** Moves a branch as `actor` did, recording the update as GitHub's repository activity does. */
  private moveBranch(repo: StoredRepo, branch: string, sha: string, actor: string, type?: 'pr_merge'): void {
    const old = repo.refs.get(`heads/${branch}`)?.sha;
    repo.refs.set(`heads/${branch}`, { sha, objectType: 'commit' });
    if (old === sha) return;
    const kind =
      type ??
      (old === undefined
        ? 'branch_creation'
        : repo.commits.has(sha) && this.ancestors(repo, sha).has(old)
          ? 'push'
          : 'force_push');
    this.record(repo, `refs/heads/${branch}`, old ?? ZERO_SHA, sha, kind, actor);
  }

  private record(
    repo: StoredRepo,
    ref: string,
    before: string,
    after: string,
    activityType: RefActivity['activityType'],
    actor: string = this.actor.login,
  ): void {
    repo.activities.push({
      ref,
      before,
      after,
      activityType,
      actorLogin: actor,
      actorType: /\[bot\]$/.test(actor) ? 'Bot' : 'User',
      timestamp: this.clock.toISOString().replace('.000Z', 'Z'),
    });
  }

  private hash(...parts: string[]): string {
    return createHash('sha1')
      .update(`${parts.join('\0')}\0${this.seq++}`)
      .digest('hex');
  }

  private repo(ref: RepoRef): StoredRepo {
    const repo = this.repos.get(key(ref));
    if (!repo) throw notFound(`repository ${key(ref)}`);
    return repo;
  }

  private stored(repo: StoredRepo, sha: string): StoredCommit {
    const commit = repo.commits.get(sha);
    if (!commit) throw new GitHubApiError(`No commit found for SHA: ${sha}`, 422);
    return commit;
  }

  /** A sha, a branch name or a tag name to the commit it names. */
  private resolve(repo: StoredRepo, ref: string): string {
    if (repo.commits.has(ref)) return ref;
    const named = repo.refs.get(`heads/${ref}`) ?? repo.refs.get(`tags/${ref}`);
    if (!named) throw notFound(`commit ${ref}`);
    return named.objectType === 'tag' ? (repo.tags.get(named.sha)?.object.sha ?? named.sha) : named.sha;
  }

  private store(repo: StoredRepo, commit: Omit<StoredCommit, 'sha' | 'seq' | 'committedAt'>): string {
    const sha = this.hash('commit', commit.message, ...commit.parents, ...[...commit.files.entries()].flat());
    repo.commits.set(sha, { ...commit, sha, seq: this.seq, committedAt: this.now() });
    return sha;
  }

  private pull(repo: StoredRepo, number: number): StoredPull {
    const pull = repo.pulls.get(number);
    if (!pull) throw notFound(`pull request #${number}`);
    return pull;
  }

  /** A pull request as GitHub serves it: while open, its head and base follow their branches. */
  private live(repo: StoredRepo, number: number): StoredPull {
    // GitHub's pull request carries its base repository, with the repository's default branch as it is now.
    const pull = { ...this.pull(repo, number), defaultBranch: repo.defaultBranch };
    if (pull.state !== 'open') return pull;
    return {
      ...pull,
      headSha: repo.refs.get(`heads/${pull.headRef}`)?.sha ?? pull.headSha,
      baseSha: repo.refs.get(`heads/${pull.baseRef}`)?.sha ?? pull.baseSha,
    };
  }

  private ancestors(repo: StoredRepo, sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...this.stored(repo, next).parents);
    }
    return seen;
  }

  /** The newest common ancestor of two commits. */
  private mergeBase(repo: StoredRepo, a: string, b: string): string {
    const ofB = this.ancestors(repo, b);
    const common = [...this.ancestors(repo, a)].filter((sha) => ofB.has(sha));
    const best = common.sort((x, y) => this.stored(repo, y).seq - this.stored(repo, x).seq)[0];
    if (!best) throw new GitHubApiError(`No common ancestor between ${a} and ${b}`, 404);
    return best;
  }

  /** GitHub's three-dot compare: commits of head since the merge base (oldest first), files changed since it. */
  private compareSync(
    repo: StoredRepo,
    base: string,
    head: string,
  ): { files: string[]; commits: CommitInfo[]; status: CompareStatus; mergeBase: string } {
    const ofBase = this.ancestors(repo, base);
    const ofHead = this.ancestors(repo, head);
    const commits = [...ofHead]
      .filter((sha) => !ofBase.has(sha))
      .map((sha) => this.stored(repo, sha))
      .sort((a, b) => a.seq - b.seq)
      .map(info);
    const mergeBase = this.mergeBase(repo, base, head);
    const before = this.stored(repo, mergeBase).files;
    const after = this.stored(repo, head).files;
    const files = [...new Set([...before.keys(), ...after.keys()])]
      .filter((p) => before.get(p) !== after.get(p))
      .sort();
    const status: CompareStatus =
      base === head ? 'identical' : ofHead.has(base) ? 'ahead' : ofBase.has(head) ? 'behind' : 'diverged';
    return { files, commits, status, mergeBase };
  }

  private createCheckRunSync(ref: RepoRef, input: CheckRunInput): number {
    const repo = this.repo(ref);
    this.stored(repo, input.headSha);
    if (this.actor.appId === null) throw new GitHubApiError('Resource not accessible by personal access token', 403);
    const id = this.nextId++;
    repo.checkRuns.push({
      id,
      name: input.name,
      headSha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      appSlug: this.actor.appSlug,
      appId: this.actor.appId,
      completedAt: this.now(),
      externalId: input.externalId ?? null,
      input: structuredClone(input),
    });
    return id;
  }
}

function key(ref: RepoRef): string {
  return `${ref.owner}/${ref.repo}`;
}

function info(c: StoredCommit): CommitInfo {
  return {
    sha: c.sha,
    treeSha: subtreeSha(c.files, '') ?? createHash('sha1').update('empty tree').digest('hex'),
    parents: [...c.parents],
    authorLogin: c.authorLogin,
    committerLogin: c.committerLogin,
    verification: { ...c.verification },
    committedAt: c.committedAt,
    message: c.message,
  };
}

/** Content address of the files under `path` (the whole tree for ''): equal content, equal sha; none, null. */
function subtreeSha(files: ReadonlyMap<string, string>, path: string): string | null {
  const prefix = path === '' ? '' : `${path.replace(/\/$/, '')}/`;
  const entries = [...files.entries()].filter(([p]) => p.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
  if (entries.length === 0) return null;
  const hash = createHash('sha1');
  for (const [p, text] of entries) hash.update(`${p.slice(prefix.length)}\0${text}\0`);
  return hash.digest('hex');
}
