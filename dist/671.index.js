export const id = 671;
export const ids = [671];
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

/***/ 2666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ lineageFieldsAccepted),
/* harmony export */   Qe: () => (/* binding */ lineageEntryCheck),
/* harmony export */   uI: () => (/* binding */ fieldsHaveOwnKeysOnly)
/* harmony export */ });
/**
 * A quicker "yes" for the largest map the release schemas check: lineage.json's `fields`, one entry per
 * consequential field of the bundle (about 27 per component, hundreds of thousands of keys in a large
 * release). The generated validator walks the map twice (its keys against the pointer pattern, then each
 * entry) and runs three regular expressions per entry; this walks it once, tests each source key once per run
 * of equal ones, and leaves the pointer and fragment patterns out where a plain look at the string decides them.
 *
 * It only ever says yes or "not sure": it accepts exactly values the schema's
 * `properties.fields` (schemas/lineage.schema.json) accepts, and anything it does not accept goes to the
 * generated validators, which decide and name the violations as before (validate.ts). So a mistake here could
 * only let a bad entry through, never refuse a good one: test/schema/lineage-fields.test.ts compares it with the
 * generated validator over damaged documents, entry by entry.
 */
/** `source`: common to fields and sources (`<sourceId>#<n>`); the schema's pattern, with its `u` flag. */
const SOURCE = /^[A-Za-z0-9._-]+#[0-9]+$/u;
/** `valueDigest`: common.schema.json#/$defs/sha256. */
const SHA256 = /^sha256:[0-9a-f]{64}$/u;
/** A key: common.schema.json#/$defs/pointer. */
const POINTER = /^(\/([^~/]|~[01])*)*$/u;
/** `fragment`'s maxLength, counted by Ajv in code points: a string of at most this many UTF-16 units has no more. */
const FRAGMENT_MAX = 1024;
/**
 * Whether the schema of lineage.json accepts `fields` as the value of its `fields` key: an object whose every key
 * is a JSON Pointer and every entry an object of `source` (a source key) and `valueDigest` (a sha256 digest),
 * and optionally `fragment` (starting with '#', at most 1024 characters), nothing else. False means "not
 * decided here", not "invalid": the caller then asks the generated validator.
 */
function lineageFieldsAccepted(fields) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
        return false;
    const entries = fields;
    const accepted = lineageEntryCheck();
    // for...in, as the generated validator walks the map: inherited enumerable keys are checked too.
    for (const key in entries) {
        // '' and a '/' followed by no '~' match the pointer pattern ([^~/] takes any other character, lone
        // surrogates included): only keys with a '~' (or none of these) need the expression.
        if (key !== '' && (key.charCodeAt(0) !== 47 || key.includes('~')) && !POINTER.test(key))
            return false;
        const entry = entries[key];
        if (!accepted(entry) || !SHA256.test(entry.valueDigest))
            return false;
    }
    return true;
}
/**
 * Whether the schema accepts an entry of `fields` (its key aside), but for the pattern of its `valueDigest`,
 * which must be a string all the same: for lineageFieldsAccepted, and for a caller that accepts the document
 * only if every entry's `valueDigest` is equal to a digest it computed (`sha256:` and 64 lowercase hex digits,
 * which the pattern accepts), as cutover/lineage's one pass does (src/domain/verify.ts lineageVouchedFor). One
 * check per walk of `fields`: it tests a source key once per run of entries naming it.
 */
function lineageEntryCheck() {
    let source;
    return (entry) => {
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
            return false;
        const field = entry;
        // for...in, as the generated validator walks an entry: an inherited enumerable key is an unknown key too.
        for (const name in field)
            if (name !== 'source' && name !== 'valueDigest' && name !== 'fragment')
                return false;
        const { source: named, valueDigest, fragment } = field;
        if (typeof named !== 'string' || typeof valueDigest !== 'string')
            return false;
        // Neighbouring entries mostly name one source: its key is tested once per run of them.
        if (named !== source) {
            if (!SOURCE.test(named))
                return false;
            source = named;
        }
        if (fragment === undefined)
            return true;
        return typeof fragment === 'string' && fragment.charCodeAt(0) === 35 && fragment.length <= FRAGMENT_MAX;
    };
}
/**
 * Whether `fields` is an object whose keys in a for...in walk (the generated validator's) are exactly its own
 * keys (Object.keys): a plain object, and no enumerable key inherited from Object.prototype.
 */
