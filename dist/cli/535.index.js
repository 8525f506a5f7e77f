"use strict";
exports.id = 535;
exports.ids = [535];
exports.modules = {

/***/ 2309:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ environmentFindings)
/* harmony export */ });
/* unused harmony export shareGroupOf */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2812);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/**
 * The environment rule's judgement, shared by verify (`cutover/environment`) and assemble (which reports the
 * same findings as `scope-drift` holds, so an assembly without holds never fails this check).
 *
 * Cohort shares are fractions of one rollout: the cohorts that split one population by the same flags. So
 * shares add up per environment, per set of flag keys and per segment: the fractional buckets of one flag
 * inside one condition add up to (at most) 100; different flags are independent rollouts, and different
 * segments are different populations. Cohorts without flags and without a segment form one rollout per
 * environment.
 */


const finding = (path, message) => ({
    rule: 'environment',
    severity: 'error',
    file: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.bundle,
    path,
    message,
});
/** The rollout a cohort's share belongs to in one environment: its flag keys and its segment. */
function shareGroupOf(cohort) {
    return { flags: [...new Set(cohort.flags.map((f) => f.key))].sort(), segment: cohort.segment };
}
function groupLabel(environment, group) {
    const flags = group.flags.length === 0 ? 'cohorts without flags' : `flag ${group.flags.join(' + ')}`;
    return `${flags} in ${environment}${group.segment === undefined ? '' : ` (segment ${group.segment})`}`;
}
/**
 * Cohorts and the window target only declared environments, within each environment's constraints, for a
 * deployment by `queue`.
 */
function environmentFindings(bundle, queue) {
    const findings = [];
    const environments = new Map(bundle.environments.map((e, i) => [e.name, { env: e, index: i }]));
    const totals = new Map();
    bundle.cohorts.forEach((cohort, i) => {
        cohort.environments.forEach((name, k) => {
            const declared = environments.get(name);
            if (!declared) {
                findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['cohorts', i, 'environments', k]), `cohort ${cohort.id} targets environment ${name}, which the bundle does not declare`));
                return;
            }
            if (cohort.share === undefined)
                return;
            const max = declared.env.constraints.maxCohortShare;
            if (max !== undefined && cohort.share > max)
                findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['cohorts', i, 'share']), `cohort ${cohort.id} takes ${cohort.share}% of ${name}, over its limit of ${max}%`));
            const group = shareGroupOf(cohort);
            const key = JSON.stringify([name, group.flags, group.segment ?? null]);
            const entry = totals.get(key) ?? { environment: name, group, total: 0, cohorts: [], at: declared.index };
            entry.total += cohort.share;
            entry.cohorts.push(`${cohort.id} ${cohort.share}%`);
            totals.set(key, entry);
        });
    });
    for (const { environment, group, total, cohorts, at } of totals.values()) {
        if (total > 100 + 1e-9)
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['environments', at]), `cohort shares of ${groupLabel(environment, group)} add up to ${Math.round(total * 10_000) / 10_000}%, over 100% (${cohorts.join(', ')})`));
    }
    bundle.window.environments.forEach((name, k) => {
        if (!environments.has(name))
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['window', 'environments', k]), `change window covers environment ${name}, which the bundle does not declare`));
    });
    for (const [name, { env, index }] of environments) {
        const allowed = env.constraints.allowedQueues;
        if (allowed && !allowed.includes(queue))
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['environments', index, 'constraints', 'allowedQueues']), `deployment queue ${queue} may not deploy to ${name} (allowed: ${allowed.join(', ')})`));
        if (env.constraints.requireRollbackHook) {
            bundle.rollback.forEach((r, i) => {
                if (r.hook === undefined)
                    findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['rollback', i]), `environment ${name} requires a rollback hook, and ${r.component} names none`));
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 1937:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "in": () => (/* binding */ consequentialValues),
  Y9: () => (/* binding */ evaluateHolds),
  rS: () => (/* binding */ evidenceText),
  Ky: () => (/* binding */ fieldLineage),
  w: () => (/* binding */ incompleteLineageBySource),
  xS: () => (/* binding */ lineageVouchesForAll)
});

// UNUSED EXPORTS: HOLD_RULES, NOT_CONSEQUENTIAL, consequentialCount, consequentialFields, consequentialValueAt, holdId, incompleteLineage, otherCommitProvenance

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/domain/repository.ts
var domain_repository = __webpack_require__(7110);
;// CONCATENATED MODULE: ./src/domain/policy.ts

/**
 * The pins that apply to a product: its own entry, else the top-level ones; undefined when nothing is pinned.
 * The product's name comes from the service repository's sources file, where anyone who can push may edit it,
 * so an entry also applies to a name that differs from it only in case (`Payments` does not step around the pins
 * of `payments`). When several entries differ from the name only in case and none is exactly it, provenance
 * counts only if every one of them accepts it: their anchors and signers in common (none in common: nothing is
 * accepted).
 */
function provenancePins(policy, product) {
    const pins = policy.provenance;
    if (!pins)
        return undefined;
    const products = pins.products ?? {};
    if (Object.hasOwn(products, product))
        return withAnchors(products[product]);
    const folded = product.toLowerCase();
    const alike = Object.keys(products)
        .filter((name) => name.toLowerCase() === folded)
        .map((name) => products[name]);
    const [first, ...more] = alike;
    if (!first)
        return withAnchors(pins);
    if (more.length === 0)
        return withAnchors(first);
    const signerKey = (s) => `${s.issuer}\n${(0,domain_repository/* repositoryKey */.K)(s.repository)}`;
    return {
        anchors: (first.anchors ?? []).filter((a) => more.every((p) => (p.anchors ?? []).includes(a))),
        signers: (first.signers ?? []).filter((s) => more.every((p) => (p.signers ?? []).some((t) => signerKey(t) === signerKey(s)))),
    };
}
const withAnchors = (pins) => pins?.anchors && pins.anchors.length > 0 ? pins : undefined;
/** Whether a hold rule is on (every rule is on unless the policy turns it off, with a justification). */
function holdRuleEnabled(policy, rule) {
    return policy.holds?.[rule]?.enabled !== false;
}

