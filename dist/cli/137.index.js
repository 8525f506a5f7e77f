"use strict";
exports.id = 137;
exports.ids = [137];
exports.modules = {

/***/ 6021:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeReleaseDirectory),
/* harmony export */   o: () => (/* binding */ readReleaseTexts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6416);
/* harmony import */ var _schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2306);
/**
 * Reads and writes release directories on the local disk. Writes are all-or-nothing: the files are written
 * to a fresh sibling directory which then replaces the target, so a failure never leaves half a bundle.
 */







/**
 * Reads whichever of the four release files exist in `dir`. Synchronously: nothing else runs meanwhile, and
 * each step of an asynchronous read is a round trip to libuv's thread pool (about twenty for a release
 * directory, milliseconds of `cutover assemble` and `verify` on a busy machine; issue 13 goal 3).
 */
async function readReleaseTexts(dir, maxBytes = _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RELEASE_FILE_BYTES */ .gO) {
    const info = statOrUndefined(dir);
    if (!info?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('is not a directory', {
            file: dir,
            expected: 'a release directory holding bundle.json, lineage.json, holds.json and manifest.json',
        });
    const texts = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_FILES */ .HJ)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _domain_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_FILES */ .HJ[key]);
        const text = readReleaseFile(file, maxBytes);
        if (text !== undefined)
            texts[key] = text;
    }
    return texts;
}
/**
 * One release file, or undefined when it does not exist. Through one descriptor, opened with O_NONBLOCK and
 * checked with fstat (schema/regular-file.ts), so a FIFO named `bundle.json` is refused instead of blocking the
 * command until something writes to it, and read to at most maxBytes whatever its size said.
 */
function readReleaseFile(file, maxBytes) {
    const bytes = (0,_schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readRegularFile */ .X)(file, { maxBytes, notRegular: notRegularFile, missingIsUndefined: true });
    return bytes === undefined ? undefined : (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeUtf8 */ ._6)(bytes, file);
}
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
function notRegularFile(file) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('is not a regular file (a FIFO, socket, device or directory)', {
        file,
        expected: 'a regular file',
    });
}
/**
 * Replaces `dir` with exactly these files, atomically as far as the file system allows. A directory that cannot
 * be written (no such parent, a file in the way, read-only, no permission, a pseudo file system like /proc) is an
 * InputError naming `dir` and the failed operation, not an internal error.
 */
