export const id = 119;
export const ids = [119];
export const modules = {

/***/ 8119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_writer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1733);
/* harmony import */ var _render_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(515);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9766);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1235);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(350);
/* harmony import */ var _verification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9789);







/** Runs verify; every rule's check run is posted even when no release directory changed. */
async function runVerify(ctx, input) {
    const { github, bundlesRepo } = ctx;
    const branch = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .readDefaultBranch */ .yt)(ctx);
    const pull = input.pullRequest === undefined
        ? undefined
        : (input.pull ?? (await github.getPullRequest(bundlesRepo, input.pullRequest)));
    const wrongBase = pull && (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .baseProblem */ .Nj)(pull, branch);
    if (wrongBase)
        return postRefusal(ctx, input.headSha, wrongBase);
    const policy = await (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .readTrustedPolicy */ .gY)(ctx, branch);
    const identities = (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .identitiesOf */ .UI)(policy, ctx.policyPath);
    if ('problem' in identities && pull)
        return postRefusal(ctx, input.headSha, identities.problem);
    const changed = pull
        ? await github.listPullRequestFiles(bundlesRepo, pull.number)
        : (await github.compare(bundlesRepo, input.baseSha, input.headSha)).files;
    const releases = (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDirsOf */ .P4)(changed);
    // Every commit the pull request brings, read to the last page (fails closed when GitHub cannot list them).
    const commits = pull && releases.length > 0 ? await (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .commitsOfPullRequest */ .i0)(github, bundlesRepo, branch.sha, input.headSha) : [];
    const reports = new Map(_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .VERIFICATION_RULE_IDS */ .i.map((rule) => [rule, { rule, releases: [], extra: [] }]));
    for (const release of releases) {
        await (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .inGroup */ .H)(ctx, release.path, async () => {
            const texts = await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseAt */ .Jv)(github, bundlesRepo, input.headSha, release.path);
            // The revision chain is judged on pull requests; a merge group's queued commits are judged again at seal.
            const history = pull
                ? await (0,_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseHistory */ .Cb)(ctx, release, {
                    defaultSha: branch.sha,
                    defaultLabel: branch.name,
                    commits,
                    head: await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifestAt */ .HB)(github, bundlesRepo, input.headSha, release.path).catch(() => undefined),
                })
                : undefined;
            const outcomes = (0,_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyRelease */ .V)(texts, policy, {
                directory: { product: release.product, release: release.release },
                ...(history ? { history } : {}),
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
            ?.extra?.push(...(0,_domain_writer_js__WEBPACK_IMPORTED_MODULE_6__/* .foreignCommits */ .BX)(commits, identities.bundleWriter).map((c) => ({ rule: 'lineage', severity: 'error', file, path: '', message: c.message })));
    }
    const governance = changed.filter((p) => (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .isGovernancePath */ .S3)(p, ctx.policyPath));
    const lines = [`### Cutover verify at \`${input.headSha.slice(0, 12)}\``, ''];
    let failed = 0;
    for (const report of reports.values()) {
        const check = (0,_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleCheck */ .vV)(report);
        if (governance.length > 0)
            check.summary += `\n\nThis change edits governance files (${governance.join(', ')}): both approver teams must approve it.`;
        await github.createCheckRun(bundlesRepo, { ...check, headSha: input.headSha });
        if (check.conclusion !== 'success')
            failed++;
        lines.push(`- \`${check.name}\`: ${check.conclusion} (${check.title})`);
    }
    ctx.log(`posted ${reports.size} check runs on ${input.headSha}; ${failed} failing`);
    return { outputs: { 'failed-checks': String(failed) }, summary: lines.join('\n') };
}
/** Every rule's check fails with one reason: the change cannot be judged at all. */
async function postRefusal(ctx, headSha, reason) {
    const lines = [`### Cutover verify at \`${headSha.slice(0, 12)}\``, '', reason, ''];
    for (const rule of _verification_js__WEBPACK_IMPORTED_MODULE_4__/* .VERIFICATION_RULE_IDS */ .i) {
        const name = (0,_render_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .checkName */ .I3)(rule);
        await ctx.github.createCheckRun(ctx.bundlesRepo, {
            name,
            headSha,
            conclusion: 'failure',
            title: 'Cannot be verified',
            summary: `## ${name}\n\n${reason}`,
            annotations: [],
        });
        lines.push(`- \`${name}\`: failure`);
    }
    ctx.log(`refused to verify ${headSha}: ${reason}`);
    return { outputs: { 'failed-checks': String(_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .VERIFICATION_RULE_IDS */ .i.length) }, summary: lines.join('\n') };
}



/***/ })

};
