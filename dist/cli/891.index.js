export const id = 891;
export const ids = [891];
export const modules = {

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cP: () => (/* binding */ pointerSegments),
/* harmony export */   rq: () => (/* binding */ pointerOf)
/* harmony export */ });
/* unused harmony export resolvePointer */
/**
 * RFC 6901 JSON Pointers: how lineage, holds and findings name a field.
 */
/** Splits a JSON Pointer into its unescaped segments. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Builds a JSON Pointer from segments. */
function pointerOf(segments) {
    let pointer = '';
    for (const s of segments)
        pointer += `/${typeof s === 'number' ? s : escapeSegment(s)}`;
    return pointer;
}
const escapeSegment = (s) => s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
/** The value a JSON Pointer names in a document, or undefined when it names nothing. */
function resolvePointer(root, pointer) {
    let value = root;
    for (const segment of pointerSegments(pointer)) {
        if (value === null || typeof value !== 'object')
            return undefined;
        if (Array.isArray(value)) {
            if (!/^(0|[1-9][0-9]*)$/.test(segment))
                return undefined;
            value = value[Number(segment)];
        }
        else {
            if (!Object.hasOwn(value, segment))
                return undefined;
            value = value[segment];
        }
    }
    return value;
}


/***/ }),

/***/ 8800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ releaseBranch),
/* harmony export */   Dc: () => (/* binding */ sealTagName),
/* harmony export */   HJ: () => (/* binding */ BUNDLE_FILES),
/* harmony export */   Ku: () => (/* binding */ unsafeSegmentReason),
/* harmony export */   N3: () => (/* binding */ BUNDLES_ROOT),
/* harmony export */   eC: () => (/* binding */ revisionReason),
/* harmony export */   fF: () => (/* binding */ releaseDirectory),
/* harmony export */   sX: () => (/* binding */ parseSealTagName)
/* harmony export */ });
/* unused harmony export MAX_REVISION */
/**
 * Names that become paths and refs: release directories, branches and seal tags. One validator for all,
 * so no product or release name can leave the bundles directory.
 */
/** Directory in the bundles repository that holds every release. */
const BUNDLES_ROOT = 'bundles';
/** File names inside one release directory. */
const BUNDLE_FILES = {
    bundle: 'bundle.json',
    lineage: 'lineage.json',
    holds: 'holds.json',
    manifest: 'manifest.json',
};
const LABEL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * The largest revision number: the most a seal tag `r<revision>` carries (nine digits), and what the manifest
 * and seal-record schemas allow (`common.schema.json#/$defs/revision`). Far below 2^53, so it stays exact.
 */
const MAX_REVISION = 999_999_999;
/** Why `revision` is not a revision number (an integer from 1 to MAX_REVISION), or undefined when it is. */
function revisionReason(revision) {
    if (!Number.isInteger(revision) || revision < 1)
        return 'is not a whole number of at least 1';
    if (revision > MAX_REVISION)
        return `is larger than ${MAX_REVISION}, the largest revision a seal tag can carry`;
    return undefined;
}
/**
 * Why `value` is not a safe single path segment and git ref component, or undefined when it is. Rejects what
 * could leave the bundles directory or that git refuses in a ref name (git check-ref-format): '..', '/',
 * '\\', absolute paths, control characters, empty names, a trailing '.', a '.lock' ending; '@{', '~', '^',
 * ':', '?', '*', '[' and spaces are outside the allowed characters.
 */
function unsafeSegmentReason(value) {
    if (value.length === 0)
        return 'is empty';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
    if (/[\u0000-\u001f\u007f]/.test(value))
        return 'contains a control character';
    if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value))
        return 'is an absolute path';
    if (value.includes('/') || value.includes('\\'))
        return "contains a path separator ('/' or '\\')";
    if (value.includes('..'))
        return "contains '..'";
    if (!LABEL.test(value))
        return "has characters outside letters, digits, '.', '_', '+', '-' or does not start with a letter or digit";
    // git refuses a ref component that ends with '.' or '.lock' (git check-ref-format); '.LOCK' too, for
    // case-insensitive file systems.
    if (value.endsWith('.'))
        return "ends with '.', which git refuses in a branch or tag name";
    if (/\.lock$/i.test(value))
        return "ends with '.lock', which git refuses in a branch or tag name";
    return undefined;
}
/** Directory of one release: `bundles/<product>/<release>`. Callers validate the names first. */
function releaseDirectory(product, release) {
    return `${BUNDLES_ROOT}/${product}/${release}`;
}
/** Branch the assemble mode writes a release's revisions on. */
function releaseBranch(product, release) {
    return `cutover/${product}/${release}`;
}
/** The seal tag of one revision: `cutover/<product>/<release>/r<revision>`. */
function sealTagName(product, release, revision) {
    const reason = revisionReason(revision);
    if (reason)
        throw new RangeError(`revision ${revision} ${reason}`);
    return `cutover/${product}/${release}/r${revision}`;
}
/** Parses a seal tag name, or returns undefined for anything else. */
function parseSealTagName(tag) {
    const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,15})$/.exec(tag);
    if (!match?.[1] || !match[2] || !match[3])
        return undefined;
    if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2]))
        return undefined;
    const revision = Number(match[3]);
    if (revisionReason(revision))
        return undefined;
    return { product: match[1], release: match[2], revision };
}


/***/ }),

/***/ 8287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Renderer),
/* harmony export */   r: () => (/* binding */ cmp)
/* harmony export */ });
/** Applies the policy's rendering rules for one field kind; collects each change once. */
class Renderer {
    rules;
    seen = new Map();
    constructor(policy) {
        this.rules = { component: [], cohort: [], environment: [] };
        for (const rule of policy.rendering ?? [])
            this.rules[rule.field].push(rule);
    }
    /** The rendered form of `value`. */
    render(field, value) {
        const key = `${field}\u0000${value}`;
        const known = this.seen.get(key);
        if (known)
            return known.steps.at(-1)?.rendered ?? value;
        const steps = [];
        let current = value;
        for (const rule of this.rules[field]) {
            const next = apply(rule, current);
            if (next !== current) {
                steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
                current = next;
            }
        }
        for (const step of steps)
            step.final = current;
        this.seen.set(key, { field, original: value, steps });
        return current;
    }
    /** Every change made so far, each step once, in a stable order. */
    renderings() {
        const steps = new Map();
        for (const step of [...this.seen.values()].flatMap((v) => v.steps))
            steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
        return [...steps.values()].sort((a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule));
    }
    /** Every value rendered so far with its final form. */
    results() {
        return [...this.seen.values()].map(({ field, original, steps }) => ({
            field,
            original,
            rendered: steps.at(-1)?.rendered ?? original,
        }));
    }
}
function apply(rule, value) {
    if (rule.map)
        return Object.hasOwn(rule.map, value) ? (rule.map[value] ?? value) : value;
    switch (rule.transform) {
        case 'lowercase':
            return value.toLowerCase();
        case 'trim':
            return value.trim();
        case 'kebab-case':
            return value
                .trim()
                .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
                .replace(/[\s_]+/g, '-')
                .replace(/-+/g, '-')
                .toLowerCase();
        default:
            return value;
    }
}
/** Code-unit string order: locale-independent, so every machine sorts alike. */
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ jsonLineLocator)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2812);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6416);
/**
 * Finds the line of a JSON Pointer in JSON text, so findings and errors can point at file and line.
 */



/**
 * Line locator over one JSON text; parses once. Falls back to the deepest existing parent when the
 * pointer names a missing member (the line where it should have been).
 */
function jsonLineLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    return (pointer) => {
        if (!root)
            return undefined;
        const segments = (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .cP)(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        for (let depth = segments.length; depth >= 0; depth--) {
            const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, segments.slice(0, depth));
            if (node) {
                const target = node.parent?.type === 'property' ? node.parent : node;
                return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(text, target.offset);
            }
        }
        return undefined;
    };
}


/***/ }),

/***/ 6416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   Sl: () => (/* binding */ assertSize),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   gO: () => (/* binding */ MAX_RELEASE_FILE_BYTES),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony export MAX_JSON_DEPTH */
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
        const children = Array.isArray(value) ? value : Object.values(value);
        if (!Array.isArray(value))
            keys += children.length;
        for (const child of children) {
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

/***/ 6780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K3: () => (/* binding */ schemaViolations),
  n_: () => (/* binding */ validateById),
  mv: () => (/* binding */ validateDocument)
});

// UNUSED EXPORTS: FORMAT_WORDS, PATTERN_WORDS, moreViolations, validatorFor

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/schema/ajv-options.ts
/**
 * The one Ajv configuration Cutover validates with, shared by the run-time instance (validate.ts) and the
 * build-time generator of standalone validators (standalone.ts), so a precompiled validator behaves exactly
 * as the schema compiled at run time would.
 */
/**
 * strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("one of these keys") names keys
 * declared in the parent's `properties`, which Ajv's strict check does not see from inside anyOf/oneOf.
 * verbose: each error carries the offending value (`data`), so a message can show what was given.
 * validateSchema off: the schemas are ours and fixed at build time; test/schema/meta-schema.test.ts checks
 * each against the 2020-12 meta-schema once, instead of every process compiling the meta-schema to do it
 * (a tenth of `cutover list` over 5,000 seal tags).
 */