function fieldsHaveOwnKeysOnly(fields) {
    if (typeof fields !== 'object' || fields === null || Object.getPrototypeOf(fields) !== Object.prototype)
        return false;
    for (const _ in Object.prototype)
        return false;
    return true;
}


/***/ }),

/***/ 2177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nD: () => (/* binding */ jsonLineLocator)
/* harmony export */ });
/* unused harmony exports treeLineLocator, scanLine */
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2812);
/* harmony import */ var _beside_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3041);


/**
 * How many pointers one locator finds by scanning the text before it builds the whole syntax tree instead. A
 * scan reads the text from its start up to the pointer's value (a bundle of 10,000 components: ~0.1 s; the tree
 * of it: ~2.5 s and ~0.9 GB), so a few findings are found far sooner by scanning, and many by the tree.
 */
const MAX_SCANS = 8;
/**
 * Line locator over one JSON text. Falls back to the deepest existing parent when the pointer names a missing
 * member (the line where it should have been). The first pointers are found by a scan of the text
 * (scanLine); past MAX_SCANS, or for a text the scan does not read as plain JSON, from jsonc-parser's syntax
 * tree, built once: both give the same line (test/schema/locate.test.ts compares them on every node).
 */
function jsonLineLocator(text) {
    let tree;
    let scans = 0;
    return (pointer) => {
        if (scans < MAX_SCANS) {
            scans++;
            const line = scanLine(text, pointer);
            if (line !== undefined)
                return line;
        }
        tree ??= treeLineLocator(text);
        return tree(pointer);
    };
}
/** The line locator over jsonc-parser's syntax tree of the text (tolerant: it reads broken text too). */
function treeLineLocator(text) {
    // jsonc-parser loads on first use from beside the bundle (beside.ts): only a text with findings needs it.
    const { findNodeAtLocation, parseTree } = (0,_beside_js__WEBPACK_IMPORTED_MODULE_0__/* .requirePackage */ .a2)('jsonc-parser');
    const root = parseTree(text);
    const lineAt = lineIndex(text);
    return (pointer) => {
        if (!root)
            return undefined;
        const segments = pathOf((0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .cP)(pointer));
        for (let depth = segments.length; depth >= 0; depth--) {
            const node = findNodeAtLocation(root, segments.slice(0, depth));
            if (node) {
                const target = node.parent?.type === 'property' ? node.parent : node;
                return lineAt(target.offset);
            }
        }
        return undefined;
    };
}
/**
 * The line of an offset in a text (1 + the line feeds before it; parse.ts lineAt), by binary search over the
 * offsets of its line feeds, found once: many findings in a large file then cost no scan of it each.
 */
function lineIndex(text) {
    let feeds;
    return (offset) => {
        if (!feeds) {
            feeds = [];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                feeds.push(i);
        }
        // How many line feeds lie before the offset.
        let low = 0;
        let high = feeds.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if (feeds[middle] < offset)
                low = middle + 1;
            else
                high = middle;
        }
        return low + 1;
    };
}
/** Pointer segments as jsonc-parser's paths take them: a segment of digits is an array index, never a key. */
const pathOf = (segments) => segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
/** Thrown inside the scanner when the text is not plain JSON where it reads (then the tree decides). */
const NOT_PLAIN = Symbol('not plain JSON');
/**
 * The line treeLineLocator gives, found by reading the text from its start: over members and items that do
 * not lead to the pointer's value (each checked as JSON on the way), into those that do, and stopping at the
 * value. The line is that of the member's key (of an item or the root: its value), or of the deepest parent
 * that exists. Only what JSON allows is read (JSON whitespace, no comments, no trailing commas, a root object
 * or array); anything else returns undefined, so that jsonc-parser, which reads broken text in its own tolerant
 * way, decides. Lines are counted from the line feeds in whitespace: JSON strings hold none. Exported for tests.
 */
