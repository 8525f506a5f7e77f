export const id = 702;
export const ids = [702,111];
export const modules = {

/***/ 4783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YY: () => (/* binding */ VERIFICATION_RULES),
/* harmony export */   i: () => (/* binding */ VERIFICATION_RULE_IDS)
/* harmony export */ });
/* unused harmony exports lineageRule, rollbackRule, environmentRule, holdsRule, bindingRule */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/* harmony import */ var _holds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1208);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2812);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8800);
/**
 * Verification rules over one release directory's parsed files. Each rule is a pure function returning
 * findings {rule, severity, file, path, message}; lines are attached by the caller, which has the text.
 * The schema rule lives with the schemas (src/schema) and runs first; these rules need schema-valid files.
 */




const error = (rule, file, path, message) => ({
    rule,
    severity: 'error',
    file,
    path,
    message,
});
const warning = (rule, file, path, message) => ({
    rule,
    severity: 'warning',
    file,
    path,
    message,
});
/** Every consequential field has complete lineage, and its value is the one the lineage vouched for. */
const lineageRule = ({ bundle, lineage }) => {
    const findings = [];
    const values = (0,_holds_js__WEBPACK_IMPORTED_MODULE_1__/* .consequentialValues */ ["in"])(bundle);
    // Thousands of fields share one source document: check each source's completeness once.
    const missingOf = new Map();
    let found = 0;
    for (const [path, value] of values) {
        // Paths start with '/', so no inherited property can answer for a missing entry.
        const field = lineage.fields[path];
        if (!field) {
            findings.push(error('lineage', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, path, `no lineage for consequential field ${path}`));
            continue;
        }
        found++;
        const source = lineage.sources[field.source];
        if (!source) {
            findings.push(error('lineage', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.lineage, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['fields', path, 'source']), `lineage of ${path} names source ${field.source}, which is not in sources`));
            continue;
        }
        let missing = missingOf.get(field.source);
        if (!missing) {
            missing = (0,_holds_js__WEBPACK_IMPORTED_MODULE_1__/* .incompleteLineage */ .Im)(source);
            missingOf.set(field.source, missing);
        }
        if (missing.length > 0)
            findings.push(error('lineage', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.lineage, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['sources', field.source]), `source ${field.source} (lineage of ${path}) has no ${missing.join(', ')}`));
        if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .digestOf */ .ol)(value) !== field.valueDigest) {
            findings.push(error('lineage', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, path, `${path} differs from the value its source vouched for (${field.source}): edited after assembly?`));
        }
    }
    const named = Object.keys(lineage.fields);
    // Every consequential path has an entry: extra entries exist exactly when there are more entries than that.
    if (named.length === found)
        return findings;
    const required = new Set(values.map(([path]) => path));
    for (const path of named) {
        if (!required.has(path))
            findings.push(warning('lineage', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.lineage, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['fields', path]), `lineage names ${path}, which is not a consequential field of bundle.json`));
    }
    return findings;
};
/** Every component has a rollback record whose pointer names a different, earlier artifact. */
const rollbackRule = ({ bundle }) => {
    const findings = [];
    const components = new Map(bundle.components.map((c, i) => [c.name, { component: c, index: i }]));
    const covered = new Set();
    bundle.rollback.forEach((rollback, i) => {
        const target = components.get(rollback.component);
        if (!target) {
            findings.push(error('rollback', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['rollback', i, 'component']), `rollback record for ${rollback.component}, which is not a component of this bundle`));
            return;
        }
        covered.add(rollback.component);
        if (!rollback.pointer) {
            findings.push(error('rollback', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['rollback', i]), `component ${rollback.component} has no rollback pointer`));
        }
        else if (target.component.artifacts.some((a) => a.digest === rollback.pointer?.digest)) {
            findings.push(error('rollback', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['rollback', i, 'pointer', 'digest']), `rollback pointer of ${rollback.component} is the artifact being deployed (${rollback.pointer.digest}): it must name the previously approved artifact`));
        }
        if (rollback.evidence.length === 0)
            findings.push(error('rollback', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['rollback', i, 'evidence']), `component ${rollback.component} has no rollback evidence`));
    });
    for (const [name, { index }] of components) {
        if (!covered.has(name))
            findings.push(error('rollback', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['components', index]), `component ${name} has no rollback record`));
    }
    return findings;
};
/** Cohorts and the window only target declared environments, within each environment's constraints. */
const environmentRule = ({ bundle, manifest }) => {
    const findings = [];
    const environments = new Map(bundle.environments.map((e, i) => [e.name, { env: e, index: i }]));
    const shares = new Map();
    bundle.cohorts.forEach((cohort, i) => {
        cohort.environments.forEach((name, k) => {
            const declared = environments.get(name);
            if (!declared) {
                findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['cohorts', i, 'environments', k]), `cohort ${cohort.id} targets environment ${name}, which the bundle does not declare`));
                return;
            }
            const max = declared.env.constraints.maxCohortShare;
            if (cohort.share !== undefined) {
                if (max !== undefined && cohort.share > max)
                    findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['cohorts', i, 'share']), `cohort ${cohort.id} takes ${cohort.share}% of ${name}, over its limit of ${max}%`));
                shares.set(name, (shares.get(name) ?? 0) + cohort.share);
            }
        });
    });
    for (const [name, total] of shares) {
        if (total > 100 + 1e-9)
            findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['environments', environments.get(name)?.index ?? 0]), `cohort shares in ${name} add up to ${total}%, over 100%`));
    }
    bundle.window.environments.forEach((name, k) => {
        if (!environments.has(name))
            findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['window', 'environments', k]), `change window covers environment ${name}, which the bundle does not declare`));
    });
    for (const [name, { env, index }] of environments) {
        const allowed = env.constraints.allowedQueues;
        if (allowed && !allowed.includes(manifest.queue))
            findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['environments', index, 'constraints', 'allowedQueues']), `deployment queue ${manifest.queue} may not deploy to ${name} (allowed: ${allowed.join(', ')})`));
        if (env.constraints.requireRollbackHook) {
            bundle.rollback.forEach((r, i) => {
                if (r.hook === undefined)
                    findings.push(error('environment', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.bundle, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['rollback', i]), `environment ${name} requires a rollback hook, and ${r.component} names none`));
            });
        }
    }
    return findings;
};
/** Every open hold is a finding: the holds check fails while any hold is open. */
const holdsRule = ({ holds }) => holds.holds.map((hold, i) => error('holds', _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.holds, (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_3__/* .pointerOf */ .rq)(['holds', i]), `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}`));
/** The manifest binds exactly these files: digest recomputed from them, same release, valid window and approvers. */
const bindingRule = (release, policy) => {
    const { bundle, manifest } = release;
    const findings = [];
    const file = _names_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILES */ .HJ.manifest;
    const actual = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleDigest */ .bH)(release);
    if (manifest.bundleDigest !== actual)
        findings.push(error('binding', file, '/bundleDigest', `manifest binds ${manifest.bundleDigest}, but the bundle files hash to ${actual}`));
    if (manifest.product !== bundle.product)
        findings.push(error('binding', file, '/product', `manifest names product ${manifest.product}, bundle ${bundle.product}`));
    if (manifest.release !== bundle.release)
        findings.push(error('binding', file, '/release', `manifest names release ${manifest.release}, bundle ${bundle.release}`));
    const start = Date.parse(manifest.window.start);
    const end = Date.parse(manifest.window.end);
    if (!(start < end))
        findings.push(error('binding', file, '/window', `window start ${manifest.window.start} is not before its end ${manifest.window.end}`));
    if (start < Date.parse(bundle.window.start) || end > Date.parse(bundle.window.end)) {
        findings.push(error('binding', file, '/window', `manifest window ${manifest.window.start}..${manifest.window.end} is outside change window ${bundle.window.changeRecord} (${bundle.window.start}..${bundle.window.end})`));
    }
    if (manifest.queue !== bundle.window.queue)
        findings.push(error('binding', file, '/queue', `manifest queue ${manifest.queue} is not the change window's queue ${bundle.window.queue}`));
    const required = [...policy.approvers.teams].sort();
    const named = [...manifest.requiredApprovers.teams].sort();
    if (required.join('\n') !== named.join('\n'))
        findings.push(error('binding', file, '/requiredApprovers/teams', `manifest names approver teams ${named.join(', ')}; the policy requires ${required.join(', ')}`));
    if (manifest.supersedes && manifest.supersedes.revision >= manifest.revision)
        findings.push(error('binding', file, '/supersedes/revision', `revision ${manifest.revision} cannot supersede revision ${manifest.supersedes.revision}`));
    return findings;
};
/** The rules after schema, by id, in report order. */
const VERIFICATION_RULES = [
    ['lineage', lineageRule],
    ['rollback', rollbackRule],
    ['environment', environmentRule],
    ['holds', holdsRule],
    ['binding', bindingRule],
];
/** Every verification rule id, schema first. */
const VERIFICATION_RULE_IDS = ['schema', ...VERIFICATION_RULES.map(([id]) => id)];