const AJV_OPTIONS = {
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    verbose: true,
    validateSchema: false,
};
/** The ajv-formats formats the schemas use. */
const AJV_FORMATS = ['date-time', 'uri', 'email'];

// EXTERNAL MODULE: ./src/schema/generated/seal-record.validate.cjs
var seal_record_validate = __webpack_require__(4823);
var seal_record_validate_default = /*#__PURE__*/__webpack_require__.n(seal_record_validate);
// EXTERNAL MODULE: ./src/schema/locate.ts
var schema_locate = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
;// CONCATENATED MODULE: ./schemas/bundle.schema.json
const bundle_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/bundle.schema.json","title":"Cutover bundle (bundle.json)","description":"The content of one release-candidate cutover: what is deployed, to whom, how it is undone, within which window.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","candidate","components","dependencies","cohorts","rollback","environments","waivers","window"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product (a label): the first path segment of bundles/<product>/<release>/ and of the seal tag.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release (a label), e.g. 2026.11.3: the second path segment and part of the seal tag.","$ref":"common.schema.json#/$defs/label"},"candidate":{"description":"The release candidate this bundle was assembled for.","type":"object","additionalProperties":false,"required":["tag","commit","signature"],"properties":{"tag":{"description":"The release-candidate tag in the service repository.","type":"string","minLength":1,"maxLength":255},"commit":{"description":"The commit the candidate tag points at (40 or 64 hex).","$ref":"common.schema.json#/$defs/commit"},"repository":{"description":"The service repository (owner/name), when known.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"signature":{"description":"Signature status of the candidate tag, as the signing system reported it.","$ref":"common.schema.json#/$defs/signature"}}},"components":{"description":"What is deployed: each component with its artifacts and provenance.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"description":"Component name (a label, after the policy\'s rendering rules).","$ref":"common.schema.json#/$defs/label"},"artifacts":{"description":"The component\'s deployable artifacts.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"description":"Artifact name, e.g. an image or asset name.","type":"string","minLength":1,"maxLength":255},"version":{"description":"Artifact version.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Artifact content digest (sha256:<64 hex>).","$ref":"common.schema.json#/$defs/sha256"},"locator":{"description":"Where a deployer fetches it: an OCI reference, a release asset URL, a package URL.","type":"string","minLength":1,"maxLength":2048}}}},"provenance":{"description":"Build provenance (in-toto/SLSA) found for the component\'s artifacts.","type":"array","items":{"type":"object","additionalProperties":false,"required":["builder","sourceRepository","subjects","signatureVerified","verification"],"properties":{"builder":{"description":"The builder id the provenance names (empty when none: a suspicious-source hold).","type":"string","maxLength":2048},"sourceRepository":{"description":"The source repository the provenance says was built.","type":"string","maxLength":2048},"sourceRef":{"description":"The git ref that was built, when stated.","type":"string","maxLength":1024},"sourceCommit":{"description":"The commit that was built, when stated.","type":"string","maxLength":128},"subjects":{"description":"Artifact digests the attestation names as subjects; an artifact digest not among them is a provenance-mismatch hold.","type":"array","items":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"}},"signatureVerified":{"description":"True only when the attestation\'s signature was cryptographically verified against a trusted key.","type":"boolean"},"verification":{"description":"How the signature was checked, or why it was not (e.g. \'not-verified: no trust root supplied\').","type":"string","maxLength":1024}}}}}}},"dependencies":{"description":"Dependencies of components, from SBOMs (cyclonedx, spdx sources) or records.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component","name"],"properties":{"component":{"description":"The bundle component that has this dependency.","$ref":"common.schema.json#/$defs/label"},"name":{"description":"Dependency name.","type":"string","minLength":1,"maxLength":512},"version":{"description":"Dependency version as the SBOM states it; left out when the SBOM states none.","type":"string","maxLength":256},"purl":{"description":"Package URL, when stated.","type":"string","maxLength":2048},"licenses":{"description":"Licenses stated for the dependency.","type":"array","items":{"type":"string","maxLength":512}}}}},"cohorts":{"description":"Who receives the release: rollout cohorts by share and/or segment, per environment.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments","flags"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"description":"Cohort id (a label), e.g. <flag>-<variant> from a flagd source.","$ref":"common.schema.json#/$defs/label"},"environments":{"description":"Declared environments this cohort is rolled out in.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/label"},"uniqueItems":true},"share":{"description":"Percentage (0-100) of the population. Shares add up per environment, per set of flag keys and per segment, at most 100.","type":"number","minimum":0,"maximum":100},"segment":{"description":"The population this cohort is, as text (e.g. a targeting rule rendered).","type":"string","minLength":1,"maxLength":512},"flags":{"description":"Feature flags and the variants this cohort receives.","type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"description":"How each component is undone.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component","evidence"],"properties":{"component":{"description":"The component this rollback entry is for.","$ref":"common.schema.json#/$defs/label"},"pointer":{"description":"The previously approved artifact to return to; absent when no source stated one (a missing-rollback-evidence hold).","type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"description":"Version of the artifact to return to.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Digest of the artifact to return to.","$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"description":"Reference to the rollback hook (a runbook, a job, a workflow); never executed by Cutover.","type":"string","minLength":1,"maxLength":2048},"evidence":{"description":"Evidence that the rollback works (drills, test runs); empty is a missing-rollback-evidence hold.","type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}},"description":"Rollback of one component. A missing pointer or empty evidence is a hold, never filled in."}},"environments":{"description":"The environments the bundle may target, with their constraints.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","constraints"],"properties":{"name":{"description":"Environment name (a label).","$ref":"common.schema.json#/$defs/label"},"constraints":{"description":"Limits cutover/environment checks for this environment.","$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"description":"Waivers of findings for this release; each must be approved and outlast the window.","type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"description":"The change window the deployment queue may act in.","$ref":"common.schema.json#/$defs/window"}}}');
;// CONCATENATED MODULE: ./schemas/common.schema.json
const common_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/common.schema.json","title":"Cutover shared definitions","$defs":{"label":{"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, \'.\', \'_\', \'+\', \'-\'; starts with a letter or digit; no \'..\'; does not end with \'.\' or \'.lock\'; at most 100 characters.","type":"string","pattern":"^(?!.*\\\\.\\\\.)(?!.*\\\\.$)(?!.*\\\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},"revision":{"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999},"text":{"type":"string","minLength":1,"maxLength":4096},"sha256":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"},"sourceDigest":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$"},"commit":{"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"},"time":{"type":"string","format":"date-time","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}T\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?(Z|[+-]\\\\d{2}:\\\\d{2})$"},"team":{"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository\'s organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},"pointer":{"type":"string","pattern":"^(/([^~/]|~[01])*)*$"},"lineage":{"type":"object","additionalProperties":false,"required":["system","locator","revision","digest","observedAt"],"properties":{"system":{"description":"The kind of system the value was read from: \'file\' (a local workspace file), \'github\' (a file of the candidate repository at its commit), \'github-release\', \'github-attestations\', \'http\' and so on.","type":"string","minLength":1,"maxLength":100},"locator":{"description":"Where in that system: a workspace path (or repository@commit:path), a URL without credentials or query, plus \'#<pointer>\' of the value inside the document.","type":"string","maxLength":2048},"revision":{"description":"The version of the source that was read: a git blob or commit, a release id, an HTTP ETag or Last-Modified. Empty when the source states none (a missing-lineage hold).","type":"string","maxLength":256},"digest":{"description":"Digest of the source\'s bytes as read (sha256:<hex>, or gitblob:<hex>).","type":"string","maxLength":100},"observedAt":{"description":"When the source stated the value (RFC 3339): a commit time, a publication time, Last-Modified. Never the wall-clock time of the run, so digests are reproducible.","$ref":"#/$defs/time"}}},"environmentConstraints":{"type":"object","additionalProperties":false,"properties":{"maxCohortShare":{"description":"Largest share (percent) any single cohort may take in this environment; more fails cutover/environment (a scope-drift hold at assembly).","type":"number","minimum":0,"maximum":100},"requireRollbackHook":{"description":"When true, every rollback entry must name a hook; one without fails cutover/environment (a scope-drift hold at assembly).","type":"boolean"},"allowedQueues":{"description":"Deployment queues allowed to deploy to this environment; when given, a deployment queue not in the list (the manifest\'s; at assembly the window\'s, a scope-drift hold) fails cutover/environment.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"rollbackEvidence":{"type":"object","additionalProperties":false,"required":["kind","ref"],"properties":{"kind":{"description":"What kind of evidence this is, e.g. \'drill\', \'runbook\', \'test-run\' (free text).","type":"string","minLength":1,"maxLength":100},"ref":{"description":"Reference to the evidence: a URL, a job or a document id.","$ref":"#/$defs/text"},"at":{"description":"When the evidence was produced (RFC 3339).","$ref":"#/$defs/time"}}},"waiver":{"type":"object","additionalProperties":false,"required":["id","subject","status","owner","expiresAt"],"properties":{"id":{"description":"Waiver id (a label), unique within the bundle.","$ref":"#/$defs/label"},"subject":{"description":"What it waives, e.g. a dependency purl or a finding id.","$ref":"#/$defs/text"},"status":{"description":"Only \'approved\' counts: \'pending\' or \'rejected\' is a waiver-pending hold.","enum":["approved","pending","rejected"]},"owner":{"description":"Who owns the waiver (a person or team).","$ref":"#/$defs/text"},"expiresAt":{"description":"When the waiver ends (RFC 3339); before the change window ends (plus the policy\'s marginMinutes) is a waiver-expired hold.","$ref":"#/$defs/time"},"reason":{"description":"Why the waiver was granted.","$ref":"#/$defs/text"}}},"window":{"type":"object","additionalProperties":false,"required":["queue","start","end","changeRecord","environments"],"properties":{"queue":{"description":"The deployment queue that may act in this window; the manifest binds it, and allowedQueues of each environment are checked against it.","$ref":"#/$defs/label"},"start":{"description":"Start of the change window (RFC 3339).","$ref":"#/$defs/time"},"end":{"description":"End of the change window (RFC 3339); after start.","$ref":"#/$defs/time"},"changeRecord":{"description":"Id of the change record in the change-management system (e.g. CHG0031337).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments this window covers; a cohort or environment outside them is a scope-drift hold.","type":"array","items":{"$ref":"#/$defs/label"},"uniqueItems":true}}},"signature":{"type":"object","additionalProperties":false,"required":["verified","reason"],"properties":{"verified":{"description":"True only when the signing system verified the candidate tag\'s signature; false is an unsigned-candidate hold.","type":"boolean"},"reason":{"description":"The signing system\'s reason, e.g. GitHub\'s verification.reason (\'valid\', \'unsigned\', \'invalid\', ...).","type":"string","minLength":1,"maxLength":100}}},"cohortFlag":{"type":"object","additionalProperties":false,"required":["key","variant"],"properties":{"key":{"description":"Feature flag key.","type":"string","minLength":1,"maxLength":200},"variant":{"description":"The flag variant this cohort receives.","type":"string","minLength":1,"maxLength":200}}}}}');
;// CONCATENATED MODULE: ./schemas/holds.schema.json
const holds_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/holds.schema.json","title":"Cutover hold register (holds.json)","description":"Everything unresolved about the candidate. An open hold fails the cutover/holds check.","type":"object","additionalProperties":false,"required":["schemaVersion","holds"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"holds":{"description":"The open holds.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","rule","path","reason","status","evidence"],"properties":{"id":{"description":"Stable id of the hold, derived from its rule, path and reason.","type":"string","pattern":"^H-[0-9a-f]{12}$"},"rule":{"description":"The hold rule that raised it (see the README\'s hold rules).","enum":["missing-rollback-evidence","waiver-pending","waiver-expired","supersession","scope-drift","missing-lineage","unsigned-candidate","provenance-mismatch","suspicious-source"]},"path":{"description":"JSON Pointer into bundle.json of the field held (\'\' for the whole bundle).","$ref":"common.schema.json#/$defs/pointer"},"reason":{"description":"What is wrong, naming the values and sources involved.","type":"string","minLength":1},"status":{"description":"Always \'open\': a resolved hold is not in the register.","const":"open"},"evidence":{"description":"Lineage of the source records behind the hold (empty when the evidence is an absence).","type":"array","items":{"$ref":"common.schema.json#/$defs/lineage"}}}}}}}');
;// CONCATENATED MODULE: ./schemas/lineage.schema.json
const lineage_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/lineage.schema.json","title":"Cutover lineage (lineage.json)","description":"Where every consequential field of bundle.json came from, and every rendering change made to it.","type":"object","additionalProperties":false,"required":["schemaVersion","sources","fields","normalizations"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"sources":{"description":"Source records, keyed <sourceId>#<n>, each with its system, locator, revision, digest and observedAt.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"additionalProperties":{"$ref":"common.schema.json#/$defs/lineage"}},"fields":{"description":"JSON Pointer into bundle.json -> the source record its value came from.","type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/pointer"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["source","valueDigest"],"properties":{"source":{"description":"Key of the source record in \'sources\' (<sourceId>#<n>).","type":"string","pattern":"^[A-Za-z0-9._-]+#[0-9]+$"},"valueDigest":{"description":"sha256 of the canonical JSON of the field\'s value when assembled: a later hand edit no longer matches (cutover/lineage fails).","$ref":"common.schema.json#/$defs/sha256"},"fragment":{"description":"Where in the source document the value was stated, appended to the source\'s locator.","type":"string","pattern":"^#","maxLength":1024}}}},"normalizations":{"description":"Every rendering change made by the policy\'s rendering rules.","type":"array","items":{"type":"object","additionalProperties":false,"required":["path","original","rendered","rule"],"properties":{"path":{"description":"JSON Pointer into bundle.json of the rendered value.","$ref":"common.schema.json#/$defs/pointer"},"original":{"description":"The value as the source stated it.","type":"string"},"rendered":{"description":"The value written to bundle.json.","type":"string"},"rule":{"description":"Id of the policy rendering rule that changed it.","type":"string","minLength":1}}}}}}');
;// CONCATENATED MODULE: ./schemas/manifest.schema.json
const manifest_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/manifest.schema.json","title":"Cutover approval manifest (manifest.json)","description":"Binds one bundle revision (number and content digest) to one deployment queue and one time window, and names the approver teams.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredApprovers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product, as in bundle.json.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in bundle.json.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"Revision number of this bundle within the release, counting up from 1.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"sha256 of the RFC 8785 canonical JSON of {bundle, holds, lineage}: the content this manifest binds.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The one deployment queue the bundle is handed to: the change window\'s queue, or the action\'s queue input.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The time window the queue may act in: the bundle\'s change window, or the action\'s window inputs, which must lie within it.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredApprovers":{"description":"Who must approve (from the policy).","type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"description":"Teams each of which must approve, by distinct people, at the pull request\'s head.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"supersedes":{"description":"The revision this one replaces (its number and bundle digest), or null for revision 1.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement: approving binds exactly this revision (its digest) to this queue within this window; Cutover gives no go/no-go verdict and deploys or rolls back nothing.","type":"string","minLength":1}}}');
;// CONCATENATED MODULE: ./schemas/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/policy.schema.json","title":"Cutover policy","description":"Who must approve, how names are rendered, and which hold rules apply with which parameters. Disabling a hold rule requires a written justification.","type":"object","additionalProperties":false,"required":["schemaVersion","approvers"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"approvers":{"description":"Who must approve a bundle.","type":"object","additionalProperties":false,"required":["teams"],"properties":{"teams":{"description":"GitHub teams (org/slug, or a slug of the bundles repository\'s organization) each of which must approve, by distinct people, at the pull request\'s head. Written into each manifest as requiredApprovers.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/team"}}}},"rendering":{"description":"Rendering rules for names, applied in order to every component name, cohort id or environment name they target; each change is recorded in lineage.json normalizations. Default: none.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","field"],"oneOf":[{"required":["transform"]},{"required":["map"]}],"properties":{"id":{"description":"Rule id, recorded with every change it makes.","$ref":"common.schema.json#/$defs/label"},"field":{"description":"Which names the rule renders: component names, cohort ids or environment names.","enum":["component","cohort","environment"]},"transform":{"description":"A transformation: \'lowercase\', \'kebab-case\' or \'trim\' (one of transform or map).","enum":["lowercase","kebab-case","trim"]},"map":{"description":"Explicit renames: name as the source states it -> label (one of transform or map).","type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/label"}}}}},"holds":{"description":"Hold rules and their parameters. Every rule is on unless turned off here with a justification.","type":"object","additionalProperties":false,"properties":{"missing-rollback-evidence":{"description":"The \'missing-rollback-evidence\' hold rule: holds on a component without a rollback record, a rollback pointer to a previously approved artifact, or rollback evidence.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-pending":{"description":"The \'waiver-pending\' hold rule: holds on a waiver that is not approved.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"waiver-expired":{"description":"The \'waiver-expired\' hold rule: holds on a waiver that expires before the change window ends (plus marginMinutes).","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048},"marginMinutes":{"description":"Minutes a waiver must outlast the change window\'s end. Default 0.","type":"integer","minimum":0,"maximum":525600}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"supersession":{"description":"The \'supersession\' hold rule: holds on an artifact rebuilt under a version the previous approved revision had, with a different digest.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"scope-drift":{"description":"The \'scope-drift\' hold rule: holds on a cohort or environment outside the window\'s environments, or anything cutover/environment fails on.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"missing-lineage":{"description":"The \'missing-lineage\' hold rule: holds on a consequential field without a source record or with incomplete lineage.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"unsigned-candidate":{"description":"The \'unsigned-candidate\' hold rule: holds on a candidate tag without a verified signature.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"provenance-mismatch":{"description":"The \'provenance-mismatch\' hold rule: holds on an artifact digest that is not a subject of its component\'s provenance.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}},"suspicious-source":{"description":"The \'suspicious-source\' hold rule: holds on sources that disagree, doubtful source data, or an SBOM not bound to its component.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"false turns the rule off (justification then required). Default: true. Does not turn off the verification rule it mirrors.","type":"boolean"},"justification":{"description":"Why the rule is off: required when enabled is false.","type":"string","minLength":1,"maxLength":2048}},"if":{"properties":{"enabled":{"const":false}},"required":["enabled"]},"then":{"required":["justification"]}}}},"limits":{"description":"Input limits.","type":"object","additionalProperties":false,"properties":{"maxFileBytes":{"description":"Largest input file or HTTP response `cutover assemble` reads, in bytes (1 KiB to 256 MiB). Default 16 MiB. The CLI only: the action always uses 16 MiB.","type":"integer","minimum":1024,"maximum":268435456}}},"bundleWriter":{"description":"GitHub login of the writer App\'s bot, e.g. cutover-release[bot]. Required wherever Cutover judges commits (verify, gate, seal on GitHub): a commit of a bundle pull request counts only when GitHub verified its signature and both its author and committer are this bot.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*(\\\\[bot\\\\])?$"},"governorAppId":{"description":"Id of the governor GitHub App: the only App whose cutover/* check runs count, and the one that creates seal tags. Runs only in the bundles repository\'s default-branch workflows.","type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/records.schema.json
const records_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/records.schema.json","title":"Cutover release records file (source kind \'records\')","description":"Release facts stated directly by a release system: artifacts, cohorts, rollback pointers, environments, waivers, the change window and the candidate\'s signature status. Every section is optional.","type":"object","additionalProperties":false,"properties":{"signature":{"description":"Signature status of the candidate tag, when a release system reports it (otherwise the candidate is unsigned).","$ref":"common.schema.json#/$defs/signature"},"components":{"description":"Artifacts, per component.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name","artifacts"],"properties":{"name":{"description":"Component name (rendered by the policy\'s rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"artifacts":{"description":"The component\'s deployable artifacts.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["name","version","digest","locator"],"properties":{"name":{"description":"Artifact name, e.g. an image or asset name.","type":"string","minLength":1,"maxLength":255},"version":{"description":"Artifact version.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Artifact content digest (sha256:<64 hex>).","$ref":"common.schema.json#/$defs/sha256"},"locator":{"description":"Where a deployer fetches it: an OCI reference, a release asset URL, a package URL.","type":"string","minLength":1,"maxLength":2048}}}}}}},"cohorts":{"description":"Rollout cohorts.","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","environments"],"anyOf":[{"required":["share"]},{"required":["segment"]}],"properties":{"id":{"description":"Cohort id (rendered by the policy\'s rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments the cohort is rolled out in.","type":"array","minItems":1,"items":{"type":"string","minLength":1,"maxLength":200}},"share":{"description":"Percentage (0-100) of the population.","type":"number","minimum":0,"maximum":100},"segment":{"description":"The population this cohort is, as text.","type":"string","minLength":1,"maxLength":512},"flags":{"description":"Feature flags and the variants this cohort receives. Default: none.","type":"array","items":{"$ref":"common.schema.json#/$defs/cohortFlag"}}}}},"rollback":{"description":"Rollback pointers, hooks and evidence, per component.","type":"array","items":{"type":"object","additionalProperties":false,"required":["component"],"properties":{"component":{"description":"The component this rollback entry is for.","type":"string","minLength":1,"maxLength":200},"pointer":{"description":"The previously approved artifact to return to.","type":"object","additionalProperties":false,"required":["version","digest"],"properties":{"version":{"description":"Version of the artifact to return to.","type":"string","minLength":1,"maxLength":128},"digest":{"description":"Digest of the artifact to return to.","$ref":"common.schema.json#/$defs/sha256"}}},"hook":{"description":"Reference to the rollback hook (a runbook, a job, a workflow); never executed by Cutover.","type":"string","minLength":1,"maxLength":2048},"evidence":{"description":"Evidence that the rollback works. Default: none (a missing-rollback-evidence hold).","type":"array","items":{"$ref":"common.schema.json#/$defs/rollbackEvidence"}}}}},"environments":{"description":"Environments the bundle may target.","type":"array","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Environment name (rendered by the policy\'s rendering rules into a label).","type":"string","minLength":1,"maxLength":200},"constraints":{"description":"Limits cutover/environment checks for this environment. Default: none.","$ref":"common.schema.json#/$defs/environmentConstraints"}}}},"waivers":{"description":"Waivers of findings for this release.","type":"array","items":{"$ref":"common.schema.json#/$defs/waiver"}},"window":{"description":"The change window (exactly one across all sources).","$ref":"common.schema.json#/$defs/window"}}}');
;// CONCATENATED MODULE: ./schemas/seal-record.schema.json
const seal_record_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/seal-record.schema.json","title":"Cutover seal record (annotated tag message)","description":"The approval record carried by the annotated tag cutover/<product>/<release>/r<revision> on the merged commit.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredTeams","repository","pullRequest","headSha","mergeCommit","mergeMethod","mergedAt","approvers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this record format: 1.","const":1},"product":{"description":"The product, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"The sealed revision, as in the manifest and the tag name.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"The bundle digest the manifest binds, recomputed from the tagged commit when read.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The deployment queue the revision is handed to.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The change window, as in the manifest.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredTeams":{"description":"The approver teams the manifest required.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/team"}},"repository":{"description":"The release-bundles repository (owner/name).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pullRequest":{"description":"Number of the merged bundle pull request.","type":"integer","minimum":1},"headSha":{"description":"Head commit of the pull request that was approved and checked.","$ref":"common.schema.json#/$defs/commit"},"mergeCommit":{"description":"The merged commit the tag points at.","$ref":"common.schema.json#/$defs/commit"},"mergeMethod":{"description":"How the pull request was merged, as seen from the commits: \'squash-or-rebase\' when one commit cannot tell them apart.","enum":["merge","squash","rebase","squash-or-rebase"]},"mergedAt":{"description":"When the pull request was merged (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"approvers":{"description":"The approvals that satisfied the required teams.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["login","team","reviewId","commitId"],"properties":{"login":{"description":"GitHub login of the approver.","type":"string","minLength":1,"maxLength":100},"team":{"description":"The required team the approval counted for.","$ref":"common.schema.json#/$defs/team"},"reviewId":{"description":"Id of the approving pull request review.","type":"integer","minimum":1},"commitId":{"description":"The commit the review approved (the pull request\'s head).","$ref":"common.schema.json#/$defs/commit"}}}},"supersedes":{"description":"The revision this one replaces, or null, as in the manifest.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement, as in the manifest.","type":"string","minLength":1}}}');
;// CONCATENATED MODULE: ./schemas/sources.schema.json
const sources_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/sources.schema.json","title":"Cutover sources configuration","description":"Names the release candidate and the authoritative sources a bundle is assembled from. Each source has an id, a kind, and the options of that kind.","type":"object","additionalProperties":false,"required":["schemaVersion","product","sources"],"properties":{"schemaVersion":{"description":"Version of this file format: 1.","const":1},"product":{"description":"The product (a label): bundles are written to bundles/<product>/<release>/ and sealed as cutover/<product>/<release>/r<n>.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release name. When absent, it is taken from the candidate tag with releasePattern.","$ref":"common.schema.json#/$defs/label"},"candidate":{"type":"object","additionalProperties":false,"required":["tag","commit","committedAt"],"properties":{"tag":{"description":"The release-candidate tag.","type":"string","minLength":1,"maxLength":255},"commit":{"description":"The commit the tag points at (40 or 64 hex).","$ref":"common.schema.json#/$defs/commit"},"repository":{"description":"The service repository (owner/name); with commit it makes workspace lineage repository@commit:path.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"committedAt":{"description":"When the commit was made (RFC 3339): the observedAt of workspace files, so assembly is reproducible.","$ref":"common.schema.json#/$defs/time"}},"description":"The release candidate. Required for the CLI; in the action it comes from the tag that triggered the workflow, and when given here it must match."},"sources":{"description":"The authoritative sources, read in order; each entry takes the options of its kind (schemas/source-kinds/<kind>.schema.json).","type":"array","minItems":1,"items":{"type":"object","required":["id","kind"],"properties":{"id":{"description":"Unique id of this source: lineage.json keys its records <id>#<n>, and holds name it as evidence.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"},"kind":{"description":"The source kind, which decides what the source supplies and which options it takes (see the README\'s Source kinds).","enum":["records","cyclonedx","spdx","flagd","provenance","github-release","github-attestations","http-json","servicenow"]}},"allOf":[{"if":{"properties":{"kind":{"const":"records"}},"required":["kind"]},"then":{"$ref":"source-kinds/records.schema.json"}},{"if":{"properties":{"kind":{"const":"cyclonedx"}},"required":["kind"]},"then":{"$ref":"source-kinds/cyclonedx.schema.json"}},{"if":{"properties":{"kind":{"const":"spdx"}},"required":["kind"]},"then":{"$ref":"source-kinds/spdx.schema.json"}},{"if":{"properties":{"kind":{"const":"flagd"}},"required":["kind"]},"then":{"$ref":"source-kinds/flagd.schema.json"}},{"if":{"properties":{"kind":{"const":"provenance"}},"required":["kind"]},"then":{"$ref":"source-kinds/provenance.schema.json"}},{"if":{"properties":{"kind":{"const":"github-release"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-release.schema.json"}},{"if":{"properties":{"kind":{"const":"github-attestations"}},"required":["kind"]},"then":{"$ref":"source-kinds/github-attestations.schema.json"}},{"if":{"properties":{"kind":{"const":"http-json"}},"required":["kind"]},"then":{"$ref":"source-kinds/http-json.schema.json"}},{"if":{"properties":{"kind":{"const":"servicenow"}},"required":["kind"]},"then":{"$ref":"source-kinds/servicenow.schema.json"}}]}},"releasePattern":{"description":"Regular expression with a named group \'release\' that extracts the release from the candidate tag. Default: ^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$","type":"string","minLength":1,"maxLength":500}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/cyclonedx.schema.json
const cyclonedx_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json","title":"Source kind \'cyclonedx\': a CycloneDX 1.4-1.6 JSON SBOM in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'cyclonedx\': a CycloneDX 1.4-1.6 JSON SBOM whose components become dependencies of one component.","const":"cyclonedx"},"path":{"description":"Path of the CycloneDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its components become this component\'s dependencies (name, version, purl, licenses). The SBOM\'s subject (metadata.component) is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/flagd.schema.json
const flagd_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/flagd.schema.json","title":"Source kind \'flagd\': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file","type":"object","additionalProperties":false,"required":["id","kind","path","flag","environments"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'flagd\': the rollout cohorts of one flag in an OpenFeature flagd flag definitions file.","const":"flagd"},"path":{"description":"Path of the flagd flag definitions file (JSON or YAML), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"flag":{"description":"Key of the flag (under \'flags\') whose targeting becomes cohorts: one per fractional bucket (with its share) or per variant chosen by a rule (with the rule as its segment); ids are <flag>-<variant>. A flag that is not defined or not ENABLED is an input error.","type":"string","minLength":1,"maxLength":200},"environments":{"description":"Environments every cohort of this flag applies to (each cohort\'s \'environments\').","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200}},"segmentFrom":{"description":"Name of a \'$evaluators\' entry whose rule, rendered as text, becomes the segment of every cohort (instead of the conditions along the targeting path). It must be defined.","type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/github-attestations.schema.json
const github_attestations_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-attestations.schema.json","title":"Source kind \'github-attestations\': SLSA provenance from GitHub\'s attestations API for given subject digests of one component","type":"object","additionalProperties":false,"required":["id","kind","component","subjects"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'github-attestations\': SLSA provenance read from the candidate repository\'s attestations API (the action only; needs a GitHub token).","const":"github-attestations"},"component":{"description":"The bundle component the provenance is attached to (its \'provenance\' entries).","type":"string","minLength":1,"maxLength":200},"subjects":{"description":"Artifact digests to ask GitHub\'s attestations API for; a digest with no SLSA provenance attestation is a \'provenance-mismatch\' hold, and the provenance found must name it as a subject.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance.","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified against a trusted key is a \'suspicious-source\' hold. Giving trustedKeys has the same effect; an invalid signature is always a hold.","type":"boolean"}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/github-release.schema.json
const github_release_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/github-release.schema.json","title":"Source kind \'github-release\': assets of the candidate tag\'s GitHub release as artifacts of one component","type":"object","additionalProperties":false,"required":["id","kind","component"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'github-release\': the assets of the candidate tag\'s GitHub release become artifacts of one component (the action only; needs a GitHub token).","const":"github-release"},"component":{"description":"The bundle component the release assets are artifacts of.","type":"string","minLength":1,"maxLength":200},"assets":{"description":"Asset names, or one glob (* and ?) over asset names. All assets when absent.","oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":255}}]},"version":{"description":"Version recorded for every asset. Default: the candidate tag without a leading \'v\' before a digit.","type":"string","minLength":1,"maxLength":128},"maxBytes":{"description":"Largest asset, in bytes, downloaded to compute a digest when GitHub states none (such an asset is also a \'suspicious-source\' hold). Default: the file size limit (16 MiB).","type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/http-json.schema.json
const http_json_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/http-json.schema.json","title":"Source kind \'http-json\': a JSON document over HTTPS (change management, rollout planning, rollback references) mapped into one records section","type":"object","additionalProperties":false,"required":["id","kind","url","provides"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'http-json\': a JSON document fetched over HTTPS and mapped into one records section.","const":"http-json"},"url":{"description":"URL of the JSON document: https (http only to 127.0.0.1, localhost or [::1]); only same-host redirects are followed. Lineage records it without credentials, query or fragment.","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"provides":{"description":"The records section the mapped elements become (as in schemas/records.schema.json): \'window\' (exactly one element), or a list of \'cohorts\', \'rollback\', \'waivers\' or \'environments\'.","enum":["window","cohorts","rollback","waivers","environments"]},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"items":{"description":"JSONPath selecting one element per record.","type":"string","minLength":1,"maxLength":1024},"map":{"description":"Record field (dotted for nested) -> JSONPath relative to the element, or { path, split, convert }: split a string on a separator into a list, convert \'timestamp-utc\' turns \'YYYY-MM-DD HH:mm:ss\' (UTC) into RFC 3339.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9]*(\\\\.[A-Za-z][A-Za-z0-9]*)*$"},"additionalProperties":{"oneOf":[{"type":"string","minLength":1,"maxLength":1024},{"type":"object","additionalProperties":false,"required":["path"],"minProperties":2,"properties":{"path":{"description":"JSONPath relative to the element.","type":"string","minLength":1,"maxLength":1024},"split":{"description":"Separator: each matched string becomes a list of its trimmed, non-empty parts.","type":"string","minLength":1,"maxLength":10},"convert":{"description":"timestamp-utc: \'YYYY-MM-DD HH:mm:ss\' in UTC (no zone) becomes RFC 3339 \'YYYY-MM-DDTHH:mm:ssZ\'.","enum":["timestamp-utc"]}}}]}},"timeoutMs":{"description":"Time-out of each attempt in milliseconds. Default 10000.","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Further attempts after a 5xx response, a network error or a time-out (never after a 4xx). Default 2.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"Wait before the first retry in milliseconds, doubled for each further retry. Default 250.","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body read, in bytes; a larger one is an input error. Default: the file size limit (16 MiB).","type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/provenance.schema.json
const provenance_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/provenance.schema.json","title":"Source kind \'provenance\': an in-toto/SLSA provenance document (bare, DSSE, Sigstore bundle, .intoto.jsonl, {attestations}) for one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'provenance\': in-toto/SLSA provenance for one component, from a file in the workspace.","const":"provenance"},"path":{"description":"Path of the provenance document (bare statement, DSSE envelope, Sigstore bundle, .intoto.jsonl or {attestations}), relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the provenance is attached to (its \'provenance\' entries).","type":"string","minLength":1,"maxLength":200},"expectDigest":{"description":"Artifact digests the provenance must name as subjects; each one not named is a \'provenance-mismatch\' hold.","type":"array","items":{"type":"string","pattern":"^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$"},"uniqueItems":true},"trustedKeys":{"description":"Workspace paths of PEM public keys or certificates trusted to sign provenance.","type":"array","items":{"type":"string","minLength":1,"maxLength":1024},"uniqueItems":true},"requireSignature":{"description":"When true, provenance whose signature is not verified against a trusted key is a \'suspicious-source\' hold. Giving trustedKeys has the same effect; an invalid signature is always a hold.","type":"boolean"}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/records.schema.json
const source_kinds_records_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/records.schema.json","title":"Source kind \'records\': a YAML or JSON file of release records in Cutover\'s own shape","type":"object","additionalProperties":false,"required":["id","kind","path"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'records\': a file of release records in Cutover\'s own shape (schemas/records.schema.json).","const":"records"},"path":{"description":"Path of the YAML or JSON records file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/servicenow.schema.json
const servicenow_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/servicenow.schema.json","title":"Source kind \'servicenow\': one change_request from the ServiceNow Table API (sysparm_display_value=all) read as the change window","type":"object","additionalProperties":false,"required":["id","kind","instance","number"],"properties":{"id":{"description":"The source id, unique in the sources file."},"kind":{"description":"servicenow","const":"servicenow"},"instance":{"description":"Instance base URL, e.g. https://acme.service-now.com (http only to localhost, for tests).","type":"string","minLength":1,"maxLength":2048,"pattern":"^https?://"},"number":{"description":"Change request number, e.g. CHG0030001 (letters, digits, \'_\', \'-\' only: it goes into sysparm_query, where \'^\' and \'=\' are operators).","type":"string","pattern":"^[A-Za-z0-9_-]{1,40}$"},"headers":{"description":"Header name -> name of the environment variable holding its secret value.","type":"object","propertyNames":{"pattern":"^[A-Za-z0-9-]{1,100}$"},"additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]{0,99}$"}},"queueField":{"description":"Field whose display value is the queue (default assignment_group).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"environmentsField":{"description":"Field whose display value, split on commas, lists the environments (default cmdb_ci, the affected CI).","type":"string","pattern":"^[a-z][a-z0-9_]{0,79}$"},"states":{"description":"State values (not display values) a window may come from (default -2 Scheduled, -1 Implement).","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40}},"timeoutMs":{"description":"Time-out per attempt in milliseconds (default 10000).","type":"integer","minimum":1,"maximum":300000},"retries":{"description":"Retries on 5xx, network errors and time-outs (default 2); never on 4xx.","type":"integer","minimum":0,"maximum":10},"backoffMs":{"description":"First backoff in milliseconds, doubled per retry (default 250).","type":"integer","minimum":0,"maximum":60000},"maxBytes":{"description":"Largest response body accepted (default: the action\'s file limit).","type":"integer","minimum":1}}}');
;// CONCATENATED MODULE: ./schemas/source-kinds/spdx.schema.json
const spdx_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/source-kinds/spdx.schema.json","title":"Source kind \'spdx\': a SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) in the workspace, describing one component","type":"object","additionalProperties":false,"required":["id","kind","path","component"],"properties":{"id":{"description":"This source\'s id (see sources.schema.json): named in lineage.json and in the evidence of holds."},"kind":{"description":"\'spdx\': an SPDX 2.3 JSON SBOM (or GitHub dependency-graph export) whose packages become dependencies of one component.","const":"spdx"},"path":{"description":"Path of the SPDX JSON file, relative to the sources file and confined to the workspace.","type":"string","minLength":1,"maxLength":1024},"component":{"description":"The bundle component the SBOM describes: its packages other than the described one become this component\'s dependencies. The described package is checked against this component and its artifact version; a mismatch is a hold.","type":"string","minLength":1,"maxLength":200}}}');
;// CONCATENATED MODULE: ./src/schema/source-kinds.ts
/**
 * The options schema of every source kind (schemas/source-kinds/*.schema.json), registered with Ajv
 * beside the document schemas. Add one line per kind together with its adapter.
 */









