export const id = 527;
export const ids = [527];
export const modules = {

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: mergeGroupPullRequests, readTarget

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 15 modules
var dist_src = __webpack_require__(4381);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/github/http-fetch.ts + 1 modules
var http_fetch = __webpack_require__(1122);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The one place an Octokit client is built: REST methods, throttling (primary and secondary rate limits,
 * both handlers explicit) and retry of transient failures. A 422 is never retried: it means the request
 * itself was refused (a non-fast-forward ref update, an existing tag), and the caller must re-read.
 *
 * Rate limits: every wait GitHub asks for (`retry-after` on a secondary limit, `x-ratelimit-reset` on the
 * primary one) is honoured as long as the waits of the whole client, which is one run, add up to at most
 * `rateLimitWaitSeconds` (15 minutes by default). A wait that does not fit in what is left fails the request
 * at once, with a warning that says so, rather than holding the job for longer than the bound.
 *
 * Requests go through node:http(s) (./http-fetch.ts, not the global fetch: the cold start, ../action/main.ts).
 * That transport honours the standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY: ./proxy.ts), as the
 * head start (./first-read.ts) does.
 */





const CutoverOctokit = dist_src/* Octokit */.E.plugin(plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
/** The total rate-limit wait of one run unless told otherwise: 15 minutes (README, "Bursts of seals"). */
const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 900;
/** Builds the client. The token is only handed to Octokit's auth; it is never logged or echoed. */
function createGitHubClient(options) {
    const warn = options.log?.warn ?? (() => { });
    const debug = options.log?.debug ?? (() => { });
    const budget = options.rateLimitWaitSeconds ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS;
    // Charged per retry, concurrent waits included: the sum bounds the time the run spends held by rate limits.
    let waited = 0;
    const onLimit = (kind) => (retryAfter, request) => {
        const charge = Math.max(1, Math.ceil(retryAfter));
        const left = budget - waited;
        if (charge > left) {
            warn(`${kind} rate limit on ${request.method} ${request.url}: GitHub asks to wait ${retryAfter}s, more than is left of this run's rate-limit wait budget (${left}s of ${budget}s); giving up`);
            return false;
        }
        waited += charge;
        warn(`${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s (${waited}s of the run's ${budget}s rate-limit wait budget used)`);
        return true;
    };
    return new CutoverOctokit({
        auth: options.token,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: options.userAgent ?? http_fetch/* USER_AGENT */._,
        // Octokit's request log reports each failed attempt (method, path, status, request id) at `error`; the
        // adapter reports the failure itself, once, so those lines go to the debug log (ACTIONS_STEP_DEBUG).
        log: { debug: () => { }, info: () => { }, warn: (m) => warn(m), error: (m) => debug(m) },
        throttle: {
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            write: new (light_default()).Group({ maxConcurrent: 1, minTime: options.writeIntervalMs ?? 1000 }),
        },
        // 429 is a rate limit: only the throttling handlers above retry it, within the budget (plugin-retry would
        // otherwise try three more times after they gave up, without looking at retry-after).
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451] },
        request: { fetch: (url, init) => (0,http_fetch/* httpFetch */.t)(url, init, options.onRequestSent) },
    });
}

// EXTERNAL MODULE: ./src/streams.ts
var streams = __webpack_require__(5922);
// EXTERNAL MODULE: ./src/github/port.ts
var port = __webpack_require__(8212);
;// CONCATENATED MODULE: ./src/github/octokit-adapter.ts
/**
 * The GitHub port over Octokit: REST calls only, no clone. Errors become GitHubApiError with the status.
 */



/** Largest number of annotations GitHub accepts in one check-run request. */
const ANNOTATIONS_PER_REQUEST = 50;
function octokit_adapter_status(error) {
    if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number')
        return error.status;
    return undefined;
}
/**
 * GitHub's own reason for a refused request: the `message` of its error body with the messages of its `errors`
 * (a 422 "Validation Failed" carries the reason there: "A pull request already exists for ..."), else the
 * error's message.
 */
