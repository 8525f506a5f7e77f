"use strict";
exports.id = 671;
exports.ids = [671];
exports.modules = {

/***/ 2812:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 8671:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
        : (0,parse/* formatOf */.be)(file) === 'json'
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

/***/ 3958:
/***/ (function(module) {

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
;