;// CONCATENATED MODULE: ./src/domain/anchors.ts
/**
 * Pinned trust anchors for provenance. The service repository's sources file names the keys (`trustedKeys`) and
 * the Sigstore root (`trustedRoot`, with its `identity`) provenance is verified with, so whoever can push there
 * can name a key of their own and sign what they like. The bundles repository's policy may pin which anchors,
 * and which keyless signers, count (`provenance` in the policy); bundle.json records the anchor that verified
 * each provenance entry (`anchor`). Under pins, a provenance entry that no pinned anchor verified, or that a
 * pinned root verified for a signer the policy does not pin, is a `suspicious-source` hold. Pure: assemble raises
 * these holds, and verify re-derives them from bundle.json, so a bundle that leaves one out fails cutover/holds.
 */



/**
 * Every provenance entry of the bundle that the policy's pins for its product do not accept, and every component
 * shipping artifacts with no provenance entry at all (none of either without pins).
 */
function unpinnedProvenance(bundle, policy) {
    const pins = provenancePins(policy, bundle.product);
    if (!pins)
        return [];
    const out = [];
    bundle.components.forEach((component, i) => {
        // Pins vouch for builds: a component shipping artifacts with no provenance at all would step around them.
        if (component.artifacts.length > 0 && !component.provenance?.length)
            out.push({
                path: (0,json_pointer/* pointerOf */.rq)(['components', i]),
                reason: `component ${component.name} ships ${component.artifacts.length === 1 ? 'an artifact' : `${component.artifacts.length} artifacts`} with no provenance, but ${pinnedText(bundle.product, pins)}`,
            });
        component.provenance?.forEach((provenance, k) => {
            const why = whyNotPinned(provenance, pins);
            if (why)
                out.push({
                    path: (0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', k]),
                    reason: `provenance of ${component.name} ${why}, but ${pinnedText(bundle.product, pins)}`,
                });
        });
    });
    return out;
}
/** What the pins say, for a hold's reason. */
function pinnedText(product, pins) {
    const anchors = pins.anchors ?? [];
    return anchors.length > 0
        ? `the policy pins the trust anchors of ${product}'s provenance (${anchors.join(', ')})`
        : `the policy's entries for ${product} under other case pin no trust anchor in common, so none is accepted`;
}
function whyNotPinned(provenance, pins) {
    if (!provenance.signatureVerified)
        return 'has no verified signature';
    const anchor = provenance.anchor;
    if (!anchor)
        return 'records no trust anchor that verified it';
    if (!(pins.anchors ?? []).includes(anchor.digest))
        return `was verified by ${anchor.kind} ${anchor.digest}, which is not pinned`;
    if (anchor.kind === 'key')
        return undefined;
    // A trusted root vouches for any workflow anywhere: only a pinned signer makes it this product's build.
    const signer = provenance.signer;
    const signers = pins.signers ?? [];
    if (!signer)
        return `was verified keyless by trusted-root ${anchor.digest} but records no signer`;
    const pinned = signers.some((s) => s.issuer === signer.issuer &&
        signer.sourceRepository !== undefined &&
        (0,domain_repository/* sameRepository */.R)(s.repository, signer.sourceRepository));
    if (pinned)
        return undefined;
    const who = `issuer ${signer.issuer}, repository ${signer.sourceRepository ?? 'none'}`;
    return signers.length === 0
        ? `was signed keyless (${who}) and the policy pins no keyless signer`
        : `was signed keyless by ${who}, not a pinned signer (${signers.map((s) => `${s.issuer} ${s.repository}`).join('; ')})`;
}

// EXTERNAL MODULE: ./src/domain/environment.ts
var environment = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/domain/listed.ts
var listed = __webpack_require__(395);
// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/domain/holds.ts
/**
 * Hold rules: everything unresolved about a candidate goes into the hold register, never silently dropped.
 * Each rule is a pure function of the assembled bundle, its lineage, the policy and the previous approved
 * revision; the policy may turn a rule off only with a written justification. What a verification rule
 * (cutover/rollback, cutover/environment) fails on is a hold too, and stays one when the policy turns its hold
 * rule off: no switch makes verify pass, so assemble's "no holds" means verify's "every rule passed".
 */








/** The consequential fields of a bundle: each must have lineage. */
function consequentialFields(bundle) {
    return consequentialValues(bundle).map(([pointer]) => pointer);
}
/**
 * Each consequential field with its value, in one pass (no pointer resolution needed). consequentialValueAt and
 * consequentialCount tell the same fields without listing them: a change here is a change there
 * (test/domain/consequential.test.ts compares them).
 */
function consequentialValues(bundle) {
    const out = [
        ['/candidate/tag', bundle.candidate.tag],
        ['/candidate/commit', bundle.candidate.commit],
        ['/candidate/signature', bundle.candidate.signature],
    ];
    bundle.components.forEach((c, i) => {
        c.artifacts.forEach((a, j) => {
            const at = `/components/${i}/artifacts/${j}`;
            out.push([`${at}/version`, a.version], [`${at}/digest`, a.digest], [`${at}/locator`, a.locator]);
        });
        c.provenance?.forEach((p, k) => out.push([`/components/${i}/provenance/${k}`, p]));
    });
    bundle.dependencies.forEach((d, i) => out.push([`/dependencies/${i}`, d]));
    bundle.cohorts.forEach((c, i) => out.push([`/cohorts/${i}`, c]));
    bundle.rollback.forEach((r, i) => {
        if (r.pointer)
            out.push([`/rollback/${i}/pointer`, r.pointer]);
        if (r.hook !== undefined)
            out.push([`/rollback/${i}/hook`, r.hook]);
        if (r.evidence.length > 0)
            out.push([`/rollback/${i}/evidence`, r.evidence]);
    });
    bundle.environments.forEach((e, i) => out.push([`/environments/${i}`, e]));
    bundle.waivers.forEach((w, i) => out.push([`/waivers/${i}`, w]));
    out.push(['/window', bundle.window]);
    return out;
}
/** What consequentialValueAt returns for a pointer that names no consequential field of the bundle. */
const NOT_CONSEQUENTIAL = Symbol('not a consequential field');
/**
 * The value of the consequential field a pointer names, or NOT_CONSEQUENTIAL when it names none: exactly the
 * pointers consequentialValues lists (array indices in canonical form, within bounds; a rollback's pointer, hook
 * and evidence only where consequentialValues lists them). Read from the pointer without building anything, so
 * lineage.json's hundreds of thousands of entries can be checked against the bundle in their own order.
 * test/domain/consequential.test.ts checks it against consequentialValues for every node of several bundles.
 *
 * Dispatched on the pointer's first letter to one small function per part of the bundle. lineage.json lists
 * its entries sorted, so a pass meets the parts one after another (components, then dependencies, then
 * rollback...): V8 optimizes this function while it has seen only the first parts, and throws that code away on
 * reaching a part it had not seen. As one function for every part, it was thrown away and recompiled whole in
 * verify too (28-99 ms of background compiling per compile in traces on this machine's Node 20); split, the
 * code thrown away is the dispatch's (recompiled in about 13 ms in the same traces), and each part's function
 * is optimized on its own feedback. Measured in fresh processes at 1,000 components (assemble then verify,
 * Node 20, 11 alternated runs, medians): verify's lineage pass 89 -> 80 ms of main-thread CPU, verify 248 ->
 * 235 ms main-thread CPU; on Node 24 the pass is unchanged (48 -> 50 ms, 7 runs).
 */
function consequentialValueAt(bundle, pointer) {
    switch (pointer.charCodeAt(1)) {
        case 99: // c: /candidate/..., /cohorts/<i>, /components/<i>/...
            return pointer.startsWith('/components/') ? componentValueAt(bundle, pointer) : cValueAt(bundle, pointer);
        case 100: // d
            return pointer.startsWith('/dependencies/')
                ? itemAt(bundle.dependencies, pointer, 14, pointer.length)
                : NOT_CONSEQUENTIAL;
        case 114: // r
            return pointer.startsWith('/rollback/') ? rollbackValueAt(bundle, pointer) : NOT_CONSEQUENTIAL;
        default: // /environments/<i>, /waivers/<i>, /window, and every pointer that names nothing
            return otherValueAt(bundle, pointer);
    }
}
/** consequentialValueAt of a pointer starting with `/components/`. */
function componentValueAt(bundle, pointer) {
    const slash = pointer.indexOf('/', 12);
    const component = itemAt(bundle.components, pointer, 12, slash);
    if (component === NOT_CONSEQUENTIAL)
        return NOT_CONSEQUENTIAL;
    if (pointer.startsWith('/artifacts/', slash)) {
        const next = pointer.indexOf('/', slash + 11);
        const artifact = itemAt(component.artifacts, pointer, slash + 11, next);
        if (artifact === NOT_CONSEQUENTIAL)
            return NOT_CONSEQUENTIAL;
        const rest = pointer.length - next - 1;
        if (rest === 7 && pointer.startsWith('version', next + 1))
            return artifact.version;
        if (rest === 6 && pointer.startsWith('digest', next + 1))
            return artifact.digest;
        if (rest === 7 && pointer.startsWith('locator', next + 1))
            return artifact.locator;
        return NOT_CONSEQUENTIAL;
    }
    if (pointer.startsWith('/provenance/', slash) && component.provenance)
        return itemAt(component.provenance, pointer, slash + 12, pointer.length);
    return NOT_CONSEQUENTIAL;
}
/** consequentialValueAt of a pointer starting with `/rollback/`. */
function rollbackValueAt(bundle, pointer) {
    const slash = pointer.indexOf('/', 10);
    const rollback = itemAt(bundle.rollback, pointer, 10, slash);
    if (rollback === NOT_CONSEQUENTIAL)
        return NOT_CONSEQUENTIAL;
    const rest = pointer.length - slash - 1;
    if (rest === 7 && pointer.startsWith('pointer', slash + 1) && rollback.pointer)
        return rollback.pointer;
    if (rest === 4 && pointer.startsWith('hook', slash + 1) && rollback.hook !== undefined)
        return rollback.hook;
    if (rest === 8 && pointer.startsWith('evidence', slash + 1) && rollback.evidence.length > 0)
        return rollback.evidence;
    return NOT_CONSEQUENTIAL;
}
/** consequentialValueAt of any other pointer whose first letter is `c`: the candidate's fields and the cohorts. */
function cValueAt(bundle, pointer) {
    if (pointer.startsWith('/cohorts/'))
        return itemAt(bundle.cohorts, pointer, 9, pointer.length);
    switch (pointer) {
        case '/candidate/tag':
            return bundle.candidate.tag;
        case '/candidate/commit':
            return bundle.candidate.commit;
        case '/candidate/signature':
            return bundle.candidate.signature;
        default:
            return NOT_CONSEQUENTIAL;
    }
}
/** consequentialValueAt of a pointer whose first letter is not `c`, `d` or `r`. */
function otherValueAt(bundle, pointer) {
    if (pointer.startsWith('/environments/'))
        return itemAt(bundle.environments, pointer, 14, pointer.length);
    if (pointer.startsWith('/waivers/'))
        return itemAt(bundle.waivers, pointer, 9, pointer.length);
    return pointer === '/window' ? bundle.window : NOT_CONSEQUENTIAL;
}
/**
 * The item of `items` whose index is written in `pointer` from `start` to `end` (exclusive; `end` -1 when no
 * '/' follows), or NOT_CONSEQUENTIAL when that is not the index of an item, in canonical form (digits, no
 * leading zero). A bundle's arrays have no holes (it is parsed from JSON or built by push and map), so an index
 * below the length names an item, as forEach in consequentialValues visits it.
 */
function itemAt(items, pointer, start, end) {
    const length = end - start;
    if (length <= 0 || length > 10 || (length > 1 && pointer.charCodeAt(start) === 48))
        return NOT_CONSEQUENTIAL;
    let index = 0;
    for (let i = start; i < end; i++) {
        const digit = pointer.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NOT_CONSEQUENTIAL;
        index = index * 10 + digit;
    }
    return index < items.length ? items[index] : NOT_CONSEQUENTIAL;
}
/** How many consequential fields a bundle has (the length of consequentialValues, counted). */
function consequentialCount(bundle) {
    let count = 4; // the candidate's tag, commit and signature, and the window
    for (const c of bundle.components)
        count += 3 * c.artifacts.length + (c.provenance?.length ?? 0);
    for (const r of bundle.rollback)
        count += (r.pointer ? 1 : 0) + (r.hook !== undefined ? 1 : 0) + (r.evidence.length > 0 ? 1 : 0);
    return (count + bundle.dependencies.length + bundle.cohorts.length + bundle.environments.length + bundle.waivers.length);
}
/**
 * Whether the lineage vouches for every consequential field of the bundle: each has an entry in `fields` whose
 * source is in `sources` and complete (incompleteLineage), and for which `vouches(value, field)` holds (when
 * given); with `exclusive`, also no entry names anything else. One pass over `fields` in its own order, each
 * entry read from its pointer (consequentialValueAt) and stopping at the first that fails: the quick answer
 * for the common case, which builds no pointer. A caller that gets false works out its findings field by field.
 * Entries name distinct pointers and each pointer at most one field, so counting the entries that vouch for a
 * consequential field and comparing with consequentialCount tells whether they cover every one of them.
 */
function lineageVouchesForAll(bundle, lineage, options) {
    const { exclusive, vouches, entry } = options;
    const fields = lineage.fields;
    // Assembly's lineage is frozen with its keys and values listed (listed.ts): read from the lists, it is not
    // listed again here nor each entry looked up in it.
    const listing = (0,listed/* listingOf */.K7)(fields);
    const keys = listing?.keys ?? Object.keys(fields);
    const values = listing?.values;
    const needed = consequentialCount(bundle);
    if (keys.length < needed || (exclusive && keys.length !== needed))
        return false;
    // Each source's completeness is checked once: thousands of fields share one source document, and neighbouring
    // entries mostly name the source of the entry before them.
    const complete = new Set();
    let previous;
    let vouched = 0;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = consequentialValueAt(bundle, key);
        if (value === NOT_CONSEQUENTIAL) {
            if (exclusive)
                return false;
            continue;
        }
        const field = values ? values[i] : fields[key];
        if (!field || (entry && !entry(field)))
            return false;
        if (field.source !== previous) {
            if (!complete.has(field.source)) {
                const source = lineage.sources[field.source];
                if (!source || incompleteLineage(source).length > 0)
                    return false;
                complete.add(field.source);
            }
            previous = field.source;
        }
        if (vouches && !vouches(value, field))
            return false;
        vouched++;
    }
    return vouched === needed;
}
/** Lineage fields that must not be empty for a record to count as traceable. */
function incompleteLineage(lineage) {
    return ['system', 'locator', 'revision', 'digest', 'observedAt'].filter((k) => lineage[k].trim() === '');
}
/**
 * incompleteLineage of sources named by their key in lineage.sources, each worked out once: thousands of fields
 * share one source document.
 */