function refusalReason(error) {
    const data = error && typeof error === 'object' && 'response' in error
        ? error.response?.data
        : undefined;
    if (!data || typeof data !== 'object')
        return error instanceof Error ? error.message : String(error);
    const body = data;
    const details = Array.isArray(body.errors)
        ? body.errors.map((e) => e && typeof e === 'object' && 'message' in e && typeof e.message === 'string' ? e.message : '')
        : [];
    return [typeof body.message === 'string' ? body.message : '', ...details].filter(Boolean).join(': ');
}
/** A failure as a GitHubApiError that names the operation (never the token). */
function apiError(what, error) {
    if (error instanceof errors/* GitHubApiError */.OS)
        return error;
    const code = octokit_adapter_status(error);
    const message = error instanceof Error ? error.message : String(error);
    return new errors/* GitHubApiError */.OS(`${what} failed${code ? ` (HTTP ${code})` : ''}: ${message}`, code, { cause: error });
}
/** Runs a call, mapping failures to GitHubApiError. */
async function call(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw apiError(what, error);
    }
}
/** Like `call`, but a 404 is `null`. */
async function maybe(what, fn) {
    try {
        return await call(what, fn);
    }
    catch (error) {
        if (error instanceof errors/* GitHubApiError */.OS && error.status === 404)
            return null;
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
function loginOf(user) {
    return user && 'login' in user && typeof user.login === 'string' ? user.login : null;
}
/** A commit as the port names it; an absent verification is an unsigned commit. */
function toCommitInfo(c) {
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
function toPull(p) {
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
/** A review as the port names it, from GitHub's review object. */
function toReview(r) {
    return {
        id: Number(r.id),
        login: r.user?.login ?? '',
        isBot: r.user?.type === 'Bot',
        state: r.state,
        commitId: r.commit_id ?? '',
        submittedAt: r.submitted_at ?? null,
    };
}
/** The paths a page of a pull request's files names: each file's, and a renamed file's former path too. */
function toFileNames(files) {
    return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}
/** The GitHub port implemented with one Octokit client. */
class OctokitGitHub {
    octokit;
    constructor(octokit) {
        this.octokit = octokit;
    }
    async getDefaultBranch(repo) {
        const { data } = await call(`reading repository ${repo.owner}/${repo.repo}`, () => this.octokit.rest.repos.get({ ...repo }));
        return data.default_branch;
    }
    async getRef(repo, ref) {
        const found = await maybe(`reading ref ${ref}`, () => this.octokit.rest.git.getRef({ ...repo, ref }));
        if (!found)
            return null;
        // getRef answers with the closest match list for a prefix on some servers; only an exact ref counts.
        if (found.data.ref !== `refs/${ref}`)
            return null;
        return { ref: found.data.ref, sha: found.data.object.sha, objectType: found.data.object.type };
    }
    async listRefs(repo, prefix) {
        const refs = await call(`listing refs ${prefix}`, () => this.octokit.paginate(this.octokit.rest.git.listMatchingRefs, { ...repo, ref: prefix, per_page: 100 }));
        return refs.map((r) => ({ ref: r.ref, sha: r.object.sha, objectType: r.object.type }));
    }
    async getDefaultBranchHead(repo) {
        const { data } = await call(`listing the default branch's commits of ${repo.owner}/${repo.repo}`, () => this.octokit.rest.repos.listCommits({ ...repo, per_page: 1 }));
        const head = data[0];
        if (!head)
            throw new errors/* GitHubApiError */.OS(`the default branch of ${repo.owner}/${repo.repo} has no commits`, undefined);
        return head.sha;
    }
    async getCommit(repo, sha) {
        const { data } = await call(`reading commit ${sha}`, () => this.octokit.rest.repos.getCommit({ ...repo, ref: sha, per_page: 1 }));
        return toCommitInfo(data);
    }
    async readFiles(repo, commit, paths) {
        // One request per file, all at once: no read depends on another.
        const texts = await Promise.all(paths.map((path) => this.readFile(repo, commit, path)));
        return Object.fromEntries(paths.map((path, i) => [path, texts[i]]));
    }
    /** One file's text through the raw media type, which serves files up to 100 MB (JSON stops at 1 MB). */
    async readFile(repo, ref, path) {
        const found = await maybe(`reading ${path} at ${ref ?? 'the default branch'}`, () => this.octokit.rest.repos.getContent({ ...repo, path, ...(ref ? { ref } : {}), mediaType: { format: 'raw' } }));
        if (!found)
            return undefined;
        const data = found.data;
        if (typeof data === 'string')
            return data;
        if (data instanceof ArrayBuffer)
            return new TextDecoder('utf-8', { fatal: true }).decode(data);
        // A directory answers with its listing even in the raw media type: there is no file here.
        return undefined;
    }
    async getSubtreeSha(repo, commit, path) {
        const tree = await this.subtree(repo, commit, path, false);
        return tree?.sha ?? null;
    }
    async listFiles(repo, commit, path) {
        const tree = await this.subtree(repo, commit, path, true);
        if (!tree)
            return [];
        if (tree.truncated)
            throw new errors/* GitHubApiError */.OS(`the tree of ${path} at ${commit} is too large to list in one request`, undefined);
        return tree.tree.filter((e) => e.type === 'blob' && e.path).map((e) => `${path.replace(/\/$/, '')}/${e.path}`);
    }
    async listTreeFiles(repo, commit) {
        const { data } = await call(`reading the tree of ${commit}`, () => this.octokit.rest.git.getTree({ ...repo, tree_sha: commit, recursive: 'true' }));
        if (data.truncated)
            throw new errors/* GitHubApiError */.OS(`reading the tree of ${commit}: GitHub truncated the listing (over 100,000 entries or 7 MB); refusing to judge a partial tree`, undefined);
        return data.tree.flatMap((e) => e.type !== 'tree' && e.path && e.type && e.mode && e.sha
            ? [{ path: e.path, mode: e.mode, type: e.type, sha: e.sha }]
            : []);
    }
    /**
     * The tree at `path` of a commit in one request (`<commit>:<path>` names it, as in git), or null when the
     * commit has no directory there.
     */
    async subtree(repo, commit, path, recursive) {
        const dir = path.split('/').filter(Boolean).join('/');
        const found = await maybe(`reading tree ${dir} at ${commit}`, () => this.octokit.rest.git.getTree({
            ...repo,
            tree_sha: dir ? `${commit}:${dir}` : commit,
            ...(recursive ? { recursive: 'true' } : {}),
        }));
        // A path naming a file is no directory.
        return found && Array.isArray(found.data.tree) ? found.data : null;
    }
    async commitFiles(repo, input) {
        const parentTree = input.parentTree ?? (await this.getCommit(repo, input.parent)).treeSha;
        const entries = Object.entries(input.files);
        // No files: a commit of the parent's own tree (assemble's restart marker).
        const treeSha = entries.length === 0
            ? parentTree
            : (await call('creating tree', () => this.octokit.rest.git.createTree({
                ...repo,
                base_tree: parentTree,
                tree: entries.map(([path, content]) => ({
                    path,
                    mode: '100644',
                    type: 'blob',
                    content,
                })),
            }))).data.sha;
        const commit = await call('creating commit', () => this.octokit.rest.git.createCommit({ ...repo, message: input.message, tree: treeSha, parents: [input.parent] }));
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
            }
            else {
                await this.octokit.rest.git.updateRef({
                    ...repo,
                    ref: `heads/${input.branch}`,
                    sha,
                    force: input.replace === true,
                });
            }
        }
        catch (error) {
            if (octokit_adapter_status(error) !== 422)
                throw apiError(`updating branch ${input.branch}`, error);
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
    async refusedBranchWrite(repo, branch, sha, creating, error) {
        const reason = refusalReason(error);
        const now = await this.getRef(repo, `heads/${branch}`);
        if (now?.sha === sha)
            return { kind: 'committed', sha };
        const race = creating
            ? /already exists/i.test(reason) && now !== null
            : /not a fast.forward/i.test(reason) || (/reference does not exist/i.test(reason) && now === null);
        if (race)
            return { kind: 'moved' };
        throw new errors/* GitHubApiError */.OS(`GitHub refused to ${creating ? 'create' : 'update'} branch ${branch} (HTTP 422: ${reason}); this is not a concurrent update, so re-running will not help`, 422, { cause: error });
    }
    async deleteRef(repo, ref) {
        await call(`deleting ref ${ref}`, () => this.octokit.rest.git.deleteRef({ ...repo, ref }));
    }
    async findPullRequests(repo, query) {
        const pulls = await call('listing pull requests', () => this.octokit.paginate(this.octokit.rest.pulls.list, {
            ...repo,
            state: query.state,
            per_page: 100,
            ...(query.head ? { head: `${repo.owner}:${query.head}` } : {}),
            ...(query.base ? { base: query.base } : {}),
        }));
        return pulls.map((p) => toPull(p));
    }
    async getPullRequest(repo, number) {
        const { data } = await call(`reading pull request #${number}`, () => this.octokit.rest.pulls.get({ ...repo, pull_number: number }));
        return toPull(data);
    }
    async createPullRequest(repo, input) {
        try {
            const { data } = await this.octokit.rest.pulls.create({ ...repo, ...input });
            return toPull(data);
        }
        catch (error) {
            // "A pull request already exists for owner:branch": another run opened it, or this request's reply was
            // lost and its retry was refused. The open pull request of this head and base is the one: adopt it.
            if (octokit_adapter_status(error) === 422 && /already exists/i.test(refusalReason(error))) {
                const open = await this.findPullRequests(repo, { head: input.head, base: input.base, state: 'open' });
                const pull = open.find((p) => p.headRef === input.head);
                if (pull)
                    return pull;
            }
            throw apiError('opening pull request', error);
        }
    }
    async updatePullRequest(repo, number, input) {
        await call(`updating pull request #${number}`, () => this.octokit.rest.pulls.update({ ...repo, pull_number: number, ...input }));
    }
    async listPullRequestFiles(repo, number) {
        const files = await call(`listing files of #${number}`, () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }));
        // GitHub lists at most 3000 files of a pull request and says nothing of the rest: a full list may be a cut
        // one, and a release directory past the cut would go unjudged (verify green, no writer-commit rule).
        if (files.length >= MAX_PULL_REQUEST_FILES)
            throw new errors/* GitHubApiError */.OS(`listing files of #${number}: GitHub lists at most ${MAX_PULL_REQUEST_FILES} files of a pull request and listed ${files.length}; refusing to judge a list that may be partial (split the change)`, undefined);
        return toFileNames(files);
    }
    async compare(repo, base, head) {
        const what = `comparing ${base}...${head}`;
        const commits = [];
        let files = [];
        let filesCut = false;
        let status = 'identical';
        let mergeBase = base;
        let total = 0;
        // GitHub serves the commits a page at a time (oldest first); read them all, or fail: a commit never read is
        // a commit never inspected.
        for (let page = 1;; page++) {
            const { data } = await call(what, () => this.octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${base}...${head}`,
                per_page: COMPARE_PAGE,
                page,
            }));
            if (page === 1) {
                status = data.status;
                mergeBase = data.merge_base_commit.sha;
                total = data.total_commits;
                filesCut = (data.files ?? []).length >= MAX_COMPARE_FILES;
                files = (data.files ?? []).flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]);
            }
            commits.push(...data.commits.map(toCommitInfo));
            if (data.commits.length < COMPARE_PAGE || commits.length >= total)
                break;
        }
        if (commits.length !== total)
            throw new errors/* GitHubApiError */.OS(`${what}: GitHub listed ${commits.length} of ${total} commits; refusing to judge a partial list`, undefined);
        return { files, filesCut, commits, status, mergeBase };
    }
    async compareStatus(repo, base, head) {
        const { data } = await call(`comparing ${base}...${head}`, () => this.octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 1 }));
        return data.status;
    }
    async pullRequestsOfCommit(repo, sha) {
        const { data } = await call(`finding pull requests of ${sha}`, () => this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 }));
        return data.map((p) => toPull(p));
    }
    async listRefActivities(repo, query) {
        const what = `reading who moved ${query.ref} from GitHub's repository activity (GET /repos/${repo.owner}/${repo.repo}/activity, readable with the token's read access to the repository)`;
        const activities = [];
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
                const page = data.map((a) => ({
                    ref: a.ref,
                    before: a.before,
                    after: a.after,
                    activityType: a.activity_type,
                    actorLogin: a.actor?.login ?? null,
                    actorType: a.actor?.type,
                    timestamp: a.timestamp,
                }));
                activities.push(...page);
                if (query.enough && page.some(query.enough))
                    return { activities, cut: false };
                if (page.length < ACTIVITY_PAGE)
                    return { activities, cut: false };
                if (pages >= port/* MAX_ACTIVITY_PAGES */.K)
                    return { activities, cut: true };
            }
        }
        catch (error) {
            throw apiError(what, error);
        }
        return { activities, cut: false };
    }
    async listReviews(repo, number) {
        const reviews = await call(`listing reviews of #${number}`, () => this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }));
        return reviews.map(toReview);
    }
    async isTeamMember(org, team, login) {
        const found = await maybe(`reading membership of ${login} in ${org}/${team}`, () => this.octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: team, username: login }));
        return found?.data.state === 'active';
    }
    async createCheckRun(repo, input) {
        const batches = [];
        for (let i = 0; i < input.annotations.length; i += ANNOTATIONS_PER_REQUEST)
            batches.push(input.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
        const output = (annotations) => ({
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
        const { data } = await call(`creating check run ${input.name}`, () => this.octokit.rest.checks.create({
            ...repo,
            name: input.name,
            head_sha: input.headSha,
            status: 'completed',
            conclusion: input.conclusion,
            ...(input.externalId === undefined ? {} : { external_id: input.externalId }),
            output: output(batches[0] ?? []),
        }));
        for (const batch of batches.slice(1)) {
            await call(`adding annotations to ${input.name}`, () => this.octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) }));
        }
        return data.id;
    }
    async listCheckRuns(repo, sha, query = {}) {
        const runs = await call(`listing check runs of ${sha}`, () => this.octokit.paginate(this.octokit.rest.checks.listForRef, {
            ...repo,
            ref: sha,
            per_page: 100,
            filter: query.all ? 'all' : 'latest',
            ...(query.name === undefined ? {} : { check_name: query.name }),
        }));
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
    async getTagObject(repo, sha) {
        const { data } = await call(`reading tag object ${sha}`, () => this.octokit.rest.git.getTag({ ...repo, tag_sha: sha }));
        return {
            sha: data.sha,
            tag: data.tag,
            message: data.message,
            object: { sha: data.object.sha, type: data.object.type },
            verification: { verified: data.verification?.verified ?? false, reason: data.verification?.reason ?? 'unknown' },
        };
    }
    async createAnnotatedTag(repo, input) {
        const tag = await call(`creating tag object ${input.tag}`, () => this.octokit.rest.git.createTag({
            ...repo,
            tag: input.tag,
            message: input.message,
            object: input.commit,
            type: 'commit',
        }));
        // The ref must point at the tag object; pointing it at the commit would make a lightweight tag.
        try {
            await this.octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${input.tag}`, sha: tag.data.sha });
        }
        catch (error) {
            const adopted = octokit_adapter_status(error) === 422 ? await this.ourTag(repo, input, error) : undefined;
            if (adopted)
                return { tagSha: adopted };
            throw apiError(`creating tag ref ${input.tag}`, error);
        }
        return { tagSha: tag.data.sha };
    }
    /**
     * After "Reference already exists": the existing tag's object sha when it is ours, an annotated tag of the
     * same name on the same commit with the same message (a retried write whose first reply was lost, or the
     * same seal by another run). A tag pointing anywhere else is never adopted.
     */
    async ourTag(repo, input, error) {
        if (!/already exists/i.test(refusalReason(error)))
            return undefined;
        const ref = await this.getRef(repo, `tags/${input.tag}`);
        if (ref?.objectType !== 'tag')
            return undefined;
        const existing = await this.getTagObject(repo, ref.sha);
        const same = existing.tag === input.tag &&
            existing.object.sha === input.commit &&
            existing.object.type === 'commit' &&
            existing.message.trimEnd() === input.message.trimEnd();
        return same ? existing.sha : undefined;
    }
    async dispatch(repo, eventType, payload) {
        await call(`dispatching ${eventType} to ${repo.owner}/${repo.repo}`, () => this.octokit.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload }));
    }
}
/** The candidate repository's release and attestations, for source adapters. */
class OctokitSourceGitHub {
    octokit;
    repo;
    repository;
    constructor(octokit, repo) {
        this.octokit = octokit;
        this.repo = repo;
        this.repository = `${repo.owner}/${repo.repo}`;
    }
    async getReleaseByTag(tag) {
        const found = await maybe(`reading release ${tag}`, () => this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag }));
        if (!found)
            return null;
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
    async downloadReleaseAsset(assetId, maxBytes) {
        const response = await call(`downloading release asset ${assetId}`, () => this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.repo,
            asset_id: assetId,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false },
        }));
        return readLimited(response.data, maxBytes, assetId);
    }
    async listAttestations(subjectDigest) {
        const found = await maybe(`listing attestations of ${subjectDigest}`, () => this.octokit.rest.repos.listAttestations({ ...this.repo, subject_digest: subjectDigest, per_page: 100 }));
        return (found?.data.attestations ?? []).map((a) => ({
            bundle: a.bundle,
            ...(a.bundle_url ? { bundleUrl: a.bundle_url } : {}),
        }));
    }
}
async function readLimited(body, maxBytes, assetId) {
    if (body instanceof ArrayBuffer)
        return checkSize(new Uint8Array(body), maxBytes, assetId);
    if (body instanceof ReadableStream) {
        const bytes = await (0,streams/* readAtMost */.r)(body, maxBytes);
        if (!bytes)
            throw new errors/* GitHubApiError */.OS(`release asset ${assetId} is larger than ${maxBytes} bytes`, undefined);
        return bytes;
    }
    throw new errors/* GitHubApiError */.OS(`release asset ${assetId}: unexpected response body`, undefined);
}
function checkSize(bytes, maxBytes, assetId) {
    if (bytes.byteLength > maxBytes)
        throw new errors/* GitHubApiError */.OS(`release asset ${assetId} is larger than ${maxBytes} bytes`, undefined);
    return bytes;
}

// EXTERNAL MODULE: ./src/sources/credentials.ts
var credentials = __webpack_require__(6876);
;// CONCATENATED MODULE: ./src/action/core.ts
let loading;
const onLoad = [];
/** The toolkit, imported (once) when first asked for; calls queued by `beforeAnyOutput` run first. */
function actionsCore() {
    loading ??= __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421)).then((core) => {
        for (const call of onLoad.splice(0))
            call(core);
        return core;
    });
    return loading;
}
/**
 * Queues a call that must precede every message (masking a secret) without loading the toolkit: it runs as
 * soon as anything loads it, before any other use.
 */
function beforeAnyOutput(call) {
    if (loading)
        void loading.then(call);
    else
        onLoad.push(call);
}
/**
 * Writes through the toolkit from synchronous callers (loggers): queued behind every earlier use, in order.
 * Await `actionsCore()` afterwards to know everything queued so far has been written.
 */
function withCore(write) {
    void actionsCore().then(write);
}

// EXTERNAL MODULE: ./src/action/first.ts + 1 modules
var first = __webpack_require__(7754);
// EXTERNAL MODULE: ./src/action/inputs.ts
var inputs = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(2495);
;// CONCATENATED MODULE: ./src/action/outputs.ts


/** The job summary may hold 1 MiB (bytes) per step; stay well under it. */
const MAX_SUMMARY_BYTES = 512 * 1024;
/**
 * One entry per output a mode can set. `satisfies` makes the compiler hold this list to ModeOutputs both ways
 * (a missing name and an extra name are both errors), and test/convention/outputs.test.ts holds action.yml's
 * `outputs:` to this list, so an output cannot be set without being declared.
 */
const OUTPUTS = {
    'bundle-digest': true,
    revision: true,
    'pull-request-number': true,
    'holds-count': true,
    'manifest-path': true,
    commit: true,
    'failed-checks': true,
    approved: true,
    tag: true,
    sealed: true,
    unsealed: true,
    'handed-off': true,
    'handoff-problems': true,
    queue: true,
    'window-start': true,
    'window-end': true,
    'window-state': true,
    standing: true,
};
/** The name of every output the action can set. */
const OUTPUT_NAMES = Object.keys(OUTPUTS);
async function writeOutputs(result) {
    const core = await actionsCore();
    for (const [name, value] of Object.entries(result.outputs))
        core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) {
        const summary = (0,markdown/* cutUtf8 */.Ok)(result.summary, MAX_SUMMARY_BYTES, `_Cut at ${MAX_SUMMARY_BYTES} bytes._`);
        await core.summary.addRaw(summary, true).write();
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action's run(): settings in, one mode, outputs and job summary out. Errors become one failure message
 * (never a stack trace, never the token). Exported for tests; src/action/index.ts only calls it.
 *
 * Cold start. This is the one place its reasons are written down; the modules it names only point here.
 * The time to the first API request is measured against bare Node (and the peer action in ../shared/peers)
 * by bench/cold-start.ts, and kept short by loading nothing before it is needed:
 * - the commands that start by reading their pull request have the entry send that read before this module
 *   loads (./first.ts, ./index.ts, ../github/first-read.ts), and their first read takes its answer;
 * - each mode's modules are imported when that mode runs (`await import()`, one ncc chunk per mode);
 * - @actions/core (which bundles undici for OIDC tokens) loads once the first request is on the wire (./core.ts);
 * - requests go through node:http(s) (../github/http-fetch.ts), not the global fetch, whose implementation
 *   (undici) Node loads on first use, which alone took longer than a bare Node start;
 * - proxy agents load only when a request goes through a proxy (../github/proxy.ts).
 */










/**
 * The pull request an event is about: `pull_request` (pull_request, pull_request_target, pull_request_review),
 * or the one pull request of a `workflow_run` (how a default-branch workflow reacts to a review: the
 * review-triggered workflow runs the pull request's own definition and must never hold the governor's key).
 */
function pullRequestNumber(settings) {
    const number = (0,first/* field */.ZZ)(settings.event, 'pull_request', 'number');
    if (typeof number === 'number')
        return number;
    const run = (0,first/* field */.ZZ)(settings.event, 'workflow_run', 'pull_requests');
    if (Array.isArray(run)) {
        const numbers = run.map((p) => p && typeof p === 'object' && 'number' in p && typeof p.number === 'number' ? p.number : undefined);
        if (numbers.length === 1 && numbers[0] !== undefined)
            return numbers[0];
        throw new errors/* InputError */.dz(`the workflow_run event names ${numbers.length} pull requests, not one`, {
            field: 'GITHUB_EVENT_PATH',
            expected: 'a workflow_run of a pull_request_review workflow on a branch of this repository',
        });
    }
    throw new errors/* InputError */.dz(`the ${settings.eventName || 'triggering'} event has no pull_request`, {
        field: 'GITHUB_EVENT_PATH',
        expected: 'a pull_request, pull_request_target, pull_request_review or workflow_run event',
    });
}
/** Pull requests in a merge-queue group, from its head ref `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
function mergeGroupPullRequests(headRef) {
    if (typeof headRef !== 'string')
        return [];
    return [...headRef.matchAll(/\/pr-(\d+)-[0-9a-f]{40}/g)].map((m) => Number(m[1]));
}
/**
 * The head start's answer for a port read: its data once (`fresh` maps it), or, when the head start's read
 * failed, the read again through the full client (retry, rate limits); every later read, and every read of
 * something else (`same` false), asks the API.
 */
function once(data, fresh, read, same, args) {
    let answer = data.then((d) => (d === undefined ? read(...args) : fresh(d)));
    answer.catch(() => { }); // awaited, and reported, by the mode that takes it
    return (...asked) => {
        const taken = same(...asked) ? answer : undefined;
        answer = undefined;
        return taken ?? read(...asked);
    };
}
/**
 * Makes the port's next read of each of the head start's reads take the head start's answer: the pull request,
 * and for gate its reviews, its files, its policy (read without a ref) and the default branch's head.
 */
function takeHeadStart(github, first) {
    const sameRepo = (repo) => repo.owner === first.repo.owner && repo.repo === first.repo.repo;
    const samePull = (repo, number) => sameRepo(repo) && number === first.number;
    github.getPullRequest = once(first.data, toPull, github.getPullRequest.bind(github), samePull, [
        first.repo,
        first.number,
    ]);
    const gate = first.gate;
    if (!gate)
        return;
    github.listReviews = once(gate.reviews, (reviews) => reviews.map(toReview), github.listReviews.bind(github), samePull, [first.repo, first.number]);
    github.listPullRequestFiles = once(gate.files, toFileNames, github.listPullRequestFiles.bind(github), samePull, [
        first.repo,
        first.number,
    ]);
    const policyPath = gate.policyPath;
    github.readFiles = once(gate.policy, (text) => ({ [policyPath]: text }), github.readFiles.bind(github), (repo, commit, paths) => sameRepo(repo) && commit === undefined && paths.length === 1 && paths[0] === policyPath, [first.repo, undefined, [policyPath]]);
    github.getDefaultBranchHead = once(gate.defaultHead, (sha) => sha, github.getDefaultBranchHead.bind(github), sameRepo, [first.repo]);
}
const MODES = {
    async assemble(settings, ctx, client) {
        const tag = settings.ref.startsWith('refs/tags/') ? settings.ref.slice('refs/tags/'.length) : undefined;
        if (!tag)
            throw new errors/* InputError */.dz(`assemble runs on a release-candidate tag, not ${settings.ref || 'no ref'}`, {
                field: 'GITHUB_REF',
                expected: 'refs/tags/<candidate tag> (on: push: tags)',
            });
        const [{ runAssemble }, { readSourcesConfig }, { DEFAULT_MAX_FILE_BYTES }, { localWorkspace }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(908), __webpack_require__.e(526)]).then(__webpack_require__.bind(__webpack_require__, 2526)),
            Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 9801)),
            __webpack_require__.e(/* import() */ 416).then(__webpack_require__.bind(__webpack_require__, 6416)),
            Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(899)]).then(__webpack_require__.bind(__webpack_require__, 7899)),
        ]);
        const sourcesFile = external_node_path_default().resolve(settings.workspace, settings.sourcesPath);
        const config = await readSourcesConfig(sourcesFile);
        const configPath = external_node_path_default().relative(settings.workspace, sourcesFile);
        // Source header secrets (named environment variables) are masked before any source runs.
        for (const secret of headerSecrets(config.sources, process.env, configPath))
            beforeAnyOutput((core) => core.setSecret(secret));
        return runAssemble(ctx, {
            config,
            configPath,
            // Observed at the candidate commit's time, which assemble reads with its other reads.
            workspace: (committedAt) => localWorkspace(settings.workspace, {
                observedAt: committedAt,
                repository: `${settings.repository.owner}/${settings.repository.repo}`,
                commit: settings.sha,
            }),
            candidateRepo: settings.repository,
            tag,
            commit: settings.sha,
            sourceGitHub: new OctokitSourceGitHub(client, settings.repository),
            env: process.env,
            maxFileBytes: DEFAULT_MAX_FILE_BYTES,
            queue: settings.queue,
            window: { start: settings.windowStart, end: settings.windowEnd },
        });
    },
    async verify(settings, ctx) {
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(908), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 8119));
        if (settings.eventName === 'merge_group') {
            const head = (0,first/* field */.ZZ)(settings.event, 'merge_group', 'head_sha');
            const base = (0,first/* field */.ZZ)(settings.event, 'merge_group', 'base_sha');
            if (typeof head !== 'string' || typeof base !== 'string')
                throw new errors/* InputError */.dz('the merge_group event has no head_sha/base_sha', { field: 'GITHUB_EVENT_PATH' });
            const result = await runVerify(ctx, { headSha: head, baseSha: base });
            const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 9797));
            // The queue requires cutover/approval on its own head: post the gate of each queued pull request there.
            for (const number of mergeGroupPullRequests((0,first/* field */.ZZ)(settings.event, 'merge_group', 'head_ref'))) {
                await runGate(ctx, number, head);
            }
            return result;
        }
        const number = pullRequestNumber(settings);
        // Read the pull request fresh: on pull_request_review, GITHUB_SHA is the merge ref, not the head.
        const pull = await ctx.github.getPullRequest(ctx.bundlesRepo, number);
        return runVerify(ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number, pull });
    },
    async gate(settings, ctx) {
        const number = pullRequestNumber(settings);
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(797)]).then(__webpack_require__.bind(__webpack_require__, 9797));
        return runGate(ctx, number);
    },
    async seal(settings, ctx) {
        const number = pullRequestNumber(settings);
        if ((0,first/* field */.ZZ)(settings.event, 'pull_request', 'merged') === false)
            return `pull request #${number} was closed without merging: nothing to seal`;
        const { runSeal } = await Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(908), __webpack_require__.e(797), __webpack_require__.e(475)]).then(__webpack_require__.bind(__webpack_require__, 475));
        return runSeal(ctx, { pullRequest: number, dispatchRepo: settings.dispatchRepo });
    },
    async reconcile(settings, ctx) {
        const { runReconcile } = await Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(346), __webpack_require__.e(908), __webpack_require__.e(797), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 7452));
        return runReconcile(ctx, { dispatchRepo: settings.dispatchRepo });
    },
    async read(settings, ctx) {
        const { repo, tag } = readTarget(settings);
        const [{ runRead }, { repositoryGitUrl, withGitToken }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(416), __webpack_require__.e(671), __webpack_require__.e(501)]).then(__webpack_require__.bind(__webpack_require__, 9501)),
            __webpack_require__.e(/* import() */ 525).then(__webpack_require__.bind(__webpack_require__, 6525)),
        ]);
        const gitUrl = repositoryGitUrl(settings.serverUrl, repo);
        ctx.log(`reading ${tag} from ${gitUrl} (git only)`);
        return withGitToken({ gitUrl, token: settings.token, tempDir: settings.runnerTemp, env: process.env }, (secret) => beforeAnyOutput((core) => core.setSecret(secret)), () => runRead({ repository: gitUrl, tag, at: ctx.now(), log: ctx.log }));
    },
};
/**
 * The values of the environment variables that sources' `headers` name (http-json, servicenow). A sources file
 * is data in the service repository and the header goes to the URL it names, so a header may not name one of
 * the step's own credentials (isRunCredential): that would send the writer's token to any collector. Checked
 * here for every source before any runs; each HTTP source checks its own headers again when it is read.
 */
