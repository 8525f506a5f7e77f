export const id = 850;
export const ids = [850];
export const modules = {

/***/ 6850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _reader_inspect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3235);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(900);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1604);
/**
 * `cutover inspect <repository> --tag <tag> [--at <time>] [--json]`: reads one sealed revision from a
 * release-bundles git repository (path or URL) and prints its integrity results and the window fact.
 * Exit 0 when every integrity result holds, 1 when one fails, 2 for usage errors.
 */






const inspectCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMAND_META */ .w.inspect,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: { tag: { type: 'string' }, at: { type: 'string' }, json: { type: 'boolean', default: false } },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || positionals[0] === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('expected exactly one repository (a path or a URL)', { expected: this.usage });
        if (values.tag === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('missing --tag <tag>', { expected: this.usage });
        const sealed = await (0,_reader_inspect_js__WEBPACK_IMPORTED_MODULE_2__/* .readSealedBundle */ .z)({
            repository: positionals[0],
            tag: values.tag,
            at: values.at,
            cwd: io.cwd,
        });
        if (values.json) {
            io.stdout(`${JSON.stringify(sealed, null, 2)}\n`);
        }
        else {
            const { window } = sealed;
            const failed = sealed.results.filter((r) => r.status === 'fail');
            const lines = [
                `${sealed.tag} in ${sealed.repository}`,
                `commit         ${sealed.commit ?? '-'}`,
                `bundle digest  ${sealed.bundleDigest ?? '-'}`,
                `queue          ${sealed.record?.queue ?? sealed.manifest?.queue ?? '-'}`,
                '',
                (0,_render_table_js__WEBPACK_IMPORTED_MODULE_5__/* .table */ .t)(['CHECK', 'STATUS', 'DETAIL'], sealed.results.map((r) => [r.name, r.status, r.detail])),
                '',
                window.state
                    ? `window: ${window.state} at ${window.at} (${window.start} .. ${window.end}, from the ${window.from}); a fact, not an integrity check`
                    : `window: unknown at ${window.at} (no readable seal record or manifest)`,
                failed.length === 0
                    ? `inspect: every integrity check holds for ${sealed.tag}`
                    : `inspect: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(failed.length, 'integrity check')} failed for ${sealed.tag}: ${failed.map((r) => r.name).join(', ')}`,
            ];
            io.stdout(`${lines.join('\n')}\n`);
        }
        return sealed.intact ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings;
    },
};


/***/ }),

