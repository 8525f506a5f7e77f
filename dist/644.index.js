export const id = 644;
export const ids = [644];
export const modules = {

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   Dc: () => (/* binding */ sealTagName),
/* harmony export */   HJ: () => (/* binding */ BUNDLE_FILES),
/* harmony export */   Ku: () => (/* binding */ unsafeSegmentReason),
/* harmony export */   N3: () => (/* binding */ BUNDLES_ROOT),
/* harmony export */   fF: () => (/* binding */ releaseDirectory),
/* harmony export */   sX: () => (/* binding */ parseSealTagName)
/* harmony export */ });
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
 * Why `value` is not a safe single path segment, or undefined when it is. Rejects what could leave the
 * bundles directory or confuse git: '..', '/', '\\', absolute paths, control characters, empty names.
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
    return `cutover/${product}/${release}/r${revision}`;
}
/** Parses a seal tag name, or returns undefined for anything else. */
function parseSealTagName(tag) {
    const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,8})$/.exec(tag);
    if (!match?.[1] || !match[2] || !match[3])
        return undefined;
    if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2]))
        return undefined;
    return { product: match[1], release: match[2], revision: Number(match[3]) };
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
    seen = new Map();
    constructor(policy) {
        this.rules = { component: [], cohort: [], environment: [] };
        for (const rule of policy.rendering ?? [])
            this.rules[rule.field].push(rule);
    }
    /** The rendered form of `value`. */
    render(field, value) {
        const key = `${field}\u0000${value}`;
        const known = this.seen.get(key);
        if (known)
            return known.steps.at(-1)?.rendered ?? value;
        const steps = [];
        let current = value;
        for (const rule of this.rules[field]) {
            const next = apply(rule, current);
            if (next !== current) {
                steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
                current = next;
            }
        }
        for (const step of steps)
            step.final = current;
        this.seen.set(key, { field, original: value, steps });
        return current;
    }
    /** Every change made so far, each step once, in a stable order. */
    renderings() {
        const steps = new Map();
        for (const step of [...this.seen.values()].flatMap((v) => v.steps))
            steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
        return [...steps.values()].sort((a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule));
    }
    /** Every value rendered so far with its final form. */
    results() {
        return [...this.seen.values()].map(({ field, original, steps }) => ({
            field,
            original,
            rendered: steps.at(-1)?.rendered ?? original,
        }));
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

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ readManifestAt),
/* harmony export */   II: () => (/* binding */ readPolicyAt),
/* harmony export */   Jv: () => (/* binding */ readReleaseAt),
/* harmony export */   P4: () => (/* binding */ releaseDirsOf),
/* harmony export */   S3: () => (/* binding */ isGovernancePath)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(775);




/** Reads and validates the policy at a ref the pull request cannot change (base or default branch). */
async function readPolicyAt(github, repo, ref, path) {
    const text = (await github.readFiles(repo, ref, [path]))[path];
    if (text === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`policy file not found in ${repo.owner}/${repo.repo} at ${ref.slice(0, 12)}`, {
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
    const text = (await github.readFiles(repo, commit, [path]))[path];
    if (text === undefined)
        return undefined;
    return (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)('manifest', (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, path, 'json'), path, text);
}


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ APPROVAL_CHECK),
  K: () => (/* binding */ evaluateApprovalGate),
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/domain/approval.ts
/**
 * The two-team approval gate as a pure function: which reviews count at the current head, and whether
 * every required team is covered by a distinct person. Counts nothing GitHub would not count.
 */

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED) is their state, as on
 * GitHub: a later COMMENTED review neither adds nor removes an approval.
 */
function latestDecisiveReviews(reviews) {
    const latest = new Map();
    const ordered = [...reviews].sort((a, b) => (0,normalize/* cmp */.r)(a.submittedAt ?? '', b.submittedAt ?? '') || a.id - b.id);
    for (const review of ordered) {
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED')
            latest.set(review.login.toLowerCase(), review);
    }
    return latest;
}
/** The logins whose approval could count: approved at the head, not the author, not a bot, not the last pusher. */
function eligibleApprovals(input) {
    const eligible = [];
    const ignored = [];
    for (const review of latestDecisiveReviews(input.reviews).values()) {
        const skip = (reason) => ignored.push({ login: review.login, reviewId: review.id, reason });
        if (review.state !== 'APPROVED')
            skip(review.state === 'DISMISSED' ? 'approval dismissed' : 'changes requested');
        else if (review.commitId !== input.headSha)
            skip(`approved ${review.commitId.slice(0, 12)}, not the current head ${input.headSha.slice(0, 12)} (stale)`);
        else if (review.isBot || /\[bot\]$/i.test(review.login))
            skip('bots never count as approvers');
        else if (review.login.toLowerCase() === input.author.toLowerCase())
            skip('the pull request author cannot approve it');
        else if (input.lastPusher && review.login.toLowerCase() === input.lastPusher.toLowerCase())
            skip('the last pusher cannot approve their own push');
        else
            eligible.push(review);
    }
    return { eligible, ignored };
}
/**
 * Covers every team with a distinct approver (bipartite matching, so one person never counts for two
 * teams, and a person in both teams is used where they are needed).
 */