function headerSecrets(sources, env, file) {
    const secrets = [];
    for (const [index, source] of sources.entries()) {
        const headers = (0,first/* field */.ZZ)(source, 'headers');
        if (!headers || typeof headers !== 'object')
            continue;
        for (const [header, name] of Object.entries(headers)) {
            if (typeof name === 'string' && (0,credentials/* isRunCredential */.fO)(name))
                throw new errors/* InputError */.dz(`header ${header} names ${name}, one of the step's own credentials`, {
                    file,
                    field: `sources[${index}].headers.${header}`,
                    expected: `a variable the workflow sets for this source in the step's env (not INPUT_*, ACTIONS_* or GITHUB_TOKEN)`,
                });
            const value = typeof name === 'string' ? env[name] : undefined;
            if (value)
                secrets.push(value);
        }
    }
    return secrets;
}
/**
 * What `read` reads: the `tag` input, else the `cutover-sealed` repository_dispatch payload's tag
 * (`client_payload.tag`), in the bundles repository the `bundles-repository` input pins (else this workflow's own
 * repository). The payload's `repository` is a claim of whoever dispatched: anyone who can dispatch to this
 * repository writes it, and a seal tag in a repository they own reads as intact. It is never a source of the
 * repository; it only has to agree with the pinned one, or the read is refused.
 */
