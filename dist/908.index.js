export const id = 908;
export const ids = [908];
export const modules = {

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: mergeGroupPullRequests

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
// EXTERNAL MODULE: ./src/github/http-fetch.ts
var http_fetch = __webpack_require__(5594);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The one place an Octokit client is built: REST methods, throttling (primary and secondary rate limits,
 * both handlers explicit) and retry of transient failures. A 422 is never retried: it means the request
 * itself was refused (a non-fast-forward ref update, an existing tag), and the caller must re-read.
 *
 * Requests go through node:http(s) (./http-fetch.ts), not the global fetch: Node loads fetch's implementation
 * (undici) on first use, and that alone took longer than a bare Node start, before the action's first API
 * request (issue 4, bench/cold-start.ts).
 */





const CutoverOctokit = dist_src/* Octokit */.E.plugin(plugin_throttling_dist_bundle/* throttling */.A, dist_bundle/* retry */.L);
/** Builds the client. The token is only handed to Octokit's auth; it is never logged or echoed. */
function createGitHubClient(options) {
    const warn = options.log?.warn ?? (() => { });
    const debug = options.log?.debug ?? (() => { });
    const maxWait = options.maxRetryAfterSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < 3 && retryAfter <= maxWait;
        warn(`${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}`);
        return retrying;
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
        retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
        request: { fetch: (url, init) => (0,http_fetch/* httpFetch */.t)(url, init, options.onRequestSent) },
    });
}