function incompleteLineageBySource() {
    const missingOf = new Map();
    return (key, source) => {
        let missing = missingOf.get(key);
        if (!missing) {
            missing = incompleteLineage(source);
            missingOf.set(key, missing);
        }
        return missing;
    };
}
const RULES = {
    'missing-rollback-evidence': ({ bundle }, evidenceAt) => {
        const drafts = [];
        const rollbackIndex = new Map(bundle.rollback.map((r, j) => [r.component, j]));
        bundle.components.forEach((component, i) => {
            const j = rollbackIndex.get(component.name) ?? -1;
            const rollback = bundle.rollback[j];
            if (!rollback) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['components', i]),
                    reason: `component ${component.name} has no rollback record`,
                    evidence: [],
                    check: 'rollback',
                });
                return;
            }
            if (!rollback.pointer) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer']),
                    reason: `component ${component.name} has no rollback pointer to a previously approved artifact`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j])),
                    check: 'rollback',
                });
            }
            else {
                const deployed = component.artifacts.find((a) => a.digest === rollback.pointer?.digest);
                if (deployed) {
                    const path = (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer', 'digest']);
                    drafts.push({
                        rule: 'missing-rollback-evidence',
                        path,
                        reason: `rollback pointer of ${component.name} (${rollback.pointer.version} ${rollback.pointer.digest}) is the artifact being deployed (${deployed.name} ${deployed.version}), not a previously approved one`,
                        evidence: [
                            ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                            ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', component.artifacts.indexOf(deployed), 'digest'])),
                        ],
                        check: 'rollback',
                    });
                }
            }
            if (rollback.evidence.length === 0) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'evidence']),
                    reason: `component ${component.name} has no rollback evidence (rehearsal, runbook run or change record)`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                    check: 'rollback',
                });
            }
        });
        const names = new Set(bundle.components.map((c) => c.name));
        bundle.rollback.forEach((r, j) => {
            if (names.has(r.component))
                return;
            drafts.push({
                rule: 'missing-rollback-evidence',
                path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'component']),
                reason: `rollback record for ${r.component}, which is not a component of this bundle (components: ${[...names].join(', ') || 'none'})`,
                evidence: [
                    ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                    ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'evidence'])),
                ].slice(0, 1),
                check: 'rollback',
            });
        });
        return drafts;
    },
    'waiver-pending': ({ bundle }, evidenceAt) => bundle.waivers.flatMap((waiver, i) => waiver.status === 'approved'
        ? []
        : [
            {
                rule: 'waiver-pending',
                path: (0,json_pointer/* pointerOf */.rq)(['waivers', i, 'status']),
                reason: `waiver ${waiver.id} (${waiver.subject}) is ${waiver.status}, not approved`,
                evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['waivers', i])),
            },
        ]),
    'waiver-expired': ({ bundle, policy }, evidenceAt) => {
        const margin = (policy.holds?.['waiver-expired']?.marginMinutes ?? 0) * 60_000;
        const needed = Date.parse(bundle.window.end) + margin;
        return bundle.waivers.flatMap((waiver, i) => Date.parse(waiver.expiresAt) < needed
            ? [
                {
                    rule: 'waiver-expired',
                    path: (0,json_pointer/* pointerOf */.rq)(['waivers', i, 'expiresAt']),
                    reason: `waiver ${waiver.id} expires at ${waiver.expiresAt}, before the change window ends at ${bundle.window.end}${margin ? ` plus ${margin / 60_000} minutes` : ''}`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['waivers', i])),
                },
            ]
            : []);
    },
    supersession: ({ bundle, previous }, evidenceAt) => {
        if (!previous)
            return [];
        const before = new Map();
        for (const c of previous.components)
            for (const a of c.artifacts)
                before.set(`${c.name}\u0000${a.name}\u0000${a.version}`, a.digest);
        const drafts = [];
        bundle.components.forEach((c, i) => {
            c.artifacts.forEach((a, j) => {
                const old = before.get(`${c.name}\u0000${a.name}\u0000${a.version}`);
                if (old !== undefined && old !== a.digest) {
                    const path = (0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', j, 'digest']);
                    drafts.push({
                        rule: 'supersession',
                        path,
                        reason: `${c.name}/${a.name} ${a.version} was rebuilt under the same version: digest ${a.digest} differs from the previously approved ${old}`,
                        evidence: evidenceAt(path),
                    });
                }
            });
        });
        return drafts;
    },
    'scope-drift': ({ bundle }, evidenceAt) => {
        const scope = new Set(bundle.window.environments);
        const drafts = [];
        bundle.cohorts.forEach((cohort, i) => {
            for (const env of cohort.environments) {
                if (!scope.has(env))
                    drafts.push({
                        rule: 'scope-drift',
                        path: (0,json_pointer/* pointerOf */.rq)(['cohorts', i, 'environments', cohort.environments.indexOf(env)]),
                        reason: `cohort ${cohort.id} targets environment ${env}, outside change window ${bundle.window.changeRecord} (${[...scope].join(', ') || 'no environments'})`,
                        evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['cohorts', i])),
                    });
            }
        });
        bundle.environments.forEach((env, i) => {
            if (!scope.has(env.name))
                drafts.push({
                    rule: 'scope-drift',
                    path: (0,json_pointer/* pointerOf */.rq)(['environments', i, 'name']),
                    reason: `environment ${env.name} is in the bundle's scope but outside change window ${bundle.window.changeRecord}`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['environments', i])),
                });
        });
        // What cutover/environment finds (undeclared environments, constraints, shares over 100% in one rollout),
        // judged for the change window's queue, which the manifest binds.
        for (const finding of (0,environment/* environmentFindings */.c)(bundle, bundle.window.queue))
            drafts.push({
                rule: 'scope-drift',
                path: finding.path,
                reason: finding.message,
                evidence: evidenceAt(finding.path),
                check: 'environment',
            });
        return drafts;
    },
    'missing-lineage': ({ bundle, lineage }) => {
        // The common case, every field vouched for, is told in one pass over the lineage that builds no pointer.
        if (lineageVouchesForAll(bundle, lineage, { exclusive: false }))
            return [];
        const drafts = [];
        const incomplete = incompleteLineageBySource();
        for (const path of consequentialFields(bundle)) {
            const field = lineage.fields[path];
            const source = field ? lineage.sources[field.source] : undefined;
            if (!field || !source) {
                drafts.push({ rule: 'missing-lineage', path, reason: `no source record vouches for ${path}`, evidence: [] });
                continue;
            }
            const missing = incomplete(field.source, source);
            if (missing.length > 0)
                drafts.push({
                    rule: 'missing-lineage',
                    path,
                    reason: `the lineage of ${path} has no ${missing.join(', ')}`,
                    evidence: [source],
                });
        }
        return drafts;
    },
    'unsigned-candidate': ({ bundle }, evidenceAt) => bundle.candidate.signature.verified
        ? []
        : [
            {
                rule: 'unsigned-candidate',
                path: (0,json_pointer/* pointerOf */.rq)(['candidate', 'signature']),
                reason: `candidate tag ${bundle.candidate.tag} is not signed with a verified signature (reason: ${bundle.candidate.signature.reason})`,
                evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['candidate', 'signature'])),
            },
        ],
    'provenance-mismatch': ({ bundle, suspicions }, evidenceAt) => {
        const drafts = (suspicions ?? [])
            .filter((s) => s.rule === 'provenance-mismatch')
            .map((s) => ({ rule: 'provenance-mismatch', path: s.path, reason: s.reason, evidence: s.evidence }));
        bundle.components.forEach((c, i) => {
            if (!c.provenance || c.provenance.length === 0)
                return;
            const subjects = new Set(c.provenance.flatMap((p) => p.subjects));
            c.artifacts.forEach((a, j) => {
                if (subjects.has(a.digest))
                    return;
                const path = (0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', j, 'digest']);
                drafts.push({
                    rule: 'provenance-mismatch',
                    path,
                    reason: `artifact ${a.name} digest ${a.digest} is not a subject of the provenance of ${c.name}${algorithmGap(a.digest, subjects)}`,
                    evidence: [...evidenceAt(path), ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', 0]))],
                });
            });
        });
        for (const { path, reason } of otherCommitProvenance(bundle))
            drafts.push({ rule: 'provenance-mismatch', path, reason, evidence: evidenceAt(path) });
        return drafts;
    },
    'suspicious-source': ({ bundle, policy, conflicts, suspicions }, evidenceAt) => [
        ...unpinnedProvenance(bundle, policy).map(({ path, reason }) => ({
            rule: 'suspicious-source',
            path,
            reason,
            evidence: evidenceAt(path),
        })),
        ...(conflicts ?? []).map((c) => ({
            rule: 'suspicious-source',
            path: c.path,
            reason: c.reason,
            evidence: c.evidence,
        })),
        ...(suspicions ?? [])
            .filter((s) => s.rule === 'suspicious-source')
            .map((s) => ({ rule: 'suspicious-source', path: s.path, reason: s.reason, evidence: s.evidence })),
    ],
};
/** Provenance entries of the candidate's own repository built at another commit: where, and why. */
function otherCommitProvenance(bundle) {
    const out = [];
    bundle.components.forEach((c, i) => {
        c.provenance?.forEach((p, k) => {
            const reason = otherCommitReason(bundle, c.name, p);
            if (reason)
                out.push({ path: (0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', k]), reason });
        });
    });
    return out;
}
/**
 * Why a provenance statement of the candidate's own repository does not vouch for the candidate: it (or its
 * verified signer's certificate, GitHub's word) names that repository at another commit, so the artifact was
 * built from an older commit or a pusher's branch. Undefined when it names no other commit of that repository;
 * provenance of another repository (a component built elsewhere) is not compared with the candidate.
 */
function otherCommitReason(bundle, component, provenance) {
    const { repository, commit, tag } = bundle.candidate;
    if (!repository)
        return undefined;
    const stated = [];
    if (provenance.sourceCommit)
        stated.push({
            repository: provenance.sourceRepository,
            commit: provenance.sourceCommit,
            who: "the statement's source commit",
        });
    const signer = provenance.signer;
    if (signer?.sourceRepository && signer.sourceCommit)
        stated.push({ repository: signer.sourceRepository, commit: signer.sourceCommit, who: "its signer's" });
    const other = stated.filter((s) => (0,domain_repository/* sameRepository */.R)(s.repository, repository) && s.commit.toLowerCase() !== commit.toLowerCase());
    const first = other[0];
    if (!first)
        return undefined;
    const same = other.every((s) => s.commit.toLowerCase() === first.commit.toLowerCase());
    const at = same
        ? `at commit ${first.commit} (${other.map((s) => s.who).join(', and ')})`
        : other.map((s) => `at commit ${s.commit} (${s.who})`).join(' and ');
    return `provenance of ${component} was built from ${first.repository} ${at}, not at the candidate commit ${commit} of ${repository} (tag ${tag})`;
}
/**
 * Why a digest cannot match: in-toto digest sets match only on an algorithm both sides state, so when the
 * subjects carry none of the artifact digest's algorithm (npm provenance names tarballs by sha512 only), say so.
 */
function algorithmGap(digest, subjects) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const stated = [...new Set([...subjects].map((s) => s.slice(0, s.indexOf(':'))))].sort();
    if (stated.includes(algorithm))
        return '';
    return ` (its subjects state no ${algorithm} digest, only ${stated.join(', ')}: ${[...subjects].sort().join(', ')})`;
}
/**
 * The lineage of a field: its own entry or that of the nearest enclosing field that has one (an artifact's
 * digest is vouched for by the artifact's record), with the record's fragment appended to the locator.
 */
function fieldLineage(lineage, pointer) {
    for (let path = pointer;; path = path.slice(0, path.lastIndexOf('/'))) {
        const field = lineage.fields[path];
        const source = field ? lineage.sources[field.source] : undefined;
        if (source && field)
            return field.fragment ? { ...source, locator: `${source.locator}${field.fragment}` } : source;
        if (path === '')
            return undefined;
    }
}
/** Every hold rule id, in the order holds are reported. */
const HOLD_RULES = Object.keys(RULES);
/**
 * Runs every enabled hold rule (but those in `skip`) and returns the register, sorted and with stable ids. Verify
 * runs it on a release's own files and policy (without the sources' conflicts and suspicions or the previous
 * revision, which only assemble has): every hold that finds is one holds.json must carry.
 */
function evaluateHolds(input, skip) {
    const evidenceAt = (pointer) => {
        const found = fieldLineage(input.lineage, pointer);
        return found ? [found] : [];
    };
    const byId = new Map();
    for (const rule of HOLD_RULES) {
        if (skip?.has(rule))
            continue;
        const enabled = holdRuleEnabled(input.policy, rule);
        for (const { check, ...draft } of RULES[rule](input, evidenceAt)) {
            if (!enabled && !check)
                continue;
            const reason = enabled
                ? draft.reason
                : `${draft.reason} (the policy turns ${rule} off, but cutover/${check} fails on this all the same)`;
            const id = holdId(draft.rule, draft.path, reason);
            if (!byId.has(id))
                byId.set(id, { id, ...draft, reason, status: 'open' });
        }
    }
    const holds = [...byId.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.rule, b.rule) || (0,normalize/* cmp */.r)(a.path, b.path) || (0,normalize/* cmp */.r)(a.id, b.id));
    return { schemaVersion: 1, holds };
}
/**
 * The evidence of a hold as one line for people: each source record (system, locator, revision), or why
 * there is none. Every place that prints a hold prints this with it.
 */
function evidenceText(hold) {
    if (hold.evidence.length === 0)
        return 'evidence: none (no source states it)';
    return `evidence: ${hold.evidence.map((e) => `${e.system} ${e.locator} @ ${e.revision}`).join('; ')}`;
}
/** Stable hold id: the same rule, field and reason give the same id in every run. */
function holdId(rule, path, reason) {
    return `H-${(0,external_node_crypto_.createHash)('sha256').update(`${rule}\u0000${path}\u0000${reason}`).digest('hex').slice(0, 12)}`;
}


/***/ }),

