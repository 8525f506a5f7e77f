/**
 * The GitHub port over Octokit: REST calls only, no clone. Errors become GitHubApiError with the status.
 */

import { GitHubApiError } from '../errors.js';
import type { CandidateRelease, SourceGitHub } from '../sources/types.js';
import { readAtMost } from '../streams.js';
import type { GitHubClient } from './octokit.js';
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
  RefActivityType,
  RefState,
  RepoRef,
  Review,
  ReviewState,
  TagObject,
  TreeFile,
} from './port.js';
import { MAX_ACTIVITY_PAGES } from './port.js';

/** Largest number of annotations GitHub accepts in one check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;

/** The fields of GitHub's pull request object Cutover reads. */
export interface ApiPull {
  number: number;
  state: string;
  merged?: boolean | null;
  merged_at: string | null;
  title: string;
  body: string | null;
  html_url: string;
  user: { login: string; type?: string } | null;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string; repo?: { default_branch?: string } | null };
  merge_commit_sha: string | null;
}

function status(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status;
  return undefined;
}

/**
 * GitHub's own reason for a refused request: the `message` of its error body with the messages of its `errors`
 * (a 422 "Validation Failed" carries the reason there: "A pull request already exists for ..."), else the
 * error's message.
 */
function refusalReason(error: unknown): string {
  const data =
    error && typeof error === 'object' && 'response' in error
      ? (error as { response?: { data?: unknown } }).response?.data
      : undefined;
  if (!data || typeof data !== 'object') return error instanceof Error ? error.message : String(error);
  const body = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(body.errors)
    ? body.errors.map((e: unknown) =>
        e && typeof e === 'object' && 'message' in e && typeof e.message === 'string' ? e.message : '',
      )
    : [];
  return [typeof body.message === 'string' ? body.message : '', ...details].filter(Boolean).join(': ');
}

/** A failure as a GitHubApiError that names the operation (never the token). */
function apiError(what: string, error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const code = status(error);
  const message = error instanceof Error ? error.message : String(error);
  return new GitHubApiError(`${what} failed${code ? ` (HTTP ${code})` : ''}: ${message}`, code, { cause: error });
}

/** Runs a call, mapping failures to GitHubApiError. */
async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw apiError(what, error);
  }
}

/** Like `call`, but a 404 is `null`. */
async function maybe<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await call(what, fn);
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404) return null;
    throw error;
  }
}

/** Files GitHub lists of one pull request at most ("Responses include a maximum of 3000 files"). */
const MAX_PULL_REQUEST_FILES = 3000;

/** Changed files GitHub lists of one compare at most (on its first page, for the whole comparison). */
const MAX_COMPARE_FILES = 300;

/** Activities per page of the repository activity (GitHub's maximum). */
const ACTIVITY_PAGE = 100;

/** Commits per compare page (GitHub's maximum). */
const COMPARE_PAGE = 100;

/** The fields of GitHub's commit object (repos API) Cutover reads. */
interface ApiCommit {
  sha: string;
  commit: {
    tree: { sha: string };
    message: string;
    author: { date?: string } | null;
    committer: { date?: string } | null;
    verification?: { verified: boolean; reason: string } | null;
  };
  author: { login?: string } | Record<string, never> | null;
  committer: { login?: string } | Record<string, never> | null;
  parents: Array<{ sha: string }>;
}

function loginOf(user: ApiCommit['author']): string | null {
  return user && 'login' in user && typeof user.login === 'string' ? user.login : null;
}

/** A commit as the port names it; an absent verification is an unsigned commit. */
function toCommitInfo(c: ApiCommit): CommitInfo {
  return {
    sha: c.sha,
    treeSha: c.commit.tree.sha,
    parents: c.parents.map((p) => p.sha),
    authorLogin: loginOf(c.author),
    committerLogin: loginOf(c.committer),
    verification: {
      verified: c.commit.verification?.verified === true,
      reason: c.commit.verification?.reason ?? 'unsigned',
    },
    committedAt: c.commit.committer?.date ?? c.commit.author?.date ?? '',
    message: c.commit.message,
  };
}