function scanLine(text, pointer) {
    const segments = (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerSegments */ .cP)(pointer);
    const scanner = new Scanner(text);
    try {
        scanner.whitespace();
        const first = text.charCodeAt(scanner.pos);
        if (first !== OPEN_BRACE && first !== OPEN_BRACKET)
            return undefined;
        let line = scanner.line;
        for (const segment of segments) {
            const found = /^\d+$/.test(segment) ? scanner.item(Number(segment)) : scanner.member(segment);
            // Not there: item and member have read the value they were at, whole, as JSON.
            if (found === undefined)
                return line;
            line = found;
        }
        // The value the pointer names is read as JSON too: jsonc-parser may not make a node of a broken one.
        scanner.value();
        return line;
    }
    catch (error) {
        // Too deep to read recursively: the tree decides (as it did before there was a scan).
        if (error === NOT_PLAIN || error instanceof RangeError)
            return undefined;
        throw error;
    }
}
const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const OPEN_BRACKET = 91;
const BACKSLASH = 92;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/** A cursor over JSON text that reads only what JSON allows, throwing NOT_PLAIN at anything else. */
class Scanner {
    text;
    pos = 0;
    line = 1;
    constructor(text) {
        this.text = text;
    }
    /**
     * At the value at `pos`: when it is an array with an item at `index`, moves to that item and returns its line;
     * otherwise returns undefined (what follows is not read).
     */
    item(index) {
        const text = this.text;
        if (text.charCodeAt(this.pos) !== OPEN_BRACKET) {
            this.value();
            return undefined;
        }
        this.pos++;
        this.whitespace();
        if (text.charCodeAt(this.pos) === CLOSE_BRACKET) {
            this.pos++;
            return undefined;
        }
        for (let i = 0;; i++) {
            if (i === index)
                return this.line;
            this.value();
            this.whitespace();
            const next = text.charCodeAt(this.pos++);
            if (next === CLOSE_BRACKET)
                return undefined;
            if (next !== COMMA)
                throw NOT_PLAIN;
            this.whitespace();
        }
    }
    /**
     * At the value at `pos`: when it is an object with a member `key` (the first, if it has several), moves to that
     * member's value and returns the line of its key; otherwise returns undefined.
     */
    member(key) {
        const text = this.text;
        if (text.charCodeAt(this.pos) !== OPEN_BRACE) {
            this.value();
            return undefined;
        }
        this.pos++;
        this.whitespace();
        if (text.charCodeAt(this.pos) === CLOSE_BRACE) {
            this.pos++;
            return undefined;
        }
        for (;;) {
            if (text.charCodeAt(this.pos) !== QUOTE)
                throw NOT_PLAIN;
            const line = this.line;
            const name = this.string(true);
            this.whitespace();
            if (text.charCodeAt(this.pos) !== COLON)
                throw NOT_PLAIN;
            this.pos++;
            this.whitespace();
            if (name === key)
                return line;
            this.value();
            this.whitespace();
            const next = text.charCodeAt(this.pos++);
            if (next === CLOSE_BRACE)
                return undefined;
            if (next !== COMMA)
                throw NOT_PLAIN;
            this.whitespace();
        }
    }
    /** Skips JSON whitespace, counting line feeds. */
    whitespace() {
        const text = this.text;
        for (;;) {
            const c = text.charCodeAt(this.pos);
            if (c === LINE_FEED)
                this.line++;
            else if (c !== SPACE && c !== TAB && c !== CARRIAGE_RETURN)
                return;
            this.pos++;
        }
    }
    /** Skips one JSON value (checked as JSON) starting at `pos`. */
    value() {
        const text = this.text;
        const c = text.charCodeAt(this.pos);
        if (c === QUOTE) {
            this.string(false);
            return;
        }
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
            this.pos++;
            this.whitespace();
            if (text.charCodeAt(this.pos) === close) {
                this.pos++;
                return;
            }
            for (;;) {
                if (c === OPEN_BRACE) {
                    if (text.charCodeAt(this.pos) !== QUOTE)
                        throw NOT_PLAIN;
                    this.string(false);
                    this.whitespace();
                    if (text.charCodeAt(this.pos) !== COLON)
                        throw NOT_PLAIN;
                    this.pos++;
                    this.whitespace();
                }
                this.value();
                this.whitespace();
                const next = text.charCodeAt(this.pos);
                this.pos++;
                if (next === close)
                    return;
                if (next !== COMMA)
                    throw NOT_PLAIN;
                this.whitespace();
            }
        }
        if (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9)) {
            this.number();
            return;
        }
        for (const literal of ['true', 'false', 'null'])
            if (text.startsWith(literal, this.pos)) {
                this.pos += literal.length;
                return;
            }
        throw NOT_PLAIN;
    }
    /** Reads the JSON string at `pos` (checked as JSON) and returns its value when `read`, else ''. */
    string(read) {
        const text = this.text;
        const start = this.pos;
        let escaped = false;
        for (let i = start + 1; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === QUOTE) {
                this.pos = i + 1;
                if (!read)
                    return '';
                return escaped ? JSON.parse(text.slice(start, i + 1)) : text.slice(start + 1, i);
            }
            if (c < SPACE)
                throw NOT_PLAIN;
            if (c === BACKSLASH) {
                escaped = true;
                const next = text[i + 1];
                if (next === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
                        throw NOT_PLAIN;
                    i += 5;
                }
                else if (next !== undefined && '"\\/bfnrt'.includes(next))
                    i++;
                else
                    throw NOT_PLAIN;
            }
        }
        throw NOT_PLAIN;
    }
    /** Skips the JSON number at `pos` (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?). */
    number() {
        const text = this.text;
        let i = this.pos;
        const digits = () => {
            const from = i;
            while (text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_9)
                i++;
            return i - from;
        };
        if (text.charCodeAt(i) === MINUS)
            i++;
        if (text.charCodeAt(i) === DIGIT_0)
            i++;
        else if (digits() === 0)
            throw NOT_PLAIN;
        if (text.charCodeAt(i) === DOT) {
            i++;
            if (digits() === 0)
                throw NOT_PLAIN;
        }
        const e = text.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 43 || sign === MINUS)
                i++;
            if (digits() === 0)
                throw NOT_PLAIN;
        }
        this.pos = i;
    }
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ documentSchemaId)
/* harmony export */ });
/* unused harmony export SCHEMA_BASE */
/** Where every schema `$id` starts. */
const SCHEMA_BASE = 'https://cutover.dev/schemas/';
/** The `$id` of a named document schema (the registry's `schemaId`, without loading the schemas). */
function documentSchemaId(name) {
    return `${SCHEMA_BASE}${name}.schema.json`;
}