function readTarget(settings) {
    const payload = (name) => {
        const value = (0,first/* field */.ZZ)(settings.event, 'client_payload', name);
        return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const tag = settings.tag ?? payload('tag');
    if (!tag)
        throw new errors/* InputError */.dz('Input required for read and not supplied', {
            field: 'tag',
            expected: 'a seal tag cutover/<product>/<release>/r<revision>, or a repository_dispatch cutover-sealed event',
        });
    const repo = settings.bundlesRepo;
    const fromPayload = payload('repository');
    // The tag input names what to read; a payload then only rides along (a re-queue by workflow_dispatch).
    if (settings.tag !== undefined || fromPayload === undefined)
        return { repo, tag };
    const claimed = (0,inputs/* parseRepository */.SU)(fromPayload, 'client_payload.repository');
    // GitHub's owner and repository names are case-insensitive.
    if (`${claimed.owner}/${claimed.repo}`.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase())
        return { repo, tag };
    throw new errors/* InputError */.dz(settings.bundlesRepoGiven
        ? `The cutover-sealed payload names ${fromPayload}, but bundles-repository pins ${repo.owner}/${repo.repo}: refusing to read a seal of another repository`
        : `The cutover-sealed payload names ${fromPayload}, and no bundles-repository input pins which repository's seals this workflow trusts (anyone who can dispatch to ${repo.owner}/${repo.repo} writes the payload)`, {
        field: 'bundles-repository',
        expected: `the release-bundles repository as owner/name, equal to the payload's client_payload.repository`,
    });
}
/** Runs the action with the runner's environment. */
async function run(env = process.env, 
/** The entry's head-start reads (./first.ts): the pull request's, and gate's others, if it sent them. */
first) {
    try {
        const settings = (0,inputs/* readSettings */.sb)(env, (file) => (0,external_node_fs_.readFileSync)(file, 'utf8'));
        // Masked before anything is written; @actions/core itself loads on first use, after the first request.
        beforeAnyOutput((core) => core.setSecret(settings.token));
        let requestSent = () => { };
        const firstRequestSent = new Promise((resolve) => {
            requestSent = resolve;
        });
        const client = createGitHubClient({
            token: settings.token,
            baseUrl: settings.apiUrl,
            ...(settings.writeIntervalMs !== undefined ? { writeIntervalMs: settings.writeIntervalMs } : {}),
            log: { warn: (m) => withCore((core) => core.warning(m)), debug: (m) => withCore((core) => core.debug(m)) },
            onRequestSent: () => requestSent(),
        });
        // The toolkit is needed for the outputs at the end: load it while the first response is awaited.
        void firstRequestSent.then(actionsCore);
        const github = new OctokitGitHub(client);
        if (first) {
            void first.sent.then(requestSent);
            takeHeadStart(github, first);
        }
        const ctx = {
            github,
            bundlesRepo: settings.bundlesRepo,
            policyPath: settings.policyPath,
            now: () => new Date(),
            // One line each, control characters escaped: a value from an event payload (a dispatched tag) must never
            // start a line of its own, which the runner would take as a workflow command (`::set-output`, `::error`).
            // The credentials of any URL a line quotes are redacted, as in every error message (../errors.ts).
            log: (line) => withCore((core) => core.info((0,errors/* escapeControls */.UN)((0,errors/* redactCredentials */.UY)(line)))),
            warn: (line) => withCore((core) => core.warning((0,errors/* escapeControls */.UN)((0,errors/* redactCredentials */.UY)(line)))),
            // One collapsible group per release directory in the Actions log.
            group: async (name, work) => (await actionsCore()).group(name, work),
        };
        const result = await MODES[settings.command](settings, ctx, client);
        if (typeof result === 'string') {
            (await actionsCore()).info(result);
            return;
        }
        await writeOutputs(result);
        if (result.failure !== undefined)
            (await actionsCore()).setFailed(result.failure);
    }
    catch (error) {
        const core = await actionsCore();
        if (error instanceof errors/* InputError */.dz && error.file !== undefined) {
            // An annotation at the file and line the input error names (setFailed's own annotation names neither).
            // Annotations name files relative to the repository root (the workspace), as GitHub shows them.
            const root = env.GITHUB_WORKSPACE ?? process.cwd();
            const file = external_node_path_default().isAbsolute(error.file) ? external_node_path_default().relative(root, error.file) : error.file;
            core.error((0,errors/* messageOf */.bD)(error), {
                title: 'Cutover input error',
                file,
                ...(error.line !== undefined ? { startLine: error.line } : {}),
            });
            process.exitCode = 1;
            return;
        }
        core.setFailed((0,errors/* messageOf */.bD)(error));
    }
}


/***/ }),

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_ACTIVITY_PAGES),
/* harmony export */   y: () => (/* binding */ slug)
/* harmony export */ });
/**
 * The GitHub port: what the modes need from GitHub, in domain terms. One Octokit adapter implements it
 * (src/github/octokit-adapter.ts); unit tests of modes may use an in-memory fake of this interface.
 * Nothing outside src/github imports Octokit.
 */