/***/ 2359:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ decideRevision),
/* harmony export */   h9: () => (/* binding */ HANDOFF_STATEMENT),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export assertRevision */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/**
 * The approval manifest: binds one exact bundle revision (number + content digest) to one deployment queue
 * and one time window, and names the required approver teams. It states where Cutover's work ends.
 */


/** The handoff boundary, written into every manifest and seal record. */
const HANDOFF_STATEMENT = 'Approving this manifest approves exactly this bundle revision (its digest) for this deployment queue within this window. ' +
    'Cutover stops at the seal: it gives no go/no-go verdict and performs no deployment or rollback; ' +
    'the deployment queue decides when and whether to act within the window.';
/** Refuses a revision number outside 1..MAX_REVISION (the schema's and the seal tag's bound), naming it. */
function assertRevision(revision, what = 'revision') {
    const reason = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionReason */ .eC)(revision);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`${what} ${revision} ${reason}; a release cannot take more revisions (start a new release name)`);
}
/** Builds the manifest of one revision; a revision outside 1..MAX_REVISION is refused. */
function buildManifest(input) {
    assertRevision(input.revision);
    return {
        schemaVersion: 1,
        product: input.bundle.product,
        release: input.bundle.release,
        revision: input.revision,
        bundleDigest: input.digest,
        queue: input.queue ?? input.bundle.window.queue,
        window: {
            start: input.window?.start ?? input.bundle.window.start,
            end: input.window?.end ?? input.bundle.window.end,
        },
        requiredApprovers: { teams: [...input.policy.approvers.teams] },
        supersedes: input.supersedes,
        handoff: HANDOFF_STATEMENT,
    };
}
/**
 * Same digest as the latest revision: nothing to write. Otherwise the next number, superseding the latest
 * (sealed or not: an unsealed revision that is replaced is superseded just the same).
 */
