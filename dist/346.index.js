export const id = 346;
export const ids = [346];
export const modules = {

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   Dc: () => (/* binding */ sealTagName),
/* harmony export */   HJ: () => (/* binding */ BUNDLE_FILES),
/* harmony export */   Ku: () => (/* binding */ unsafeSegmentReason),
/* harmony export */   N3: () => (/* binding */ BUNDLES_ROOT),
/* harmony export */   eC: () => (/* binding */ revisionReason),
/* harmony export */   fF: () => (/* binding */ releaseDirectory),
/* harmony export */   sX: () => (/* binding */ parseSealTagName)
/* harmony export */ });
/* unused harmony export MAX_REVISION */
/**
 * Names that become paths and refs: release directories, branches and seal tags. One validator for all,
 * so no product or release name can leave the bundles directory.
 */
/** Directory in the bundles repository that holds every release. */
const BUNDLES_ROOT = 'bundles';
/** File names inside one release directory. */
const BUNDLE_FILES = {
    bundle: 'bundle.json',
    lineage: 'lineage.json',
    holds: 'holds.json',
    manifest: 'manifest.json',
};
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * The largest revision number: the most a seal tag `r<revision>` carries (nine digits), and what the manifest
 * and seal-record schemas allow (`common.schema.json#/$defs/revision`). Far below 2^53, so it stays exact.
 */
const MAX_REVISION = 999_999_999;
/** Why `revision` is not a revision number (an integer from 1 to MAX_REVISION), or undefined when it is. */
function revisionReason(revision) {
    if (!Number.isInteger(revision) || revision < 1)
        return 'is not a whole number of at least 1';
    if (revision > MAX_REVISION)
        return `is larger than ${MAX_REVISION}, the largest revision a seal tag can carry`;
    return undefined;
}
/**
 * Why `value` is not a safe single path segment and git ref component, or undefined when it is. Rejects what
 * could leave the bundles directory or that git refuses in a ref name (git check-ref-format): '..', '/',
 * '\\', absolute paths, control characters, empty names, a trailing '.', a '.lock' ending; '@{', '~', '^',
 * ':', '?', '*', '[' and spaces are outside the allowed characters.
 */
function unsafeSegmentReason(value) {
    if (value.length === 0)
        return 'is empty';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'contains a control character';
    if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value))
        return 'is an absolute path';
    if (value.includes('/') || value.includes('\\'))
        return "contains a path separator ('/' or '\\')";
    if (value.includes('..'))
        return "contains '..'";
    if (!LABEL.test(value))
        return "has characters outside letters, digits, '.', '_', '+', '-' or does not start with a letter or digit";
    // git refuses a ref component that ends with '.' or '.lock' (git check-ref-format); '.LOCK' too, for
    // case-insensitive file systems.
    if (value.endsWith('.'))
        return "ends with '.', which git refuses in a branch or tag name";
    if (/\.lock$/i.test(value))
        return "ends with '.lock', which git refuses in a branch or tag name";
    return undefined;
}
/** Directory of one release: `bundles/<product>/<release>`. Callers validate the names first. */
function releaseDirectory(product, release) {
    return `${BUNDLES_ROOT}/${product}/${release}`;
}
/** Branch the assemble mode writes a release's revisions on. */
function releaseBranch(product, release) {
    return `cutover/${product}/${release}`;
}
/** The seal tag of one revision: `cutover/<product>/<release>/r<revision>`. */
function sealTagName(product, release, revision) {
    const reason = revisionReason(revision);
    if (reason)
        throw new RangeError(`revision ${revision} ${reason}`);
    return `cutover/${product}/${release}/r${revision}`;
}
/** Parses a seal tag name, or returns undefined for anything else. */
function parseSealTagName(tag) {
    const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,15})$/.exec(tag);
    if (!match?.[1] || !match[2] || !match[3])
        return undefined;
    if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2]))
        return undefined;
    const revision = Number(match[3]);
    if (revisionReason(revision))
        return undefined;
    return { product: match[1], release: match[2], revision };
}


/***/ }),

