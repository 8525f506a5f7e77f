export const id = 475;
export const ids = [475];
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

/***/ 475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ sealPullRequest),
/* harmony export */   VW: () => (/* binding */ handOff),
/* harmony export */   ej: () => (/* binding */ HANDOFF_CHECK),
/* harmony export */   pS: () => (/* binding */ isHandOffRecordOf),
/* harmony export */   runSeal: () => (/* binding */ runSeal)
/* harmony export */ });
/* unused harmony export handOffRecordId */
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
        gate: (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .early */ .Q)((0,_gate_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluateApprovalGate */ .Kr)(ctx, pull.number, { atHead: pull.headSha, pull, branch, policy, commits, files })),
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
    const required = [..._domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .VERIFICATION_RULE_IDS */ .i.map(_render_checks_js__WEBPACK_IMPORTED_MODULE_3__/* .checkName */ .I3), _gate_js__WEBPACK_IMPORTED_MODULE_6__/* .APPROVAL_CHECK */ .FS];
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
 * Whether `externalId` is the record of handing `tag` to `queue`: the tag as written (seal tags that differ only in
 * case name different releases), the queue's `<owner>/<repo>` in any case, as GitHub matches repository names.
 */
function isHandOffRecordOf(externalId, tag, queue) {
    const prefix = `${tag} `;
    return (externalId?.startsWith(prefix) === true &&
        externalId.slice(prefix.length).toLowerCase() === (0,_github_port_js__WEBPACK_IMPORTED_MODULE_10__/* .slug */ .y)(queue).toLowerCase());
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



/***/ })

};