/***/ 5610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   bH: () => (/* binding */ bundleDigest),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Canonical bytes and digests: RFC 8785 (JSON Canonicalization Scheme), then sha256. The one digest function
 * of the project.
 *
 * The canonicalizer is in-house and byte-identical to the `canonicalize` package (4.x) for every JSON value,
 * which test/domain/canonical-differential.test.ts shows over the RFC 8785 vectors, assembled bundles and
 * generated values. Most values take the fast path: a copy whose object keys are inserted in sorted order,
 * serialized by the native `JSON.stringify` (numbers and strings are then serialized exactly as RFC 8785
 * requires, which is ECMAScript's own serialization). V8 enumerates integer-like keys ("0", "10", "9")
 * first and in numeric order whatever the insertion order, and `__proto__` cannot be inserted as a plain
 * key: a value with such a key anywhere takes the slow path, which writes the text itself.
 */

/** Keys whose insertion order V8 does not keep: array indices ("0", "1", "4294967294"; a few more to be safe). */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Any UTF-16 surrogate; in Unicode mode, `\p{Cs}` matches only one that is not half of a pair. */
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /\p{Cs}/u;
/** Thrown by the fast path when a key needs the slow path. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');
/** RFC 8785 canonical JSON text of a value. */
function canonicalJson(value) {
    let text;
    try {
        text = JSON.stringify(sortedCopy(value, new Set(), 0));
    }
    catch (error) {
        if (error !== NEEDS_SLOW_PATH)
            throw error;
        text = serialize(value, new Set());
    }
    if (text === undefined)
        throw new TypeError('value has no JSON representation');
    return text;
}
/** Refuses what RFC 8785 (and the `canonicalize` package) refuse, and what is not JSON at all. */
function checkLeaf(value) {
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            throw new Error('NaN is not allowed');
        if (!Number.isFinite(value))
            throw new Error('Infinity is not allowed');
    }
    else if (typeof value === 'string') {
        if (SURROGATE.test(value) && LONE_SURROGATE.test(value))
            throw new Error('Lone surrogate is not allowed');
    }
    else if (typeof value === 'function' || typeof value === 'bigint')
        throw new TypeError(`a ${typeof value} has no JSON representation`);
}
/** Undefined and symbols are left out of objects and become null in arrays, as the package does. */
const absent = (value) => value === undefined || typeof value === 'symbol';
function enter(object, seen) {
    if (seen.has(object))
        throw new Error('Circular reference detected');
    seen.add(object);
}
/** The fast path: a copy with sorted keys, for JSON.stringify. Throws NEEDS_SLOW_PATH on an unordered key. */
function sortedCopy(value, seen, depth) {
    if (value === null || typeof value !== 'object') {
        checkLeaf(value);
        return value;
    }
    // Cycles are tracked only below a depth real documents do not reach: a cycle recurses forever, so it gets there.
    const tracked = depth > 64;
    if (tracked)
        enter(value, seen);
    let copy;
    if ('toJSON' in value && typeof value.toJSON === 'function') {
        if (!tracked)
            enter(value, seen);
        copy = sortedCopy(value.toJSON(), seen, depth + 1);
        seen.delete(value);
        return copy;
    }
    if (Array.isArray(value)) {
        const items = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            items[i] = absent(item) ? null : sortedCopy(item, seen, depth + 1);
        }
        copy = items;
    }
    else {
        const keys = Object.keys(value).sort();
        const object = {};
        for (const key of keys) {
            if (UNORDERED_KEY.test(key) || key === '__proto__')
                throw NEEDS_SLOW_PATH;
            checkLeaf(key);
            const item = Reflect.get(value, key);
            if (!absent(item))
                object[key] = sortedCopy(item, seen, depth + 1);
        }
        copy = object;
    }
    if (tracked)
        seen.delete(value);
    return copy;
}
/** The slow path: the canonical text written directly (what the `canonicalize` package does). */
function serialize(value, seen) {
    checkLeaf(value);
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if ('toJSON' in value && typeof value.toJSON === 'function') {
        enter(value, seen);
        const result = serialize(value.toJSON(), seen);
        seen.delete(value);
        return result;
    }
    enter(value, seen);
    let text;
    if (Array.isArray(value)) {
        const items = [];
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            items.push(absent(item) ? 'null' : (serialize(item, seen) ?? 'null'));
        }
        text = `[${items.join(',')}]`;
    }
    else {
        const parts = [];
        for (const key of Object.keys(value).sort()) {
            checkLeaf(key);
            const item = Reflect.get(value, key);
            const text = absent(item) ? undefined : serialize(item, seen);
            if (text !== undefined)
                parts.push(`${JSON.stringify(key)}:${text}`);
        }
        text = `{${parts.join(',')}}`;
    }
    seen.delete(value);
    return text;
}
/** `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash`: no Hash object per call. */
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'hex')}`;
}
/** `sha256:<hex>` of a value's canonical JSON. */
function digestOf(value) {
    return sha256(canonicalJson(value));
}
/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
function bundleDigest(files) {
    return digestOf({ bundle: files.bundle, holds: files.holds, lineage: files.lineage });
}
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
function gitBlobSha(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 3235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readSealedBundle)
/* harmony export */ });
/* unused harmony export parseMoment */
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6416);
/* harmony import */ var _schema_release_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1254);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5702);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1079);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1910);
/**
 * `readSealedBundle`: reads one sealed revision from a release-bundles git repository (a local path or a
 * URL, no GitHub API and no token) and reports named integrity results about it, plus the change window as
 * a fact. It states what it found; it gives no go/no-go.
 */








const EXPECTED_TAG = 'a seal tag name cutover/<product>/<release>/r<revision>';
/** Parses the `at` option, or throws an InputError naming the expected format. */
function parseMoment(at) {
    if (at === undefined)
        return new Date();
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
    const date = typeof at === 'string' ? new Date(rfc3339.test(at) ? at : Number.NaN) : at;
    if (Number.isNaN(date.getTime()))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid time '${String(at)}'`, {
            field: 'at',
            expected: 'an RFC 3339 time such as 2026-11-24T22:00:00Z',
        });
    return date;
}
/**
 * Reads the seal tag `tag` from `repository` and verifies it: the tag is annotated and its record valid, the
 * tag points at the record's merge commit, that commit is on the repository's default branch, the bundle
 * files at that commit hash to the digest in manifest.json and in the record, the manifest and bundle.json
 * match the tag name and record, the revision is the latest sealed one of its release, and the required teams
 * are covered by distinct approvers. Throws InputError for a bad tag name, time, unreachable repository or a
 * tag that does not exist; integrity problems are results, never thrown.
 *
 * Only this tag and the later revisions of its release are read (the later ones decide whether it is the
 * latest), so the cost does not grow with the number of earlier revisions or of other releases; earlier
 * revisions are read only when none from this one on is a valid seal, to name the latest sealed revision.
 */