/** Every per-kind options schema. */
const SOURCE_KIND_SCHEMAS = [
    source_kinds_records_schema_namespaceObject,
    cyclonedx_schema_namespaceObject,
    spdx_schema_namespaceObject,
    flagd_schema_namespaceObject,
    provenance_schema_namespaceObject,
    github_release_schema_namespaceObject,
    github_attestations_schema_namespaceObject,
    http_json_schema_namespaceObject,
    servicenow_schema_namespaceObject,
];

;// CONCATENATED MODULE: ./src/schema/registry.ts
/**
 * Every JSON Schema Cutover validates against, imported so the bundler embeds them (no file reads at run time).
 */










/** Named document schemas. */
const SCHEMAS = {
    bundle: bundle_schema_namespaceObject,
    common: common_schema_namespaceObject,
    holds: holds_schema_namespaceObject,
    lineage: lineage_schema_namespaceObject,
    manifest: manifest_schema_namespaceObject,
    policy: policy_schema_namespaceObject,
    records: records_schema_namespaceObject,
    'seal-record': seal_record_schema_namespaceObject,
    sources: sources_schema_namespaceObject,
};
/** Every schema to register with Ajv, including the per-kind source option schemas. */
const ALL_SCHEMAS = [...Object.values(SCHEMAS), ...SOURCE_KIND_SCHEMAS];
/** The `$id` of a named schema. */
function schemaId(name) {
    return SCHEMAS[name].$id;
}