async function writeReleaseDirectory(dir, files) {
    try {
        replaceDirectory(dir, files);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz || !isSystemError(error))
            throw error;
        const operation = error.path ? `${error.syscall ?? 'write'} '${error.path}'` : (error.syscall ?? 'write');
        const reason = SYSTEM_REASONS[error.code] ?? error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot write the release directory: ${operation} failed: ${reason} (${error.code})`, { file: dir, expected: 'a directory Cutover can create or replace, on a writable file system' }, { cause: error });
    }
}
const SYSTEM_REASONS = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a part of the path is not a directory',
    EEXIST: 'a file is in the way',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EXDEV: 'crosses file systems',
    ENAMETOOLONG: 'name too long',
};
function isSystemError(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error;
}
/**
 * Synchronously, like the read above: each step of an asynchronous write is a round trip to libuv's thread
 * pool (mkdir, stat, mkdir, an open, write and close per file, renames: about twenty), and `node:fs/promises`
 * loads readline and the file watchers with it (about 1.3 ms to require on its own). `cutover assemble` of
 * the payments example on Node 20: about 1% less CPU time, spawn to exit (issue 13 goal 3).
 * test/cli/startup-modules.test.ts fails if the built CLI loads `node:fs/promises` for assemble again.
 */
/**
 * `mkdir -p` one directory at a time, not with Node's `recursive` option: where a path's parent exists but
 * refuses children with ENOENT (procfs: `--out /proc/missing/out`), Node's recursive mkdir (20 and 24, sync
 * and async) takes the ENOENT for a missing parent, "creates" the parent (EEXIST) and tries the child again,
 * forever, at 100% CPU. Here the missing ancestors are found by stat and each is made once: a failure is that
 * mkdir's own error (ENOENT, ENOTDIR, EACCES...), which writeReleaseDirectory names. A directory made by
 * another process meanwhile (EEXIST on a directory) is fine. test/cli/process.test.ts runs the /proc case in a
 * child process with a timeout.
 */
function makeDirectories(dir) {
    const missing = [];
    // Only a path that does not exist is missing; any other failure of stat (ENOTDIR, EACCES) is the error.
    for (let current = dir; (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(current, { throwIfNoEntry: false }) === undefined;) {
        missing.push(current);
        const up = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current);
        if (up === current)
            break;
        current = up;
    }
    for (const directory of missing.reverse()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(directory);
        }
        catch (error) {
            if (!(isSystemError(error) && error.code === 'EEXIST' && statOrUndefined(directory)?.isDirectory()))
                throw error;
        }
    }
}
function replaceDirectory(dir, files) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    makeDirectories(parent);
    const existing = statOrUndefined(target);
    if (existing && !existing.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz('exists and is not a directory', {
            file: dir,
            expected: 'a new or existing release directory',
        });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.cutover-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staging);
    try {
        for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_FILES */ .HJ)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, _domain_names_js__WEBPACK_IMPORTED_MODULE_3__/* .BUNDLE_FILES */ .HJ[key]), files[key], { flag: 'wx' });
        }
        if (existing) {
            const old = `${staging}.old`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(target, old);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(old, { recursive: true, force: true });
        }
        else {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, target);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
        throw error;
    }
}


/***/ }),

/***/ 5678:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.UN),
/* harmony export */   t: () => (/* binding */ terminalJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Output of the reader commands (`inspect`, `list`) made safe for a terminal. What they print comes from the
 * repository read (a tag object's name header, ref names, keys of a hand-edited file), which a hostile
 * repository fills with ESC sequences, C1 controls or bidirectional overrides that would erase, rewrite or
 * reorder what the operator reads. Text goes through escapeControls; JSON keeps its meaning (a parser reads the
 * same strings) but spells those characters as `\u` escapes, which JSON.stringify leaves raw above U+001F.
 */


/** Characters JSON.stringify writes raw that a terminal acts on: DEL, C1, line/paragraph separators, bidi. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `JSON.stringify(value, null, 2)` with every terminal control written as a `\u` escape. */
function terminalJson(value) {
    return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 1137:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4892);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _modes_verification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9789);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(900);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9801);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
/* harmony import */ var _release_dir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6021);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5678);
/**
 * `cutover verify <dir> [--policy <file>] [--json]`: runs every verification rule over a release directory.
 * Exit 0 when clean, 1 when there are findings (open holds included), 2 for usage or input errors.
 */











const verifyCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMAND_META */ .w.verify,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { policy: { type: 'string' }, json: { type: 'boolean', default: false } },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || !positionals[0])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('expected exactly one release directory', { expected: this.usage });
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, positionals[0]);
        const policy = values.policy ? await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .readPolicy */ .T4)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.policy)) : _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .z;
        const outcomes = (0,_modes_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyRelease */ .V)(await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_8__/* .readReleaseTexts */ .o)(dir), policy);
        const findings = outcomes.flatMap((o) => o.findings);
        const failed = findings.some((f) => f.severity === 'error');
        if (values.json) {
            io.stdout(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalJson */ .t)({ directory: dir, passed: !failed, rules: outcomes })}\n`);
        }
        else {
            // Printed as given on the command line, as the other paths of this output are.
            const rel = positionals[0];
            const lines = [
                (0,_render_table_js__WEBPACK_IMPORTED_MODULE_10__/* .table */ .t)(['RULE', 'STATUS', 'FINDINGS'], outcomes.map((o) => [o.rule, o.status, String(o.findings.length)])),
            ];
            if (findings.length > 0) {
                lines.push('', (0,_render_table_js__WEBPACK_IMPORTED_MODULE_10__/* .table */ .t)(['SEVERITY', 'RULE', 'WHERE', 'MESSAGE'], 
                // Findings quote what the directory holds (a hand-edited key): no terminal control reaches the screen.
                findings.map((f) => [
                    f.severity,
                    f.rule,
                    `${rel}/${f.file}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`,
                    f.message,
                ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e))));
            }
            lines.push('', failed
                ? `verify: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(findings.filter((f) => f.severity === 'error').length, 'finding')} in ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e)(rel)}`
                : `verify: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e)(rel)} passed every rule`);
            io.stdout(`${lines.join('\n')}\n`);
        }
        return failed ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 4892:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = {
    schemaVersion: 1,
    approvers: { teams: ['release-engineering', 'operations'] },
};


/***/ }),

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
// EXTERNAL MODULE: ./src/domain/holds.ts + 1 modules
var domain_holds = __webpack_require__(1208);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
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
/** Every open hold is a finding: the holds check fails while any hold is open. */
const holdsRule = ({ holds }) => holds.holds.map((hold, i) => error('holds', names/* BUNDLE_FILES */.HJ.holds, (0,json_pointer/* pointerOf */.rq)(['holds', i]), `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}; ${(0,domain_holds/* evidenceText */.rS)(hold)}`));
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

/***/ 900:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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