function decideRevision(latest, digest) {
    if (!latest)
        return { kind: 'next', revision: 1, supersedes: null };
    if (latest.bundleDigest === digest)
        return { kind: 'unchanged', revision: latest.revision };
    assertRevision(latest.revision + 1, 'next revision');
    return {
        kind: 'next',
        revision: latest.revision + 1,
        supersedes: { revision: latest.revision, bundleDigest: latest.bundleDigest },
    };
}


/***/ }),

/***/ 7110:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ repositoryKey),
/* harmony export */   R: () => (/* binding */ sameRepository)
/* harmony export */ });
/**
 * Repository names as sources write them: `owner/name` (github.com), an `https://` URL, a `git+` URL, with or
 * without `.git`. One comparison for the identity policy, the statement/certificate check and the candidate.
 */
/** `owner/name` -> `https://github.com/owner/name`; a full URL unchanged; without case, `git+`, `.git` or a final `/`. */
function repositoryKey(value) {
    const url = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) ? `https://github.com/${value}` : value;
    return url
        .replace(/^git\+/, '')
        .replace(/\.git$/, '')
        .replace(/\/$/, '')
        .toLowerCase();
}
/** True when two repository names (URL or `owner/name`, `git+` prefix, `.git` end) name the same repository. */
function sameRepository(a, b) {
    return repositoryKey(a) === repositoryKey(b);
}