/***/ }),

/***/ 8671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r8: () => (/* binding */ lineageAcceptedButFields),
  K3: () => (/* binding */ schemaViolations),
  n_: () => (/* binding */ validateById),
  mv: () => (/* binding */ validateDocument)
});

// UNUSED EXPORTS: FORMAT_WORDS, PATTERN_WORDS, checkById, loadedValidatorModules, moreViolations, validatorById, validatorFor

// EXTERNAL MODULE: ./src/schema/beside.ts
var beside = __webpack_require__(3041);
// EXTERNAL MODULE: ./src/schema/generated/index.cjs
var generated = __webpack_require__(3958);
var generated_default = /*#__PURE__*/__webpack_require__.n(generated);
// EXTERNAL MODULE: ./src/schema/lineage-fields.ts
var lineage_fields = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/schema/locate.ts
var schema_locate = __webpack_require__(2177);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/schema/locate-yaml.ts


/**
 * Line locator over one YAML text. A mapping member is located at its key's line, a sequence item where it
 * opens; a pointer below a scalar, an alias or a member the text does not hold falls back to the deepest node
 * that exists (the line where the missing member should have been). Undefined when the text does not parse as
 * one YAML document. Where the composed nodes cannot be matched with the parsed value one to one (a construct
 * js-yaml builds otherwise), the search stops at that node: a line too shallow, never a wrong one.
 */
