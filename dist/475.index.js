export const id = 475;
export const ids = [475];
export const modules = {

/***/ 2673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   JG: () => (/* binding */ qualifyTeam),
/* harmony export */   a6: () => (/* binding */ matchTeams)
/* harmony export */ });
/* unused harmony exports latestDecisiveReviews, eligibleApprovals */
/* harmony import */ var _normalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8287);
/**
 * The two-team approval gate as a pure function: which reviews count at the current head, and whether
 * every required team is covered by a distinct person. Counts nothing GitHub would not count.
 */

/**
 * Each reviewer's latest decisive review (APPROVED, CHANGES_REQUESTED or DISMISSED) is their state, as on
 * GitHub: a later COMMENTED review neither adds nor removes an approval. GitHub's times are whole seconds and
 * ids follow when a review was started, not submitted (a pending review keeps its id): within one second the
 * order is unknown, so an approval is taken as the earlier one and never outlasts a decision of that second.
 */
function latestDecisiveReviews(reviews) {
    const latest = new Map();
    const approvedFirst = (r) => (r.state === 'APPROVED' ? 0 : 1);
    const ordered = [...reviews].sort((a, b) => (0,_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r)(a.submittedAt ?? '', b.submittedAt ?? '') || approvedFirst(a) - approvedFirst(b) || a.id - b.id);
    for (const review of ordered) {
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED')
            latest.set(review.login.toLowerCase(), review);
    }
    return latest;
}
/**
 * The logins whose approval could count: submitted before the merge (if any), approved at the head, not the
 * author, not a bot, not a possible last pusher.
 */
function eligibleApprovals(input) {
    const eligible = [];
    const ignored = [];
    const cutoff = input.mergedAt ? Date.parse(input.mergedAt) : undefined;
    const inTime = input.reviews.filter((review) => {
        if (cutoff === undefined)
            return true;
        // A review without a submission time is pending: it never counts either way.
        const at = review.submittedAt ? Date.parse(review.submittedAt) : Number.NaN;
        // GitHub's times are whole seconds: a review in the merge's own second may have come after it. An honest
        // approval precedes the cutover/approval check the merge required, so strictly earlier loses nothing.
        if (at < cutoff)
            return true;
        if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED')
            ignored.push({
                login: review.login,
                reviewId: review.id,
                reason: `submitted ${review.submittedAt ?? 'without a time'}, after the merge at ${input.mergedAt}: the gate is judged as it stood at the merge`,
            });
        return false;
    });
    const pushers = new Set(input.lastPushers.map((l) => l.toLowerCase()));
    for (const review of latestDecisiveReviews(inTime).values()) {
        const skip = (reason) => ignored.push({ login: review.login, reviewId: review.id, reason });
        if (review.state !== 'APPROVED')
            skip(review.state === 'DISMISSED' ? 'approval dismissed' : 'changes requested');
        else if (review.commitId !== input.headSha)
            skip(`approved ${review.commitId.slice(0, 12)}, not the current head ${input.headSha.slice(0, 12)} (stale)`);
        else if (review.isBot || /\[bot\]$/i.test(review.login))
            skip('bots never count as approvers');
        else if (review.login.toLowerCase() === input.author.toLowerCase())
            skip('the pull request author cannot approve it');
        else if (pushers.has(review.login.toLowerCase()))
            skip('the head commit may be their push (GitHub records them moving the branch to it, or it names them as author or committer): the last pusher cannot approve their own push');
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
        [...byLogin.keys()].filter((login) => input.membership.get(team)?.has(login) ?? false).sort(_normalize_js__WEBPACK_IMPORTED_MODULE_0__/* .cmp */ .r),
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


/***/ }),