async function readSealedBundle(options) {
    const { tag } = options;
    (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .assertNotOption */ .v3)(tag, 'tag');
    const name = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSealTagName */ .sX)(tag);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`'${tag}' is not a seal tag name`, { field: 'tag', expected: EXPECTED_TAG });
    const at = parseMoment(options.at);
    const location = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .locateRepository */ .ZX)(options.repository, options.cwd);
    const prefix = (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .sealTagPrefix */ .OQ)(name.product, name.release);
    const repository = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .openRepository */ .h_)(location, prefix, { timeoutMs: options.timeoutMs });
    try {
        // The tags are listed while the default branch is resolved.
        const selected = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, repository.defaultBranch, {
            fromRevision: name.revision,
        });
        const defaultBranch = await repository.defaultBranch;
        const { revisions } = selected;
        let { readings } = selected;
        const reading = readings.find((r) => r.tag === tag);
        if (!reading)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no tag ${tag} in ${repository.display}`, {
                field: 'tag',
                expected: `an existing seal tag (this release has: ${revisions.map((r) => `r${r}`).join(', ') || 'none'})`,
            });
        if (!readings.some((r) => (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0) && revisions.some((r) => r < name.revision))
            readings = (await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .readSealTags */ .Vs)(repository.gitDir, prefix, defaultBranch)).readings;
        const texts = reading.commit
            ? await readBundleTexts(repository.gitDir, reading.commit, (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(name.product, name.release), options.maxFileBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_FILE_BYTES */ .CR)
            : undefined;
        return assess(repository.display, reading, readings, texts, at, defaultBranch);
    }
    finally {
        await repository.close();
    }
}
/** The texts of the four release files at `commit`, each a regular file within the size limit. */
async function readBundleTexts(gitDir, commit, dir, maxBytes) {
    const entries = new Map((await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .listTree */ .nT)(gitDir, commit, dir)).map((e) => [e.name, e]));
    const texts = {};
    const problems = [];
    const wanted = [];
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ).filter(isBundleFileKey)) {
        const file = `${dir}/${_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]}`;
        const entry = entries.get(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ[key]);
        if (!entry)
            continue; // parseRelease reports it missing
        if (entry.type !== 'blob' || (entry.mode !== '100644' && entry.mode !== '100755')) {
            problems.push(`${file} is not a regular file (mode ${entry.mode}, ${entry.type})`);
            continue;
        }
        if (entry.size === undefined || !Number.isSafeInteger(entry.size) || entry.size > maxBytes) {
            problems.push(`${file} is ${entry.size} bytes, over the limit of ${maxBytes} bytes`);
            continue;
        }
        wanted.push({ key, file, objectId: entry.objectId, size: entry.size });
    }
    // The files within the limit, through one cat-file session (their sizes are known from ls-tree).
    let objects;
    try {
        objects = await (0,_git_js__WEBPACK_IMPORTED_MODULE_5__/* .readObjects */ .$I)(gitDir, wanted.map((w) => w.objectId), wanted.reduce((sum, w) => sum + w.size, 0));
    }
    catch (error) {
        for (const { file } of wanted)
            problems.push(`${file}: ${String(error)}`);
        return { texts, problems };
    }
    wanted.forEach(({ key, file, objectId }, i) => {
        const object = objects[i];
        if (object?.type !== 'blob') {
            problems.push(`${file}: blob ${objectId} is not in the repository`);
            return;
        }
        try {
            texts[key] = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8 */ ._6)(object.content, file);
        }
        catch (error) {
            problems.push(`${file}: ${error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? error.describe() : String(error)}`);
        }
    });
    return { texts, problems };
}
const short = (id) => id.slice(0, 12);
/**
 * Where bundle.json names another product or release than the tag (and so the record and the directory it
 * was read from): files copied from another release directory, whose digest and manifest may agree.
 */
function bundleMismatches(bundle, name) {
    if (!bundle)
        return [];
    return ['product', 'release']
        .filter((key) => bundle[key] !== name[key])
        .map((key) => `bundle.json ${key} is ${bundle[key]}, the tag name says ${name[key]}`);
}
function isBundleFileKey(key) {
    return Object.hasOwn(_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ, key);
}
function assess(display, reading, readings, read, at, branch) {
    const { tag, product, release, revision, record } = reading;
    const results = [];
    const result = (name, problems, passed) => results.push(problems.length === 0
        ? { name, status: 'pass', detail: passed }
        : { name, status: 'fail', detail: problems.join('; ') });
    result('annotated-tag', reading.annotationProblems, `annotated tag object ${short(reading.ref.objectId)}, named as its ref${reading.tagObject?.taggedAt ? `, tagged ${reading.tagObject.taggedAt}` : ''}`);
    result('seal-record', reading.recordProblems, record
        ? `valid record of r${revision}: ${record.repository}#${record.pullRequest}, ${record.mergeMethod} at ${record.mergedAt}`
        : '');
    result('tag-target', reading.targetProblems, `tag object -> commit ${short(reading.commit ?? '')}, the record's merge commit`);
    result('default-branch', reading.commit === undefined && branch.problem === undefined
        ? [`no tagged commit to look for on the default branch ${branch.name}`]
        : reading.branchProblems, `commit ${short(reading.commit ?? '')} is on the default branch ${branch.name ?? ''} (${branch.ref ?? ''} at ${short(branch.commit ?? '')})`);
    // Bundle files at the tagged commit.
    const parsed = read ? (0,_schema_release_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRelease */ .B)(read.texts) : undefined;
    const documents = parsed?.documents ?? {};
    const { bundle, lineage, holds, manifest } = documents;
    const files = bundle && lineage && holds ? { bundle, lineage, holds } : undefined;
    const digest = files ? (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .bundleDigest */ .bH)(files) : undefined;
    const dir = (0,_domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseDirectory */ .fF)(product, release);
    const fileProblems = [
        ...(read?.problems ?? []),
        ...(parsed?.findings ?? [])
            .filter((f) => f.file !== _domain_names_js__WEBPACK_IMPORTED_MODULE_1__/* .BUNDLE_FILES */ .HJ.manifest || !manifest)
            .slice(0, 4)
            .map((f) => `${dir}/${f.file}${f.path ? ` ${f.path}` : ''}: ${f.message}`),
    ];
    const digestProblems = [];
    if (!reading.commit)
        digestProblems.push('no tagged commit to read the bundle files from');
    else if (!digest)
        digestProblems.push(`the bundle files at ${short(reading.commit)} cannot be hashed: ${fileProblems.join('; ')}`);
    else {
        if (!manifest)
            digestProblems.push(`${dir}/manifest.json at ${short(reading.commit)} is missing or invalid`);
        else if (manifest.bundleDigest !== digest)
            digestProblems.push(`the bundle files hash to ${digest}, but manifest.json binds ${manifest.bundleDigest}`);
        if (!record)
            digestProblems.push('no valid seal record to compare the digest with');
        else if (record.bundleDigest !== digest)
            digestProblems.push(`the bundle files hash to ${digest}, but the seal record names ${record.bundleDigest}`);
    }
    result('bundle-digest', digestProblems, `files at ${short(reading.commit ?? '')} hash to ${digest ?? ''}, as manifest.json and the record state`);
    const bindingProblems = manifest
        ? [...(0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .manifestMismatches */ .IZ)(manifest, reading, record), ...bundleMismatches(bundle, reading)]
        : [
            reading.commit
                ? `${dir}/manifest.json at ${short(reading.commit)} is missing or invalid${fileProblems.length > 0 ? `: ${fileProblems.join('; ')}` : ''}`
                : 'no tagged commit to read manifest.json from',
        ];
    if (manifest && !record)
        bindingProblems.push('no valid seal record to compare the manifest with');
    result('manifest-binding', bindingProblems, `manifest.json matches the tag name and the record (queue, window, teams, supersedes); bundle.json names the same product and release`);
    const standings = readings.map((r) => ({ revision: r.revision, sealed: (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .problemsOf */ .GW)(r).length === 0 }));
    const standing = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .supersession */ ._s)(revision, standings);
    const latestSealed = standings.filter((s) => s.sealed).map((s) => s.revision);
    const latestSealedRevision = latestSealed.length > 0 ? Math.max(...latestSealed) : undefined;
    const supersessionProblems = [];
    if (standing.supersededBy !== undefined)
        supersessionProblems.push(`superseded by r${standing.supersededBy} (cutover/${product}/${release}/r${standing.supersededBy})`);
    if (standing.unsealedLater.length > 0)
        supersessionProblems.push(`later tags ${standing.unsealedLater.map((r) => `r${r}`).join(', ')} exist but are not valid seals`);
    result('latest-revision', supersessionProblems, `r${revision} is the latest sealed revision of ${product} ${release}`);
    const teams = manifest?.requiredApprovers.teams ?? record?.requiredTeams;
    const approverProblems = [];
    let approverDetail = '';
    if (!record)
        approverProblems.push('no valid seal record to read approvers from');
    else if (!teams)
        approverProblems.push('no required teams to check');
    else {
        const coverage = (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .coverTeams */ .QG)(teams, record.approvers, record.headSha);
        for (const team of coverage.uncovered)
            approverProblems.push(`no distinct approver from ${team}`);
        if (approverProblems.length > 0 && coverage.ignored.length > 0)
            approverProblems.push(`not counted (approved another commit than head ${short(record.headSha)}): ${coverage.ignored
                .map((a) => `${a.login} (${a.team})`)
                .join(', ')}`);
        approverDetail = `${teams.map((t) => `${t}: ${coverage.assignment[t] ?? '?'}`).join(', ')} (distinct people, on head ${short(record.headSha)})`;
    }
    result('required-approvers', approverProblems, approverDetail);
    return {
        repository: display,
        tag,
        product,
        release,
        revision,
        tagObject: reading.tagObject ? reading.ref.objectId : undefined,
        taggedAt: reading.tagObject?.taggedAt,
        commit: reading.commit,
        record,
        manifest,
        files,
        bundleDigest: digest,
        latestSealedRevision,
        results,
        window: (0,_checks_js__WEBPACK_IMPORTED_MODULE_7__/* .windowFact */ .R3)(record, manifest, at),
        intact: results.every((r) => r.status === 'pass'),
    };
}


/***/ }),

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/**
 * Plain-text tables for the terminal.
 */
/** Renders rows as a left-aligned table with a header rule. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6780);




/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts) {
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
            value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, file, 'json');
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


/***/ })

};
