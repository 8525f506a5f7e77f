export const id = 119;
export const ids = [119];
export const modules = {

/***/ 5686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YY: () => (/* binding */ VERIFICATION_RULES),
  i: () => (/* binding */ VERIFICATION_RULE_IDS),
  Lv: () => (/* binding */ lineageVouchedFor)
});

// UNUSED EXPORTS: bindingRule, environmentRule, holdsRule, lineageFindings, lineageRule, rollbackRule

// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
;// CONCATENATED MODULE: ./src/domain/chain.ts
const ref = (r) => `revision ${r.revision} (${r.bundleDigest})`;
/** The problems of a manifest's place in its release's chain; empty when it is exactly the next link. */
function revisionChainProblems(manifest, history) {
    const { anchor, earlier } = history;
    const { revision, supersedes } = manifest;
    const name = `${manifest.product} ${manifest.release}`;
    const fromAnchor = anchor
        ? `expected revision ${anchor.revision + 1} superseding ${ref(anchor)} (${anchor.source})`
        : 'expected revision 1 superseding nothing (the release has no approved revision)';
    if (supersedes === null) {
        if (anchor === null && revision === 1)
            return [];
        return [
            {
                path: anchor ? '/supersedes' : '/revision',
                message: `revision ${revision} of ${name} supersedes nothing: ${fromAnchor}`,
            },
        ];
    }
    if (anchor && supersedes.revision === anchor.revision) {
        const problems = [];
        if (supersedes.bundleDigest !== anchor.bundleDigest)
            problems.push({
                path: '/supersedes/bundleDigest',
                message: `revision ${revision} of ${name} supersedes revision ${supersedes.revision} as ${supersedes.bundleDigest}, but ${anchor.source} holds ${ref(anchor)}`,
            });
        if (revision !== anchor.revision + 1)
            problems.push({ path: '/revision', message: `revision ${revision} of ${name} skips or reuses: ${fromAnchor}` });
        return problems;
    }
    const link = earlier.find((e) => e.revision === supersedes.revision && e.bundleDigest === supersedes.bundleDigest);
    if (link && (anchor === null || link.revision > anchor.revision)) {
        if (revision === link.revision + 1) {
            // The link itself must be the next link of the chain, down to the anchor.
            const rest = earlier.filter((e) => e !== link);
            const below = revisionChainProblems({ ...manifest, revision: link.revision, supersedes: link.supersedes }, {
                anchor,
                earlier: rest,
            });
            return below.map((p) => ({
                path: '/supersedes',
                message: `revision ${revision} of ${name} supersedes revision ${link.revision}, written earlier on this pull request, which is no valid link: ${p.message}`,
            }));
        }
        return [
            {
                path: '/revision',
                message: `revision ${revision} of ${name} skips or reuses: expected revision ${link.revision + 1} superseding ${ref(link)} (written earlier on this pull request)`,
            },
        ];
    }
    return [
        {
            path: '/supersedes',
            message: `revision ${revision} of ${name} supersedes ${ref(supersedes)}, which is neither the last approved revision nor one written earlier on this pull request: ${fromAnchor}`,
        },
    ];
}

// EXTERNAL MODULE: ./src/domain/environment.ts
var environment = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/domain/holds.ts + 2 modules
var domain_holds = __webpack_require__(1937);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/domain/manifest.ts
var domain_manifest = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/domain/verify.ts
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
/**
 * Lineage documents found by lineageVouchedFor to vouch for exactly the consequential fields of a bundle, each
 * with the bundle: lineageRule takes the answer (once) instead of the same pass again. Both are parsed release
 * files, which nothing changes after parsing (as canonical.ts's marks already require).
 */
const VOUCHED = new WeakMap();
/**
 * Whether the lineage vouches for every consequential field of the bundle and for nothing else, each value
 * the one it vouched for (cutover/lineage finds nothing): the common case, told in one pass over lineage.fields
 * that builds no pointer. For a lineage document read but not yet checked against its schema's part about
 * `fields` (release.ts), `entry` is asked first of each entry; the pass then also shows what that part asks
 * beyond it: every key is a consequential field's pointer, and every valueDigest a digest computed here
 * (`sha256:` and 64 lowercase hex digits).
 */
