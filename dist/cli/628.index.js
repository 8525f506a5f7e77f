"use strict";
exports.id = 628;
exports.ids = [628];
exports.modules = {

/***/ 3628:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assembleCommand: () => (/* binding */ assembleCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);
/* harmony import */ var _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4892);
/* harmony import */ var _domain_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5419);
/* harmony import */ var _domain_holds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1937);
/* harmony import */ var _domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2359);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _modes_build_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7649);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9801);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8671);
/* harmony import */ var _sources_workspace_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7899);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1604);
/* harmony import */ var _release_dir_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6021);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5678);
/**
 * `cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]`:
 * builds a release directory from local sources. Holds are data: exit 0, and they are reported.
 */

















const USAGE = _commands_js__WEBPACK_IMPORTED_MODULE_13__/* .COMMAND_META */ .w.assemble.usage;
const assembleCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_13__/* .COMMAND_META */ .w.assemble,
    async run(args, io) {
        const options = optionsOf(args);
        const inputs = await readInputs(options, io);
        const assembly = await assembleFrom(inputs, io);
        const outDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.out);
        const current = await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .readReleaseTexts */ .o)(outDir).catch(() => ({}));
        const manifest = nextManifest(assembly, current, inputs.previous?.manifest, inputs.policy);
        const files = (0,_domain_files_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReleaseFiles */ .v)(assembly.files, manifest);
        const unchanged = Object.keys(files).every((key) => current[key] === files[key]);
        if (!unchanged)
            await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .writeReleaseDirectory */ .A)(outDir, files);
        const summary = summaryOf(assembly, manifest, outDir, !unchanged);
        // Hold reasons and evidence quote the sources (a waiver's subject): no terminal control reaches the screen.
        io.stdout(options.json ? `${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_16__/* .terminalJson */ .t)(summary)}\n` : summaryText(summary, assembly, options.out));
        return _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .dc.ok;
    },
};
/** The command line, both required options checked. */
function optionsOf(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        options: {
            sources: { type: 'string' },
            out: { type: 'string' },
            policy: { type: 'string' },
            previous: { type: 'string' },
            json: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (!values.sources)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('missing --sources <file>', { expected: USAGE });
    if (!values.out)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('missing --out <dir>', { expected: USAGE });
    return { ...values, sources: values.sources, out: values.out, json: values.json };
}
/** The policy (or the default), the sources file with its candidate, and the --previous revision, in that order. */
async function readInputs(options, io) {
    const sourcesPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.sources);
    const policy = options.policy ? await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_9__/* .readPolicy */ .T4)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.policy)) : _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY */ .z;
    const maxFileBytes = policy.limits?.maxFileBytes;
    const config = await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_9__/* .readSourcesConfig */ .jO)(sourcesPath, maxFileBytes);
    const { candidate } = config;
    if (!candidate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz("missing key 'candidate' (tag, commit, committedAt)", {
            file: sourcesPath,
            field: '/candidate',
            expected: 'the release candidate, which the CLI cannot take from a triggering tag',
        });
    }
    const previous = options.previous
        ? await readPrevious(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.previous), {
            product: config.product,
            release: (0,_modes_build_js__WEBPACK_IMPORTED_MODULE_8__/* .releaseNameOf */ .a)(config, candidate.tag, sourcesPath),
        })
        : undefined;
    return { sourcesPath, config, candidate, policy, maxFileBytes, previous };
}
/** Reads the sources from the sources file's directory, as observed at the candidate's commit time. */
function assembleFrom(inputs, io) {
    const { sourcesPath, config, candidate, policy, maxFileBytes, previous } = inputs;
    return (0,_modes_build_js__WEBPACK_IMPORTED_MODULE_8__/* .buildBundle */ .bS)({
        config,
        configPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(sourcesPath),
        candidate,
        policy,
        workspace: (0,_sources_workspace_js__WEBPACK_IMPORTED_MODULE_12__/* .localWorkspace */ .r)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(sourcesPath), {
            observedAt: candidate.committedAt,
            ...(maxFileBytes ? { maxBytes: maxFileBytes } : {}),
        }),
        context: { env: io.env, ...(maxFileBytes ? { maxFileBytes } : { maxFileBytes: 16 * 1024 * 1024 }) },
        previous,
    });
}
/**
 * The manifest to write: the latest revision on record (the --previous one, or what --out already holds for
 * this release, whichever is newer, so re-assembling into the same directory never moves the revision
 * backwards) when it binds this digest already, else the next revision superseding it.
 */