;// CONCATENATED MODULE: ./src/schema/validate.ts
/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use, except the
 * schemas whose validators are generated at build time (standalone.ts: the seal record, which `cutover list`
 * checks thousands of times in a process that validates nothing else).
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field
 * and the expected form.
 */








// ajv-formats is CommonJS (`exports.default = formatsPlugin`); under ESM interop the plugin is `.default`.
const addFormats = (dist_default())["default"];
let ajv;
/** Validators by schema `$id`: the generated ones from the start, the others as they are compiled. */
const compiled = new Map([[schemaId('seal-record'), (seal_record_validate_default())]]);
function instance() {
    if (!ajv) {
        ajv = new _2020.Ajv2020({ ...AJV_OPTIONS });
        addFormats(ajv, [...AJV_FORMATS]);
        for (const schema of ALL_SCHEMAS)
            ajv.addSchema(schema);
    }
    return ajv;
}
/** The compiled validator of a schema, compiled on first use and kept. */
function validatorFor(name) {
    return compiledById(schemaId(name));
}
/** The compiled validator of a registered schema by its `$id`. */
function compiledById(id) {
    let validate = compiled.get(id);
    if (!validate) {
        validate = instance().getSchema(id);
        if (!validate)
            throw new Error(`schema ${id} is not registered`);
        compiled.set(id, validate);
    }
    return validate;
}
/** Validates without throwing; returns the violations (empty when valid). */
function schemaViolations(name, value, text, file) {
    const validate = validatorFor(name);
    if (validate(value))
        return [];
    const locate = text !== undefined && file !== undefined && (0,parse/* formatOf */.be)(file) === 'json' ? (0,schema_locate/* jsonLineLocator */.n)(text) : undefined;
    return dedupe(validate.errors ?? []).map((error) => {
        const path = violationPath(error);
        const line = locate?.(path);
        return line === undefined ? { path, message: describe(error) } : { path, message: describe(error), line };
    });
}
/** How many further violations an error message lists after the first. */
const MORE_LISTED = 10;
/**
 * ` (and 2 more: /a must ...; /b must ...)` after the first violation: every violation it counts is listed,
 * and when there are more than MORE_LISTED the count says how many of them are shown.
 */