function evaluateGate(input) {
    const { eligible, ignored } = eligibleApprovals(input);
    const byLogin = new Map(eligible.map((r) => [r.login.toLowerCase(), r]));
    const candidates = new Map(input.teams.map((team) => [
        team,
        [...byLogin.keys()].filter((login) => input.membership.get(team)?.has(login) ?? false).sort(normalize/* cmp */.r),
    ]));
    const { owner, uncovered: missingTeams } = matchTeams(input.teams, candidates);
    const assignments = [...owner.entries()]
        .map(([login, team]) => {
        const review = byLogin.get(login);
        return { team, login: review?.login ?? login, reviewId: review?.id ?? 0, commitId: review?.commitId ?? '' };
    })
        .sort((a, b) => input.teams.indexOf(a.team) - input.teams.indexOf(b.team));
    for (const review of eligible) {
        if (!owner.has(review.login.toLowerCase())) {
            const teams = input.teams.filter((t) => input.membership.get(t)?.has(review.login.toLowerCase()));
            ignored.push({
                login: review.login,
                reviewId: review.id,
                reason: teams.length === 0
                    ? 'not a member of any required team'
                    : `already counted: ${teams.join(', ')} covered by someone else`,
            });
        }
    }
    return { satisfied: missingTeams.length === 0, assignments, missingTeams, ignored };
}
/**
 * A maximum bipartite matching of teams to distinct people (augmenting paths): one person never covers two
 * teams, and the order in which people approved never hides a valid cover. Logins are compared as given.
 */
function matchTeams(teams, candidates) {
    const owner = new Map(); // login -> team
    const assign = (team, seen) => {
        for (const login of candidates.get(team) ?? []) {
            if (seen.has(login))
                continue;
            seen.add(login);
            const current = owner.get(login);
            if (current === undefined || assign(current, seen)) {
                owner.set(login, team);
                return true;
            }
        }
        return false;
    };
    const uncovered = [...new Set(teams)].filter((team) => !assign(team, new Set()));
    return { owner, uncovered };
}
/** `org/slug` of a policy team entry; a bare slug belongs to the bundles repository's organization. */
function qualifyTeam(team, defaultOrg) {
    return team.includes('/') ? team : `${defaultOrg}/${team}`;
}

// EXTERNAL MODULE: ./src/modes/bundles-repo.ts
var bundles_repo = __webpack_require__(9766);
;// CONCATENATED MODULE: ./src/modes/gate.ts
/**
 * gate (bundles repository, on pull_request_review and pull_request): the `cutover/approval` check. It
 * succeeds only when, at the current head, every required team has an APPROVED review from a member, by
 * distinct people, none of them the author, a bot or the last pusher. Stale approvals never count.
 */


const APPROVAL_CHECK = 'cutover/approval';
/** Evaluates the gate at the pull request's current head (read fresh, not from the event payload). */
async function evaluateApprovalGate(ctx, pullRequest, atHead) {
    const { github, bundlesRepo } = ctx;
    const pull = await github.getPullRequest(bundlesRepo, pullRequest);
    const headSha = atHead ?? pull.headSha;
    const policy = await (0,bundles_repo/* readPolicyAt */.II)(github, bundlesRepo, pull.baseSha, ctx.policyPath);
    const teams = policy.approvers.teams.map((t) => qualifyTeam(t, bundlesRepo.owner));
    const [reviews, head] = await Promise.all([
        github.listReviews(bundlesRepo, pullRequest),
        github.getCommit(bundlesRepo, headSha),
    ]);
    const candidates = new Set(reviews
        .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
        .map((r) => r.login.toLowerCase()));
    const membership = new Map();
    for (const team of teams) {
        const [org = '', slug = ''] = team.split('/');
        const members = new Set();
        for (const login of candidates)
            if (await github.isTeamMember(org, slug, login))
                members.add(login);
        membership.set(team, members);
    }
    const result = evaluateGate({
        headSha,
        author: pull.author.login,
        lastPusher: head.authorLogin,
        teams,
        reviews,
        membership,
    });
    return { pull, teams, result };
}
/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head).
 */
async function runGate(ctx, pullRequest, postOn) {
    const { pull, teams, result } = await evaluateApprovalGate(ctx, pullRequest);
    const lines = [
        `## ${APPROVAL_CHECK} at \`${pull.headSha.slice(0, 12)}\``,
        '',
        '| Team | Approved by | Review |',
        '| --- | --- | --- |',
    ];
    for (const team of teams) {
        const a = result.assignments.find((x) => x.team === team);
        lines.push(`| @${team} | ${a ? `@${a.login}` : '**missing**'} | ${a ? `#${a.reviewId} on \`${a.commitId.slice(0, 12)}\`` : ''} |`);
    }
    if (result.ignored.length > 0) {
        lines.push('', 'Reviews that do not count:', ...result.ignored.map((i) => `- @${i.login} (review ${i.reviewId}): ${i.reason}`));
    }
    const summary = lines.join('\n');
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: APPROVAL_CHECK,
        headSha: postOn ?? pull.headSha,
        conclusion: result.satisfied ? 'success' : 'failure',
        title: result.satisfied
            ? `Approved by ${teams.length} teams`
            : `Missing approval from ${result.missingTeams.join(' and ')}`,
        summary,
        annotations: [],
    });
    ctx.log(`${APPROVAL_CHECK}: ${result.satisfied ? 'satisfied' : `missing ${result.missingTeams.join(', ')}`}`);
    return { outputs: { approved: String(result.satisfied) }, summary };
}


/***/ })

};
