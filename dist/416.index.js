export const id = 416;
export const ids = [416];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ requirePackage),
/* harmony export */   p: () => (/* binding */ requireGenerated)
/* harmony export */ });
/* unused harmony export loadedBesideModules */
/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is generated/ beside the bundle
 * (dist/generated/, dist/cli/generated/, dist/reader/generated/), where scripts/build.mjs copies the
 * validators and bundles each package into its module of the same name. Each loads synchronously on first
 * use (a bundle chunk is an ES module, loaded only by `import()`), so a process parses only what it uses.
 */
/**
 * Node's own `require`, relative to this module. Reached through process.getBuiltinModule so that the bundler
 * leaves it alone (it would replace a `createRequire` it sees) and the modules stay files of their own.
 */
const requireHere = process.getBuiltinModule('node:module').createRequire(import.meta.url);
const loaded = new Map();
/** The exports of a module under ./generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
function requireGenerated(file) {
    if (loaded.has(file))
        return loaded.get(file);
    const exports = requireHere(`./generated/${file}`);
    loaded.set(file, exports);
    return exports;
}
/** A package's exports, from its generated module (./generated/<name>.cjs); typed by the caller. */
function requirePackage(name) {
    return requireGenerated(`${name}.cjs`);
}
/** The modules loaded so far in this process, by path under ./generated/ (for tests). */
function loadedBesideModules() {
    return [...loaded.keys()].sort();
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
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _beside_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3041);
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */



// Both parsers load on first use from beside the bundle (beside.ts), not as part of it:
// jsonc-parser only on the error paths that need it (issue 13 goal 3).
const yaml = () => (0,_beside_js__WEBPACK_IMPORTED_MODULE_2__/* .requirePackage */ .a2)('js-yaml');
const jsonc = () => (0,_beside_js__WEBPACK_IMPORTED_MODULE_2__/* .requirePackage */ .a2)('jsonc-parser');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
            file,
            expected: `a file of at most ${maxBytes} bytes`,
        });
    }
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
function decodeUtf8(bytes, file) {
    // ASCII is valid UTF-8 that decodes byte for byte and cannot hold a byte order mark, so it is copied as
    // Latin-1, skipping the decoder's own validation: the same text, about a fifth cheaper on SBOM-sized files.
    // Everything else (and so every invalid byte sequence) goes through the strict decoder as before.
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(bytes))
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    try {
        const text = utf8.decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    catch (cause) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
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
        jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const reason = first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
    const keys = countKeys(value, file);
    // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
    // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
    // slower exact scan run to name the key and its line.
    if (countKeyTokens(text) !== keys)
        throwDuplicateKey(text, file);
    return value;
}
const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
/**
 * Number of object keys in JSON text that JSON.parse accepted, found from the colons: outside strings, valid
 * JSON has a colon only after a key, as `"key"` then optional whitespace then `:`, and a document has far fewer
 * colons than quotes, so jumping from colon to colon is about three times faster than from quote to quote.
 *
 * A colon inside a string may also follow a quote (`"a\":"` or `" :"`), so the quote before each colon is
 * classified by what precedes it. Preceded by an odd run of backslashes, it is escaped: inside a string, no key.
 * Preceded (after whitespace) by anything but `:` `,` `[` `{` or the start of the text, it cannot open a string
 * (in valid JSON a string opens only after those), so it closes one: a key. After one of those four, it may open
 * a string that starts with a colon (`[" :"]`) or close a key that ends with one (`{"a,": 1}`): the colons
 * cannot tell, so the whole text is counted by the exact scan from quote to quote instead. Real documents
 * rarely get there: a key ending in `,` or a string value starting with `:`.
 */
function countKeyTokens(text) {
    let keys = 0;
    let colon = text.indexOf(':');
    while (colon !== -1) {
        let quote = colon - 1;
        let code = text.charCodeAt(quote);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(--quote);
        if (code === QUOTE) {
            let before = quote - 1;
            code = text.charCodeAt(before);
            if (code === BACKSLASH) {
                let backslashes = 1;
                while (text.charCodeAt(before - backslashes) === BACKSLASH)
                    backslashes++;
                // An even run is escaped backslashes ending a string's content: the quote closes that string.
                if (backslashes % 2 === 0)
                    keys++;
            }
            else {
                while (code === 32 || code === 10 || code === 13 || code === 9)
                    code = text.charCodeAt(--before);
                if (before < 0 || code === COLON || code === COMMA || code === OPEN_BRACKET || code === OPEN_BRACE) {
                    return countKeyTokensExactly(text);
                }
                keys++;
            }
        }
        colon = text.indexOf(':', colon + 1);
    }
    return keys;
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
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
 * Exact on any valid JSON; countKeyTokens falls back to it where colons alone cannot tell.
 */
function countKeyTokensExactly(text) {
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
    jsonc().visit(text, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
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
        const documents = yaml().loadAll(text, undefined, { filename: file, schema: yaml().CORE_SCHEMA });
        if (documents.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw cause;
        if (cause instanceof yaml().YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
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


/***/ })

};