/***/ }),

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ slug)
/* harmony export */ });
/**
 * The GitHub port: what the modes need from GitHub, in domain terms. One Octokit adapter implements it
 * (src/github/octokit-adapter.ts); unit tests of modes use an in-memory fake (test/fakes).
 * Nothing outside src/github imports Octokit.
 */
/** `owner/repo` of a RepoRef. */
function slug(ref) {
    return `${ref.owner}/${ref.repo}`;
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


/***/ }),

/***/ 7452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReconcile: () => (/* binding */ runReconcile)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9766);
/* harmony import */ var _seal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1977);
/**
 * reconcile (bundles repository, scheduled): finds merged revisions without their seal tag and seals them,
 * idempotently. State comes from git (the manifests on the default branch and the tags), never from labels,
 * so one missed tag never blocks a newer bundle.
 */




/** Seals what is merged but untagged; reports what it cannot seal and why. */
async function runReconcile(ctx, input) {
    const { github, bundlesRepo } = ctx;
    const defaultBranch = await github.getDefaultBranch(bundlesRepo);
    const head = await github.getRef(bundlesRepo, `heads/${defaultBranch}`);
    if (!head)
        return { outputs: { sealed: '', unsealed: '' }, summary: `No ${defaultBranch} branch.` };
    const tags = new Set((await github.listRefs(bundlesRepo, 'tags/cutover/')).map((r) => r.ref.replace(/^refs\/tags\//, '')));
    const releases = (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDirsOf */ .P4)((await github.listFiles(bundlesRepo, head.sha, _domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLES_ROOT */ .N3)).filter((p) => p.endsWith(`/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.manifest}`)));
    const sealed = [];
    const problems = [];
    for (const release of releases) {
        const manifest = await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestAt */ .HB)(github, bundlesRepo, head.sha, release.path);
        if (!manifest)
            continue;
        const tag = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .sealTagName */ .Dc)(manifest.product, manifest.release, manifest.revision);
        if (tags.has(tag))
            continue;
        const pulls = (await github.findPullRequests(bundlesRepo, {
            head: `cutover/${manifest.product}/${manifest.release}`,
            state: 'closed',
        })).filter((p) => p.merged && p.mergeCommitSha);
        let done = false;
        for (const pull of pulls) {
            const merged = await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestAt */ .HB)(github, bundlesRepo, pull.mergeCommitSha ?? '', release.path);
            if (merged?.revision !== manifest.revision || merged.bundleDigest !== manifest.bundleDigest)
                continue;
            try {
                const result = await (0,_seal_js__WEBPACK_IMPORTED_MODULE_3__/* .sealPullRequest */ .C)(ctx, pull, input.dispatchRepo);
                sealed.push(...result.filter((r) => r.created).map((r) => r.tag));
                done = true;
            }
            catch (error) {
                problems.push(`${tag}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`);
                done = true;
            }
            break;
        }
        if (!done)
            problems.push(`${tag}: merged on ${defaultBranch} but no merged cutover pull request carries it`);
    }
    ctx.log(`reconcile: sealed ${sealed.length}, ${problems.length} left unsealed`);
    return {
        outputs: { sealed: sealed.join(' '), unsealed: String(problems.length) },
        summary: [
            '### Cutover reconcile',
            '',
            ...(sealed.length ? sealed.map((t) => `- sealed \`${t}\``) : ['- nothing to seal']),
            ...problems.map((p) => `- not sealed: ${p}`),
        ].join('\n'),
    };
}