/** A pull request as the port names it, from GitHub's pull request object. */
export function toPull(p: ApiPull): PullRequest {
  return {
    number: p.number,
    state: p.state === 'open' ? 'open' : 'closed',
    merged: p.merged === true || p.merged_at !== null,
    title: p.title,
    body: p.body ?? '',
    htmlUrl: p.html_url,
    author: { login: p.user?.login ?? '', isBot: p.user?.type === 'Bot' },
    headRef: p.head.ref,
    headSha: p.head.sha,
    baseRef: p.base.ref,
    baseSha: p.base.sha,
    mergeCommitSha: p.merge_commit_sha,
    mergedAt: p.merged_at,
    defaultBranch: p.base.repo?.default_branch || undefined,
  };
}

/** The fields of GitHub's pull request review object Cutover reads. */
export interface ApiReview {
  /** A number in every JSON answer (the API description types it `number | bigint`). */
  id: number | bigint;
  user: { login: string; type?: string } | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string | null;
}

/** A review as the port names it, from GitHub's review object. */
export function toReview(r: ApiReview): Review {
  return {
    id: Number(r.id),
    login: r.user?.login ?? '',
    isBot: r.user?.type === 'Bot',
    state: r.state as ReviewState,
    commitId: r.commit_id ?? '',
    submittedAt: r.submitted_at ?? null,
  };
}

/** The fields of GitHub's pull request file object Cutover reads. */
export interface ApiFile {
  filename: string;
  previous_filename?: string;
}

/** The paths a page of a pull request's files names: each file's, and a renamed file's former path too. */
export function toFileNames(files: readonly ApiFile[]): string[] {
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}

/** The GitHub port implemented with one Octokit client. */
export class OctokitGitHub implements GitHubPort {
  constructor(private readonly octokit: GitHubClient) {}

  async getDefaultBranch(repo: RepoRef): Promise<string> {
    const { data } = await call(`reading repository ${repo.owner}/${repo.repo}`, () =>
      this.octokit.rest.repos.get({ ...repo }),
    );
    return data.default_branch;
  }

  async getRef(repo: RepoRef, ref: string): Promise<RefState | null> {
    const found = await maybe(`reading ref ${ref}`, () => this.octokit.rest.git.getRef({ ...repo, ref }));
    if (!found) return null;
    // getRef answers with the closest match list for a prefix on some servers; only an exact ref counts.
    if (found.data.ref !== `refs/${ref}`) return null;
    return { ref: found.data.ref, sha: found.data.object.sha, objectType: found.data.object.type };
  }

  async listRefs(repo: RepoRef, prefix: string): Promise<RefState[]> {
    const refs = await call(`listing refs ${prefix}`, () =>
      this.octokit.paginate(this.octokit.rest.git.listMatchingRefs, { ...repo, ref: prefix, per_page: 100 }),
    );
    return refs.map((r) => ({ ref: r.ref, sha: r.object.sha, objectType: r.object.type }));
  }

  async getDefaultBranchHead(repo: RepoRef): Promise<string> {
    const { data } = await call(`listing the default branch's commits of ${repo.owner}/${repo.repo}`, () =>
      this.octokit.rest.repos.listCommits({ ...repo, per_page: 1 }),
    );
    const head = data[0];
    if (!head) throw new GitHubApiError(`the default branch of ${repo.owner}/${repo.repo} has no commits`, undefined);
    return head.sha;
  }

  async getCommit(repo: RepoRef, sha: string): Promise<CommitInfo> {
    const { data } = await call(`reading commit ${sha}`, () =>
      this.octokit.rest.repos.getCommit({ ...repo, ref: sha, per_page: 1 }),
    );
    return toCommitInfo(data);
  }