/***/ }),

/***/ 9801:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   j: () => (/* binding */ kindAcceptedInSourcesFile),
/* harmony export */   jO: () => (/* binding */ readSourcesConfig)
/* harmony export */ });
/* unused harmony exports readTextFile, readDocument */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2306);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);




/**
 * Reads a text file with a size limit; a missing or unreadable file, or one that is not a regular file, is an
 * InputError naming it. Through one descriptor (regular-file.ts): what is checked is what is read.
 * Synchronously: a configuration file is small and read before anything else could run meanwhile, and each step
 * of an asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
async function readTextFile(path, maxBytes = _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_FILE_BYTES */ .CR) {
    const bytes = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, { maxBytes, notRegular, missingIsUndefined: false });
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(bytes, path);
}
const notRegular = (file) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('is not a regular file', { file, expected: 'a file' });
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)(schema, (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, path), path, text);
}
function readPolicy(path) {
    return readDocument(path, 'policy');
}
/**
 * Entries of a sources file its schema accepted, each with the kind it was accepted as. The schema applies each
 * kind's options schema to the entries of that kind (`allOf` of `if kind = K then source-kinds/K`, pinned by
 * test/sources/options-checked.test.ts), so src/sources/options.ts need not check those options again.
 */
const acceptedEntries = new WeakMap();
async function readSourcesConfig(path, maxBytes) {
    const config = await readDocument(path, 'sources', maxBytes);
    for (const entry of config.sources)
        acceptedEntries.set(entry, entry.kind);
    return config;
}
/** The kind a sources file's schema accepted this entry's options as, if it came from one (readSourcesConfig). */
function kindAcceptedInSourcesFile(entry) {
    return acceptedEntries.get(entry);
}