/***/ 8287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Renderer),
/* harmony export */   r: () => (/* binding */ cmp)
/* harmony export */ });
/** Applies the policy's rendering rules for one field kind; collects each change once. */
class Renderer {
    rules;
    /** Per field kind: each value rendered so far -> its rendered form. */
    seen = {
        component: new Map(),
        cohort: new Map(),
        environment: new Map(),
    };
    /** Each change made so far, in the order they were made (a value's chain of steps in a row). */
    steps = [];
    constructor(policy) {
        this.rules = { component: [], cohort: [], environment: [] };
        for (const rule of policy.rendering ?? [])
            this.rules[rule.field].push(rule);
    }
    /** The rendered form of `value`. */
    render(field, value) {
        const rules = this.rules[field];
        // No rule for the field (the default policy's components): nothing to apply and nothing to record.
        if (rules.length === 0)
            return value;
        const seen = this.seen[field];
        const known = seen.get(value);
        if (known !== undefined)
            return known;
        const first = this.steps.length;
        let current = value;
        for (const rule of rules) {
            const next = apply(rule, current);
            if (next !== current) {
                this.steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
                current = next;
            }
        }
        for (let i = first; i < this.steps.length; i++)
            this.steps[i].final = current;
        seen.set(value, current);
        return current;
    }
    /** Every change made so far, each step once, in a stable order. */
    renderings() {
        const steps = new Map();
        for (const step of this.steps)
            steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
        return [...steps.values()].sort((a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule));
    }
}
function apply(rule, value) {
    if (rule.map)
        return Object.hasOwn(rule.map, value) ? (rule.map[value] ?? value) : value;
    switch (rule.transform) {
        case 'lowercase':
            return value.toLowerCase();
        case 'trim':
            return value.trim();
        case 'kebab-case':
            return value
                .trim()
                .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
                .replace(/[\s_]+/g, '-')
                .replace(/-+/g, '-')
                .toLowerCase();
        default:
            return value;
    }
}
/** Code-unit string order: locale-independent, so every machine sorts alike. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 7379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ renderSealMessage),
/* harmony export */   U6: () => (/* binding */ sealRecordText),
/* harmony export */   Y8: () => (/* binding */ RECORD_END),
/* harmony export */   bW: () => (/* binding */ RECORD_MARKER)
/* harmony export */ });
/** The line before the record's JSON in a tag message (exported for src/reader/seal-record-fast.ts). */
const RECORD_MARKER = '-----BEGIN CUTOVER SEAL RECORD-----';
/** The line after it. */
const RECORD_END = '-----END CUTOVER SEAL RECORD-----';
/** What both markers share. It overlaps itself nowhere, so replacing every occurrence leaves none behind. */
const MARKER_WORDS = 'CUTOVER SEAL RECORD';
/**
 * The record as JSON (`JSON.stringify(record, null, 2)`) in which no marker can appear: a string value that holds
 * the markers' words (the free-text hand-off statement a writer chose) has their first letter written as the JSON
 * escape `\u0043`, which parses to the same value. The message is read from its first record marker to the first
 * end marker after it (sealRecordText), so a marker inside a value would otherwise end the record early, and the
 * seal would be a tag no reader accepts.
 */
function recordJson(record) {
    // Outside string values the JSON holds only keys Cutover names and numbers, so every occurrence is in a value.
    return JSON.stringify(record, null, 2).replaceAll(MARKER_WORDS, `\\u0043${MARKER_WORDS.slice(1)}`);
}
/** The tag message for a seal record. */
function renderSealMessage(record) {
    const who = record.approvers.map((a) => `${a.login} (${a.team})`).join(', ');
    return [
        `cutover seal: ${record.product} ${record.release} revision ${record.revision}`,
        '',
        `Bundle ${record.bundleDigest}, approved at ${record.headSha} by ${who}; merged as ${record.mergeCommit} (${record.mergeMethod}).`,
        `Queue ${record.queue}, window ${record.window.start} .. ${record.window.end}.`,
        '',
        RECORD_MARKER,
        recordJson(record),
        RECORD_END,
        '',
    ].join('\n');
}
/**
 * The seal record's JSON text in a tag message: from the first record marker to the first end marker after it.
 * Undefined when the message has no such pair. Callers parse it refusing repeated keys (parseDocument): JSON.parse
 * keeps the last of a repeated key, so a tool keeping the first would read another record than the one checked.
 */
function sealRecordText(message) {
    const start = message.indexOf(RECORD_MARKER);
    if (start < 0)
        return undefined;
    const end = message.indexOf(RECORD_END, start + RECORD_MARKER.length);
    return end < 0 ? undefined : message.slice(start + RECORD_MARKER.length, end);
}


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ foreignCommits),
/* harmony export */   Nw: () => (/* binding */ GITHUB_COMMITTER)
/* harmony export */ });
/* unused harmony export notWriterReason */
/**
 * Which commits GitHub vouches were written by the bundle writer. A commit's author and committer e-mail prove
 * nothing (anyone can write the bot's noreply address, and GitHub then shows the bot as author); a signature
 * GitHub verified does. GitHub signs the commits an App creates through the API without a custom author or
 * committer, so a writer commit is: verified with reason `valid`, authored by the writer's bot, and committed
 * by the writer's bot or by GitHub itself (`web-flow`). A signature by anyone else's key names that person as
 * committer, so it fails the committer test.
 */
/** GitHub's own committer identity on commits it creates and signs. */
const GITHUB_COMMITTER = 'web-flow';
/** Why a commit is not the writer's, or undefined when GitHub vouches that it is. */
function notWriterReason(commit, writer) {
    const same = (login) => login !== null && login.toLowerCase() === writer.toLowerCase();
    if (!commit.verification.verified || commit.verification.reason !== 'valid')
        return `GitHub does not verify its signature (${commit.verification.reason})`;
    if (!same(commit.authorLogin))
        return `its author is ${commit.authorLogin ?? 'no GitHub account'}`;
    if (!same(commit.committerLogin) && commit.committerLogin !== GITHUB_COMMITTER)
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


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ manifestOf),
/* harmony export */   HB: () => (/* binding */ readManifestAt),
/* harmony export */   II: () => (/* binding */ readPolicyAt),
/* harmony export */   Jv: () => (/* binding */ readReleaseAt),
/* harmony export */   P4: () => (/* binding */ releaseDirsOf),
/* harmony export */   S3: () => (/* binding */ isGovernancePath)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);