/***/ 9797:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ APPROVAL_CHECK),
/* harmony export */   K: () => (/* binding */ evaluateApprovalGate),
/* harmony export */   runGate: () => (/* binding */ runGate)
/* harmony export */ });
/* harmony import */ var _domain_approval_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2673);
/* harmony import */ var _domain_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1733);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8212);
/* harmony import */ var _render_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(515);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9766);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1235);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(350);
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
    const pull = options.pull ?? (await github.getPullRequest(bundlesRepo, pullRequest));
    const headSha = options.atHead ?? pull.headSha;
    // Every read that needs only the pull request, at once.
    const branchRead = options.branch ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readDefaultBranch */ .yt)(ctx, pull));
    const policyRead = options.policy ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readTrustedPolicy */ .gY)(ctx));
    const reviewsRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.listReviews(bundlesRepo, pullRequest));
    const headRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.getCommit(bundlesRepo, headSha));
    const filesRead = options.files ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.listPullRequestFiles(bundlesRepo, pullRequest));
    const pushersRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(headPushers(ctx, pull, headSha));
    // GitHub's file list follows the pull request's CURRENT head, which may have moved since headSha was read: a
    // head whose list names no release directory would skip the writer-commit rule on a head that changes one.
    // So the judged head's own comparison with the default branch (read for its commits anyway) is read beside
    // it, as soon as the default branch is known; it names that head's files (up to 300).
    const atHeadRead = options.files
        ? undefined
        : (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(branchRead.then((b) => ((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .baseProblem */ .Nj)(pull, b) ? undefined : compareToJudge(ctx, pull, b, headSha))));
    const branch = await branchRead;
    const policy = await policyRead;
    const teams = policy.approvers.teams.map((t) => (0,_domain_approval_js__WEBPACK_IMPORTED_MODULE_6__/* .qualifyTeam */ .JG)(t, bundlesRepo.owner));
    const problems = [];
    const wrongBase = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .baseProblem */ .Nj)(pull, branch);
    if (wrongBase)
        problems.push(wrongBase);
    const identities = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .identitiesOf */ .UI)(policy, ctx.policyPath);
    if ('problem' in identities)
        problems.push(identities.problem);
    const [reviews, head, pushers] = await Promise.all([reviewsRead, headRead, pushersRead]);
    const candidates = new Set(reviews
        .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
        .map((r) => r.login.toLowerCase()));
    // The memberships (they need the reviews) go out beside the comparison of the head.
    const membershipRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(membershipsOf(ctx, teams, [...candidates]));
    const [listed, atHead] = await Promise.all([filesRead, atHeadRead]);
    const files = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .filesOfJudgedHead */ .Yq)(github, bundlesRepo, headSha, listed, atHead);
    const commitsRead = !wrongBase && !('problem' in identities) && (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseDirsOf */ .P4)(files).length > 0
        ? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(options.commits ??
            (atHead ? Promise.resolve(atHead) : compareToJudge(ctx, pull, branch, headSha)).then((c) => c.commits))
        : undefined;
    const membership = await membershipRead;
    if (commitsRead && !('problem' in identities))
        problems.push(...(0,_domain_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .foreignCommits */ .BX)(await commitsRead, identities.bundleWriter).map((c) => c.message));
    const result = (0,_domain_approval_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateGate */ .DR)({
        headSha,
        author: pull.author.login,
        // Who GitHub recorded moving the head branch to the head, and every account the head commit names (anyone
        // can write those, so they only add to the exclusions; an activity record nobody can forge).
        lastPushers: [...pushers, head.authorLogin, head.committerLogin].filter((l) => l !== null && l !== _domain_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .GITHUB_COMMITTER */ .Nw),
        mergedAt: pull.merged ? pull.mergedAt : null,
        teams,
        reviews,
        membership,
    });
    return { pull, teams, result, problems, satisfied: result.satisfied && problems.length === 0 };
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(`${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: ${reason}. The gate fails closed: the governor App's token must be able to read GET /repos/${owner}/${repo}/activity (repository read access)`, error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS ? error.status : undefined, { cause: error });
    }
    if (read.cut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS(`${APPROVAL_CHECK} cannot tell who pushed ${headSha} to ${ref}: GitHub's repository activity holds more than ${_github_port_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ACTIVITY_PAGES */ .K * 100} updates of the branch and only those were read; refusing to judge who pushed the head from a partial record (open the change from a new branch)`, undefined);
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
/**
 * Runs the gate and posts `cutover/approval` on the head SHA, or on `postOn` (a merge-group head, where the
 * queue needs the check too: the approvals still count only at the pull request's own head).
 */
async function runGate(ctx, pullRequest, postOn, pull) {
    const { teams, result, problems, satisfied, ...rest } = await evaluateApprovalGate(ctx, pullRequest, pull ? { pull } : {});
    const headSha = rest.pull.headSha;
    // Team names, logins, problems and reasons are rendered as text: a value cannot add a row or a heading.
    const lines = [
        `## ${APPROVAL_CHECK} at ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(headSha.slice(0, 12))}`,
        '',
        ...(problems.length > 0
            ? ['This pull request cannot be approved:', ...problems.map((p) => `- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(p)}`), '']
            : []),
        (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Team', 'Approved by', 'Review'], teams.map((team) => {
            const a = result.assignments.find((x) => x.team === team);
            return [
                `@${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(team)}`,
                a ? `@${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(a.login)}` : '**missing**',
                a ? `#${a.reviewId} on ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.commitId.slice(0, 12))}` : '',
            ];
        })),
    ];
    if (result.ignored.length > 0) {
        lines.push('', 'Reviews that do not count:', ...result.ignored.map((i) => `- @${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(i.login)} (review ${i.reviewId}): ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(i.reason)}`));
    }
    const summary = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)(lines.join('\n'), _render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SUMMARY */ .uX, `_Cut at ${_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SUMMARY */ .uX} characters._`);
    const title = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(satisfied
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


/***/ }),