function lineageVouchedFor(bundle, lineage, entry) {
    if (!vouchedFor(bundle, lineage, entry))
        return false;
    VOUCHED.set(lineage, bundle);
    return true;
}
function vouchedFor(bundle, lineage, entry) {
    // Every value checked lies inside the bundle: in canonical order as parsed, it is digested without a walk of
    // its own (and the binding rule's bundle digest then does not walk the bundle again either).
    const digest = (0,canonical/* digestWithin */.yD)(bundle);
    const vouches = (value, field) => digest(value) === field.valueDigest;
    return (0,domain_holds/* lineageVouchesForAll */.xS)(bundle, lineage, { exclusive: true, vouches, ...(entry ? { entry } : {}) });
}
/** Every consequential field has complete lineage, and its value is the one the lineage vouched for. */
const lineageRule = ({ bundle, lineage }) => {
    // Told already while the files were parsed (release.ts), or told now; only a release with findings takes
    // the field-by-field walk, which reports them in the bundle's order.
    const told = VOUCHED.get(lineage) === bundle;
    VOUCHED.delete(lineage);
    if (told || vouchedFor(bundle, lineage))
        return [];
    return lineageFindings(bundle, lineage, (0,canonical/* digestWithin */.yD)(bundle));
};
/**
 * cutover/lineage field by field: for each consequential field in the bundle's order, a missing entry, an
 * unknown or incomplete source, a value that is not the one vouched for; then each entry that names no
 * consequential field, in lineage.json's order. `digest` is digestOf, or digestWithin(bundle).
 */
function lineageFindings(bundle, lineage, digest = canonical/* digestOf */.ol) {
    const findings = [];
    const values = (0,domain_holds/* consequentialValues */["in"])(bundle);
    const incomplete = (0,domain_holds/* incompleteLineageBySource */.w)();
    let found = 0;
    for (const [path, value] of values) {
        // Paths start with '/', so no inherited property can answer for a missing entry.
        const field = lineage.fields[path];
        if (!field) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.bundle, path, `no lineage for consequential field ${path}`));
            continue;
        }
        found++;
        const source = lineage.sources[field.source];
        if (!source) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['fields', path, 'source']), `lineage of ${path} names source ${field.source}, which is not in sources`));
            continue;
        }
        const missing = incomplete(field.source, source);
        if (missing.length > 0)
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['sources', field.source]), `source ${field.source} (lineage of ${path}) has no ${missing.join(', ')}`));
        if (digest(value) !== field.valueDigest) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.bundle, path, `${path} differs from the value its source vouched for (${field.source}): edited after assembly?`));
        }
    }
    const named = Object.keys(lineage.fields);
    // Every consequential path has an entry: extra entries exist exactly when there are more entries than that.
    if (named.length === found)
        return findings;
    const required = new Set(values.map(([path]) => path));
    for (const path of named) {
        if (!required.has(path))
            findings.push(warning('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['fields', path]), `lineage names ${path}, which is not a consequential field of bundle.json`));
    }
    return findings;
}
/** Every component has a rollback record whose pointer names a different, earlier artifact. */
const rollbackRule = ({ bundle }) => {
    const findings = [];
    const components = new Map(bundle.components.map((c, i) => [c.name, { component: c, index: i }]));
    const covered = new Set();
    bundle.rollback.forEach((rollback, i) => {
        const target = components.get(rollback.component);
        if (!target) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'component']), `rollback record for ${rollback.component}, which is not a component of this bundle`));
            return;
        }
        covered.add(rollback.component);
        if (!rollback.pointer) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i]), `component ${rollback.component} has no rollback pointer`));
        }
        else if (target.component.artifacts.some((a) => a.digest === rollback.pointer?.digest)) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'pointer', 'digest']), `rollback pointer of ${rollback.component} is the artifact being deployed (${rollback.pointer.digest}): it must name the previously approved artifact`));
        }
        if (rollback.evidence.length === 0)
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'evidence']), `component ${rollback.component} has no rollback evidence`));
    });
    for (const [name, { index }] of components) {
        if (!covered.has(name))
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['components', index]), `component ${name} has no rollback record`));
    }
    return findings;
};
/**
 * Cohorts and the window only target declared environments, within each environment's constraints; cohort
 * shares add up per flag and segment (src/domain/environment.ts, which assemble runs too).
 */
const environmentRule = ({ bundle, manifest }) => (0,environment/* environmentFindings */.c)(bundle, manifest.queue);
/**
 * Every open hold is a finding: the holds check fails while any hold is open. And every hold that bundle.json,
 * lineage.json and this policy (the default branch's) alone call for is re-derived with assemble's own rules
 * (evaluateHolds, without the sources' conflicts and suspicions or the previous revision, which only assemble
 * sees; and without missing-lineage, on which the lineage check fails by itself): one holds.json lacks (no hold of
 * that rule at that path) is a finding at that path of bundle.json. The service repository chooses the Cutover
 * version its assemble runs, so a writer older than a rule, or unaware of the policy's pins, leaves it out.
 */