function yamlLineLocator(text) {
    let root;
    return (pointer) => {
        root ??= composedTree(text);
        if (!root)
            return undefined;
        let node = unwrap(root);
        let line = node.line;
        for (const segment of (0,json_pointer/* pointerSegments */.cP)(pointer)) {
            const member = memberOf(node, segment);
            if (!member)
                break;
            line = member.line;
            node = unwrap(member.node);
        }
        return line;
    };
}
/** The tree of composed nodes of a single-document text, or null when js-yaml refuses it. */
function composedTree(text) {
    const yaml = (0,beside/* requirePackage */.a2)('js-yaml');
    const roots = [];
    const open = [];
    try {
        yaml.load(text, {
            schema: yaml.CORE_SCHEMA,
            listener: (event, state) => {
                if (event === 'open') {
                    const node = { line: state.line + 1, result: undefined, children: [] };
                    (open.at(-1)?.children ?? roots).push(node);
                    open.push(node);
                }
                else {
                    const node = open.pop();
                    if (node)
                        node.result = state.result;
                }
            },
        });
    }
    catch {
        return null;
    }
    return roots.length === 1 && roots[0] ? roots[0] : null;
}
/**
 * The node that holds a value's own members: js-yaml may compose a value inside another that keeps its result
 * (a block collection's first entry read as a key that turns out to be the value).
 */
function unwrap(node) {
    let current = node;
    while (current.children.length === 1 && current.children[0]?.result === current.result) {
        const inner = current.children[0];
        if (!inner || typeof current.result !== 'object' || current.result === null)
            break;
        current = inner;
    }
    return current;
}
/**
 * The member `segment` of a mapping or sequence node, with the line that names it (a key's, an item's), when the
 * node's children match its value one to one: each key then its value for a mapping, each item for a sequence.
 */
function memberOf(node, segment) {
    const value = node.result;
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { children } = node;
    if (Array.isArray(value)) {
        if (!/^(0|[1-9][0-9]*)$/.test(segment) || children.length !== value.length)
            return undefined;
        const item = children[Number(segment)];
        if (!item || !Object.is(item.result, value[Number(segment)]))
            return undefined;
        return { line: item.line, node: item };
    }
    const record = value;
    const keys = Object.keys(record);
    if (children.length !== 2 * keys.length)
        return undefined;
    let found;
    for (let i = 0; i < children.length; i += 2) {
        const key = children[i];
        const member = children[i + 1];
        if (!key || !member)
            return undefined;
        const name = String(key.result);
        // Every pair must match, not only the one asked for: a mapping js-yaml built otherwise is not read at all.
        if (!Object.hasOwn(record, name) || !Object.is(record[name], member.result))
            return undefined;
        if (name === segment)
            found = { line: key.line, node: member };
    }
    return found;
}

// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
// EXTERNAL MODULE: ./src/schema/schema-ids.ts
var schema_ids = __webpack_require__(5447);
// EXTERNAL MODULE: ./src/schema/violations.ts
var schema_violations = __webpack_require__(339);
;// CONCATENATED MODULE: ./src/schema/validate.ts








// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.

