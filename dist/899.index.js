export const id = 899;
export const ids = [899];
export const modules = {

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


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRelativePath: () => (/* binding */ checkRelativePath),
/* harmony export */   localWorkspace: () => (/* binding */ localWorkspace)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6416);
/* harmony import */ var _schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2306);
/**
 * The local workspace: files of the candidate read from a directory, confined to it, with lineage.
 *
 * In the action the directory is the checked-out repository at the tag's commit, and lineage names
 * `owner/repo@<commit>:<path>` with the git blob id. In the CLI it is a plain directory, and lineage names the
 * relative path with its content hashes. `observedAt` is always the given reference time (the candidate
 * commit's time), never the wall clock, so two assemblies of the same candidate are identical.
 *
 * Files are read with synchronous calls: a release reads thousands of small local files, and each
 * asynchronous call is a round trip through libuv's thread pool (realpath, open, stat, read, close: five per
 * file), which at 10,000 files cost more wall time than the reading itself (bench/run.ts).
 */







/** True when text holds a C0 control (incl. NUL), DEL or a C1 control: never part of a path a person meant. */
function hasControlCharacter(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
            return true;
    }
    return false;
}
/**
 * A workspace over `root`. Rejects absolute paths, `..` segments, backslashes, control characters,
 * symlinks that resolve outside root, non-regular files and files over the size limit.
 */
function localWorkspace(root, options) {
    let rootReal;
    // What every real path inside the root starts with (the root `/` already ends with the separator).
    let prefix = '';
    // Real paths of the directories read from, by workspace-relative path: thousands of files share a few
    // directories, and resolving each file's whole path again costs a system call per path component.
    const directories = new Map();
    return {
        async read(requested, maxBytes = options.maxBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__.DEFAULT_MAX_FILE_BYTES) {
            const relative = checkRelativePath(requested);
            if (rootReal === undefined) {
                rootReal = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root));
                prefix = rootReal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? rootReal : rootReal + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
            }
            const base = rootReal;
            let real;
            let opened;
            try {
                const slash = relative.lastIndexOf('/');
                const directory = slash < 0 ? '' : relative.slice(0, slash);
                let directoryReal = directories.get(directory);
                if (directoryReal === undefined) {
                    directoryReal = inside(directory === '' ? base : node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, directory)), base, prefix, relative);
                    directories.set(directory, directoryReal);
                }
                // The file name is one segment checkRelativePath let through (no '', '.' or '..') and the directory a
                // real path: path.join would only put the separator between them (none after the root '/').
                const name = relative.slice(slash + 1);
                real = directoryReal.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? directoryReal + name : directoryReal + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) + name;
                // Nearly every file is a plain file: an open that does not follow a symbolic link proves it is not one,
                // and saves the lstat (a system call per file). When that open fails for any reason (the file is a
                // symbolic link, missing, a socket), the checks below run in their usual order and name the cause.
                if (real.startsWith(prefix))
                    opened = openNotFollowing(real);
                // The file itself may be a symbolic link: then resolve it whole, as for any path.
                if (opened === undefined && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(real).isSymbolicLink())
                    real = node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync.native(real);
            }
            catch (cause) {
                if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz)
                    throw cause;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot read '${relative}': ${codeOf(cause) === 'ENOENT' ? 'no such file' : codeOf(cause)}`, {
                    file: relative,
                    expected: 'an existing file inside the workspace',
                }, { cause });
            }
            const { bytes, blob } = opened === undefined
                ? readLimited(inside(real, base, prefix, relative), relative, maxBytes)
                : readOpened(opened, relative, maxBytes);
            // Lineage names where the bytes are. Through a symbolic link that is the link's target: git holds the link
            // itself as a blob of its target's name, and a path through a linked directory is in no tree at all, so
            // `<commit>:<requested path>` would not hold the blob read.
            const located = real.slice(prefix.length);
            const named = located === relative || (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) === '/' ? located : located.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
            return { path: relative, bytes, lineage: lineageOf(named, bytes, blob, options) };
        },
    };
}
/** A real path, when it is the root (`base`) or inside it (starts with `prefix`); else an InputError. */
function inside(real, base, prefix, relative) {
    if (real !== base && !real.startsWith(prefix)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
            file: relative,
            expected: 'a file inside the workspace',
        });
    }
    return real;
}
/**
 * A relative path made of plain segments (letters, digits, `.`, `_`, `-`, none empty, `.` or `..`): what
 * checkRelativePath returns as it is, recognised by one test. Anything else (a `..` segment, `./`, `//`, a
 * backslash, a control character, a drive letter, other characters) takes the checks below.
 */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;
