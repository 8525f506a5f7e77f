export const id = 761;
export const ids = [761];
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

/***/ 8119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runVerify: () => (/* binding */ runVerify)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _render_checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(515);
/* harmony import */ var _bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9766);
/* harmony import */ var _verification_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9652);




/** Runs verify; every rule's check run is posted even when no release directory changed. */
async function runVerify(ctx, input) {
    const { github, bundlesRepo } = ctx;
    const policy = await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readPolicyAt */ .II)(github, bundlesRepo, input.baseSha, ctx.policyPath);
    const changed = input.pullRequest !== undefined
        ? await github.listPullRequestFiles(bundlesRepo, input.pullRequest)
        : (await github.compare(bundlesRepo, input.baseSha, input.headSha)).files;
    const releases = (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseDirsOf */ .P4)(changed);
    const reports = new Map(_verification_js__WEBPACK_IMPORTED_MODULE_3__/* .VERIFICATION_RULE_IDS */ .i.map((rule) => [rule, { rule, releases: [], extra: [] }]));
    for (const release of releases) {
        const outcomes = (0,_verification_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyRelease */ .V)(await (0,_bundles_repo_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseAt */ .Jv)(github, bundlesRepo, input.headSha, release.path), policy);
        for (const outcome of outcomes)
            reports
                .get(outcome.rule)
                ?.releases.push({ directory: release.path, status: outcome.status, findings: outcome.findings });
    }
    if (input.pullRequest !== undefined && releases.length > 0) {
        reports.get('lineage')?.extra?.push(...(await handEdits(ctx, input, policy, releases.map((r) => r.path))));
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
/**
 * Commits in the pull request that the bundle writer did not make: hand edits. With `bundleWriter` in the
 * policy, the author must be that bot; without it, the commit must carry the action's trailers.
 */
async function handEdits(ctx, input, policy, directories) {
    const { commits } = await ctx.github.compare(ctx.bundlesRepo, input.baseSha, input.headSha);
    const file = `${directories[0]}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.bundle}`;
    return commits.flatMap((commit) => {
        const byWriter = policy.bundleWriter
            ? commit.authorLogin === policy.bundleWriter
            : /^Cutover-Bundle-Digest: sha256:[0-9a-f]{64}$/m.test(commit.message);
        if (byWriter)
            return [];
        const who = commit.authorLogin ?? 'an unknown author';
        return [
            {
                rule: 'lineage',
                severity: 'error',
                file,
                path: '',
                message: `commit ${commit.sha.slice(0, 12)} by ${who} was not written by Cutover${policy.bundleWriter ? ` (${policy.bundleWriter})` : ''}: bundle content must come from its sources, not hand edits`,
            },
        ];
    });
}



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
