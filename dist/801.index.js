export const id = 801;
export const ids = [801];
export const modules = {

/***/ 9801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kindAcceptedInSourcesFile: () => (/* binding */ kindAcceptedInSourcesFile),
/* harmony export */   readDocument: () => (/* binding */ readDocument),
/* harmony export */   readPolicy: () => (/* binding */ readPolicy),
/* harmony export */   readSourcesConfig: () => (/* binding */ readSourcesConfig),
/* harmony export */   readTextFile: () => (/* binding */ readTextFile)
/* harmony export */ });
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
async function readTextFile(path, maxBytes = _parse_js__WEBPACK_IMPORTED_MODULE_1__.DEFAULT_MAX_FILE_BYTES) {
    const bytes = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, { maxBytes, notRegular, missingIsUndefined: false });
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.decodeUtf8)(bytes, path);
}
const notRegular = (file) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('is not a regular file', { file, expected: 'a file' });
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)(schema, (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__.parseDocument)(text, path), path, text);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.assertSize)(info.size, file, options.maxBytes);
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