/** `owner/repo` of a RepoRef. */
function slug(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/** Pages of 100 activities read at most for one query: beyond them the answer is `cut`. */
const MAX_ACTIVITY_PAGES = 10;


/***/ }),

/***/ 2495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ truncateUtf8),
/* harmony export */   G3: () => (/* binding */ bodyText),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   Ok: () => (/* binding */ cutUtf8),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tT: () => (/* binding */ commitText),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The one escaping helper set for every piece of Markdown the action writes for people (check-run summaries, the
 * pull request body, job summaries). Values the action did not make itself (file paths, keys and values of
 * hand-edited files, hold evidence, source values, tag names, review reasons) go through `text` (`bodyText` in the
 * pull request body) or `code`, and table cells through `cell`/`table`, so a value renders as what it is: it
 * cannot add a row, a heading, a link with a text of its own, an image, an HTML element or a formula, end the
 * table early, hide what follows, ping anyone or reference an issue (a URL written out still becomes a link to
 * itself, as GitHub does with any URL in text). GitHub renders GitHub
 * Flavored Markdown (CommonMark + tables + strikethrough + autolinks + raw HTML, sanitized) plus `$` math.
 * Plain-text limits (annotation titles and messages) are cut with `truncate`/`truncateUtf8`, Markdown with `cut`.
 */