/***/ 475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ handOffRecordId),
/* harmony export */   CU: () => (/* binding */ sealPullRequest),
/* harmony export */   VW: () => (/* binding */ handOff),
/* harmony export */   ej: () => (/* binding */ HANDOFF_CHECK),
/* harmony export */   runSeal: () => (/* binding */ runSeal)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_seal_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7379);
/* harmony import */ var _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8212);
/* harmony import */ var _render_checks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(515);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2495);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9766);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1235);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9797);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(350);
/* harmony import */ var _verification_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9789);












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
                : sealed.map((s) => `- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s.tag)} ${s.created ? 'created' : 'already present'}: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(s.manifest.product)} ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(s.manifest.release)} revision ${s.manifest.revision}, bundle ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s.manifest.bundleDigest)}, queue ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(s.manifest.queue)}, window ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Qq)(`${s.manifest.window.start} .. ${s.manifest.window.end}`)}`)),
            '',
            'Cutover stops here: the deployment queue decides when and whether to deploy within the window.',
        ].join('\n'),
    };
}
/** The checks, comparisons and tagging of one merged pull request. Shared with reconcile. */
async function sealPullRequest(ctx, pull, dispatchRepo) {
    if (!isMerged(pull))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`pull request #${pull.number} is not merged: nothing to seal`);
    const mergeCommit = pull.mergeCommitSha;
    // Every read starts as soon as what it needs is known; the judgements below await them in their own order, so
    // nothing is decided, and nothing written, before everything that precedes it has been judged.
    const reads = startSealReads(ctx, pull);
    const releases = (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseDirsOf */ .P4)(await reads.files);
    if (releases.length === 0)
        return [];
    const perRelease = releases.map((release) => ({ release, reads: startReleaseReads(ctx, pull, reads, release) }));
    // Only what merged into the default branch is sealed, judged by the default branch's policy as it stood just
    // before the merge (a pull request that rewrites the policy is never judged by its own).
    const branch = await reads.branch;
    const wrongBase = (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .baseProblem */ .Nj)(pull, branch);
    if (wrongBase)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal #${pull.number}: ${wrongBase}`);
    if (!(await reads.onDefault))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal #${pull.number}: its merge commit ${mergeCommit} is not on the default branch ${branch.name}`);
    const policy = await reads.policy;
    const identities = (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .identitiesOf */ .UI)(policy, ctx.policyPath);
    if ('problem' in identities)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal #${pull.number}: ${identities.problem}`);
    // Every cutover check must have passed at the approved head, posted by the governor App (GitHub sets a check
    // run's App from the token that created it; any App with checks: write could post a run of the same name).
    const failing = failingChecks(await reads.checkRuns, identities.governorAppId);
    if (failing.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal #${pull.number}: ${failing.join(', ')} did not pass at the approved head ${pull.headSha} (only check runs of the governor App ${identities.governorAppId} count)`);
    const gate = await reads.gate;
    if (!gate.satisfied)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal #${pull.number}: the approval gate does not hold at ${pull.headSha} as it stood at the merge (${[
            ...gate.problems,
            ...(gate.result.missingTeams.length ? [`missing ${gate.result.missingTeams.join(', ')}`] : []),
        ].join('; ')})`);
    const method = mergeMethodOf(await reads.mergeCommit, await reads.commits);
    const out = [];
    for (const { release, reads: own } of perRelease) {
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .inGroup */ .H)(ctx, release.path, async () => {
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
    const branch = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .readDefaultBranch */ .yt)(ctx, pull));
    const mergeCommitRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(github.getCommit(bundlesRepo, mergeCommit));
    // The pull request's commits: those of its head that the merge commit's first parent lacks (for a rebase, that
    // parent is a replayed commit, but the commits counted from it are the same: from the head's fork point on).
    const commits = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(mergeCommitRead.then((c) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .commitsOfPullRequest */ .i0)(github, bundlesRepo, c.parents[0] ?? mergeCommit, pull.headSha)));
    // The default branch as it was just before the merge, and its policy: what the merge is judged by, never the
    // policy the merge itself brought to the default branch. GitHub's record of the merge says it; read at once,
    // beside the merge commit.
    const mergeActivity = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(recordedMerge(ctx, pull));
    const preMerge = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(mergeActivity.then((recorded) => recorded ??
        Promise.all([mergeCommitRead, commits]).then(([merged, own]) => defaultBeforeMerge(ctx, merged, own))));
    const policy = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(preMerge.then((sha) => (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .readPolicyAt */ .II)(github, bundlesRepo, sha, ctx.policyPath)));
    const files = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(github.listPullRequestFiles(bundlesRepo, pull.number));
    return {
        files,
        branch,
        policy,
        onDefault: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(branch.then((b) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .isOnDefaultBranch */ .vZ)(github, bundlesRepo, mergeCommit, b.sha))),
        checkRuns: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(github.listCheckRuns(bundlesRepo, pull.headSha)),
        gate: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)((0,_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateApprovalGate */ .K)(ctx, pull.number, { atHead: pull.headSha, pull, branch, policy, commits, files })),
        mergeCommit: mergeCommitRead,
        preMerge,
        commits,
    };
}
/** The reads of one release directory of the merge, started together. */
function startReleaseReads(ctx, pull, reads, release) {
    const { github, bundlesRepo } = ctx;
    const mergeCommit = pull.mergeCommitSha;
    const approved = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)((0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .readReleaseAt */ .Jv)(github, bundlesRepo, pull.headSha, release.path));
    // The manifest as merged: the approved head's, once the two directories are shown to be the same tree.
    const manifest = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(approved.then((texts) => (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_5__/* .manifestOf */ .$V)(texts.manifest, release.path)));
    const tags = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseTags */ .dt)(ctx, release));
    return {
        subtrees: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(Promise.all([
            github.getSubtreeSha(bundlesRepo, mergeCommit, release.path),
            github.getSubtreeSha(bundlesRepo, pull.headSha, release.path),
        ])),
        manifest,
        tags,
        approved,
        // The revision chain as it stood before this merge (the tag the revision itself would get excepted).
        history: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)(Promise.all([reads.preMerge, reads.branch]).then(([preMerge, branch]) => (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseHistory */ .Cb)(ctx, release, {
            defaultSha: preMerge,
            defaultLabel: `${branch.name} before the merge`,
            commits: reads.commits,
            exceptTag: manifest.then((m) => m && (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .sealTagName */ .Dc)(release.product, release.release, m.revision)),
            head: manifest,
            tags,
        }))),
    };
}
/** Names of the required checks whose latest run by the governor App at the head did not succeed. */
function failingChecks(runs, governorAppId) {
    const required = [..._domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .VERIFICATION_RULE_IDS */ .i.map(_render_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .checkName */ .I3), _gate_js__WEBPACK_IMPORTED_MODULE_6__/* .APPROVAL_CHECK */ .F];
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal ${release.path}: the merged content (${merged ?? 'absent'}) differs from the approved head's (${approved ?? 'absent'}); the merge carried changes made after approval`);
    }
    const manifest = await reads.manifest;
    if (!manifest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal ${release.path}: no manifest.json at ${mergeCommit}`);
    // The tag's name comes from the directory; the manifest must agree with it (binding checks it below).
    const tag = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .sealTagName */ .Dc)(release.product, release.release, manifest.revision);
    const existing = (await reads.tags).find((r) => r.ref === `refs/tags/${tag}`);
    if (existing) {
        await assertSealedBy(ctx, existing, tag, mergeCommit, manifest);
        ctx.log(`${tag} already seals ${mergeCommit}`);
        return { tag, created: false, manifest, directory: release.path };
    }
    // Check runs prove who posted them, not what is true: re-verify the approved files, the directory and the
    // revision chain against the seals and the default branch as it was before this merge.
    const outcomes = (0,_verification_js__WEBPACK_IMPORTED_MODULE_8__/* .verifyRelease */ .V)(await reads.approved, judged.policy, {
        directory: { product: release.product, release: release.release },
        history: await reads.history,
    });
    const failed = outcomes.filter((o) => o.status !== 'passed');
    if (failed.length > 0) {
        const first = failed.flatMap((o) => o.findings).find((f) => f.severity === 'error');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal ${release.path}: ${failed.map((o) => (0,_render_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .checkName */ .I3)(o.rule)).join(', ')} fail on the approved files at ${pull.headSha}${first ? ` (${first.message})` : ''}`);
    }
    if (Date.parse(manifest.window.end) <= ctx.now().getTime())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`refusing to seal ${tag}: its window ended at ${manifest.window.end}`);
    const record = {
        schemaVersion: 1,
        product: manifest.product,
        release: manifest.release,
        revision: manifest.revision,
        bundleDigest: manifest.bundleDigest,
        queue: manifest.queue,
        window: manifest.window,
        requiredTeams: judged.gate.teams,
        repository: (0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(bundlesRepo),
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
        await github.createAnnotatedTag(bundlesRepo, { tag, message: (0,_domain_seal_js__WEBPACK_IMPORTED_MODULE_11__/* .renderSealMessage */ .B7)(record), commit: mergeCommit });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`tag ${tag} already exists and ${target ? `points at ${target}` : 'is lightweight (points at a commit directly)'}, not at ${mergeCommit} as an annotated tag: not moving it`);
    // On the right commit but not written by a seal (no matching record): not this seal, and nothing to hand off.
    const forged = (0,_trust_js__WEBPACK_IMPORTED_MODULE_7__/* .sealRecordProblem */ .eq)(object?.message ?? '', mergeCommit, manifest);
    if (forged)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RefusalError */ .XQ(`tag ${tag} already exists but is not its seal: ${forged}; not moving it`);
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
    return `${tag} ${(0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(queue)}`;
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
        repository: (0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(ctx.bundlesRepo),
        digest: manifest.bundleDigest,
        revision: manifest.revision,
        queue: manifest.queue,
        window: manifest.window,
    });
    ctx.log(`handed ${tag} to ${(0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(repo)} (repository_dispatch cutover-sealed)`);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: HANDOFF_CHECK,
        headSha: commit,
        conclusion: 'success',
        title: `${tag} handed to ${(0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(repo)}`,
        summary: `The repository_dispatch event \`cutover-sealed\` for the seal tag \`${tag}\` (bundle \`${manifest.bundleDigest}\`) was accepted by GitHub for the deployment-queue repository \`${(0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(repo)}\`.`,
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


/***/ })

};
