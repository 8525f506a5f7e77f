export const id = 15;
export const ids = [15];
export const modules = {

/***/ 4015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kindAcceptedInSourcesFile: () => (/* binding */ kindAcceptedInSourcesFile),
  readDocument: () => (/* binding */ readDocument),
  readPolicy: () => (/* binding */ readPolicy),
  readSourcesConfig: () => (/* binding */ readSourcesConfig),
  readTextFile: () => (/* binding */ readTextFile)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/schema/regular-file.ts
/**
 * Reads one regular file through one descriptor, within a size limit. Shared by the configuration files
 * (documents.ts) and a release directory's files (cli/release-dir.ts).
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
        fd = (0,external_node_fs_.openSync)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (cause) {
        const code = cause.code;
        if (code === 'ENOENT' && options.missingIsUndefined)
            return undefined;
        // A socket cannot be opened (ENXIO): say what it is rather than how opening it failed.
        const info = code === 'ENOENT' ? undefined : statOrUndefined(file);
        if (info && !info.isFile())
            throw options.notRegular(file);
        throw new errors/* InputError */.dz(`cannot read file: ${code ?? String(cause)}`, { file, expected: 'a readable file' }, { cause });
    }
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            throw options.notRegular(file);
        (0,parse.assertSize)(info.size, file, options.maxBytes);
        return readAtMost(fd, file, info.size, options.maxBytes);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Room for the first read of a file whose size reads as 0 (procfs), and how a buffer grows past its first size. */
const FIRST_ROOM = 64 * 1024;
/**
 * Reads fd to its end, refusing it once it holds more than maxBytes. `size` (fstat's) sizes the buffer: one byte
 * more than it, so that the read that finds the end needs no second buffer when the size was right.
 */
function readAtMost(fd, file, size, maxBytes) {
    let buffer = Buffer.allocUnsafe(Math.min(size > 0 ? size + 1 : FIRST_ROOM, maxBytes + 1));
    let filled = 0;
    for (;;) {
        if (filled === buffer.length) {
            if (filled > maxBytes) {
                throw new errors/* InputError */.dz(`file holds more than ${maxBytes} bytes, over the limit of ${maxBytes} bytes`, {
                    file,
                    expected: `a file of at most ${maxBytes} bytes`,
                });
            }
            const grown = Buffer.allocUnsafe(Math.min(Math.max(buffer.length * 2, FIRST_ROOM), maxBytes + 1));
            buffer.copy(grown, 0, 0, filled);
            buffer = grown;
        }
        const read = (0,external_node_fs_.readSync)(fd, buffer, filled, buffer.length - filled, null);
        if (read === 0)
            return buffer.subarray(0, filled);
        filled += read;
    }
}
function statOrUndefined(file) {
    try {
        return (0,external_node_fs_.statSync)(file);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/schema/validate.ts + 1 modules
var validate = __webpack_require__(8671);
;// CONCATENATED MODULE: ./src/schema/documents.ts




/**
 * Reads a text file with a size limit; a missing or unreadable file, or one that is not a regular file, is an
 * InputError naming it. Through one descriptor (regular-file.ts): what is checked is what is read.
 * Synchronously: a configuration file is small and read before anything else could run meanwhile, and each step
 * of an asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
async function readTextFile(path, maxBytes = parse.DEFAULT_MAX_FILE_BYTES) {
    const bytes = readRegularFile(path, { maxBytes, notRegular, missingIsUndefined: false });
    return (0,parse.decodeUtf8)(bytes, path);
}
const notRegular = (file) => new errors/* InputError */.dz('is not a regular file', { file, expected: 'a file' });
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,validate/* validateDocument */.mv)(schema, (0,parse.parseDocument)(text, path), path, text);
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


/***/ })

};
