export const id = 899;
export const ids = [899,416];
export const modules = {

/***/ 5610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ak: () => (/* binding */ gitBlobSha),
/* harmony export */   bH: () => (/* binding */ bundleDigest),
/* harmony export */   bU: () => (/* binding */ canonicalForm),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   nQ: () => (/* binding */ digestedBundleFiles),
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
 * generated values. Most values take the fast path: the value with its object keys in sorted order (objects
 * already in that order kept as they are, the others copied with their keys inserted in sorted order),
 * serialized by the native `JSON.stringify` (numbers and strings are then serialized exactly as RFC 8785
 * requires, which is ECMAScript's own serialization). V8 enumerates integer-like keys ("0", "10", "9")
 * first and in numeric order whatever the insertion order, and `__proto__` cannot be inserted as a plain
 * key: a value with such a key anywhere takes the slow path, which writes the text itself.
 */

/** Keys whose insertion order V8 does not keep: array indices ("0", "1", "4294967294"; a few more to be safe). */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Whether a key must take the slow path: an unordered key (they start with a digit, tested first) or `__proto__`. */
const needsSlowPath = (key) => {
    const first = key.charCodeAt(0);
    return (first >= 48 && first <= 57 && UNORDERED_KEY.test(key)) || key === '__proto__';
};
/** Thrown by the fast path when a key needs the slow path. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');
/** RFC 8785 canonical JSON text of a value. */
function canonicalJson(value) {
    // A string, number, boolean or null (most lineage field values) is its own JSON text.
    if (value === null || typeof value !== 'object') {
        checkLeaf(value);
        const text = JSON.stringify(value);
        if (text === undefined)
            throw new TypeError('value has no JSON representation');
        return text;
    }
    return canonicalForm(value).text;
}
/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. A value
 * whose keys JavaScript cannot hold in that order (integer-like keys, `__proto__`) is returned as it is.
 */
function canonicalForm(value) {
    let ordered;
    let text;
    try {
        ordered = sortedCopy(value, undefined, 0);
        text = JSON.stringify(ordered);
    }
    catch (error) {
        if (error !== NEEDS_SLOW_PATH)
            throw error;
        ordered = value;
        text = serialize(value, new Set());
    }
    if (text === undefined)
        throw new TypeError('value has no JSON representation');
    return { value: ordered, text };
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
        if (!value.isWellFormed())
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
/**
 * The fast path: the value with every object's keys in sorted order, for JSON.stringify. A plain object or
 * array already in that order is returned as it is (parsed release files and most built values are), so only
 * what is out of order is copied. Throws NEEDS_SLOW_PATH on an unordered key. `seen` (the objects being
 * visited, for cycles) is made only below a depth real documents do not reach: a cycle recurses forever, so
 * it gets there.
 */
function sortedCopy(value, seen, depth) {
    if (value === null || typeof value !== 'object') {
        checkLeaf(value);
        return value;
    }
    if (depth > 64) {
        seen ??= new Set();
        enter(value, seen);
    }
    let copy;
    if ('toJSON' in value && typeof value.toJSON === 'function') {
        seen ??= new Set();
        if (depth <= 64)
            enter(value, seen);
        copy = sortedCopy(value.toJSON(), seen, depth + 1);
        seen.delete(value);
        return copy;
    }
    if (Array.isArray(value))
        copy = sortedItems(value, seen, depth + 1);
    else
        copy = sortedEntries(value, seen, depth + 1);
    seen?.delete(value);
    return copy;
}
/** An object's entries through sortedCopy, in sorted key order; the object itself when that changes nothing. */
function sortedEntries(value, seen, depth) {
    const keys = Object.keys(value);
    // Only a plain object serializes as its keys alone: JSON.stringify unwraps boxed primitives (new Number(1)).
    const prototype = Object.getPrototypeOf(value);
    let same = prototype === Object.prototype || prototype === null;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (needsSlowPath(key))
            throw NEEDS_SLOW_PATH;
        checkLeaf(key);
        if (i > 0 && !(keys[i - 1] < key))
            same = false;
    }
    if (!same)
        keys.sort();
    // The items are kept only once one differs (or the object is copied anyway): most objects need no array.
    let items = same ? undefined : [];
    for (let i = 0; i < keys.length; i++) {
        const item = Reflect.get(value, keys[i]);
        const next = absent(item) ? item : sortedCopy(item, seen, depth);
        if (next !== item && !items) {
            items = [];
            for (let j = 0; j < i; j++)
                items.push(Reflect.get(value, keys[j]));
        }
        items?.push(next);
    }
    if (!items)
        return value;
    const object = {};
    for (let i = 0; i < keys.length; i++)
        if (!absent(items[i]))
            object[keys[i]] = items[i];
    return object;
}
/** An array's items through sortedCopy; the array itself when no item changed. */
function sortedItems(value, seen, depth) {
    let items;
    for (let i = 0; i < value.length; i++) {
        const item = value[i];
        const next = absent(item) ? null : sortedCopy(item, seen, depth);
        if (next !== item && !items)
            items = value.slice(0, i);
        items?.push(next);
    }
    return items ?? value;
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
    return digestedBundleFiles(files).digest;
}
/** The bundle digest, and the files it was computed over in canonical key order (canonicalForm). */
function digestedBundleFiles(files) {
    const { value, text } = canonicalForm({ bundle: files.bundle, holds: files.holds, lineage: files.lineage });
    return { ordered: { bundle: value.bundle, lineage: value.lineage, holds: value.holds }, digest: sha256(text) };
}
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
function gitBlobSha(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_FILE_BYTES: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   MAX_JSON_DEPTH: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   MAX_RELEASE_FILE_BYTES: () => (/* binding */ MAX_RELEASE_FILE_BYTES),
/* harmony export */   assertSize: () => (/* binding */ assertSize),
/* harmony export */   decodeUtf8: () => (/* binding */ decodeUtf8),
/* harmony export */   formatOf: () => (/* binding */ formatOf),
/* harmony export */   lineAt: () => (/* binding */ lineAt),
/* harmony export */   parseDocument: () => (/* binding */ parseDocument)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */



/** Default largest input file accepted, in bytes. */
const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
const MAX_RELEASE_FILE_BYTES = 256 * 1024 * 1024;
/** Largest number of values a YAML document may expand to through aliases, relative to its size. */
const EXPANSION_FACTOR = 64;
const EXPANSION_FLOOR = 100_000;
/** The format a file name implies: `.json` (and `.jsonl`) is JSON, everything else YAML (a superset of JSON). */
function formatOf(file) {
    return /\.json$/i.test(file) ? 'json' : 'yaml';
}
/** Parses JSON or YAML text into a plain value. Throws InputError with file and line. */
function parseDocument(text, file, format = formatOf(file)) {
    if (format === 'json')
        return parseJson(text, file);
    return parseYaml(text, file);
}
/** Rejects inputs over the size limit before they are parsed. */
function assertSize(bytes, file, maxBytes = DEFAULT_MAX_FILE_BYTES) {
    if (bytes > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
            file,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
function decodeUtf8(bytes, file) {
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
    }
}
/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
const MAX_JSON_DEPTH = 256;
function parseJson(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (cause) {
        // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const reason = first ? describeJsonError((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.printParseErrorCode)(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
    const keys = countKeys(value, file);
    // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
    // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
    // slower exact scan run to name the key and its line.
    if (countKeyTokens(text) !== keys)
        throwDuplicateKey(text, file);
    return value;
}
/** Own keys of every object in a parsed JSON value, walked without recursion; refuses nesting past the limit. */
function countKeys(root, file) {
    let keys = 0;
    const values = [root];
    const depths = [1];
    while (values.length > 0) {
        const value = values.pop();
        const depth = depths.pop() ?? 1;
        if (value === null || typeof value !== 'object')
            continue;
        if (depth > MAX_JSON_DEPTH) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
                file,
                expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
            });
        }
        if (Array.isArray(value)) {
            for (const child of value) {
                if (child !== null && typeof child === 'object') {
                    values.push(child);
                    depths.push(depth + 1);
                }
            }
            continue;
        }
        // for-in, not Object.values: no array per object. A parsed object inherits nothing enumerable.
        for (const key in value) {
            keys++;
            const child = value[key];
            if (child !== null && typeof child === 'object') {
                values.push(child);
                depths.push(depth + 1);
            }
        }
    }
    return keys;
}
/**
 * Number of object keys in JSON text that JSON.parse accepted: every string followed by a colon is a key
 * (outside strings, valid JSON has no quote characters, so strings are found by jumping from quote to quote).
 */
function countKeyTokens(text) {
    let keys = 0;
    let at = text.indexOf('"');
    while (at !== -1) {
        let end = text.indexOf('"', at + 1);
        if (end === -1)
            break;
        // A quote preceded by an odd number of backslashes is escaped and does not end the string.
        for (;;) {
            let backslashes = 0;
            while (text.charCodeAt(end - 1 - backslashes) === 92)
                backslashes++;
            if (backslashes % 2 === 0)
                break;
            end = text.indexOf('"', end + 1);
            if (end === -1)
                return keys;
        }
        let next = end + 1;
        let code = text.charCodeAt(next);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(++next);
        if (code === 58)
            keys++;
        at = text.indexOf('"', next);
    }
    return keys;
}
/** Finds the first key repeated within one object and throws an InputError naming it and its line. */
function throwDuplicateKey(text, file) {
    const open = [];
    let found;
    (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_1__.visit)(text, {
        onObjectBegin: () => {
            open.push(new Set());
        },
        onObjectEnd: () => {
            open.pop();
        },
        onObjectProperty: (key, offset) => {
            const seen = open[open.length - 1];
            if (!seen || found)
                return;
            if (seen.has(key))
                found = { key, offset };
            seen.add(key);
        },
    }, { disallowComments: true });
    if (!found) {
        // Unreachable when the count above is right; refuse rather than accept a document read two ways.
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
        file,
        line: lineAt(text, found.offset),
        expected: 'each key at most once per object',
    });
}
function describeJsonError(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
function parseYaml(text, file) {
    let value;
    try {
        const documents = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].loadAll */ .Ay.loadAll(text, undefined, { filename: file, schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].CORE_SCHEMA */ .Ay.CORE_SCHEMA });
        if (documents.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw cause;
        if (cause instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* ["default"].YAMLException */ .Ay.YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
        }
        throw cause;
    }
    assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
    return value;
}
/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root, file, budget) {
    let visited = 0;
    const stack = [root];
    while (stack.length > 0) {
        const value = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (++visited > budget) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
                file,
                expected: 'a document without exponential alias expansion',
            });
        }
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
            if (child !== null && typeof child === 'object')
                stack.push(child);
        }
    }
}
/** 1-based line number of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ }),

/***/ 7899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRelativePath: () => (/* binding */ checkRelativePath),
/* harmony export */   localWorkspace: () => (/* binding */ localWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6416);
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
    // Real paths of the directories read from, by workspace-relative path: thousands of files share a few
    // directories, and resolving each file's whole path again costs a system call per path component.
    const directories = new Map();
    return {
        async read(requested, maxBytes = options.maxBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_4__.DEFAULT_MAX_FILE_BYTES) {
            const relative = checkRelativePath(requested);
            rootReal ??= node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root));
            const base = rootReal;
            const inside = (real) => {
                if (real !== base && !real.startsWith(base + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep))) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' resolves outside the workspace (a symbolic link?)`, {
                        file: relative,
                        expected: 'a file inside the workspace',
                    });
                }
                return real;
            };
            let real;
            try {
                const slash = relative.lastIndexOf('/');
                const directory = slash < 0 ? '' : relative.slice(0, slash);
                let directoryReal = directories.get(directory);
                if (directoryReal === undefined) {
                    directoryReal = inside(directory === '' ? base : node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, directory)));
                    directories.set(directory, directoryReal);
                }
                real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directoryReal, relative.slice(slash + 1));
                // The file itself may be a symbolic link: then resolve it whole, as for any path.
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real).isSymbolicLink())
                    real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(real);
            }
            catch (cause) {
                if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
                    throw cause;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read '${relative}': ${codeOf(cause) === 'ENOENT' ? 'no such file' : codeOf(cause)}`, {
                    file: relative,
                    expected: 'an existing file inside the workspace',
                }, { cause });
            }
            const bytes = readLimited(inside(real), relative, maxBytes);
            return { path: relative, bytes, lineage: lineageOf(relative, bytes, options) };
        },
    };
}
/** Normalizes a workspace-relative path with forward slashes, or throws an InputError saying why it is refused. */
function checkRelativePath(requested) {
    const refuse = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`path ${JSON.stringify(requested)} ${why}`, {
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
function readLimited(real, relative, maxBytes) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever, before fstat can refuse it.
        // It changes nothing for regular files. (Undefined on Windows, where FIFOs do not live in directories.)
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (cause) {
        // A socket cannot be opened at all (ENXIO): say what it is rather than the errno.
        const kind = kindOf((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real, { throwIfNoEntry: false }));
        if (kind)
            throw notRegular(relative, kind);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot open '${relative}': ${codeOf(cause)}`, { file: relative, expected: 'a readable file' }, { cause });
    }
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const kind = kindOf(stat);
        if (kind)
            throw notRegular(relative, kind);
        tooLarge(stat.size, relative, maxBytes);
        // Read one byte past the limit so a file that grew after stat is still refused.
        const buffer = Buffer.allocUnsafeSlow(Math.min(stat.size, maxBytes) + 1);
        let filled = 0;
        while (filled < buffer.length) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, filled, buffer.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        tooLarge(filled, relative, maxBytes);
        return new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' is ${kind}, not a regular file`, { file: relative, expected: 'a regular file' });
}
function tooLarge(size, relative, maxBytes) {
    if (size > maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`'${relative}' is ${size} bytes or more, over the limit of ${maxBytes} bytes`, {
            file: relative,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
function lineageOf(relative, bytes, options) {
    const blob = (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .gitBlobSha */ .Ak)(bytes);
    if (options.repository !== undefined && options.commit !== undefined) {
        return {
            system: 'github',
            locator: `${options.repository}@${options.commit}:${relative}`,
            revision: options.commit,
            digest: `gitblob:${blob}`,
            observedAt: options.observedAt,
        };
    }
    return { system: 'file', locator: relative, revision: blob, digest: (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(bytes), observedAt: options.observedAt };
}
function codeOf(error) {
    if (error instanceof Error && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