/** The validators required so far, by their path under ./generated/. */
const loaded = new Map();
function generatedModule(id, role) {
    const base = Object.hasOwn((generated_default()), id) ? (generated_default())[id] : undefined;
    if (!base)
        throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
    const file = `${base}.${role}.cjs`;
    const known = loaded.get(file);
    if (known)
        return known;
    const validate = (0,beside/* requireGenerated */.p)(file);
    if (typeof validate !== 'function')
        throw new Error(`${file} exports no validator`);
    loaded.set(file, validate);
    return validate;
}
/** The generated modules loaded so far in this process, by path under ./generated/ (for tests). */
function loadedValidatorModules() {
    return [...loaded.keys()].sort();
}
/** The validator of a named schema that names every violation (`errors`, with the offending values). */
function validatorFor(name) {
    return validatorById(schemaId(name));
}
/** The generated validator of a registered schema by its `$id` that names every violation, required on first use. */
function validatorById(id) {
    return generatedModule(id, 'validate');
}
/** The generated validator of a registered schema by its `$id` that only decides (stops at the first violation). */
function checkById(id) {
    return generatedModule(id, 'check');
}
const LINEAGE_ID = (0,schema_ids/* documentSchemaId */.s)('lineage');
/**
 * A lineage document the schema accepts, told without the generated check's walk of `fields`: the generated
 * check over the document with an empty `fields` (no part of the schema relates `fields` to another key), and
 * lineage-fields.ts over `fields` itself. Only a plain object with `fields` is decided so; false leaves the
 * decision (and the words for each violation) to the generated validators.
 */
function lineageAccepted(value) {
    const fields = fieldsOf(value);
    return fields !== undefined && (0,lineage_fields/* lineageFieldsAccepted */.CL)(fields) && restAccepted(value);
}
/** `fields` of a plain object, when it has one. */
function fieldsOf(value) {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
        return undefined;
    return value.fields;
}
/** The generated check of a lineage document with its `fields` left empty. */
const restAccepted = (value) => checkById(LINEAGE_ID)({ ...value, fields: {} });
/**
 * Whether the lineage schema accepts `value` apart from the entries of `fields`, whose own keys are then all
 * the keys the generated validator would walk (lineage-fields.ts fieldsHaveOwnKeysOnly). For verification
 * (release.ts), which then finds every entry accepted (lineageEntryCheck), under a key that is a consequential
 * field of the bundle (a JSON Pointer), and its valueDigest equal to the digest it computes; or else validates
 * the document in full (schemaViolations).
 */
function lineageAcceptedButFields(value) {
    const fields = fieldsOf(value);
    return fields !== undefined && (0,lineage_fields/* fieldsHaveOwnKeysOnly */.uI)(fields) && restAccepted(value);
}
/** The violations of a value, from the explaining validator; none when the deciding one accepts it. */
function violationsById(id, value) {
    if ((id === LINEAGE_ID && lineageAccepted(value)) || checkById(id)(value))
        return [];
    const validate = validatorById(id);
    // Both are generated from one schema with options that do not change the verdict: refuse rather than accept
    // a document read two ways.
    if (validate(value))
        throw new Error(`the generated validators of ${id} disagree on a value`);
    return (0,schema_violations/* violationsOf */.Sq)(validate.errors);
}
/** Validates without throwing; returns the violations (empty when valid). */
function schemaViolations(name, value, text, file) {
    const violations = violationsById((0,schema_ids/* documentSchemaId */.s)(name), value);
    if (violations.length === 0)
        return violations;
    const locate = text === undefined || file === undefined
        ? undefined
        : (0,parse.formatOf)(file) === 'json'
            ? (0,schema_locate/* jsonLineLocator */.nD)(text)
            : yamlLineLocator(text);
    if (!locate)
        return violations;
    return violations.map((violation) => {
        const line = locate(violation.path);
        return line === undefined ? violation : { ...violation, line };
    });
}
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
function validateDocument(name, value, file, text) {
    const violations = schemaViolations(name, value, text, file);
    if (violations.length === 0)
        return value;
    throw (0,schema_violations/* violationError */.W3)(violations, file, `a document matching ${(0,schema_ids/* documentSchemaId */.s)(name)}`);
}
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
function validateById(id, value, file) {
    const violations = violationsById(id, value);
    if (violations.length === 0)
        return value;
    throw (0,schema_violations/* violationError */.W3)(violations, file, `a value matching ${id}`);
}


/***/ }),