function moreViolations(violations) {
    const rest = violations.slice(1);
    if (rest.length === 0)
        return '';
    const shown = rest.slice(0, MORE_LISTED).map((v) => `${v.path || '/'} ${v.message}`);
    const count = rest.length > MORE_LISTED ? `${rest.length} more, the first ${MORE_LISTED}` : `${rest.length} more`;
    return ` (and ${count}: ${shown.join('; ')})`;
}
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
function validateDocument(name, value, file, text) {
    const violations = schemaViolations(name, value, text, file);
    const first = violations[0];
    if (!first)
        return value;
    throw new errors/* InputError */.dz(`${first.message}${moreViolations(violations)}`, {
        file,
        line: first.line,
        field: first.path || '/',
        expected: `a document matching ${schemaId(name)}`,
    });
}
function violationPath(error) {
    if (error.keyword === 'additionalProperties') {
        const extra = String(error.params.additionalProperty);
        return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    }
    if (error.keyword === 'required') {
        return `${error.instancePath}/${String(error.params.missingProperty)}`;
    }
    return error.instancePath;
}
const SHA256_EXAMPLE = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const TIME_WORDS = 'an RFC 3339 time with offset, e.g. 2026-12-04T16:20:00Z';
/** The formats the schemas use, in words with an example. */
const FORMAT_WORDS = {
    'date-time': TIME_WORDS,
    uri: 'an absolute URI, e.g. https://example.com/releases/1',
    email: 'an e-mail address, e.g. release-team@example.com',
};
/**
 * Every `pattern` in schemas/, by its source text, in words with an example; a person should not have to read
 * a regular expression. test/cli/schema-errors.test.ts fails when a schema gains a pattern missing here, or an example does not match.
 */