  async readFiles(
    repo: RepoRef,
    commit: string | undefined,
    paths: readonly string[],
  ): Promise<Record<string, string | undefined>> {
    // One request per file, all at once: no read depends on another.
    const texts = await Promise.all(paths.map((path) => this.readFile(repo, commit, path)));
    return Object.fromEntries(paths.map((path, i) => [path, texts[i]]));
  }

  /** One file's text through the raw media type, which serves files up to 100 MB (JSON stops at 1 MB). */
  private async readFile(repo: RepoRef, ref: string | undefined, path: string): Promise<string | undefined> {
    const found = await maybe(`reading ${path} at ${ref ?? 'the default branch'}`, () =>
      this.octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}), mediaType: { format: 'raw' } }),
    );
    if (!found) return undefined;
    const data: unknown = found.data;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return new TextDecoder('utf-8', { fatal: true }).decode(data);
    // A directory answers with its listing even in the raw media type: there is no file here.
    return undefined;
  }

  async getSubtreeSha(repo: RepoRef, commit: string, path: string): Promise<string | null> {
    const tree = await this.subtree(repo, commit, path, false);
    return tree?.sha ?? null;
  }

  async listFiles(repo: RepoRef, commit: string, path: string): Promise<string[]> {
    const tree = await this.subtree(repo, commit, path, true);
    if (!tree) return [];
    if (tree.truncated)
      throw new GitHubApiError(`the tree of ${path} at ${commit} is too large to list in one request`, undefined);
    return tree.tree.filter((e) => e.type === 'blob' && e.path).map((e) => `${path.replace(/\/$/, '')}/${e.path}`);
  }

  async listTreeFiles(repo: RepoRef, commit: string): Promise<TreeFile[]> {
    const { data } = await call(`reading the tree of ${commit}`, () =>
      this.octokit.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' }),
    );
    if (data.truncated)
      throw new GitHubApiError(
        `reading the tree of ${commit}: GitHub truncated the listing (over 100,000 entries or 7 MB); refusing to judge a partial tree`,
        undefined,
      );
    return data.tree.flatMap((e) =>
      e.type !== 'tree' && e.path && e.type && e.mode && e.sha
        ? [{ path: e.path, mode: e.mode, type: e.type, sha: e.sha }]
        : [],
    );
  }

  /**
   * The tree at `path` of a commit in one request (`<commit>:<path>` names it, as in git), or null when the
   * commit has no directory there.
   */
  private async subtree(repo: RepoRef, commit: string, path: string, recursive: boolean) {
    const dir = path.split('/').filter(Boolean).join('/');
    const found = await maybe(`reading tree ${dir} at ${commit}`, () =>
      this.octokit.rest.git.getTree({
        ...repo,
        tree_sha: dir ? `${commit}:${dir}` : commit,
        ...(recursive ? { recursive: 'true' } : {}),
      }),
    );
    // A path naming a file is no directory.
    return found && Array.isArray(found.data.tree) ? found.data : null;
  }

  async commitFiles(repo: RepoRef, input: CommitFilesInput): Promise<CommitFilesResult> {
    const parentTree = input.parentTree ?? (await this.getCommit(repo, input.parent)).treeSha;
    const entries = Object.entries(input.files);
    // No files: a commit of the parent's own tree (assemble's restart marker).
    const treeSha =
      entries.length === 0
        ? parentTree
        : (
            await call('creating tree', () =>
              this.octokit.rest.git.createTree({
                ...repo,
                base_tree: parentTree,
                tree: entries.map(([path, content]) => ({
                  path,
                  mode: '100644' as const,
                  type: 'blob' as const,
                  content,
                })),
              }),
            )
          ).data.sha;
    const commit = await call('creating commit', () =>
      this.octokit.rest.git.createCommit({ ...repo, message: input.message, tree: treeSha, parents: [input.parent] }),
    );
    const sha = commit.data.sha;
    const creating = input.expectedHead === null;
    // A forced update takes no expected value on GitHub: the branch is re-read just before it, and a branch no
    // longer at `expectedHead` (another run restarted it meanwhile) is `moved`, never overwritten. Only the
    // moments between this read and the update stay open (test/modes/concurrent-assemble.test.ts).
    if (input.replace && (await this.getRef(repo, `heads/${input.branch}`))?.sha !== input.expectedHead)
      return { kind: 'moved' };
    try {
      if (creating) {
        await this.octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${input.branch}`, sha });
      } else {
        await this.octokit.rest.git.updateRef({
          ...repo,
          ref: `heads/${input.branch}`,
          sha,
          force: input.replace === true,
        });
      }
    } catch (error) {
      if (status(error) !== 422) throw apiError(`updating branch ${input.branch}`, error);
      return this.refusedBranchWrite(repo, input.branch, sha, creating, error);
    }
    return { kind: 'committed', sha };
  }

  /**
   * A 422 on a branch write, mapped by its reason: the branch already holding this very commit is a write whose
   * reply was lost (a retry answered 422): it is adopted. "Update is not a fast forward", "Reference already
   * exists" (with the branch there) and "Reference does not exist" on an update are a concurrent writer:
   * `moved`, the caller re-reads. Anything else (an invalid ref name, a rule violation, a missing object) is
   * not a race, so it fails with GitHub's reason instead of being retried.
   */
  private async refusedBranchWrite(
    repo: RepoRef,
    branch: string,
    sha: string,
    creating: boolean,
    error: unknown,
  ): Promise<CommitFilesResult> {
    const reason = refusalReason(error);
    const now = await this.getRef(repo, `heads/${branch}`);
    if (now?.sha === sha) return { kind: 'committed', sha };
    const race = creating
      ? /already exists/i.test(reason) && now !== null
      : /not a fast.forward/i.test(reason) || (/reference does not exist/i.test(reason) && now === null);
    if (race) return { kind: 'moved' };
    throw new GitHubApiError(
      `GitHub refused to ${creating ? 'create' : 'update'} branch ${branch} (HTTP 422: ${reason}); this is not a concurrent update, so re-running will not help`,
      422,
      { cause: error },
    );
  }

  async deleteRef(repo: RepoRef, ref: string): Promise<void> {
    await call(`deleting ref ${ref}`, () => this.octokit.rest.git.deleteRef({ ...repo, ref }));
  }

  async findPullRequests(
    repo: RepoRef,
    query: { head?: string; state: 'open' | 'closed' | 'all'; base?: string },
  ): Promise<PullRequest[]> {
    const pulls = await call('listing pull requests', () =>
      this.octokit.paginate(this.octokit.rest.pulls.list, {
        ...repo,
        state: query.state,
        per_page: 100,
        ...(query.head ? { head: `${repo.owner}:${query.head}` } : {}),
        ...(query.base ? { base: query.base } : {}),
      }),
    );
    return pulls.map((p) => toPull(p));
  }

  async getPullRequest(repo: RepoRef, number: number): Promise<PullRequest> {
    const { data } = await call(`reading pull request #${number}`, () =>
      this.octokit.rest.pulls.get({ ...repo, pull_number: number }),
    );
    return toPull(data);
  }

  async createPullRequest(
    repo: RepoRef,
    input: { head: string; base: string; title: string; body: string },
  ): Promise<PullRequest> {
    try {
      const { data } = await this.octokit.rest.pulls.create({ ...repo, ...input });
      return toPull(data);
    } catch (error) {
      // "A pull request already exists for owner:branch": another run opened it, or this request's reply was
      // lost and its retry was refused. The open pull request of this head and base is the one: adopt it.
      if (status(error) === 422 && /already exists/i.test(refusalReason(error))) {
        const open = await this.findPullRequests(repo, { head: input.head, base: input.base, state: 'open' });
        const pull = open.find((p) => p.headRef === input.head);
        if (pull) return pull;
      }
      throw apiError('opening pull request', error);
    }
  }

  async updatePullRequest(repo: RepoRef, number: number, input: { title: string; body: string }): Promise<void> {
    await call(`updating pull request #${number}`, () =>
      this.octokit.rest.pulls.update({ ...repo, pull_number: number, ...input }),
    );
  }

  async listPullRequestFiles(repo: RepoRef, number: number): Promise<string[]> {
    const files = await call(`listing files of #${number}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }),
    );
    // GitHub lists at most 3000 files of a pull request and says nothing of the rest: a full list may be a cut
    // one, and a release directory past the cut would go unjudged (verify green, no writer-commit rule).
    if (files.length >= MAX_PULL_REQUEST_FILES)
      throw new GitHubApiError(
        `listing files of #${number}: GitHub lists at most ${MAX_PULL_REQUEST_FILES} files of a pull request and listed ${files.length}; refusing to judge a list that may be partial (split the change)`,
        undefined,
      );
    return toFileNames(files);
  }

  async compare(
    repo: RepoRef,
    base: string,
    head: string,
  ): Promise<{ files: string[]; filesCut: boolean; commits: CommitInfo[]; status: CompareStatus; mergeBase: string }> {
    const what = `comparing ${base}...${head}`;
    const commits: CommitInfo[] = [];
    let files: string[] = [];
    let filesCut = false;
    let status: CompareStatus = 'identical';
    let mergeBase = base;
    let total = 0;
    // GitHub serves the commits a page at a time (oldest first); read them all, or fail: a commit never read is
    // a commit never inspected.
    for (let page = 1; ; page++) {
      const { data } = await call(what, () =>
        this.octokit.rest.repos.compareCommitsWithBasehead({
          ...repo,
          basehead: `${base}...${head}`,
          per_page: COMPARE_PAGE,
          page,
        }),
      );
      if (page === 1) {
        status = data.status;
        mergeBase = data.merge_base_commit.sha;
        total = data.total_commits;
        filesCut = (data.files ?? []).length >= MAX_COMPARE_FILES;
        files = (data.files ?? []).flatMap((f) =>
          f.previous_filename ? [f.filename, f.previous_filename] : [f.filename],
        );
      }
      commits.push(...data.commits.map(toCommitInfo));
      if (data.commits.length < COMPARE_PAGE || commits.length >= total) break;
    }
    if (commits.length !== total)
      throw new GitHubApiError(
        `${what}: GitHub listed ${commits.length} of ${total} commits; refusing to judge a partial list`,
        undefined,
      );
    return { files, filesCut, commits, status, mergeBase };
  }

  async compareStatus(repo: RepoRef, base: string, head: string): Promise<CompareStatus> {
    const { data } = await call(`comparing ${base}...${head}`, () =>
      this.octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 }),
    );
    return data.status;
  }

  async pullRequestsOfCommit(repo: RepoRef, sha: string): Promise<PullRequest[]> {
    const { data } = await call(`finding pull requests of ${sha}`, () =>
      this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 }),
    );
    return data.map((p) => toPull(p));
  }

  async listRefActivities(
    repo: RepoRef,
    query: RefActivityQuery,
  ): Promise<{ activities: RefActivity[]; cut: boolean }> {
    const what = `reading who moved ${query.ref} from GitHub's repository activity (GET /repos/${repo.owner}/${repo.repo}/activity, readable with the token's read access to the repository)`;
    const activities: RefActivity[] = [];
    let pages = 0;
    // Cursor pagination (before/after in the Link header): Octokit's iterator follows rel="next".
    const iterator = this.octokit.paginate.iterator(this.octokit.rest.repos.listActivities, {
      ...repo,
      ref: query.ref,
      direction: 'desc',
      per_page: ACTIVITY_PAGE,
      ...(query.activityType ? { activity_type: query.activityType } : {}),
    });
    try {
      for await (const { data } of iterator) {
        pages++;
        const page = data.map(
          (a): RefActivity => ({
            ref: a.ref,
            before: a.before,
            after: a.after,
            activityType: a.activity_type as RefActivityType,
            actorLogin: a.actor?.login ?? null,
            actorType: a.actor?.type,
            timestamp: a.timestamp,
          }),
        );
        activities.push(...page);
        if (query.enough && page.some(query.enough)) return { activities, cut: false };
        if (page.length < ACTIVITY_PAGE) return { activities, cut: false };
        if (pages >= MAX_ACTIVITY_PAGES) return { activities, cut: true };
      }
    } catch (error) {
      throw apiError(what, error);
    }
    return { activities, cut: false };
  }

  async listReviews(repo: RepoRef, number: number): Promise<Review[]> {
    const reviews = await call(`listing reviews of #${number}`, () =>
      this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }),
    );
    return reviews.map(toReview);
  }

  async isTeamMember(org: string, team: string, login: string): Promise<boolean> {
    const found = await maybe(`reading membership of ${login} in ${org}/${team}`, () =>
      this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }),
    );
    return found?.data.state === 'active';
  }

  async createCheckRun(repo: RepoRef, input: CheckRunInput): Promise<number> {
    const batches: CheckRunInput['annotations'][] = [];
    for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST)
      batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (annotations: CheckRunInput['annotations']) => ({
      title: input.title,
      summary: input.summary,
      ...(input.text ? { text: input.text } : {}),
      annotations: annotations.map((a) => ({
        path: a.path,
        start_line: a.startLine,
        end_line: a.endLine,
        annotation_level: a.level,
        title: a.title,
        message: a.message,
      })),
    });
    const { data } = await call(`creating check run ${input.name}`, () =>
      this.octokit.rest.checks.create({
        ...repo,
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        ...(input.externalId === undefined ? {} : { external_id: input.externalId }),
        output: output(batches[0] ?? []),
      }),
    );
    for (const batch of batches.slice(1)) {
      await call(`adding annotations to ${input.name}`, () =>
        this.octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) }),
      );
    }
    return data.id;
  }

  async listCheckRuns(
    repo: RepoRef,
    sha: string,
    query: { name?: string; all?: boolean } = {},
  ): Promise<CheckRunState[]> {
    const runs = await call(`listing check runs of ${sha}`, () =>
      this.octokit.paginate(this.octokit.rest.checks.listForRef, {
        ...repo,
        ref: sha,
        per_page: 100,
        filter: query.all ? 'all' : 'latest',
        ...(query.name === undefined ? {} : { check_name: query.name }),
      }),
    );
    return runs.map((r) => ({
      id: r.id,
      name: r.name,
      headSha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      appSlug: r.app?.slug ?? null,
      appId: r.app?.id ?? null,
      completedAt: r.completed_at ?? null,
      externalId: r.external_id ?? null,
    }));
  }

  async getTagObject(repo: RepoRef, sha: string): Promise<TagObject> {
    const { data } = await call(`reading tag object ${sha}`, () =>
      this.octokit.rest.git.getTag({ ...repo, tag_sha: sha }),
    );
    return {
      sha: data.sha,
      tag: data.tag,
      message: data.message,
      object: { sha: data.object.sha, type: data.object.type },
      verification: { verified: data.verification?.verified ?? false, reason: data.verification?.reason ?? 'unknown' },
    };
  }

  async createAnnotatedTag(
    repo: RepoRef,
    input: { tag: string; message: string; commit: string },
  ): Promise<{ tagSha: string }> {
    const tag = await call(`creating tag object ${input.tag}`, () =>
      this.octokit.rest.git.createTag({
        ...repo,
        tag: input.tag,
        message: input.message,
        object: input.commit,
        type: 'commit',
      }),
    );
    // The ref must point at the tag object; pointing it at the commit would make a lightweight tag.
    try {
      await this.octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${input.tag}`, sha: tag.data.sha });
    } catch (error) {
      const adopted = status(error) === 422 ? await this.ourTag(repo, input, error) : undefined;
      if (adopted) return { tagSha: adopted };
      throw apiError(`creating tag ref ${input.tag}`, error);
    }
    return { tagSha: tag.data.sha };
  }

  /**
   * After "Reference already exists": the existing tag's object sha when it is ours, an annotated tag of the
   * same name on the same commit with the same message (a retried write whose first reply was lost, or the
   * same seal by another run). A tag pointing anywhere else is never adopted.
   */
  private async ourTag(
    repo: RepoRef,
    input: { tag: string; message: string; commit: string },
    error: unknown,
  ): Promise<string | undefined> {
    if (!/already exists/i.test(refusalReason(error))) return undefined;
    const ref = await this.getRef(repo, `tags/${input.tag}`);
    if (ref?.objectType !== 'tag') return undefined;
    const existing = await this.getTagObject(repo, ref.sha);
    const same =
      existing.tag === input.tag &&
      existing.object.sha === input.commit &&
      existing.object.type === 'commit' &&
      existing.message.trimEnd() === input.message.trimEnd();
    return same ? existing.sha : undefined;
  }

  async dispatch(repo: RepoRef, eventType: string, payload: Record<string, unknown>): Promise<void> {
    await call(`dispatching ${eventType} to ${repo.owner}/${repo.repo}`, () =>
      this.octokit.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload }),
    );
  }
}

/** The candidate repository's release and attestations, for source adapters. */
export class OctokitSourceGitHub implements SourceGitHub {
  readonly repository: string;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
  ) {
    this.repository = `${repo.owner}/${repo.repo}`;
  }

  async getReleaseByTag(tag: string): Promise<CandidateRelease | null> {
    const found = await maybe(`reading release ${tag}`, () =>
      this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag }),
    );
    if (!found) return null;
    const r = found.data;
    return {
      id: r.id,
      tagName: r.tag_name,
      htmlUrl: r.html_url,
      publishedAt: r.published_at,
      assets: r.assets.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        digest: 'digest' in a && typeof a.digest === 'string' ? a.digest : null,
        browserDownloadUrl: a.browser_download_url,
      })),
    };
  }

  async downloadReleaseAsset(assetId: number, maxBytes: number): Promise<Uint8Array> {
    const response = await call(`downloading release asset ${assetId}`, () =>
      this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...this.repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
        request: { parseSuccessResponseBody: false },
      }),
    );
    return readLimited(response.data as unknown, maxBytes, assetId);
  }

  async listAttestations(subjectDigest: string): Promise<Array<{ bundle: unknown; bundleUrl?: string }>> {
    const found = await maybe(`listing attestations of ${subjectDigest}`, () =>
      this.octokit.rest.repos.listAttestations({ ...this.repo, subject_digest: subjectDigest, per_page: 100 }),
    );
    return (found?.data.attestations ?? []).map((a) => ({
      bundle: a.bundle,
      ...(a.bundle_url ? { bundleUrl: a.bundle_url } : {}),
    }));
  }
}

async function readLimited(body: unknown, maxBytes: number, assetId: number): Promise<Uint8Array> {
  if (body instanceof ArrayBuffer) return checkSize(new Uint8Array(body), maxBytes, assetId);
  if (body instanceof ReadableStream) {
    const bytes = await readAtMost(body, maxBytes);
    if (!bytes) throw new GitHubApiError(`release asset ${assetId} is larger than ${maxBytes} bytes`, undefined);
    return bytes;
  }
  throw new GitHubApiError(`release asset ${assetId}: unexpected response body`, undefined);
}

function checkSize(bytes: Uint8Array, maxBytes: number, assetId: number): Uint8Array {
  if (bytes.byteLength > maxBytes)
    throw new GitHubApiError(`release asset ${assetId} is larger than ${maxBytes} bytes`, undefined);
  return bytes;
}
