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


/***/ })

};
;