const PATTERN_WORDS = {
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$': TIME_WORDS,
    '^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$': "a name of 1 to 100 letters, digits, '.', '_', '+' or '-' that starts with a letter or digit, has no '..' and does not end in '.' or '.lock', e.g. 2026.12.0",
    '^sha256:[0-9a-f]{64}$': `a sha256 digest, 'sha256:' and 64 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
    '^(sha256:[0-9a-f]{64}|gitblob:[0-9a-f]{40}([0-9a-f]{24})?)$': `a sha256 digest ('sha256:' and 64 lowercase hex digits) or a git blob id ('gitblob:' and 40 or 64), e.g. ${SHA256_EXAMPLE}`,
    '^[0-9a-f]{40}([0-9a-f]{24})?$': 'a full commit SHA, 40 (or 64) lowercase hex digits, e.g. 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
    '^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$': "a GitHub team as org/team-slug, or a team slug of the bundles repository's organization, e.g. acme/payments-release",
    '^(/([^~/]|~[01])*)*$': "a JSON Pointer (RFC 6901, '~' written '~0' and '/' in a key '~1'), e.g. /components/0/digest",
    '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$': 'a repository as owner/name, e.g. acme/payments',
    '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': "an id of 1 to 64 letters, digits, '.', '_' or '-' that starts with a letter or digit, e.g. release-records",
    '^[A-Za-z0-9._-]+#[0-9]+$': "a source entry, the source id, '#' and a number, e.g. release-records#1",
    '^#': "a fragment that starts with '#', e.g. #/components/0",
    '^H-[0-9a-f]{12}$': "a hold id, 'H-' and 12 lowercase hex digits, e.g. H-0123456789ab",
    '^[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?$': 'a GitHub login, e.g. cutover-release[bot]',
    '^https?://': 'an http:// or https:// URL, e.g. https://change.example.com/api/windows',
    '^[A-Za-z0-9-]{1,100}$': "an HTTP header name of letters, digits and '-', e.g. Authorization",
    '^[A-Za-z_][A-Za-z0-9_]{0,99}$': "an environment variable name of letters, digits and '_' that does not start with a digit, e.g. CHANGE_API_TOKEN",
    '^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*$': 'a record field name, dotted for a nested field, e.g. window.start',
    '^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$': `a digest, 'sha256:', 'sha384:' or 'sha512:' and 64, 96 or 128 lowercase hex digits, e.g. ${SHA256_EXAMPLE}`,
    '^[A-Za-z0-9_-]{1,40}$': "a ServiceNow record number of 1 to 40 letters, digits, '_' or '-', e.g. CHG0040007",
    '^[a-z][a-z0-9_]{0,79}$': "a ServiceNow field name of lowercase letters, digits and '_' that starts with a letter, e.g. assignment_group",
};
const TYPE_WORDS = {
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of keys to values',
    array: 'a list',
    null: 'null',
};
/** The value a person gave, short enough for one line. */
function given(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function describe(error) {
    const params = error.params;
    const not = error.data === undefined ? '' : `, not ${given(error.data)}`;
    switch (error.keyword) {
        case 'additionalProperties':
            return `unknown key '${String(params.additionalProperty)}'`;
        case 'required':
            return `missing required key '${String(params.missingProperty)}'`;
        case 'enum':
            return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${not}`;
        case 'const':
            return `must be ${JSON.stringify(params.allowedValue)}${not}`;
        case 'pattern': {
            const words = PATTERN_WORDS[String(params.pattern)];
            // Under propertyNames the offending value is a key, named by propertyName.
            const key = error.propertyName === undefined ? undefined : `key '${error.propertyName}'`;
            if (words)
                return key ? `${key} must be ${words}` : `must be ${words}${not}`;
            return `${key ? `${key} ` : ''}must match the regular expression ${String(params.pattern)}${key ? '' : not}`;
        }
        case 'format': {
            const words = FORMAT_WORDS[String(params.format)];
            return words ? `must be ${words}${not}` : `must be a valid ${String(params.format)}${not}`;
        }
        case 'type': {
            const types = String(params.type).split(',');
            return `must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${not}`;
        }
        case 'minLength':
            return params.limit === 1
                ? 'must not be empty'
                : `must be at least ${String(params.limit)} characters long${not}`;
        case 'maxLength':
            return `must be at most ${String(params.limit)} characters long (it has ${typeof error.data === 'string' ? error.data.length : '?'})`;
        case 'minItems':
            return params.limit === 1 ? 'must list at least one item' : `must list at least ${String(params.limit)} items`;
        case 'maxItems':
            return `must list at most ${String(params.limit)} items`;
        case 'uniqueItems':
            return `must not list the same item twice (items ${String(params.j)} and ${String(params.i)} are equal)`;
        default:
            return error.message ?? error.keyword;
    }
}
/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
function dedupe(errors) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf')
            continue;
        const key = `${violationPath(error)}|${describe(error)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(error);
    }
    return out.length > 0 ? out : errors;
}
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
function validateById(id, value, file) {
    const validate = compiledById(id);
    if (validate(value))
        return value;
    const violations = dedupe(validate.errors ?? []).map((error) => ({
        path: violationPath(error),
        message: describe(error),
    }));
    const first = violations[0];
    throw new errors/* InputError */.dz(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
        file,
        field: first?.path || '/',
        expected: `a value matching ${id}`,
    });
}


/***/ }),

/***/ 4823:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Generated by src/schema/standalone.ts from schemas/seal-record.schema.json (and the schemas it references)
// with Ajv standalone code. Do not edit: `node scripts/build.mjs` regenerates it, and
// test/schema/standalone.test.ts fails when it differs from the schema.

module.exports = validate0;
module.exports["default"] = validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://cutover.dev/schemas/seal-record.schema.json","title":"Cutover seal record (annotated tag message)","description":"The approval record carried by the annotated tag cutover/<product>/<release>/r<revision> on the merged commit.","type":"object","additionalProperties":false,"required":["schemaVersion","product","release","revision","bundleDigest","queue","window","requiredTeams","repository","pullRequest","headSha","mergeCommit","mergeMethod","mergedAt","approvers","supersedes","handoff"],"properties":{"schemaVersion":{"description":"Version of this record format: 1.","const":1},"product":{"description":"The product, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"release":{"description":"The release, as in the manifest.","$ref":"common.schema.json#/$defs/label"},"revision":{"description":"The sealed revision, as in the manifest and the tag name.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"The bundle digest the manifest binds, recomputed from the tagged commit when read.","$ref":"common.schema.json#/$defs/sha256"},"queue":{"description":"The deployment queue the revision is handed to.","$ref":"common.schema.json#/$defs/label"},"window":{"description":"The change window, as in the manifest.","type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"description":"Start of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"end":{"description":"End of the change window (RFC 3339).","$ref":"common.schema.json#/$defs/time"}}},"requiredTeams":{"description":"The approver teams the manifest required.","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/team"}},"repository":{"description":"The release-bundles repository (owner/name).","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},"pullRequest":{"description":"Number of the merged bundle pull request.","type":"integer","minimum":1},"headSha":{"description":"Head commit of the pull request that was approved and checked.","$ref":"common.schema.json#/$defs/commit"},"mergeCommit":{"description":"The merged commit the tag points at.","$ref":"common.schema.json#/$defs/commit"},"mergeMethod":{"description":"How the pull request was merged, as seen from the commits: 'squash-or-rebase' when one commit cannot tell them apart.","enum":["merge","squash","rebase","squash-or-rebase"]},"mergedAt":{"description":"When the pull request was merged (RFC 3339).","$ref":"common.schema.json#/$defs/time"},"approvers":{"description":"The approvals that satisfied the required teams.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["login","team","reviewId","commitId"],"properties":{"login":{"description":"GitHub login of the approver.","type":"string","minLength":1,"maxLength":100},"team":{"description":"The required team the approval counted for.","$ref":"common.schema.json#/$defs/team"},"reviewId":{"description":"Id of the approving pull request review.","type":"integer","minimum":1},"commitId":{"description":"The commit the review approved (the pull request's head).","$ref":"common.schema.json#/$defs/commit"}}}},"supersedes":{"description":"The revision this one replaces, or null, as in the manifest.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["revision","bundleDigest"],"properties":{"revision":{"description":"Revision number of the superseded revision.","$ref":"common.schema.json#/$defs/revision"},"bundleDigest":{"description":"Bundle digest of the superseded revision.","$ref":"common.schema.json#/$defs/sha256"}}}]},"handoff":{"description":"The hand-off statement, as in the manifest.","type":"string","minLength":1}}};
const schema2 = {"description":"A name that is safe as one path segment and one git ref component (git check-ref-format): letters, digits, '.', '_', '+', '-'; starts with a letter or digit; no '..'; does not end with '.' or '.lock'; at most 100 characters.","type":"string","pattern":"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"};
const schema4 = {"description":"A revision number: 1 to 999999999, the most a seal tag cutover/<product>/<release>/r<revision> carries (MAX_REVISION in src/domain/names.ts).","type":"integer","minimum":1,"maximum":999999999};
const schema5 = {"type":"string","pattern":"^sha256:[0-9a-f]{64}$"};
const schema7 = {"type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"};
const schema9 = {"description":"A GitHub team as org/slug, or a slug alone meaning a team of the bundles repository's organization.","type":"string","pattern":"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"};
const schema10 = {"type":"string","pattern":"^[0-9a-f]{40}([0-9a-f]{24})?$"};
const func0 = Object.prototype.hasOwnProperty;
const func1 = (__webpack_require__(6214)["default"]);
const pattern0 = new RegExp("^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$", "u");
const pattern2 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern6 = new RegExp("^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern8 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
const formats0 = (__webpack_require__(779).fullFormats)["date-time"];

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://cutover.dev/schemas/seal-record.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.product === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.release === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.revision === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bundleDigest === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.queue === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "queue"},message:"must have required property '"+"queue"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.window === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.requiredTeams === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "requiredTeams"},message:"must have required property '"+"requiredTeams"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.repository === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.pullRequest === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pullRequest"},message:"must have required property '"+"pullRequest"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.headSha === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headSha"},message:"must have required property '"+"headSha"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.mergeCommit === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeCommit"},message:"must have required property '"+"mergeCommit"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.mergeMethod === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergeMethod"},message:"must have required property '"+"mergeMethod"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.mergedAt === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mergedAt"},message:"must have required property '"+"mergedAt"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.approvers === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvers"},message:"must have required property '"+"approvers"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.supersedes === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "supersedes"},message:"must have required property '"+"supersedes"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.handoff === undefined){
const err16 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handoff"},message:"must have required property '"+"handoff"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
const err17 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err18 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema0.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.product !== undefined){
let data1 = data.product;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err19 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/product",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data1};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.release !== undefined){
let data2 = data.release;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err21 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/release",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.revision !== undefined){
let data3 = data.revision;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err23 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.type,parentSchema:schema4,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999999 || isNaN(data3)){
const err24 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema4,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err25 = {instancePath:instancePath+"/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema4,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.bundleDigest !== undefined){
let data4 = data.bundleDigest;
if(typeof data4 === "string"){
if(!pattern2.test(data4)){
const err26 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema5,data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.type,parentSchema:schema5,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.queue !== undefined){
let data5 = data.queue;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err28 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"},message:"must match pattern \""+"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$"+"\"",schema:"^(?!.*\\.\\.)(?!.*\\.$)(?!.*\\.[Ll][Oo][Cc][Kk]$)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$",parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/queue",schemaPath:"common.schema.json#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema2.type,parentSchema:schema2,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.window !== undefined){
let data6 = data.window;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.start === undefined){
const err30 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema0.properties.window.required,parentSchema:schema0.properties.window,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data6.end === undefined){
const err31 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema0.properties.window.required,parentSchema:schema0.properties.window,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "start") || (key1 === "end"))){
const err32 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.window,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.start !== undefined){
let data7 = data6.start;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err33 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema7,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!(formats0.validate(data7))){
const err34 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema7,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/window/start",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.end !== undefined){
let data8 = data6.end;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err36 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema7,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!(formats0.validate(data8))){
const err37 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema7,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/window/end",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.window.type,parentSchema:schema0.properties.window,data:data6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.requiredTeams !== undefined){
let data9 = data.requiredTeams;
if(Array.isArray(data9)){
if(data9.length < 1){
const err40 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema0.properties.requiredTeams,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err41 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema9,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/requiredTeams/" + i0,schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.type,parentSchema:schema9,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/requiredTeams",schemaPath:"#/properties/requiredTeams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.requiredTeams.type,parentSchema:schema0.properties.requiredTeams,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.repository !== undefined){
let data11 = data.repository;
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err44 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema0.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.repository.type,parentSchema:schema0.properties.repository,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.pullRequest !== undefined){
let data12 = data.pullRequest;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.pullRequest.type,parentSchema:schema0.properties.pullRequest,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/pullRequest",schemaPath:"#/properties/pullRequest/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.pullRequest,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data.headSha !== undefined){
let data13 = data.headSha;
if(typeof data13 === "string"){
if(!pattern8.test(data13)){
const err48 = {instancePath:instancePath+"/headSha",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema10,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/headSha",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.mergeCommit !== undefined){
let data14 = data.mergeCommit;
if(typeof data14 === "string"){
if(!pattern8.test(data14)){
const err50 = {instancePath:instancePath+"/mergeCommit",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema10,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/mergeCommit",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.mergeMethod !== undefined){
let data15 = data.mergeMethod;
if(!((((data15 === "merge") || (data15 === "squash")) || (data15 === "rebase")) || (data15 === "squash-or-rebase"))){
const err52 = {instancePath:instancePath+"/mergeMethod",schemaPath:"#/properties/mergeMethod/enum",keyword:"enum",params:{allowedValues: schema0.properties.mergeMethod.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.mergeMethod.enum,parentSchema:schema0.properties.mergeMethod,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.mergedAt !== undefined){
let data16 = data.mergedAt;
if(typeof data16 === "string"){
if(!pattern4.test(data16)){
const err53 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema7,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(formats0.validate(data16))){
const err54 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema7,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/mergedAt",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema7.type,parentSchema:schema7,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.approvers !== undefined){
let data17 = data.approvers;
if(Array.isArray(data17)){
if(data17.length < 1){
const err56 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema0.properties.approvers,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data17.length;
for(let i1=0; i1<len1; i1++){
let data18 = data17[i1];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.login === undefined){
const err57 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "login"},message:"must have required property '"+"login"+"'",schema:schema0.properties.approvers.items.required,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data18.team === undefined){
const err58 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema0.properties.approvers.items.required,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data18.reviewId === undefined){
const err59 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "reviewId"},message:"must have required property '"+"reviewId"+"'",schema:schema0.properties.approvers.items.required,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data18.commitId === undefined){
const err60 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/required",keyword:"required",params:{missingProperty: "commitId"},message:"must have required property '"+"commitId"+"'",schema:schema0.properties.approvers.items.required,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key2 in data18){
if(!((((key2 === "login") || (key2 === "team")) || (key2 === "reviewId")) || (key2 === "commitId"))){
const err61 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data18.login !== undefined){
let data19 = data18.login;
if(typeof data19 === "string"){
if(func1(data19) > 100){
const err62 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema0.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(func1(data19) < 1){
const err63 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/approvers/" + i1+"/login",schemaPath:"#/properties/approvers/items/properties/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.approvers.items.properties.login.type,parentSchema:schema0.properties.approvers.items.properties.login,data:data19};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data18.team !== undefined){
let data20 = data18.team;
if(typeof data20 === "string"){
if(!pattern6.test(data20)){
const err65 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^([A-Za-z0-9][A-Za-z0-9-]*/)?[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema9,data:data20};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/approvers/" + i1+"/team",schemaPath:"common.schema.json#/$defs/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema9.type,parentSchema:schema9,data:data20};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data18.reviewId !== undefined){
let data21 = data18.reviewId;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err67 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.approvers.items.properties.reviewId.type,parentSchema:schema0.properties.approvers.items.properties.reviewId,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 1 || isNaN(data21)){
const err68 = {instancePath:instancePath+"/approvers/" + i1+"/reviewId",schemaPath:"#/properties/approvers/items/properties/reviewId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema0.properties.approvers.items.properties.reviewId,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data18.commitId !== undefined){
let data22 = data18.commitId;
if(typeof data22 === "string"){
if(!pattern8.test(data22)){
const err69 = {instancePath:instancePath+"/approvers/" + i1+"/commitId",schemaPath:"common.schema.json#/$defs/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$"},message:"must match pattern \""+"^[0-9a-f]{40}([0-9a-f]{24})?$"+"\"",schema:"^[0-9a-f]{40}([0-9a-f]{24})?$",parentSchema:schema10,data:data22};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/approvers/" + i1+"/commitId",schemaPath:"common.schema.json#/$defs/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema10.type,parentSchema:schema10,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/approvers/" + i1,schemaPath:"#/properties/approvers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.approvers.items.type,parentSchema:schema0.properties.approvers.items,data:data18};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/approvers",schemaPath:"#/properties/approvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.approvers.type,parentSchema:schema0.properties.approvers,data:data17};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.supersedes !== undefined){
let data23 = data.supersedes;
const _errs62 = errors;
let valid20 = false;
let passing0 = null;
const _errs63 = errors;
if(data23 !== null){
const err73 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema0.properties.supersedes.oneOf[0].type,parentSchema:schema0.properties.supersedes.oneOf[0],data:data23};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid0 = _errs63 === errors;
if(_valid0){
valid20 = true;
passing0 = 0;
}
const _errs65 = errors;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.revision === undefined){
const err74 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "revision"},message:"must have required property '"+"revision"+"'",schema:schema0.properties.supersedes.oneOf[1].required,parentSchema:schema0.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data23.bundleDigest === undefined){
const err75 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/required",keyword:"required",params:{missingProperty: "bundleDigest"},message:"must have required property '"+"bundleDigest"+"'",schema:schema0.properties.supersedes.oneOf[1].required,parentSchema:schema0.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key3 in data23){
if(!((key3 === "revision") || (key3 === "bundleDigest"))){
const err76 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data23.revision !== undefined){
let data24 = data23.revision;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err77 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema4.type,parentSchema:schema4,data:data24};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 999999999 || isNaN(data24)){
const err78 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema4,data:data24};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err79 = {instancePath:instancePath+"/supersedes/revision",schemaPath:"common.schema.json#/$defs/revision/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema4,data:data24};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
if(data23.bundleDigest !== undefined){
let data25 = data23.bundleDigest;
if(typeof data25 === "string"){
if(!pattern2.test(data25)){
const err80 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\"",schema:"^sha256:[0-9a-f]{64}$",parentSchema:schema5,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/supersedes/bundleDigest",schemaPath:"common.schema.json#/$defs/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema5.type,parentSchema:schema5,data:data25};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.supersedes.oneOf[1].type,parentSchema:schema0.properties.supersedes.oneOf[1],data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid0 = _errs65 === errors;
if(_valid0 && valid20){
valid20 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid20 = true;
passing0 = 1;
}
}
if(!valid20){
const err83 = {instancePath:instancePath+"/supersedes",schemaPath:"#/properties/supersedes/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema0.properties.supersedes.oneOf,parentSchema:schema0.properties.supersedes,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
else {
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
}
}
if(data.handoff !== undefined){
let data26 = data.handoff;
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err84 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.handoff,data:data26};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/handoff",schemaPath:"#/properties/handoff/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.handoff.type,parentSchema:schema0.properties.handoff,data:data26};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};



/***/ })

};
