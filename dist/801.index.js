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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);
/**
 * Reads the user's configuration files (policy, sources) from disk: size limit, parse, schema, typed value.
 */




/**
 * Reads a text file with a size limit; a missing or unreadable file is an InputError naming it. Synchronously:
 * a configuration file is small and read before anything else could run meanwhile, and each step of an
 * asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
async function readTextFile(path, maxBytes = _parse_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_MAX_FILE_BYTES) {
    let size;
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!info.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('is not a regular file', { file: path, expected: 'a file' });
        size = info.size;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw cause;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read file: ${cause.code ?? String(cause)}`, { file: path, expected: 'a readable file' }, { cause });
    }
    (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.assertSize)(size, path, maxBytes);
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.decodeUtf8)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path), path);
}
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)(schema, (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__.parseDocument)(text, path), path, text);
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