const holdsRule = ({ bundle, holds, lineage }, policy) => {
    const findings = holds.holds.map((hold, i) => error('holds', names/* BUNDLE_FILES */.HJ.holds, (0,json_pointer/* pointerOf */.rq)(['holds', i]), `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}; ${(0,domain_holds/* evidenceText */.rS)(hold)}`));
    const open = new Set(holds.holds.map((hold) => `${hold.rule}\u0000${hold.path}`));
    for (const { rule, path, reason } of (0,domain_holds/* evaluateHolds */.Y9)({ bundle, lineage, policy }, DERIVED_ELSEWHERE).holds) {
        if (open.has(`${rule}\u0000${path}`))
            continue;
        findings.push(error('holds', names/* BUNDLE_FILES */.HJ.bundle, path, `holds.json has no ${rule} hold at ${path || '/'}, which bundle.json calls for under this policy: ${reason}`));
    }
    return findings;
};
/** Hold rules verify does not re-derive: missing-lineage is the lineage check's own finding. */
const DERIVED_ELSEWHERE = new Set(['missing-lineage']);
/** The manifest binds exactly these files: digest recomputed from them, same release, valid window and approvers. */
const bindingRule = (release, policy, context) => {
    const { bundle, manifest } = release;
    const findings = [];
    const file = names/* BUNDLE_FILES */.HJ.manifest;
    const actual = (0,canonical/* bundleDigest */.bH)(release);
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
    // The statement is what approving means, sealed into the approval record as approved: the writer (whose
    // Cutover version the service repository picks) may not say something else there.
    if (manifest.handoff !== domain_manifest/* HANDOFF_STATEMENT */.h9)
        findings.push(error('binding', file, '/handoff', `manifest's hand-off statement is not Cutover's; it must read exactly: ${domain_manifest/* HANDOFF_STATEMENT */.h9}`));
    if (manifest.supersedes && manifest.supersedes.revision >= manifest.revision)
        findings.push(error('binding', file, '/supersedes/revision', `revision ${manifest.revision} cannot supersede revision ${manifest.supersedes.revision}`));
    const directory = context.directory;
    if (directory && (manifest.product !== directory.product || manifest.release !== directory.release))
        findings.push(error('binding', file, '/release', `the directory ${names/* BUNDLES_ROOT */.N3}/${directory.product}/${directory.release} holds a manifest of ${manifest.product} ${manifest.release}: a release lives only in its own directory`));
    if (context.history)
        for (const problem of revisionChainProblems(manifest, context.history))
            findings.push(error('binding', file, problem.path, problem.message));
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

/***/ 9789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verifyRelease),
/* harmony export */   i: () => (/* reexport safe */ _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__.i)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);
/* harmony import */ var _schema_locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2177);
/* harmony import */ var _schema_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1254);




/**
 * Verifies one release directory's texts against the policy; with a context (in the bundles repository), also
 * the directory's name and the release's revision chain.
 */
function verifyRelease(texts, policy, context = {}) {
    const { documents, findings: schemaFindings } = (0,_schema_release_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .B)(texts, { vouchLineage: _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .lineageVouchedFor */ .Lv });
    const outcomes = [
        { rule: 'schema', status: schemaFindings.length ? 'failed' : 'passed', findings: schemaFindings },
    ];
    const { bundle, lineage, holds, manifest } = documents;
    const complete = bundle && lineage && holds && manifest ? { bundle, lineage, holds, manifest } : undefined;
    for (const [rule, check] of _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .VERIFICATION_RULES */ .YY) {
        if (!complete) {
            outcomes.push({ rule, status: 'skipped', findings: [] });
            continue;
        }
        const findings = check(complete, policy, context);
        outcomes.push({ rule, status: findings.some((f) => f.severity === 'error') ? 'failed' : 'passed', findings });
    }
    return attachLines(outcomes, texts);
}
function attachLines(outcomes, texts) {
    const fileKeys = new Map(Object.entries(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ).map(([key, file]) => [file, key]));
    const locators = new Map();
    const locate = (file, pointer) => {
        let locator = locators.get(file);
        if (!locator) {
            const key = fileKeys.get(file);
            const text = key ? texts[key] : undefined;
            locator = text === undefined ? () => undefined : (0,_schema_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonLineLocator */ .nD)(text);
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
    // A merge group's comparison lists at most 300 files: past that, its files are those that differ between the
    // head's tree and the merge base's (trust.ts changedFilesBetween), so no release directory goes unjudged.
    const changedRead = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .early */ .Q)(pull
        ? github.listPullRequestFiles(bundlesRepo, pull.number)
        : github
            .compare(bundlesRepo, input.baseSha, input.headSha)
            .then((c) => (c.filesCut ? (0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .changedFilesBetween */ .aL)(github, bundlesRepo, c.mergeBase, input.headSha) : c.files)));
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