// EXTERNAL MODULE: ./src/streams.ts
var streams = __webpack_require__(5922);
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
    };
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
    async getCommit(repo, sha) {
        const { data } = await call(`reading commit ${sha}`, () => this.octokit.rest.repos.getCommit({ ...repo, ref: sha, per_page: 1 }));
        return {
            sha: data.sha,
            treeSha: data.commit.tree.sha,
            parents: data.parents.map((p) => p.sha),
            authorLogin: data.author && 'login' in data.author ? data.author.login : null,
            committedAt: data.commit.committer?.date ?? data.commit.author?.date ?? '',
            message: data.commit.message,
        };
    }
    async readFiles(repo, commit, paths) {
        const out = {};
        for (const path of paths)
            out[path] = await this.readFile(repo, commit, path);
        return out;
    }
    /** One file's text through the raw media type, which serves files up to 100 MB (JSON stops at 1 MB). */
    async readFile(repo, ref, path) {
        const found = await maybe(`reading ${path} at ${ref}`, () => this.octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } }));
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
        const { treeSha } = await this.getCommit(repo, commit);
        let current = treeSha;
        for (const segment of path.split('/').filter(Boolean)) {
            const { data } = await call(`reading tree ${current}`, () => this.octokit.rest.git.getTree({ ...repo, tree_sha: current }));
            const entry = data.tree.find((e) => e.path === segment && e.type === 'tree');
            if (!entry?.sha)
                return null;
            current = entry.sha;
        }
        return current;
    }
    async listFiles(repo, commit, path) {
        const tree = await this.getSubtreeSha(repo, commit, path);
        if (!tree)
            return [];
        const { data } = await call(`listing ${path} at ${commit}`, () => this.octokit.rest.git.getTree({ ...repo, tree_sha: tree, recursive: 'true' }));
        if (data.truncated)
            throw new errors/* GitHubApiError */.OS(`the tree of ${path} at ${commit} is too large to list in one request`, undefined);
        return data.tree.filter((e) => e.type === 'blob' && e.path).map((e) => `${path.replace(/\/$/, '')}/${e.path}`);
    }
    async commitFiles(repo, input) {
        const parent = await this.getCommit(repo, input.parent);
        const tree = await call('creating tree', () => this.octokit.rest.git.createTree({
            ...repo,
            base_tree: parent.treeSha,
            tree: Object.entries(input.files).map(([path, content]) => ({
                path,
                mode: '100644',
                type: 'blob',
                content,
            })),
        }));
        const commit = await call('creating commit', () => this.octokit.rest.git.createCommit({
            ...repo,
            message: input.message,
            tree: tree.data.sha,
            parents: [input.parent],
        }));
        try {
            if (input.expectedHead === null) {
                await this.octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${input.branch}`, sha: commit.data.sha });
            }
            else {
                await this.octokit.rest.git.updateRef({
                    ...repo,
                    ref: `heads/${input.branch}`,
                    sha: commit.data.sha,
                    force: false,
                });
            }
        }
        catch (error) {
            // 422: the branch exists already, or moved so that this commit is no longer a fast-forward.
            if (octokit_adapter_status(error) === 422)
                return { kind: 'moved' };
            throw apiError(`updating branch ${input.branch}`, error);
        }
        return { kind: 'committed', sha: commit.data.sha };
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
        const { data } = await call('opening pull request', () => this.octokit.rest.pulls.create({ ...repo, ...input }));
        return toPull(data);
    }
    async updatePullRequest(repo, number, input) {
        await call(`updating pull request #${number}`, () => this.octokit.rest.pulls.update({ ...repo, pull_number: number, ...input }));
    }
    async listPullRequestFiles(repo, number) {
        const files = await call(`listing files of #${number}`, () => this.octokit.paginate(this.octokit.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 }));
        return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
    }
    async compare(repo, base, head) {
        const { data } = await call(`comparing ${base}...${head}`, () => this.octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 100 }));
        return {
            files: (data.files ?? []).flatMap((f) => f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]),
            commits: data.commits.map((c) => ({
                sha: c.sha,
                treeSha: c.commit.tree.sha,
                parents: c.parents.map((p) => p.sha),
                authorLogin: c.author && 'login' in c.author ? c.author.login : null,
                committedAt: c.commit.committer?.date ?? '',
                message: c.commit.message,
            })),
        };
    }
    async pullRequestsOfCommit(repo, sha) {
        const { data } = await call(`finding pull requests of ${sha}`, () => this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 }));
        return data.map((p) => toPull(p));
    }
    async listReviews(repo, number) {
        const reviews = await call(`listing reviews of #${number}`, () => this.octokit.paginate(this.octokit.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }));
        return reviews.map((r) => ({
            id: r.id,
            login: r.user?.login ?? '',
            isBot: r.user?.type === 'Bot',
            state: r.state,
            commitId: r.commit_id ?? '',
            submittedAt: r.submitted_at ?? null,
        }));
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
            output: output(batches[0] ?? []),
        }));
        for (const batch of batches.slice(1)) {
            await call(`adding annotations to ${input.name}`, () => this.octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(batch) }));
        }
        return data.id;
    }
    async listCheckRuns(repo, sha) {
        const runs = await call(`listing check runs of ${sha}`, () => this.octokit.paginate(this.octokit.rest.checks.listForRef, {
            ...repo,
            ref: sha,
            per_page: 100,
            filter: 'latest',
        }));
        return runs.map((r) => ({
            id: r.id,
            name: r.name,
            headSha: r.head_sha,
            status: r.status,
            conclusion: r.conclusion,
            appSlug: r.app?.slug ?? null,
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
        await call(`creating tag ref ${input.tag}`, () => this.octokit.rest.git.createRef({ ...repo, ref: `refs/tags/${input.tag}`, sha: tag.data.sha }));
        return { tagSha: tag.data.sha };
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
;// CONCATENATED MODULE: ./src/action/outputs.ts

/** The job summary may hold 1 MiB per step; stay well under it. */
const MAX_SUMMARY = 512 * 1024;
async function writeOutputs(result) {
    const core = await actionsCore();
    for (const [name, value] of Object.entries(result.outputs))
        core.setOutput(name, value);
    if (process.env.GITHUB_STEP_SUMMARY) {
        await core.summary.addRaw(result.summary.slice(0, MAX_SUMMARY), true).write();
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action's run(): settings in, one mode, outputs and job summary out. Errors become one failure message
 * (never a stack trace, never the token). Exported for tests; src/action/index.ts only calls it.
 *
 * The cold start to the first API request is kept short (issue 4; measured against bare Node by
 * bench/cold-start.ts): the commands that start by reading their pull request have the entry send that read
 * before this module loads (./first.ts, ./index.ts), and their first read takes its answer; each mode's
 * modules are imported when that mode runs (`await import()`, one ncc chunk per mode); @actions/core loads
 * once the first request is on the wire (./core.ts).
 */









function pullRequestNumber(settings) {
    const number = (0,first/* field */.ZZ)(settings.event, 'pull_request', 'number');
    if (typeof number !== 'number')
        throw new errors/* InputError */.dz(`the ${settings.eventName || 'triggering'} event has no pull_request`, {
            field: 'GITHUB_EVENT_PATH',
            expected: 'a pull_request or pull_request_review event',
        });
    return number;
}
/** Pull requests in a merge-queue group, from its head ref `refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>`. */
function mergeGroupPullRequests(headRef) {
    if (typeof headRef !== 'string')
        return [];
    return [...headRef.matchAll(/\/pr-(\d+)-[0-9a-f]{40}/g)].map((m) => Number(m[1]));
}
/**
 * Makes the port's next read of the head start's pull request take the head start's answer (or, when the head
 * start failed, read it again through the full client: retry, rate limits); every later read asks the API.
 */
function takeHeadStart(github, first) {
    const read = github.getPullRequest.bind(github);
    let answer = first.data.then((data) => data ? toPull(data) : read(first.repo, first.number));
    answer.catch(() => { }); // awaited, and reported, by the mode that takes it
    github.getPullRequest = (repo, number) => {
        const same = repo.owner === first.repo.owner && repo.repo === first.repo.repo && number === first.number;
        const taken = same ? answer : undefined;
        answer = undefined;
        return taken ?? read(repo, number);
    };
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
            Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(131), __webpack_require__.e(775), __webpack_require__.e(924), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 6411)),
            Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 9801)),
            Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(416)]).then(__webpack_require__.bind(__webpack_require__, 6416)),
            Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(899)]).then(__webpack_require__.bind(__webpack_require__, 7899)),
        ]);
        const sourcesFile = external_node_path_default().resolve(settings.workspace, settings.sourcesPath);
        const config = await readSourcesConfig(sourcesFile);
        const committedAt = (await ctx.github.getCommit(settings.repository, settings.sha)).committedAt;
        return runAssemble(ctx, {
            config,
            configPath: external_node_path_default().relative(settings.workspace, sourcesFile),
            workspace: localWorkspace(settings.workspace, {
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
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(924), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 8119));
        if (settings.eventName === 'merge_group') {
            const head = (0,first/* field */.ZZ)(settings.event, 'merge_group', 'head_sha');
            const base = (0,first/* field */.ZZ)(settings.event, 'merge_group', 'base_sha');
            if (typeof head !== 'string' || typeof base !== 'string')
                throw new errors/* InputError */.dz('the merge_group event has no head_sha/base_sha', { field: 'GITHUB_EVENT_PATH' });
            const result = await runVerify(ctx, { headSha: head, baseSha: base });
            const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 2644));
            // The queue requires cutover/approval on its own head: post the gate of each queued pull request there.
            for (const number of mergeGroupPullRequests((0,first/* field */.ZZ)(settings.event, 'merge_group', 'head_ref'))) {
                await runGate(ctx, number, head);
            }
            return result;
        }
        const number = pullRequestNumber(settings);
        // Read the pull request fresh: on pull_request_review, GITHUB_SHA is the merge ref, not the head.
        const pull = await ctx.github.getPullRequest(ctx.bundlesRepo, number);
        return runVerify(ctx, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest: number });
    },
    async gate(settings, ctx) {
        const number = pullRequestNumber(settings);
        const { runGate } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 2644));
        return runGate(ctx, number);
    },
    async seal(settings, ctx) {
        const number = pullRequestNumber(settings);
        if ((0,first/* field */.ZZ)(settings.event, 'pull_request', 'merged') === false)
            return `pull request #${number} was closed without merging: nothing to seal`;
        const { runSeal } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(924), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 1977));
        return runSeal(ctx, { pullRequest: number, dispatchRepo: settings.dispatchRepo });
    },
    async reconcile(settings, ctx) {
        const { runReconcile } = await Promise.all(/* import() */[__webpack_require__.e(849), __webpack_require__.e(892), __webpack_require__.e(775), __webpack_require__.e(924), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 7452));
        return runReconcile(ctx, { dispatchRepo: settings.dispatchRepo });
    },
};
/** Runs the action with the runner's environment. */
async function run(env = process.env, 
/** The entry's head-start read of the pull request (./first.ts), if it sent one. */
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
            log: (line) => withCore((core) => core.info(line)),
        };
        const result = await MODES[settings.command](settings, ctx, client);
        if (typeof result === 'string') {
            (await actionsCore()).info(result);
            return;
        }
        await writeOutputs(result);
    }
    catch (error) {
        (await actionsCore()).setFailed((0,errors/* messageOf */.bD)(error));
    }
}


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
