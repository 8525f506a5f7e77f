"use strict";
exports.id = 839;
exports.ids = [839];
exports.modules = {

/***/ 8839:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  InProcessLifecycle: () => (/* binding */ InProcessLifecycle),
  demoCommand: () => (/* binding */ demoCommand),
  findPackageRoot: () => (/* binding */ findPackageRoot),
  keepTarget: () => (/* binding */ keepTarget),
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@octokit/rest/dist-src/index.js + 21 modules
var dist_src = __webpack_require__(9988);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./packages/github-server/src/contract.ts
/**
 * OpenAPI contract checking: validates every request and response of the test server against GitHub's own
 * REST description (@octokit/openapi, api.github.com.json only), loaded at runtime from node_modules.
 */




const addFormats = (dist_default());
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Rewrites nullable-without-type into anyOf [..., null] and local refs into refs into the 'gh' document. */
function prepare(node, rewriteRefs, propertyMap = false) {
    if (Array.isArray(node))
        return node.map((item) => prepare(item, rewriteRefs));
    if (!isObject(node))
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        // Keys of a `properties` map are field names (a field may be called "examples"), never keywords.
        if (propertyMap)
            out[key] = prepare(value, rewriteRefs);
        else if (key === '$ref' && typeof value === 'string' && rewriteRefs && value.startsWith('#/'))
            out[key] = `gh${value}`;
        else if (key === 'example' || key === 'examples' || key === 'description' || key === 'summary')
            continue;
        else
            out[key] = prepare(value, rewriteRefs, key === 'properties' || key === 'patternProperties');
    }
    if (propertyMap)
        return out;
    // Ajv's nullable widens `type` but not `enum`; GitHub marks nullable enums (conclusion) this way.
    if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null))
        out.enum = [...out.enum, null];
    if (out.nullable === true && out.type === undefined) {
        delete out.nullable;
        return { anyOf: [out, { type: 'null' }] };
    }
    return out;
}
function formatErrors(errors) {
    return (errors ?? [])
        .slice(0, 20)
        .map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`);
}
/** Lazily loaded validators for the api.github.com OpenAPI description. */
class ContractChecker {
    enabled;
    /** Every violation seen since start (or since the last take()). */
    violations = [];
    spec;
    ajv;
    paramAjv;
    cache = new Map();
    /** Milliseconds spent loading the description (0 until first use). */
    loadMs = 0;
    constructor(enabled) {
        this.enabled = enabled;
    }
    /** Returns and clears violations (for tests that provoke them on purpose). */
    take() {
        const taken = this.violations;
        this.violations = [];
        return taken;
    }
    load() {
        if (this.spec)
            return this.spec;
        const started = performance.now();
        // Called indirectly: ncc rewrites a direct createRequire(import.meta.url) into a require that cannot resolve.
        // Not named `require`: in a CommonJS bundle (the CLI's) ncc writes import.meta.url as
        // `require("url").pathToFileURL(__filename).href`, which would read that constant before it is set.
        const createRequire = Reflect.get(external_node_module_, 'createRequire');
        const requireHere = createRequire(require("url").pathToFileURL(__filename).href);
        // Built at runtime so bundlers (ncc) cannot see, resolve or inline the 13 MB description.
        const specifier = ['@octokit', 'openapi', 'generated', 'api.github.com.json'].join('/');
        const file = requireHere.resolve(specifier);
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (!isObject(parsed))
            throw new Error('unexpected OpenAPI document');
        const components = parsed.components;
        // Examples and prose are most of the 13 MB; dropping them shrinks what the description keeps alive.
        const spec = {
            paths: isObject(parsed.paths) ? prepare(parsed.paths, false) : {},
            components: isObject(components) ? prepare(components, false) : {},
        };
        const options = { strict: false, allErrors: true, validateSchema: false, logger: false };
        const ajv = new dist_ajv.Ajv(options);
        addFormats(ajv);
        const paramAjv = new dist_ajv.Ajv({ ...options, coerceTypes: true });
        addFormats(paramAjv);
        for (const target of [ajv, paramAjv]) {
            target.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
            target.addFormat('timestamp', true);
            target.addFormat('uri-template', true);
            target.addFormat('binary', true);
            // GitHub's bot addresses (41898282+github-actions[bot]@users.noreply.github.com) are valid to GitHub.
            target.addFormat('email', /^[^\s@]+@[^\s@]+$/);
        }
        ajv.addSchema(spec, 'gh');
        this.spec = spec;
        this.ajv = ajv;
        this.paramAjv = paramAjv;
        this.loadMs = performance.now() - started;
        return spec;
    }
    deref(node) {
        let current = node;
        for (let i = 0; i < 5 && isObject(current) && typeof current.$ref === 'string'; i++) {
            const pointer = current.$ref.replace(/^#\//, '').split('/');
            let target = this.spec;
            for (const part of pointer)
                target = isObject(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
            current = target;
        }
        return current;
    }
    operation(method, template) {
        const spec = this.load();
        const paths = spec.paths;
        const item = isObject(paths) ? paths[template] : undefined;
        const op = isObject(item) ? item[method.toLowerCase()] : undefined;
        return isObject(op) ? op : undefined;
    }
    validators(method, template) {
        const key = `${method} ${template}`;
        const cached = this.cache.get(key);
        if (cached)
            return cached;
        const op = this.operation(method, template);
        if (!op || !this.ajv || !this.paramAjv)
            return undefined;
        const params = new Map();
        for (const raw of Array.isArray(op.parameters) ? op.parameters : []) {
            const param = this.deref(raw);
            if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string')
                continue;
            const schema = this.deref(param.schema);
            params.set(param.name, {
                in: param.in,
                required: param.required === true,
                validate: this.paramAjv.compile(isObject(schema) ? prepare(schema, false) : {}),
            });
        }
        const requestBody = this.deref(op.requestBody);
        const content = isObject(requestBody) ? requestBody.content : undefined;
        const jsonBody = isObject(content) ? content['application/json'] : undefined;
        const validators = {
            params,
            bodyRequired: isObject(requestBody) && requestBody.required === true,
            responses: new Map(),
        };
        if (isObject(jsonBody) && isObject(jsonBody.schema)) {
            validators.body = this.ajv.compile(prepare(jsonBody.schema, true));
        }
        const responses = isObject(op.responses) ? op.responses : {};
        for (const [status, raw] of Object.entries(responses)) {
            const response = this.deref(raw);
            const rc = isObject(response) ? response.content : undefined;
            const json = isObject(rc) ? rc['application/json'] : undefined;
            validators.responses.set(status, isObject(json) && isObject(json.schema) ? this.ajv.compile(prepare(json.schema, true)) : null);
        }
        this.cache.set(key, validators);
        return validators;
    }
    /** The operationId GitHub's description gives a method + path template, if known. */
    operationId(method, template) {
        if (!this.enabled)
            return undefined;
        const op = this.operation(method, template);
        return op && typeof op.operationId === 'string' ? op.operationId : undefined;
    }
    /**
     * Validates a request. Returns error strings (empty when valid); records a violation when invalid.
     * `body` is undefined for non-JSON bodies, which are not checked.
     */
    checkRequest(input) {
        if (!this.enabled)
            return [];
        const v = this.validators(input.method, input.template);
        if (!v)
            return this.record({ kind: 'request', ...pick(input), errors: ['operation not in the OpenAPI description'] });
        const errors = [];
        for (const [name, p] of v.params) {
            const source = p.in === 'path' ? input.pathParams : p.in === 'query' ? input.query : undefined;
            if (!source)
                continue;
            const value = source[name];
            if (value === undefined) {
                if (p.required)
                    errors.push(`${p.in} parameter ${name} is required`);
                continue;
            }
            if (!p.validate(value))
                errors.push(...formatErrors(p.validate.errors).map((e) => `${p.in} ${name}: ${e}`));
        }
        if (v.body && input.body !== undefined) {
            if (!v.body(input.body))
                errors.push(...formatErrors(v.body.errors).map((e) => `body ${e}`));
        }
        else if (v.body && v.bodyRequired && !input.hasBody)
            errors.push('body is required');
        if (errors.length === 0)
            return [];
        return this.record({ kind: 'request', ...pick(input), errors });
    }
    /** Validates a response; records a violation when invalid. */
    checkResponse(input) {
        if (!this.enabled)
            return;
        const v = this.validators(input.method, input.template);
        if (!v)
            return;
        const documented = v.responses.has(String(input.status));
        if (!documented) {
            // GitHub may answer any error (401, rate limits, 5xx) on any route; undocumented successes are bugs.
            if (input.status < 400) {
                this.record({
                    kind: 'response',
                    ...pick(input),
                    status: input.status,
                    errors: [`status ${input.status} not documented`],
                });
            }
            return;
        }
        const validate = v.responses.get(String(input.status));
        if (validate && !validate(input.body)) {
            this.record({ kind: 'response', ...pick(input), status: input.status, errors: formatErrors(validate.errors) });
        }
    }
    record(violation) {
        this.violations.push(violation);
        return violation.errors;
    }
}
function pick(input) {
    return { method: input.method, path: input.path, operationId: input.operationId };
}

;// CONCATENATED MODULE: ./packages/github-server/src/rate-limits.ts
/**
 * GitHub's secondary limit on content creation, modelled per caller: "no more than 80 content-generating requests
 * per minute and no more than 500 content-generating requests per hour" (docs.github.com, rate limits for the REST
 * API, secondary rate limits). A request over a limit is answered as GitHub does: 403 (or 429) with the secondary
 * rate limit message and `retry-after` set to the seconds until a slot frees. Off unless a test turns it on
 * (`server.rateLimits.contentCreation = GITHUB_CONTENT_CREATION`), so set-up writes of other tests never wait.
 *
 * What counts: every POST, PUT, PATCH and DELETE on the REST API by one caller (its token's account, so one App
 * installation shares one budget across runs), counted when it is accepted; refused requests do not count.
 * GitHub does not list which endpoints "generate content"; counting every mutation is the conservative reading
 * Octokit's throttling plugin also takes (its `write` group spaces every mutation). [medium]
 */
/** GitHub's figures: 80 a minute and 500 an hour. */
const GITHUB_CONTENT_CREATION = {
    windows: [
        { max: 80, seconds: 60 },
        { max: 500, seconds: 3600 },
    ],
};
/** The server's rate-limit state: content creation per caller. */
class RateLimits {
    /** The limit in force; undefined turns it off. Setting it keeps the counts so far. */
    contentCreation;
    /** Requests refused by the content-creation limit so far. */
    refused = 0;
    accepted = new Map();
    constructor(limit) {
        if (limit)
            validate(limit);
        this.contentCreation = limit;
    }
    /**
     * Called before a request is handled: undefined when it may go ahead (and it is then counted), otherwise the
     * answer to give. `now` is in milliseconds.
     */
    admit(caller, method, now = Date.now()) {
        const limit = this.contentCreation;
        if (!limit || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(method))
            return undefined;
        validate(limit);
        const longest = Math.max(...limit.windows.map((w) => w.seconds)) * 1000;
        const times = (this.accepted.get(caller) ?? []).filter((t) => t > now - longest);
        let wait = 0;
        for (const window of limit.windows) {
            const inWindow = times.filter((t) => t > now - window.seconds * 1000);
            if (inWindow.length < window.max)
                continue;
            // The slot frees when the oldest request that keeps the window full leaves it.
            const freeing = inWindow[inWindow.length - window.max] ?? now;
            wait = Math.max(wait, freeing + window.seconds * 1000 - now);
        }
        if (wait > 0) {
            this.accepted.set(caller, times);
            this.refused += 1;
            return { status: limit.status ?? 403, retryAfter: Math.max(1, Math.ceil(wait / 1000)) };
        }
        times.push(now);
        this.accepted.set(caller, times);
        return undefined;
    }
}
function validate(limit) {
    if (limit.windows.length === 0)
        throw new Error('content-creation limit: windows must not be empty');
    for (const w of limit.windows)
        if (!Number.isInteger(w.max) || w.max < 1 || !(w.seconds > 0))
            throw new Error(`content-creation limit: window ${JSON.stringify(w)} needs an integer max >= 1 and seconds > 0`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./packages/github-server/src/git.ts
/**
 * Thin wrapper over the git CLI for the test server. Every call gets an explicit environment so the
 * server never depends on the machine's global git configuration.
 */



/** Error raised when git exits with an unexpected code. */
class GitError extends Error {
    args;
    code;
    stderr;
    constructor(args, code, stderr) {
        super(`git ${args.join(' ')} failed (${code}): ${stderr.trim()}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Environment shared by every git call: isolated from global/system config. */
function baseGitEnv(home) {
    return {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: home,
        LANG: 'C',
        LC_ALL: 'C',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_AUTHOR_NAME: 'Cutover Test Server',
        GIT_AUTHOR_EMAIL: 'server@cutover.invalid',
        GIT_COMMITTER_NAME: 'Cutover Test Server',
        GIT_COMMITTER_EMAIL: 'server@cutover.invalid',
    };
}
/** Environment variables naming the author and committer of one operation. */
function personEnv(author, committer = author) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (author.date)
        env.GIT_AUTHOR_DATE = author.date;
    if (committer.date)
        env.GIT_COMMITTER_DATE = committer.date;
    return env;
}
/** A bare repository driven through the git CLI. */
class GitRepo {
    path;
    home;
    /** Results of pure functions of immutable objects (merge bases, diffs, merges by sha). */
    memo = new Map();
    constructor(path, home) {
        this.path = path;
        this.home = home;
    }
    /**
     * Caches `compute` under `key`. Only for answers that depend on object ids alone (objects never change),
     * which keeps repeated pull request renders from spawning the same git commands again.
     */
    cached(key, compute) {
        const hit = this.memo.get(key);
        if (hit)
            return hit;
        const value = compute();
        this.memo.set(key, value);
        value.catch(() => this.memo.delete(key));
        return value;
    }
    /** Whether `key` is cached already. */
    has(key) {
        return this.memo.has(key);
    }
    /** Runs git in this repository and returns raw output. */
    run(args, options = {}) {
        return runGit(['--git-dir', this.path, ...args], { ...options, env: { ...baseGitEnv(this.home), ...options.env } });
    }
    /** Runs git and returns trimmed stdout as text. */
    async text(args, options = {}) {
        const result = await this.run(args, options);
        return result.stdout.toString('utf8').trim();
    }
    /** Initializes the bare repository with the given default branch. */
    async init(defaultBranch) {
        // No template: skips copying sample hooks. http-backend refuses anonymous pushes by default (read-only).
        await runGit(['init', '--bare', '-q', '--template=', '-b', defaultBranch, this.path], {
            env: baseGitEnv(this.home),
        });
    }
    /** Writes a blob and returns its sha. */
    writeBlob(content) {
        return this.text(['hash-object', '-w', '--stdin'], { input: content });
    }
    /** Writes several blobs with one git process; returns their shas in order. */
    async writeBlobs(contents) {
        if (contents.length === 0)
            return [];
        if (contents.length === 1 && contents[0])
            return [await this.writeBlob(contents[0])];
        const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.path, 'scratch-'));
        try {
            const files = await Promise.all(contents.map(async (content, i) => {
                const file = (0,external_node_path_.join)(scratch, String(i));
                await (0,promises_.writeFile)(file, content);
                return file;
            }));
            const out = await this.text(['hash-object', '-w', '--stdin-paths'], { input: `${files.join('\n')}\n` });
            return out.split('\n');
        }
        finally {
            await (0,promises_.rm)(scratch, { recursive: true, force: true });
        }
    }
    /** Resolves a revision to an object id, or undefined when it does not exist. */
    async resolve(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}`], { okCodes: [1, 128] });
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    }
    /** Returns the object type, or undefined when the object does not exist. */
    async objectType(rev) {
        if (/^[0-9a-f]{40}$/.test(rev)) {
            const known = this.memo.get(`type:${rev}`);
            if (known && (await known))
                return known;
        }
        const r = await this.run(['cat-file', '-t', rev], { okCodes: [1, 128] });
        const type = r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
        if (type && /^[0-9a-f]{40}$/.test(rev))
            this.memo.set(`type:${rev}`, Promise.resolve(type));
        return type;
    }
    /** Reads a raw object body. */
    async catFile(type, sha) {
        return (await this.run(['cat-file', type, sha])).stdout;
    }
    /** True when `ancestor` is an ancestor of (or equal to) `descendant`. */
    async isAncestor(ancestor, descendant) {
        return this.cached(`ancestor:${ancestor}:${descendant}`, async () => {
            const r = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { okCodes: [1] });
            return r.code === 0;
        });
    }
    /** The merge base of two commits (by sha), or undefined for unrelated histories. */
    mergeBase(a, b) {
        return this.cached(`merge-base:${a}:${b}`, async () => {
            const r = await this.run(['merge-base', a, b], { okCodes: [1] });
            return r.stdout.toString('utf8').trim() || undefined;
        });
    }
    /** Atomically moves a ref; `expectedOld` = '' requires the ref not to exist. */
    async updateRef(ref, sha, expectedOld) {
        const args = ['update-ref', ref, sha];
        if (expectedOld !== undefined)
            args.push(expectedOld === '' ? '0'.repeat(40) : expectedOld);
        const r = await this.run(args, { okCodes: [1, 128] });
        return r.code === 0;
    }
    /** Deletes a ref. */
    async deleteRef(ref) {
        await this.run(['update-ref', '-d', ref]);
    }
    /** Lists refs under a prefix: [{ref, sha, type}]. */
    async listRefs(prefix = 'refs/') {
        const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname) %(objecttype)', prefix]);
        if (!out)
            return [];
        return out.split('\n').map((line) => {
            const [ref = '', sha = '', type = ''] = line.split(' ');
            return { ref, sha, type };
        });
    }
}
/** Process-wide counters of git invocations (for performance measurements). */
const gitStats = { calls: 0, ms: 0 };
/** Runs git with the given arguments, resolving with output; rejects with GitError on unexpected exit codes. */
function runGit(args, options = {}) {
    const started = performance.now();
    gitStats.calls += 1;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { env: options.env ?? {}, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.on('close', (code) => {
            gitStats.ms += performance.now() - started;
            const result = { code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') };
            if (result.code === 0 || options.okCodes?.includes(result.code))
                resolve(result);
            else
                reject(new GitError(args, result.code, result.stderr));
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input ?? '');
    });
}

;// CONCATENATED MODULE: ./packages/github-server/src/http.ts
/** An error that becomes a GitHub-shaped error response. */
class HttpError extends Error {
    status;
    extra;
    headers;
    constructor(status, message, extra = {}, headers = {}) {
        super(message);
        this.status = status;
        this.extra = extra;
        this.headers = headers;
        this.name = 'HttpError';
    }
}
/** Shorthand for HttpError(404, 'Not Found'). */
function notFound() {
    return new HttpError(404, 'Not Found');
}
/** A 422 "Validation Failed"-style error with GitHub's errors array. */
function unprocessable(message, errors) {
    return new HttpError(422, message, errors ? { errors } : {});
}
/** Narrows an unknown request body to a record. */
function bodyObject(req) {
    const body = req.body;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
}
/** Reads a string field, or undefined. */
function str(obj, key) {
    const value = obj[key];
    return typeof value === 'string' ? value : undefined;
}
/** Reads a required string field or answers 422 like GitHub. */
function requireStr(obj, key) {
    const value = str(obj, key);
    if (value === undefined)
        throw new HttpError(422, `Invalid request.\n\n"${key}" wasn't supplied.`);
    return value;
}
/** Parses an integer path parameter or answers 404. */
function intParam(req, name) {
    const value = Number(req.params[name]);
    if (!Number.isInteger(value))
        throw notFound();
    return value;
}
/** A JSON response. */
function json(status, body) {
    return { status, body };
}

;// CONCATENATED MODULE: ./packages/github-server/src/shapes.ts
/** A node_id in GitHub's opaque style. */
function nodeId(kind, id) {
    return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}
/** simple-user JSON for a login (unknown logins become a placeholder ghost user). */
function userJson(ctx, login) {
    const account = ctx.state.account(login) ?? {
        login,
        id: 10137,
        type: 'User',
        name: login,
        email: `${login}@users.noreply.github.com`,
    };
    // GitHub percent-encodes bot logins in URLs (…/users/app%5Bbot%5D).
    const escaped = encodeURIComponent(account.login);
    const api = `${ctx.apiUrl}/users/${escaped}`;
    return {
        login: account.login,
        id: account.id,
        node_id: nodeId(account.type, account.id),
        avatar_url: `${ctx.url}/avatars/${account.id}`,
        gravatar_id: '',
        url: api,
        html_url: `${ctx.url}/${escaped}`,
        followers_url: `${api}/followers`,
        following_url: `${api}/following{/other_user}`,
        gists_url: `${api}/gists{/gist_id}`,
        starred_url: `${api}/starred{/owner}{/repo}`,
        subscriptions_url: `${api}/subscriptions`,
        organizations_url: `${api}/orgs`,
        repos_url: `${api}/repos`,
        events_url: `${api}/events{/privacy}`,
        received_events_url: `${api}/received_events`,
        type: account.type,
        user_view_type: 'public',
        site_admin: false,
    };
}
/** Base API URL of a repository. */
function repoApi(ctx, repo) {
    return `${ctx.apiUrl}/repos/${repo.owner}/${repo.name}`;
}
/** Browser URL of a repository. */
function repoHtml(ctx, repo) {
    return `${ctx.url}/${repo.owner}/${repo.name}`;
}
/** full-repository JSON (also valid as repository / minimal-repository). */
function repoJson(ctx, repo) {
    const api = repoApi(ctx, repo);
    const html = repoHtml(ctx, repo);
    const openPulls = repo.pulls.filter((p) => p.state === 'open').length;
    const urls = {};
    const templated = [
        ['archive_url', '/{archive_format}{/ref}'],
        ['assignees_url', '/assignees{/user}'],
        ['blobs_url', '/git/blobs{/sha}'],
        ['branches_url', '/branches{/branch}'],
        ['collaborators_url', '/collaborators{/collaborator}'],
        ['comments_url', '/comments{/number}'],
        ['commits_url', '/commits{/sha}'],
        ['compare_url', '/compare/{base}...{head}'],
        ['contents_url', '/contents/{+path}'],
        ['contributors_url', '/contributors'],
        ['deployments_url', '/deployments'],
        ['downloads_url', '/downloads'],
        ['events_url', '/events'],
        ['forks_url', '/forks'],
        ['git_commits_url', '/git/commits{/sha}'],
        ['git_refs_url', '/git/refs{/sha}'],
        ['git_tags_url', '/git/tags{/sha}'],
        ['hooks_url', '/hooks'],
        ['issue_comment_url', '/issues/comments{/number}'],
        ['issue_events_url', '/issues/events{/number}'],
        ['issues_url', '/issues{/number}'],
        ['keys_url', '/keys{/key_id}'],
        ['labels_url', '/labels{/name}'],
        ['languages_url', '/languages'],
        ['merges_url', '/merges'],
        ['milestones_url', '/milestones{/number}'],
        ['notifications_url', '/notifications{?since,all,participating}'],
        ['pulls_url', '/pulls{/number}'],
        ['releases_url', '/releases{/id}'],
        ['stargazers_url', '/stargazers'],
        ['statuses_url', '/statuses/{sha}'],
        ['subscribers_url', '/subscribers'],
        ['subscription_url', '/subscription'],
        ['tags_url', '/tags'],
        ['teams_url', '/teams'],
        ['trees_url', '/git/trees{/sha}'],
    ];
    for (const [key, suffix] of templated)
        urls[key] = `${api}${suffix}`;
    return {
        id: repo.id,
        node_id: nodeId('Repository', repo.id),
        name: repo.name,
        full_name: `${repo.owner}/${repo.name}`,
        private: repo.private,
        owner: userJson(ctx, repo.owner),
        html_url: html,
        description: repo.description,
        fork: false,
        url: api,
        ...urls,
        created_at: repo.createdAt,
        updated_at: repo.createdAt,
        pushed_at: repo.createdAt,
        git_url: `${ctx.url}/${repo.owner}/${repo.name}.git`,
        ssh_url: `git@127.0.0.1:${repo.owner}/${repo.name}.git`,
        clone_url: `${ctx.url}/${repo.owner}/${repo.name}.git`,
        svn_url: html,
        homepage: null,
        size: 0,
        stargazers_count: 0,
        watchers_count: 0,
        language: null,
        has_issues: true,
        has_projects: false,
        has_downloads: true,
        has_wiki: false,
        has_pages: false,
        has_discussions: false,
        forks_count: 0,
        mirror_url: null,
        archived: false,
        disabled: false,
        open_issues_count: openPulls,
        license: null,
        allow_forking: true,
        is_template: false,
        topics: [],
        visibility: repo.private ? 'private' : 'public',
        forks: 0,
        open_issues: openPulls,
        watchers: 0,
        default_branch: repo.defaultBranch,
        network_count: 0,
        subscribers_count: 0,
    };
}
/** integration JSON for an App. */
function appJson(ctx, app) {
    return {
        id: app.id,
        slug: app.slug,
        node_id: nodeId('Integration', app.id),
        client_id: `Iv1.${app.id}`,
        owner: userJson(ctx, app.owner),
        name: app.name,
        description: null,
        external_url: `${ctx.url}/apps/${app.slug}`,
        html_url: `${ctx.url}/apps/${app.slug}`,
        created_at: '2024-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
        permissions: { checks: 'write', contents: 'write', pull_requests: 'write', metadata: 'read' },
        events: [],
    };
}
/** git-ref JSON. */
function refJson(ctx, repo, ref) {
    const api = repoApi(ctx, repo);
    const objectPath = ref.type === 'tag' ? 'tags' : ref.type === 'tree' ? 'trees' : ref.type === 'blob' ? 'blobs' : 'commits';
    return {
        ref: ref.ref,
        node_id: nodeId('Ref', `${repo.id}:${ref.ref}`),
        url: `${api}/git/${ref.ref}`,
        object: { type: ref.type, sha: ref.sha, url: `${api}/git/${objectPath}/${ref.sha}` },
    };
}
/** GitHub's unsigned verification object. */
function unsignedVerification() {
    return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

;// CONCATENATED MODULE: ./packages/github-server/src/objects.ts
/** Git object plumbing used by the Git Data routes and merges: parse commits/tags, build trees, replay commits. */






function parsePerson(value) {
    const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(value);
    if (!m)
        return { name: value, email: '', date: new Date(0).toISOString() };
    const seconds = Number(m[3]);
    return { name: m[1] ?? '', email: m[2] ?? '', date: new Date(seconds * 1000).toISOString().replace('.000Z', 'Z') };
}
function splitObject(raw) {
    const end = raw.indexOf('\n\n');
    const head = end === -1 ? raw : raw.slice(0, end);
    const message = end === -1 ? '' : raw.slice(end + 2);
    const headers = [];
    for (const line of head.split('\n')) {
        if (line.startsWith(' ')) {
            const last = headers[headers.length - 1];
            if (last)
                last[1] += `\n${line.slice(1)}`;
            continue;
        }
        const space = line.indexOf(' ');
        headers.push([line.slice(0, space), line.slice(space + 1)]);
    }
    return { headers, message };
}
/** Reads and parses a commit, or undefined when `sha` is not a commit. */
async function readCommit(git, sha) {
    if (/^[0-9a-f]{40}$/.test(sha))
        return git.cached(`commit:${sha}`, () => parseCommitObject(git, sha));
    return parseCommitObject(git, sha);
}
async function parseCommitObject(git, sha) {
    if ((await git.objectType(sha)) !== 'commit')
        return undefined;
    const full = await git.text(['rev-parse', sha]);
    return parseCommitText(full, (await git.catFile('commit', full)).toString('utf8'));
}
function parseCommitText(sha, raw) {
    const { headers, message } = splitObject(raw);
    const get = (k) => headers.find(([key]) => key === k)?.[1] ?? '';
    const commit = {
        sha,
        tree: get('tree'),
        parents: headers.filter(([k]) => k === 'parent').map(([, v]) => v),
        author: parsePerson(get('author')),
        committer: parsePerson(get('committer')),
        message,
    };
    const signature = headers.find(([key]) => key === 'gpgsig')?.[1];
    if (signature !== undefined)
        commit.gpgsig = { signature: `${signature}\n`, payload: stripGpgsig(raw) };
    return commit;
}
/** The commit text without its gpgsig header (and the header's continuation lines): what the signature signs. */
function stripGpgsig(raw) {
    const end = raw.indexOf('\n\n');
    const head = end === -1 ? raw : raw.slice(0, end);
    const kept = [];
    let inSig = false;
    for (const line of head.split('\n')) {
        if (line.startsWith('gpgsig '))
            inSig = true;
        else if (!(inSig && line.startsWith(' '))) {
            inSig = false;
            kept.push(line);
        }
    }
    return `${kept.join('\n')}${end === -1 ? '' : raw.slice(end)}`;
}
/**
 * GitHub's `verification` of a commit: what the server recorded when GitHub signed it; otherwise a signature
 * GitHub does not know (a gpgsig that arrived by push: GitHub has no key for it) is `unknown_key`; no signature
 * is `unsigned`.
 */
function commitVerification(repo, c) {
    const recorded = repo.verifications.get(c.sha);
    if (recorded)
        return recorded;
    if (c.gpgsig)
        return { verified: false, reason: 'unknown_key', ...c.gpgsig, verified_at: null };
    return { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}
/**
 * Reads many commits (full shas) with one `git cat-file --batch`, oldest-first order kept; non-commits are left
 * out. Seeds readCommit's cache, so long commit lists (compare, pulls/list-commits) cost one git process.
 */
async function readCommits(git, shas) {
    const missing = shas.filter((sha) => !git.has(`commit:${sha}`));
    if (missing.length) {
        const out = (await git.run(['cat-file', '--batch'], { input: `${missing.join('\n')}\n` })).stdout;
        let at = 0;
        for (const sha of missing) {
            const eol = out.indexOf(0x0a, at);
            const header = out.subarray(at, eol).toString('utf8').split(' ');
            at = eol + 1;
            if (header[1] === 'missing' || header.length < 3)
                continue;
            const size = Number(header[2]);
            const body = out.subarray(at, at + size).toString('utf8');
            at += size + 1;
            if (header[1] !== 'commit')
                continue;
            git.cached(`commit:${sha}`, async () => parseCommitText(sha, body));
        }
    }
    const commits = [];
    for (const sha of shas) {
        const commit = await readCommit(git, sha);
        if (commit)
            commits.push(commit);
    }
    return commits;
}
/** Reads and parses an annotated tag, or undefined when `sha` is not a tag object. */
async function readTag(git, sha) {
    if ((await git.objectType(sha)) !== 'tag')
        return undefined;
    const { headers, message } = splitObject((await git.catFile('tag', sha)).toString('utf8'));
    const get = (k) => headers.find(([key]) => key === k)?.[1] ?? '';
    return {
        sha,
        object: get('object'),
        type: get('type'),
        tag: get('tag'),
        tagger: parsePerson(get('tagger')),
        message,
    };
}
/** git-commit JSON (Git Data API). */
function gitCommitJson(ctx, repo, c) {
    const api = repoApi(ctx, repo);
    return {
        sha: c.sha,
        node_id: nodeId('Commit', c.sha),
        url: `${api}/git/commits/${c.sha}`,
        html_url: `${repoHtml(ctx, repo)}/commit/${c.sha}`,
        author: c.author,
        committer: c.committer,
        tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
        message: c.message,
        parents: c.parents.map((p) => ({
            sha: p,
            url: `${api}/git/commits/${p}`,
            html_url: `${repoHtml(ctx, repo)}/commit/${p}`,
        })),
        verification: commitVerification(repo, c),
    };
}
/** git-tag JSON (with verification). */
function gitTagJson(ctx, repo, t) {
    const api = repoApi(ctx, repo);
    const plural = t.type === 'tag' ? 'tags' : `${t.type}s`;
    return {
        node_id: nodeId('Tag', t.sha),
        tag: t.tag,
        sha: t.sha,
        url: `${api}/git/tags/${t.sha}`,
        message: t.message,
        tagger: t.tagger,
        object: { type: t.type, sha: t.object, url: `${api}/git/${plural}/${t.object}` },
        verification: repo.verifications.get(t.sha) ?? unsignedVerification(),
    };
}
/** Lists a tree-ish (optionally recursive, trees included like GitHub). Undefined when it is not a tree-ish. */
async function listTree(git, treeish, recursive) {
    const type = await git.objectType(treeish);
    if (type !== 'tree' && type !== 'commit' && type !== 'tag')
        return undefined;
    const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeish];
    const out = (await git.run(args)).stdout.toString('utf8');
    return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', kind = '', sha = '', size = '-'] = line.slice(0, tab).split(/\s+/);
        return { mode, type: kind, sha, size: size === '-' ? undefined : Number(size), path: line.slice(tab + 1) };
    });
}
/** Builds a tree from an optional base tree plus changes, using a throwaway index file. */
async function buildTree(ctx, git, baseTree, changes) {
    const index = (0,external_node_path_.join)(ctx.root, `index-${(0,external_node_crypto_.randomUUID)()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
        if (baseTree)
            await git.run(['read-tree', baseTree], { env });
        else
            await git.run(['read-tree', '--empty'], { env });
        const existing = new Set((await git.run(['ls-files', '-z'], { env })).stdout.toString('utf8').split('\0').filter(Boolean));
        // Directories that hold (or held) entries, so only a change naming a directory scans the entries.
        const dirs = new Set();
        const addDirs = (path) => {
            for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1))
                dirs.add(path.slice(0, i));
        };
        for (const path of existing)
            addDirs(path);
        // One --index-info batch: mode-0 lines remove (a file may replace a directory, a deletion may remove one),
        // then the new entries. Subtrees (type "tree") need read-tree --prefix and are applied after the batch.
        const lines = [];
        const subtrees = [];
        for (const change of changes) {
            const path = change.path.replace(/^\/+|\/+$/g, '');
            const under = existing.has(path) ? [path] : [];
            if (dirs.has(path)) {
                const prefix = `${path}/`;
                for (const p of existing)
                    if (p.startsWith(prefix))
                        under.push(p);
            }
            for (const p of under) {
                lines.push(`0 ${'0'.repeat(40)}\t${p}`);
                existing.delete(p);
            }
            if (change.sha === null)
                continue;
            if (change.type === 'tree')
                subtrees.push({ ...change, path });
            else {
                lines.push(`${change.mode} ${change.sha}\t${path}`);
                existing.add(path);
                addDirs(path);
            }
        }
        if (lines.length)
            await git.run(['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
        for (const tree of subtrees)
            await git.run(['read-tree', `--prefix=${tree.path}/`, tree.sha ?? ''], { env });
        return await git.text(['write-tree'], { env });
    }
    catch (error) {
        if (error instanceof HttpError)
            throw error;
        throw new HttpError(422, `GitRPC::BadObjectState (${error instanceof Error ? error.message : String(error)})`);
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
    }
}
/** Creates a commit object. */
async function commitTree(git, tree, parents, message, author, committer = author) {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    return git.text(args, { input: message, env: personEnv(author, committer) });
}
/** Three-way merges two commits; returns the tree or undefined on conflict. */
function mergeTrees(git, ours, theirs) {
    return git.cached(`merge-tree:${ours}:${theirs}`, async () => {
        const r = await git.run(['merge-tree', '--write-tree', '--no-messages', ours, theirs], { okCodes: [1] });
        if (r.code !== 0)
            return undefined;
        return r.stdout.toString('utf8').split('\n')[0]?.trim();
    });
}
/** Replays `commits` (oldest first) onto `onto`; returns the new tip or undefined on conflict. */
async function replayCommits(ctx, git, onto, commits, committer) {
    let tip = onto;
    for (const sha of commits) {
        const commit = await readCommit(git, sha);
        if (!commit)
            return undefined;
        const parent = commit.parents[0];
        const patch = (await git.run(['diff-tree', '-p', '--binary', '--full-index', parent ?? '--root', sha])).stdout;
        const index = (0,external_node_path_.join)(ctx.root, `index-${(0,external_node_crypto_.randomUUID)()}`);
        const env = { GIT_INDEX_FILE: index };
        try {
            await git.run(['read-tree', tip], { env });
            if (patch.length) {
                const applied = await git.run(['apply', '--cached', '-3', '--allow-empty'], {
                    env,
                    input: patch,
                    okCodes: [1],
                });
                if (applied.code !== 0)
                    return undefined;
            }
            const tree = await git.text(['write-tree'], { env });
            tip = await commitTree(git, tree, [tip], commit.message, { ...commit.author, date: commit.author.date }, committer);
        }
        finally {
            await (0,promises_.rm)(index, { force: true });
        }
    }
    return tip;
}

;// CONCATENATED MODULE: ./packages/github-server/src/state.ts
/** Ranks permissions so they can be compared. */
const permissionRank = { read: 1, write: 2, admin: 3 };
/** Whole-server state. */
class ServerState {
    accounts = new Map();
    apps = new Map();
    tokens = new Map();
    teams = new Map();
    repos = new Map();
    nextIds = new Map();
    sequence = 0;
    /** Allocates a new numeric id in a namespace (users, repos, pulls...). */
    nextId(kind, start = 1000) {
        const id = (this.nextIds.get(kind) ?? start) + 1;
        this.nextIds.set(kind, id);
        return id;
    }
    /** Monotonic counter shared by reviews, pushes and check runs. */
    seq() {
        this.sequence += 1;
        return this.sequence;
    }
    /** Looks up a repository by owner/name (case-insensitive like GitHub). */
    repo(owner, name) {
        return this.repos.get(`${owner}/${name}`.toLowerCase());
    }
    /** Looks up an account (case-insensitive). */
    account(login) {
        return this.accounts.get(login.toLowerCase());
    }
    /** Looks up a team by org and slug. */
    team(org, slug) {
        return this.teams.get(`${org}/${slug}`.toLowerCase());
    }
    /** The effective permission of a login on a repository (owner, collaborator, team, or none). */
    permissionOf(login, repo) {
        if (login.toLowerCase() === repo.owner.toLowerCase())
            return 'admin';
        let best = repo.collaborators.get(login.toLowerCase());
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
function isoNow(ms = Date.now()) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

;// CONCATENATED MODULE: ./packages/github-server/src/refs.ts


/** The sha GitHub's activity names for a branch that did not exist (before a creation, after a deletion). */
const ZERO_SHA = '0'.repeat(40);
/** Records one branch update in the repository activity (tags and other refs are not recorded, as on GitHub). */
function recordActivity(ctx, repo, update) {
    if (!update.ref.startsWith('refs/heads/'))
        return;
    repo.activities.push({
        id: ctx.state.nextId('activity', 3_000_000_000),
        ref: update.ref,
        before: update.before,
        after: update.after,
        type: update.type,
        actor: update.actor,
        timestamp: isoNow(),
        seq: ctx.state.seq(),
    });
}
/** The activity type of a branch moving from `old` to `sha` (a creation, a fast-forward or a forced update). */
async function pushType(repo, old, sha) {
    if (!old || /^0{40}$/.test(old))
        return 'branch_creation';
    return (await repo.git.isAncestor(old, sha)) ? 'push' : 'force_push';
}
/** Translates a ruleset fnmatch pattern (`*` within a segment, `**` across) into a RegExp. */
function refPatternRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? '';
        if (c === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else
            source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
const TAG_OPERATION = { create: 'creation', update: 'update', delete: 'deletion' };
const TAG_REASON = {
    create: 'Cannot create ref due to creations being restricted.',
    update: 'Cannot update this protected ref.',
    delete: 'Cannot delete this protected ref.',
};
/**
 * The reason a tag ruleset refuses `actor` the change of `ref`, or undefined. Every matching ruleset that restricts
 * the operation and does not list `actor` as a bypass actor refuses it (a bypass covers only its own ruleset).
 */
function tagRuleViolation(repo, ref, actor, change) {
    if (!ref.startsWith('refs/tags/'))
        return undefined;
    const name = ref.slice('refs/tags/'.length);
    for (const rule of repo.tagRules) {
        const pattern = rule.pattern.replace(/^refs\/tags\//, '');
        if (!refPatternRegExp(pattern).test(name))
            continue;
        if (!rule.operations.includes(TAG_OPERATION[change]))
            continue;
        if (rule.bypass.some((b) => b.toLowerCase() === actor.toLowerCase()))
            continue;
        return TAG_REASON[change];
    }
    return undefined;
}
/** Throws GitHub's ruleset violation (422) when `actor` may not change tag `ref`. */
function checkTagRules(repo, ref, actor, change) {
    const reason = tagRuleViolation(repo, ref, actor, change);
    if (reason)
        throw new HttpError(422, `Repository rule violations found\n\n${reason}\n\n`);
}
/** Classic protection's refusal text when a branch requires pull requests, or undefined. */
function branchRuleViolation(repo, ref) {
    if (!ref.startsWith('refs/heads/'))
        return undefined;
    const rules = repo.branchRules.get(ref.slice('refs/heads/'.length));
    return rules?.requirePullRequest ? 'Changes must be made through a pull request.' : undefined;
}
/** Throws GitHub's 422 for a direct API update of a branch whose protection requires pull requests. */
function checkBranchRules(repo, ref) {
    const reason = branchRuleViolation(repo, ref);
    if (reason)
        throw new HttpError(422, reason);
}
/**
 * What `git push` prints (through `remote:` lines) when rules refuse a ref update, GitHub's wording: GH006 for
 * protected branches, GH013 for rulesets. Undefined when the update is allowed.
 */
function pushViolation(repo, ref, actor, change) {
    const branch = branchRuleViolation(repo, ref);
    if (branch)
        return `error: GH006: Protected branch update failed for ${ref}.\n\n- ${branch}\n`;
    const tag = tagRuleViolation(repo, ref, actor, change);
    if (tag)
        return `error: GH013: Repository rule violations found for ${ref}.\n\n- ${tag}\n`;
    return undefined;
}
/** Creates or moves a ref with GitHub's checks and side effects; returns the previous sha (or undefined). */
async function writeRef(ctx, repo, w) {
    const git = repo.git;
    const old = await git.resolve(w.ref);
    if (w.mode === 'create' && old)
        throw new HttpError(422, 'Reference already exists');
    if (w.mode === 'update' && !old)
        throw new HttpError(422, 'Reference does not exist');
    if (!(await git.objectType(w.sha)))
        throw new HttpError(422, 'Object does not exist');
    if (!w.bypassRules) {
        checkBranchRules(repo, w.ref);
        checkTagRules(repo, w.ref, w.actor, old ? 'update' : 'create');
    }
    const type = w.ref.startsWith('refs/heads/') ? (w.activity ?? (await pushType(repo, old, w.sha))) : undefined;
    if (type === 'force_push' && !w.force)
        throw new HttpError(422, 'Update is not a fast forward');
    // Compare-and-swap: a competing writer between our read and this write loses the race the way GitHub's does.
    if (!(await git.updateRef(w.ref, w.sha, old ?? ''))) {
        throw new HttpError(422, w.mode === 'create' ? 'Reference already exists' : 'Update is not a fast forward');
    }
    if (type && old !== w.sha)
        recordActivity(ctx, repo, { ref: w.ref, before: old ?? ZERO_SHA, after: w.sha, actor: w.actor, type });
    if (w.ref.startsWith('refs/heads/') && old !== w.sha)
        await onBranchPush(ctx, repo, w.ref.slice('refs/heads/'.length), w.sha, w.actor);
    return old;
}
/** Deletes a ref with branch and tag rules applied (unless `bypassRules`); a branch's deletion is recorded. */
async function deleteRef(ctx, repo, ref, actor, bypassRules = false) {
    const old = await repo.git.resolve(ref);
    if (!old)
        throw new HttpError(422, 'Reference does not exist');
    if (!bypassRules) {
        checkBranchRules(repo, ref);
        checkTagRules(repo, ref, actor, 'delete');
    }
    await repo.git.deleteRef(ref);
    recordActivity(ctx, repo, { ref, before: old, after: ZERO_SHA, actor, type: 'branch_deletion' });
}
/** GitHub's reaction to a push on a branch: open PRs with that head synchronize; stale approvals may be dismissed. */
async function onBranchPush(ctx, repo, branch, sha, pusher) {
    repo.lastPush.set(branch, { sha, pusher, at: ctx.state.seq() });
    for (const pr of repo.pulls) {
        if (pr.state !== 'open' || pr.headRef !== branch || pr.headSha === sha)
            continue;
        pr.headSha = sha;
        pr.updatedAt = isoNow();
        await refreshBaseSha(repo, pr);
        pr.pushes.push({ sha, pusher, at: ctx.state.seq() });
        const rules = repo.branchRules.get(pr.baseRef);
        if (rules?.dismissStaleReviewsOnPush) {
            for (const review of repo.reviews) {
                if (review.pullNumber === pr.number && review.state === 'APPROVED')
                    review.state = 'DISMISSED';
            }
        }
    }
}
/** Takes a new `base.sha` snapshot (the base branch tip now), as GitHub does on open, synchronize and base change. */
async function refreshBaseSha(repo, pr) {
    pr.baseSha = (await repo.git.resolve(`refs/heads/${pr.baseRef}`)) ?? pr.baseSha;
}

;// CONCATENATED MODULE: ./packages/github-server/src/auth.ts


/** Resolves the Authorization header to an identity; unknown tokens answer 401 Bad credentials. */
function authenticate(ctx, header) {
    if (!header)
        return undefined;
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(header.trim());
    const tokenValue = match?.[1]?.trim();
    const token = tokenValue ? ctx.state.tokens.get(tokenValue) : undefined;
    const account = token ? ctx.state.account(token.login) : undefined;
    if (!token || !account)
        throw new HttpError(401, 'Bad credentials');
    return { token, account };
}
/** The permission a token grants on a repository (installation tokens: their grant; users: grant or role). */
function tokenPermission(ctx, identity, repo) {
    const key = `${repo.owner}/${repo.name}`.toLowerCase();
    const grants = identity.token.repos;
    const granted = grants[key] ?? grants[`${repo.owner}/${repo.name}`] ?? grants['*'];
    if (identity.token.appId !== undefined)
        return granted;
    return granted ?? ctx.state.permissionOf(identity.account.login, repo);
}
/**
 * Finds a repository and checks the caller may act on it at `level`. Missing or invisible repositories answer 404;
 * anonymous writes 401; insufficient permission 403 ("Resource not accessible by integration" for apps).
 */
function authorizeRepo(ctx, identity, owner, name, level) {
    const repo = ctx.state.repo(owner, name);
    if (!repo)
        throw notFound();
    const permission = identity ? tokenPermission(ctx, identity, repo) : undefined;
    const canRead = !repo.private || permission !== undefined;
    if (!canRead)
        throw notFound();
    if (level === 'read')
        return repo;
    if (!identity)
        throw new HttpError(401, 'Requires authentication');
    if (!permission || permissionRank[permission] < permissionRank[level])
        throw forbidden(identity);
    return repo;
}
/** GitHub's 403 for a token lacking a permission. */
function forbidden(identity) {
    return new HttpError(403, identity.token.appId !== undefined
        ? 'Resource not accessible by integration'
        : 'Resource not accessible by personal access token');
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/common.ts
/** Helpers shared by route modules: who is acting, repository lookup, and person/diff JSON. */


/** The acting login, or 401 when anonymous. */
function actor(req) {
    if (!req.identity)
        throw new HttpError(401, 'Requires authentication');
    return req.identity.account.login;
}
/** The repository named by {owner}/{repo}, authorized at `level`. */
function repoFor(ctx, req, level) {
    return authorizeRepo(ctx, req.identity, req.params.owner ?? '', req.params.repo ?? '', level);
}
/** The git identity of a login (bots use GitHub's noreply address). */
function personOf(ctx, login) {
    const account = ctx.state.account(login);
    if (!account)
        return { name: login, email: `${login}@users.noreply.github.com` };
    return { name: account.name, email: account.email };
}
/** The empty tree's id (diffs of root commits). */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const STATUS = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    R: 'renamed',
    C: 'copied',
    T: 'changed',
};
/** Changed files between two revisions (no rename detection). */
async function diffFiles(git, from, to) {
    const files = await git.cached(`diff:${from}:${to}`, () => computeDiff(git, from, to));
    return files.map((f) => ({ ...f }));
}
async function computeDiff(git, from, to) {
    const raw = (await git.run(['diff', '--raw', '-z', '--no-renames', '--no-abbrev', from, to])).stdout.toString('utf8');
    const parts = raw.split('\0');
    const files = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
        const meta = (parts[i] ?? '').split(' ');
        const filename = parts[i + 1] ?? '';
        if (!filename)
            continue;
        const letter = (meta[4] ?? 'M').charAt(0);
        const newSha = meta[3] ?? '';
        files.push({
            filename,
            status: STATUS[letter] ?? 'modified',
            sha: /^0+$/.test(newSha) ? (meta[2] ?? newSha) : newSha,
            additions: 0,
            deletions: 0,
            changes: 0,
        });
    }
    const numstat = (await git.run(['diff', '--numstat', '-z', '--no-renames', from, to])).stdout.toString('utf8');
    const byName = new Map(files.map((f) => [f.filename, f]));
    for (const record of numstat.split('\0')) {
        const [added = '0', deleted = '0', name = ''] = record.split('\t');
        const file = byName.get(name);
        if (!file)
            continue;
        file.additions = added === '-' ? 0 : Number(added);
        file.deletions = deleted === '-' ? 0 : Number(deleted);
        file.changes = file.additions + file.deletions;
    }
    return files;
}
/** Splits base64 into 60-char lines like GitHub's blob/content responses. */
function base64Lines(data) {
    const b64 = data.toString('base64');
    const lines = [];
    for (let i = 0; i < b64.length; i += 60)
        lines.push(b64.slice(i, i + 60));
    return lines.length ? `${lines.join('\n')}\n` : '';
}
/** One page of a list (per_page <= 100, default 30) with GitHub's Link header so octokit.paginate follows it. */
function pageOf(ctx, req, items, map = (i) => i) {
    const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30) || 30));
    const page = Math.max(1, Number(req.query.page ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers = {};
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (page < last) {
        const link = (n) => {
            const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) });
            return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
        };
        headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    }
    return { status: 200, body: slice.map(map), headers };
}

;// CONCATENATED MODULE: ./packages/github-server/src/commits.ts
/**
 * The repos-API commit JSON (get-commit, list-commits, compare, pulls/list-commits): one builder so every commit
 * response carries the same `verification` and the same e-mail-resolved `author`/`committer` accounts.
 */





/**
 * The account GitHub links to a commit e-mail. GitHub matches the e-mail in the commit against its accounts'
 * e-mails (a user's verified addresses, a bot's `<id>+<slug>[bot]@users.noreply.github.com`) whoever wrote the
 * commit: anyone can put the bot's noreply address in a commit and it then shows as the bot's.
 */
function accountForEmail(ctx, email) {
    for (const account of ctx.state.accounts.values())
        if (account.email.toLowerCase() === email.toLowerCase())
            return account.login;
    return undefined;
}
/** commit JSON (repos API), with files and stats against the first parent. */
async function commitJson(ctx, repo, c, withFiles) {
    const api = repoApi(ctx, repo);
    const html = repoHtml(ctx, repo);
    const authorLogin = accountForEmail(ctx, c.author.email);
    const committerLogin = accountForEmail(ctx, c.committer.email);
    const result = {
        url: `${api}/commits/${c.sha}`,
        sha: c.sha,
        node_id: nodeId('Commit', c.sha),
        html_url: `${html}/commit/${c.sha}`,
        comments_url: `${api}/commits/${c.sha}/comments`,
        commit: {
            url: `${api}/git/commits/${c.sha}`,
            author: c.author,
            committer: c.committer,
            message: c.message,
            comment_count: 0,
            tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
            verification: commitVerification(repo, c),
        },
        author: authorLogin ? userJson(ctx, authorLogin) : null,
        committer: committerLogin ? userJson(ctx, committerLogin) : null,
        parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${html}/commit/${p}` })),
    };
    if (withFiles) {
        const files = await diffFiles(repo.git, c.parents[0] ?? EMPTY_TREE, c.sha);
        const additions = files.reduce((n, f) => n + f.additions, 0);
        const deletions = files.reduce((n, f) => n + f.deletions, 0);
        result.stats = { additions, deletions, total: additions + deletions };
        result.files = files.map((f) => ({
            ...f,
            blob_url: `${html}/blob/${c.sha}/${encodeURI(f.filename)}`,
            raw_url: `${html}/raw/${c.sha}/${encodeURI(f.filename)}`,
            contents_url: `${api}/contents/${encodeURI(f.filename)}?ref=${c.sha}`,
        }));
    }
    return result;
}
/** commit JSON for a list of shas (oldest first), skipping any that are not commits. */
async function commitsJson(ctx, repo, shas) {
    const out = [];
    for (const c of await readCommits(repo.git, shas))
        out.push(await commitJson(ctx, repo, c, false));
    return out;
}
/** Per-process key of the stand-in signatures: nobody outside the server can produce one for their own content. */
const SIGNING_KEY = (0,external_node_crypto_.randomBytes)(32);
/** The stand-in signature block GitHub's web-flow key would produce (an HMAC, armored; not real OpenPGP). */
function githubSignature(payload) {
    const mac = (0,external_node_crypto_.createHmac)('sha256', SIGNING_KEY).update(payload).digest('base64');
    return `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQ${mac}\n=web-flow\n-----END PGP SIGNATURE-----\n`;
}
/**
 * Signs commit `sha` as GitHub does when it creates a commit itself: writes the same commit with a `gpgsig` header
 * (so git shows the signature, and the new sha covers it) and records its `verification`
 * {verified: true, reason: 'valid', signature, payload (the commit without the header), verified_at}. Returns the
 * signed commit's sha. Only the server's own commit paths call this (App API commits without custom author or
 * committer, merge and squash merges); commits arriving by `git push` are never signed by the server.
 */
async function signAsGitHub(repo, sha) {
    const payload = (await repo.git.catFile('commit', sha)).toString('utf8');
    const signature = githubSignature(payload);
    const signedSha = await withSignature(repo, sha, signature);
    repo.verifications.set(signedSha, { verified: true, reason: 'valid', signature, payload, verified_at: isoNow() });
    return signedSha;
}
/** Writes commit `sha` again with `signature` as its `gpgsig` header; returns the new commit's sha. */
async function withSignature(repo, sha, signature) {
    const payload = (await repo.git.catFile('commit', sha)).toString('utf8');
    const end = payload.indexOf('\n\n');
    const head = end === -1 ? payload : payload.slice(0, end);
    const header = `gpgsig ${signature.trimEnd().split('\n').join('\n ')}`;
    const signed = `${head}\n${header}${end === -1 ? '\n' : payload.slice(end)}`;
    return repo.git.text(['hash-object', '-t', 'commit', '-w', '--stdin'], { input: signed });
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/git.ts
/** Git Data API routes: blobs, trees, commits, refs and annotated tags, backed by the bare repository. */








const SHA = /^[0-9a-f]{40}$/;
function fullRef(ref) {
    const clean = ref.replace(/^\/+/, '');
    return clean.startsWith('refs/') ? clean : `refs/${clean}`;
}
async function refBody(ctx, repo, ref) {
    const sha = await repo.git.resolve(ref);
    if (!sha)
        return undefined;
    const type = (await repo.git.objectType(sha)) ?? 'commit';
    return refJson(ctx, repo, { ref, sha, type });
}
async function treeJson(ctx, repo, treeish, recursive) {
    const entries = await listTree(repo.git, treeish, recursive);
    if (!entries)
        throw notFound();
    const sha = treeish.includes(':')
        ? await repo.git.text(['rev-parse', treeish])
        : await repo.git.text(['rev-parse', `${treeish}^{tree}`]);
    const api = repoApi(ctx, repo);
    return {
        sha,
        url: `${api}/git/trees/${sha}`,
        truncated: false,
        tree: entries.map((e) => ({
            path: e.path,
            mode: e.mode,
            type: e.type,
            sha: e.sha,
            ...(e.size !== undefined ? { size: e.size } : {}),
            url: `${api}/git/${e.type === 'tree' ? 'trees' : e.type === 'blob' ? 'blobs' : 'commits'}/${e.sha}`,
        })),
    };
}
function parsePersonInput(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const obj = value;
    const name = str(obj, 'name');
    const email = str(obj, 'email');
    if (name === undefined || email === undefined)
        throw new HttpError(422, 'Invalid request.\n\nauthor/committer requires name and email.');
    const date = str(obj, 'date');
    return date ? { name, email, date } : { name, email };
}
/** Git Data routes. */
function gitRoutes(ctx) {
    const base = '/repos/{owner}/{repo}/git';
    return [
        {
            method: 'POST',
            template: `${base}/blobs`,
            operationId: 'git/create-blob',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const content = requireStr(body, 'content');
                const encoding = str(body, 'encoding') ?? 'utf-8';
                if (encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'base64') {
                    throw new HttpError(422, `encoding must be either utf-8 or base64`);
                }
                const sha = await repo.git.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
                return json(201, { sha, url: `${repoApi(ctx, repo)}/git/blobs/${sha}` });
            },
        },
        {
            method: 'GET',
            template: `${base}/blobs/{file_sha}`,
            operationId: 'git/get-blob',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const sha = req.params.file_sha ?? '';
                if ((await repo.git.objectType(sha)) !== 'blob')
                    throw notFound();
                const data = await repo.git.catFile('blob', sha);
                const full = await repo.git.text(['rev-parse', sha]);
                return json(200, {
                    sha: full,
                    node_id: Buffer.from(`Blob:${full}`).toString('base64'),
                    size: data.length,
                    url: `${repoApi(ctx, repo)}/git/blobs/${full}`,
                    content: base64Lines(data),
                    encoding: 'base64',
                });
            },
        },
        {
            method: 'POST',
            template: `${base}/trees`,
            operationId: 'git/create-tree',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const baseTree = str(body, 'base_tree');
                if (baseTree !== undefined) {
                    const type = await repo.git.objectType(baseTree);
                    if (type !== 'tree' && type !== 'commit')
                        throw new HttpError(422, 'base_tree is not a valid tree oid');
                }
                const entries = Array.isArray(body.tree) ? body.tree : [];
                const changes = [];
                const inline = [];
                for (const raw of entries) {
                    const entry = (typeof raw === 'object' && raw !== null ? raw : {});
                    const path = str(entry, 'path') ?? '';
                    const mode = str(entry, 'mode') ?? '100644';
                    const type = (str(entry, 'type') ?? 'blob');
                    const content = str(entry, 'content');
                    let sha;
                    if (content !== undefined) {
                        inline.push({ index: changes.length, content: Buffer.from(content, 'utf8') });
                        sha = '';
                    }
                    else if (entry.sha === null)
                        sha = null;
                    else {
                        sha = str(entry, 'sha') ?? '';
                        if (!SHA.test(sha) || !(await repo.git.objectType(sha))) {
                            throw new HttpError(422, `tree.sha ${sha} is not a valid ${type}`);
                        }
                    }
                    changes.push({ path, mode, type, sha });
                }
                const written = await repo.git.writeBlobs(inline.map((i) => i.content));
                inline.forEach((item, i) => {
                    const change = changes[item.index];
                    if (change)
                        change.sha = written[i] ?? null;
                });
                const sha = await buildTree(ctx, repo.git, baseTree, changes);
                return json(201, await treeJson(ctx, repo, sha, false));
            },
        },
        {
            method: 'GET',
            template: `${base}/trees/{tree_sha}`,
            operationId: 'git/get-tree',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const recursive = req.query.recursive !== undefined && req.query.recursive !== '' && req.query.recursive !== '0';
                const treeish = req.params.tree_sha ?? '';
                // `{sha}:{path}` names a subtree; `^{tree}` would be read as part of the path there.
                const candidate = await repo.git.resolve(treeish.includes(':') ? treeish : `${treeish}^{tree}`);
                const resolved = candidate && (await repo.git.objectType(candidate)) === 'tree' ? candidate : undefined;
                if (!resolved)
                    throw notFound();
                return json(200, await treeJson(ctx, repo, resolved, recursive));
            },
        },
        {
            method: 'POST',
            template: `${base}/commits`,
            operationId: 'git/create-commit',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const login = actor(req);
                const body = bodyObject(req);
                const message = requireStr(body, 'message');
                const tree = requireStr(body, 'tree');
                if ((await repo.git.objectType(tree)) !== 'tree')
                    throw new HttpError(422, 'Tree SHA does not exist');
                const parents = Array.isArray(body.parents)
                    ? body.parents.filter((p) => typeof p === 'string')
                    : [];
                for (const parent of parents) {
                    if ((await repo.git.objectType(parent)) !== 'commit')
                        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
                }
                const customAuthor = parsePersonInput(body.author);
                const customCommitter = parsePersonInput(body.committer);
                const author = customAuthor ?? { ...personOf(ctx, login), date: isoNow() };
                // GitHub: the committer defaults to the author (the custom one when given, else the caller).
                const committer = customCommitter ?? (customAuthor ? author : personOf(ctx, login));
                const unsigned = await commitTree(repo.git, tree, parents, message, author, committer);
                // GitHub signs what an App's installation token creates through the API with NEITHER a custom author NOR a
                // custom committer ("Signature verification for bots"); anything else, and user tokens, stay unsigned.
                // A caller's own `signature` goes into the commit as is (GitHub then verifies it against the signer's
                // registered keys; the server knows none, so it is served as unknown_key) and GitHub does not sign.
                const custom = str(body, 'signature');
                const signs = req.identity?.token.appId !== undefined && !customAuthor && !customCommitter && !custom;
                const sha = custom
                    ? await withSignature(repo, unsigned, custom)
                    : signs
                        ? await signAsGitHub(repo, unsigned)
                        : unsigned;
                const commit = await readCommit(repo.git, sha);
                if (!commit)
                    throw new HttpError(500, 'commit vanished');
                return json(201, gitCommitJson(ctx, repo, commit));
            },
        },
        {
            method: 'GET',
            template: `${base}/commits/{commit_sha}`,
            operationId: 'git/get-commit',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const commit = await readCommit(repo.git, req.params.commit_sha ?? '');
                if (!commit)
                    throw notFound();
                return json(200, gitCommitJson(ctx, repo, commit));
            },
        },
        {
            method: 'GET',
            template: `${base}/ref/{ref}`,
            operationId: 'git/get-ref',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const body = await refBody(ctx, repo, fullRef(req.params.ref ?? ''));
                if (!body)
                    throw notFound();
                return json(200, body);
            },
        },
        {
            method: 'GET',
            template: `${base}/matching-refs/{ref}`,
            operationId: 'git/list-matching-refs',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const prefix = fullRef(req.params.ref ?? '');
                const refs = (await repo.git.listRefs('refs/')).filter((r) => r.ref.startsWith(prefix));
                return json(200, refs.map((r) => refJson(ctx, repo, r)));
            },
        },
        {
            method: 'POST',
            template: `${base}/refs`,
            operationId: 'git/create-ref',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const ref = requireStr(body, 'ref');
                const sha = requireStr(body, 'sha');
                if (!/^refs\/[^/]+\/.+/.test(ref))
                    throw new HttpError(422, 'Reference name is invalid');
                await writeRef(ctx, repo, { ref, sha, actor: actor(req), mode: 'create' });
                return json(201, await refBody(ctx, repo, ref));
            },
        },
        {
            method: 'PATCH',
            template: `${base}/refs/{ref}`,
            operationId: 'git/update-ref',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const ref = fullRef(req.params.ref ?? '');
                const sha = requireStr(body, 'sha');
                await writeRef(ctx, repo, { ref, sha, actor: actor(req), mode: 'update', force: body.force === true });
                return json(200, await refBody(ctx, repo, ref));
            },
        },
        {
            method: 'DELETE',
            template: `${base}/refs/{ref}`,
            operationId: 'git/delete-ref',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                await deleteRef(ctx, repo, fullRef(req.params.ref ?? ''), actor(req));
                return { status: 204 };
            },
        },
        {
            method: 'POST',
            template: `${base}/tags`,
            operationId: 'git/create-tag',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const sha = await createTagObject(repo, {
                    tag: requireStr(body, 'tag'),
                    message: requireStr(body, 'message'),
                    object: requireStr(body, 'object'),
                    type: requireStr(body, 'type'),
                    tagger: parsePersonInput(body.tagger) ?? { ...personOf(ctx, actor(req)), date: isoNow() },
                });
                const tag = await readTag(repo.git, sha);
                if (!tag)
                    throw new HttpError(500, 'tag vanished');
                return json(201, gitTagJson(ctx, repo, tag));
            },
        },
        {
            method: 'GET',
            template: `${base}/tags/{tag_sha}`,
            operationId: 'git/get-tag',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const tag = await readTag(repo.git, req.params.tag_sha ?? '');
                if (!tag)
                    throw notFound();
                return json(200, gitTagJson(ctx, repo, tag));
            },
        },
    ];
}
/** Writes an annotated tag object (optionally with a signature block appended to the message). */
async function createTagObject(repo, input) {
    const actual = await repo.git.objectType(input.object);
    if (!actual)
        throw new HttpError(422, 'Object does not exist');
    if (actual !== input.type)
        throw new HttpError(422, `Object is a ${actual}, not a ${input.type}`);
    const object = await repo.git.text(['rev-parse', input.object]);
    const when = Math.floor((input.tagger.date ? Date.parse(input.tagger.date) : Date.now()) / 1000);
    const message = input.message.endsWith('\n') ? input.message : `${input.message}\n`;
    const content = `object ${object}\ntype ${input.type}\ntag ${input.tag}\ntagger ${input.tagger.name} <${input.tagger.email}> ${when} +0000\n\n${message}${input.signature ?? ''}`;
    return repo.git.text(['mktag'], { input: content, env: personEnv(input.tagger) });
}

;// CONCATENATED MODULE: ./packages/github-server/src/codeowners.ts
/**
 * CODEOWNERS as GitHub reads it: location precedence (.github/, root, docs/), gitignore-style patterns with
 * GitHub's deviations, last matching rule wins, owners as users, teams (@org/team) or emails.
 */
/** Where GitHub looks for CODEOWNERS, in order; the first existing file is used. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
function segmentRegex(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i] ?? '';
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '\\' && i + 1 < segment.length) {
            i++;
            out += (segment[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return out;
}
/** Compiles a CODEOWNERS pattern into a RegExp over repository-relative file paths (no leading slash). */
function patternRegExp(pattern) {
    let p = pattern;
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.replace(/\/+$/, '');
    const leadingSlash = p.startsWith('/');
    let anchored = leadingSlash;
    if (anchored)
        p = p.slice(1);
    else
        anchored = p.includes('/');
    const segments = p.split('/');
    let body = '';
    segments.forEach((segment, i) => {
        const last = i === segments.length - 1;
        if (segment === '**') {
            if (i === 0) {
                anchored = true;
                body += '(?:.*/)?';
            }
            else if (last)
                body += '.*';
            else
                body += '(?:.*/)?';
            return;
        }
        body += segmentRegex(segment);
        if (!last)
            body += '/';
    });
    const prefix = anchored ? '^' : '^(?:.*/)?';
    const lastSegment = segments[segments.length - 1] ?? '';
    // GitHub deviation from gitignore: "docs/*" matches direct children only, not nested files.
    const directChildrenOnly = lastSegment === '*' && (segments.length > 1 || leadingSlash);
    const suffix = lastSegment === '**' ? '$' : dirOnly ? '/.*$' : directChildrenOnly ? '$' : '(?:/.*)?$';
    return new RegExp(prefix + body + suffix);
}
/** Parses CODEOWNERS text. Invalid lines are skipped (github.com behaviour) and reported in `errors`. */
function parseCodeowners(text) {
    const rules = [];
    const errors = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = index + 1;
        const withoutComment = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!withoutComment)
            return;
        const [pattern = '', ...owners] = withoutComment.split(/\s+/);
        if (pattern.startsWith('!') || /\[.*\]/.test(pattern)) {
            errors.push({
                line,
                column: 1,
                kind: 'Invalid pattern',
                source: raw,
                message: `Invalid pattern on line ${line}`,
            });
            return;
        }
        const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$/.test(o) && !/^[^@\s]+@[^@\s]+$/.test(o));
        if (bad) {
            errors.push({
                line,
                column: raw.indexOf(bad) + 1,
                kind: 'Invalid owner',
                source: raw,
                message: `Invalid owner on line ${line}:\n\n  ${raw}\n  ${' '.repeat(raw.indexOf(bad))}^`,
            });
            return;
        }
        rules.push({ pattern, owners, line, regex: patternRegExp(pattern) });
    });
    return { rules, errors };
}
/** The owners of a file: the last matching rule wins (an owner-less rule means "no owners"). */
function ownersOf(rules, path) {
    const clean = path.replace(/^\/+/, '');
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (rule?.regex.test(clean))
            return rule.owners;
    }
    return [];
}

;// CONCATENATED MODULE: ./packages/github-server/src/rules.ts
/**
 * GitHub's merge rules, evaluated when a pull request is merged: required status checks at the head SHA,
 * required approving reviews, code-owner reviews (CODEOWNERS from the base branch), last-push approval.
 */


const PASSING = new Set(['success', 'neutral', 'skipped']);
/** Reads CODEOWNERS rules at a revision (first existing location wins). */
async function codeownersAt(git, rev) {
    if (/^[0-9a-f]{40}$/.test(rev))
        return git.cached(`codeowners:${rev}`, () => findCodeowners(git, rev));
    return findCodeowners(git, rev);
}
async function findCodeowners(git, rev) {
    for (const path of CODEOWNERS_LOCATIONS) {
        const r = await git.run(['cat-file', 'blob', `${rev}:${path}`], { okCodes: [128] });
        if (r.code === 0)
            return { path, text: r.stdout.toString('utf8') };
    }
    return undefined;
}
/** Files a pull request changes (merge-base of base and head, to head), both sides of renames. */
async function changedFiles(git, baseSha, headSha) {
    const base = await git.mergeBase(baseSha, headSha);
    return git.cached(`names:${base ?? baseSha}:${headSha}`, async () => {
        const out = await git.run(['diff', '--name-only', '-z', '--no-renames', base ?? baseSha, headSha]);
        return out.stdout.toString('utf8').split('\0').filter(Boolean);
    });
}
/** The latest non-comment review per reviewer (GitHub's "current" review state), excluding pending ones. */
function currentReviews(repo, pr) {
    const latest = new Map();
    for (const review of repo.reviews) {
        if (review.pullNumber !== pr.number || review.state === 'PENDING' || review.state === 'COMMENTED')
            continue;
        const prev = latest.get(review.user.toLowerCase());
        if (!prev || review.seq > prev.seq)
            latest.set(review.user.toLowerCase(), review);
    }
    return [...latest.values()];
}
/** Approvals that count: APPROVED, not by the author, by someone with write access. */
function countingApprovals(ctx, repo, pr) {
    return currentReviews(repo, pr).filter((r) => {
        if (r.state !== 'APPROVED' || r.user.toLowerCase() === pr.author.toLowerCase())
            return false;
        const permission = ctx.state.permissionOf(r.user, repo);
        return permission !== undefined && permissionRank[permission] >= permissionRank.write;
    });
}
/** True when `login` is (or, for a team, is an active member of) the owner `owner` ("@user", "@org/team", email). */
function satisfiesOwner(ctx, login, owner) {
    const who = login.toLowerCase();
    if (owner.includes('@') && !owner.startsWith('@'))
        return ctx.state.account(login)?.email.toLowerCase() === owner.toLowerCase();
    const name = owner.replace(/^@/, '');
    const slash = name.indexOf('/');
    if (slash === -1)
        return name.toLowerCase() === who;
    const team = ctx.state.team(name.slice(0, slash), name.slice(slash + 1));
    return team?.members.get(who)?.state === 'active';
}
/** Owner sets of changed files not satisfied by any counting approval. */
async function missingCodeOwners(ctx, repo, pr, approvers) {
    const baseSha = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
    if (!baseSha)
        return [];
    const file = await codeownersAt(repo.git, baseSha);
    if (!file)
        return [];
    const rules = parseCodeowners(file.text).rules;
    const missing = [];
    for (const path of await changedFiles(repo.git, baseSha, pr.headSha)) {
        const owners = ownersOf(rules, path);
        if (owners.length === 0)
            continue;
        if (approvers.some((login) => owners.some((owner) => satisfiesOwner(ctx, login, owner))))
            continue;
        if (!missing.some((set) => set.join(' ') === owners.join(' ')))
            missing.push(owners);
    }
    return missing;
}
function joinOwners(sets) {
    const owners = [...new Set(sets.flat())];
    if (owners.length <= 1)
        return owners.join('');
    return `${owners.slice(0, -1).join(', ')} and ${owners[owners.length - 1]}`;
}
/** Evaluates the base branch's rules for a pull request; returns GitHub's 405 message for the first unmet rule. */
async function mergeBlocker(ctx, repo, pr) {
    const rules = repo.branchRules.get(pr.baseRef);
    if (!rules)
        return undefined;
    for (const required of rules.requiredChecks ?? []) {
        const runs = repo.checkRuns
            .filter((r) => r.headSha === pr.headSha && r.name === required.context)
            .filter((r) => required.appId === undefined || r.appId === required.appId)
            .sort((a, b) => b.seq - a.seq);
        const latest = runs[0];
        const status = repo.statuses
            .filter((st) => st.sha === pr.headSha && st.context === required.context && required.appId === undefined)
            .sort((a, b) => b.seq - a.seq)[0];
        if (status && (!latest || status.seq > latest.seq)) {
            if (status.state === 'success')
                continue;
            if (status.state === 'pending')
                return `Required status check "${required.context}" is in progress.`;
            return `Required status check "${required.context}" is failing.`;
        }
        if (!latest)
            return `Required status check "${required.context}" is expected.`;
        if (latest.status !== 'completed')
            return `Required status check "${required.context}" is in progress.`;
        if (!PASSING.has(latest.conclusion ?? ''))
            return `Required status check "${required.context}" is failing.`;
    }
    const approvals = countingApprovals(ctx, repo, pr);
    const changesRequested = currentReviews(repo, pr).some((r) => r.state === 'CHANGES_REQUESTED');
    const requiredCount = rules.requiredApprovingReviewCount ?? 0;
    if (requiredCount > 0 && changesRequested)
        return 'Changes requested';
    if (approvals.length < requiredCount) {
        return requiredCount === 1
            ? 'At least 1 approving review is required by reviewers with write access.'
            : `At least ${requiredCount} approving reviews are required by reviewers with write access.`;
    }
    if (rules.requireCodeOwnerReview) {
        const missing = await missingCodeOwners(ctx, repo, pr, approvals.map((r) => r.user));
        if (missing.length)
            return `Waiting on code owner review from ${joinOwners(missing)}.`;
    }
    if (rules.requireLastPushApproval && (requiredCount > 0 || rules.requireCodeOwnerReview)) {
        const lastPush = pr.pushes[pr.pushes.length - 1];
        const ok = approvals.some((r) => !lastPush || (r.seq > lastPush.at && r.user.toLowerCase() !== lastPush.pusher.toLowerCase()));
        if (!ok)
            return 'New changes require approval from someone other than the last pusher.';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/pulls.ts
/** Pull request routes: create/list/get/update, files, merge (merge/squash/rebase) and reviews. */








const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };
/** pulls/list-commits "Lists a maximum of 250 commits for a pull request" (OpenAPI description). */
const MAX_PULL_COMMITS = 250;
/** pulls/list-files: "Responses include a maximum of 3000 files". */
const MAX_PULL_FILES = 3000;
/** GitHub's author_association for a login on a repository. */
function association(ctx, repo, login) {
    if (login.toLowerCase() === repo.owner.toLowerCase())
        return 'OWNER';
    const permission = ctx.state.permissionOf(login, repo);
    if (!permission)
        return 'NONE';
    const owner = ctx.state.account(repo.owner);
    if (owner?.type === 'Organization') {
        for (const team of ctx.state.teams.values()) {
            if (team.org.toLowerCase() === repo.owner.toLowerCase() && team.members.has(login.toLowerCase()))
                return 'MEMBER';
        }
    }
    return 'COLLABORATOR';
}
function findPull(repo, number) {
    const pr = repo.pulls.find((p) => p.number === number);
    if (!pr)
        throw notFound();
    return pr;
}
async function mergeBaseOf(repo, pr) {
    if (pr.mergeBase)
        return pr.mergeBase;
    const base = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
    if (!base)
        return undefined;
    return repo.git.mergeBase(base, pr.headSha);
}
/** pull-request JSON (also valid as pull-request-simple), with mergeability computed like GitHub. */
async function prJson(ctx, repo, pr) {
    const api = repoApi(ctx, repo);
    const html = `${repoHtml(ctx, repo)}/pull/${pr.number}`;
    const baseTip = (await repo.git.resolve(`refs/heads/${pr.baseRef}`)) ?? pr.headSha;
    const mergeBase = await mergeBaseOf(repo, pr);
    const files = mergeBase ? await diffFiles(repo.git, mergeBase, pr.headSha) : [];
    const commits = mergeBase
        ? await repo.git.cached(`count:${mergeBase}:${pr.headSha}`, async () => Number(await repo.git.text(['rev-list', '--count', `${mergeBase}..${pr.headSha}`])))
        : 0;
    let mergeable = null;
    let mergeableState = 'unknown';
    if (pr.state === 'open') {
        mergeable = (await mergeTrees(repo.git, baseTip, pr.headSha)) !== undefined;
        mergeableState = !mergeable
            ? 'dirty'
            : pr.draft
                ? 'draft'
                : (await mergeBlocker(ctx, repo, pr))
                    ? 'blocked'
                    : 'clean';
    }
    const side = (ref, sha) => ({
        label: `${repo.owner}:${ref}`,
        ref,
        sha,
        user: userJson(ctx, repo.owner),
        repo: repoJson(ctx, repo),
    });
    const link = (href) => ({ href });
    return {
        url: `${api}/pulls/${pr.number}`,
        id: pr.id,
        node_id: nodeId('PullRequest', pr.id),
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        issue_url: `${api}/issues/${pr.number}`,
        commits_url: `${api}/pulls/${pr.number}/commits`,
        review_comments_url: `${api}/pulls/${pr.number}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${pr.number}/comments`,
        statuses_url: `${api}/statuses/${pr.headSha}`,
        number: pr.number,
        state: pr.state,
        locked: false,
        title: pr.title,
        user: userJson(ctx, pr.author),
        body: pr.body,
        labels: [],
        milestone: null,
        active_lock_reason: null,
        created_at: pr.createdAt,
        updated_at: pr.updatedAt,
        closed_at: pr.closedAt,
        merged_at: pr.mergedAt,
        merge_commit_sha: pr.mergeCommitSha,
        assignee: null,
        assignees: [],
        requested_reviewers: [],
        requested_teams: [],
        head: side(pr.headRef, pr.headSha),
        // base.sha is the stored snapshot, not the live tip (see PullRequest.baseSha).
        base: side(pr.baseRef, pr.baseSha),
        _links: {
            self: link(`${api}/pulls/${pr.number}`),
            html: link(html),
            issue: link(`${api}/issues/${pr.number}`),
            comments: link(`${api}/issues/${pr.number}/comments`),
            review_comments: link(`${api}/pulls/${pr.number}/comments`),
            review_comment: link(`${api}/pulls/comments{/number}`),
            commits: link(`${api}/pulls/${pr.number}/commits`),
            statuses: link(`${api}/statuses/${pr.headSha}`),
        },
        author_association: association(ctx, repo, pr.author),
        auto_merge: null,
        draft: pr.draft,
        merged: pr.mergedAt !== null,
        mergeable,
        rebaseable: mergeable,
        mergeable_state: mergeableState,
        merged_by: pr.mergedBy ? userJson(ctx, pr.mergedBy) : null,
        comments: 0,
        review_comments: 0,
        maintainer_can_modify: false,
        commits,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length,
    };
}
/** pull-request-review JSON. */
function reviewJson(ctx, repo, review) {
    const api = repoApi(ctx, repo);
    const html = `${repoHtml(ctx, repo)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
    return {
        id: review.id,
        node_id: nodeId('PullRequestReview', review.id),
        user: userJson(ctx, review.user),
        body: review.body,
        state: review.state,
        html_url: html,
        pull_request_url: `${api}/pulls/${review.pullNumber}`,
        _links: { html: { href: html }, pull_request: { href: `${api}/pulls/${review.pullNumber}` } },
        ...(review.submittedAt ? { submitted_at: review.submittedAt } : {}),
        commit_id: review.commitId,
        author_association: association(ctx, repo, review.user),
    };
}
function reviewState(event) {
    switch (event) {
        case 'APPROVE':
            return 'APPROVED';
        case 'REQUEST_CHANGES':
            return 'CHANGES_REQUESTED';
        case 'COMMENT':
            return 'COMMENTED';
        case undefined:
        case '':
            return 'PENDING';
        default:
            throw unprocessable('Unprocessable Entity', [`Invalid event ${event}`]);
    }
}
function checkSelfReview(pr, login, state) {
    if (login.toLowerCase() !== pr.author.toLowerCase())
        return;
    if (state === 'APPROVED')
        throw unprocessable('Unprocessable Entity', ['Can not approve your own pull request']);
    if (state === 'CHANGES_REQUESTED') {
        throw unprocessable('Unprocessable Entity', ['Can not request changes on your own pull request']);
    }
}
/** Merges a pull request the way GitHub does; returns the new base tip. */
async function mergePull(ctx, repo, pr, merger, options) {
    const baseSha = await repo.git.resolve(`refs/heads/${pr.baseRef}`);
    if (!baseSha)
        throw new HttpError(405, 'Base branch was modified. Review and try the merge again.');
    const mergeBase = await mergeBaseOf(repo, pr);
    const range = mergeBase ? `${mergeBase}..${pr.headSha}` : pr.headSha;
    const commits = (await repo.git.text(['rev-list', '--reverse', '--no-merges', range])).split('\n').filter(Boolean);
    const author = { ...personOf(ctx, merger), date: isoNow() };
    let newSha;
    if (options.method === 'rebase') {
        newSha = await replayCommits(ctx, repo.git, baseSha, commits, { ...GITHUB_COMMITTER, date: isoNow() });
    }
    else {
        const tree = await mergeTrees(repo.git, baseSha, pr.headSha);
        if (tree) {
            if (options.method === 'squash') {
                const messages = [];
                for (const sha of commits)
                    messages.push(`* ${(await readCommit(repo.git, sha))?.message.trim() ?? sha}`);
                const title = options.title ?? `${pr.title} (#${pr.number})`;
                const body = options.message ?? messages.join('\n\n');
                const prAuthor = { ...personOf(ctx, pr.author), date: isoNow() };
                newSha = await commitTree(repo.git, tree, [baseSha], `${title}\n\n${body}\n`, prAuthor, GITHUB_COMMITTER);
            }
            else {
                const title = options.title ?? `Merge pull request #${pr.number} from ${repo.owner}/${pr.headRef}`;
                const body = options.message ?? pr.title;
                newSha = await commitTree(repo.git, tree, [baseSha, pr.headSha], `${title}\n\n${body}\n`, author, GITHUB_COMMITTER);
            }
        }
    }
    if (!newSha)
        throw new HttpError(405, 'Pull Request is not mergeable');
    // GitHub signs the merge and squash commits it creates (web-flow); rebased commits are not signed ("Signature
    // verification for rebase and merge" in GitHub's docs).
    if (options.method !== 'rebase')
        newSha = await signAsGitHub(repo, newSha);
    await writeRef(ctx, repo, {
        ref: `refs/heads/${pr.baseRef}`,
        sha: newSha,
        actor: merger,
        mode: 'update',
        force: true,
        bypassRules: true,
        activity: 'pr_merge',
    });
    const now = isoNow();
    pr.state = 'closed';
    pr.mergedAt = now;
    pr.closedAt = now;
    pr.updatedAt = now;
    pr.mergedBy = merger;
    pr.mergeCommitSha = newSha;
    pr.commitShas = commits;
    pr.mergeBase = mergeBase ?? null;
    return newSha;
}
/** Pull request and review routes. */
function pullRoutes(ctx) {
    const base = '/repos/{owner}/{repo}/pulls';
    return [
        {
            method: 'POST',
            template: base,
            operationId: 'pulls/create',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const title = requireStr(body, 'title');
                const headInput = requireStr(body, 'head');
                const baseRef = requireStr(body, 'base');
                const headRef = headInput.includes(':') ? headInput.slice(headInput.indexOf(':') + 1) : headInput;
                const headSha = await repo.git.resolve(`refs/heads/${headRef}`);
                const baseSha = await repo.git.resolve(`refs/heads/${baseRef}`);
                if (!headSha)
                    throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
                if (!baseSha)
                    throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
                if (await repo.git.isAncestor(headSha, baseSha)) {
                    throw unprocessable('Validation Failed', [
                        { resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headRef}` },
                    ]);
                }
                if (repo.pulls.some((p) => p.state === 'open' && p.headRef === headRef && p.baseRef === baseRef)) {
                    throw unprocessable('Validation Failed', [
                        {
                            resource: 'PullRequest',
                            code: 'custom',
                            message: `A pull request already exists for ${repo.owner}:${headRef}.`,
                        },
                    ]);
                }
                const login = actor(req);
                const now = isoNow();
                const push = repo.lastPush.get(headRef) ?? { sha: headSha, pusher: login, at: ctx.state.seq() };
                const pr = {
                    id: ctx.state.nextId('pull', 100000),
                    number: repo.pulls.length + 1,
                    title,
                    body: str(body, 'body') ?? null,
                    state: 'open',
                    draft: body.draft === true,
                    author: login,
                    headRef,
                    headSha,
                    baseRef,
                    baseSha,
                    createdAt: now,
                    updatedAt: now,
                    closedAt: null,
                    mergedAt: null,
                    mergedBy: null,
                    mergeCommitSha: null,
                    pushes: [push],
                    commitShas: [],
                    mergeBase: null,
                };
                repo.pulls.push(pr);
                return json(201, await prJson(ctx, repo, pr));
            },
        },
        {
            method: 'GET',
            template: base,
            operationId: 'pulls/list',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const state = req.query.state ?? 'open';
                const head = req.query.head;
                const pulls = repo.pulls.filter((p) => (state === 'all' || p.state === state) &&
                    (head === undefined ||
                        `${repo.owner}:${p.headRef}`.toLowerCase() === head.toLowerCase() ||
                        p.headRef === head) &&
                    (req.query.base === undefined || p.baseRef === req.query.base));
                const sorted = [...pulls].sort((a, b) => req.query.direction === 'asc' ? a.number - b.number : b.number - a.number);
                const page = pageOf(ctx, req, sorted);
                const items = page.body;
                return { ...page, body: await Promise.all(items.map((p) => prJson(ctx, repo, p))) };
            },
        },
        {
            method: 'GET',
            template: `${base}/{pull_number}`,
            operationId: 'pulls/get',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                return json(200, await prJson(ctx, repo, findPull(repo, intParam(req, 'pull_number'))));
            },
        },
        {
            method: 'PATCH',
            template: `${base}/{pull_number}`,
            operationId: 'pulls/update',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const body = bodyObject(req);
                const title = str(body, 'title');
                if (title !== undefined)
                    pr.title = title;
                if ('body' in body)
                    pr.body = str(body, 'body') ?? null;
                const baseRef = str(body, 'base');
                if (baseRef !== undefined) {
                    if (!(await repo.git.resolve(`refs/heads/${baseRef}`))) {
                        throw unprocessable('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
                    }
                    pr.baseRef = baseRef;
                    await refreshBaseSha(repo, pr);
                }
                const state = str(body, 'state');
                if (state === 'closed' && pr.state === 'open') {
                    pr.state = 'closed';
                    pr.closedAt = isoNow();
                }
                else if (state === 'open' && pr.state === 'closed' && !pr.mergedAt) {
                    pr.state = 'open';
                    pr.closedAt = null;
                    pr.headSha = (await repo.git.resolve(`refs/heads/${pr.headRef}`)) ?? pr.headSha;
                    await refreshBaseSha(repo, pr);
                }
                pr.updatedAt = isoNow();
                return json(200, await prJson(ctx, repo, pr));
            },
        },
        {
            method: 'GET',
            template: `${base}/{pull_number}/files`,
            operationId: 'pulls/list-files',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const mergeBase = await mergeBaseOf(repo, pr);
                // "Responses include a maximum of 3000 files" (OpenAPI description of pulls/list-files).
                const files = (mergeBase ? await diffFiles(repo.git, mergeBase, pr.headSha) : []).slice(0, MAX_PULL_FILES);
                const html = repoHtml(ctx, repo);
                return pageOf(ctx, req, files, (f) => ({
                    ...f,
                    blob_url: `${html}/blob/${pr.headSha}/${encodeURI(f.filename)}`,
                    raw_url: `${html}/raw/${pr.headSha}/${encodeURI(f.filename)}`,
                    contents_url: `${repoApi(ctx, repo)}/contents/${encodeURI(f.filename)}?ref=${pr.headSha}`,
                }));
            },
        },
        {
            method: 'GET',
            template: `${base}/{pull_number}/commits`,
            operationId: 'pulls/list-commits',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const mergeBase = await mergeBaseOf(repo, pr);
                const range = mergeBase ? `${mergeBase}..${pr.headSha}` : pr.headSha;
                // Oldest first, and at most the first 250 commits (GitHub's documented cap for this endpoint).
                const shas = (await repo.git.text(['rev-list', '--reverse', '--topo-order', range]))
                    .split('\n')
                    .filter(Boolean);
                const page = pageOf(ctx, req, shas.slice(0, MAX_PULL_COMMITS));
                return { ...page, body: await commitsJson(ctx, repo, page.body) };
            },
        },
        {
            method: 'PUT',
            template: `${base}/{pull_number}/merge`,
            operationId: 'pulls/merge',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const body = bodyObject(req);
                const method = str(body, 'merge_method') ?? 'merge';
                if (pr.mergedAt)
                    throw new HttpError(405, 'Pull Request is not mergeable');
                if (pr.state !== 'open')
                    throw new HttpError(405, 'Pull Request is not mergeable');
                const expected = str(body, 'sha');
                if (expected !== undefined && expected !== pr.headSha) {
                    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
                }
                if (pr.draft)
                    throw new HttpError(405, 'Pull Request is still a draft');
                const blocker = await mergeBlocker(ctx, repo, pr);
                if (blocker)
                    throw new HttpError(405, blocker);
                const sha = await mergePull(ctx, repo, pr, actor(req), {
                    method,
                    title: str(body, 'commit_title'),
                    message: str(body, 'commit_message'),
                });
                return json(200, { sha, merged: true, message: 'Pull Request successfully merged' });
            },
        },
        {
            method: 'GET',
            template: `${base}/{pull_number}/reviews`,
            operationId: 'pulls/list-reviews',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const me = req.identity?.account.login.toLowerCase();
                const reviews = repo.reviews.filter((r) => r.pullNumber === pr.number && (r.state !== 'PENDING' || r.user.toLowerCase() === me));
                return pageOf(ctx, req, reviews, (r) => reviewJson(ctx, repo, r));
            },
        },
        {
            method: 'POST',
            template: `${base}/{pull_number}/reviews`,
            operationId: 'pulls/create-review',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const login = actor(req);
                const body = bodyObject(req);
                const state = reviewState(str(body, 'event'));
                checkSelfReview(pr, login, state);
                if (state === 'PENDING' &&
                    repo.reviews.some((r) => r.pullNumber === pr.number && r.state === 'PENDING' && r.user === login)) {
                    throw unprocessable('Unprocessable Entity', ['User can only have one pending review per pull request']);
                }
                const review = {
                    id: ctx.state.nextId('review', 80000000),
                    pullNumber: pr.number,
                    user: login,
                    body: str(body, 'body') ?? '',
                    state,
                    commitId: str(body, 'commit_id') ?? pr.headSha,
                    submittedAt: state === 'PENDING' ? null : isoNow(),
                    seq: ctx.state.seq(),
                };
                repo.reviews.push(review);
                return json(200, reviewJson(ctx, repo, review));
            },
        },
        {
            method: 'GET',
            template: `${base}/{pull_number}/reviews/{review_id}`,
            operationId: 'pulls/get-review',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const review = repo.reviews.find((r) => r.pullNumber === intParam(req, 'pull_number') && r.id === intParam(req, 'review_id'));
                if (!review)
                    throw notFound();
                return json(200, reviewJson(ctx, repo, review));
            },
        },
        {
            method: 'POST',
            template: `${base}/{pull_number}/reviews/{review_id}/events`,
            operationId: 'pulls/submit-review',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const pr = findPull(repo, intParam(req, 'pull_number'));
                const login = actor(req);
                const review = repo.reviews.find((r) => r.pullNumber === pr.number && r.id === intParam(req, 'review_id'));
                if (!review || review.user.toLowerCase() !== login.toLowerCase())
                    throw notFound();
                if (review.state !== 'PENDING')
                    throw unprocessable('Unprocessable Entity', ['Can not submit a non-pending review']);
                const body = bodyObject(req);
                const state = reviewState(requireStr(body, 'event'));
                checkSelfReview(pr, login, state);
                review.state = state;
                const text = str(body, 'body');
                if (text !== undefined)
                    review.body = text;
                review.submittedAt = isoNow();
                review.seq = ctx.state.seq();
                return json(200, reviewJson(ctx, repo, review));
            },
        },
        {
            method: 'PUT',
            template: `${base}/{pull_number}/reviews/{review_id}/dismissals`,
            operationId: 'pulls/dismiss-review',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const review = repo.reviews.find((r) => r.pullNumber === intParam(req, 'pull_number') && r.id === intParam(req, 'review_id'));
                if (!review)
                    throw notFound();
                if (review.state === 'PENDING')
                    throw unprocessable('Unprocessable Entity', ['Can not dismiss a pending review']);
                review.state = 'DISMISSED';
                return json(200, reviewJson(ctx, repo, review));
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/admin.ts
/**
 * In-process admin API for test setup (not HTTP): identities, tokens, teams, repositories, pushes as a user,
 * branch and tag rules, signed/unsigned tags, attestations, and GitHub-shaped webhook payloads.
 */












/** The admin API of one server. */
class Admin {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    get state() {
        return this.ctx.state;
    }
    requireRepo(owner, name) {
        const repo = this.state.repo(owner, name);
        if (!repo)
            throw new Error(`unknown repository ${owner}/${name}`);
        return repo;
    }
    /** An account by login, if it exists. */
    account(login) {
        return this.state.account(login);
    }
    /** A team by org/slug, if it exists. */
    team(org, slug) {
        return this.state.team(org, slug);
    }
    /** An app by id or slug, if it exists. */
    app(idOrSlug) {
        return [...this.state.apps.values()].find((a) => a.id === idOrSlug || a.slug === idOrSlug);
    }
    /** Grants a team a permission on a repository. */
    grantTeam(org, slug, repo, permission) {
        const team = this.state.team(org, slug);
        if (!team)
            throw new Error(`unknown team ${org}/${slug}`);
        team.repos.set(repo.toLowerCase(), permission);
    }
    /** Creates an organization account. */
    createOrg(login, options = {}) {
        const account = {
            login,
            id: options.id ?? this.state.nextId('account', 9000),
            type: 'Organization',
            name: options.name ?? login,
            email: `${login}@users.noreply.github.com`,
        };
        this.state.accounts.set(login.toLowerCase(), account);
        return account;
    }
    /** Creates a user (or bot) account. */
    createUser(spec) {
        const id = spec.id ?? this.state.nextId('account', 9000);
        const account = {
            login: spec.login,
            id,
            type: spec.type ?? 'User',
            name: spec.name ?? spec.login,
            email: spec.email ?? `${id}+${spec.login}@users.noreply.github.com`,
        };
        this.state.accounts.set(spec.login.toLowerCase(), account);
        return account;
    }
    /** Creates a GitHub App and its installation bot `<slug>[bot]`. */
    createApp(spec) {
        const id = spec.id ?? this.state.nextId('app', 100000);
        const botLogin = `${spec.slug}[bot]`;
        const app = { id, slug: spec.slug, name: spec.name ?? spec.slug, owner: spec.owner ?? spec.slug, botLogin };
        this.state.apps.set(id, app);
        if (!this.state.account(app.owner))
            this.createOrg(app.owner);
        this.createUser({ login: botLogin, type: 'Bot', name: botLogin });
        return app;
    }
    /** Issues a token; returns its value. */
    createToken(spec) {
        let login = spec.login;
        let appId;
        if (spec.app !== undefined) {
            const app = [...this.state.apps.values()].find((a) => a.id === spec.app || a.slug === spec.app);
            if (!app)
                throw new Error(`unknown app ${String(spec.app)}`);
            login = app.botLogin;
            appId = app.id;
        }
        if (!login || !this.state.account(login))
            throw new Error(`unknown account ${String(login)}`);
        const token = spec.token ?? `${appId !== undefined ? 'ghs' : 'ghp'}_${(0,external_node_crypto_.randomBytes)(18).toString('hex')}`;
        const repos = spec.repos ?? {};
        this.state.tokens.set(token, {
            token,
            login,
            ...(appId !== undefined ? { appId } : {}),
            repos: Object.fromEntries(Object.entries(repos).map(([k, v]) => [k.toLowerCase(), v])),
            orgMembersRead: spec.orgMembersRead === true,
        });
        if (appId === undefined) {
            for (const [key, permission] of Object.entries(repos)) {
                const [owner = '', name = ''] = key.split('/');
                const repo = this.state.repo(owner, name);
                if (repo && !repo.collaborators.has(login.toLowerCase()))
                    repo.collaborators.set(login.toLowerCase(), permission);
            }
        }
        return token;
    }
    /** Creates a team in an organization with members (active unless listed in `pending`). */
    createTeam(spec) {
        if (!this.state.account(spec.org))
            this.createOrg(spec.org);
        const team = {
            id: this.state.nextId('team', 700),
            org: spec.org,
            slug: spec.slug,
            name: spec.name ?? spec.slug,
            members: new Map(),
            repos: new Map(Object.entries(spec.repos ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
        };
        for (const login of spec.members ?? [])
            team.members.set(login.toLowerCase(), { role: 'member', state: 'active' });
        for (const login of spec.maintainers ?? [])
            team.members.set(login.toLowerCase(), { role: 'maintainer', state: 'active' });
        for (const login of spec.pending ?? [])
            team.members.set(login.toLowerCase(), { role: 'member', state: 'pending' });
        this.state.teams.set(`${spec.org}/${spec.slug}`.toLowerCase(), team);
        return team;
    }
    /** Adds (or updates) a team member. */
    addTeamMember(org, slug, login, options = {}) {
        const team = this.state.team(org, slug);
        if (!team)
            throw new Error(`unknown team ${org}/${slug}`);
        team.members.set(login.toLowerCase(), { role: options.role ?? 'member', state: options.state ?? 'active' });
    }
    /** Grants a user a permission on a repository. */
    addCollaborator(owner, name, login, permission) {
        this.requireRepo(owner, name).collaborators.set(login.toLowerCase(), permission);
    }
    /** Creates a repository (a real bare git repo), optionally with an initial commit. Returns the head sha if any. */
    async createRepo(spec) {
        if (!this.state.account(spec.owner))
            this.createOrg(spec.owner);
        const defaultBranch = spec.defaultBranch ?? 'main';
        const path = (0,external_node_path_.join)(this.ctx.root, 'repos', spec.owner, `${spec.name}.git`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const git = new GitRepo(path, this.ctx.home);
        await git.init(defaultBranch);
        const repo = {
            id: this.state.nextId('repo', 500000),
            owner: spec.owner,
            name: spec.name,
            private: spec.private ?? false,
            defaultBranch,
            description: spec.description ?? null,
            createdAt: isoNow(),
            git,
            branchRules: new Map(),
            tagRules: [],
            pulls: [],
            reviews: [],
            checkRuns: [],
            releases: [],
            attestations: [],
            dispatches: [],
            verifications: new Map(),
            collaborators: new Map(Object.entries(spec.collaborators ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
            lastPush: new Map(),
            activities: [],
            comments: [],
            statuses: [],
        };
        this.state.repos.set(`${spec.owner}/${spec.name}`.toLowerCase(), repo);
        let headSha;
        if (spec.files) {
            headSha = await this.pushCommit({
                owner: spec.owner,
                repo: spec.name,
                branch: defaultBranch,
                files: spec.files,
                as: spec.as ?? spec.owner,
                message: spec.message ?? 'Initial commit',
            });
        }
        return { id: repo.id, headSha };
    }
    /** Commits a file map on top of a branch as a user (a human push); returns the new commit sha. */
    async pushCommit(spec) {
        const repo = this.requireRepo(spec.owner, spec.repo);
        const ref = `refs/heads/${spec.branch}`;
        const parent = spec.parent ?? (await repo.git.resolve(ref)) ?? (await repo.git.resolve(`refs/heads/${repo.defaultBranch}`));
        const baseTree = parent ? await repo.git.text(['rev-parse', `${parent}^{tree}`]) : undefined;
        const entries = Object.entries(spec.files);
        const written = entries.filter((e) => e[1] !== null);
        const shas = await repo.git.writeBlobs(written.map(([, c]) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
        const shaOf = new Map(written.map(([path], i) => [path, shas[i] ?? '']));
        const changes = entries.map(([path, content]) => ({
            path,
            mode: '100644',
            type: 'blob',
            sha: content === null ? null : (shaOf.get(path) ?? null),
        }));
        const tree = await buildTree(this.ctx, repo.git, baseTree, changes);
        const person = { ...personOf(this.ctx, spec.as), date: isoNow() };
        const sha = await commitTree(repo.git, tree, parent ? [parent] : [], spec.message ?? `Update ${Object.keys(spec.files).join(', ')}`, person);
        await this.ctx.lock.run(() => writeRef(this.ctx, repo, {
            ref,
            sha,
            actor: spec.as,
            mode: 'upsert',
            force: spec.force === true,
            bypassRules: true,
        }));
        return sha;
    }
    /** Moves (or creates) a branch to an existing commit as a user, with push side effects. */
    async setBranch(owner, name, branch, sha, as, force = true) {
        const repo = this.requireRepo(owner, name);
        await writeRef(this.ctx, repo, {
            ref: `refs/heads/${branch}`,
            sha,
            actor: as,
            mode: 'upsert',
            force,
            bypassRules: true,
        });
    }
    /** Sets (replaces) the rules of a branch. */
    setBranchRules(owner, name, branch, rules) {
        this.requireRepo(owner, name).branchRules.set(branch, rules);
    }
    /**
     * Adds a tag ruleset: the `operations` on refs/tags/<pattern> (default creation, update and deletion) are refused
     * to everyone but the `bypass` logins, over the API and over `git push`. A bypass covers only its own ruleset, so
     * "the App creates, nobody moves or deletes" is two calls: {operations: ['creation'], bypass: [bot]} and
     * {operations: ['update', 'deletion']}.
     */
    addTagRule(owner, name, rule) {
        const operations = rule.operations ?? ['creation', 'update', 'deletion'];
        for (const op of operations) {
            if (op !== 'creation' && op !== 'update' && op !== 'deletion')
                throw new Error(`addTagRule: operations must be 'creation', 'update' or 'deletion', got ${String(op)}`);
        }
        this.requireRepo(owner, name).tagRules.push({ pattern: rule.pattern, bypass: rule.bypass ?? [], operations });
    }
    /** Creates a tag (annotated by default) with a modelled signature state; returns the ref target sha. */
    async createTag(spec) {
        const repo = this.requireRepo(spec.owner, spec.repo);
        const target = (await repo.git.resolve(`refs/heads/${spec.target}`)) ?? (await repo.git.resolve(spec.target));
        if (!target)
            throw new Error(`unknown target ${spec.target}`);
        const as = spec.as ?? spec.owner;
        let sha = target;
        if (!spec.lightweight) {
            const signature = spec.signature ?? 'unsigned';
            const signatureBlock = signature === 'unsigned'
                ? undefined
                : `-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE${(0,external_node_crypto_.randomBytes)(24).toString('base64')}\n-----END PGP SIGNATURE-----\n`;
            sha = await createTagObject(repo, {
                tag: spec.tag,
                message: spec.message ?? spec.tag,
                object: target,
                type: 'commit',
                tagger: { ...personOf(this.ctx, as), date: isoNow() },
                ...(signatureBlock ? { signature: signatureBlock } : {}),
            });
            if (signatureBlock) {
                const raw = (await repo.git.catFile('tag', sha)).toString('utf8');
                const verification = {
                    verified: signature === 'valid',
                    reason: signature === 'valid' ? 'valid' : 'invalid',
                    signature: signatureBlock,
                    payload: raw.replace(signatureBlock, ''),
                    verified_at: signature === 'valid' ? isoNow() : null,
                };
                repo.verifications.set(sha, verification);
            }
        }
        await writeRef(this.ctx, repo, {
            ref: `refs/tags/${spec.tag}`,
            sha,
            actor: as,
            mode: 'create',
            bypassRules: spec.enforceRules !== true,
        });
        return sha;
    }
    /** Deletes a ref (setup helper; bypasses rules). */
    async deleteRef(owner, name, ref) {
        const repo = this.requireRepo(owner, name);
        try {
            await deleteRef(this.ctx, repo, ref, 'admin', true);
        }
        catch (error) {
            if (!(error instanceof HttpError))
                throw error;
        }
    }
    /** Replaces (or removes, with null) the digest of a release asset, to model assets uploaded before digests. */
    setAssetDigest(owner, name, assetId, digest) {
        for (const release of this.requireRepo(owner, name).releases) {
            const asset = release.assets.find((a) => a.id === assetId);
            if (asset)
                asset.digest = digest;
        }
    }
    /** Adds an attestation bundle for a subject digest ("sha256:<hex>"); returns its id. */
    addAttestation(owner, name, spec) {
        const id = this.state.nextId('attestation', 40000);
        this.requireRepo(owner, name).attestations.push({ id, subjectDigest: spec.subjectDigest, bundle: spec.bundle });
        return id;
    }
    /** repository_dispatch events received so far. */
    dispatches(owner, name) {
        return this.requireRepo(owner, name).dispatches;
    }
    /** The stored pull request record. */
    pull(owner, name, number) {
        const pr = this.requireRepo(owner, name).pulls.find((p) => p.number === number);
        if (!pr)
            throw new Error(`unknown pull request ${owner}/${name}#${number}`);
        return pr;
    }
    /** The whole repository record (reviews, check runs, releases...) for assertions. */
    repository(owner, name) {
        return this.requireRepo(owner, name);
    }
    /** Path of the bare repository on disk. */
    repoPath(owner, name) {
        return this.requireRepo(owner, name).git.path;
    }
    /**
     * Smart-HTTP URL with a token as credentials (`http://x-access-token:<token>@…/<owner>/<repo>.git`), for `git push`
     * as a runner would do it: the push needs the token's write access and meets branch and tag rules.
     */
    pushUrl(owner, name, token) {
        const url = new URL(this.cloneUrl(owner, name));
        url.username = 'x-access-token';
        url.password = token;
        return url.toString();
    }
    /** Smart-HTTP clone URL. */
    cloneUrl(owner, name) {
        const repo = this.requireRepo(owner, name);
        return `${this.ctx.url}/${repo.owner}/${repo.name}.git`;
    }
    /**
     * A GitHub-shaped webhook payload built from the same JSON the REST API returns.
     * pull_request: {repo, number, action}; pull_request_review: {repo, number, reviewId?, action?};
     * push: {repo, ref (e.g. refs/tags/x), before?, sender?}.
     */
    async eventPayload(name, options) {
        const [owner = '', repoName = ''] = options.repo.split('/');
        const repo = this.requireRepo(owner, repoName);
        const repository = repoJson(this.ctx, repo);
        if (name === 'push') {
            const ref = options.ref ?? `refs/heads/${repo.defaultBranch}`;
            const after = (await repo.git.resolve(ref)) ?? '0'.repeat(40);
            const sender = options.sender ?? repo.owner;
            const before = options.before ?? '0'.repeat(40);
            return {
                ref,
                before,
                after,
                created: /^0+$/.test(before),
                deleted: /^0+$/.test(after),
                forced: false,
                base_ref: null,
                compare: `${this.ctx.url}/${repo.owner}/${repo.name}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
                commits: [],
                head_commit: null,
                repository,
                pusher: { name: sender, email: this.state.account(sender)?.email ?? null },
                sender: userJson(this.ctx, sender),
            };
        }
        const pr = this.pull(owner, repoName, options.number ?? 1);
        const pullRequest = await prJson(this.ctx, repo, pr);
        if (name === 'pull_request') {
            return {
                action: options.action ?? 'opened',
                number: pr.number,
                pull_request: pullRequest,
                repository,
                sender: userJson(this.ctx, options.sender ?? pr.author),
            };
        }
        const reviews = repo.reviews.filter((r) => r.pullNumber === pr.number && r.state !== 'PENDING');
        const review = options.reviewId !== undefined ? reviews.find((r) => r.id === options.reviewId) : reviews[reviews.length - 1];
        if (!review)
            throw new Error(`no submitted review on ${options.repo}#${pr.number}`);
        return {
            action: options.action ?? 'submitted',
            review: reviewJson(this.ctx, repo, review),
            pull_request: pullRequest,
            repository,
            sender: userJson(this.ctx, review.user),
        };
    }
    /** GitHub's JSON for an annotated tag (with verification), for assertions. */
    async tagJson(owner, name, sha) {
        const repo = this.requireRepo(owner, name);
        const tag = await readTag(repo.git, sha);
        return tag ? gitTagJson(this.ctx, repo, tag) : undefined;
    }
}

;// CONCATENATED MODULE: ./packages/github-server/src/context.ts
/** Serializes async critical sections (GitHub applies writes to one repository one at a time). */
class Mutex {
    tail = Promise.resolve();
    /** Runs `fn` after every previously queued section finished. */
    run(fn) {
        const result = this.tail.then(fn);
        this.tail = result.then(() => undefined, () => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./packages/github-server/src/faults.ts
/**
 * Per-test fault injection: error statuses, secondary rate limits, latency, hooks that run a competing
 * change just before a write, and response mutation (to prove the contract checker can fail).
 */
/** Tests whether a request matches. */
function matches(matcher, target) {
    if (matcher.method && matcher.method.toUpperCase() !== target.method)
        return false;
    const { path } = matcher;
    if (path === undefined)
        return true;
    if (typeof path === 'string')
        return path === target.path || path === target.template || path === target.operationId;
    return path.test(target.path);
}
/** The fault registry of one server. */
class Faults {
    statuses = [];
    latencies = [];
    hooks = [];
    mutators = [];
    /** Makes the next `times` matching requests answer `status` (5xx, or a 403/429 secondary rate limit). */
    add(fault) {
        this.statuses.push({ spec: fault, remaining: fault.times ?? 1 });
    }
    /** Shorthand for a secondary rate limit (403 by default, or 429) with retry-after. */
    secondaryRateLimit(matcher) {
        this.add({ ...matcher, status: matcher.status ?? 403 });
    }
    /** Delays matching requests by `ms` (for `times` requests, default unlimited). */
    latency(matcher) {
        this.latencies.push({ spec: matcher, remaining: matcher.times ?? Number.POSITIVE_INFINITY });
    }
    /** Runs `run` once, just before the next matching write is handled (e.g. move a branch before a PATCH ref). */
    beforeWrite(matcher, run, times = 1) {
        this.hooks.push({ spec: { ...matcher, run }, remaining: times });
    }
    /** Rewrites the next matching response body before it is validated and sent. */
    mutateResponse(matcher, mutate, times = 1) {
        this.mutators.push({ spec: { ...matcher, mutate }, remaining: times });
    }
    /** Shorthand for an exhausted primary rate limit (403 by default, or 429) resetting in `retryAfter` seconds. */
    primaryRateLimit(matcher) {
        this.add({ ...matcher, status: matcher.status ?? 403, limit: 'primary' });
    }
    /** Removes every fault. */
    clear() {
        this.statuses = [];
        this.latencies = [];
        this.hooks = [];
        this.mutators = [];
    }
    /** Consumes and returns the status fault for a request, if any. */
    takeStatus(target) {
        return take(this.statuses, target)?.spec;
    }
    /** Total latency to apply to a request. */
    takeLatency(target) {
        let total = 0;
        for (const armed of this.latencies) {
            if (armed.remaining > 0 && matches(armed.spec, target)) {
                armed.remaining -= 1;
                total += armed.spec.ms;
            }
        }
        return total;
    }
    /** Runs the before-write hooks for a write request. */
    async runBeforeWrite(target) {
        for (;;) {
            const armed = take(this.hooks, target);
            if (!armed)
                return;
            await armed.spec.run();
        }
    }
    /** Applies response mutators. */
    mutate(target, body) {
        const armed = take(this.mutators, target);
        return armed ? armed.spec.mutate(body) : body;
    }
}
function take(list, target) {
    const armed = list.find((a) => a.remaining > 0 && matches(a.spec, target));
    if (armed)
        armed.remaining -= 1;
    return armed;
}

;// CONCATENATED MODULE: ./packages/github-server/src/log.ts
/** Request log of the test server, so tests can count the API calls a mode made. */
/** Append-only request log. */
class RequestLog {
    entries = [];
    /** Routes that were requested but not implemented (also present in `entries` with status 404). */
    unimplemented = [];
    /** Records a request. */
    add(entry) {
        this.entries.push(entry);
    }
    /** Counts entries matching every given field. */
    count(filter = {}) {
        return this.filter(filter).length;
    }
    /** Entries matching every given field. */
    filter(filter = {}) {
        return this.entries.filter((e) => (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
            (filter.operationId === undefined || e.operationId === filter.operationId) &&
            (filter.status === undefined || e.status === filter.status) &&
            (filter.identity === undefined || e.identity === filter.identity) &&
            (filter.path === undefined ||
                (typeof filter.path === 'string' ? e.path === filter.path : filter.path.test(e.path))));
    }
    /** Clears the log. */
    reset() {
        this.entries = [];
        this.unimplemented = [];
    }
}

;// CONCATENATED MODULE: ./packages/github-server/src/push.ts
/**
 * `git push` over smart HTTP as GitHub takes it: the pusher authenticates with a token (Basic auth, the token as
 * password or user name), needs write access, and every ref update passes the branch and tag rules before git
 * moves anything. git's own pre-receive/post-receive hooks call back into this server (a small Node script under
 * `<root>/hooks`), so a refused push is refused by git itself: the client sees GitHub's `remote: error: GH006 …`
 * lines and `! [remote rejected] … (pre-receive hook declined)`, and no ref changes. After an accepted push the
 * post-receive hook applies GitHub's push side effects (pull request synchronize, last pusher). Commits that
 * arrive this way are never signed by the server: `unsigned`, or `unknown_key` when they carry a signature GitHub
 * did not make (a copy of a GitHub-signed commit is the same object and stays verified).
 */





const ZERO = /^0{40}$/;
const HOOK_SCRIPT = `'use strict';
// Written by the Cutover test server: forwards a git hook's stdin to the server and relays its verdict.
const phase = process.argv[2];
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  try {
    const res = await fetch(process.env.CUTOVER_HOOK_URL + '/' + phase, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-cutover-hook-secret': process.env.CUTOVER_HOOK_SECRET },
      body: JSON.stringify({
        repo: process.env.CUTOVER_REPO,
        login: process.env.REMOTE_USER,
        updates: Buffer.concat(chunks).toString('utf8'),
      }),
    });
    const verdict = await res.json();
    if (verdict.message) process.stderr.write(verdict.message);
    process.exit(verdict.ok ? 0 : 1);
  } catch (error) {
    process.stderr.write('cutover test server hook failed: ' + String(error) + '\\n');
    process.exit(1);
  }
});
`;
/** Writes the hook scripts once per server; returns the hooks directory (for core.hooksPath). */
async function installHooks(root) {
    const dir = (0,external_node_path_.join)(root, 'hooks');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const script = (0,external_node_path_.join)(dir, 'hook.cjs');
    await (0,promises_.writeFile)(script, HOOK_SCRIPT);
    for (const phase of ['pre-receive', 'post-receive']) {
        const file = (0,external_node_path_.join)(dir, phase);
        await (0,promises_.writeFile)(file, `#!/bin/sh\nexec '${process.execPath}' '${script}' ${phase}\n`);
        await (0,promises_.chmod)(file, 0o755);
    }
    return dir;
}
/** The token in a Basic authorization header (GitHub takes it as the password, or as the user name). */
function basicToken(header) {
    const match = /^basic\s+(.+)$/i.exec(header?.trim() ?? '');
    if (!match?.[1])
        return undefined;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const user = colon === -1 ? decoded : decoded.slice(0, colon);
    const password = colon === -1 ? '' : decoded.slice(colon + 1);
    return password || user || undefined;
}
/** Whether `identity` may push to `repo` (write access through its token). */
function canPush(ctx, identity, repo) {
    const permission = tokenPermission(ctx, identity, repo);
    return permission !== undefined && permissionRank[permission] >= permissionRank.write;
}
function parseUpdates(text) {
    return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [old = '', sha = '', ref = ''] = line.split(' ');
        const change = ZERO.test(old) ? 'create' : ZERO.test(sha) ? 'delete' : 'update';
        return { old, sha, ref, change };
    });
}
/** Answers one hook call: pre-receive decides, post-receive applies GitHub's push side effects. */
async function answerHook(ctx, phase, call) {
    const [owner = '', name = ''] = call.repo.split('/');
    const repo = ctx.state.repo(owner, name);
    if (!repo)
        return { ok: false, message: `error: repository ${call.repo} not found\n` };
    const updates = parseUpdates(call.updates);
    if (phase === 'pre-receive') {
        const refusals = updates
            .map((u) => pushViolation(repo, u.ref, call.login, u.change))
            .filter((m) => m !== undefined);
        return refusals.length ? { ok: false, message: refusals.join('\n') } : { ok: true, message: '' };
    }
    if (phase === 'post-receive') {
        for (const u of updates) {
            if (!u.ref.startsWith('refs/heads/'))
                continue;
            // GitHub's repository activity records every branch update of the push, with the pusher as its actor.
            const type = u.change === 'delete' ? 'branch_deletion' : await pushType(repo, u.old, u.sha);
            recordActivity(ctx, repo, { ref: u.ref, before: u.old, after: u.sha, actor: call.login, type });
            if (u.change !== 'delete')
                await onBranchPush(ctx, repo, u.ref.slice('refs/heads/'.length), u.sha, call.login);
        }
        return { ok: true, message: '' };
    }
    return { ok: false, message: `error: unknown hook ${phase}\n` };
}

;// CONCATENATED MODULE: ./packages/github-server/src/router.ts
function decode(segment) {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
}
/** A route table. Parameters accept both `a%2Fb` and, for greedy routes, `a/b` in their last parameter. */
class Router {
    compiled;
    constructor(routes) {
        this.compiled = routes.map((route) => ({
            route,
            segments: route.template
                .split('/')
                .slice(1)
                .map((s) => {
                const m = /^\{(.+)\}$/.exec(s);
                return m?.[1] ? { param: m[1] } : { literal: s };
            }),
        }));
    }
    /** All routes. */
    routes() {
        return this.compiled.map((c) => c.route);
    }
    /** Finds the route for a method and raw (still percent-encoded) path. */
    match(method, rawPath) {
        const parts = rawPath.replace(/\/+$/, '').split('/').slice(1);
        for (const { route, segments } of this.compiled) {
            if (route.method !== method)
                continue;
            const params = this.matchSegments(segments, parts, route.greedy === true);
            if (params)
                return { route, params };
        }
        return undefined;
    }
    matchSegments(segments, parts, greedy) {
        if (parts.length < segments.length || (!greedy && parts.length !== segments.length))
            return undefined;
        const params = {};
        for (let i = 0; i < segments.length; i++) {
            const segment = segments[i];
            const part = parts[i];
            if (!segment || part === undefined || part === '')
                return undefined;
            const last = i === segments.length - 1;
            if (segment.literal !== undefined) {
                if (segment.literal !== part)
                    return undefined;
                if (last && parts.length !== segments.length)
                    return undefined;
            }
            else if (segment.param) {
                params[segment.param] = last && greedy ? parts.slice(i).map(decode).join('/') : decode(part);
            }
        }
        return params;
    }
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/activity.ts



const TYPES = [
    'push',
    'force_push',
    'branch_creation',
    'branch_deletion',
    'pr_merge',
    'merge_queue_merge',
];
/** `time_period` in hours, as GitHub's description puts it ("week" is 168 hours). */
const PERIOD_HOURS = { day: 24, week: 168, month: 720, quarter: 2160, year: 8760 };
/** An opaque cursor naming one activity (GitHub's cursors are opaque strings too). */
function cursorOf(activity) {
    return Buffer.from(`activity:${activity.seq}`).toString('base64url');
}
function seqOfCursor(cursor, name) {
    const match = /^activity:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!match?.[1])
        throw unprocessable(`Invalid ${name} cursor`);
    return Number(match[1]);
}
/** The activity JSON GitHub serves (components/schemas/activity). */
function activityJson(ctx, activity) {
    return {
        id: activity.id,
        node_id: nodeId('PushActivity', activity.id),
        before: activity.before,
        after: activity.after,
        ref: activity.ref,
        timestamp: activity.timestamp,
        activity_type: activity.type,
        actor: ctx.state.account(activity.actor) ? userJson(ctx, activity.actor) : null,
    };
}
function listActivities(ctx, req) {
    const repo = repoFor(ctx, req, 'read');
    const q = req.query;
    const type = q.activity_type;
    if (type !== undefined && !TYPES.includes(type))
        throw unprocessable(`Invalid activity_type ${type}: expected one of ${TYPES.join(', ')}`);
    const period = q.time_period;
    if (period !== undefined && !(period in PERIOD_HOURS))
        throw unprocessable(`Invalid time_period ${period}: expected one of ${Object.keys(PERIOD_HOURS).join(', ')}`);
    const direction = q.direction ?? 'desc';
    if (direction !== 'asc' && direction !== 'desc')
        throw unprocessable(`Invalid direction ${direction}`);
    const ref = q.ref === undefined ? undefined : q.ref.startsWith('refs/') ? q.ref : `refs/heads/${q.ref}`;
    const since = period ? Date.now() - (PERIOD_HOURS[period] ?? 0) * 3_600_000 : undefined;
    const perPage = Math.min(100, Math.max(1, Number(q.per_page ?? 30) || 30));
    let items = repo.activities.filter((a) => (ref === undefined || a.ref === ref) &&
        (type === undefined || a.type === type) &&
        (q.actor === undefined || a.actor.toLowerCase() === q.actor.toLowerCase()) &&
        (since === undefined || Date.parse(a.timestamp) >= since));
    items = direction === 'desc' ? [...items].reverse() : [...items];
    // `after`: the items that follow the cursor in this order; `before`: the items that precede it.
    let start = 0;
    let end = items.length;
    if (q.after !== undefined) {
        const seq = seqOfCursor(q.after, 'after');
        start = items.findIndex((a) => (direction === 'desc' ? a.seq < seq : a.seq > seq));
        if (start < 0)
            start = items.length;
    }
    else if (q.before !== undefined) {
        const seq = seqOfCursor(q.before, 'before');
        const at = items.findIndex((a) => (direction === 'desc' ? a.seq <= seq : a.seq >= seq));
        end = at < 0 ? items.length : at;
        start = Math.max(0, end - perPage);
    }
    const page = items.slice(start, Math.min(end, start + perPage));
    const link = (cursor) => {
        const { after: _after, before: _before, ...rest } = q;
        const query = new URLSearchParams({ ...rest, per_page: String(perPage), ...cursor });
        return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
    };
    const links = [];
    const first = page[0];
    const last = page.at(-1);
    if (last && start + page.length < items.length)
        links.push(`<${link({ after: cursorOf(last) })}>; rel="next"`);
    if (first && start > 0)
        links.push(`<${link({ before: cursorOf(first) })}>; rel="prev"`);
    return {
        status: 200,
        body: page.map((a) => activityJson(ctx, a)),
        headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
}
/** The repository activity route. */
function activityRoutes(ctx) {
    return [
        {
            method: 'GET',
            template: '/repos/{owner}/{repo}/activity',
            operationId: 'repos/list-activities',
            handler: async (req) => listActivities(ctx, req),
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/checks.ts




const MAX_TEXT = 65535;
const MAX_ANNOTATIONS = 50;
const LEVELS = new Set(['notice', 'warning', 'failure']);
function appOf(ctx, req) {
    const appId = req.identity?.token.appId;
    if (appId === undefined)
        throw new HttpError(403, 'You must authenticate via a GitHub App.');
    if (!ctx.state.apps.has(appId))
        throw new HttpError(403, 'You must authenticate via a GitHub App.');
    return appId;
}
function checkText(field, value) {
    if (value !== undefined && value.length > MAX_TEXT) {
        throw new HttpError(422, `Invalid request.\n\nOnly ${MAX_TEXT} characters are allowed; ${value.length} were supplied (${field}).`);
    }
}
function parseAnnotations(repo, ctx, headSha, raw) {
    if (raw === undefined)
        return [];
    if (!Array.isArray(raw))
        throw new HttpError(422, "Invalid request.\n\nFor 'properties/annotations', not an array.");
    if (raw.length > MAX_ANNOTATIONS) {
        throw new HttpError(422, `Invalid request.\n\nFor 'properties/annotations', ${raw.length} items were supplied; at most ${MAX_ANNOTATIONS} are allowed.`);
    }
    return raw.map((item) => {
        const a = (typeof item === 'object' && item !== null ? item : {});
        const path = requireStr(a, 'path');
        const level = requireStr(a, 'annotation_level');
        if (!LEVELS.has(level))
            throw new HttpError(422, `Invalid request.\n\n${level} is not a valid annotation_level.`);
        const num = (k) => (typeof a[k] === 'number' ? a[k] : null);
        const start = num('start_line');
        const end = num('end_line');
        if (start === null || end === null)
            throw new HttpError(422, 'Invalid request.\n\n"start_line" and "end_line" are required.');
        return {
            path,
            start_line: start,
            end_line: end,
            start_column: num('start_column'),
            end_column: num('end_column'),
            annotation_level: level,
            title: str(a, 'title') ?? null,
            message: requireStr(a, 'message'),
            raw_details: str(a, 'raw_details') ?? null,
            blob_href: `${repoHtml(ctx, repo)}/blob/${headSha}/${encodeURI(path)}`,
        };
    });
}
function applyOutput(ctx, repo, run, raw) {
    if (raw === undefined)
        return;
    const output = (typeof raw === 'object' && raw !== null ? raw : {});
    const title = requireStr(output, 'title');
    const summary = requireStr(output, 'summary');
    const text = str(output, 'text');
    checkText('title', title);
    checkText('summary', summary);
    checkText('text', text);
    const annotations = parseAnnotations(repo, ctx, run.headSha, output.annotations);
    run.output = { title, summary, text: text ?? run.output.text };
    run.annotations.push(...annotations);
}
function applyStatus(run, body) {
    const status = str(body, 'status');
    const conclusion = str(body, 'conclusion');
    if (status !== undefined)
        run.status = status;
    if (conclusion !== undefined) {
        run.conclusion = conclusion;
        run.status = 'completed';
    }
    if (run.status === 'completed' && run.conclusion === null) {
        throw new HttpError(422, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
    }
    if (run.status === 'completed')
        run.completedAt = str(body, 'completed_at') ?? run.completedAt ?? isoNow();
    const started = str(body, 'started_at');
    if (started !== undefined)
        run.startedAt = started;
    const details = str(body, 'details_url');
    if (details !== undefined)
        run.detailsUrl = details;
    const external = str(body, 'external_id');
    if (external !== undefined)
        run.externalId = external;
}
/** check-run JSON. */
function checkRunJson(ctx, repo, run) {
    const api = repoApi(ctx, repo);
    const app = ctx.state.apps.get(run.appId);
    const pulls = repo.pulls.filter((p) => p.state === 'open' && p.headSha === run.headSha);
    const repoRef = { id: repo.id, url: api, name: repo.name };
    return {
        id: run.id,
        head_sha: run.headSha,
        node_id: nodeId('CheckRun', run.id),
        external_id: run.externalId,
        url: `${api}/check-runs/${run.id}`,
        html_url: `${repoHtml(ctx, repo)}/runs/${run.id}`,
        details_url: run.detailsUrl,
        status: run.status,
        conclusion: run.conclusion,
        started_at: run.startedAt,
        completed_at: run.completedAt,
        output: {
            title: run.output.title,
            summary: run.output.summary,
            text: run.output.text,
            annotations_count: run.annotations.length,
            annotations_url: `${api}/check-runs/${run.id}/annotations`,
        },
        name: run.name,
        check_suite: { id: run.appId * 1000 + 1 },
        app: app ? appJson(ctx, app) : null,
        pull_requests: pulls.map((p) => ({
            id: p.id,
            number: p.number,
            url: `${api}/pulls/${p.number}`,
            head: { ref: p.headRef, sha: p.headSha, repo: repoRef },
            base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef },
        })),
    };
}
function findRun(repo, req) {
    const run = repo.checkRuns.find((r) => r.id === intParam(req, 'check_run_id'));
    if (!run)
        throw notFound();
    return run;
}
/** Check run routes. */
function checkRoutes(ctx) {
    const base = '/repos/{owner}/{repo}';
    return [
        {
            method: 'POST',
            template: `${base}/check-runs`,
            operationId: 'checks/create',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const appId = appOf(ctx, req);
                repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const name = requireStr(body, 'name');
                const headSha = requireStr(body, 'head_sha');
                if ((await repo.git.objectType(headSha)) !== 'commit')
                    throw new HttpError(422, `No commit found for SHA: ${headSha}`);
                const run = {
                    id: ctx.state.nextId('check-run', 5000000),
                    name,
                    headSha: await repo.git.text(['rev-parse', headSha]),
                    status: 'queued',
                    conclusion: null,
                    startedAt: isoNow(),
                    completedAt: null,
                    externalId: null,
                    detailsUrl: null,
                    output: { title: null, summary: null, text: null },
                    annotations: [],
                    appId,
                    seq: ctx.state.seq(),
                };
                applyStatus(run, body);
                applyOutput(ctx, repo, run, body.output);
                repo.checkRuns.push(run);
                return json(201, checkRunJson(ctx, repo, run));
            },
        },
        {
            method: 'PATCH',
            template: `${base}/check-runs/{check_run_id}`,
            operationId: 'checks/update',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const appId = appOf(ctx, req);
                repoFor(ctx, req, 'write');
                const run = findRun(repo, req);
                if (run.appId !== appId)
                    throw new HttpError(403, 'Resource not accessible by integration');
                const body = bodyObject(req);
                const name = str(body, 'name');
                if (name !== undefined)
                    run.name = name;
                applyStatus(run, body);
                applyOutput(ctx, repo, run, body.output);
                return json(200, checkRunJson(ctx, repo, run));
            },
        },
        {
            method: 'GET',
            template: `${base}/check-runs/{check_run_id}`,
            operationId: 'checks/get',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                return json(200, checkRunJson(ctx, repo, findRun(repo, req)));
            },
        },
        {
            method: 'GET',
            template: `${base}/check-runs/{check_run_id}/annotations`,
            operationId: 'checks/list-annotations',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                return pageOf(ctx, req, findRun(repo, req).annotations);
            },
        },
        {
            method: 'GET',
            template: `${base}/commits/{ref}/check-runs`,
            operationId: 'checks/list-for-ref',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const ref = req.params.ref ?? '';
                const sha = (await repo.git.resolve(`${ref}^{commit}`)) ?? (await repo.git.resolve(`refs/heads/${ref}^{commit}`));
                if (!sha)
                    throw new HttpError(422, `No commit found for SHA: ${ref}`);
                let runs = repo.checkRuns.filter((r) => r.headSha === sha);
                if (req.query.check_name !== undefined)
                    runs = runs.filter((r) => r.name === req.query.check_name);
                if (req.query.status !== undefined)
                    runs = runs.filter((r) => r.status === req.query.status);
                if (req.query.app_id !== undefined)
                    runs = runs.filter((r) => String(r.appId) === req.query.app_id);
                runs = [...runs].sort((a, b) => b.seq - a.seq);
                if ((req.query.filter ?? 'latest') === 'latest') {
                    const seen = new Set();
                    runs = runs.filter((r) => {
                        const key = `${r.appId}:${r.name}`;
                        if (seen.has(key))
                            return false;
                        seen.add(key);
                        return true;
                    });
                }
                return json(200, { total_count: runs.length, check_runs: runs.map((r) => checkRunJson(ctx, repo, r)) });
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/issues.ts





function commentJson(ctx, repo, c) {
    const api = repoApi(ctx, repo);
    return {
        id: c.id,
        node_id: nodeId('IssueComment', c.id),
        url: `${api}/issues/comments/${c.id}`,
        html_url: `${repoHtml(ctx, repo)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
        issue_url: `${api}/issues/${c.issueNumber}`,
        body: c.body,
        user: userJson(ctx, c.user),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
        author_association: association(ctx, repo, c.user),
    };
}
function statusJson(ctx, repo, st) {
    const creator = userJson(ctx, st.creator);
    return {
        url: `${repoApi(ctx, repo)}/statuses/${st.sha}`,
        avatar_url: creator.avatar_url,
        id: st.id,
        node_id: nodeId('StatusContext', st.id),
        state: st.state,
        description: st.description,
        target_url: st.targetUrl,
        context: st.context,
        created_at: st.createdAt,
        updated_at: st.createdAt,
        creator,
    };
}
const STATES = new Set(['error', 'failure', 'pending', 'success']);
/** Issue comment and status routes. */
function issueRoutes(ctx) {
    const base = '/repos/{owner}/{repo}';
    return [
        {
            method: 'POST',
            template: `${base}/issues/{issue_number}/comments`,
            operationId: 'issues/create-comment',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const number = intParam(req, 'issue_number');
                if (!repo.pulls.some((p) => p.number === number))
                    throw notFound();
                const now = isoNow();
                const comment = {
                    id: ctx.state.nextId('comment', 1_000_000),
                    issueNumber: number,
                    user: actor(req),
                    body: requireStr(bodyObject(req), 'body'),
                    createdAt: now,
                    updatedAt: now,
                };
                repo.comments.push(comment);
                return json(201, commentJson(ctx, repo, comment));
            },
        },
        {
            method: 'GET',
            template: `${base}/issues/{issue_number}/comments`,
            operationId: 'issues/list-comments',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const number = intParam(req, 'issue_number');
                const comments = repo.comments.filter((c) => c.issueNumber === number);
                return pageOf(ctx, req, comments, (c) => commentJson(ctx, repo, c));
            },
        },
        {
            method: 'PATCH',
            template: `${base}/issues/comments/{comment_id}`,
            operationId: 'issues/update-comment',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const comment = repo.comments.find((c) => c.id === intParam(req, 'comment_id'));
                if (!comment)
                    throw notFound();
                if (comment.user.toLowerCase() !== actor(req).toLowerCase())
                    repoFor(ctx, req, 'write');
                comment.body = requireStr(bodyObject(req), 'body');
                comment.updatedAt = isoNow();
                return json(200, commentJson(ctx, repo, comment));
            },
        },
        {
            method: 'POST',
            template: `${base}/statuses/{sha}`,
            operationId: 'repos/create-commit-status',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const state = requireStr(body, 'state');
                if (!STATES.has(state))
                    throw new HttpError(422, `Invalid request.\n\n${state} is not a valid state.`);
                const sha = req.params.sha ?? '';
                if ((await repo.git.objectType(sha)) !== 'commit')
                    throw new HttpError(422, `No commit found for SHA: ${sha}`);
                const status = {
                    id: ctx.state.nextId('status', 9_000_000),
                    sha: await repo.git.text(['rev-parse', sha]),
                    state,
                    context: str(body, 'context') ?? 'default',
                    description: str(body, 'description') ?? null,
                    targetUrl: str(body, 'target_url') ?? null,
                    creator: actor(req),
                    createdAt: isoNow(),
                    seq: ctx.state.seq(),
                };
                repo.statuses.push(status);
                return json(201, statusJson(ctx, repo, status));
            },
        },
        {
            method: 'GET',
            template: `${base}/commits/{ref}/status`,
            operationId: 'repos/get-combined-status-for-ref',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const ref = req.params.ref ?? '';
                const sha = (await repo.git.resolve(`refs/heads/${ref}^{commit}`)) ?? (await repo.git.resolve(`${ref}^{commit}`));
                if (!sha)
                    throw notFound();
                const latest = new Map();
                for (const st of [...repo.statuses].sort((a, b) => a.seq - b.seq))
                    if (st.sha === sha)
                        latest.set(st.context, st);
                const statuses = [...latest.values()];
                const state = statuses.some((s) => s.state === 'error' || s.state === 'failure')
                    ? 'failure'
                    : statuses.length && statuses.every((s) => s.state === 'success')
                        ? 'success'
                        : 'pending';
                return json(200, {
                    state,
                    statuses: statuses.map((s) => statusJson(ctx, repo, s)),
                    sha,
                    total_count: statuses.length,
                    repository: repoJson(ctx, repo),
                    commit_url: `${repoApi(ctx, repo)}/commits/${sha}`,
                    url: `${repoApi(ctx, repo)}/commits/${sha}/status`,
                });
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/releases.ts
/** Release routes: create, get by id/tag, list, assets (upload via upload_url, JSON or bytes download). */






/** Browser download URL of an asset (served by this server). */
function assetDownloadUrl(ctx, repo, release, asset) {
    return `${repoHtml(ctx, repo)}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`;
}
/** release-asset JSON. */
function assetJson(ctx, repo, release, asset) {
    return {
        url: `${repoApi(ctx, repo)}/releases/assets/${asset.id}`,
        browser_download_url: assetDownloadUrl(ctx, repo, release, asset),
        id: asset.id,
        node_id: nodeId('ReleaseAsset', asset.id),
        name: asset.name,
        label: asset.label,
        state: 'uploaded',
        content_type: asset.contentType,
        size: asset.data.length,
        digest: asset.digest,
        download_count: 0,
        created_at: asset.createdAt,
        updated_at: asset.createdAt,
        uploader: userJson(ctx, asset.uploader),
    };
}
/** release JSON. */
function releaseJson(ctx, repo, release) {
    const api = repoApi(ctx, repo);
    return {
        url: `${api}/releases/${release.id}`,
        html_url: `${repoHtml(ctx, repo)}/releases/tag/${release.tagName}`,
        assets_url: `${api}/releases/${release.id}/assets`,
        upload_url: `${ctx.uploadsUrl}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
        tarball_url: `${api}/tarball/${release.tagName}`,
        zipball_url: `${api}/zipball/${release.tagName}`,
        id: release.id,
        node_id: nodeId('Release', release.id),
        tag_name: release.tagName,
        target_commitish: release.targetCommitish,
        name: release.name,
        body: release.body,
        draft: release.draft,
        prerelease: release.prerelease,
        immutable: false,
        created_at: release.createdAt,
        published_at: release.publishedAt,
        author: userJson(ctx, release.author),
        assets: release.assets.map((a) => assetJson(ctx, repo, release, a)),
    };
}
/** Bytes of an asset for the browser download URL, if it exists. */
function downloadAsset(ctx, owner, name, tag, file) {
    const repo = ctx.state.repo(owner, name);
    const release = repo?.releases.find((r) => r.tagName === tag);
    return release?.assets.find((a) => a.name === file)?.data;
}
function findRelease(repo, req) {
    const release = repo.releases.find((r) => r.id === intParam(req, 'release_id'));
    if (!release)
        throw notFound();
    return release;
}
/** Release routes. */
function releaseRoutes(ctx) {
    const base = '/repos/{owner}/{repo}/releases';
    return [
        {
            method: 'POST',
            template: base,
            operationId: 'repos/create-release',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const login = actor(req);
                const body = bodyObject(req);
                const tagName = requireStr(body, 'tag_name');
                if (repo.releases.some((r) => r.tagName === tagName)) {
                    throw unprocessable('Validation Failed', [
                        { resource: 'Release', code: 'already_exists', field: 'tag_name' },
                    ]);
                }
                const target = str(body, 'target_commitish') ?? repo.defaultBranch;
                const draft = body.draft === true;
                if (!draft && !(await repo.git.resolve(`refs/tags/${tagName}`))) {
                    const sha = (await repo.git.resolve(`refs/heads/${target}`)) ?? (await repo.git.resolve(`${target}^{commit}`));
                    if (!sha)
                        throw unprocessable('Validation Failed', [
                            { resource: 'Release', code: 'invalid', field: 'target_commitish' },
                        ]);
                    try {
                        await writeRef(ctx, repo, { ref: `refs/tags/${tagName}`, sha, actor: login, mode: 'create' });
                    }
                    catch (error) {
                        if (error instanceof HttpError) {
                            throw unprocessable('Validation Failed', [
                                { resource: 'Release', code: 'custom', field: 'pre_receive', message: `pre_receive ${error.message}` },
                                { resource: 'Release', code: 'custom', message: 'Published releases must have a valid tag' },
                            ]);
                        }
                        throw error;
                    }
                }
                const now = isoNow();
                const release = {
                    id: ctx.state.nextId('release', 200000),
                    tagName,
                    targetCommitish: target,
                    name: str(body, 'name') ?? null,
                    body: str(body, 'body') ?? null,
                    draft,
                    prerelease: body.prerelease === true,
                    author: login,
                    createdAt: now,
                    publishedAt: draft ? null : now,
                    assets: [],
                };
                repo.releases.push(release);
                return json(201, releaseJson(ctx, repo, release));
            },
        },
        {
            method: 'GET',
            template: base,
            operationId: 'repos/list-releases',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                return json(200, [...repo.releases].reverse().map((r) => releaseJson(ctx, repo, r)));
            },
        },
        {
            method: 'GET',
            template: `${base}/tags/{tag}`,
            operationId: 'repos/get-release-by-tag',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const release = repo.releases.find((r) => r.tagName === req.params.tag && !r.draft);
                if (!release)
                    throw notFound();
                return json(200, releaseJson(ctx, repo, release));
            },
        },
        {
            method: 'GET',
            template: `${base}/{release_id}`,
            operationId: 'repos/get-release',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                return json(200, releaseJson(ctx, repo, findRelease(repo, req)));
            },
        },
        {
            method: 'GET',
            template: `${base}/{release_id}/assets`,
            operationId: 'repos/list-release-assets',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const release = findRelease(repo, req);
                return json(200, release.assets.map((a) => assetJson(ctx, repo, release, a)));
            },
        },
        {
            method: 'POST',
            template: `${base}/{release_id}/assets`,
            operationId: 'repos/upload-release-asset',
            rawBody: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const release = findRelease(repo, req);
                const name = req.query.name;
                if (!name)
                    throw unprocessable('Validation Failed', [
                        { resource: 'ReleaseAsset', code: 'missing_field', field: 'name' },
                    ]);
                if (release.assets.some((a) => a.name === name)) {
                    throw unprocessable('Validation Failed', [
                        { resource: 'ReleaseAsset', code: 'already_exists', field: 'name' },
                    ]);
                }
                const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
                const asset = {
                    id: ctx.state.nextId('asset', 300000),
                    name,
                    label: req.query.label ?? null,
                    contentType,
                    data: req.raw,
                    digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(req.raw).digest('hex')}`,
                    uploader: actor(req),
                    createdAt: isoNow(),
                };
                release.assets.push(asset);
                return json(201, assetJson(ctx, repo, release, asset));
            },
        },
        {
            method: 'GET',
            template: `${base}/assets/{asset_id}`,
            operationId: 'repos/get-release-asset',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const id = intParam(req, 'asset_id');
                for (const release of repo.releases) {
                    const asset = release.assets.find((a) => a.id === id);
                    if (!asset)
                        continue;
                    if (String(req.headers.accept ?? '').includes('application/octet-stream')) {
                        return { status: 302, headers: { location: assetDownloadUrl(ctx, repo, release, asset) } };
                    }
                    return json(200, assetJson(ctx, repo, release, asset));
                }
                throw notFound();
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/repos.ts
/** Repository routes: repo, contents, commits, compare, commit->pulls, dispatches, CODEOWNERS errors, attestations. */










async function resolveCommitish(repo, ref) {
    for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
        const sha = await repo.git.resolve(`${candidate}^{commit}`);
        if (sha)
            return sha;
    }
    return undefined;
}
/** Compare without paging parameters lists at most this many commits (the most recent ones). */
const MAX_COMPARE_COMMITS = 250;
/** Compare lists at most this many changed files. */
const MAX_COMPARE_FILES = 300;
/** repos/get-commit pages a commit's files "up to a limit of 3000 files". */
const MAX_COMMIT_FILES = 3000;
/** Repository routes. */
function repoRoutes(ctx) {
    const base = '/repos/{owner}/{repo}';
    return [
        {
            method: 'GET',
            template: base,
            operationId: 'repos/get',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const permission = req.identity ? tokenPermission(ctx, req.identity, repo) : undefined;
                const rank = permission ? permissionRank[permission] : 0;
                return json(200, {
                    ...repoJson(ctx, repo),
                    permissions: {
                        admin: rank >= 3,
                        maintain: rank >= 3,
                        push: rank >= 2,
                        triage: rank >= 2,
                        pull: rank >= 1 || !repo.private,
                    },
                });
            },
        },
        {
            method: 'GET',
            template: `${base}/branches/{branch}`,
            operationId: 'repos/get-branch',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const name = req.params.branch ?? '';
                const sha = await repo.git.resolve(`refs/heads/${name}`);
                const commit = sha ? await readCommit(repo.git, sha) : undefined;
                if (!commit)
                    throw new HttpError(404, 'Branch not found');
                const api = repoApi(ctx, repo);
                const rules = repo.branchRules.get(name);
                return json(200, {
                    name,
                    commit: await commitJson(ctx, repo, commit, false),
                    _links: { self: `${api}/branches/${name}`, html: `${repoHtml(ctx, repo)}/tree/${name}` },
                    protected: rules !== undefined,
                    protection: {
                        enabled: rules !== undefined,
                        required_status_checks: {
                            enforcement_level: rules?.requiredChecks?.length ? 'everyone' : 'off',
                            contexts: (rules?.requiredChecks ?? []).map((c) => c.context),
                            checks: (rules?.requiredChecks ?? []).map((c) => ({ context: c.context, app_id: c.appId ?? null })),
                        },
                    },
                    protection_url: `${api}/branches/${name}/protection`,
                });
            },
        },
        {
            method: 'GET',
            template: `${base}/contents/{path}`,
            operationId: 'repos/get-content',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const ref = req.query.ref ?? repo.defaultBranch;
                const commit = await resolveCommitish(repo, ref);
                if (!commit)
                    throw new HttpError(404, `No commit found for the ref ${ref}`);
                const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
                const api = repoApi(ctx, repo);
                const html = repoHtml(ctx, repo);
                const entryJson = (e) => {
                    const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : 'file';
                    const self = `${api}/contents/${encodeURI(e.path)}?ref=${encodeURIComponent(ref)}`;
                    const gitUrl = `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`;
                    const htmlUrl = `${html}/${type === 'dir' ? 'tree' : 'blob'}/${encodeURI(ref)}/${encodeURI(e.path)}`;
                    return {
                        type,
                        size: e.size ?? 0,
                        name: e.path.split('/').pop() ?? e.path,
                        path: e.path,
                        sha: e.sha,
                        url: self,
                        git_url: gitUrl,
                        html_url: htmlUrl,
                        download_url: type === 'file' ? `${html}/raw/${encodeURI(ref)}/${encodeURI(e.path)}` : null,
                        _links: { self, git: gitUrl, html: htmlUrl },
                    };
                };
                const entries = await listTree(repo.git, commit, false);
                const found = (await repo.git.run(['ls-tree', '-l', commit, '--', path])).stdout.toString('utf8').trim();
                const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(\S+)\t(.*)$/.exec(found);
                if (!m || !entries)
                    throw notFound();
                const entry = {
                    type: m[2] ?? 'blob',
                    sha: m[3] ?? '',
                    size: m[4] === '-' ? undefined : Number(m[4]),
                    path: m[5] ?? path,
                };
                if (entry.type === 'tree') {
                    const children = (await listTree(repo.git, entry.sha, false)) ?? [];
                    return json(200, children.map((c) => entryJson({ ...c, path: `${path}/${c.path}` })));
                }
                const data = await repo.git.catFile('blob', entry.sha);
                // As GitHub: the raw media type serves files up to 100 MB as they are; JSON carries content up to 1 MB.
                if (/application\/vnd\.github(\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) {
                    if (data.length > 100 * 1024 * 1024)
                        throw new HttpError(403, 'This API returns blobs up to 100 MB in size.', {
                            errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
                        });
                    return { status: 200, raw: data, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
                }
                if (data.length > 1024 * 1024) {
                    throw new HttpError(403, 'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] });
                }
                return json(200, { ...entryJson(entry), content: base64Lines(data), encoding: 'base64' });
            },
        },
        {
            method: 'GET',
            template: `${base}/commits`,
            operationId: 'repos/list-commits',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const start = req.query.sha ?? repo.defaultBranch;
                const tip = await resolveCommitish(repo, start);
                if (!tip)
                    throw notFound();
                // Newest first, like `git log`; path, since and until filter as GitHub's parameters do.
                const args = ['rev-list', '--topo-order', tip];
                if (req.query.since)
                    args.push(`--since=${req.query.since}`);
                if (req.query.until)
                    args.push(`--until=${req.query.until}`);
                if (req.query.path)
                    args.push('--', req.query.path);
                let shas = (await repo.git.text(args)).split('\n').filter(Boolean);
                const who = req.query.author;
                if (who !== undefined) {
                    const kept = [];
                    for (const sha of shas) {
                        const c = await readCommit(repo.git, sha);
                        const email = c?.author.email.toLowerCase() ?? '';
                        if (email === who.toLowerCase() || accountForEmail(ctx, email)?.toLowerCase() === who.toLowerCase())
                            kept.push(sha);
                    }
                    shas = kept;
                }
                const page = pageOf(ctx, req, shas);
                return { ...page, body: await commitsJson(ctx, repo, page.body) };
            },
        },
        {
            method: 'GET',
            template: `${base}/commits/{ref}`,
            operationId: 'repos/get-commit',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const sha = await resolveCommitish(repo, req.params.ref ?? '');
                const commit = sha ? await readCommit(repo.git, sha) : undefined;
                if (!commit)
                    throw new HttpError(422, `No commit found for SHA: ${req.params.ref ?? ''}`);
                // GitHub: over 300 changed files, the file list is paged (Link headers) up to 3000 files; each page repeats
                // the commit. per_page/page page the files.
                const body = await commitJson(ctx, repo, commit, true);
                const files = (Array.isArray(body.files) ? body.files : []).slice(0, MAX_COMMIT_FILES);
                const paged = req.query.per_page !== undefined || req.query.page !== undefined;
                const perPage = paged ? Math.min(100, Math.max(1, Number(req.query.per_page ?? 30) || 30)) : 300;
                const page = Math.max(1, Number(req.query.page ?? 1) || 1);
                body.files = files.slice((page - 1) * perPage, page * perPage);
                const last = Math.max(1, Math.ceil(files.length / perPage));
                const headers = {};
                if (page < last) {
                    const link = (n) => {
                        const query = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(n) });
                        return `${ctx.apiUrl}${encodeURI(req.path)}?${query.toString()}`;
                    };
                    headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
                }
                return { status: 200, body, headers };
            },
        },
        {
            method: 'GET',
            template: `${base}/commits/{commit_sha}/pulls`,
            operationId: 'repos/list-pull-requests-associated-with-commit',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const sha = await resolveCommitish(repo, req.params.commit_sha ?? '');
                if (!sha)
                    throw new HttpError(422, `No commit found for SHA: ${req.params.commit_sha ?? ''}`);
                const pulls = repo.pulls.filter((p) => p.mergeCommitSha === sha || p.headSha === sha || p.commitShas.includes(sha));
                return json(200, await Promise.all(pulls.map((p) => prJson(ctx, repo, p))));
            },
        },
        {
            method: 'GET',
            template: `${base}/compare/{basehead}`,
            operationId: 'repos/compare-commits-with-basehead',
            greedy: true,
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const [left = '', right = ''] = (req.params.basehead ?? '').split('...');
                const baseSha = await resolveCommitish(repo, left);
                const headSha = await resolveCommitish(repo, right);
                if (!baseSha || !headSha)
                    throw notFound();
                const mergeBase = (await repo.git.run(['merge-base', baseSha, headSha], { okCodes: [1] })).stdout
                    .toString('utf8')
                    .trim();
                const counts = (await repo.git.text(['rev-list', '--left-right', '--count', `${baseSha}...${headSha}`])).split(/\s+/);
                const behind = Number(counts[0] ?? 0);
                const ahead = Number(counts[1] ?? 0);
                const shas = (await repo.git.text(['rev-list', '--reverse', '--topo-order', `${baseSha}..${headSha}`]))
                    .split('\n')
                    .filter(Boolean);
                // GitHub: without per_page/page at most 250 commits, the last being the most recent of the comparison;
                // with either, one page (oldest first) and a Link header; files only on page 1, at most 300.
                const paged = req.query.per_page !== undefined || req.query.page !== undefined;
                const page = paged ? pageOf(ctx, req, shas) : undefined;
                const pageNumber = Math.max(1, Number(req.query.page ?? 1) || 1);
                const listed = page ? page.body : shas.slice(-MAX_COMPARE_COMMITS);
                const commits = await commitsJson(ctx, repo, listed);
                const baseCommit = await readCommit(repo.git, baseSha);
                const mbCommit = mergeBase ? await readCommit(repo.git, mergeBase) : undefined;
                if (!baseCommit)
                    throw notFound();
                const files = (await diffFiles(repo.git, mergeBase || baseSha, headSha)).slice(0, MAX_COMPARE_FILES);
                const html = repoHtml(ctx, repo);
                const status = ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
                const body = {
                    url: `${repoApi(ctx, repo)}/compare/${left}...${right}`,
                    html_url: `${html}/compare/${left}...${right}`,
                    permalink_url: `${html}/compare/${baseSha}...${headSha}`,
                    diff_url: `${html}/compare/${left}...${right}.diff`,
                    patch_url: `${html}/compare/${left}...${right}.patch`,
                    base_commit: await commitJson(ctx, repo, baseCommit, false),
                    merge_base_commit: await commitJson(ctx, repo, mbCommit ?? baseCommit, false),
                    status,
                    ahead_by: ahead,
                    behind_by: behind,
                    total_commits: shas.length,
                    commits,
                };
                if (pageNumber === 1 || !paged) {
                    body.files = files.map((f) => ({
                        ...f,
                        blob_url: `${html}/blob/${headSha}/${encodeURI(f.filename)}`,
                        raw_url: `${html}/raw/${headSha}/${encodeURI(f.filename)}`,
                        contents_url: `${repoApi(ctx, repo)}/contents/${encodeURI(f.filename)}?ref=${headSha}`,
                    }));
                }
                return { status: 200, body, headers: page?.headers ?? {} };
            },
        },
        {
            method: 'POST',
            template: `${base}/dispatches`,
            operationId: 'repos/create-dispatch-event',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'write');
                const body = bodyObject(req);
                const payload = body.client_payload;
                repo.dispatches.push({
                    event_type: requireStr(body, 'event_type'),
                    client_payload: typeof payload === 'object' && payload !== null ? payload : {},
                    sender: actor(req),
                    at: isoNow(),
                });
                return { status: 204 };
            },
        },
        {
            method: 'GET',
            template: `${base}/codeowners/errors`,
            operationId: 'repos/codeowners-errors',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const sha = await resolveCommitish(repo, req.query.ref ?? repo.defaultBranch);
                const file = sha ? await codeownersAt(repo.git, sha) : undefined;
                if (!file)
                    throw notFound();
                const parsed = parseCodeowners(file.text);
                const errors = parsed.errors.map((e) => ({ ...e, path: file.path }));
                for (const rule of parsed.rules) {
                    for (const owner of rule.owners) {
                        if (!owner.startsWith('@'))
                            continue;
                        const name = owner.slice(1);
                        const slash = name.indexOf('/');
                        const known = slash === -1 ? ctx.state.account(name) : ctx.state.team(name.slice(0, slash), name.slice(slash + 1));
                        if (known)
                            continue;
                        const source = file.text.split(/\r?\n/)[rule.line - 1] ?? '';
                        errors.push({
                            line: rule.line,
                            column: source.indexOf(owner) + 1,
                            kind: 'Unknown owner',
                            source,
                            suggestion: null,
                            message: `Unknown owner on line ${rule.line}: make sure ${owner} exists and has write access to the repository`,
                            path: file.path,
                        });
                    }
                }
                return json(200, { errors });
            },
        },
        {
            method: 'GET',
            template: `${base}/attestations/{subject_digest}`,
            operationId: 'repos/list-attestations',
            handler: async (req) => {
                const repo = repoFor(ctx, req, 'read');
                const digest = req.params.subject_digest ?? '';
                const found = repo.attestations.filter((a) => a.subjectDigest === digest);
                if (!found.length)
                    throw notFound();
                return json(200, {
                    attestations: found.map((a) => ({
                        bundle: a.bundle,
                        repository_id: repo.id,
                        bundle_url: `${repoApi(ctx, repo)}/attestations/bundles/${a.id}`,
                    })),
                });
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/routes/teams.ts


function teamFor(ctx, req) {
    const identity = req.identity;
    if (!identity)
        throw new HttpError(401, 'Requires authentication');
    if (!identity.token.orgMembersRead) {
        if (identity.token.appId !== undefined)
            throw new HttpError(403, 'Resource not accessible by integration');
        throw notFound();
    }
    const team = ctx.state.team(req.params.org ?? '', req.params.team_slug ?? '');
    if (!team)
        throw notFound();
    return team;
}
/** Team routes. */
function teamRoutes(ctx) {
    return [
        {
            method: 'GET',
            template: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
            operationId: 'teams/get-membership-for-user-in-org',
            handler: async (req) => {
                const team = teamFor(ctx, req);
                const login = req.params.username ?? '';
                const member = team.members.get(login.toLowerCase());
                if (!member)
                    throw notFound();
                return json(200, {
                    url: `${ctx.apiUrl}/organizations/${team.id}/team/${team.id}/memberships/${encodeURIComponent(login)}`,
                    role: member.role,
                    state: member.state,
                });
            },
        },
        {
            method: 'GET',
            template: '/orgs/{org}/teams/{team_slug}/members',
            operationId: 'teams/list-members-in-org',
            handler: async (req) => {
                const team = teamFor(ctx, req);
                const members = [...team.members.entries()].filter(([, m]) => m.state === 'active');
                return json(200, members.map(([login]) => userJson(ctx, ctx.state.account(login)?.login ?? login)));
            },
        },
    ];
}

;// CONCATENATED MODULE: ./packages/github-server/src/smart-http.ts
/**
 * Serves repositories over git's smart HTTP protocol through `git http-backend` (CGI). Fetches are anonymous;
 * pushes are enabled per request by the caller (index.ts sets REMOTE_USER and the hooks after authenticating).
 */


/** Pipes one HTTP request through git http-backend. `pathInfo` is `/<owner>/<repo>.git/...`. */
function serveGit(req, res, options) {
    const env = {
        ...baseGitEnv(options.home),
        GIT_PROJECT_ROOT: options.projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: options.pathInfo,
        REQUEST_METHOD: req.method ?? 'GET',
        QUERY_STRING: options.query,
        CONTENT_TYPE: String(req.headers['content-type'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
        ...options.env,
    };
    const encoding = req.headers['content-encoding'];
    if (typeof encoding === 'string')
        env.HTTP_CONTENT_ENCODING = encoding;
    if (req.headers['git-protocol'])
        env.GIT_PROTOCOL = String(req.headers['git-protocol']);
    const child = (0,external_node_child_process_.spawn)('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    req.pipe(child.stdin);
    child.stderr.resume();
    let header = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (chunk) => {
        if (headersDone) {
            res.write(chunk);
            return;
        }
        header = Buffer.concat([header, chunk]);
        const end = header.indexOf('\r\n\r\n');
        const endLf = header.indexOf('\n\n');
        const cut = end !== -1 ? end : endLf;
        if (cut === -1)
            return;
        const sep = end !== -1 ? 4 : 2;
        const lines = header.subarray(0, cut).toString('utf8').split(/\r?\n/);
        let status = 200;
        for (const line of lines) {
            const colon = line.indexOf(':');
            const name = line.slice(0, colon).trim();
            const value = line.slice(colon + 1).trim();
            if (name.toLowerCase() === 'status')
                status = Number.parseInt(value, 10);
            else if (name)
                res.setHeader(name, value);
        }
        res.statusCode = status;
        headersDone = true;
        res.write(header.subarray(cut + sep));
    });
    child.on('close', () => res.end());
    child.on('error', () => {
        res.statusCode = 500;
        res.end();
    });
}

;// CONCATENATED MODULE: ./packages/github-server/src/server.ts
/**
 * The server itself: `startGitHubServer()` listens on 127.0.0.1 (random port) and runs every REST request through
 * one pipeline (auth, injected faults, OpenAPI contract, rate limits, handler, log); git smart HTTP and the push
 * hooks' call-backs are served beside it. The package's public API is ../index.ts.
 */

























const DOCS = 'https://docs.github.com/rest';
/** Starts the server. */
async function startGitHubServer(options = {}) {
    const root = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tmpDir ?? (0,external_node_os_.tmpdir)(), 'cutover-gh-'));
    const home = (0,external_node_path_.join)(root, 'home');
    await (0,promises_.mkdir)(home, { recursive: true });
    await (0,promises_.mkdir)((0,external_node_path_.join)(root, 'repos'), { recursive: true });
    const ctx = {
        state: new ServerState(),
        root,
        home,
        lock: new Mutex(),
        url: '',
        apiUrl: '',
        uploadsUrl: '',
    };
    const contract = new ContractChecker(options.contract ?? true);
    const faults = new Faults();
    const log = new RequestLog();
    const rateLimits = new RateLimits(options.contentCreation);
    const router = new Router([
        ...gitRoutes(ctx),
        ...repoRoutes(ctx),
        ...activityRoutes(ctx),
        ...pullRoutes(ctx),
        ...checkRoutes(ctx),
        ...teamRoutes(ctx),
        ...releaseRoutes(ctx),
        ...issueRoutes(ctx),
    ]);
    const hooks = { dir: await installHooks(root), secret: (0,external_node_crypto_.randomUUID)() };
    const api = new ApiHandler(ctx, router, contract, faults, log, hooks, rateLimits);
    const server = (0,external_node_http_.createServer)((req, res) => {
        api.dispatch(req, res).catch((error) => {
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ message: `cutover test server crashed: ${String(error)}` }));
        });
    });
    server.keepAliveTimeout = 1000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    ctx.url = `http://127.0.0.1:${port}`;
    ctx.apiUrl = `${ctx.url}/api/v3`;
    ctx.uploadsUrl = `${ctx.url}/api/uploads`;
    const admin = new Admin(ctx);
    // GitHub's own committer identity: merge and squash commits say "GitHub <noreply@github.com>", which GitHub links
    // to the account `web-flow` (the committer of web and merge-button commits).
    admin.createUser({ login: 'web-flow', id: 19864447, name: 'GitHub', email: 'noreply@github.com' });
    return {
        url: ctx.url,
        apiUrl: ctx.apiUrl,
        uploadsUrl: ctx.uploadsUrl,
        admin,
        log,
        faults,
        contract,
        rateLimits,
        close: async () => {
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
            await (0,promises_.rm)(root, { recursive: true, force: true });
        },
    };
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
/** The REST pipeline: auth, faults, contract, handler, log. */
class ApiHandler {
    ctx;
    router;
    contract;
    faults;
    log;
    hooks;
    rateLimits;
    requests = 0;
    used = new Map();
    constructor(ctx, router, contract, faults, log, hooks, rateLimits) {
        this.ctx = ctx;
        this.router = router;
        this.contract = contract;
        this.faults = faults;
        this.log = log;
        this.hooks = hooks;
        this.rateLimits = rateLimits;
    }
    async dispatch(req, res) {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const raw = url.pathname;
        if (raw.startsWith('/api/v3/') || raw.startsWith('/api/uploads/')) {
            await this.api(req, res, url, raw.replace(/^\/api\/(v3|uploads)/, ''));
            return;
        }
        if (raw.startsWith('/_cutover/hooks/') && req.method === 'POST') {
            await this.hook(req, res, raw.slice('/_cutover/hooks/'.length));
            return;
        }
        const gitMatch = /^\/([^/]+)\/([^/]+)\.git(\/.*)?$/.exec(raw);
        if (gitMatch) {
            const owner = decodeURIComponent(gitMatch[1] ?? '');
            const name = decodeURIComponent(gitMatch[2] ?? '');
            const push = url.searchParams.get('service') === 'git-receive-pack' || raw.endsWith('/git-receive-pack');
            const env = {};
            if (push) {
                // GitHub: pushing needs a token with write access; 401 asks git for credentials first.
                const value = basicToken(headerString(req.headers.authorization));
                const token = value ? this.ctx.state.tokens.get(value) : undefined;
                const account = token ? this.ctx.state.account(token.login) : undefined;
                const repo = this.ctx.state.repo(owner, name);
                if (!token || !account) {
                    res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Basic realm="GitHub"' });
                    res.end('Invalid username or token. Password authentication is not supported for Git operations.\n');
                    return;
                }
                if (!repo) {
                    res.writeHead(404, { 'content-type': 'text/plain' });
                    res.end('Repository not found.\n');
                    return;
                }
                if (!canPush(this.ctx, { token, account }, repo)) {
                    res.writeHead(403, { 'content-type': 'text/plain' });
                    res.end(`Permission to ${repo.owner}/${repo.name}.git denied to ${account.login}.\n`);
                    return;
                }
                Object.assign(env, {
                    REMOTE_USER: account.login,
                    CUTOVER_REPO: `${repo.owner}/${repo.name}`,
                    CUTOVER_HOOK_URL: `${this.ctx.url}/_cutover/hooks`,
                    CUTOVER_HOOK_SECRET: this.hooks.secret,
                    GIT_CONFIG_COUNT: '1',
                    GIT_CONFIG_KEY_0: 'core.hooksPath',
                    GIT_CONFIG_VALUE_0: this.hooks.dir,
                });
            }
            serveGit(req, res, {
                projectRoot: (0,external_node_path_.join)(this.ctx.root, 'repos'),
                home: this.ctx.home,
                pathInfo: decodeURIComponent(raw),
                query: url.search.replace(/^\?/, ''),
                env,
            });
            return;
        }
        const download = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(raw);
        if (download && req.method === 'GET') {
            const [, owner = '', repo = '', tag = '', name = ''] = download.map((p) => decodeURIComponent(p));
            const asset = downloadAsset(this.ctx, owner, repo, tag, name);
            if (asset) {
                res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': asset.length });
                res.end(asset);
                return;
            }
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not Found (cutover test server)');
    }
    /** A git hook calling back (see push.ts); only the server's own hooks know the secret. */
    async hook(req, res, phase) {
        const body = await readBody(req);
        if (req.headers['x-cutover-hook-secret'] !== this.hooks.secret) {
            res.writeHead(403, { 'content-type': 'text/plain' });
            res.end('forbidden');
            return;
        }
        let verdict;
        try {
            const call = JSON.parse(body.toString('utf8'));
            verdict = await answerHook(this.ctx, phase, call);
        }
        catch (error) {
            verdict = { ok: false, message: `error: cutover test server: ${String(error)}\n` };
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(verdict));
    }
    async api(req, res, url, rawPath) {
        const started = Date.now();
        const method = (req.method ?? 'GET').toUpperCase();
        const match = this.router.match(method, rawPath);
        const path = safeDecode(rawPath);
        const template = match?.route.template ?? path;
        const operationId = match?.route.operationId ?? 'unimplemented';
        const target = { method, path, template, operationId };
        const requestId = `${(0,external_node_crypto_.randomUUID)().slice(0, 8).toUpperCase()}:${(++this.requests).toString(16).toUpperCase()}`;
        let identity;
        let response;
        const body = await readBody(req);
        try {
            identity = authenticate(this.ctx, headerString(req.headers.authorization));
            const latency = this.faults.takeLatency(target);
            if (latency > 0)
                await new Promise((resolve) => setTimeout(resolve, latency));
            const fault = this.faults.takeStatus(target);
            if (fault)
                throw faultError(fault.status, fault.retryAfter ?? 1, requestId, fault.limit);
            if (!match) {
                this.log.unimplemented.push({ method, path });
                throw new HttpError(404, `Not Found (cutover test server: route not implemented: ${method} ${path})`);
            }
            const limited = this.rateLimits.admit(identity?.account.login ?? 'anonymous', method);
            if (limited)
                throw faultError(limited.status, limited.retryAfter, requestId);
            const query = {};
            url.searchParams.forEach((value, key) => {
                query[key] = value;
            });
            const parsed = match.route.rawBody ? undefined : parseJson(body);
            const apiReq = {
                method,
                path,
                template,
                operationId,
                params: match.params,
                query,
                body: parsed,
                raw: body,
                headers: req.headers,
                identity,
            };
            const errors = this.contract.checkRequest({
                method,
                template,
                path,
                operationId,
                pathParams: match.params,
                query,
                body: parsed,
                hasBody: body.length > 0,
            });
            if (errors.length && parsed !== undefined) {
                throw new HttpError(422, `Invalid request.\n\n${errors.join('\n')}`);
            }
            if (method === 'GET' || method === 'HEAD')
                response = await match.route.handler(apiReq);
            else {
                await this.faults.runBeforeWrite(target);
                response = await this.ctx.lock.run(() => match.route.handler(apiReq));
            }
        }
        catch (error) {
            response = errorResponse(error, requestId);
        }
        if (response.body !== undefined)
            response = { ...response, body: this.faults.mutate(target, response.body) };
        if (match && !response.raw && response.status !== 302) {
            this.contract.checkResponse({
                method,
                template,
                path,
                operationId,
                status: response.status,
                body: response.body,
            });
        }
        this.log.add({
            method,
            path,
            operationId,
            status: response.status,
            identity: identity?.account.login ?? null,
            at: started,
            durationMs: Date.now() - started,
        });
        this.send(res, response, requestId, identity);
    }
    send(res, response, requestId, identity) {
        const key = identity?.token.token ?? 'anonymous';
        const used = (this.used.get(key) ?? 0) + 1;
        this.used.set(key, used);
        const limit = identity ? 5000 : 60;
        const headers = {
            'x-github-request-id': requestId,
            'x-github-api-version-selected': '2022-11-28',
            'x-github-media-type': 'github.v3; format=json',
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(Math.max(0, limit - used)),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            'x-ratelimit-used': String(used),
            'x-ratelimit-resource': 'core',
            ...response.headers,
        };
        if (response.raw) {
            res.writeHead(response.status, { 'content-type': 'application/octet-stream', ...headers });
            res.end(response.raw);
            return;
        }
        if (response.body === undefined) {
            res.writeHead(response.status, headers);
            res.end();
            return;
        }
        res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(response.body));
    }
}
function headerString(value) {
    return Array.isArray(value) ? value[0] : value;
}
function safeDecode(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
function parseJson(body) {
    if (body.length === 0)
        return undefined;
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new HttpError(400, 'Problems parsing JSON');
    }
}
function faultError(status, retryAfter, requestId, limit = 'secondary') {
    if ((status === 403 || status === 429) && limit === 'primary') {
        // The primary limit is exhausted: GitHub says when it resets, not how long to wait.
        return new HttpError(status, 'API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID ' +
            `${requestId}.`, {}, {
            'x-ratelimit-remaining': '0',
            'x-ratelimit-used': '5000',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + retryAfter),
        });
    }
    if (status === 403 || status === 429) {
        return new HttpError(status, `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`, {}, { 'retry-after': String(retryAfter), 'x-ratelimit-remaining': '4999' });
    }
    return new HttpError(status, status === 502 ? 'Server Error' : status === 503 ? 'Service Unavailable' : 'Internal Server Error');
}
function errorResponse(error, requestId) {
    if (error instanceof HttpError) {
        const docs = (error.status === 403 || error.status === 429) && error.message.includes('secondary rate limit')
            ? 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
            : DOCS;
        return {
            status: error.status,
            body: { message: error.message, ...error.extra, documentation_url: docs, status: String(error.status) },
            headers: error.headers,
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
        status: 500,
        body: { message: `cutover test server error (${requestId}): ${message}`, documentation_url: DOCS, status: '500' },
    };
}

;// CONCATENATED MODULE: ./packages/github-server/index.ts






// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
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
;// CONCATENATED MODULE: ./src/github/port.ts
/**
 * The GitHub port: what the modes need from GitHub, in domain terms. One Octokit adapter implements it
 * (src/github/octokit-adapter.ts); unit tests of modes may use an in-memory fake of this interface.
 * Nothing outside src/github imports Octokit.
 */
/** `owner/repo` of a RepoRef. */
function port_slug(ref) {
    return `${ref.owner}/${ref.repo}`;
}
/** Pages of 100 activities read at most for one query: beyond them the answer is `cut`. */
const MAX_ACTIVITY_PAGES = 10;

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
const octokit_adapter_MAX_COMPARE_FILES = 300;
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
                filesCut = (data.files ?? []).length >= octokit_adapter_MAX_COMPARE_FILES;
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
                if (pages >= MAX_ACTIVITY_PAGES)
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

// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/domain/files.ts
var domain_files = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/domain/manifest.ts
var manifest = __webpack_require__(2359);
;// CONCATENATED MODULE: ./src/domain/writer.ts
/**
 * Which commits GitHub vouches were written by the bundle writer. A commit's author and committer e-mail prove
 * nothing (anyone can write the bot's noreply address, and GitHub then shows the bot as author); a signature
 * GitHub verified does. GitHub signs the commits an App creates through the API without a custom author or
 * committer, so a writer commit is: verified with reason `valid`, authored by the writer's bot, and committed
 * by the writer's bot or by GitHub itself (`web-flow`). A signature by anyone else's key names that person as
 * committer, so it fails the committer test.
 */
/** GitHub's own committer identity on commits it creates and signs. */
const writer_GITHUB_COMMITTER = 'web-flow';
/** Why a commit is not the writer's, or undefined when GitHub vouches that it is. */
function notWriterReason(commit, writer) {
    const same = (login) => login !== null && login.toLowerCase() === writer.toLowerCase();
    if (!commit.verification.verified || commit.verification.reason !== 'valid')
        return `GitHub does not verify its signature (${commit.verification.reason})`;
    if (!same(commit.authorLogin))
        return `its author is ${commit.authorLogin ?? 'no GitHub account'}`;
    if (!same(commit.committerLogin) && commit.committerLogin !== writer_GITHUB_COMMITTER)
        return `its committer is ${commit.committerLogin ?? 'no GitHub account'}`;
    return undefined;
}
/** One sentence per commit that is not a verified commit by the writer, in commit order. */
function foreignCommits(commits, writer) {
    return commits.flatMap((commit) => {
        const reason = notWriterReason(commit, writer);
        if (reason === undefined)
            return [];
        return [
            {
                sha: commit.sha,
                reason,
                message: `commit ${commit.sha.slice(0, 12)} is not a verified commit by ${writer}: ${reason}. Bundle content must be written by Cutover from its sources, not by hand`,
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/render/markdown.ts
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
    return (0,errors/* escapeControls */.UN)(value).replace(REFERENCE, '$&\u200b').replace(MENTION, '$1@\u200b');
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
function markdown_text(value) {
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
    const escaped = (0,errors/* escapeControls */.UN)(value).replace(INLINE, '\\$&');
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
    const content = (0,errors/* escapeControls */.UN)(value);
    if (content === '')
        return '_(empty)_';
    if (content.includes('|'))
        return `<code>${markdown_text(value)}</code>`;
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

// EXTERNAL MODULE: ./src/domain/holds.ts + 2 modules
var domain_holds = __webpack_require__(1937);
// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/render/pull-request.ts
/**
 * The pull request body: the bundle rendered for its reviewers. Components and digests, cohorts, rollback
 * pointers, open holds, the difference from the last sealed revision, and the lineage as a Mermaid diagram.
 * Kept under GitHub's 65,536-character body limit: long sections are cut with a note saying so.
 */





/** GitHub rejects bodies over 65,536 characters: the body is cut to this many, its truncation note included. */
const MAX_BODY = 60_000;
const MAX_ROWS = 100;
function pullRequestTitle(view) {
    const { bundle } = view.files;
    const holds = view.files.holds.holds.length;
    // GitHub links issue references in a title too: a product named `GH-7` must not reference issue 7.
    return `cutover: ${commitText(bundle.product)} ${commitText(bundle.release)} r${view.manifest.revision}${holds ? ` (${holds} hold${holds === 1 ? '' : 's'})` : ''}`;
}
/** A table of at most MAX_ROWS rows of inline Markdown cells, with a note saying how many were left out. */
function tableOf(header, rows) {
    const shown = rows.slice(0, MAX_ROWS);
    const lines = [table(header, shown)];
    if (rows.length > shown.length)
        lines.push('', `_${rows.length - shown.length} more rows not shown; see the files in this pull request._`);
    return lines.join('\n');
}
/** The Markdown body. */
function pullRequestBody(view) {
    const { bundle, holds, lineage } = view.files;
    const m = view.manifest;
    const sections = [
        `## Cutover bundle ${bodyText(bundle.product)} ${bodyText(bundle.release)}, revision ${m.revision}`,
        '',
        `- Bundle digest: ${code(m.bundleDigest)}`,
        `- Candidate: ${code(bundle.candidate.tag)} at ${code(bundle.candidate.commit.slice(0, 12))}${bundle.candidate.repository ? ` in ${bodyText(bundle.candidate.repository)}` : ''}, signature ${bundle.candidate.signature.verified ? 'verified' : `**not verified** (${bodyText(bundle.candidate.signature.reason)})`}`,
        `- Deployment queue ${code(m.queue)}, window ${bodyText(m.window.start)} .. ${bodyText(m.window.end)} (change ${code(bundle.window.changeRecord)})`,
        `- Required approvals: ${m.requiredApprovers.teams.map((t) => `@${bodyText(t)}`).join(' and ')}, by distinct people, at the current head`,
        m.supersedes
            ? `- Supersedes revision ${m.supersedes.revision} (${code(m.supersedes.bundleDigest)})`
            : '- First revision of this release',
        '',
        `### Holds (${holds.holds.length} open)`,
        holds.holds.length === 0
            ? 'None.'
            : tableOf(['Hold', 'Rule', 'Field', 'Reason', 'Evidence'], holds.holds.map((h) => [
                bodyText(h.id),
                bodyText(h.rule),
                code(h.path || '/'),
                bodyText(h.reason),
                bodyText((0,domain_holds/* evidenceText */.rS)(h).replace(/^evidence: /, '')),
            ])),
        '',
        '### Components',
        tableOf(['Component', 'Artifact', 'Version', 'Digest'], bundle.components.flatMap((c) => c.artifacts.map((a) => [bodyText(c.name), bodyText(a.name), bodyText(a.version), code(a.digest)]))),
        '',
        '### Cohorts',
        bundle.cohorts.length === 0
            ? 'None.'
            : tableOf(['Cohort', 'Environments', 'Share or segment', 'Flags'], bundle.cohorts.map((c) => [
                bodyText(c.id),
                bodyText(c.environments.join(', ')),
                c.share !== undefined ? `${c.share}%` : bodyText(c.segment ?? ''),
                bodyText(c.flags.map((f) => `${f.key}=${f.variant}`).join(', ')),
            ])),
        '',
        '### Rollback pointers',
        tableOf(['Component', 'Back to', 'Hook', 'Evidence'], bundle.rollback.map((r) => [
            bodyText(r.component),
            r.pointer ? `${bodyText(r.pointer.version)} ${code(r.pointer.digest)}` : '**none**',
            r.hook ? bodyText(r.hook) : '**none**',
            bodyText(r.evidence.map((e) => `${e.kind} ${e.ref}`).join(', ')) || '**none**',
        ])),
        '',
        differenceSection(view),
        '',
        '### Lineage',
        lineageDiagram(lineage),
        '',
        `<sub>Files in ${code(view.directory)}. Approving approves exactly this revision; Cutover seals it on merge and stops there: no go/no-go, no deployment.</sub>`,
    ];
    return cut(sections.join('\n'), MAX_BODY, `_The rest of this description was cut at ${MAX_BODY} characters; the files are complete._`);
}
function differenceSection(view) {
    const { sealed } = view;
    if (!sealed)
        return '### Difference from the last sealed revision\nNo earlier revision of this release was sealed.';
    const artifacts = (b) => new Map(b.components.flatMap((c) => c.artifacts.map((a) => [`${c.name}/${a.name}`, `${a.version} ${a.digest}`])));
    const before = artifacts(sealed.bundle);
    const after = artifacts(view.files.bundle);
    const rows = [];
    for (const key of [...new Set([...before.keys(), ...after.keys()])].sort(normalize/* cmp */.r)) {
        const b = before.get(key);
        const a = after.get(key);
        if (b === a)
            continue;
        rows.push([bodyText(key), b ? code(b) : 'added', a ? code(a) : 'removed']);
    }
    // Canonical JSON: content is compared, not the key order each side happens to be in.
    const cohorts = (b) => new Map(b.cohorts.map((c) => [c.id, (0,canonical/* canonicalJson */.dj)(c)]));
    const cb = cohorts(sealed.bundle);
    const ca = cohorts(view.files.bundle);
    for (const id of [...new Set([...cb.keys(), ...ca.keys()])].sort(normalize/* cmp */.r)) {
        if (cb.get(id) !== ca.get(id))
            rows.push([
                `cohort ${bodyText(id)}`,
                cb.has(id) ? 'present' : 'absent',
                ca.has(id) ? (cb.has(id) ? 'changed' : 'added') : 'removed',
            ]);
    }
    if (sealed.bundle.window.start !== view.files.bundle.window.start ||
        sealed.bundle.window.end !== view.files.bundle.window.end) {
        rows.push([
            'window',
            bodyText(`${sealed.bundle.window.start} .. ${sealed.bundle.window.end}`),
            bodyText(`${view.files.bundle.window.start} .. ${view.files.bundle.window.end}`),
        ]);
    }
    return [
        `### Difference from sealed revision ${sealed.revision} (${code(sealed.tag)})`,
        rows.length === 0
            ? 'No change to artifacts, cohorts or window.'
            : tableOf(['What', `r${sealed.revision}`, 'This revision'], rows),
    ].join('\n');
}
/** Configured sources -> bundle sections, one edge per (source, section) labelled with the field count. */
function lineageDiagram(lineage) {
    const edges = new Map();
    const described = new Map();
    for (const [path, field] of Object.entries(lineage.fields)) {
        const section = path.split('/')[1] ?? 'bundle';
        const source = field.source.slice(0, field.source.lastIndexOf('#'));
        const l = lineage.sources[field.source];
        if (l && !described.has(source))
            described.set(source, `${l.system}: ${l.locator.replace(/#.*$/, '')}`);
        const key = `${source}\u0000${section}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
    }
    const ids = new Map();
    const id = (name) => {
        let v = ids.get(name);
        if (!v) {
            v = `n${ids.size}`;
            ids.set(name, v);
        }
        return v;
    };
    // A label stays on its line inside the fenced block (control characters as visible escapes, so no line can
    // close the fence), and holds no quote, angle bracket or backtick Mermaid would read as syntax.
    const label = (s) => (0,errors/* escapeControls */.UN)(s).replace(/["<>`]/g, "'");
    const lines = ['```mermaid', 'flowchart LR'];
    const sources = [...new Set([...edges.keys()].map((k) => k.split('\u0000')[0] ?? ''))].sort(normalize/* cmp */.r);
    for (const source of sources) {
        lines.push(`  ${id(`s:${source}`)}["${label(source)}<br/>${label(described.get(source) ?? 'unknown')}"]`);
    }
    for (const [key, count] of [...edges.entries()].sort(([a], [b]) => (0,normalize/* cmp */.r)(a, b))) {
        const [source = '', section = ''] = key.split('\u0000');
        lines.push(`  ${id(`s:${source}`)} -- ${count} --> ${id(`b:${section}`)}(["${label(section)}"])`);
    }
    lines.push('```');
    const text = lines.join('\n');
    return text.length < 20_000
        ? text
        : `${sources.length} sources vouch for ${Object.keys(lineage.fields).length} fields: too many to draw; see lineage.json.`;
}

// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/schema/release.ts
var schema_release = __webpack_require__(1254);
// EXTERNAL MODULE: ./src/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8671);
// EXTERNAL MODULE: ./src/modes/build.ts + 15 modules
var build = __webpack_require__(7649);
;// CONCATENATED MODULE: ./src/modes/bundles-repo.ts




/**
 * Reads and validates the policy at a ref the pull request cannot change (a default-branch commit, or undefined:
 * the head of the default branch).
 */
async function readPolicyAt(github, repo, ref, path) {
    const text = (await github.readFiles(repo, ref, [path]))[path];
    if (text === undefined) {
        const where = ref ? `at ${ref.slice(0, 12)}` : 'on its default branch';
        throw new errors/* InputError */.dz(`policy file not found in ${repo.owner}/${repo.repo} ${where}`, {
            file: path,
            expected: 'a policy file on the base branch of the bundles repository',
        });
    }
    return (0,schema_validate/* validateDocument */.mv)('policy', (0,parse/* parseDocument */.Tp)(text, path), path, text);
}
/** Release directories (`bundles/<product>/<release>/`) that the given repository paths touch. */
function releaseDirsOf(paths) {
    const found = new Map();
    for (const path of paths) {
        const [root, product, release, file] = path.split('/');
        if (root !== names/* BUNDLES_ROOT */.N3 || !product || !release || file === undefined)
            continue;
        if ((0,names/* unsafeSegmentReason */.Ku)(product) || (0,names/* unsafeSegmentReason */.Ku)(release))
            continue;
        found.set(`${product}/${release}`, { product, release, path: (0,names/* releaseDirectory */.fF)(product, release) });
    }
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Whether a path changes how bundles are governed (policy, schemas, CODEOWNERS, workflows). */
function isGovernancePath(path, policyPath) {
    return (path === policyPath ||
        path.startsWith('.cutover/') ||
        /(^|\/)CODEOWNERS$/.test(path) ||
        path.startsWith('.github/workflows/') ||
        path.startsWith('schemas/'));
}
/** The four files of a release directory at a commit. */
async function readReleaseAt(github, repo, commit, dir) {
    const keys = Object.keys(names/* BUNDLE_FILES */.HJ);
    const files = await github.readFiles(repo, commit, keys.map((k) => `${dir}/${names/* BUNDLE_FILES */.HJ[k]}`));
    const texts = {};
    for (const key of keys) {
        const text = files[`${dir}/${names/* BUNDLE_FILES */.HJ[key]}`];
        if (text !== undefined)
            texts[key] = text;
    }
    return texts;
}
/** The manifest of a release at a commit, validated, or undefined when absent. */
async function readManifestAt(github, repo, commit, dir) {
    const path = `${dir}/${names/* BUNDLE_FILES */.HJ.manifest}`;
    return manifestOf((await github.readFiles(repo, commit, [path]))[path], dir);
}
/** A release directory's manifest from its text (as read with the other files), validated; undefined when absent. */
function manifestOf(text, dir) {
    if (text === undefined)
        return undefined;
    const path = `${dir}/${names/* BUNDLE_FILES */.HJ.manifest}`;
    return (0,schema_validate/* validateDocument */.mv)('manifest', (0,parse/* parseDocument */.Tp)(text, path, 'json'), path, text);
}

;// CONCATENATED MODULE: ./src/modes/context.ts
/**
 * Starts a read now, to be awaited later where its answer is needed: reads that do not depend on each other go
 * out together (each round trip to GitHub is paid once), and a failure surfaces where it is awaited, as if the
 * read had been made there. A read never awaited (a refusal came first) fails silently: it decided nothing.
 */
function early(read) {
    read.catch(() => { });
    return read;
}
/** Runs `work` in the context's log group, when it has one. */
function inGroup(ctx, name, work) {
    return ctx.group ? ctx.group(name, work) : work();
}

// EXTERNAL MODULE: ./src/domain/seal.ts
var seal = __webpack_require__(7379);
;// CONCATENATED MODULE: ./src/modes/trust.ts





/**
 * The default branch's name and head. The name comes with a pull request GitHub served (its base repository's
 * `default_branch`), else from the repository.
 */
async function readDefaultBranch(ctx, pull) {
    const name = pull?.defaultBranch ?? (await ctx.github.getDefaultBranch(ctx.bundlesRepo));
    const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${name}`);
    if (!head)
        throw new errors/* InputError */.dz(`the bundles repository has no ${name} branch`, { field: 'default branch' });
    return { name, sha: head.sha };
}
/**
 * The policy as the default branch holds it now: read without a ref, which GitHub serves from the default
 * branch, so the read waits for no other (no name to resolve, which could also name a tag).
 */
async function readTrustedPolicy(ctx) {
    return readPolicyAt(ctx.github, ctx.bundlesRepo, undefined, ctx.policyPath);
}
/** The policy's identities, or the reason they cannot be used (naming the file and the missing fields). */
function identitiesOf(policy, policyPath) {
    const missing = [
        ...(policy.bundleWriter ? [] : ['bundleWriter (the writer App bot login, e.g. cutover-release[bot])']),
        ...(policy.governorAppId ? [] : ['governorAppId (the id of the governor App that posts checks and seals)']),
    ];
    if (missing.length > 0 || !policy.bundleWriter || !policy.governorAppId)
        return {
            problem: `the policy ${policyPath} on the default branch does not name ${missing.join(' and ')}: without them no commit and no check run can be trusted`,
        };
    return { bundleWriter: policy.bundleWriter, governorAppId: policy.governorAppId };
}
/** Why a pull request cannot be judged from the default branch, or undefined when its base is the default branch. */
function baseProblem(pull, branch) {
    if (pull.baseRef === branch.name)
        return undefined;
    return `pull request #${pull.number} targets ${pull.baseRef}, which is not the default branch ${branch.name}: Cutover governs only what merges into the default branch`;
}
/**
 * Every commit a pull request brings (oldest first): those on its head that `onto` (a default-branch commit)
 * does not have. Fails when GitHub does not list them all.
 */
async function commitsOfPullRequest(github, repo, onto, headSha) {
    return (await github.compare(repo, onto, headSha)).commits;
}
/**
 * The paths of the files that differ between two commits' trees (added, removed, or with another object or mode),
 * read from the trees themselves: what a commit changes, keyed by immutable shas, whatever a branch or a pull
 * request's file list says now and however many files it is (no 300- or 3,000-file cut). Two requests at once.
 */
async function changedFilesBetween(github, repo, from, to) {
    const [before, after] = await Promise.all([github.listTreeFiles(repo, from), github.listTreeFiles(repo, to)]);
    const was = new Map(before.map((f) => [f.path, `${f.type} ${f.mode} ${f.sha}`]));
    const changed = new Set(before.map((f) => f.path));
    for (const f of after) {
        if (was.get(f.path) === `${f.type} ${f.mode} ${f.sha}`)
            changed.delete(f.path);
        else
            changed.add(f.path);
    }
    return [...changed].sort();
}
/**
 * The files a judged head changes, for the gate and verify: GitHub's pull request list (which follows the current
 * head) with the head's own comparison, or, when that comparison is cut at 300 files, the files that differ
 * between the trees of the head and of the comparison's merge base. A list from GitHub may then be another head's:
 * even a head that is back at `headSha` when looked at again may have moved away while the list's pages were read;
 * the trees are keyed by shas that cannot move. (The caller awaits the list all the same: one at GitHub's
 * 3,000-file cap still fails it closed.)
 */
async function filesOfJudgedHead(github, repo, headSha, listed, atHead) {
    if (atHead?.filesCut)
        return changedFilesBetween(github, repo, atHead.mergeBase, headSha);
    return [...new Set([...listed, ...(atHead?.files ?? [])])];
}
/** Whether `commit` is on the default branch: its head `defaultHead` is that commit or descends from it. */
async function isOnDefaultBranch(github, repo, commit, defaultHead) {
    if (commit === defaultHead)
        return true;
    const position = await github.compareStatus(repo, commit, defaultHead);
    return position === 'ahead' || position === 'identical';
}
/**
 * Why a tag object's message is not the seal of `revision` on `target`, or undefined when it is: its seal record
 * must name this revision, its digest and the tagged commit as the merge commit. A tag in the seal namespace
 * without such a record is a squat (rulesets should stop one; this does not rely on them).
 */
function sealRecordProblem(message, target, revision) {
    const record = sealRecordIn(message);
    const fields = record && typeof record === 'object' ? record : undefined;
    if (fields?.revision === revision.revision &&
        fields.bundleDigest === revision.bundleDigest &&
        fields.mergeCommit === target)
        return undefined;
    return `the tag points at ${target} without a seal record of revision ${revision.revision} (${revision.bundleDigest}) merged as that commit`;
}
/**
 * The seal record a tag message carries, parsed as the reader parses it (a repeated key refused, not the last one
 * kept), so no mode takes a tag for a seal that the reader refuses. Undefined when there is none or it is refused.
 */
function sealRecordIn(message) {
    const text = (0,seal/* sealRecordText */.U6)(message);
    if (text === undefined)
        return undefined;
    try {
        return (0,parse/* parseDocument */.Tp)(text, 'seal record', 'json');
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return undefined;
        throw error;
    }
}
/** Every tag under a release's seal-tag prefix (`tags/cutover/<product>/<release>/`). */
function releaseTags(ctx, release) {
    return ctx.github.listRefs(ctx.bundlesRepo, `tags/cutover/${release.product}/${release.release}/`);
}
/**
 * The highest seal of a release (other than the tag `except`). A lightweight tag, or an annotated one without a
 * seal record naming a bundle digest, is no seal: the search continues below it.
 */
async function latestSeal(ctx, release, exceptTag, listed) {
    const refs = await (listed ?? releaseTags(ctx, release));
    const except = await exceptTag;
    const tags = refs
        .map((r) => ({ ref: r, name: r.ref.replace(/^refs\/tags\//, '') }))
        .map((t) => ({ ...t, parsed: (0,names/* parseSealTagName */.sX)(t.name) }))
        .filter((t) => t.parsed?.product === release.product && t.parsed.release === release.release && t.name !== except)
        .sort((a, b) => (b.parsed?.revision ?? 0) - (a.parsed?.revision ?? 0));
    for (const top of tags) {
        if (top.ref.objectType !== 'tag')
            continue;
        const tag = await ctx.github.getTagObject(ctx.bundlesRepo, top.ref.sha);
        const record = sealRecordIn(tag.message);
        if (!record || typeof record !== 'object')
            continue;
        const digest = record.bundleDigest;
        if (typeof digest !== 'string')
            continue;
        return { tag: top.name, revision: top.parsed?.revision ?? 0, bundleDigest: digest, commit: tag.object.sha };
    }
    return null;
}
/**
 * A release's history where a new revision is judged: the anchor is the newer of its latest seal (other than
 * `exceptTag`, the tag the revision itself would get) and the manifest at `defaultSha`; earlier links are the
 * manifests the pull request's own commits wrote.
 */
async function releaseHistory(ctx, release, input) {
    const [seal, onDefault, head] = await Promise.all([
        latestSeal(ctx, release, input.exceptTag, input.tags),
        readManifestAt(ctx.github, ctx.bundlesRepo, input.defaultSha, release.path).catch(() => undefined),
        input.head,
    ]);
    const sealed = seal
        ? { revision: seal.revision, bundleDigest: seal.bundleDigest, source: `seal tag ${seal.tag}` }
        : null;
    const fromDefault = onDefault
        ? {
            revision: onDefault.revision,
            bundleDigest: onDefault.bundleDigest,
            source: `${input.defaultLabel} at ${input.defaultSha.slice(0, 12)}`,
        }
        : null;
    const anchor = [sealed, fromDefault]
        .filter((a) => a !== null)
        .sort((a, b) => b.revision - a.revision)[0];
    const earlier = [];
    // Newest first, the head itself excluded: each earlier commit's manifest is a link the head may supersede.
    // The walk ends at the chain's first link (the one superseding the anchor, or nothing when there is none).
    const seen = new Set();
    const start = (m) => anchor
        ? m.supersedes?.revision === anchor.revision && m.supersedes.bundleDigest === anchor.bundleDigest
        : m.supersedes === null;
    if (head && start(head))
        return { anchor: anchor ?? null, earlier };
    for (const commit of [...(await input.commits)].reverse().slice(1)) {
        const manifest = await readManifestAt(ctx.github, ctx.bundlesRepo, commit.sha, release.path).catch(() => undefined);
        if (!manifest)
            continue;
        const key = `${manifest.revision}:${manifest.bundleDigest}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        earlier.push({
            revision: manifest.revision,
            bundleDigest: manifest.bundleDigest,
            supersedes: manifest.supersedes,
        });
        if (start(manifest) || (anchor && manifest.revision <= anchor.revision))
            break;
    }
    return { anchor: anchor ?? null, earlier };
}

;// CONCATENATED MODULE: ./src/modes/assemble.ts
/**
 * assemble (service repository, on a release-candidate tag): builds the bundle from the workspace at the
 * tag's commit and the tag's release, and writes all its files as ONE commit on `cutover/<product>/<release>`
 * of the bundles repository, then opens or updates the pull request. Re-running with the same inputs writes
 * nothing. API calls do not grow with bundle size.
 *
 * Concurrent runs of one release converge (issue 11): every branch write is a fast-forward or a creation, so a
 * run that loses a race re-reads and rebuilds on the winner's commit (or finds its bundle already there) and
 * never deletes or rewinds it. A branch without an open pull request is continued, unless its head is the head
 * of a merged or closed pull request: then one run claims the restart with a marker commit (a fast-forward only
 * one run can make) and only that run moves the branch off its own marker to a new commit on the default
 * branch, the one forced update. Runs that keep losing fail with "another run is assembling this release".
 */

















/** Reads and writes of the branch before giving up to other runs (each failed write means another run wrote). */
const MAX_ATTEMPTS = 12;
/** Base of the jittered pause between attempts. */
const RETRY_BASE_MS = 150;
/** A restart marker older than this was left by a run that died between claiming and replacing the branch. */
const ABANDONED_MARKER_MS = 10 * 60_000;
/** Trailer of a restart marker commit: the stale head it claims. */
const RESTART_TRAILER = 'Cutover-Restart-Of';
/** How a run that lost to concurrent runs of the same release says so. */
const CONCURRENT = 'another run is assembling this release';
/** Runs assemble; returns outputs and a summary. */
async function runAssemble(ctx, input) {
    // The candidate's reads (its repository only) go out first; a problem with the candidate is reported before
    // one with the sources file's names, as it always was.
    const candidate = early(readCandidate(ctx, input));
    let release;
    try {
        release = releaseOf(input);
    }
    catch (error) {
        await candidate;
        throw error;
    }
    // Then every read of the bundles repository at once, the release branch's included (the first attempt's).
    const stateRead = early(readBundlesState(ctx, release));
    let branchRead = early(readBranch(ctx, release));
    const { commit, signature } = await candidate;
    const state = await stateRead;
    const built = await assemble_build(input, state, commit.committedAt, signature);
    let waitingOn = 'kept changing';
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        if (attempt > 1) {
            await pause(attempt);
            branchRead = readBranch(ctx, release);
        }
        const branch = await branchRead;
        if (branch.state.kind === 'restarting') {
            waitingOn = `is being restarted by another run (marker ${branch.state.marker.slice(0, 12)})`;
            ctx.log(`${CONCURRENT}: ${release.branch} ${waitingOn}; waiting (attempt ${attempt})`);
            continue;
        }
        if (branch.state.kind === 'continues' && branch.head)
            await assertWriterBranch(ctx, release, state, branch.head.sha);
        const done = await unchanged(ctx, release, state, built, branch);
        if (done)
            return done;
        const written = await writeRevision(ctx, input, release, state, built, branch, attempt);
        if (written)
            return written;
        waitingOn = 'kept changing';
    }
    throw new errors/* RefusalError */.XQ(`${CONCURRENT}: branch ${release.branch} ${waitingOn} during ${MAX_ATTEMPTS} attempts; this run wrote nothing over another run's work. Re-run the job when the other runs have finished.`);
}
/** The sources file's candidate (when it names one) must be the triggering tag; the release's names and places. */
function releaseOf(input) {
    const { candidate } = input.config;
    if (candidate && (candidate.tag !== input.tag || candidate.commit !== input.commit)) {
        throw new errors/* InputError */.dz(`the sources file names candidate ${candidate.tag} at ${candidate.commit}, but the workflow runs for ${input.tag} at ${input.commit}`, { file: input.configPath, field: '/candidate', expected: 'no candidate key, or the triggering tag and commit' });
    }
    const product = input.config.product;
    const release = (0,build/* releaseNameOf */.a)(input.config, input.tag, input.configPath);
    // The names become a branch, a directory and tags: refused here, before anything is read from or written to the
    // bundles repository, when git would refuse them.
    (0,build/* assertReleaseNames */.sX)({ product, release }, input.configPath);
    return { product, release, branch: (0,names/* releaseBranch */.CT)(product, release), directory: (0,names/* releaseDirectory */.fF)(product, release) };
}
/** The candidate commit and its tag's signature (the tag must point at the checked-out commit). */
async function readCandidate(ctx, input) {
    const commitRead = early(ctx.github.getCommit(input.candidateRepo, input.commit));
    const tagRead = early(readCandidateTag(ctx, input));
    const commit = await commitRead;
    return { commit, signature: signatureOf(input, await tagRead, commit.committedAt) };
}
/** The default branch, its policy, the latest seal and the revision merged on the default branch, read at once. */
async function readBundlesState(ctx, release) {
    const { github, bundlesRepo } = ctx;
    const headRead = early(github.getDefaultBranch(bundlesRepo).then(async (name) => {
        const ref = await github.getRef(bundlesRepo, `heads/${name}`);
        return { name, sha: ref?.sha };
    }));
    const policyRead = early(readTrustedPolicy(ctx));
    const sealedRead = early(latestSealed(ctx, release));
    const { name, sha } = await headRead;
    if (!sha)
        throw new errors/* RefusalError */.XQ(`the bundles repository ${port_slug(bundlesRepo)} has no ${name} branch`);
    // A revision merged on the default branch is a link of the chain even before (or without) its seal: the next
    // revision follows it (verify's binding rule judges the chain the same way).
    const mergedRead = early(readManifestAt(github, bundlesRepo, sha, release.directory));
    const headCommit = early(github.getCommit(bundlesRepo, sha));
    const policy = await policyRead;
    const sealed = await sealedRead;
    const merged = await mergedRead;
    return { defaultBranch: name, defaultHead: { sha, treeSha: (await headCommit).treeSha }, policy, sealed, merged };
}
/** Builds the bundle against the latest sealed revision's. */
async function assemble_build(input, state, committedAt, signature) {
    const assembly = await (0,build/* buildBundle */.bS)({
        config: input.config,
        configPath: input.configPath,
        candidate: { tag: input.tag, commit: input.commit, repository: port_slug(input.candidateRepo), committedAt },
        candidateLineage: signature.lineage,
        policy: state.policy,
        workspace: typeof input.workspace === 'function' ? input.workspace(committedAt) : input.workspace,
        context: { github: input.sourceGitHub, env: input.env, maxFileBytes: input.maxFileBytes },
        extraRecords: [signature],
        previous: state.sealed ? { bundle: state.sealed.bundle } : undefined,
    });
    const manifestFor = (revision, supersedes) => (0,manifest/* buildManifest */.u1)({
        bundle: assembly.files.bundle,
        digest: assembly.digest,
        revision,
        policy: state.policy,
        supersedes,
        queue: input.queue,
        window: input.window,
    });
    return { assembly, holds: assembly.files.holds.holds.length, manifestFor };
}
async function readBranch(ctx, release) {
    const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${release.branch}`);
    if (!head)
        return { head, state: { kind: 'absent' }, onBranch: undefined };
    // Read with the state, and used only when the branch's revision counts.
    const manifest = early(readManifestAt(ctx.github, ctx.bundlesRepo, head.sha, release.directory));
    const state = await branchState(ctx, release.branch, head.sha);
    const counts = state.kind === 'continues' || (state.kind === 'stale' && state.pull.merged);
    return { head, state, onBranch: counts ? await manifest : undefined };
}
/** The highest revision of the chain so far: the branch's own, the latest seal's or the merged one's. */
function latestOf(state, branch) {
    return [branch.onBranch, state.sealed?.manifest, state.merged]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.revision - a.revision)[0];
}
/** The result when this bundle is already where it would be written (nothing to write), else undefined. */
async function unchanged(ctx, release, state, built, branch) {
    const { product, release: name, directory } = release;
    const { head, onBranch, state: standing } = branch;
    const latest = latestOf(state, branch);
    const same = (m) => (0,canonical/* canonicalJson */.dj)(built.manifestFor(m.revision, m.supersedes)) === (0,canonical/* canonicalJson */.dj)(m);
    if (head && onBranch && latest === onBranch && same(onBranch)) {
        if (standing.kind === 'continues') {
            // Same bundle and same binding as the revision already on the branch: nothing to write.
            const number = await openPullRequest(ctx, release, state, built, onBranch, head.sha);
            ctx.log(`unchanged: ${product} ${name} revision ${onBranch.revision} is already on ${release.branch} (#${number})`);
            return result(onBranch, built.holds, number, directory, false, head.sha);
        }
        if (standing.kind === 'stale' && standing.pull.merged) {
            ctx.log(`unchanged: ${product} ${name} revision ${onBranch.revision} was merged in #${standing.pull.number}; it awaits its seal`);
            return result(onBranch, built.holds, standing.pull.number, directory, false, head.sha);
        }
    }
    const { sealed, merged } = state;
    if (standing.kind !== 'continues' && sealed && sealed.manifest.bundleDigest === built.assembly.digest) {
        ctx.log(`unchanged: ${product} ${name} revision ${sealed.manifest.revision} with this digest is already sealed as ${sealed.tag}`);
        return result(sealed.manifest, built.holds, 0, directory, false);
    }
    if (standing.kind !== 'continues' && merged && latest === merged && same(merged)) {
        ctx.log(`unchanged: ${product} ${name} revision ${merged.revision} with this digest is merged on ${state.defaultBranch}; it awaits its seal`);
        return result(merged, built.holds, 0, directory, false);
    }
    return undefined;
}
/**
 * Writes the next revision as one commit on the release branch and opens or updates its pull request; undefined
 * when another run moved the branch meanwhile (the caller re-reads and tries again).
 */
async function writeRevision(ctx, input, release, state, built, branch, attempt) {
    const latest = latestOf(state, branch);
    const manifest = built.manifestFor((latest?.revision ?? 0) + 1, latest ? { revision: latest.revision, bundleDigest: latest.bundleDigest } : null);
    const base = await baseOfWrite(ctx, release, state, branch, attempt);
    if (!base)
        return undefined;
    const { assembly, holds } = built;
    const files = (0,domain_files/* renderReleaseFiles */.v)(assembly.files, manifest);
    const committed = await ctx.github.commitFiles(ctx.bundlesRepo, {
        ...base,
        branch: release.branch,
        message: [
            // The names come from the service repository (the tag, the sources file): GitHub must not read an issue
            // reference or a mention in them (a tag `rc-#7`, a product `GH-7`).
            `cutover: ${commitText(release.product)} ${commitText(release.release)} revision ${manifest.revision}`,
            '',
            `Bundle ${assembly.digest} from ${commitText(input.tag)} (${input.commit}) of ${commitText(port_slug(input.candidateRepo))}.`,
            `${holds} open hold(s).${manifest.supersedes ? ` Supersedes revision ${manifest.supersedes.revision}.` : ''}`,
            '',
            `Cutover-Revision: ${manifest.revision}`,
            `Cutover-Bundle-Digest: ${assembly.digest}`,
        ].join('\n'),
        files: Object.fromEntries(Object.entries(files).map(([key, text]) => [
            `${release.directory}/${names/* BUNDLE_FILES */.HJ[key]}`,
            text,
        ])),
    });
    if (committed.kind === 'moved') {
        ctx.log(`${CONCURRENT}: ${release.branch} moved while writing (attempt ${attempt}); re-reading and rebuilding`);
        return undefined;
    }
    // A branch this run created had no pull request: open one (adopting one another run opened meanwhile).
    const created = base.expectedHead === null;
    const number = await openPullRequest(ctx, release, state, built, manifest, committed.sha, created);
    ctx.log(`wrote ${release.product} ${release.release} revision ${manifest.revision} as ${committed.sha} on ${release.branch} (#${number})`);
    return result(manifest, holds, number, release.directory, true, committed.sha);
}
/**
 * What the commit builds on: the branch's head while it continues, else the default branch's head (a new branch,
 * or a stale one replaced). A stale branch (left by a merged or closed pull request: its head is that pull
 * request's head) is first claimed with a marker commit on top, a fast-forward only one run can make; then only
 * the claimant moves the branch off its own marker. Nothing is deleted, and no run rewinds a branch another run
 * wrote. Undefined when another run claimed it first.
 */
async function baseOfWrite(ctx, release, state, branch, attempt) {
    const { head, state: standing } = branch;
    const fromDefault = { parent: state.defaultHead.sha, parentTree: state.defaultHead.treeSha };
    if (!head || standing.kind === 'absent')
        return { ...fromDefault, expectedHead: null };
    if (standing.kind === 'continues')
        return { parent: head.sha, expectedHead: head.sha };
    if (standing.kind !== 'stale')
        return undefined;
    const claim = await ctx.github.commitFiles(ctx.bundlesRepo, {
        branch: release.branch,
        parent: head.sha,
        expectedHead: head.sha,
        files: {},
        message: [
            `cutover: restarting ${commitText(release.branch)} after #${standing.pull.number}`,
            '',
            `${RESTART_TRAILER}: ${head.sha}`,
            // Unique to this run: two runs' markers are never the same commit, so exactly one claim succeeds.
            `Cutover-Restart-Claim: ${(0,external_node_crypto_.randomUUID)()}`,
        ].join('\n'),
    });
    if (claim.kind === 'moved') {
        ctx.log(`${CONCURRENT}: ${release.branch} changed while claiming its restart (attempt ${attempt}); re-reading`);
        return undefined;
    }
    return { ...fromDefault, expectedHead: claim.sha, replace: true };
}
/**
 * The open pull request of the branch, updated, or a new one (adopting one another run opened meanwhile). A
 * branch this run has just created has no pull request yet: it is opened without looking for one first.
 * `commit` is the branch head the description is of.
 */
async function openPullRequest(ctx, release, state, built, manifest, commit, created = false) {
    const { github, bundlesRepo } = ctx;
    const view = { files: built.assembly.files, manifest, directory: release.directory, sealed: sealedView(state) };
    const title = pullRequestTitle(view);
    const body = pullRequestBody(view);
    const current = created
        ? undefined
        : (await github.findPullRequests(bundlesRepo, { head: release.branch, state: 'open' })).find((p) => p.headRef === release.branch);
    if (current) {
        await github.updatePullRequest(bundlesRepo, current.number, { title, body });
        await describeHead(ctx, release, state, current.number, commit);
        return current.number;
    }
    const base = state.defaultBranch;
    return (await github.createPullRequest(bundlesRepo, { head: release.branch, base, title, body })).number;
}
function sealedView(state) {
    const { sealed } = state;
    return sealed && { revision: sealed.manifest.revision, bundle: sealed.bundle, tag: sealed.tag };
}
/** Re-descriptions of a pull request whose branch other runs keep moving, before leaving it to them. */
const MAX_REDESCRIBE = 3;
/**
 * After updating the pull request's description of `described`: when the branch still stands there, any later
 * run's update comes after this one. When another run has moved the branch meanwhile, its update may have landed
 * first and this one over it (GitHub's update takes no expected value): the pull request is described again from
 * the release files at the branch head, until the head stays put.
 */
async function describeHead(ctx, release, state, number, described) {
    const { github, bundlesRepo } = ctx;
    let last = described;
    for (let i = 0; i <= MAX_REDESCRIBE; i++) {
        const head = (await github.getRef(bundlesRepo, `heads/${release.branch}`))?.sha;
        if (!head || head === last)
            return;
        if (i === MAX_REDESCRIBE)
            break;
        const { documents } = (0,schema_release/* parseRelease */.B)(await readReleaseAt(github, bundlesRepo, head, release.directory));
        const { bundle, holds, lineage, manifest } = documents;
        if (!bundle || !holds || !lineage || !manifest) {
            ctx.log(`#${number}: ${release.branch} moved to ${head}, whose ${release.directory} does not parse; not describing it`);
            return;
        }
        const view = {
            files: { bundle, holds, lineage },
            manifest,
            directory: release.directory,
            sealed: sealedView(state),
        };
        ctx.log(`#${number}: another run moved ${release.branch} to ${head} meanwhile; describing revision ${manifest.revision}`);
        await github.updatePullRequest(bundlesRepo, number, { title: pullRequestTitle(view), body: pullRequestBody(view) });
        last = head;
    }
    ctx.log(`#${number}: ${release.branch} kept moving; its description is left to the run that moved it last`);
}
/**
 * A branch assemble continues must hold only the writer's own commits since the default branch: anyone with
 * write access can create `cutover/<product>/<release>` first, or push to it, and a revision written on top of
 * their commits would carry them into the writer's pull request (and take their manifest as a link of the
 * chain). Refused, naming each such commit: a person must remove them (delete the branch, or close its pull
 * request); assemble never rewrites a branch someone else wrote to.
 */
async function assertWriterBranch(ctx, release, state, head) {
    const writer = state.policy.bundleWriter;
    if (!writer)
        throw new errors/* RefusalError */.XQ(`the policy ${ctx.policyPath} on ${state.defaultBranch} names no bundleWriter, so assemble cannot tell its own commits on ${release.branch} from anyone else's; name the writer App's bot login there`);
    const { commits } = await ctx.github.compare(ctx.bundlesRepo, state.defaultHead.sha, head);
    const foreign = foreignCommits(commits, writer);
    if (foreign.length > 0)
        throw new errors/* RefusalError */.XQ(`branch ${release.branch} holds commits assemble did not write, and it builds on no one else's: ${foreign
            .map((c) => c.message)
            .join('; ')}. Delete the branch (or close its pull request) and re-run.`);
}
async function branchState(ctx, branch, headSha) {
    const pulls = (await ctx.github.findPullRequests(ctx.bundlesRepo, { head: branch, state: 'all' })).filter((p) => p.headRef === branch);
    if (pulls.some((p) => p.state === 'open'))
        return { kind: 'continues' };
    const stale = pulls.find((p) => p.headSha === headSha);
    if (stale)
        return { kind: 'stale', pull: stale };
    // No open pull request and not a closed one's head: either another run is between writing the branch and
    // opening its pull request, or it is restarting the branch (its marker), or a run died in between.
    const commit = await ctx.github.getCommit(ctx.bundlesRepo, headSha);
    const marker = new RegExp(`^${RESTART_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(commit.message);
    if (!marker)
        return { kind: 'continues' };
    const age = ctx.now().getTime() - Date.parse(commit.committedAt);
    if (age < ABANDONED_MARKER_MS)
        return { kind: 'restarting', marker: headSha };
    // A marker this old belongs to a run that died after claiming: claim the restart again, on top of it.
    const claimed = pulls.find((p) => p.headSha === marker[1]);
    return claimed ? { kind: 'stale', pull: claimed } : { kind: 'continues' };
}
/** A jittered pause before re-reading, so competing runs do not retry in lockstep. */
function pause(attempt) {
    const ms = Math.round(RETRY_BASE_MS * Math.min(attempt, 5) * (0.5 + Math.random()));
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function result(manifest, holds, pullRequest, directory, written, commit) {
    return {
        outputs: {
            'bundle-digest': manifest.bundleDigest,
            revision: String(manifest.revision),
            'pull-request-number': pullRequest ? String(pullRequest) : '',
            'holds-count': String(holds),
            'manifest-path': `${directory}/${names/* BUNDLE_FILES */.HJ.manifest}`,
            ...(commit ? { commit } : {}),
        },
        summary: [
            `### Cutover assemble: ${markdown_text(manifest.product)} ${markdown_text(manifest.release)} revision ${manifest.revision}`,
            '',
            `- ${written ? 'Written' : 'Unchanged, nothing written'}${pullRequest ? `; pull request #${pullRequest}` : ''}`,
            `- Bundle digest ${code(manifest.bundleDigest)}`,
            `- ${holds} open hold(s)`,
        ].join('\n'),
    };
}
/** Reads the candidate tag; it must exist and point at the checked-out commit. */
async function readCandidateTag(ctx, input) {
    const ref = await ctx.github.getRef(input.candidateRepo, `tags/${input.tag}`);
    if (!ref)
        throw new errors/* InputError */.dz(`tag ${input.tag} does not exist in ${port_slug(input.candidateRepo)}`, {
            field: 'tag',
            expected: 'the release-candidate tag that triggered the workflow',
        });
    if (ref.objectType !== 'tag') {
        if (ref.sha !== input.commit)
            throw new errors/* RefusalError */.XQ(`tag ${input.tag} points at ${ref.sha}, not at the checked-out commit ${input.commit}`);
        return { ref, object: undefined };
    }
    const object = await ctx.github.getTagObject(input.candidateRepo, ref.sha);
    if (object.object.sha !== input.commit)
        throw new errors/* RefusalError */.XQ(`tag ${input.tag} points at ${object.object.sha}, not at the checked-out commit ${input.commit}`);
    return { ref, object };
}
/** The candidate tag's signature status, from GitHub's verification object, with its lineage. */
function signatureOf(input, tag, observedAt) {
    const locator = `${port_slug(input.candidateRepo)}@refs/tags/${input.tag}`;
    const revision = tag.object?.sha ?? tag.ref.sha;
    const lineage = { system: 'github', locator, revision, digest: `gitobject:${revision}`, observedAt };
    return {
        type: 'signature',
        sourceId: 'candidate-tag',
        lineage,
        signature: tag.object
            ? { verified: tag.object.verification.verified, reason: tag.object.verification.reason }
            : { verified: false, reason: 'lightweight-tag' },
    };
}
/**
 * The highest sealed revision of a release, with its bundle and manifest as tagged. Only a seal counts (the
 * trusted reading of the tags, shared with verify and seal): a lightweight tag, or an annotated one without a
 * seal record, is no seal, so the numbering follows the revision verify's binding rule will anchor on.
 */
async function latestSealed(ctx, release) {
    const seal = await latestSeal(ctx, release);
    if (!seal)
        return undefined;
    const { directory } = release;
    const [bundlePath, manifestPath] = [`${directory}/${names/* BUNDLE_FILES */.HJ.bundle}`, `${directory}/${names/* BUNDLE_FILES */.HJ.manifest}`];
    const files = await ctx.github.readFiles(ctx.bundlesRepo, seal.commit, [bundlePath, manifestPath]);
    const bundleText = files[bundlePath];
    const manifestText = files[manifestPath];
    if (bundleText === undefined || manifestText === undefined)
        throw new errors/* RefusalError */.XQ(`sealed tag ${seal.tag} points at a commit without ${directory}`);
    return {
        tag: seal.tag,
        bundle: (0,schema_validate/* validateDocument */.mv)('bundle', (0,parse/* parseDocument */.Tp)(bundleText, bundlePath, 'json'), bundlePath, bundleText),
        manifest: (0,schema_validate/* validateDocument */.mv)('manifest', (0,parse/* parseDocument */.Tp)(manifestText, manifestPath, 'json'), manifestPath, manifestText),
    };
}

// EXTERNAL MODULE: ./src/domain/approval.ts
var approval = __webpack_require__(2673);
;// CONCATENATED MODULE: ./src/render/checks.ts

/** GitHub takes at most 65,535 characters of summary; the cut note included, this is the most written. */
const MAX_SUMMARY = 65_000;
/**
 * The most of one finding's message the summary table shows: a single huge message must not push the findings
 * after it out of the summary. The annotation carries the message (up to GitHub's 64 KB).
 */
const MAX_SHOWN_MESSAGE = 2_000;
/** The most of a finding's file and JSON pointer the summary table shows (the annotation keeps the file). */
const MAX_SHOWN_PLACE = 500;
/** GitHub's limits on an annotation: title 255 characters, message 64 KB. */
const MAX_ANNOTATION_TITLE = 255;
const MAX_ANNOTATION_MESSAGE_BYTES = 64_000;
const LEVEL = { error: 'failure', warning: 'warning', notice: 'notice' };
/** Check-run name of a rule. */
function checkName(rule) {
    return `cutover/${rule}`;
}
/** Renders one rule's check run. */
function ruleCheck(report) {
    const all = [
        ...report.releases.flatMap((r) => r.findings.map((f) => ({ ...f, file: `${r.directory}/${f.file}` }))),
        ...(report.extra ?? []),
    ];
    const errors = all.filter((f) => f.severity === 'error').length;
    const skipped = report.releases.some((r) => r.status === 'skipped');
    const failed = errors > 0 || skipped;
    const title = report.releases.length === 0 && !report.extra?.length
        ? 'No release directory changed'
        : failed
            ? `${errors} finding(s)${skipped ? '; skipped where the schema failed' : ''}`
            : `Passed for ${report.releases.length} release(s)`;
    const lines = [`## ${checkName(report.rule)}`, ''];
    if (report.releases.length === 0)
        lines.push('This change touches no release directory.');
    for (const r of report.releases)
        lines.push(`- ${code(r.directory)}: ${r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''}`);
    if (all.length > 0) {
        lines.push('', table(['Severity', 'Where', 'Message'], all.map((f) => [
            f.severity,
            `${code(truncate(`${f.file}${f.line ? `:${f.line}` : ''}`, MAX_SHOWN_PLACE))}${f.path ? ` ${code(truncate(f.path, MAX_SHOWN_PLACE))}` : ''}`,
            markdown_text(truncate(f.message, MAX_SHOWN_MESSAGE)),
        ])));
    }
    if (report.governance?.length)
        lines.push('', `This change edits governance files (${report.governance.map(code).join(', ')}): both approver teams must approve it.`);
    const summary = cut(lines.join('\n'), MAX_SUMMARY, `_Cut at ${MAX_SUMMARY} characters; every finding is also an annotation._`);
    return {
        name: checkName(report.rule),
        conclusion: failed ? 'failure' : 'success',
        title,
        summary,
        annotations: all.map((f) => ({
            path: f.file,
            startLine: f.line ?? 1,
            endLine: f.line ?? 1,
            level: LEVEL[f.severity],
            title: truncate(`${f.rule}${f.path ? ` ${f.path}` : ''}`, MAX_ANNOTATION_TITLE),
            message: truncateUtf8(f.message, MAX_ANNOTATION_MESSAGE_BYTES),
        })),
    };
}

;// CONCATENATED MODULE: ./src/modes/gate.ts
/**
 * gate (bundles repository, on pull_request_review and pull_request): the `cutover/approval` check. It
 * succeeds only when, at the current head, every required team has an APPROVED review from a member, by
 * distinct people, none of them the author, a bot, an account the head commit names, or anyone GitHub's
 * repository activity records as having moved the head branch to the head; stale approvals never count.
 * The policy comes from the default branch, the pull request must target it, and a pull request that changes a
 * release directory must consist of verified commits by the bundle writer only. After a merge (seal,
 * reconcile), reviews submitted later never count: the gate is judged as it stood at the merge.
 */









const APPROVAL_CHECK = 'cutover/approval';
/** Evaluates the gate at the pull request's head (read fresh, not from the event payload). */
async function evaluateApprovalGate(ctx, pullRequest, options = {}) {
    const { github, bundlesRepo } = ctx;
    // Every read that needs only the pull request's NUMBER goes out beside the read of the pull request itself,
    // not after its answer (runGate's confirmation after posting adds a round trip to the chain).
    const pullRead = options.pull
        ? Promise.resolve(options.pull)
        : early(github.getPullRequest(bundlesRepo, pullRequest));
    const reviewsRead = early(github.listReviews(bundlesRepo, pullRequest));
    const policyRead = options.policy ?? early(readTrustedPolicy(ctx));
    const filesRead = options.files ?? early(github.listPullRequestFiles(bundlesRepo, pullRequest));
    const branchRead = options.branch ?? early(defaultBranchBeside(ctx, pullRead));
    const pull = await pullRead;
    const headSha = options.atHead ?? pull.headSha;
    // The reads that need the pull request.
    const headRead = early(github.getCommit(bundlesRepo, headSha));
    const pushersRead = early(headPushers(ctx, pull, headSha));
    // GitHub's file list follows the pull request's CURRENT head, which may have moved since headSha was read: a
    // head whose list names no release directory would skip the writer-commit rule on a head that changes one.
    // So the judged head's own comparison with the default branch (read for its commits anyway) is read beside
    // it, as soon as the default branch is known; it names that head's files (up to 300).
    const atHeadRead = options.files
        ? undefined
        : early(branchRead.then((b) => (baseProblem(pull, b) ? undefined : compareToJudge(ctx, pull, b, headSha))));
    // The memberships need only the policy's teams and the reviews: they go out as soon as both are in, beside
    // the reads of the head and the comparison.
    const teamsRead = early(policyRead.then((p) => p.approvers.teams.map((t) => (0,approval/* qualifyTeam */.JG)(t, bundlesRepo.owner))));
    const membershipRead = early(Promise.all([teamsRead, reviewsRead]).then(([teams, reviews]) => membershipsOf(ctx, teams, [
        ...new Set(reviews
            .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
            .map((r) => r.login.toLowerCase())),
    ])));
    const branch = await branchRead;
    const policy = await policyRead;
    const teams = await teamsRead;
    const problems = [];
    const wrongBase = baseProblem(pull, branch);
    if (wrongBase)
        problems.push(wrongBase);
    const identities = identitiesOf(policy, ctx.policyPath);
    if ('problem' in identities)
        problems.push(identities.problem);
    const [reviews, head, pushers] = await Promise.all([reviewsRead, headRead, pushersRead]);
    const [listed, atHead] = await Promise.all([filesRead, atHeadRead]);
    const files = await filesOfJudgedHead(github, bundlesRepo, headSha, listed, atHead);
    const commitsRead = !wrongBase && !('problem' in identities) && releaseDirsOf(files).length > 0
        ? early(options.commits ??
            (atHead ? Promise.resolve(atHead) : compareToJudge(ctx, pull, branch, headSha)).then((c) => c.commits))
        : undefined;
    const membership = await membershipRead;
    if (commitsRead && !('problem' in identities))
        problems.push(...foreignCommits(await commitsRead, identities.bundleWriter).map((c) => c.message));
    const result = (0,approval/* evaluateGate */.DR)({
        headSha,
        author: pull.author.login,
        // Who GitHub recorded moving the head branch to the head, and every account the head commit names (anyone
        // can write those, so they only add to the exclusions; an activity record nobody can forge).
        lastPushers: [...pushers, head.authorLogin, head.committerLogin].filter((l) => l !== null && l !== writer_GITHUB_COMMITTER),
        mergedAt: pull.merged ? pull.mergedAt : null,
        teams,
        reviews,
        membership,
    });
    return { pull, teams, reviews, result, problems, satisfied: result.satisfied && problems.length === 0 };
}
/**
 * The default branch's name and head, read beside the pull request: the head is the first commit GitHub lists
 * without a `sha`, which it lists from the default branch (as the policy read without a ref is served from it), so
 * it waits for no name; the name comes with the pull request (its base repository's `default_branch`), else from
 * the repository.
 */
async function defaultBranchBeside(ctx, pullRead) {
    const headRead = early(ctx.github.getDefaultBranchHead(ctx.bundlesRepo));
    const pull = await pullRead;
    const name = pull.defaultBranch ?? (await ctx.github.getDefaultBranch(ctx.bundlesRepo));
    return { name, sha: await headRead };
}
/**
 * The accounts GitHub's repository activity records as having moved the pull request's head branch to `headSha`
 * (a push, a force push, the branch's creation, or any other update whose `after` is the head): each may have
 * pushed the head, so none of them approves it. Every recorded update of the branch is read, since an earlier
 * push of the same commit counts too. No record of the head (GitHub keeps the activity for a limited time)
 * excludes no one more than the commit's own names do: an adversary cannot remove their push from GitHub's
 * record, only wait. A refused read, or more updates than MAX_ACTIVITY_PAGES pages, fails the gate closed.
 * A fork's head branch is not in this repository's activity: its pusher is not found here (the commit's names
 * still are).
 */
async function headPushers(ctx, pull, headSha) {
    const ref = `refs/heads/${pull.headRef}`;
    const { owner, repo } = ctx.bundlesRepo;
    let read;
    try {
        read = await ctx.github.listRefActivities(ctx.bundlesRepo, { ref });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* GitHubApiError */.OS(`${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: ${reason}. The gate fails closed: the governor App's token must be able to read GET /repos/${owner}/${repo}/activity (repository read access)`, error instanceof errors/* GitHubApiError */.OS ? error.status : undefined, { cause: error });
    }
    if (read.cut)
        throw new errors/* GitHubApiError */.OS(`${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: GitHub's repository activity holds more than ${MAX_ACTIVITY_PAGES * 100} updates of the branch and only those were read; refusing to judge who pushed the head from a partial record (open the change from a new branch)`, undefined);
    return read.activities
        .filter((a) => a.after === headSha)
        .map((a) => a.actorLogin)
        .filter((l) => l !== null);
}
/**
 * The judged head's comparison with the default branch: every commit the pull request brings (read to the last
 * page) and the files the head changes (at most 300: `filesCut`). Once merged, counted from the default branch as
 * it was before the merge.
 */
async function compareToJudge(ctx, pull, branch, headSha) {
    const onto = pull.merged && pull.mergeCommitSha ? await preMergeCommit(ctx, pull.mergeCommitSha) : branch.sha;
    return ctx.github.compare(ctx.bundlesRepo, onto, headSha);
}
/** Which candidates are active members of each team: every membership read at once. */
async function membershipsOf(ctx, teams, candidates) {
    const answers = await Promise.all(teams.map((team) => {
        const [org = '', slug = ''] = team.split('/');
        return Promise.all(candidates.map((login) => ctx.github.isTeamMember(org, slug, login)));
    }));
    return new Map(teams.map((team, t) => [team, new Set(candidates.filter((_, c) => answers[t]?.[c] === true))]));
}
/** The default branch as it was just before a merge: the merge (or squash, or rebased tip) commit's first parent. */
async function preMergeCommit(ctx, mergeCommit) {
    const commit = await ctx.github.getCommit(ctx.bundlesRepo, mergeCommit);
    return commit.parents[0] ?? mergeCommit;
}
/** How many times one gate run judges and posts before it gives up on reviews that keep changing under it. */
const MAX_GATE_ROUNDS = 3;
/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head). Then reads the
 * reviews again and, when they are no longer the ones judged, judges and posts again (at most MAX_GATE_ROUNDS
 * times; reviews still changing after that post a failure that says so).
 *
 * Why post first and re-read after: gate runs race, and GitHub's required check (like every reader of check
 * runs) takes the LATEST `cutover/approval` at the head. Each review submitted or dismissed starts a gate run of
 * its own, but a run that read the reviews before the change may post after the run that read them after it,
 * leaving its stale verdict last: a success over a request for changes lets the pull request merge, a failure
 * over the approvals blocks it until something runs the gate again. Submitted reviews are only ever added or
 * dismissed, never restored, so reviews read again AFTER this run's post that equal the judged ones stood
 * unchanged from the judging to the post: this post is not stale, and any change still to come is made after
 * it, so the gate run that change starts (or a later one) reads after it and posts after it. When they differ, this run's post may be
 * the stale one posted last, so it judges and posts again. Re-reading before posting would leave the moment
 * between the re-read and the post open.
 */
async function runGate(ctx, pullRequest, postOn, pull) {
    for (let round = 1;; round++) {
        // The pull request given is used once: a later round reads it fresh (its head may have moved too).
        const evaluation = await evaluateApprovalGate(ctx, pullRequest, round === 1 && pull ? { pull } : {});
        const posted = await postVerdict(ctx, evaluation, postOn);
        const changes = reviewChanges(evaluation.reviews, await ctx.github.listReviews(ctx.bundlesRepo, pullRequest));
        if (changes.length === 0)
            return posted;
        ctx.log(`${APPROVAL_CHECK}: the reviews changed after they were judged (${changes.join('; ')})`);
        if (round >= MAX_GATE_ROUNDS)
            return postUnsettled(ctx, evaluation, changes, postOn);
    }
}
/**
 * How the reviews read now differ from the judged ones: a review that is new, gone, or whose state or commit
 * changed (e.g. dismissed). Empty when they are the same.
 */
function reviewChanges(judged, now) {
    const before = new Map(judged.map((r) => [r.id, r]));
    const after = new Map(now.map((r) => [r.id, r]));
    const changes = [];
    for (const r of now) {
        const was = before.get(r.id);
        if (!was)
            changes.push(`new review ${r.id} by @${r.login}: ${r.state}`);
        else if (was.state !== r.state || was.commitId !== r.commitId)
            changes.push(`review ${r.id} by @${r.login}: ${was.state} on ${was.commitId.slice(0, 12)} is now ${r.state} on ${r.commitId.slice(0, 12)}`);
    }
    for (const r of judged)
        if (!after.has(r.id))
            changes.push(`review ${r.id} by @${r.login} is gone`);
    return changes;
}
/** Posts one judgement as `cutover/approval`. */
async function postVerdict(ctx, evaluation, postOn) {
    const { teams, result, problems, satisfied } = evaluation;
    const headSha = evaluation.pull.headSha;
    // Team names, logins, problems and reasons are rendered as text: a value cannot add a row or a heading.
    const lines = [
        `## ${APPROVAL_CHECK} at ${code(headSha.slice(0, 12))}`,
        '',
        ...(problems.length > 0
            ? ['This pull request cannot be approved:', ...problems.map((p) => `- ${markdown_text(p)}`), '']
            : []),
        table(['Team', 'Approved by', 'Review'], teams.map((team) => {
            const a = result.assignments.find((x) => x.team === team);
            return [
                `@${markdown_text(team)}`,
                a ? `@${markdown_text(a.login)}` : '**missing**',
                a ? `#${a.reviewId} on ${code(a.commitId.slice(0, 12))}` : '',
            ];
        })),
    ];
    if (result.ignored.length > 0) {
        lines.push('', 'Reviews that do not count:', ...result.ignored.map((i) => `- @${markdown_text(i.login)} (review ${i.reviewId}): ${markdown_text(i.reason)}`));
    }
    const summary = cut(lines.join('\n'), MAX_SUMMARY, `_Cut at ${MAX_SUMMARY} characters._`);
    const title = truncate(satisfied
        ? `Approved by ${teams.length} teams`
        : problems.length > 0
            ? `Cannot be approved: ${problems[0]}`
            : `Missing approval from ${result.missingTeams.join(' and ')}`, 255);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: APPROVAL_CHECK,
        headSha: postOn ?? headSha,
        conclusion: satisfied ? 'success' : 'failure',
        title,
        summary,
        annotations: [],
    });
    ctx.log(`${APPROVAL_CHECK}: ${satisfied ? 'satisfied' : problems.length > 0 ? problems.join('; ') : `missing ${result.missingTeams.join(', ')}`}`);
    return { outputs: { approved: String(satisfied) }, summary };
}
/**
 * Posts a failing `cutover/approval` when the reviews changed after each of MAX_GATE_ROUNDS judgements: no verdict
 * on reviews that no longer stand. It fails closed: posted after the verdict of a run a late change started, it
 * blocks the merge until the gate runs again (the next review, or a re-run of the job).
 */
async function postUnsettled(ctx, evaluation, changes, postOn) {
    const headSha = evaluation.pull.headSha;
    const reason = `the reviews of pull request #${evaluation.pull.number} changed after each of ${MAX_GATE_ROUNDS} judgements`;
    const summary = cut([
        `## ${APPROVAL_CHECK} at ${code(headSha.slice(0, 12))}`,
        '',
        `Not judged: ${markdown_text(reason)}, so no verdict stands for the reviews as they are now. The gate runs again on the next review; re-run this job to judge the reviews as they stand.`,
        '',
        'Changed after the last judgement:',
        ...changes.map((c) => `- ${markdown_text(c)}`),
    ].join('\n'), MAX_SUMMARY, `_Cut at ${MAX_SUMMARY} characters._`);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: APPROVAL_CHECK,
        headSha: postOn ?? headSha,
        conclusion: 'failure',
        title: truncate(`Reviews kept changing: ${reason}`, 255),
        summary,
        annotations: [],
    });
    ctx.log(`${APPROVAL_CHECK}: ${reason}`);
    return { outputs: { approved: 'false' }, summary };
}

// EXTERNAL MODULE: ./src/domain/verify.ts + 1 modules
var verify = __webpack_require__(5686);
// EXTERNAL MODULE: ./src/modes/verification.ts
var verification = __webpack_require__(9789);
;// CONCATENATED MODULE: ./src/modes/seal.ts












/** Seals every release directory a merged pull request changed. */
async function runSeal(ctx, input) {
    const pull = await ctx.github.getPullRequest(ctx.bundlesRepo, input.pullRequest);
    const sealed = await sealPullRequest(ctx, pull, input.dispatchRepo);
    const first = sealed[0];
    return {
        outputs: {
            tag: sealed.map((s) => s.tag).join(' '),
            'bundle-digest': first?.manifest.bundleDigest ?? '',
            revision: first ? String(first.manifest.revision) : '',
            'manifest-path': first ? `${first.directory}/manifest.json` : '',
        },
        summary: [
            `### Cutover seal of #${pull.number}`,
            '',
            ...(sealed.length === 0
                ? ['No release directory changed: nothing to seal.']
                : sealed.map((s) => `- ${code(s.tag)} ${s.created ? 'created' : 'already present'}: ${markdown_text(s.manifest.product)} ${markdown_text(s.manifest.release)} revision ${s.manifest.revision}, bundle ${code(s.manifest.bundleDigest)}, queue ${code(s.manifest.queue)}, window ${markdown_text(`${s.manifest.window.start} .. ${s.manifest.window.end}`)}`)),
            '',
            'Cutover stops here: the deployment queue decides when and whether to deploy within the window.',
        ].join('\n'),
    };
}
/** The checks, comparisons and tagging of one merged pull request. Shared with reconcile. */
async function sealPullRequest(ctx, pull, dispatchRepo) {
    if (!isMerged(pull))
        throw new errors/* RefusalError */.XQ(`pull request #${pull.number} is not merged: nothing to seal`);
    const mergeCommit = pull.mergeCommitSha;
    // Every read starts as soon as what it needs is known; the judgements below await them in their own order, so
    // nothing is decided, and nothing written, before everything that precedes it has been judged.
    const reads = startSealReads(ctx, pull);
    const releases = releaseDirsOf(await reads.files);
    if (releases.length === 0)
        return [];
    const perRelease = releases.map((release) => ({ release, reads: startReleaseReads(ctx, pull, reads, release) }));
    // Only what merged into the default branch is sealed, judged by the default branch's policy as it stood just
    // before the merge (a pull request that rewrites the policy is never judged by its own).
    const branch = await reads.branch;
    const wrongBase = baseProblem(pull, branch);
    if (wrongBase)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: ${wrongBase}`);
    if (!(await reads.onDefault))
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: its merge commit ${mergeCommit} is not on the default branch ${branch.name}`);
    const policy = await reads.policy;
    const identities = identitiesOf(policy, ctx.policyPath);
    if ('problem' in identities)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: ${identities.problem}`);
    // Every cutover check must have passed at the approved head, posted by the governor App (GitHub sets a check
    // run's App from the token that created it; any App with checks: write could post a run of the same name).
    const failing = failingChecks(await reads.checkRuns, identities.governorAppId);
    if (failing.length > 0)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: ${failing.join(', ')} did not pass at the approved head ${pull.headSha} (only check runs of the governor App ${identities.governorAppId} count)`);
    const gate = await reads.gate;
    if (!gate.satisfied)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: the approval gate does not hold at ${pull.headSha} as it stood at the merge (${[
            ...gate.problems,
            ...(gate.result.missingTeams.length ? [`missing ${gate.result.missingTeams.join(', ')}`] : []),
        ].join('; ')})`);
    const method = mergeMethodOf(await reads.mergeCommit, await reads.commits);
    const out = [];
    for (const { release, reads: own } of perRelease) {
        await inGroup(ctx, release.path, async () => {
            const sealed = await sealRelease(ctx, pull, { release, reads: own, policy, gate, method });
            out.push(sealed);
            if (dispatchRepo)
                await handOff(ctx, dispatchRepo, sealed, mergeCommit);
        });
    }
    return out;
}
function isMerged(pull) {
    return pull.merged && Boolean(pull.mergeCommitSha) && Boolean(pull.mergedAt);
}
/** The reads of a merged pull request, started together (each needs at most the pull request or another read). */
function startSealReads(ctx, pull) {
    const { github, bundlesRepo } = ctx;
    const mergeCommit = pull.mergeCommitSha;
    const branch = early(readDefaultBranch(ctx, pull));
    const mergeCommitRead = early(github.getCommit(bundlesRepo, mergeCommit));
    // The pull request's commits: those of its head that the merge commit's first parent lacks (for a rebase, that
    // parent is a replayed commit, but the commits counted from it are the same: from the head's fork point on).
    const commits = early(mergeCommitRead.then((c) => commitsOfPullRequest(github, bundlesRepo, c.parents[0] ?? mergeCommit, pull.headSha)));
    // The default branch as it was just before the merge, and its policy: what the merge is judged by, never the
    // policy the merge itself brought to the default branch. GitHub's record of the merge says it; read at once,
    // beside the merge commit.
    const mergeActivity = early(recordedMerge(ctx, pull));
    const preMerge = early(mergeActivity.then((recorded) => recorded ??
        Promise.all([mergeCommitRead, commits]).then(([merged, own]) => defaultBeforeMerge(ctx, merged, own))));
    const policy = early(preMerge.then((sha) => readPolicyAt(github, bundlesRepo, sha, ctx.policyPath)));
    const files = early(github.listPullRequestFiles(bundlesRepo, pull.number));
    return {
        files,
        branch,
        policy,
        onDefault: early(branch.then((b) => isOnDefaultBranch(github, bundlesRepo, mergeCommit, b.sha))),
        checkRuns: early(github.listCheckRuns(bundlesRepo, pull.headSha)),
        gate: early(evaluateApprovalGate(ctx, pull.number, { atHead: pull.headSha, pull, branch, policy, commits, files })),
        mergeCommit: mergeCommitRead,
        preMerge,
        commits,
    };
}
/** The reads of one release directory of the merge, started together. */
function startReleaseReads(ctx, pull, reads, release) {
    const { github, bundlesRepo } = ctx;
    const mergeCommit = pull.mergeCommitSha;
    const approved = early(readReleaseAt(github, bundlesRepo, pull.headSha, release.path));
    // The manifest as merged: the approved head's, once the two directories are shown to be the same tree.
    const manifest = early(approved.then((texts) => manifestOf(texts.manifest, release.path)));
    const tags = early(releaseTags(ctx, release));
    return {
        subtrees: early(Promise.all([
            github.getSubtreeSha(bundlesRepo, mergeCommit, release.path),
            github.getSubtreeSha(bundlesRepo, pull.headSha, release.path),
        ])),
        manifest,
        tags,
        approved,
        // The revision chain as it stood before this merge (the tag the revision itself would get excepted).
        history: early(Promise.all([reads.preMerge, reads.branch]).then(([preMerge, branch]) => releaseHistory(ctx, release, {
            defaultSha: preMerge,
            defaultLabel: `${branch.name} before the merge`,
            commits: reads.commits,
            exceptTag: manifest.then((m) => m && (0,names/* sealTagName */.Dc)(release.product, release.release, m.revision)),
            head: manifest,
            tags,
        }))),
    };
}
/** Names of the required checks whose latest run by the governor App at the head did not succeed. */
function failingChecks(runs, governorAppId) {
    const required = [...verify/* VERIFICATION_RULE_IDS */.i.map(checkName), APPROVAL_CHECK];
    return required.filter((name) => {
        const latest = runs
            .filter((r) => r.name === name && r.appId === governorAppId && r.status === 'completed')
            .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '') || b.id - a.id)[0];
        return latest?.conclusion !== 'success';
    });
}
/**
 * One release directory of a judged merge: the merged content must be the approved content, the tag (from the
 * directory and the manifest's revision) must be absent or already this seal, and the approved files must pass
 * every rule against the chain as it stood before the merge. Then the annotated tag is written.
 */
async function sealRelease(ctx, pull, judged) {
    const { github, bundlesRepo } = ctx;
    const { release, reads } = judged;
    const mergeCommit = pull.mergeCommitSha;
    const [merged, approved] = await reads.subtrees;
    if (merged !== approved) {
        throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: the merged content (${merged ?? 'absent'}) differs from the approved head's (${approved ?? 'absent'}); the merge carried changes made after approval`);
    }
    const manifest = await reads.manifest;
    if (!manifest)
        throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: no manifest.json at ${mergeCommit}`);
    // The tag's name comes from the directory; the manifest must agree with it (binding checks it below).
    const tag = (0,names/* sealTagName */.Dc)(release.product, release.release, manifest.revision);
    const existing = (await reads.tags).find((r) => r.ref === `refs/tags/${tag}`);
    if (existing) {
        await assertSealedBy(ctx, existing, tag, mergeCommit, manifest);
        ctx.log(`${tag} already seals ${mergeCommit}`);
        return { tag, created: false, manifest, directory: release.path };
    }
    // Check runs prove who posted them, not what is true: re-verify the approved files, the directory and the
    // revision chain against the seals and the default branch as it was before this merge.
    const outcomes = (0,verification/* verifyRelease */.V)(await reads.approved, judged.policy, {
        directory: { product: release.product, release: release.release },
        history: await reads.history,
    });
    const failed = outcomes.filter((o) => o.status !== 'passed');
    if (failed.length > 0) {
        const first = failed.flatMap((o) => o.findings).find((f) => f.severity === 'error');
        throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: ${failed.map((o) => checkName(o.rule)).join(', ')} fail on the approved files at ${pull.headSha}${first ? ` (${first.message})` : ''}`);
    }
    if (Date.parse(manifest.window.end) <= ctx.now().getTime())
        throw new errors/* RefusalError */.XQ(`refusing to seal ${tag}: its window ended at ${manifest.window.end}`);
    const record = {
        schemaVersion: 1,
        product: manifest.product,
        release: manifest.release,
        revision: manifest.revision,
        bundleDigest: manifest.bundleDigest,
        queue: manifest.queue,
        window: manifest.window,
        requiredTeams: judged.gate.teams,
        repository: port_slug(bundlesRepo),
        pullRequest: pull.number,
        headSha: pull.headSha,
        mergeCommit,
        mergeMethod: judged.method,
        mergedAt: pull.mergedAt,
        approvers: judged.gate.result.assignments,
        supersedes: manifest.supersedes,
        handoff: manifest.handoff,
    };
    try {
        await github.createAnnotatedTag(bundlesRepo, { tag, message: (0,seal/* renderSealMessage */.B7)(record), commit: mergeCommit });
    }
    catch (error) {
        // Another run of this merge (a re-run, or reconcile) wrote the tag after this run found none, judging the
        // merge a moment apart (its record may name other approvers): its seal stands, as on a re-run; a tag that is
        // not this merge's seal is refused as on a re-run. No tag at all: this run's own failure.
        const now = await github.getRef(bundlesRepo, `tags/${tag}`).catch(() => null);
        if (!now)
            throw error;
        await assertSealedBy(ctx, now, tag, mergeCommit, manifest);
        ctx.log(`${tag} was sealed on ${mergeCommit} by another run meanwhile`);
        return { tag, created: false, manifest, directory: release.path };
    }
    ctx.log(`sealed ${tag} on ${mergeCommit}`);
    return { tag, created: true, manifest, directory: release.path };
}
/** An existing tag of the revision must be this merge's seal: annotated, on the merge commit, with its record. */
async function assertSealedBy(ctx, existing, tag, mergeCommit, manifest) {
    const object = existing.objectType === 'tag' ? await ctx.github.getTagObject(ctx.bundlesRepo, existing.sha) : undefined;
    const target = object?.object.sha ?? null;
    if (target !== mergeCommit)
        throw new errors/* RefusalError */.XQ(`tag ${tag} already exists and ${target ? `points at ${target}` : 'is lightweight (points at a commit directly)'}, not at ${mergeCommit} as an annotated tag: not moving it`);
    // On the right commit but not written by a seal (no matching record): not this seal, and nothing to hand off.
    const forged = sealRecordProblem(object?.message ?? '', mergeCommit, manifest);
    if (forged)
        throw new errors/* RefusalError */.XQ(`tag ${tag} already exists but is not its seal: ${forged}; not moving it`);
}
/**
 * Name of the check run that records a hand-off: posted by the governor App on the tagged commit, with
 * handOffRecordId (the tag and the queue repository) as its `external_id`, only after the `cutover-sealed` event
 * was accepted. Reconcile counts only such a run whose App is the policy's governor (GitHub sets a run's App from
 * the token; nobody else can post one in its name) and whose queue is the one it is configured with.
 */
const HANDOFF_CHECK = 'cutover/handoff';
/**
 * The `external_id` of a hand-off record: `<tag> <owner>/<repo>` of the queue it was sent to (neither holds a
 * space), so a record for one deployment queue never counts for another after `dispatch-repository` changes.
 * GitHub documents no length limit for `external_id`.
 */
function handOffRecordId(tag, queue) {
    return `${tag} ${port_slug(queue)}`;
}
/**
 * Whether `externalId` is the record of handing `tag` to `queue`: the tag as written (seal tags that differ only in
 * case name different releases), the queue's `<owner>/<repo>` in any case, as GitHub matches repository names.
 */
function isHandOffRecordOf(externalId, tag, queue) {
    const prefix = `${tag} `;
    return (externalId?.startsWith(prefix) === true &&
        externalId.slice(prefix.length).toLowerCase() === slug(queue).toLowerCase());
}
/**
 * One `cutover-sealed` event per sealed revision, then its record (HANDOFF_CHECK) on the tagged commit. Sent
 * again on a re-run: the tag is the idempotency key the deployment queue deduplicates on, so a lost event is
 * never the price of a failed run. A run lost between the tag and the record leaves no record: reconcile then
 * sends the event again (reconcile.ts).
 */
async function handOff(ctx, repo, sealed, commit) {
    const { tag, manifest } = sealed;
    await ctx.github.dispatch(repo, 'cutover-sealed', {
        tag,
        repository: port_slug(ctx.bundlesRepo),
        digest: manifest.bundleDigest,
        revision: manifest.revision,
        queue: manifest.queue,
        window: manifest.window,
    });
    ctx.log(`handed ${tag} to ${port_slug(repo)} (repository_dispatch cutover-sealed)`);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: HANDOFF_CHECK,
        headSha: commit,
        conclusion: 'success',
        title: `${tag} handed to ${port_slug(repo)}`,
        summary: `The repository_dispatch event \`cutover-sealed\` for the seal tag \`${tag}\` (bundle \`${manifest.bundleDigest}\`) was accepted by GitHub for the deployment-queue repository \`${port_slug(repo)}\`.`,
        externalId: handOffRecordId(tag, repo),
        annotations: [],
    });
}
/** How far before `merged_at` GitHub's record of the merge itself may be stamped (clocks of two systems). */
const MERGE_RECORD_SLACK_MS = 60 * 60 * 1000;
/**
 * The default branch just before the merge as GitHub recorded it: the `before` of the `pr_merge` activity on the
 * base branch whose `after` is the merge commit (GitHub's own record of the ref update, for every merge method;
 * nobody can write it). Pages are read newest first until that activity, or until activities older than the
 * merge (an hour of slack), or MAX_ACTIVITY_PAGES pages; undefined when no such activity is found (GitHub keeps
 * the activity for a limited time; a merge queue records `merge_queue_merge`). A refused read fails the seal.
 */
async function recordedMerge(ctx, pull) {
    const oldest = Date.parse(pull.mergedAt) - MERGE_RECORD_SLACK_MS;
    const { activities } = await ctx.github.listRefActivities(ctx.bundlesRepo, {
        ref: `refs/heads/${pull.baseRef}`,
        activityType: 'pr_merge',
        enough: (a) => a.after === pull.mergeCommitSha || Date.parse(a.timestamp) < oldest,
    });
    const merge = activities.find((a) => a.activityType === 'pr_merge' && a.after === pull.mergeCommitSha && !/^0+$/.test(a.before));
    if (merge)
        ctx.log(`the default branch before the merge: ${merge.before} (GitHub's pr_merge activity)`);
    else
        ctx.log(`no pr_merge activity of refs/heads/${pull.baseRef} names ${pull.mergeCommitSha}: the default branch before the merge is found from the merge commit's parents`);
    return merge?.before;
}
/**
 * The fallback when GitHub's record of the merge is not found (recordedMerge): the default branch just before a
 * merge from the commits themselves, which are data anyone could have shaped. The first parent of a merge or
 * squash commit; for a rebase, the parent of the first replayed commit. GitHub replays the pull request's
 * commits, oldest first, keeping each one's message and author, so the tip's first-parent line repeats them,
 * newest first: the line is walked back while
 * each commit repeats one of the pull request's commits not yet passed (one GitHub did not replay is skipped),
 * and the answer is the parent of the last one that did. Only a replayed commit can end the walk too early, and
 * GitHub keeps their message and author; a walk that goes too far (commits of the default branch that happen to
 * repeat one of the pull request's, e.g. one the pull request also carried and GitHub did not replay since the
 * default branch held its change) ends on an older commit of the default branch, never on one the pull request
 * brought: judged by an older policy than the one in force (test/modes/seal-attacks.test.ts shows the record
 * deciding such a case).
 */
async function defaultBeforeMerge(ctx, merged, own) {
    const first = merged.parents[0] ?? merged.sha;
    if (merged.parents.length !== 1)
        return first;
    const repeats = (a, b) => a.message === b.message && a.authorLogin === b.authorLogin;
    const newestFirst = [...own].reverse();
    let next = 0;
    let last;
    for (let commit = merged; commit && commit.parents.length === 1;) {
        const at = newestFirst.findIndex((c, i) => i >= next && repeats(commit, c));
        if (at < 0)
            break;
        last = commit;
        next = at + 1;
        const parent = commit.parents[0];
        commit = next < newestFirst.length && parent ? await ctx.github.getCommit(ctx.bundlesRepo, parent) : undefined;
    }
    return last?.parents[0] ?? first;
}
/** merge: two parents; rebase: the tip repeats the last commit of several; squash: one new commit. */
function mergeMethodOf(merged, commits) {
    if (merged.parents.length > 1)
        return 'merge';
    if (commits.length <= 1)
        return 'squash-or-rebase';
    return merged.message === commits.at(-1)?.message ? 'rebase' : 'squash';
}

;// CONCATENATED MODULE: ./src/modes/verify.ts








/** Runs verify; every rule's check run is posted even when no release directory changed. */
async function runVerify(ctx, input) {
    const { github, bundlesRepo } = ctx;
    const pull = input.pullRequest === undefined
        ? undefined
        : (input.pull ?? (await github.getPullRequest(bundlesRepo, input.pullRequest)));
    // Independent reads at once; each is awaited where its answer is first needed.
    const branchRead = early(readDefaultBranch(ctx, pull));
    const policyRead = early(readTrustedPolicy(ctx));
    // A merge group's comparison lists at most 300 files: past that, its files are those that differ between the
    // head's tree and the merge base's (trust.ts changedFilesBetween), so no release directory goes unjudged.
    const changedRead = early(pull
        ? github.listPullRequestFiles(bundlesRepo, pull.number)
        : github
            .compare(bundlesRepo, input.baseSha, input.headSha)
            .then((c) => (c.filesCut ? changedFilesBetween(github, bundlesRepo, c.mergeBase, input.headSha) : c.files)));
    // On a pull request, the commits and files of the judged head itself since the default branch: GitHub's file
    // list follows the pull request's current head, which may have moved since headSha was read (a head whose
    // list showed no release directory would skip the writer-commit rule on a head that has one).
    const atHeadRead = pull
        ? early(branchRead.then((b) => github.compare(bundlesRepo, b.sha, input.headSha)))
        : undefined;
    const branch = await branchRead;
    const wrongBase = pull && baseProblem(pull, branch);
    if (wrongBase)
        return postRefusal(ctx, input.headSha, wrongBase);
    const policy = await policyRead;
    const identities = identitiesOf(policy, ctx.policyPath);
    if ('problem' in identities && pull)
        return postRefusal(ctx, input.headSha, identities.problem);
    const changed = await changedRead;
    // Every commit the pull request brings, read to the last page (fails closed when GitHub cannot list them).
    const commitsRead = atHeadRead
        ? early(atHeadRead.then((a) => a.commits))
        : Promise.resolve([]);
    // The directories GitHub's list names are read at once, beside the comparison of the head (one round trip
    // less on the way to the checks); those only the comparison names are read once it answers.
    const started = new Map(releaseDirsOf(changed).map((release) => [
        release.path,
        verify_startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined),
    ]));
    const atHead = await atHeadRead;
    // On a 300+-file head, the directories only GitHub's list named are not judged (filesOfJudgedHead).
    const files = await filesOfJudgedHead(github, bundlesRepo, input.headSha, changed, atHead);
    const releases = releaseDirsOf(files);
    const reads = releases.map((release) => started.get(release.path) ??
        verify_startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined));
    const commits = await commitsRead;
    const reports = new Map(verification/* VERIFICATION_RULE_IDS */.i.map((rule) => [rule, { rule, releases: [], extra: [] }]));
    for (const { release, texts, history } of reads) {
        await inGroup(ctx, release.path, async () => {
            const files = await texts;
            const chain = history && (await history);
            const outcomes = (0,verification/* verifyRelease */.V)(files, policy, {
                directory: { product: release.product, release: release.release },
                ...(chain ? { history: chain } : {}),
            });
            ctx.log(outcomes.map((o) => `${o.rule}: ${o.status}`).join(', '));
            for (const outcome of outcomes)
                reports
                    .get(outcome.rule)
                    ?.releases.push({ directory: release.path, status: outcome.status, findings: outcome.findings });
        });
    }
    if (pull && releases.length > 0 && !('problem' in identities)) {
        const file = `${releases[0]?.path}/${names/* BUNDLE_FILES */.HJ.bundle}`;
        reports
            .get('lineage')
            ?.extra?.push(...foreignCommits(commits, identities.bundleWriter).map((c) => ({ rule: 'lineage', severity: 'error', file, path: '', message: c.message })));
    }
    return postChecks(ctx, input.headSha, reports, 
    // The judged head's own governance files too: GitHub's list may be a later head's.
    files.filter((p) => isGovernancePath(p, ctx.policyPath)));
}
/**
 * Posts one check run per rule, all together (the client still spaces writes by its write interval); a change
 * to governance files says so in every summary.
 */
async function postChecks(ctx, headSha, reports, governance) {
    const checks = [...reports.values()].map((report) => ruleCheck({ ...report, governance }));
    await Promise.all(checks.map((check) => ctx.github.createCheckRun(ctx.bundlesRepo, { ...check, headSha })));
    const failed = checks.filter((c) => c.conclusion !== 'success').length;
    const lines = [
        `### Cutover verify at \`${headSha.slice(0, 12)}\``,
        '',
        ...checks.map((c) => `- \`${c.name}\`: ${c.conclusion} (${c.title})`),
    ];
    ctx.log(`posted ${reports.size} check runs on ${headSha}; ${failed} failing`);
    return { outputs: { 'failed-checks': String(failed) }, summary: lines.join('\n') };
}
/**
 * A release directory's files at the head and, on a pull request, its revision history, read at once (the
 * history's own reads need not wait for the commits: they are awaited only for the walk back through the pull
 * request's manifests). A merge group's queued commits are judged again at seal, so it has no history here.
 */
function verify_startReleaseReads(ctx, release, headSha, chain) {
    const texts = early(readReleaseAt(ctx.github, ctx.bundlesRepo, headSha, release.path));
    const history = chain
        ? early(releaseHistory(ctx, release, {
            defaultSha: chain.branch.sha,
            defaultLabel: chain.branch.name,
            commits: chain.commits,
            head: texts.then((t) => headManifest(t.manifest, release.path)),
        }))
        : undefined;
    return { release, texts, history };
}
/** The judged manifest, parsed from the text read with the release's files; undefined when absent or invalid. */
function headManifest(text, dir) {
    try {
        return manifestOf(text, dir);
    }
    catch {
        return undefined;
    }
}
/** Every rule's check fails with one reason: the change cannot be judged at all. */
async function postRefusal(ctx, headSha, reason) {
    const names = verification/* VERIFICATION_RULE_IDS */.i.map(checkName);
    await Promise.all(names.map((name) => ctx.github.createCheckRun(ctx.bundlesRepo, {
        name,
        headSha,
        conclusion: 'failure',
        title: 'Cannot be verified',
        summary: `## ${name}\n\n${markdown_text(reason)}`,
        annotations: [],
    })));
    const lines = [
        `### Cutover verify at \`${headSha.slice(0, 12)}\``,
        '',
        markdown_text(reason),
        '',
        ...names.map((name) => `- \`${name}\`: failure`),
    ];
    ctx.log(`refused to verify ${headSha}: ${reason}`);
    return { outputs: { 'failed-checks': String(verification/* VERIFICATION_RULE_IDS */.i.length) }, summary: lines.join('\n') };
}


// EXTERNAL MODULE: ./src/reader/inspect.ts
var inspect = __webpack_require__(3235);
// EXTERNAL MODULE: ./src/reader/list.ts
var list = __webpack_require__(5323);
;// CONCATENATED MODULE: ./src/reader/index.ts





// EXTERNAL MODULE: ./src/schema/documents.ts
var documents = __webpack_require__(9801);
// EXTERNAL MODULE: ./src/sources/workspace.ts
var workspace = __webpack_require__(7899);
// EXTERNAL MODULE: ./src/cli/commands.ts
var commands = __webpack_require__(1654);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
;// CONCATENATED MODULE: ./src/cli/demo-world.ts
/**
 * The world `cutover demo` runs in, on the GitHub-compatible server (packages/github-server): an organization
 * with the release-engineering and operations teams, two Apps (the writer, which only writes bundles from the
 * service repository, and the governor, which verifies, gates, seals and reconciles in the bundles repository), a
 * service repository with a signed release-candidate tag, its GitHub release, a change-management system over
 * local HTTP, and a release-bundles repository governed by its policy, CODEOWNERS, branch rules and tag rules.
 * The end-to-end tests and the bench build the same world (test/e2e/world.ts re-exports it). It reaches the
 * server only through the `GitHubServer` it is given (type imports only), so it loads no server code itself.
 */





const ORG = 'acme';
const SERVICE = { owner: ORG, repo: 'payments-platform' };
const BUNDLES = { owner: ORG, repo: 'release-bundles' };
const QUEUE_REPO = { owner: ORG, repo: 'deploy-queue' };
/** The writer App: writes bundles (assemble, in the service repository's workflow) and nothing else. */
const APP_SLUG = 'cutover-release';
const BOT = (/* unused pure expression or super */ null && (`${APP_SLUG}[bot]`));
/** The governor App: verify, gate, seal and reconcile in the bundles repository; the only one whose checks count. */
const GOVERNOR_SLUG = 'cutover-governor';
const GOVERNOR_BOT = `${GOVERNOR_SLUG}[bot]`;
const TAG = 'v2026.11.3-rc.2';
const PRODUCT = 'payments-platform';
const RELEASE = '2026.11.3';
const CHANGE_RECORD = 'CHG-20261201-0042';
const PEOPLE = {
    /** release-engineering */
    alice: 'alice-releng',
    /** operations */
    bob: 'bob-ops',
    /** both teams: must never count for two */
    carol: 'carol-both',
    /** member of neither team */
    mallory: 'mallory',
    /** service developer who pushes the candidate tag */
    dave: 'dave-dev',
    /** bundles-repository maintainer who merges */
    max: 'max-maintainer',
};
const CODEOWNERS = [
    '# Bundle content belongs to release engineering; the approval manifest to operations.',
    '# A cutover PR changes both, so GitHub itself requires both teams.',
    '/bundles/**/bundle.json @acme/release-engineering',
    '/bundles/**/lineage.json @acme/release-engineering',
    '/bundles/**/holds.json @acme/release-engineering',
    '/bundles/**/manifest.json @acme/operations',
    '/.cutover/ @acme/release-engineering',
    '/.github/ @acme/release-engineering',
    '',
].join('\n');
const REQUIRED_CHECKS = ['schema', 'lineage', 'rollback', 'environment', 'holds', 'binding', 'approval'].map((r) => `cutover/${r}`);
/** Times relative to now so the lifecycle stays inside its window whenever it runs. */
function windowFromNow(now) {
    const hour = 3_600_000;
    const iso = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    return {
        start: iso(now.getTime() + hour),
        end: iso(now.getTime() + 7 * 24 * hour),
        waiverExpiry: iso(now.getTime() + 90 * 24 * hour),
    };
}
/** Serves one change record like a change-management system, with an ETag. */
async function startChangeManagement(window) {
    const body = JSON.stringify({
        result: {
            number: CHANGE_RECORD,
            state: 'scheduled',
            u_deployment_queue: 'payments-prod',
            start_date: window.start,
            end_date: window.end,
            u_environments: ['prod-eu', 'prod-us'],
        },
    });
    const state = { requests: 0 };
    const server = (0,external_node_http_.createServer)((_req, res) => {
        state.requests++;
        res.writeHead(200, {
            'content-type': 'application/json',
            etag: '"chg-0042-v3"',
            'last-modified': 'Fri, 20 Nov 2026 09:30:00 GMT',
        });
        res.end(body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/api/now/table/change_request/${CHANGE_RECORD}`,
        get requests() {
            return state.requests;
        },
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
/** The service repository's `.cutover/` files, derived from examples/payments-platform. */
async function serviceFiles(examples, changeUrl, now) {
    const dir = external_node_path_default().join(examples, 'payments-platform');
    const records = await serviceRecords(dir, windowFromNow(now).waiverExpiry);
    const files = {
        'README.md': '# payments-platform\n',
        '.cutover/sources.yaml': js_yaml/* default.dump */.Ay.dump(serviceSources(changeUrl), { lineWidth: 200 }),
        '.cutover/release-records.yaml': js_yaml/* default.dump */.Ay.dump(records, { lineWidth: 200 }),
    };
    for (const name of [
        'payments-api.cdx.json',
        'ledger-service.spdx.json',
        'flags.flagd.json',
        'payments-api.provenance.intoto.json',
    ]) {
        files[`.cutover/inputs/${name}`] = await (0,promises_.readFile)(external_node_path_default().join(dir, 'inputs', name), 'utf8');
    }
    // The example's provenance names the example's candidate commit; a file of the tagged commit cannot name that
    // commit (its hash covers the file), and provenance naming another commit of the candidate's repository is a
    // provenance-mismatch hold. The demo's copy states the repository and tag only.
    const provenance = '.cutover/inputs/payments-api.provenance.intoto.json';
    files[provenance] = `${JSON.stringify(withoutSourceCommit(JSON.parse(files[provenance] ?? '{}')), null, 2)}\n`;
    return files;
}
/** An in-toto statement whose resolved dependencies state no commit (digest) any more. */
function withoutSourceCommit(statement) {
    for (const dependency of statement.predicate?.buildDefinition?.resolvedDependencies ?? [])
        delete dependency.digest;
    return statement;
}
/**
 * The example's release records without payments-web (it comes from the GitHub release) and the window (it
 * comes from change management), its waivers expiring at `waiverExpiry`.
 */
async function serviceRecords(dir, waiverExpiry) {
    const records = js_yaml/* default.load */.Ay.load(await (0,promises_.readFile)(external_node_path_default().join(dir, 'release-records.yaml'), 'utf8'));
    records.components = records.components.filter((c) => c.name !== 'PaymentsWeb');
    for (const waiver of records.waivers)
        waiver.expiresAt = waiverExpiry;
    delete records.window;
    return records;
}
/** The service repository's sources.yaml: the records, the GitHub release, change management at `changeUrl`, inputs. */
function serviceSources(changeUrl) {
    return {
        schemaVersion: 1,
        product: PRODUCT,
        sources: [
            { id: 'release-records', kind: 'records', path: 'release-records.yaml' },
            {
                id: 'payments-web-release',
                kind: 'github-release',
                component: 'PaymentsWeb',
                assets: 'payments-web-*.tar.gz',
                version: RELEASE,
            },
            {
                id: 'change-management',
                kind: 'http-json',
                url: changeUrl,
                provides: 'window',
                items: '$.result',
                map: {
                    queue: '$.u_deployment_queue',
                    start: '$.start_date',
                    end: '$.end_date',
                    changeRecord: '$.number',
                    environments: '$.u_environments',
                },
            },
            { id: 'payments-api-sbom', kind: 'cyclonedx', path: 'inputs/payments-api.cdx.json', component: 'payments-api' },
            { id: 'ledger-service-sbom', kind: 'spdx', path: 'inputs/ledger-service.spdx.json', component: 'ledger-service' },
            {
                id: 'rollout-flags',
                kind: 'flagd',
                path: 'inputs/flags.flagd.json',
                flag: 'new-ledger-writes',
                environments: ['prod-eu', 'prod-us'],
            },
            {
                id: 'payments-api-provenance',
                kind: 'provenance',
                path: 'inputs/payments-api.provenance.intoto.json',
                component: 'payments-api',
            },
        ],
    };
}
/** The candidate's GitHub release with the payments-web asset (GitHub computes its digest). */
async function publishRelease(server, tag) {
    const dev = new dist_src/* Octokit */.E({
        auth: server.admin.createToken({ login: PEOPLE.dave, repos: { [`${SERVICE.owner}/${SERVICE.repo}`]: 'write' } }),
        baseUrl: server.apiUrl,
    });
    const release = await dev.rest.repos.createRelease({
        ...SERVICE,
        tag_name: tag,
        name: `payments-platform ${tag}`,
        prerelease: true,
    });
    await dev.rest.repos.uploadReleaseAsset({
        ...SERVICE,
        release_id: release.data.id,
        url: release.data.upload_url,
        name: `payments-web-${RELEASE}.tar.gz`,
        // Octokit sends a string body as is; the asset's bytes stand in for the built static bundle.
        data: `payments-web ${RELEASE} static assets\n`,
        headers: { 'content-type': 'application/gzip' },
    });
}
/**
 * The bundles repository's policy: examples/bundles-repo/.cutover/policy.yaml as it is, with this world's governor
 * App id in `governorAppId`, and without the fields `omit` names.
 */
async function worldPolicy(examples, governorAppId, omit = []) {
    const file = external_node_path_default().join(examples, 'bundles-repo/.cutover/policy.yaml');
    let policy = await (0,promises_.readFile)(file, 'utf8');
    for (const [field, pattern] of [
        ['bundleWriter', /^bundleWriter: "cutover-release\[bot\]"$/m],
        ['governorAppId', /^governorAppId: \d+$/m],
    ]) {
        if (!pattern.test(policy))
            throw new Error(`${file}: expected a line matching ${pattern}`);
        if (omit.includes(field))
            policy = policy.replace(pattern, '');
    }
    return policy.replace(/^governorAppId: \d+$/m, `governorAppId: ${governorAppId}`);
}
/**
 * The default branch's rules: pull requests only, the seven cutover/* checks pinned to the governor App,
 * code-owner review, stale-review dismissal and last-push approval.
 */
function defaultBranchRules(governorAppId) {
    return {
        requirePullRequest: true,
        requiredChecks: REQUIRED_CHECKS.map((context) => ({ context, appId: governorAppId })),
        requireCodeOwnerReview: true,
        dismissStaleReviewsOnPush: true,
        requireLastPushApproval: true,
    };
}
/** Builds the world on a running server. `examples` is the examples/ directory of this repository. */
async function createWorld(server, examples, now = new Date(), options = {}) {
    const { admin } = server;
    admin.createOrg(ORG);
    for (const login of Object.values(PEOPLE))
        admin.createUser({ login, name: login, email: `${login}@acme.example` });
    const app = admin.createApp({ slug: APP_SLUG, owner: ORG });
    const governor = admin.createApp({ slug: GOVERNOR_SLUG, owner: ORG });
    const times = windowFromNow(now);
    const changeManagement = await startChangeManagement(times);
    try {
        return await populate(server, examples, now, { writer: app.id, governor: governor.id }, changeManagement, times, options);
    }
    catch (error) {
        // Never leave the change-management server running: it would keep the process alive.
        await changeManagement.close();
        throw error;
    }
}
/** Fills the server with the world's repositories, teams, rules and tokens, in that order. */
async function populate(server, examples, now, apps, changeManagement, times, options) {
    const files = await serviceFiles(examples, changeManagement.url, now);
    const candidateCommit = await createServiceRepository(server, files);
    await createBundlesRepositories(server.admin, await worldPolicy(examples, apps.governor, options.omitPolicy));
    createTeams(server.admin);
    governBundlesRepository(server.admin, apps.governor);
    return {
        server,
        appId: apps.writer,
        governorAppId: apps.governor,
        ...createTokens(server.admin),
        candidateCommit,
        changeManagement,
        serviceFiles: files,
        window: { start: times.start, end: times.end },
    };
}
/** The service repository with `files`, its signed release-candidate tag and its release; returns the tagged commit. */
async function createServiceRepository(server, files) {
    const { admin } = server;
    await admin.createRepo({
        owner: SERVICE.owner,
        name: SERVICE.repo,
        files,
        as: PEOPLE.dave,
        collaborators: { [PEOPLE.dave]: 'write' },
    });
    const candidateCommit = (await admin.repository(SERVICE.owner, SERVICE.repo).git.resolve('refs/heads/main')) ?? '';
    await admin.createTag({
        owner: SERVICE.owner,
        repo: SERVICE.repo,
        tag: TAG,
        target: candidateCommit,
        as: PEOPLE.dave,
        message: `payments-platform ${RELEASE} release candidate 2`,
        signature: 'valid',
    });
    await publishRelease(server, TAG);
    return candidateCommit;
}
/** The release-bundles repository (with `policy`, CODEOWNERS and its collaborators) and the deployment queue's. */
async function createBundlesRepositories(admin, policy) {
    await admin.createRepo({
        owner: BUNDLES.owner,
        name: BUNDLES.repo,
        files: {
            'README.md': '# release-bundles\n',
            '.cutover/policy.yaml': policy,
            '.github/CODEOWNERS': CODEOWNERS,
            'bundles/.keep': '',
        },
        as: PEOPLE.max,
        collaborators: {
            [PEOPLE.max]: 'admin',
            [PEOPLE.alice]: 'write',
            [PEOPLE.bob]: 'write',
            [PEOPLE.carol]: 'write',
            [PEOPLE.mallory]: 'write',
        },
    });
    await admin.createRepo({
        owner: QUEUE_REPO.owner,
        name: QUEUE_REPO.repo,
        files: { 'README.md': '# deploy-queue\n' },
        as: PEOPLE.max,
    });
}
/** The release-engineering and operations teams (carol in both), each writing to the bundles repository. */
function createTeams(admin) {
    admin.createTeam({
        org: ORG,
        slug: 'release-engineering',
        members: [PEOPLE.alice, PEOPLE.carol],
        repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write' },
    });
    admin.createTeam({
        org: ORG,
        slug: 'operations',
        members: [PEOPLE.bob, PEOPLE.carol],
        repos: { [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write' },
    });
}
/** The bundles repository's default branch rules and seal tag rules. */
function governBundlesRepository(admin, governorAppId) {
    admin.setBranchRules(BUNDLES.owner, BUNDLES.repo, 'main', defaultBranchRules(governorAppId));
    // Seal tags: only the governor creates them; nobody, the governor included, moves or deletes one. A bypass
    // applies to a whole ruleset, so these are two rulesets.
    admin.addTagRule(BUNDLES.owner, BUNDLES.repo, {
        pattern: 'cutover/**',
        operations: ['creation'],
        bypass: [GOVERNOR_BOT],
    });
    admin.addTagRule(BUNDLES.owner, BUNDLES.repo, { pattern: 'cutover/**', operations: ['update', 'deletion'] });
}
/** Installation tokens of the two Apps and a personal token per person. */
function createTokens(admin) {
    // The writer App: reads the candidate in the service repository, writes bundle branches and pull requests.
    const botToken = admin.createToken({
        app: APP_SLUG,
        repos: {
            [`${SERVICE.owner}/${SERVICE.repo}`]: 'read',
            [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
        },
    });
    // The governor App: checks, seal tags, pull requests (read) and team membership in the bundles repository,
    // and repository_dispatch to the deployment queue.
    const governorToken = admin.createToken({
        app: GOVERNOR_SLUG,
        repos: {
            [`${BUNDLES.owner}/${BUNDLES.repo}`]: 'write',
            [`${QUEUE_REPO.owner}/${QUEUE_REPO.repo}`]: 'write',
        },
        orgMembersRead: true,
    });
    const tokens = {};
    for (const login of Object.values(PEOPLE)) {
        tokens[login] = admin.createToken({
            login,
            repos: {
                [`${BUNDLES.owner}/${BUNDLES.repo}`]: login === PEOPLE.max ? 'admin' : 'write',
                [`${SERVICE.owner}/${SERVICE.repo}`]: 'write',
            },
        });
    }
    return { botToken, governorToken, tokens };
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
;// CONCATENATED MODULE: ./src/cli/demo.ts
/**
 * `cutover demo [--json]`: the whole lifecycle on the embedded GitHub-compatible server, with no GitHub
 * account. It builds the world (organization, two approver teams, the writer and governor Apps, a service
 * repository with a signed release-candidate tag and its release, a change-management system, a governed
 * release-bundles repository), then runs assemble, verify, the approval gate (one team, then both), a squash
 * merge that GitHub's own rules refuse until the checks and code owners agree, seal, and reads the sealed tag
 * back from git alone. Modes run in-process through the same Octokit adapter the action uses.
 *
 * The server is packages/github-server and the world ./demo-world.ts; src/cli/main.ts imports this module only
 * when `cutover demo` runs, so the bundled CLI loads the server from a chunk of its own (never from its entry).
 */
























const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const SOURCES_PATH = '.cutover/sources.yaml';
const POLICY_PATH = '.cutover/policy.yaml';
/**
 * The repository root (the directory whose package.json is named `cutover`), searched upwards from each start.
 * The CLI runs from src/cli via tsx and bundled as dist/cli/index.js, so no fixed relative path fits both.
 */
function findPackageRoot(starts) {
    for (const start of starts) {
        let dir = external_node_path_default().resolve(start);
        for (;;) {
            const manifest = external_node_path_default().join(dir, 'package.json');
            if ((0,external_node_fs_.existsSync)(manifest)) {
                try {
                    const parsed = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
                    if (parsed && typeof parsed === 'object' && 'name' in parsed && parsed.name === 'cutover')
                        return dir;
                }
                catch {
                    // An unreadable package.json is not ours: keep walking up.
                }
            }
            const parent = external_node_path_default().dirname(dir);
            if (parent === dir)
                break;
            dir = parent;
        }
    }
    return undefined;
}
/** Where the running file is: this module (tsx) or the bundle (ncc), then the entry script. */
function runningFrom() {
    const starts = [];
    try {
        starts.push(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(require("url").pathToFileURL(__filename).href)));
    }
    catch {
        // A bundler may have replaced import.meta.url with something that is not a file URL.
    }
    if (process.argv[1])
        starts.push(external_node_path_default().dirname(process.argv[1]));
    return starts;
}
/**
 * The lifecycle run in-process: the modes the action dispatches to, over the Octokit adapter pointed at the
 * embedded server, with the writer App's installation token for assemble and the governor App's for the rest.
 * People act through their own tokens.
 */
class InProcessLifecycle {
    server;
    world;
    contractOff;
    temporary = [];
    client;
    /** The writer App's context: assemble. */
    ctx;
    /** The governor App's context: verify, gate, seal (the bundles repository's default-branch workflows). */
    governor;
    constructor(server, world, options, 
    /** Why contract validation is off although it was asked for (undefined when on, or not asked for). */
    contractOff) {
        this.server = server;
        this.world = world;
        this.contractOff = contractOff;
        this.client = createGitHubClient({ token: world.botToken, baseUrl: server.apiUrl, writeIntervalMs: 0 });
        const context = (client) => ({
            github: new OctokitGitHub(client),
            bundlesRepo: BUNDLES,
            policyPath: POLICY_PATH,
            now: options.now ?? (() => new Date()),
            log: options.log ?? (() => { }),
        });
        this.ctx = context(this.client);
        this.governor = context(createGitHubClient({ token: world.governorToken, baseUrl: server.apiUrl, writeIntervalMs: 0 }));
    }
    /** Starts the server and builds the world on it; on failure, closes what was started. */
    static async start(options, onServer) {
        let server = await startGitHubServer({ contract: options.contract });
        let contractOff;
        if (options.contract) {
            try {
                // Loads the description now, so a missing or unloadable one turns validation off instead of failing requests.
                server.contract.operationId('GET', '/repos/{owner}/{repo}');
            }
            catch (error) {
                contractOff = (0,errors/* messageOf */.bD)(error).split('\n')[0];
                await server.close();
                server = await startGitHubServer({ contract: false });
            }
        }
        try {
            onServer?.(server);
            const world = await createWorld(server, options.examples);
            return new InProcessLifecycle(server, world, options, contractOff);
        }
        catch (error) {
            await server.close();
            throw error;
        }
    }
    /** Octokit as a person, without retries: a refusal is the answer, not a transient failure. */
    as(login) {
        const token = this.world.tokens[login];
        if (!token)
            throw new Error(`no token for ${login}`);
        return new dist_src/* Octokit */.E({ auth: token, baseUrl: this.server.apiUrl, log: quiet });
    }
    /** Clones the service repository over smart HTTP and checks out the tag, as actions/checkout would. */
    async checkout(tag) {
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'cutover-demo-workspace-'));
        this.temporary.push(dir);
        const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
        const url = this.server.admin.cloneUrl(SERVICE.owner, SERVICE.repo);
        await exec('git', ['clone', '--quiet', url, dir], { env });
        await exec('git', ['-C', dir, '-c', 'advice.detachedHead=false', 'checkout', '--quiet', `refs/tags/${tag}`], {
            env,
        });
        const { stdout } = await exec('git', ['-C', dir, 'rev-parse', 'HEAD^{commit}'], { env });
        return { dir, sha: stdout.trim() };
    }
    /** assemble in the service repository's workflow, on the tag, from a checkout at its commit. */
    async assemble(tag, checkout) {
        const { dir, sha } = checkout ?? (await this.checkout(tag));
        const committedAt = (await this.ctx.github.getCommit(SERVICE, sha)).committedAt;
        return runAssemble(this.ctx, {
            config: await (0,documents/* readSourcesConfig */.jO)(external_node_path_default().join(dir, SOURCES_PATH)),
            configPath: SOURCES_PATH,
            workspace: (0,workspace/* localWorkspace */.r)(dir, {
                observedAt: committedAt,
                repository: `${SERVICE.owner}/${SERVICE.repo}`,
                commit: sha,
            }),
            candidateRepo: SERVICE,
            tag,
            commit: sha,
            sourceGitHub: new OctokitSourceGitHub(this.client, SERVICE),
            env: {},
            maxFileBytes: parse/* DEFAULT_MAX_FILE_BYTES */.CR,
        });
    }
    /** verify on the pull request's current head. */
    async verify(pullRequest) {
        const pull = await this.governor.github.getPullRequest(BUNDLES, pullRequest);
        return runVerify(this.governor, { headSha: pull.headSha, baseSha: pull.baseSha, pullRequest });
    }
    /** An approving review by `login` on the pull request's current head; returns the review id. */
    async approve(login, pullRequest) {
        const { data } = await this.as(login).rest.pulls.createReview({
            ...BUNDLES,
            pull_number: pullRequest,
            event: 'APPROVE',
            body: 'Reviewed the bundle.',
        });
        return data.id;
    }
    gate(pullRequest) {
        return runGate(this.governor, pullRequest);
    }
    /** Merges as `login`; returns the merge commit. Rejects with GitHub's 405 when a rule is not met. */
    async merge(login, pullRequest, method) {
        // GitHub's times are whole seconds and a review counts only when strictly before the merge: a person
        // merging right after approving is a second later; so is the demo.
        await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 10));
        const { data } = await this.as(login).rest.pulls.merge({
            ...BUNDLES,
            pull_number: pullRequest,
            merge_method: method,
        });
        return data.sha;
    }
    seal(pullRequest) {
        return runSeal(this.governor, { pullRequest, dispatchRepo: QUEUE_REPO });
    }
    /** Latest conclusion and title per check name at a commit, as the pull request's checks tab shows them. */
    async checks(sha) {
        const { data } = await this.as(PEOPLE.max).rest.checks.listForRef({ ...BUNDLES, ref: sha, per_page: 100 });
        const out = new Map();
        for (const run of [...data.check_runs].sort((a, b) => a.id - b.id))
            out.set(run.name, { conclusion: run.conclusion, title: run.output.title });
        return out;
    }
    /** Stops the change-management system and the server, and removes every temporary directory. */
    async close() {
        const results = await Promise.allSettled([
            this.world.changeManagement.close(),
            ...this.temporary.splice(0).map((dir) => (0,promises_.rm)(dir, { recursive: true, force: true })),
        ]);
        await this.server.close();
        const failed = results.find((r) => r.status === 'rejected');
        if (failed)
            throw failed.reason;
    }
}
const quiet = { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } };
/** GitHub's refusal of a request (status and message), or undefined when it was something else. */
function refusal(error) {
    if (!error || typeof error !== 'object' || !('status' in error) || typeof error.status !== 'number')
        return undefined;
    const data = 'response' in error ? error.response?.data : undefined;
    const message = typeof data?.message === 'string' ? data.message : (0,errors/* messageOf */.bD)(error);
    return { status: error.status, message };
}
const demo_short = (sha) => (sha ?? '').slice(0, 12);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const demoCommand = {
    ...commands/* COMMAND_META */.w.demo,
    async run(args, io) {
        const { values } = (0,external_node_util_.parseArgs)({
            args,
            options: { json: { type: 'boolean', default: false }, keep: { type: 'string' } },
            strict: true,
        });
        const keep = values.keep === undefined ? undefined : keepTarget(values.keep, io.cwd);
        return runDemo(io, { json: values.json, keep });
    },
};
/**
 * The directory `--keep` names, resolved against the working directory: it must be absent or empty, so the
 * demo never writes into or over anything that is already there. Checked before the lifecycle runs.
 */
function keepTarget(dir, cwd) {
    if (dir.trim() === '' || dir.startsWith('-'))
        throw new errors/* InputError */.dz(`invalid --keep '${dir}'`, { field: '--keep', expected: 'a directory path' });
    const target = external_node_path_default().resolve(cwd, dir);
    if ((0,external_node_fs_.existsSync)(target) && (!(0,external_node_fs_.statSync)(target).isDirectory() || (0,external_node_fs_.readdirSync)(target).length > 0))
        throw new errors/* InputError */.dz('--keep names a path that exists and is not an empty directory', {
            file: target,
            expected: 'a new or empty directory for the sealed bundles repository',
        });
    return target;
}
/**
 * Copies the sealed bundles repository off the server before it is removed: a bare clone (every branch and
 * seal tag; HEAD names the default branch, as `cutover inspect` expects of a bare repository), without the
 * server's remote, which is gone when the demo ends.
 */
async function keepRepository(source, target) {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    await exec('git', ['clone', '--quiet', '--bare', '--no-hardlinks', source, target], { env });
    await exec('git', ['--git-dir', target, 'remote', 'remove', 'origin'], { env });
}
/** Runs the demo; 0 when every step worked, 1 when one failed (named, without a stack trace). */
async function runDemo(io, options) {
    const started = Date.now();
    const steps = new DemoSteps(io, options.json);
    const outcome = {};
    const stopCleanupOnSignal = cleanUpOnSignal(io, steps, outcome);
    steps.print('cutover demo: the whole lifecycle on an embedded GitHub-compatible server, no GitHub account needed\n');
    let code = cli_io/* EXIT */.dc.ok;
    let failure;
    try {
        await runLifecycle(io, options, steps, outcome);
    }
    catch (error) {
        code = cli_io/* EXIT */.dc.findings;
        failure = (0,errors/* messageOf */.bD)(error);
        steps.fail(failure);
        if (!options.json)
            io.stderr(`\ncutover demo: step '${steps.current}' failed: ${failure}\n`);
        if (io.env.CUTOVER_DEBUG && error instanceof Error && error.stack)
            io.stderr(`${error.stack}\n`);
    }
    finally {
        stopCleanupOnSignal();
        await outcome.lifecycle?.close().catch((error) => {
            io.stderr(`cutover demo: cleanup failed: ${(0,errors/* messageOf */.bD)(error)}\n`);
        });
    }
    reportDemo(io, options, steps, outcome, { code, failure, ms: Date.now() - started });
    return code;
}
/** The demo's steps as they run: each prints its lines as soon as it is done; `current` names the one running. */
class DemoSteps {
    io;
    json;
    done = [];
    current = 'setup';
    static WIDTH = 10;
    constructor(io, json) {
        this.io = io;
        this.json = json;
    }
    print(text) {
        if (!this.json)
            this.io.stdout(`${text}\n`);
    }
    /** Runs one step; its lines are printed numbered, the first beside its name. */
    async run(name, fn) {
        this.current = name;
        const lines = [];
        const begun = Date.now();
        const value = await fn(lines);
        this.done.push({ step: name, ok: true, ms: Date.now() - begun, lines });
        const [first = '', ...rest] = lines;
        this.print(`${String(this.done.length).padStart(2)}. ${name.padEnd(DemoSteps.WIDTH)} ${first}`);
        for (const line of rest)
            this.print(`    ${''.padEnd(DemoSteps.WIDTH)} ${line}`);
        return value;
    }
    /** Records the running step as failed. */
    fail(message) {
        this.done.push({ step: this.current, ok: false, ms: 0, lines: [message] });
    }
}
/** Ctrl-C mid-run still stops the servers and removes the repositories and the workspace; returns the undo. */
function cleanUpOnSignal(io, steps, outcome) {
    const interrupted = (signal) => {
        io.stderr(`\ncutover demo: ${signal} during step '${steps.current}': cleaning up\n`);
        void (outcome.lifecycle?.close() ?? Promise.resolve()).finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    return () => {
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
    };
}
/** The lifecycle, step by step: the order a reader follows in the printed output. */
async function runLifecycle(io, options, steps, outcome) {
    const examples = examplesDirectory(io, options);
    const life = await steps.run('server', (lines) => startLifecycle(io, examples, lines));
    outcome.lifecycle = life;
    const checkout = await steps.run('checkout', (lines) => checkoutCandidate(life, lines));
    const pull = await steps.run('assemble', (lines) => assembleBundle(life, checkout, lines, outcome));
    const head = await steps.run('verify', (lines) => verifyBundle(life, pull, lines));
    await steps.run('rules', (lines) => mergeRefused(life, pull, 'before any approval', lines));
    const first = { approver: PEOPLE.alice, team: 'release-engineering', expect: 'failure' };
    await steps.run('gate', (lines) => approveAndGate(life, pull, head, first, lines));
    await steps.run('rules', (lines) => mergeRefused(life, pull, 'with one team', lines));
    const second = { approver: PEOPLE.bob, team: 'operations', expect: 'success' };
    await steps.run('gate', (lines) => approveAndGate(life, pull, head, second, lines));
    const merged = await steps.run('merge', (lines) => squashMerge(life, pull, lines));
    const tag = await steps.run('seal', (lines) => sealMerge(life, pull, merged, lines));
    await steps.run('read', (lines) => readSeal(life, tag, io.cwd, lines, outcome));
    const keep = options.keep;
    if (keep)
        await steps.run('keep', (lines) => keepBundles(life, keep, tag, lines, outcome));
    await steps.run('contract', (lines) => contractReport(life, lines));
}
/** The examples/ directory the world is built from: the option, else the one of the running cutover package. */
function examplesDirectory(io, options) {
    const root = findPackageRoot([...runningFrom(), io.cwd]);
    const examples = options.examples ?? (root ? external_node_path_default().join(root, 'examples') : undefined);
    if (!examples || !(0,external_node_fs_.existsSync)(external_node_path_default().join(examples, 'payments-platform')))
        throw new errors/* InputError */.dz('cannot find the examples/ directory of the cutover package', {
            expected: 'to run from a checkout of the cutover repository (npm ci, then npx cutover demo)',
        });
    return examples;
}
/** server: starts the server, builds the world on it and says what is there. */
async function startLifecycle(io, examples, lines) {
    const life = await InProcessLifecycle.start({
        examples,
        contract: true,
        log: (line) => {
            if (io.env.CUTOVER_DEBUG)
                io.stderr(`    [mode] ${line}\n`);
        },
    }, (server) => lines.push(`GitHub-compatible server at ${server.apiUrl} over real git repositories`));
    lines.push(life.contractOff === undefined
        ? 'OpenAPI contract validation on: every request and response is checked against @octokit/openapi'
        : /Cannot find module/.test(life.contractOff)
            ? 'OpenAPI contract validation off: @octokit/openapi (a dev dependency) is not installed; npm ci installs it'
            : `OpenAPI contract validation off: @octokit/openapi cannot be loaded by this build (${life.contractOff})`);
    const { world } = life;
    lines.push(`org ${BUNDLES.owner}: teams release-engineering (${PEOPLE.alice}, ${PEOPLE.carol}) and operations (${PEOPLE.bob}, ${PEOPLE.carol}); Apps cutover-release (writer) and cutover-governor (governor)`, `${SERVICE.owner}/${SERVICE.repo}: signed tag ${TAG} on ${demo_short(world.candidateCommit)} with its GitHub release`, `${BUNDLES.owner}/${BUNDLES.repo}: CODEOWNERS (bundle -> release-engineering, manifest -> operations), required cutover/* checks, tag rule on cutover/**`, `change management at ${world.changeManagement.url}`);
    return life;
}
/** checkout: the service repository at the candidate tag, as actions/checkout would. */
async function checkoutCandidate(life, lines) {
    const out = await life.checkout(TAG);
    lines.push(`git clone ${life.server.admin.cloneUrl(SERVICE.owner, SERVICE.repo)} at ${TAG} -> ${demo_short(out.sha)}`);
    return out;
}
/** assemble: the bundle as one commit on the release branch and its pull request; returns the pull request. */
async function assembleBundle(life, checkout, lines, outcome) {
    const { outputs } = await life.assemble(TAG, checkout);
    const pull = Number(outputs['pull-request-number']);
    if (!pull)
        throw new Error('assemble opened no pull request');
    outcome.pullRequest = pull;
    lines.push(`revision ${outputs.revision}, bundle ${outputs['bundle-digest']}, ${(0,cli_io/* count */.U9)(Number(outputs['holds-count']), 'open hold')}`, `one commit ${demo_short(outputs.commit)} on ${(0,names/* releaseBranch */.CT)(PRODUCT, RELEASE)} by the App; pull request #${pull}`);
    return pull;
}
/** verify: one check run per rule on the pull request's head, all passing; returns the head. */
async function verifyBundle(life, number, lines) {
    const result = await life.verify(number);
    const pull = await life.ctx.github.getPullRequest(BUNDLES, number);
    const checks = await life.checks(pull.headSha);
    const names = [...checks.keys()].filter((n) => n !== 'cutover/approval');
    const failing = names.filter((n) => checks.get(n)?.conclusion !== 'success');
    lines.push(`${names.length} check runs on ${demo_short(pull.headSha)}: ${names.map((n) => `${n.replace('cutover/', '')} ${checks.get(n)?.conclusion}`).join(', ')}`);
    if (failing.length > 0 || result.outputs['failed-checks'] !== '0')
        throw new Error(`verification failed: ${failing.join(', ')}`);
    return pull.headSha;
}
/** rules: the maintainer tries to merge too early and GitHub's own branch rules refuse it (405). */
async function mergeRefused(life, number, when, lines) {
    try {
        await life.merge(PEOPLE.max, number, 'squash');
    }
    catch (error) {
        const refused = refusal(error);
        if (refused?.status === 405) {
            lines.push(`${PEOPLE.max} tries to merge ${when}: GitHub refuses (405) "${refused.message}"`);
            return;
        }
        throw error;
    }
    throw new Error(`GitHub merged #${number} ${when}: its branch rules were not enforced`);
}
/** gate: one team's approval, then the approval gate, whose check must come out as expected. */
async function approveAndGate(life, number, head, approval, lines) {
    const { approver, team, expect } = approval;
    const review = await life.approve(approver, number);
    lines.push(`${approver} (${team}) approves #${number} at ${demo_short(head)} (review ${review})`);
    const result = await life.gate(number);
    const check = (await life.checks(head)).get('cutover/approval');
    lines.push(`cutover/approval: ${check?.conclusion ?? 'missing'}: ${check?.title ?? ''}`);
    if (check?.conclusion !== expect || result.outputs.approved !== String(expect === 'success'))
        throw new Error(`expected cutover/approval to be ${expect}, it is ${check?.conclusion ?? 'missing'}`);
}
/** merge: the maintainer squash-merges once checks and both code-owner teams agree; returns the merge commit. */
async function squashMerge(life, number, lines) {
    const sha = await life.merge(PEOPLE.max, number, 'squash');
    lines.push(`${PEOPLE.max} squash-merges #${number}: checks and both code-owner teams satisfied -> ${demo_short(sha)}`);
    return sha;
}
/** seal: the annotated seal tag on the merge commit and the hand-off to the deployment queue; returns the tag. */
async function sealMerge(life, number, merged, lines) {
    const result = await life.seal(number);
    const sealed = result.outputs.tag;
    if (!sealed)
        throw new Error('seal created no tag');
    const dispatches = life.server.admin.dispatches(QUEUE_REPO.owner, QUEUE_REPO.repo).length;
    lines.push(`annotated tag ${sealed} on ${demo_short(merged)}, approval record in its message`, `handed to ${QUEUE_REPO.owner}/${QUEUE_REPO.repo} (${dispatches} repository_dispatch cutover-sealed); Cutover stops here`);
    return sealed;
}
/** read: the sealed revision read back over git alone, every integrity check passing. */
async function readSeal(life, tag, cwd, lines, outcome) {
    const url = life.server.admin.cloneUrl(BUNDLES.owner, BUNDLES.repo);
    const sealed = await (0,inspect/* readSealedBundle */.z)({ repository: url, tag, cwd });
    const nameWidth = Math.max(...sealed.results.map((r) => r.name.length));
    lines.push(`readSealedBundle over ${url}, git alone (no API, no token):`);
    for (const r of sealed.results)
        lines.push(`  ${r.name.padEnd(nameWidth)}  ${r.status}  ${r.detail}`);
    lines.push(`  window ${sealed.window.state ?? 'unknown'} (${sealed.window.start} .. ${sealed.window.end}): a fact, not a check`);
    outcome.sealed = sealed;
    const failed = sealed.results.filter((r) => r.status === 'fail');
    if (failed.length > 0)
        throw new Error(`integrity failed: ${failed.map((r) => r.name).join(', ')}`);
}
/** keep (--keep): the sealed bundles repository copied off the server as a bare repository. */
async function keepBundles(life, keep, tag, lines, outcome) {
    await keepRepository(life.server.admin.repoPath(BUNDLES.owner, BUNDLES.repo), keep);
    outcome.kept = keep;
    lines.push(`${BUNDLES.owner}/${BUNDLES.repo} kept as a bare repository in ${keep}; read it with git alone:`, `  npx cutover inspect ${keep} --tag ${tag}`, `  npx cutover list ${keep}`);
}
/** contract: every API request of the run was one GitHub's OpenAPI description allows, to a route served. */
async function contractReport(life, lines) {
    const { server } = life;
    const violations = server.contract.take();
    const unimplemented = server.log.unimplemented.splice(0);
    lines.push(life.contractOff === undefined
        ? `${(0,cli_io/* count */.U9)(server.log.entries.length, 'API request')}, ${(0,cli_io/* count */.U9)(violations.length, 'OpenAPI contract violation')}, ${(0,cli_io/* count */.U9)(unimplemented.length, 'unimplemented route')}`
        : `${(0,cli_io/* count */.U9)(server.log.entries.length, 'API request')} (contract validation off), ${(0,cli_io/* count */.U9)(unimplemented.length, 'unimplemented route')}`);
    if (violations.length > 0 || unimplemented.length > 0)
        throw new Error([
            ...violations.map((v) => `${v.method} ${v.path} ${v.kind}: ${v.errors.join('; ')}`),
            ...unimplemented.map((u) => `unimplemented: ${JSON.stringify(u)}`),
        ]
            .slice(0, 5)
            .join('\n'));
}
/** The end of the run: the JSON report (--json), or one closing line when every step worked. */
function reportDemo(io, options, steps, outcome, end) {
    const { code, failure, ms } = end;
    const { sealed, kept } = outcome;
    if (options.json) {
        const report = {
            ok: code === cli_io/* EXIT */.dc.ok,
            ms,
            ...(failure ? { failedStep: steps.current, error: failure } : {}),
            pullRequest: outcome.pullRequest,
            tag: sealed?.tag,
            commit: sealed?.commit,
            bundleDigest: sealed?.bundleDigest,
            integrity: sealed?.results,
            ...(kept ? { kept } : {}),
            steps: steps.done,
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    }
    else if (code === cli_io/* EXIT */.dc.ok) {
        steps.print(kept
            ? `\ndemo: sealed and verified in ${seconds(ms)}; everything else it created is removed, the bundles repository is in ${kept}`
            : `\ndemo: sealed and verified in ${seconds(ms)}; everything it created is removed`);
    }
}


/***/ }),

/***/ 1122:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ USER_AGENT),
  t: () => (/* binding */ httpFetch)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/github/proxy.ts


/** The proxy a request to `target` goes through, or undefined for a direct connection. */
function proxyFor(target, env = process.env) {
    const scheme = target.protocol === 'https:' ? 'https' : target.protocol === 'http:' ? 'http' : undefined;
    if (!scheme)
        return undefined;
    const proxy = variable(env, `${scheme}_proxy`);
    if (!proxy)
        return undefined;
    const noProxy = variable(env, 'no_proxy');
    if (noProxy && bypasses(noProxy.value, target))
        return undefined;
    return parseProxy(proxy.value, proxy.name);
}
/** Whether the NO_PROXY list `list` sends requests to `target` directly. */
function bypasses(list, target) {
    const host = unbracket(target.hostname.toLowerCase()).replace(/\.$/, '');
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const hostIp = (0,external_node_net_.isIP)(host);
    for (const raw of list.split(/[\s,]+/)) {
        let entry = raw.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        let entryPort;
        const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (withPort?.[1] && withPort[2]) {
            entry = withPort[1];
            entryPort = withPort[2];
        }
        entry = unbracket(entry);
        if (entryPort !== undefined && entryPort !== port)
            continue;
        const cidr = /^(.+)\/(\d{1,3})$/.exec(entry);
        if (cidr?.[1] && cidr[2]) {
            const family = (0,external_node_net_.isIP)(cidr[1]);
            const bits = Number(cidr[2]);
            if (!hostIp || family !== hostIp || bits > (family === 4 ? 32 : 128))
                continue;
            const subnet = new external_node_net_.BlockList();
            subnet.addSubnet(cidr[1], bits, family === 4 ? 'ipv4' : 'ipv6');
            if (subnet.check(host, hostIp === 4 ? 'ipv4' : 'ipv6'))
                return true;
            continue;
        }
        if ((0,external_node_net_.isIP)(entry) || hostIp) {
            if ((0,external_node_net_.isIP)(entry) && hostIp && sameAddress(entry, host))
                return true;
            continue;
        }
        const domain = entry.replace(/^\*?\./, '').replace(/\.$/, '');
        if (domain && (host === domain || host.endsWith(`.${domain}`)))
            return true;
    }
    return false;
}
/** The agent for a request to `target`: one per proxy and target scheme, kept alive; undefined when direct. */
async function proxyAgent(target, env = process.env) {
    const proxy = proxyFor(target, env);
    if (!proxy)
        return undefined;
    const key = `${target.protocol} ${proxy.url.href}`;
    let agent = agents.get(key);
    if (!agent) {
        const { url, headers } = withoutCredentials(proxy.url);
        if (target.protocol === 'https:') {
            const tunnel = new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(566)]).then(__webpack_require__.bind(__webpack_require__, 1566))).HttpsProxyAgent(url, { keepAlive: true, headers });
            refuseUnopenedTunnels(tunnel, proxy.display);
            agent = tunnel;
        }
        else {
            agent = new (await Promise.all(/* import() */[__webpack_require__.e(411), __webpack_require__.e(947)]).then(__webpack_require__.bind(__webpack_require__, 8947))).HttpProxyAgent(url, { keepAlive: true, headers });
        }
        agents.set(key, agent);
    }
    return agent;
}
/**
 * The proxy URL without its `user:password@`, and the Proxy-Authorization header that carries them instead.
 * The agents log their proxy's URL through `debug` (DEBUG=https-proxy-agent), so a URL with credentials
 * would print the password; the header is sent, never logged.
 */
function withoutCredentials(proxy) {
    if (!proxy.username && !proxy.password)
        return { url: proxy, headers: {} };
    const url = new URL(proxy.href);
    url.username = '';
    url.password = '';
    const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
    return { url, headers: { 'Proxy-Authorization': `Basic ${Buffer.from(auth).toString('base64')}` } };
}
/**
 * Fails a request whose CONNECT the proxy answered with anything but 200. https-proxy-agent replays such a reply
 * to the request as the origin's response (meant for a 407), outside TLS: a proxy, or anyone on the plain-TCP path
 * to an http:// proxy, could otherwise answer `203` with a JSON body and be read as GitHub or an https source.
 */
function refuseUnopenedTunnels(agent, display) {
    agent.on('proxyConnect', (connect, request) => {
        if (connect.statusCode === 200)
            return;
        const to = String(request.getHeader('host') ?? request.host);
        const status = `${connect.statusCode ?? '?'} ${String(connect.statusText ?? '').slice(0, 100)}`.trim();
        const error = new Error(`the proxy ${display} did not open a tunnel to ${to}: it answered CONNECT with HTTP ${status}`);
        request.destroy(Object.assign(error, { code: 'ERR_PROXY_TUNNEL' }));
    });
}
const agents = new Map();
function variable(env, lower) {
    for (const name of [lower, lower.toUpperCase()]) {
        const value = env[name]?.trim();
        if (value)
            return { name, value };
    }
    return undefined;
}
function parseProxy(value, name) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        throw new errors/* InputError */.dz(`environment variable ${name} is not a valid proxy URL`, { field: name, expected });
    }
    const display = `${url.protocol}//${url.username || url.password ? '***@' : ''}${url.host}`;
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* InputError */.dz(`environment variable ${name} names a ${url.protocol.slice(0, -1)} proxy (${display})`, {
            field: name,
            expected,
        });
    if (!url.hostname)
        throw new errors/* InputError */.dz(`environment variable ${name} names no proxy host`, { field: name, expected });
    return { url, display, variable: name };
}
const expected = 'an http:// or https:// proxy URL, e.g. http://proxy.example.com:3128';
function unbracket(host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
function sameAddress(a, b) {
    if ((0,external_node_net_.isIP)(a) !== (0,external_node_net_.isIP)(b))
        return false;
    const list = new external_node_net_.BlockList();
    list.addAddress(a, (0,external_node_net_.isIP)(a) === 4 ? 'ipv4' : 'ipv6');
    return list.check(b, (0,external_node_net_.isIP)(b) === 4 ? 'ipv4' : 'ipv6');
}

;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/**
 * The part of fetch Octokit uses, over node:http(s) rather than the global fetch (the cold start:
 * ../action/main.ts). Used by the one Octokit client (./octokit.ts) and by the action's first read
 * (./first-read.ts), which must not wait for that client to load, and by the http-json source kind.
 *
 * Proxies: the standard variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower or upper case) choose, per request
 * and per redirect hop, a proxy agent (./proxy.ts); without them requests go directly, through the global agents.
 */



/** The product part of the User-Agent of every request Cutover sends to GitHub. */
const USER_AGENT = 'cutover-action';
const MAX_REDIRECTS = 20;
/** Like fetch's (undici's) header and body timeouts: a stalled connection fails instead of hanging the job. */
const IDLE_TIMEOUT_MS = 300_000;
/**
 * fetch over node:http(s), through the proxy the standard variables name for the URL (./proxy.ts) or else the
 * global agents (keep-alive), following redirects as fetch does: 303 (and 301/302 after a POST) become a GET without body, and the
 * authorization header is dropped when a redirect leaves the origin (a release asset's download URL).
 */
async function httpFetch(url, init = {}, onSent) {
    let method = (init.method ?? 'GET').toUpperCase();
    let body = requestBody(init.body);
    const headers = { ...init.headers };
    let current = new URL(url);
    for (let redirects = 0;; redirects++) {
        const response = await send(current, { method, headers, signal: init.signal ?? undefined }, body, onSent);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (![301, 302, 303, 307, 308].includes(status) || !location || init.redirect === 'manual')
            return fetchResponse(response, current, method);
        response.resume();
        if (init.redirect === 'error')
            throw new Error(`redirected (${status}) from ${current.href}`);
        if (redirects >= MAX_REDIRECTS)
            throw new Error(`too many redirects from ${url}`);
        const next = new URL(location, current);
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            method = 'GET';
            body = undefined;
            for (const name of Object.keys(headers))
                if (/^content-(type|length|encoding|language|location)$/i.test(name))
                    delete headers[name];
        }
        if (next.origin !== current.origin)
            for (const name of Object.keys(headers))
                if (/^(authorization|cookie)$/i.test(name))
                    delete headers[name];
        current = next;
    }
}
function requestBody(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || body instanceof Uint8Array)
        return body;
    if (body instanceof ArrayBuffer)
        return new Uint8Array(body);
    throw new TypeError('request body: only a string or bytes can be sent');
}
async function send(url, options, body, onSent) {
    // node:https (and TLS) is loaded only when a request needs it: GITHUB_API_URL may be plain http (a test server).
    const request = url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : external_node_http_.request;
    const agent = await proxyAgent(url);
    return new Promise((resolve, reject) => {
        const req = request(url, { ...options, ...(agent ? { agent } : {}), timeout: IDLE_TIMEOUT_MS }, resolve);
        req.on('timeout', () => req.destroy(new Error(`no response from ${url.origin} in ${IDLE_TIMEOUT_MS / 1000}s`)));
        req.on('error', reject);
        if (onSent)
            req.on('finish', onSent);
        req.end(body);
    });
}
function fetchResponse(response, url, method) {
    const status = response.statusCode ?? 0;
    // No body can follow: drain it so the connection returns to the pool (Octokit reads none of these).
    if (method === 'HEAD' || status === 204 || status === 205 || status === 304)
        response.resume();
    response.on('error', () => { }); // a failing body fails its reader (bytes() below, or the web stream)
    const headers = Object.entries(response.headers).flatMap(([name, value]) => value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]]);
    let stream;
    const bytes = async () => {
        const chunks = [];
        for await (const chunk of response)
            chunks.push(chunk);
        return Buffer.concat(chunks);
    };
    return {
        status,
        statusText: response.statusMessage ?? '',
        url: url.href,
        headers: {
            get: (name) => headers.find(([n]) => n === name.toLowerCase())?.[1] ?? null,
            [Symbol.iterator]: () => headers[Symbol.iterator](),
        },
        text: async () => (await bytes()).toString('utf8'),
        json: async () => JSON.parse((await bytes()).toString('utf8')),
        arrayBuffer: async () => new Uint8Array(await bytes()).buffer,
        // One web stream per response, however often `body` is read (a second toWeb would compete for the data).
        get body() {
            stream ??= external_node_stream_.Readable.toWeb(response);
            return stream;
        },
    };
}


/***/ }),

/***/ 3235:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readSealedBundle)
/* harmony export */ });
/* unused harmony export parseMoment */
/* harmony import */ var _domain_approval_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2673);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6416);
/* harmony import */ var _schema_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1254);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6325);
/**
 * `readSealedBundle`: reads one sealed revision from a release-bundles git repository (a local path or a
 * URL, no GitHub API and no token) and reports named integrity results about it, plus the change window as
 * a fact. It states what it found; it gives no go/no-go.
 */









const EXPECTED_TAG = 'a seal tag name cutover/<product>/<release>/r<revision>';
/** Parses the `at` option, or throws an InputError naming the expected format. */
function parseMoment(at) {
    if (at === undefined)
        return new Date();
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
    const date = typeof at === 'string' ? new Date(rfc3339.test(at) ? at : Number.NaN) : at;
    if (Number.isNaN(date.getTime()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid time '${String(at)}'`, {
            field: 'at',
            expected: 'an RFC 3339 time such as 2026-11-24T22:00:00Z',
        });
    return date;
}
/**
 * Reads the seal tag `tag` from `repository` and verifies it: the tag is annotated and its record valid, the
 * tag points at the record's merge commit, that commit is on the repository's default branch, the bundle
 * files at that commit hash to the digest in manifest.json and in the record, the manifest and bundle.json
 * match the tag name and record, the revision is the latest sealed one of its release, and the required teams
 * are covered by distinct approvers. Throws InputError for a bad tag name, time, unreachable repository, one
 * whose seal tags git cannot read, or a tag that does not exist; integrity problems (the release files at the
 * tagged commit git cannot read among them) are results, never thrown.
 *
 * Only this tag and the later revisions of its release are read (the later ones decide whether it is the
 * latest), so the cost does not grow with the number of earlier revisions or of other releases; earlier
 * revisions are read only when none from this one on is a valid seal, to name the latest sealed revision.
 */
async function readSealedBundle(options) {
    const { tag } = options;
    (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNotOption */ .v3)(tag, 'tag');
    const name = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSealTagName */ .sX)(tag);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${tag}' is not a seal tag name`, { field: 'tag', expected: EXPECTED_TAG });
    const at = parseMoment(options.at);
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .sealTagPrefix */ .OQ)(name.product, name.release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        // The tags are listed while the default branch is resolved.
        const selected = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            fromRevision: name.revision,
        });
        const defaultBranch = await repository.defaultBranch;
        let { readings } = selected;
        const reading = readings.find((r) => r.tag === tag);
        // Earlier revisions were not listed: they are read only to name what exists, or the latest sealed one.
        if (!reading) {
            const revisions = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .sealTagRevisions */ .QA)(repository.gitDir, prefix);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no tag ${tag} in ${repository.display}`, {
                field: 'tag',
                expected: `an existing seal tag (this release has: ${revisions.map((r) => `r${r}`).join(', ') || 'none'})`,
            });
        }
        if (!readings.some((r) => (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0) &&
            (await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .sealTagRevisions */ .QA)(repository.gitDir, prefix)).some((r) => r < name.revision))
            readings = (await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, defaultBranch)).readings;
        const texts = reading.commit
            ? await readBundleTexts(repository.gitDir, reading.commit, (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(name.product, name.release), options.maxFileBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_FILE_BYTES */ .CR)
            : undefined;
        return assess(repository.display, reading, readings, texts, at, defaultBranch);
    }
    catch (error) {
        throw (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .unreadableRepository */ .CP)(error, repository.display);
    }
    finally {
        await repository.close();
    }
}
/** The texts of the four release files at `commit`, each a regular file within the size limit. */
async function readBundleTexts(gitDir, commit, dir, maxBytes) {
    const texts = {};
    const problems = [];
    let listed;
    try {
        listed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(gitDir, commit, dir);
    }
    catch (error) {
        // The tagged commit's tree cannot be read (a damaged repository, an object missing): the checks that need
        // the files fail with git's words, as when a file's blob cannot be read below. Not an internal error.
        if (!(error instanceof _git_js__WEBPACK_IMPORTED_MODULE_5__/* .GitCommandError */ .iR))
            throw error;
        problems.push(`cannot list ${dir}/ at ${short(commit)}: ${error.message}`);
        return { texts, problems, unlisted: true };
    }
    const entries = new Map(listed.map((e) => [e.name, e]));
    const wanted = [];
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ).filter(isBundleFileKey)) {
        const file = `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]}`;
        const entry = entries.get(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]);
        if (!entry)
            continue; // parseRelease reports it missing
        if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
            problems.push(`${file} is not a regular file (mode ${entry.mode}, ${entry.type})`);
            continue;
        }
        if (entry.size === undefined || !Number.isSafeInteger(entry.size) || entry.size > maxBytes) {
            problems.push(`${file} is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
            continue;
        }
        wanted.push({ key, file, objectId: entry.objectId, size: entry.size });
    }
    // The files within the limit, through one cat-file session (their sizes are known from ls-tree).
    let objects;
    try {
        objects = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .readObjects */ .$I)(gitDir, wanted.map((w) => w.objectId), wanted.reduce((sum, w) => sum + w.size, 0));
    }
    catch (error) {
        for (const { file } of wanted)
            problems.push(`${file}: ${String(error)}`);
        return { texts, problems };
    }
    wanted.forEach(({ key, file, objectId }, i) => {
        const object = objects[i];
        if (object?.type !== 'blob') {
            problems.push(`${file}: blob ${objectId} is not in the repository`);
            return;
        }
        try {
            texts[key] = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(object.content, file);
        }
        catch (error) {
            problems.push(`${file}: ${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? error.describe() : String(error)}`);
        }
    });
    return { texts, problems };
}
const short = (id) => id.slice(0, 12);
/**
 * Where bundle.json names another product or release than the tag (and so the record and the directory it
 * was read from): files copied from another release directory, whose digest and manifest may agree.
 */
function bundleMismatches(bundle, name) {
    if (!bundle)
        return [];
    return ['product', 'release']
        .filter((key) => bundle[key] !== name[key])
        .map((key) => `bundle.json ${key} is ${bundle[key]}, the tag name says ${name[key]}`);
}
function isBundleFileKey(key) {
    return Object.hasOwn(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ, key);
}
/** A named integrity result: passed with `passed` as its detail, or failed with its problems. */
function outcome(name, problems, passed) {
    return problems.length === 0
        ? { name, status: 'pass', detail: passed }
        : { name, status: 'fail', detail: problems.join('; ') };
}
/** The results about the tag itself: annotated-tag, seal-record, tag-target and default-branch. */
function tagResults(reading, branch) {
    const { record, revision } = reading;
    return [
        outcome('annotated-tag', reading.annotationProblems, `annotated tag object ${short(reading.ref.objectId)}, named as its ref${reading.tagObject?.taggedAt ? `, tagged ${reading.tagObject.taggedAt}` : ''}`),
        outcome('seal-record', reading.recordProblems, record
            ? `valid record of r${revision}: ${record.repository}#${record.pullRequest}, ${record.mergeMethod} at ${record.mergedAt}`
            : ''),
        outcome('tag-target', reading.targetProblems, `tag object -> commit ${short(reading.commit ?? '')}, the record's merge commit`),
        outcome('default-branch', reading.commit === undefined && branch.problem === undefined
            ? [`no tagged commit to look for on the default branch ${branch.name}`]
            : reading.branchProblems, `commit ${short(reading.commit ?? '')} is on the default branch ${branch.name ?? ''} (${branch.ref ?? ''} at ${short(branch.commit ?? '')})`),
    ];
}
/** Parses the files read at the tagged commit and recomputes the bundle digest from them. */
function releaseAtCommit(reading, read) {
    const parsed = read && !read.unlisted ? (0,_schema_release_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .B)(read.texts) : undefined;
    const { bundle, lineage, holds, manifest } = parsed?.documents ?? {};
    const files = bundle && lineage && holds ? { bundle, lineage, holds } : undefined;
    const dir = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(reading.product, reading.release);
    const fileProblems = [
        ...(read?.problems ?? []),
        ...(parsed?.findings ?? [])
            .filter((f) => f.file !== _domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ.manifest || !manifest)
            .slice(0, 4)
            .map((f) => `${dir}/${f.file}${f.path ? ` ${f.path}` : ''}: ${f.message}`),
    ];
    return { dir, bundle, manifest, files, digest: files ? (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleDigest */ .bH)(files) : undefined, fileProblems };
}
/** bundle-digest: the files hash to the digest that manifest.json binds and the seal record names. */
function digestResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, digest } = at;
    const problems = [];
    if (!commit)
        problems.push('no tagged commit to read the bundle files from');
    else if (!digest)
        problems.push(`the bundle files at ${short(commit)} cannot be hashed: ${at.fileProblems.join('; ')}`);
    else {
        if (!manifest)
            problems.push(`${dir}/manifest.json at ${short(commit)} is missing or invalid`);
        else if (manifest.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but manifest.json binds ${manifest.bundleDigest}`);
        if (!record)
            problems.push('no valid seal record to compare the digest with');
        else if (record.bundleDigest !== digest)
            problems.push(`the bundle files hash to ${digest}, but the seal record names ${record.bundleDigest}`);
    }
    return outcome('bundle-digest', problems, `files at ${short(commit ?? '')} hash to ${digest ?? ''}, as manifest.json and the record state`);
}
/** manifest-binding: manifest.json matches the tag name and the record; bundle.json names the same release. */
function bindingResult(reading, at) {
    const { record, commit } = reading;
    const { dir, manifest, fileProblems } = at;
    const problems = manifest
        ? [...(0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestMismatches */ .IZ)(manifest, reading, record), ...bundleMismatches(at.bundle, reading)]
        : [
            commit
                ? `${dir}/manifest.json at ${short(commit)} is missing or invalid${fileProblems.length > 0 ? `: ${fileProblems.join('; ')}` : ''}`
                : 'no tagged commit to read manifest.json from',
        ];
    if (manifest && !record)
        problems.push('no valid seal record to compare the manifest with');
    return outcome('manifest-binding', problems, `manifest.json matches the tag name and the record (queue, window, teams, supersedes); bundle.json names the same product and release`);
}
/** latest-revision: no later valid seal of the release, and no later tag that is not one; and the latest sealed. */
function latestRevisionResult(reading, readings) {
    const { product, release, revision } = reading;
    const standings = readings.map((r) => ({ revision: r.revision, sealed: (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0 }));
    const standing = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .supersession */ ._s)(revision, standings);
    const latestSealed = standings.filter((s) => s.sealed).map((s) => s.revision);
    const problems = [];
    if (standing.supersededBy !== undefined)
        problems.push(`superseded by r${standing.supersededBy} (cutover/${product}/${release}/r${standing.supersededBy})`);
    if (standing.unsealedLater.length > 0)
        problems.push(`later tags ${standing.unsealedLater.map((r) => `r${r}`).join(', ')} exist but are not valid seals`);
    return {
        result: outcome('latest-revision', problems, `r${revision} is the latest sealed revision of ${product} ${release}`),
        latestSealedRevision: latestSealed.length > 0 ? Math.max(...latestSealed) : undefined,
    };
}
/** required-approvers: each required team approved by a distinct person, on the head the record names. */
function approversResult(record, manifest) {
    const named = manifest?.requiredApprovers.teams ?? record?.requiredTeams;
    const problems = [];
    let detail = '';
    if (!record)
        problems.push('no valid seal record to read approvers from');
    else if (!named)
        problems.push('no required teams to check');
    else {
        const org = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .recordOrg */ .Ee)(record);
        const teams = named.map((t) => (0,_domain_approval_js__WEBPACK_IMPORTED_MODULE_8__/* .qualifyTeam */ .JG)(t, org));
        const coverage = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .coverTeams */ .QG)(teams, record.approvers, record.headSha, org);
        for (const team of coverage.uncovered)
            problems.push(`no distinct approver from ${team}`);
        if (problems.length > 0 && coverage.ignored.length > 0)
            problems.push(`not counted (approved another commit than head ${short(record.headSha)}): ${coverage.ignored
                .map((a) => `${a.login} (${a.team})`)
                .join(', ')}`);
        detail = `${teams.map((t) => `${t}: ${coverage.assignment[t] ?? '?'}`).join(', ')} (distinct people, on head ${short(record.headSha)})`;
    }
    return outcome('required-approvers', problems, detail);
}
/**
 * The sealed revision as read: every integrity result, in INTEGRITY_CHECKS order, and the window fact at
 * `at`. `read` holds the release files read at the tagged commit (undefined when there is none to read).
 */
function assess(display, reading, readings, read, at, branch) {
    const { tag, product, release, revision, record } = reading;
    const files = releaseAtCommit(reading, read);
    const latest = latestRevisionResult(reading, readings);
    const results = [
        ...tagResults(reading, branch),
        digestResult(reading, files),
        bindingResult(reading, files),
        latest.result,
        approversResult(record, files.manifest),
    ];
    return {
        repository: display,
        tag,
        product,
        release,
        revision,
        tagObject: reading.tagObject ? reading.ref.objectId : undefined,
        taggedAt: reading.tagObject?.taggedAt,
        commit: reading.commit,
        record,
        manifest: files.manifest,
        files: files.files,
        bundleDigest: files.digest,
        latestSealedRevision: latest.latestSealedRevision,
        results,
        window: (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .windowFact */ .R3)(record, files.manifest, at),
        intact: results.every((r) => r.status === 'pass'),
    };
}


/***/ }),

/***/ 5323:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ listSealedRevisions)
/* harmony export */ });
/* unused harmony export listedRevisions */
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6325);
/**
 * `listSealedRevisions`: every seal tag of a release-bundles git repository (optionally one product or one
 * release), each checked on its own (annotated, valid record, pointing at the record's merge commit, that
 * commit on the repository's default branch) and placed in its release's sequence (latest, or superseded by
 * which revision). Bundle files are not read: `readSealedBundle` verifies one revision fully. The tags are
 * read by a constant number of git processes, however many there are (see tags.ts).
 */





function assertLabel(value, field) {
    if (value === undefined)
        return;
    const reason = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeSegmentReason */ .Ku)(value);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${field} '${value}' ${reason}`, {
            field,
            expected: `a ${field} name such as those in seal tags`,
        });
}
/**
 * Lists the seal tags of `repository`, each with its own checks and its standing in its release. Throws
 * InputError for a bad product or release name, an unreachable repository, or one whose seal tags git cannot
 * read (a damaged object).
 */
async function listSealedRevisions(options) {
    const { product, release } = options;
    assertLabel(product, 'product');
    assertLabel(release, 'release');
    if (release !== undefined && product === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('a release filter needs a product', { field: 'release', expected: 'product and release' });
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .sealTagPrefix */ .OQ)(product, release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        const { readings, ignoredRefs } = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            keepRecords: false,
        });
        const revisions = listedRevisions(readings);
        return { repository: repository.display, revisions, ignoredRefs };
    }
    catch (error) {
        throw (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableRepository */ .CP)(error, repository.display);
    }
    finally {
        await repository.close();
    }
}
/**
 * The readings (in ref name order) as listed: sorted by product, release, then revision, each with its
 * standing in its release. One release's tags are consecutive in ref name order (they share the prefix
 * `cutover/<product>/<release>/`), so each release is gathered in one pass, sorted by revision, and given its
 * standings from its highest revision down. Exported for its tests (test/reader/listed-revisions.test.ts).
 */
function listedRevisions(readings) {
    const releases = new Map();
    let current = [];
    let previous;
    for (const reading of readings) {
        if (previous === undefined || previous.product !== reading.product || previous.release !== reading.release) {
            // Neither name contains '/', so the key names one release.
            const key = `${reading.product}/${reading.release}`;
            current = releases.get(key) ?? [];
            releases.set(key, current);
        }
        current.push(reading);
        previous = reading;
    }
    const ordered = [...releases.values()].sort((a, b) => compare(a[0]?.product ?? '', b[0]?.product ?? '') || compare(a[0]?.release ?? '', b[0]?.release ?? ''));
    const revisions = [];
    for (const release of ordered) {
        const tags = release
            .sort((a, b) => a.revision - b.revision)
            .map((reading) => {
            const problems = (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsOf */ .GW)(reading);
            return { reading, problems, revision: reading.revision, sealed: problems.length === 0 };
        });
        const listed = new Array(tags.length);
        (0,_checks_js__WEBPACK_IMPORTED_MODULE_4__/* .eachStanding */ .UB)(tags, ({ reading: r, problems, sealed }, latest, supersededBy, i) => {
            listed[i] = {
                tag: r.tag,
                product: r.product,
                release: r.release,
                revision: r.revision,
                annotated: r.tagObject !== undefined,
                commit: r.commit,
                taggedAt: r.tagObject?.taggedAt,
                bundleDigest: r.summary?.bundleDigest,
                mergedAt: r.summary?.mergedAt,
                queue: r.summary?.queue,
                // The readings are this function's alone (readSealTags made them for this listing): nothing to copy.
                window: r.summary?.window,
                sealed,
                latest,
                supersededBy,
                problems,
            };
        });
        for (const revision of listed)
            revisions.push(revision);
    }
    return revisions;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 5922:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
;