/**
 * Reads and validates the policy at a ref the pull request cannot change (a default-branch commit, or undefined:
 * the head of the default branch).
 */
async function readPolicyAt(github, repo, ref, path) {
    const text = (await github.readFiles(repo, ref, [path]))[path];
    if (text === undefined) {
        const where = ref ? `at ${ref.slice(0, 12)}` : 'on its default branch';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`policy file not found in ${repo.owner}/${repo.repo} ${where}`, {
            file: path,
            expected: 'a policy file on the base branch of the bundles repository',
        });
    }
    return (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)('policy', (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, path), path, text);
}
/** Release directories (`bundles/<product>/<release>/`) that the given repository paths touch. */
function releaseDirsOf(paths) {
    const found = new Map();
    for (const path of paths) {
        const [root, product, release, file] = path.split('/');
        if (root !== _domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLES_ROOT */ .N3 || !product || !release || file === undefined)
            continue;
        if ((0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeSegmentReason */ .Ku)(product) || (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .unsafeSegmentReason */ .Ku)(release))
            continue;
        found.set(`${product}/${release}`, { product, release, path: (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseDirectory */ .fF)(product, release) });
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
    const keys = Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ);
    const files = await github.readFiles(repo, commit, keys.map((k) => `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ[k]}`));
    const texts = {};
    for (const key of keys) {
        const text = files[`${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ[key]}`];
        if (text !== undefined)
            texts[key] = text;
    }
    return texts;
}
/** The manifest of a release at a commit, validated, or undefined when absent. */
async function readManifestAt(github, repo, commit, dir) {
    const path = `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.manifest}`;
    return manifestOf((await github.readFiles(repo, commit, [path]))[path], dir);
}
/** A release directory's manifest from its text (as read with the other files), validated; undefined when absent. */
function manifestOf(text, dir) {
    if (text === undefined)
        return undefined;
    const path = `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.manifest}`;
    return (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)('manifest', (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, path, 'json'), path, text);
}


/***/ }),

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inGroup),
/* harmony export */   Q: () => (/* binding */ early)
/* harmony export */ });
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


/***/ }),

/***/ 350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ releaseHistory),
/* harmony export */   Nj: () => (/* binding */ baseProblem),
/* harmony export */   UI: () => (/* binding */ identitiesOf),
/* harmony export */   Vp: () => (/* binding */ latestSeal),
/* harmony export */   Yq: () => (/* binding */ filesOfJudgedHead),
/* harmony export */   aL: () => (/* binding */ changedFilesBetween),
/* harmony export */   dt: () => (/* binding */ releaseTags),
/* harmony export */   eq: () => (/* binding */ sealRecordProblem),
/* harmony export */   gY: () => (/* binding */ readTrustedPolicy),
/* harmony export */   i0: () => (/* binding */ commitsOfPullRequest),
/* harmony export */   vZ: () => (/* binding */ isOnDefaultBranch),
/* harmony export */   yt: () => (/* binding */ readDefaultBranch)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_seal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9766);





/**
 * The default branch's name and head. The name comes with a pull request GitHub served (its base repository's
 * `default_branch`), else from the repository.
 */
async function readDefaultBranch(ctx, pull) {
    const name = pull?.defaultBranch ?? (await ctx.github.getDefaultBranch(ctx.bundlesRepo));
    const head = await ctx.github.getRef(ctx.bundlesRepo, `heads/${name}`);
    if (!head)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`the bundles repository has no ${name} branch`, { field: 'default branch' });
    return { name, sha: head.sha };
}
/**
 * The policy as the default branch holds it now: read without a ref, which GitHub serves from the default
 * branch, so the read waits for no other (no name to resolve, which could also name a tag).
 */
async function readTrustedPolicy(ctx) {
    return (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readPolicyAt */ .II)(ctx.github, ctx.bundlesRepo, undefined, ctx.policyPath);
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
    const text = (0,_domain_seal_js__WEBPACK_IMPORTED_MODULE_4__/* .sealRecordText */ .U6)(message);
    if (text === undefined)
        return undefined;
    try {
        return (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, 'seal record', 'json');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
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
        .map((t) => ({ ...t, parsed: (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSealTagName */ .sX)(t.name) }))
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
        (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifestAt */ .HB)(ctx.github, ctx.bundlesRepo, input.defaultSha, release.path).catch(() => undefined),
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
        const manifest = await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifestAt */ .HB)(ctx.github, ctx.bundlesRepo, commit.sha, release.path).catch(() => undefined);
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


/***/ })

};