/** Normalizes a workspace-relative path with forward slashes, or throws an InputError saying why it is refused. */
function checkRelativePath(requested) {
    if (typeof requested === 'string' && PLAIN_PATH.test(requested))
        return requested;
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`path ${JSON.stringify(requested)} ${why}`, {
            file: requested,
            expected: 'a relative path inside the workspace, with forward slashes',
        });
    };
    if (typeof requested !== 'string' || requested.length === 0)
        refuse('is empty');
    if (hasControlCharacter(requested))
        refuse('contains a NUL or control character');
    if (requested.includes('\\'))
        refuse('contains a backslash');
    if (requested.startsWith('/') || /^[A-Za-z]:/.test(requested))
        refuse('is absolute');
    const segments = requested.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        refuse("contains a '..' segment");
    if (segments.length === 0)
        refuse('names no file');
    return segments.join('/');
}
/**
 * Flags of every open: O_NOFOLLOW refuses a symbolic link that appeared after it was resolved; O_NONBLOCK, because
 * opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it. It changes
 * nothing for regular files. (Both undefined on Windows, where FIFOs do not live in directories.)
 */
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/**
 * The file opened without following a symbolic link, or undefined when it cannot be opened so (also where the
 * platform has no O_NOFOLLOW, Windows: there an open would follow a link, so only lstat can tell).
 */
function openNotFollowing(real) {
    if (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW === undefined)
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, OPEN_FLAGS);
    }
    catch {
        return undefined;
    }
}
function readLimited(real, relative, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(real, OPEN_FLAGS);
    }
    catch (cause) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        const kind = kindOf((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(real, { throwIfNoEntry: false }));
        if (kind)
            throw notRegular(relative, kind);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot open '${relative}': ${codeOf(cause)}`, { file: relative, expected: 'a readable file' }, { cause });
    }
    return readOpened(fd, relative, maxBytes);
}
/** Room before a file's bytes for git's blob header, `blob <size>\0` (a size of up to 16 digits). */
const BLOB_HEADER_ROOM = 22;
/**
 * Reads an open file (and closes it): a regular file of at most maxBytes, or an InputError saying why not. The
 * bytes are read behind room for git's blob header, so that the blob id is one hash over one buffer (the
 * blob id of the bytes as gitBlobSha computes it: sha1 of `blob <size>\0<bytes>`), with no copy.
 */
function readOpened(fd, relative, maxBytes) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(relative, kind);
        tooLarge(stat.size, relative, maxBytes);
        const bytes = (0,_schema_regular_file_js__WEBPACK_IMPORTED_MODULE_6__/* .readToLimit */ .n)(fd, stat.size, maxBytes, (size) => tooLargeError(size, relative, maxBytes), BLOB_HEADER_ROOM);
        const filled = bytes.byteLength;
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset - BLOB_HEADER_ROOM, BLOB_HEADER_ROOM + filled);
        const header = `blob ${filled}\0`;
        const start = BLOB_HEADER_ROOM - header.length;
        buffer.write(header, start, 'latin1');
        return {
            bytes: new Uint8Array(buffer.buffer, buffer.byteOffset + BLOB_HEADER_ROOM, filled),
            blob: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha1', buffer.subarray(start, BLOB_HEADER_ROOM + filled), 'hex'),
        };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** What a file is when it is not a regular file (`a FIFO (named pipe)`), or undefined for a regular file. */
function kindOf(stat) {
    if (!stat || stat.isFile())
        return undefined;
    if (stat.isFIFO())
        return 'a FIFO (named pipe)';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice())
        return 'a character device';
    if (stat.isBlockDevice())
        return 'a block device';
    if (stat.isDirectory())
        return 'a directory';
    return 'a special file';
}
function notRegular(relative, kind) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' is ${kind}, not a regular file`, { file: relative, expected: 'a regular file' });
}
function tooLarge(size, relative, maxBytes) {
    if (size > maxBytes)
        throw tooLargeError(size, relative, maxBytes);
}
function tooLargeError(size, relative, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
        file: relative,
        expected: `a file of at most ${maxBytes} bytes`,
    });
}
function lineageOf(relative, bytes, blob, options) {
    if (options.repository !== undefined && options.commit !== undefined) {
        return {
            system: 'github',
            locator: `${options.repository}@${options.commit}:${relative}`,
            revision: options.commit,
            digest: `gitblob:${blob}`,
            observedAt: options.observedAt,
        };
    }
    return { system: 'file', locator: relative, revision: blob, digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(bytes), observedAt: options.observedAt };
}
function codeOf(error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
