"use strict";
exports.id = 789;
exports.ids = [789];
exports.modules = {

/***/ 5686:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 1254:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2666);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);





/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts, options = {}) {
    const findings = [];
    const documents = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ)) {
        const file = _domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ[key];
        const text = texts[key];
        if (text === undefined) {
            findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
            continue;
        }
        let value;
        try {
            // Marked in canonical order when it is (Cutover writes it so): verify's digests then walk it no more.
            value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCanonicalJson */ .UB)(text, file);
        }
        catch (e) {
            const line = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? e.line : undefined;
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
        // bundle.json comes first (BUNDLE_FILES' order), so its document is known here when it is valid.
        if (key === 'lineage' &&
            options.vouchLineage &&
            documents.bundle &&
            (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .lineageAcceptedButFields */ .r8)(value) &&
            vouches(options.vouchLineage, documents.bundle, value)) {
            documents.lineage = value;
            continue;
        }
        const violations = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaViolations */ .K3)(key, value, text, file);
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
/**
 * The answer of `vouchLineage`, false when it throws: a digest of a value RFC 8785 refuses (a lone surrogate)
 * throws, and it throws again where it always did, in cutover/lineage, after the schema findings are made as
 * without the option.
 */
function vouches(vouchLineage, bundle, lineage) {
    try {
        return vouchLineage(bundle, lineage, (0,_lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .lineageEntryCheck */ .Qe)());
    }
    catch {
        return false;
    }
}


/***/ })

};
;