export const id = 797;
export const ids = [797];
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
/* harmony export */   FS: () => (/* binding */ APPROVAL_CHECK),
/* harmony export */   Kr: () => (/* binding */ evaluateApprovalGate),
/* harmony export */   runGate: () => (/* binding */ runGate)
/* harmony export */ });
/* unused harmony export MAX_GATE_ROUNDS */
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
    // Every read that needs only the pull request's NUMBER goes out beside the read of the pull request itself,
    // not after its answer (runGate's confirmation after posting adds a round trip to the chain).
    const pullRead = options.pull
        ? Promise.resolve(options.pull)
        : (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.getPullRequest(bundlesRepo, pullRequest));
    const reviewsRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.listReviews(bundlesRepo, pullRequest));
    const policyRead = options.policy ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readTrustedPolicy */ .gY)(ctx));
    const filesRead = options.files ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.listPullRequestFiles(bundlesRepo, pullRequest));
    const branchRead = options.branch ?? (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(defaultBranchBeside(ctx, pullRead));
    const pull = await pullRead;
    const headSha = options.atHead ?? pull.headSha;
    // The reads that need the pull request.
    const headRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(github.getCommit(bundlesRepo, headSha));
    const pushersRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(headPushers(ctx, pull, headSha));
    // GitHub's file list follows the pull request's CURRENT head, which may have moved since headSha was read: a
    // head whose list names no release directory would skip the writer-commit rule on a head that changes one.
    // So the judged head's own comparison with the default branch (read for its commits anyway) is read beside
    // it, as soon as the default branch is known; it names that head's files (up to 300).
    const atHeadRead = options.files
        ? undefined
        : (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(branchRead.then((b) => ((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .baseProblem */ .Nj)(pull, b) ? undefined : compareToJudge(ctx, pull, b, headSha))));
    // The memberships need only the policy's teams and the reviews: they go out as soon as both are in, beside
    // the reads of the head and the comparison.
    const teamsRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(policyRead.then((p) => p.approvers.teams.map((t) => (0,_domain_approval_js__WEBPACK_IMPORTED_MODULE_6__/* .qualifyTeam */ .JG)(t, bundlesRepo.owner))));
    const membershipRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(Promise.all([teamsRead, reviewsRead]).then(([teams, reviews]) => membershipsOf(ctx, teams, [
        ...new Set(reviews
            .filter((r) => r.state === 'APPROVED' && r.commitId === headSha && !r.isBot)
            .map((r) => r.login.toLowerCase())),
    ])));
    const branch = await branchRead;
    const policy = await policyRead;
    const teams = await teamsRead;
    const problems = [];
    const wrongBase = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .baseProblem */ .Nj)(pull, branch);
    if (wrongBase)
        problems.push(wrongBase);
    const identities = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .identitiesOf */ .UI)(policy, ctx.policyPath);
    if ('problem' in identities)
        problems.push(identities.problem);
    const [reviews, head, pushers] = await Promise.all([reviewsRead, headRead, pushersRead]);
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
    return { pull, teams, reviews, result, problems, satisfied: result.satisfied && problems.length === 0 };
}
/**
 * The default branch's name and head, read beside the pull request: the head is the first commit GitHub lists
 * without a `sha`, which it lists from the default branch (as the policy read without a ref is served from it), so
 * it waits for no name; the name comes with the pull request (its base repository's `default_branch`), else from
 * the repository.
 */
async function defaultBranchBeside(ctx, pullRead) {
    const headRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .early */ .Q)(ctx.github.getDefaultBranchHead(ctx.bundlesRepo));
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
/**
 * Posts a failing `cutover/approval` when the reviews changed after each of MAX_GATE_ROUNDS judgements: no verdict
 * on reviews that no longer stand. It fails closed: posted after the verdict of a run a late change started, it
 * blocks the merge until the gate runs again (the next review, or a re-run of the job).
 */
async function postUnsettled(ctx, evaluation, changes, postOn) {
    const headSha = evaluation.pull.headSha;
    const reason = `the reviews of pull request #${evaluation.pull.number} changed after each of ${MAX_GATE_ROUNDS} judgements`;
    const summary = (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cut */ .Jj)([
        `## ${APPROVAL_CHECK} at ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(headSha.slice(0, 12))}`,
        '',
        `Not judged: ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(reason)}, so no verdict stands for the reviews as they are now. The gate runs again on the next review; re-run this job to judge the reviews as they stand.`,
        '',
        'Changed after the last judgement:',
        ...changes.map((c) => `- ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(c)}`),
    ].join('\n'), _render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SUMMARY */ .uX, `_Cut at ${_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SUMMARY */ .uX} characters._`);
    await ctx.github.createCheckRun(ctx.bundlesRepo, {
        name: APPROVAL_CHECK,
        headSha: postOn ?? headSha,
        conclusion: 'failure',
        title: (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(`Reviews kept changing: ${reason}`, 255),
        summary,
        annotations: [],
    });
    ctx.log(`${APPROVAL_CHECK}: ${reason}`);
    return { outputs: { approved: 'false' }, summary };
}


/***/ }),

/***/ 515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   uX: () => (/* binding */ MAX_SUMMARY),
/* harmony export */   vV: () => (/* binding */ ruleCheck)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2495);

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
        lines.push(`- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(r.directory)}: ${r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''}`);
    if (all.length > 0) {
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Severity', 'Where', 'Message'], all.map((f) => [
            f.severity,
            `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(`${f.file}${f.line ? `:${f.line}` : ''}`, MAX_SHOWN_PLACE))}${f.path ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(f.path, MAX_SHOWN_PLACE))}` : ''}`,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(f.message, MAX_SHOWN_MESSAGE)),
        ])));
    }
    if (report.governance?.length)
        lines.push('', `This change edits governance files (${report.governance.map(_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY).join(', ')}): both approver teams must approve it.`);
    const summary = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cut */ .Jj)(lines.join('\n'), MAX_SUMMARY, `_Cut at ${MAX_SUMMARY} characters; every finding is also an annotation._`);
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
            title: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(`${f.rule}${f.path ? ` ${f.path}` : ''}`, MAX_ANNOTATION_TITLE),
            message: (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateUtf8 */ .Ck)(f.message, MAX_ANNOTATION_MESSAGE_BYTES),
        })),
    };
}


/***/ })

};