/***/ }),

/***/ 1977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSeal: () => (/* binding */ runSeal),
  C: () => (/* binding */ sealPullRequest)
});

// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/domain/seal.ts
const RECORD_MARKER = '-----BEGIN CUTOVER SEAL RECORD-----';
const RECORD_END = '-----END CUTOVER SEAL RECORD-----';
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
        JSON.stringify(record, null, 2),
        RECORD_END,
        '',
    ].join('\n');
}
/** Extracts the record from a tag message; the caller validates its shape. Undefined when there is none. */
function extractSealRecord(message) {
    const start = message.indexOf(RECORD_MARKER);
    const end = message.indexOf(RECORD_END, start + RECORD_MARKER.length);
    if (start < 0 || end < 0)
        return undefined;
    try {
        return JSON.parse(message.slice(start + RECORD_MARKER.length, end));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/domain/verify.ts
var verify = __webpack_require__(4783);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/port.ts
var port = __webpack_require__(8212);
// EXTERNAL MODULE: ./src/render/checks.ts
var checks = __webpack_require__(515);
// EXTERNAL MODULE: ./src/modes/bundles-repo.ts
var bundles_repo = __webpack_require__(9766);
// EXTERNAL MODULE: ./src/modes/gate.ts + 1 modules
var modes_gate = __webpack_require__(2644);
// EXTERNAL MODULE: ./src/modes/verification.ts + 1 modules
var verification = __webpack_require__(9652);
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
                : sealed.map((s) => `- \`${s.tag}\` ${s.created ? 'created' : 'already present'}: ${s.manifest.product} ${s.manifest.release} revision ${s.manifest.revision}, bundle \`${s.manifest.bundleDigest}\`, queue \`${s.manifest.queue}\`, window ${s.manifest.window.start} .. ${s.manifest.window.end}`)),
            '',
            'Cutover stops here: the deployment queue decides when and whether to deploy within the window.',
        ].join('\n'),
    };
}
/** The checks, comparisons and tagging of one merged pull request. Shared with reconcile. */
async function sealPullRequest(ctx, pull, dispatchRepo) {
    const { github, bundlesRepo } = ctx;
    if (!pull.merged || !pull.mergeCommitSha || !pull.mergedAt)
        throw new errors/* RefusalError */.XQ(`pull request #${pull.number} is not merged: nothing to seal`);
    const mergeCommit = pull.mergeCommitSha;
    const releases = (0,bundles_repo/* releaseDirsOf */.P4)(await github.listPullRequestFiles(bundlesRepo, pull.number));
    if (releases.length === 0)
        return [];
    // Every cutover check must have passed at the approved head, and the gate must hold there.
    const runs = await github.listCheckRuns(bundlesRepo, pull.headSha);
    const required = [...verify/* VERIFICATION_RULE_IDS */.i.map(checks/* checkName */.I3), modes_gate/* APPROVAL_CHECK */.F];
    const failing = required.filter((name) => !runs.some((r) => r.name === name && r.status === 'completed' && r.conclusion === 'success'));
    if (failing.length > 0)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: ${failing.join(', ')} did not pass at the approved head ${pull.headSha}`);
    const gate = await (0,modes_gate/* evaluateApprovalGate */.K)(ctx, pull.number, pull.headSha);
    if (!gate.result.satisfied)
        throw new errors/* RefusalError */.XQ(`refusing to seal #${pull.number}: the approval gate does not hold at ${pull.headSha} (missing ${gate.result.missingTeams.join(', ')})`);
    const policy = await (0,bundles_repo/* readPolicyAt */.II)(github, bundlesRepo, pull.baseSha, ctx.policyPath);
    const method = await mergeMethodOf(ctx, pull);
    const out = [];
    for (const release of releases) {
        const [merged, approved] = await Promise.all([
            github.getSubtreeSha(bundlesRepo, mergeCommit, release.path),
            github.getSubtreeSha(bundlesRepo, pull.headSha, release.path),
        ]);
        if (merged !== approved) {
            throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: the merged content (${merged ?? 'absent'}) differs from the approved head's (${approved ?? 'absent'}); the merge carried changes made after approval`);
        }
        // Check runs can be posted by any App with checks: write; re-verify the approved files rather than trust them.
        const outcomes = (0,verification/* verifyRelease */.V)(await (0,bundles_repo/* readReleaseAt */.Jv)(github, bundlesRepo, pull.headSha, release.path), policy);
        const failed = outcomes.filter((o) => o.status !== 'passed').map((o) => o.rule);
        if (failed.length > 0) {
            throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: ${failed.map(checks/* checkName */.I3).join(', ')} fail on the approved files at ${pull.headSha}`);
        }
        const manifest = await (0,bundles_repo/* readManifestAt */.HB)(github, bundlesRepo, mergeCommit, release.path);
        if (!manifest)
            throw new errors/* RefusalError */.XQ(`refusing to seal ${release.path}: no manifest.json at ${mergeCommit}`);
        const tag = (0,names/* sealTagName */.Dc)(manifest.product, manifest.release, manifest.revision);
        const existing = await github.getRef(bundlesRepo, `tags/${tag}`);
        if (existing) {
            const target = existing.objectType === 'tag' ? (await github.getTagObject(bundlesRepo, existing.sha)).object.sha : null;
            if (target !== mergeCommit)
                throw new errors/* RefusalError */.XQ(`tag ${tag} already exists and points ${target ? `at ${target}` : 'at a commit directly (lightweight)'}, not at ${mergeCommit} as an annotated tag: not moving it`);
            ctx.log(`${tag} already seals ${mergeCommit}`);
            out.push({ tag, created: false, manifest, directory: release.path });
            if (dispatchRepo)
                await handOff(ctx, dispatchRepo, tag, manifest);
            continue;
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
            requiredTeams: gate.teams,
            repository: (0,port/* slug */.y)(bundlesRepo),
            pullRequest: pull.number,
            headSha: pull.headSha,
            mergeCommit,
            mergeMethod: method,
            mergedAt: pull.mergedAt,
            approvers: gate.result.assignments,
            supersedes: manifest.supersedes,
            handoff: manifest.handoff,
        };
        await github.createAnnotatedTag(bundlesRepo, { tag, message: renderSealMessage(record), commit: mergeCommit });
        ctx.log(`sealed ${tag} on ${mergeCommit}`);
        out.push({ tag, created: true, manifest, directory: release.path });
        if (dispatchRepo)
            await handOff(ctx, dispatchRepo, tag, manifest);
    }
    return out;
}
/**
 * One `cutover-sealed` event per sealed revision. Sent again on a re-run: the tag is the idempotency key
 * the deployment queue deduplicates on, so a lost event is never the price of a failed run.
 */
async function handOff(ctx, repo, tag, manifest) {
    await ctx.github.dispatch(repo, 'cutover-sealed', {
        tag,
        repository: (0,port/* slug */.y)(ctx.bundlesRepo),
        digest: manifest.bundleDigest,
        revision: manifest.revision,
        queue: manifest.queue,
        window: manifest.window,
    });
    ctx.log(`handed ${tag} to ${(0,port/* slug */.y)(repo)} (repository_dispatch cutover-sealed)`);
}
/** merge: two parents; rebase: the tip repeats the last commit of several; squash: one new commit. */
async function mergeMethodOf(ctx, pull) {
    const merged = await ctx.github.getCommit(ctx.bundlesRepo, pull.mergeCommitSha ?? '');
    if (merged.parents.length > 1)
        return 'merge';
    const { commits } = await ctx.github.compare(ctx.bundlesRepo, pull.baseSha, pull.headSha);
    if (commits.length <= 1)
        return 'squash-or-rebase';
    return merged.message === commits.at(-1)?.message ? 'rebase' : 'squash';
}


/***/ }),

/***/ 9652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ verify/* VERIFICATION_RULE_IDS */.i),
  V: () => (/* binding */ verifyRelease)
});

// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/domain/verify.ts
var verify = __webpack_require__(4783);
// EXTERNAL MODULE: ./src/schema/locate.ts
var schema_locate = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/schema/validate.ts + 19 modules
var validate = __webpack_require__(775);
;// CONCATENATED MODULE: ./src/schema/release.ts




/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts) {
    const findings = [];
    const documents = {};
    for (const key of Object.keys(names/* BUNDLE_FILES */.HJ)) {
        const file = names/* BUNDLE_FILES */.HJ[key];
        const text = texts[key];
        if (text === undefined) {
            findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
            continue;
        }
        let value;
        try {
            value = (0,parse.parseDocument)(text, file, 'json');
        }
        catch (e) {
            const line = e instanceof errors/* InputError */.dz ? e.line : undefined;
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: '',
                message: e instanceof Error ? e.message : String(e),
                ...(line ? { line } : {}),
            });
            continue;
        }
        const violations = (0,validate/* schemaViolations */.K3)(key, value, text, file);
        for (const v of violations)
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: v.path,
                message: v.message,
                ...(v.line ? { line: v.line } : {}),
            });
        if (violations.length === 0)
            Object.assign(documents, { [key]: value });
    }
    return { documents, findings };
}

;// CONCATENATED MODULE: ./src/modes/verification.ts




/** Verifies one release directory's texts against the policy. */
function verifyRelease(texts, policy) {
    const { documents, findings: schemaFindings } = parseRelease(texts);
    const outcomes = [
        { rule: 'schema', status: schemaFindings.length ? 'failed' : 'passed', findings: schemaFindings },
    ];
    const { bundle, lineage, holds, manifest } = documents;
    const complete = bundle && lineage && holds && manifest ? { bundle, lineage, holds, manifest } : undefined;
    for (const [rule, check] of verify/* VERIFICATION_RULES */.YY) {
        if (!complete) {
            outcomes.push({ rule, status: 'skipped', findings: [] });
            continue;
        }
        const findings = check(complete, policy);
        outcomes.push({ rule, status: findings.some((f) => f.severity === 'error') ? 'failed' : 'passed', findings });
    }
    return attachLines(outcomes, texts);
}
function attachLines(outcomes, texts) {
    const fileKeys = new Map(Object.entries(names/* BUNDLE_FILES */.HJ).map(([key, file]) => [file, key]));
    const locators = new Map();
    const locate = (file, pointer) => {
        let locator = locators.get(file);
        if (!locator) {
            const key = fileKeys.get(file);
            const text = key ? texts[key] : undefined;
            locator = text === undefined ? () => undefined : (0,schema_locate/* jsonLineLocator */.n)(text);
            locators.set(file, locator);
        }
        return locator(pointer);
    };
    for (const outcome of outcomes) {
        for (const finding of outcome.findings) {
            if (finding.line !== undefined)
                continue;
            const line = locate(finding.file, finding.path);
            if (line !== undefined)
                finding.line = line;
        }
    }
    return outcomes;
}
/** Rule ids in report order. */



/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   vV: () => (/* binding */ ruleCheck)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY */
const MAX_SUMMARY = 65_000;
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
        lines.push(`- \`${r.directory}\`: ${r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''}`);
    if (all.length > 0) {
        lines.push('', '| Severity | Where | Message |', '| --- | --- | --- |');
        for (const f of all)
            lines.push(`| ${f.severity} | \`${f.file}${f.line ? `:${f.line}` : ''}\` ${f.path ? `\`${f.path}\`` : ''} | ${f.message.replace(/\|/g, '\\|')} |`);
    }
    let summary = lines.join('\n');
    if (summary.length > MAX_SUMMARY)
        summary = `${summary.slice(0, MAX_SUMMARY)}\n\n_Cut at ${MAX_SUMMARY} characters; every finding is also an annotation._`;
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
            title: `${f.rule}${f.path ? ` ${f.path}` : ''}`.slice(0, 255),
            message: f.message.slice(0, 64_000),
        })),
    };
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