function nextManifest(assembly, current, previous, policy) {
    const inOut = currentManifest(current, assembly.files.bundle);
    const latest = [previous, inOut]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.revision - a.revision)[0];
    const decision = (0,_domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .decideRevision */ .K8)(latest && { revision: latest.revision, bundleDigest: latest.bundleDigest }, assembly.digest);
    if (decision.kind === 'unchanged' && latest)
        return latest;
    return (0,_domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .buildManifest */ .u1)({
        bundle: assembly.files.bundle,
        digest: assembly.digest,
        revision: decision.revision,
        policy,
        supersedes: decision.kind === 'next' ? decision.supersedes : null,
    });
}
/** The `--json` summary: what was assembled, where, whether it was written, its counts and its holds. */
function summaryOf(assembly, manifest, directory, written) {
    const { bundle, holds } = assembly.files;
    return {
        product: bundle.product,
        release: bundle.release,
        revision: manifest.revision,
        bundleDigest: assembly.digest,
        supersedes: manifest.supersedes,
        directory,
        written,
        counts: {
            components: bundle.components.length,
            artifacts: bundle.components.reduce((n, c) => n + c.artifacts.length, 0),
            dependencies: bundle.dependencies.length,
            cohorts: bundle.cohorts.length,
            waivers: bundle.waivers.length,
        },
        holds: holds.holds.map(({ id, rule, path: field, reason, evidence }) => ({
            id,
            rule,
            path: field,
            reason,
            evidence,
        })),
    };
}
/** The text summary: one line each for the revision, digest, contents and hold count, then each hold as a block. */
function summaryText(summary, assembly, outAsGiven) {
    const { bundle, holds } = assembly.files;
    const lines = [
        `${summary.written ? 'assembled' : 'unchanged'} ${bundle.product} ${bundle.release} revision ${summary.revision} -> ${outAsGiven}`,
        `bundle digest  ${assembly.digest}`,
        `contents       ${Object.entries(summary.counts)
            .map(([k, n]) => (0,_io_js__WEBPACK_IMPORTED_MODULE_14__/* .count */ .U9)(n, k === 'dependencies' ? 'dependency' : k.slice(0, -1), k))
            .join(', ')}`,
        `holds          ${holds.holds.length} open`,
    ];
    // Each hold as a block: its reason and the evidence (sources and where in them) that raised it.
    for (const h of holds.holds)
        lines.push('', `${h.id}  ${h.rule}  ${h.path || '/'}`, `  ${h.reason}`, `  ${(0,_domain_holds_js__WEBPACK_IMPORTED_MODULE_5__/* .evidenceText */ .rS)(h)}`);
    return `${lines.map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_16__/* .terminalText */ .e).join('\n')}\n`;
}
/** The manifest already in --out when it belongs to the same product and release and is valid. */
function currentManifest(texts, bundle) {
    if (texts.manifest === undefined)
        return undefined;
    try {
        const manifest = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocument */ .mv)('manifest', (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDocument */ .Tp)(texts.manifest, 'manifest.json', 'json'), 'manifest.json', texts.manifest);
        return manifest.product === bundle.product && manifest.release === bundle.release ? manifest : undefined;
    }
    catch {
        // A damaged manifest in --out is replaced, not trusted: the new revision is numbered from --previous.
        return undefined;
    }
}
/**
 * The `--previous` release directory: the last approved revision of the same release. Approved, for a local
 * directory (the CLI cannot see the seal tag), means: every file schema-valid, the manifest binding exactly
 * these files (its digest recomputed from them), the same product and release as the candidate, and no open
 * hold. Anything else is an input error naming the file, the field and both values.
 */