/**
 * ASCII punctuation with an inline meaning in GitHub's Markdown: escapes, code spans, emphasis, links and
 * images (`[`), raw HTML and autolinks, entities, strikethrough, math. CommonMark renders a backslash before
 * any ASCII punctuation as that character alone. The table pipe is not among them (see `text`), nor `#`, which
 * opens a heading only at the start of a line (in a pull request body, `bodyText` breaks a reference `#12`).
 */
const INLINE = /[\\`*_[\]<>&~$]/g;
/**
 * Where GitHub would read an issue or pull request reference: `#` before a digit (`#12`, `acme/payments#12`) and
 * `GH-` before one (`GH-12`, any case). GitHub links such a reference in a pull request body, adds a "mentioned
 * this" event to the referenced issue (in another repository too, notifying whoever follows it), and a closing
 * keyword before it (`fixes #12`) links the issue to be closed when the pull request merges. A value (a hold's
 * evidence, a flag key, a source's value) must do none of that: a zero-width space follows its `#` or `GH`, as
 * Renovate writes `#` in the release notes it quotes.
 */
const REFERENCE = /#(?=\d)|(?<![A-Za-z0-9])GH(?=-\d)/gi;
/**
 * An `@` where GitHub would read a mention (`@user`, `@org/team`: at the start or after a character that is not
 * a word character, before a letter or digit). GitHub links and notifies mentions in the text of a pull request
 * body, backslash escapes or not; only code spans and a character between `@` and the name stop it. A value
 * (a scoped npm package such as `@babel/core` in a hold's evidence, a source's value) must not ping anyone:
 * a zero-width space follows its `@`, as Renovate and Dependabot write them.
 */
const MENTION = /(^|\W)@(?=[A-Za-z0-9])/g;
/**
 * A value for a commit message, where GitHub reads issue references (links them and adds a "mentioned this"
 * event to the issue; on the default branch a closing keyword before one closes it) and mentions, but no
 * Markdown: each is broken by a zero-width space, the character itself, as `bodyText` breaks them in a pull
 * request body (a commit message shows a character reference as written).
 */
function commitText(value) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(value).replace(REFERENCE, '$&\u200b').replace(MENTION, '$1@\u200b');
}
/**
 * Literal text for an inline position (a table cell, a list item, after a label). Control characters (line
 * breaks included) are written as visible escapes (`\n`, `\u202e`) first, so a value stays on its line; then
 * every character with an inline meaning is backslash-escaped, and a start that would open a block (a list
 * item, an ordered list, indented code) is neutralized, since the value may stand first in a list item. A `|`
 * becomes the character reference `&#124;`: a table splits its rows at pipes before any inline parsing, and
 * treats `\\` as an escape of its own there, so `\|` after a backslash of the value would end the cell; a
 * reference is no pipe to the table and renders as one. A mention is broken by a zero-width space (MENTION).
 */
function text(value) {
    return inline(value, false);
}
/**
 * `text` for a pull request body, where GitHub also acts on issue references: each is broken by a zero-width
 * space (REFERENCE). Check-run and job summaries, where GitHub acts on none, keep them as written (a refusal
 * they quote names its pull request as `#<number>`).
 */
function bodyText(value) {
    return inline(value, true);
}
/**
 * `text`, with issue references broken when `references` is set: before any character reference is written, since
 * each holds a `#` and digits.
 */
function inline(value, references) {
    const escaped = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(value).replace(INLINE, '\\$&');
    return (references ? escaped.replace(REFERENCE, '$&&#8203;') : escaped)
        .replace(/\|/g, '&#124;')
        .replace(MENTION, '$1@&#8203;')
        .replace(/^ /, '&#32;')
        .replace(/^([-+=#])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/**
 * Inline code that shows `value` exactly (control characters as visible escapes). Without a `|` it is a code
 * span whose fence is one backtick longer than the longest run of backticks inside, with a space padding
 * content that starts or ends with a backtick or has spaces at both ends (CommonMark strips one such space from
 * each side). With a `|` it is an HTML `<code>` element around `text(value)`: inside a table a code span's pipe
 * needs a backslash, and a backslash of the value just before it would make that pipe end the cell (GitHub's
 * table scanner takes `\\` as an escape), so no code span can show `\|` in a cell. An empty value renders as an
 * italic "(empty)", since an empty code span does not exist in Markdown.
 */
function code(value) {
    const content = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(value);
    if (content === '')
        return '_(empty)_';
    if (content.includes('|'))
        return `<code>${text(value)}</code>`;
    let longest = 0;
    for (const run of content.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = content.startsWith('`') ||
        content.endsWith('`') ||
        (content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
        ? ' '
        : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/**
 * A table cell from inline Markdown made with `text`/`code` or written by the action itself. Values never
 * bring a `|` (`text` writes it as a character reference), so a `|` here is the action's own, and gets the
 * backslash GFM needs to keep it in the cell; a line break (which only the action could have written) would
 * end the row: it becomes a space.
 */
function cell(markdown) {
    return markdown.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '\\|');
}
/** A GFM table of inline Markdown cells (each passed through `cell`); a missing cell is empty. */
function table(header, rows) {
    const line = (cells) => `| ${header.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
    return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}
/** Whether cutting before index `at` would split a surrogate pair. */
function splitsPair(value, at) {
    const before = value.charCodeAt(at - 1);
    const after = value.charCodeAt(at);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
/**
 * The first at most `max` UTF-16 units of a plain-text value, never half of a surrogate pair, with `…` in place
 * of the last unit when cut.
 */
function truncate(value, max) {
    if (value.length <= max)
        return value;
    let at = max - 1;
    if (splitsPair(value, at))
        at -= 1;
    return `${value.slice(0, Math.max(at, 0))}…`;
}
/** The first at most `maxBytes` bytes of a value in UTF-8, cut between characters (never within one). */
function truncateUtf8(value, maxBytes) {
    if (Buffer.byteLength(value, 'utf8') <= maxBytes)
        return value;
    let bytes = 0;
    let at = 0;
    for (const char of value) {
        const size = Buffer.byteLength(char, 'utf8');
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        at += char.length;
    }
    return value.slice(0, at);
}
/**
 * Where to cut Markdown so that at most `room` UTF-16 units stay: at the end of the last whole line that fits,
 * since the values inside a line never hold a line break, so no escape, code span, entity, table row or
 * surrogate pair is split. Only when that line ends in the first half of the room is a line cut inside, before
 * any entity, surrogate pair or backslash escape the cut would split.
 */
function cutIndex(markdown, room) {
    let at = markdown.lastIndexOf('\n', room);
    if (at >= room / 2)
        return at;
    at = room;
    // An entity cut short would show as raw characters; half a surrogate pair as a replacement character; an
    // odd run of backslashes at the end would escape what follows.
    const entity = /&#?[0-9A-Za-z]*$/.exec(markdown.slice(Math.max(0, at - 16), at));
    if (entity)
        at -= entity[0].length;
    if (splitsPair(markdown, at))
        at -= 1;
    let run = 0;
    while (run < at && markdown[at - run - 1] === '\\')
        run += 1;
    if (run % 2 === 1)
        at -= 1;
    return at;
}
/**
 * Markdown cut to at most `max` UTF-16 units, `note` included (a paragraph saying what was cut), or the whole
 * text when it fits (see `cutIndex` for where it cuts).
 */
function cut(markdown, max, note) {
    if (markdown.length <= max)
        return markdown;
    const room = max - note.length - 2;
    if (room <= 0)
        throw new Error(`cut: the note (${note.length} characters) does not fit in ${max}`);
    return `${markdown.slice(0, cutIndex(markdown, room))}\n\n${note}`;
}
/**
 * Markdown cut as `cut` does, to at most `maxBytes` bytes in UTF-8, note included: a job summary's limit is in
 * bytes (1 MiB per step).
 */
function cutUtf8(markdown, maxBytes, note) {
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes)
        return markdown;
    const room = maxBytes - Buffer.byteLength(note, 'utf8') - 2;
    if (room <= 0)
        throw new Error(`cutUtf8: the note does not fit in ${maxBytes} bytes`);
    // The longest prefix within the byte budget bounds the room in UTF-16 units.
    return `${markdown.slice(0, cutIndex(markdown, truncateUtf8(markdown, room).length))}\n\n${note}`;
}


/***/ }),

/***/ 6876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   by: () => (/* binding */ urlCredential),
/* harmony export */   fO: () => (/* binding */ isRunCredential),
/* harmony export */   yn: () => (/* binding */ HEADER_VARIABLE_EXPECTED)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Credentials inside URLs that a source states as data: an artifact locator, a rollback hook, an evidence
 * reference, a provenance's source repository, a waiver's reason. Whatever a source states is copied into the
 * bundle, which is committed for good to the release-bundles repository (readable by everyone who may read a
 * release, not only by who may read the service repository) and shown in its pull request, check runs and job
 * summaries; a pre-signed download URL or a CI token in a repository URL would be published with it.
 *
 * What counts as a credential: a password in the user-info (`https://user:password@host`), a user name alone
 * over http(s) (`https://<token>@host`, how Git hosts take tokens; `ssh://git@host` names an account, not a
 * secret), and a query or fragment parameter whose name says it carries one (`token`, `access_token`, `sig`,
 * `X-Amz-Signature`, `api_key`, `password`, ...): ../errors.ts `urlCredentials`, which also keeps them out of
 * every message. Only the kind of credential and the URL's scheme and host are ever described: never the value.
 */

/** The first credential of the first URL in `text` that carries one (../errors.ts urlCredentials), or undefined. */
function urlCredential(text) {
    const [first] = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsInText */ .$b)(text);
    const kind = first?.kinds[0];
    return first && kind ? { kind, url: first.origin } : undefined;
}
/**
 * Whether an environment variable holds a credential of the run itself: the action's inputs (INPUT_TOKEN, the
 * writer App's installation token), the runner's (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN), and
 * GITHUB_TOKEN where a workflow or a shell exports it. A sources file is data in the service repository and a
 * source's header goes to the URL that file names, so no header may take its value from one of them: the action
 * checks every source before any runs (../action/main.ts), and each HTTP source checks its own headers
 * (./http-json.ts `headersFrom`), which is what guards `cutover assemble` on a terminal or in CI.
 */
function isRunCredential(variable) {
    return /^(INPUT_|ACTIONS_)|^GITHUB_TOKEN$/i.test(variable);
}
/** What a source header may name instead of a run credential, for errors. */
const HEADER_VARIABLE_EXPECTED = "a variable set for this source (not INPUT_*, ACTIONS_* or GITHUB_TOKEN: the action's and the runner's own credentials)";


/***/ }),

/***/ 5922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readAtMost)
/* harmony export */ });
/**
 * Reading a response body with a byte limit: the limit is enforced while reading, so an oversized or endless
 * body is cut off instead of filling memory.
 */
/** The body's bytes, or `undefined` as soon as it exceeds `maxBytes` (the stream is then cancelled). */
async function readAtMost(body, maxBytes) {
    const reader = body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(value);
    }
    return new Uint8Array(Buffer.concat(chunks));
}


/***/ })

};
