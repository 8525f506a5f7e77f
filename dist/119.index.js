export const id = 119;
export const ids = [119];
export const modules = {

/***/ 8119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1733);
/* harmony import */ var _render_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(515);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2495);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9766);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1235);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(350);
/* harmony import */ var _verification_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9789);








/** Runs verify; every rule's check run is posted even when no release directory changed. */
async function runVerify(ctx, input) {
    const { github, bundlesRepo } = ctx;
    const pull = input.pullRequest === undefined
        ? undefined
        : (input.pull ?? (await github.getPullRequest(bundlesRepo, input.pullRequest)));
    // Independent reads at once; each is awaited where its answer is first needed.
    const branchRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readDefaultBranch */ .yt)(ctx, pull));
    const policyRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .readTrustedPolicy */ .gY)(ctx));
    const changedRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)(pull
        ? github.listPullRequestFiles(bundlesRepo, pull.number)
        : github.compare(bundlesRepo, input.baseSha, input.headSha).then((c) => (c.filesCut ? undefined : c.files)));
    // On a pull request, the commits and files of the judged head itself since the default branch: GitHub's file
    // list follows the pull request's current head, which may have moved since headSha was read (a head whose
    // list showed no release directory would skip the writer-commit rule on a head that has one).
    const atHeadRead = pull
        ? (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)(branchRead.then((b) => github.compare(bundlesRepo, b.sha, input.headSha)))
        : undefined;
    const branch = await branchRead;
    const wrongBase = pull && (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .baseProblem */ .Nj)(pull, branch);
    if (wrongBase)
        return postRefusal(ctx, input.headSha, wrongBase);
    const policy = await policyRead;
    const identities = (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .identitiesOf */ .UI)(policy, ctx.policyPath);
    if ('problem' in identities && pull)
        return postRefusal(ctx, input.headSha, identities.problem);
    const changed = await changedRead;
    // A merge group's compare lists at most 300 files: a release directory past the cut would go unjudged.
    if (!changed)
        return postRefusal(ctx, input.headSha, `GitHub lists at most 300 files of a comparison, and ${input.baseSha.slice(0, 12)}...${input.headSha.slice(0, 12)} changes at least that many: Cutover cannot see every release directory it changes (queue fewer pull requests at once)`);
    // Every commit the pull request brings, read to the last page (fails closed when GitHub cannot list them).
    const commitsRead = atHeadRead
        ? (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)(atHeadRead.then((a) => a.commits))
        : Promise.resolve([]);
    // The directories GitHub's list names are read at once, beside the comparison of the head (one round trip
    // less on the way to the checks); those only the comparison names are read once it answers.
    const started = new Map((0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseDirsOf */ .P4)(changed).map((release) => [
        release.path,
        startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined),
    ]));
    const atHead = await atHeadRead;
    // On a 300+-file head, the directories only GitHub's list named are not judged (filesOfJudgedHead).
    const files = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .filesOfJudgedHead */ .Yq)(github, bundlesRepo, input.headSha, changed, atHead);
    const releases = (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseDirsOf */ .P4)(files);
    const reads = releases.map((release) => started.get(release.path) ??
        startReleaseReads(ctx, release, input.headSha, pull ? { branch, commits: commitsRead } : undefined));
    const commits = await commitsRead;
    const reports = new Map(_verification_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFICATION_RULE_IDS */ .i.map((rule) => [rule, { rule, releases: [], extra: [] }]));
    for (const { release, texts, history } of reads) {
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .inGroup */ .H)(ctx, release.path, async () => {
            const files = await texts;
            const chain = history && (await history);
            const outcomes = (0,_verification_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyRelease */ .V)(files, policy, {
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
        const file = `${releases[0]?.path}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.bundle}`;
        reports
            .get('lineage')
            ?.extra?.push(...(0,_domain_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .foreignCommits */ .BX)(commits, identities.bundleWriter).map((c) => ({ rule: 'lineage', severity: 'error', file, path: '', message: c.message })));
    }
    return postChecks(ctx, input.headSha, reports, 
    // The judged head's own governance files too: GitHub's list may be a later head's.
    files.filter((p) => (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .isGovernancePath */ .S3)(p, ctx.policyPath)));
}
/**
 * Posts one check run per rule, all together (the client still spaces writes by its write interval); a change
 * to governance files says so in every summary.
 */
async function postChecks(ctx, headSha, reports, governance) {
    const checks = [...reports.values()].map((report) => (0,_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleCheck */ .vV)({ ...report, governance }));
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
function startReleaseReads(ctx, release, headSha, chain) {
    const texts = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)((0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseAt */ .Jv)(ctx.github, ctx.bundlesRepo, headSha, release.path));
    const history = chain
        ? (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)((0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .releaseHistory */ .Cb)(ctx, release, {
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
        return (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .manifestOf */ .$V)(text, dir);
    }
    catch {
        return undefined;
    }
}
/** Every rule's check fails with one reason: the change cannot be judged at all. */
async function postRefusal(ctx, headSha, reason) {
    const names = _verification_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFICATION_RULE_IDS */ .i.map(_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I3);
    await Promise.all(names.map((name) => ctx.github.createCheckRun(ctx.bundlesRepo, {
        name,
        headSha,
        conclusion: 'failure',
        title: 'Cannot be verified',
        summary: `## ${name}\n\n${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(reason)}`,
        annotations: [],
    })));
    const lines = [
        `### Cutover verify at \`${headSha.slice(0, 12)}\``,
        '',
        (0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(reason),
        '',
        ...names.map((name) => `- \`${name}\`: failure`),
    ];
    ctx.log(`refused to verify ${headSha}: ${reason}`);
    return { outputs: { 'failed-checks': String(_verification_js__WEBPACK_IMPORTED_MODULE_5__/* .VERIFICATION_RULE_IDS */ .i.length) }, summary: lines.join('\n') };
}



/***/ })

};