/***/ 339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ violationsOf),
/* harmony export */   W3: () => (/* binding */ violationError)
/* harmony export */ });
/* unused harmony exports moreViolations, violationPath, FORMAT_WORDS, PATTERN_WORDS, describe, dedupe */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
/** The JSON Pointer an error is about: for an unknown or missing key, the key itself. */
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
/** One Ajv error in words: what the value must be, with what was given when it is short. */
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
/**
 * An `anyOf` whose every branch failed only by a missing key of the same object ("issuer plus one of san, pattern
 * or repository") as one error naming the choice, instead of one "missing required key" per branch, each of which
 * reads as if that key alone were required.
 */
function oneOfKeys(errors) {
    const merged = new Map();
    const dropped = new Set();
    for (const choice of errors) {
        if (choice.keyword !== 'anyOf' && choice.keyword !== 'oneOf')
            continue;
        const branches = errors.filter((e) => e.schemaPath.startsWith(`${choice.schemaPath}/`));
        if (branches.length < 2 ||
            !branches.every((e) => e.keyword === 'required' && e.instancePath === choice.instancePath))
            continue;
        const names = branches.map((e) => `'${String(e.params.missingProperty)}'`);
        const words = `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
        for (const branch of branches)
            dropped.add(branch);
        merged.set(choice, { ...choice, keyword: 'requiredOneOf', message: `needs one of the keys ${words}` });
    }
    if (merged.size === 0)
        return errors;
    return errors.filter((e) => !dropped.has(e)).map((e) => merged.get(e) ?? e);
}
/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
function dedupe(input) {
    const errors = oneOfKeys(input);
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
/** The violations Ajv reported, one per path and message, in words, without line numbers. */
function violationsOf(errors) {
    return dedupe([...(errors ?? [])]).map((error) => ({ path: violationPath(error), message: describe(error) }));
}
/**
 * The InputError of a failed validation: the first violation's message, line and field, then the others
 * (moreViolations), naming `file` and what was `expected`.
 */
function violationError(violations, file, expected) {
    const first = violations[0];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
        file,
        line: first?.line,
        field: first?.path || '/',
        expected,
    });
}


/***/ }),

/***/ 3958:
/***/ ((module) => {

// Generated by src/schema/standalone.ts: the generated modules of each registered schema by `$id`
// (src/schema/generated/<path>.check.cjs and <path>.validate.cjs). Do not edit: `node scripts/build.mjs`
// regenerates it.

module.exports = {
  "https://cutover.dev/schemas/bundle.schema.json": "bundle",
  "https://cutover.dev/schemas/common.schema.json": "common",
  "https://cutover.dev/schemas/holds.schema.json": "holds",
  "https://cutover.dev/schemas/lineage.schema.json": "lineage",
  "https://cutover.dev/schemas/manifest.schema.json": "manifest",
  "https://cutover.dev/schemas/policy.schema.json": "policy",
  "https://cutover.dev/schemas/records.schema.json": "records",
  "https://cutover.dev/schemas/seal-record.schema.json": "seal-record",
  "https://cutover.dev/schemas/sources.schema.json": "sources",
  "https://cutover.dev/schemas/source-kinds/records.schema.json": "source-kinds/records",
  "https://cutover.dev/schemas/source-kinds/cyclonedx.schema.json": "source-kinds/cyclonedx",
  "https://cutover.dev/schemas/source-kinds/spdx.schema.json": "source-kinds/spdx",
  "https://cutover.dev/schemas/source-kinds/flagd.schema.json": "source-kinds/flagd",
  "https://cutover.dev/schemas/source-kinds/provenance.schema.json": "source-kinds/provenance",
  "https://cutover.dev/schemas/source-kinds/github-release.schema.json": "source-kinds/github-release",
  "https://cutover.dev/schemas/source-kinds/github-attestations.schema.json": "source-kinds/github-attestations",
  "https://cutover.dev/schemas/source-kinds/http-json.schema.json": "source-kinds/http-json",
  "https://cutover.dev/schemas/source-kinds/servicenow.schema.json": "source-kinds/servicenow",
};


/***/ })

};