async function readPrevious(dir, expected) {
    const texts = await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .readReleaseTexts */ .o)(dir);
    const load = (key) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `${key}.json`);
        const text = texts[key];
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous directory has no ${key}.json`, {
                file,
                expected: 'the release directory of the last approved revision',
            });
        return (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocument */ .mv)(key, (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDocument */ .Tp)(text, file, 'json'), file, text);
    };
    const bundle = load('bundle');
    const lineage = load('lineage');
    const holds = load('holds');
    const manifest = load('manifest');
    const expectedRevision = `a revision of ${expected.product} ${expected.release}, the release being assembled`;
    for (const [key, found] of [
        ['bundle', bundle],
        ['manifest', manifest],
    ]) {
        for (const field of ['product', 'release']) {
            if (found[field] !== expected[field])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous is ${found.product} ${found.release}, not ${expected.product} ${expected.release}: a revision supersedes only a revision of the same release`, { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `${key}.json`), field: `/${field}`, expected: expectedRevision });
        }
    }
    const digest = (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleDigest */ .bH)({ bundle, lineage, holds });
    if (manifest.bundleDigest !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous manifest binds ${manifest.bundleDigest}, but its bundle, lineage and holds files hash to ${digest}: it is not the revision that was approved`, {
            file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'manifest.json'),
            field: '/bundleDigest',
            expected: 'the release directory exactly as approved (unchanged since its manifest was written)',
        });
    if (holds.holds.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous revision ${manifest.revision} has ${(0,_io_js__WEBPACK_IMPORTED_MODULE_14__/* .count */ .U9)(holds.holds.length, 'open hold')} (${holds.holds.length > 5 ? 'the first 5: ' : ''}${holds.holds
            .slice(0, 5)
            .map((h) => `${h.id} ${h.rule} at ${h.path || '/'}`)
            .join(', ')}), so it was never approved`, {
            file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'holds.json'),
            field: '/holds',
            expected: 'the last approved revision: one without open holds (in the bundles repository, the sealed one)',
        });
    return { bundle, manifest };
}


/***/ }),

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
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5610);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6416);
/* harmony import */ var _schema_regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2306);
/**
 * Reads and writes release directories on the local disk. Writes are all-or-nothing: the files are written
 * to a fresh sibling directory which then replaces the target, so a failure never leaves half a bundle.
 */








/**
 * Reads whichever of the four release files exist in `dir`. Synchronously: nothing else runs meanwhile, and
 * each step of an asynchronous read is a round trip to libuv's thread pool (about twenty for a release
 * directory, milliseconds of `cutover assemble` and `verify` on a busy machine; issue 13 goal 3).
 */
async function readReleaseTexts(dir, maxBytes = _schema_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RELEASE_FILE_BYTES */ .gO) {
    const info = statOrUndefined(dir);
    if (!info?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('is not a directory', {
            file: dir,
            expected: 'a release directory holding bundle.json, lineage.json, holds.json and manifest.json',
        });
    const texts = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ[key]);
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
    const bytes = (0,_schema_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .X)(file, { maxBytes, notRegular: notRegularFile, missingIsUndefined: true });
    return bytes === undefined ? undefined : (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._6)(bytes, file);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('is not a regular file (a FIFO, socket, device or directory)', {
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
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz || !isSystemError(error))
            throw error;
        const operation = error.path ? `${error.syscall ?? 'write'} '${error.path}'` : (error.syscall ?? 'write');
        const reason = SYSTEM_REASONS[error.code] ?? error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write the release directory: ${operation} failed: ${reason} (${error.code})`, { file: dir, expected: 'a directory Cutover can create or replace, on a writable file system' }, { cause: error });
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
/** One buffer for every piece written (TEXT_PIECE code units are at most 3 bytes of UTF-8 each). */
let writeBuffer;
/**
 * Writes text as UTF-8 to a file that must not exist yet (`wx`), a piece at a time (textPieces) through one
 * reused buffer. writeFileSync would first encode the whole text into a new buffer as large as the file
 * (megabytes for bundle.json and lineage.json), each page of which is memory the process touches for the first
 * time: on a Firecracker VM about 14 us per 4 KiB page, more than the encoding itself (issue 13 goal 2). The
 * bytes are writeFileSync's.
 */
function writeNewFile(file, text) {
    writeBuffer ??= Buffer.allocUnsafeSlow(_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .TEXT_PIECE */ .hR * 3);
    const buffer = writeBuffer;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx');
    try {
        for (const piece of (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .textPieces */ .Vk)(text)) {
            const length = buffer.write(piece, 0, 'utf8');
            for (let written = 0; written < length;)
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, buffer, written, length - written);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function replaceDirectory(dir, files) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    makeDirectories(parent);
    const existing = statOrUndefined(target);
    if (existing && !existing.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('exists and is not a directory', {
            file: dir,
            expected: 'a new or existing release directory',
        });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.cutover-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staging);
    try {
        for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ)) {
            writeNewFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, _domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ[key]), files[key]);
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

/***/ 4892:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = {
    schemaVersion: 1,
    approvers: { teams: ['release-engineering', 'operations'] },
};


/***/ })

};
;