/***/ }),

/***/ 2306:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegularFile),
/* harmony export */   n: () => (/* binding */ readToLimit)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/**
 * Reads one regular file through one descriptor, within a size limit. readRegularFile serves the configuration
 * files (documents.ts) and a release directory's files (cli/release-dir.ts); its read loop, readToLimit, also
 * serves the workspace's input files (sources/workspace.ts, which opens them itself, not following links).
 *
 * - Opened once, with O_NONBLOCK, and checked with fstat on that descriptor: what is checked is what is read.
 *   Checking a path and then reading it again by path would let the file be swapped in between, for a FIFO (the
 *   command blocks until something writes to it) or a larger file (past the limit). O_NONBLOCK makes opening a
 *   FIFO return at once instead of waiting for a writer; fstat then refuses it.
 * - Read to at most the limit, whatever fstat said: a file that grows while it is read, or a procfs file whose
 *   size reads as 0 (`/proc/self/environ`), is refused at the limit instead of read whole.
 */



/** The bytes of a regular file (see the module's comment); undefined for a missing file when so asked. */
function readRegularFile(file, options) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (cause) {
        const code = cause.code;
        if (code === 'ENOENT' && options.missingIsUndefined)
            return undefined;
        // A socket cannot be opened (ENXIO): say what it is rather than how opening it failed.
        const info = code === 'ENOENT' ? undefined : statOrUndefined(file);
        if (info && !info.isFile())
            throw options.notRegular(file);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read file: ${code ?? String(cause)}`, { file, expected: 'a readable file' }, { cause });
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!info.isFile())
            throw options.notRegular(file);
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(info.size, file, options.maxBytes);
        return readToLimit(fd, info.size, options.maxBytes, holdsTooMuch(file, options.maxBytes));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Room for the first read of a file whose size reads as 0 (procfs), and how a buffer grows past its first size. */
const FIRST_ROOM = 64 * 1024;
/**
 * Reads an open file to its end, refusing it (`tooLarge(maxBytes + 1)`) once it holds more than maxBytes: also
 * a file that grew after fstat or whose size reads as 0 (procfs). `size` is fstat's: the buffer has one byte
 * more, and a read that brings the bytes to exactly `size` below the limit ends the file without a read that
 * finds its end (a system call per file; what readFileSync reads of a file that grows meanwhile). The bytes
 * are returned as a view that starts `headRoom` bytes into its buffer: room the caller may write before them
 * (the workspace's git blob header, hashed with them in one pass).
 */
function readToLimit(fd, size, maxBytes, tooLarge, headRoom = 0) {
    let buffer = Buffer.allocUnsafeSlow(headRoom + Math.min(size > 0 ? size + 1 : FIRST_ROOM, maxBytes + 1));
    let filled = 0;
    for (;;) {
        if (headRoom + filled === buffer.length) {
            if (filled > maxBytes)
                throw tooLarge(filled);
            const grown = Buffer.allocUnsafeSlow(headRoom + Math.min(Math.max(filled * 2, FIRST_ROOM), maxBytes + 1));
            buffer.copy(grown, 0, 0, headRoom + filled);
            buffer = grown;
        }
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, headRoom + filled, buffer.length - headRoom - filled, null);
        if (read === 0)
            break;
        filled += read;
        if (filled === size && size < maxBytes)
            break;
    }
    return buffer.subarray(headRoom, headRoom + filled);
}
/** The configuration files' and release files' refusal of a file that holds more than maxBytes. */
function holdsTooMuch(file, maxBytes) {
    return () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`file holds more than ${maxBytes} bytes, over the limit of ${maxBytes} bytes`, {
        file,
        expected: `a file of at most ${maxBytes} bytes`,
    });
}
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
    }
    catch {
        return undefined;
    }
}


/***/ })

};
;