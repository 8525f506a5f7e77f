"use strict";
exports.id = 399;
exports.ids = [399];
exports.modules = {

/***/ 5610:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vk: () => (/* binding */ textPieces),
/* harmony export */   bH: () => (/* binding */ bundleDigest),
/* harmony export */   bU: () => (/* binding */ canonicalForm),
/* harmony export */   cE: () => (/* binding */ markListedInOrder),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   hR: () => (/* binding */ TEXT_PIECE),
/* harmony export */   ij: () => (/* binding */ orderableKey),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   nQ: () => (/* binding */ digestedBundleFiles),
/* harmony export */   o: () => (/* binding */ markParsedInOrder),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   qt: () => (/* binding */ knownCanonical),
/* harmony export */   sc: () => (/* binding */ sha256),
/* harmony export */   yD: () => (/* binding */ digestWithin)
/* harmony export */ });
/* unused harmony export gitBlobSha */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _listed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(395);
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
 * key: a value with such a key anywhere takes the slow path, which writes the text itself. So do values with
 * `toJSON`, objects that are not plain, NaN, Infinity and lone surrogates, and the slow path throws for what
 * RFC 8785 refuses, as the package does. Values known to be in canonical order are marked (ORDERED), so that
 * the bundle digest, the per-field digests (digestWithin) and the writer (files.ts) need not walk them again.
 */


/** Keys whose insertion order V8 does not keep: array indices ("0", "1", "4294967294"; a few more to be safe). */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Whether a key must take the slow path: an unordered key (they start with a digit, tested first) or `__proto__`. */
const needsSlowPath = (key) => {
    const first = key.charCodeAt(0);
    return (first >= 48 && first <= 57 && UNORDERED_KEY.test(key)) || key === '__proto__';
};
/**
 * Objects found (or made) in canonical order by the fast path of canonicalForm, digestedBundleFiles or
 * digestWithin, found so by parse.ts's key walk (markParsedInOrder), or built so (assembly's lineage fields,
 * markListedInOrder), whole subtree included: every object plain with its keys in sorted order, no `toJSON`,
 * no key that needs the slow path, no number JSON cannot hold. JSON.stringify writes them as they are, so the
 * bundle digest, the writer (files.ts) and the field digests walk them no more. The mark is a promise of the
 * caller that gets such a value: it is not changed afterwards (assembled and parsed release files are not).
 * digestedBundleFiles and digestWithin consult it only at the top of a value and one level below (the three
 * files inside the bundle digest's `{bundle, holds, lineage}`), and for a listed record (listed.ts) two
 * levels below; renderJson at the top: a WeakSet lookup or a few per call is its whole cost. canonicalJson
 * and digestOf neither set nor consult it.
 */
const ORDERED = new WeakSet();
/** Whether a value was marked as in canonical order (see ORDERED): then JSON.stringify writes it canonically. */
function knownCanonical(value) {
    return typeof value === 'object' && value !== null && ORDERED.has(value);
}
/**
 * Whether a key of a parsed JSON object lets the object be marked as in canonical order (markParsedInOrder):
 * not a key the fast path sends to the slow path (integer-like, `__proto__`), nor `toJSON`, which a parsed
 * object holds only as its own key and which the fast path also refuses (`'toJSON' in value`).
 */
function orderableKey(key) {
    return !needsSlowPath(key) && key !== 'toJSON';
}
/**
 * Marks a value fresh from JSON.parse as in canonical order (ORDERED), for parse.ts, whose key walk checked
 * exactly what orderedObject checks of such a value, so that the fast path would return it as it is: every
 * key passed orderableKey and came after the one before it in for-in order (which is Object.keys' and
 * JSON.stringify's order, so strictly increasing keys are RFC 8785's order), every number is finite, and it
 * nests at most MAX_DEPTH levels (a parsed value holds only plain objects, arrays, strings, finite or infinite
 * numbers, booleans and null). Lone surrogates are not checked, as the fast path does not: fastText and
 * digestInOrder look for them in the text. The caller promises the value is not changed afterwards.
 */
function markParsedInOrder(root) {
    ORDERED.add(root);
}
/**
 * Marks a record a RecordBuilder finished with a listing (listed.ts) as in canonical order (ORDERED), for
 * assembly's lineage fields (assembly-lineage.ts fieldLineages), so that the bundle digest does not walk its
 * tens of thousands of values. The listing tells that its keys are in order and none needs the slow path
 * (RecordBuilder lists a record only then), and it is frozen. The caller promises what the listing cannot
 * tell: no key is `toJSON`, and every value is a plain object whose keys were inserted in sorted order, none
 * `toJSON`, and whose values are strings (lineage.json's field pointers start with `/`; its entries are
 * `{fragment?, source, valueDigest}`). Lone surrogates need no promise: fastText looks for them in the text. The mark is
 * consulted where listings are (orderedObject, at depth 2 at most: lineage.json's fields in the bundle
 * digest's `{bundle, holds, lineage}`), and only by the bundle digest and digestWithin. A record without a
 * listing is not marked.
 */
function markListedInOrder(record) {
    if ((0,_listed_js__WEBPACK_IMPORTED_MODULE_1__/* .listingOf */ .K7)(record) !== undefined)
        ORDERED.add(record);
}
/** Thrown by the fast path when the value needs the slow path, which also throws every refusal in its order. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');
/** Deeper than this, the fast path gives up (a cycle recurses forever, so it gets there): the slow path decides. */
const MAX_DEPTH = 64;
/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. The
 * ordered value is marked (ORDERED): the caller must not change it afterwards. A value whose keys JavaScript
 * cannot hold in that order (integer-like keys, `__proto__`), or that holds something else the fast path
 * leaves to the slow one (`toJSON`, boxed primitives, class instances, nesting deeper than 64), is returned
 * as it is. The text is computed when first read (most callers want only the value), and reading it throws
 * what canonicalJson throws (NaN, Infinity, lone surrogates, cycles).
 */
function canonicalForm(value) {
    if (value === null || typeof value !== 'object')
        return {
            value,
            get text() {
                return canonicalJson(value);
            },
        };
    const ordered = fastOrdered(value, false);
    let text;
    if (ordered === undefined)
        return {
            value,
            get text() {
                text ??= slowText(value);
                return text;
            },
        };
    ORDERED.add(ordered);
    return {
        value: ordered,
        get text() {
            text ??= fastText(ordered, value);
            return text;
        },
    };
}
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
    const ordered = fastOrdered(value, false);
    return ordered === undefined ? slowText(value) : fastText(ordered, value);
}
/** The value in canonical order through the fast path, or undefined when it needs the slow path. */
function fastOrdered(value, marks) {
    try {
        return orderedObject(value, 0, marks);
    }
    catch (error) {
        if (error !== NEEDS_SLOW_PATH)
            throw error;
        return undefined;
    }
}
/**
 * The text of a value the fast path ordered: JSON.stringify's, which is canonical once keys are in order, but
 * for one case the fast path does not look at: a lone surrogate, which JSON.stringify writes as an escape
 * (`\udXXX`, lowercase) where RFC 8785 refuses it. One search of the text finds that escape; only then (or
 * when a string holds a backslash followed by `ud`) are the strings looked at, and the slow path throws what
 * the package throws.
 */
function fastText(ordered, original) {
    const text = JSON.stringify(ordered);
    return hasLoneSurrogate(text, ordered) ? slowText(original) : text;
}
/** Whether a value whose JSON.stringify text is `text` holds a lone surrogate in a string or a key. */
function hasLoneSurrogate(text, value) {
    return text.includes('\\ud') && !wellFormed(value);
}
/** Whether every string and key of a value (the fast path's: plain, at most MAX_DEPTH deep) is well formed. */
function wellFormed(value) {
    if (typeof value === 'string')
        return value.isWellFormed();
    if (value === null || typeof value !== 'object')
        return true;
    if (Array.isArray(value))
        return value.every(wellFormed);
    const record = value;
    for (const key of Object.keys(record))
        if (!key.isWellFormed() || !wellFormed(record[key]))
            return false;
    return true;
}
function slowText(value) {
    const text = serialize(value, new Set());
    if (text === undefined)
        throw new TypeError('value has no JSON representation');
    return text;
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
 * The fast path's walk over an object or array: the value with every object's keys in sorted order, for
 * JSON.stringify; what is already in that order (parsed release files, most built values) is returned as it
 * is, so only what is out of order is copied. Everything JSON.stringify would not write as RFC 8785 does,
 * except lone surrogates (fastText), throws NEEDS_SLOW_PATH: an unordered key, `toJSON`, an object that is
 * not plain, NaN or Infinity, a function or bigint, nesting deeper than MAX_DEPTH. Undefined and symbols need
 * nothing: JSON.stringify leaves them out of objects and writes null for them in arrays, as the package does.
 * `marks`: a marked object at depth 0 or 1 (ORDERED) is taken as it is.
 */
function orderedObject(value, depth, marks) {
    if (depth > MAX_DEPTH || 'toJSON' in value)
        throw NEEDS_SLOW_PATH;
    if (marks && depth <= 1 && ORDERED.has(value))
        return value;
    if (Array.isArray(value))
        return orderedItems(value, depth, marks);
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null)
        throw NEEDS_SLOW_PATH;
    // Near the top (where assembly's lineage fields are: depth 2 of the bundle digest's `{bundle, holds,
    // lineage}`), a frozen record's listing (listed.ts) spares listing its keys (lineage.json's fields are one
    // object of ~27 keys per component).
    const listing = depth <= 2 ? (0,_listed_js__WEBPACK_IMPORTED_MODULE_1__/* .listingOf */ .K7)(value) : undefined;
    if (listing !== undefined) {
        // A listed record marked as built in canonical order (assembly's lineage fields, markListedInOrder) is
        // taken as it is: one WeakSet lookup instead of a walk of its values.
        if (marks && ORDERED.has(value))
            return value;
        return listedObject(value, listing, depth, marks);
    }
    // One for-in pass, not Object.keys: on Node 24 (V8 13.6) Object.keys of the objects JSON.parse makes
    // costs about twice what for-in's cached enumeration does (the walk of a parsed 10,000 component bundle:
    // 0.6 s against 0.3 s), and on Node 20 one for-in pass costs no more (two passes do: enumerating a
    // dictionary-mode object such as lineage.json's fields is most of the cost). An object found out of order
    // is then sorted (sortedObject walks its values again: those already walked, before its first key out of
    // order, are walked twice). For-in lists the own enumerable keys in Object.keys' order, and then inherited
    // enumerable ones (only if something added one to Object.prototype): those are checked and read too, which
    // can only send the value to the slow path or to sortedObject/copiedObject, and those list the own keys
    // alone (JSON.stringify writes only those).
    const record = value;
    let previous;
    for (const key in record) {
        if (needsSlowPath(key))
            throw NEEDS_SLOW_PATH;
        if (previous !== undefined && !(previous < key))
            return sortedObject(record, Object.keys(record), depth, marks);
        previous = key;
        const item = record[key];
        if (typeof item === 'object') {
            if (item === null)
                continue;
            const next = orderedObject(item, depth + 1, marks);
            if (next !== item)
                return changedObject(record, key, next, depth, marks);
        }
        else
            checkFastLeaf(item);
    }
    return value;
}
/**
 * orderedObject's copy of an object whose value at `key` came out as `next`, found before the walk reached
 * its later keys: copiedObject when all its keys are in order, sortedObject otherwise.
 */
function changedObject(record, key, next, depth, marks) {
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) {
        if (needsSlowPath(keys[i]))
            throw NEEDS_SLOW_PATH;
        if (i > 0 && !(keys[i - 1] < keys[i]))
            return sortedObject(record, keys, depth, marks);
    }
    const changed = keys.indexOf(key);
    // An inherited key (not one of JSON.stringify's): the slow path decides.
    if (changed < 0)
        throw NEEDS_SLOW_PATH;
    return copiedObject(record, keys, changed, next, depth, marks);
}
/** orderedObject of a record with a listing (listed.ts): its keys and values read from the lists. */
function listedObject(value, listing, depth, marks) {
    const keys = listing.keys;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (needsSlowPath(key))
            throw NEEDS_SLOW_PATH;
        if (i > 0 && !(keys[i - 1] < key))
            return sortedObject(value, [...keys], depth, marks);
    }
    const values = listing.values;
    for (let i = 0; i < keys.length; i++) {
        const item = values[i];
        if (typeof item === 'object') {
            if (item === null)
                continue;
            const next = orderedObject(item, depth + 1, marks);
            if (next !== item)
                return copiedObject(value, keys, i, next, depth, marks);
        }
        else
            checkFastLeaf(item);
    }
    return value;
}
/** NaN, Infinity, functions and bigints go to the slow path, which refuses them as the package does. */
function checkFastLeaf(item) {
    if (typeof item === 'number') {
        if (item - item !== 0)
            throw NEEDS_SLOW_PATH;
    }
    else if (typeof item === 'function' || typeof item === 'bigint')
        throw NEEDS_SLOW_PATH;
}
/** An object in key order whose value at keys[changed] came out as `next`: a copy with it (and those after). */
function copiedObject(value, keys, changed, next, depth, marks) {
    const copy = {};
    for (let i = 0; i < changed; i++) {
        const key = keys[i];
        const item = value[key];
        if (!absent(item))
            copy[key] = item;
    }
    copy[keys[changed]] = next;
    copyOrdered(value, keys, changed + 1, copy, depth, marks);
    return copy;
}
/** An object whose keys are out of order (every key checked by needsSlowPath): a copy with its keys in order. */
function sortedObject(value, keys, depth, marks) {
    const copy = {};
    for (let i = 0; i < keys.length; i++)
        if (needsSlowPath(keys[i]))
            throw NEEDS_SLOW_PATH;
    copyOrdered(value, sortKeys(keys), 0, copy, depth, marks);
    return copy;
}
/**
 * Sorts keys in place by UTF-16 code units, as Array.prototype.sort does with strings: a few keys (the built
 * objects that come out of order, about 30 per component) by insertion, which costs less than the call.
 */
function sortKeys(keys) {
    if (keys.length > 16)
        return keys.sort();
    for (let i = 1; i < keys.length; i++) {
        const key = keys[i];
        let j = i - 1;
        for (; j >= 0 && key < keys[j]; j--)
            keys[j + 1] = keys[j];
        keys[j + 1] = key;
    }
    return keys;
}
/** Inserts value's entries keys[from..] into copy, each value through orderedObject. */
function copyOrdered(value, keys, from, copy, depth, marks) {
    for (let i = from; i < keys.length; i++) {
        const key = keys[i];
        const item = value[key];
        if (typeof item === 'object' && item !== null)
            copy[key] = orderedObject(item, depth + 1, marks);
        else if (!absent(item)) {
            checkFastLeaf(item);
            copy[key] = item;
        }
    }
}
/** An array's items through orderedObject; the array itself when no item changed. */
function orderedItems(value, depth, marks) {
    let copy;
    for (let i = 0; i < value.length; i++) {
        const item = value[i];
        let next = item;
        if (typeof item === 'object') {
            if (item !== null)
                next = orderedObject(item, depth + 1, marks);
        }
        else
            checkFastLeaf(item);
        if (next !== item && copy === undefined)
            copy = value.slice(0, i);
        copy?.push(next);
    }
    return copy ?? value;
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
/**
 * Strings longer than this (in UTF-16 code units) are hashed in pieces of this length: the bundle digest's
 * canonical text is megabytes long, and one-shot hashing copies it whole into a fresh UTF-8 buffer first, each
 * page of which is memory the process touches for the first time (on a Firecracker VM about 14 us per 4 KiB
 * page, which at 1,000 components made this copy cost more than the hashing; issue 13 goal 2). A piece is at
 * most 96 KiB of UTF-8, which the allocator reuses from one piece to the next.
 */
const TEXT_PIECE = 32 * 1024;
/**
 * A long text in consecutive pieces of at most TEXT_PIECE code units (slices, not copies), none ending between
 * the two halves of a surrogate pair: encoded piece by piece, the UTF-8 bytes are those of the whole text (a
 * lone surrogate included: it ends a piece only when no low surrogate follows it, and is encoded alone either
 * way). For the hash below and the CLI's file writer (../cli/release-dir.ts).
 */
function* textPieces(text) {
    for (let start = 0; start < text.length;) {
        let end = Math.min(start + TEXT_PIECE, text.length);
        const last = text.charCodeAt(end - 1);
        // A high surrogate ending the piece would be cut from the low one after it: it goes to the next piece.
        if (end < text.length && last >= 0xd800 && last <= 0xdbff)
            end -= 1;
        yield text.slice(start, end);
        start = end;
    }
}
/**
 * `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash` (no Hash object per call) for bytes and
 * for strings up to TEXT_PIECE code units; longer strings are fed to one Hash in textPieces.
 */
function sha256(data) {
    if (typeof data !== 'string' || data.length <= TEXT_PIECE)
        return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'hex')}`;
    const hasher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const piece of textPieces(data))
        hasher.update(piece, 'utf8');
    return `sha256:${hasher.digest('hex')}`;
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
/**
 * The bundle digest, and the files it was computed over in canonical key order (copied only where they were
 * not), marked as such (ORDERED): the writer (files.ts renderJson) then writes them without another walk. A
 * file already marked (assemble's bundle, from canonicalForm) is not walked again here either.
 */
function digestedBundleFiles(files) {
    const all = { bundle: files.bundle, holds: files.holds, lineage: files.lineage };
    const ordered = fastOrdered(all, true);
    if (ordered === undefined)
        return { ordered: files, digest: sha256(slowText(all)) };
    const digest = sha256(fastText(ordered, all));
    for (const file of [ordered.bundle, ordered.holds, ordered.lineage])
        if (typeof file === 'object' && file !== null)
            ORDERED.add(file);
    return { ordered: { bundle: ordered.bundle, lineage: ordered.lineage, holds: ordered.holds }, digest };
}
/**
 * digestOf for values that lie inside `root`: the per-field value digests of a bundle (assemble's lineage
 * fields, verify's lineage rule), about 27 per component. When the root is in canonical order as it is
 * (marked by canonicalForm or digestedBundleFiles, or found so here by one walk, and then marked), every value
 * inside it is too, and the digest is JSON.stringify plus sha256 with no walk per value; otherwise this is
 * digestOf. Passing a value from outside `root` gives a wrong digest when that value is out of order: pass
 * only values reached from `root`. The root must not change afterwards (see ORDERED).
 */
function digestWithin(root) {
    if (typeof root !== 'object' || root === null)
        return digestOf;
    if (!ORDERED.has(root)) {
        if (fastOrdered(root, true) !== root)
            return digestOf;
        ORDERED.add(root);
    }
    return digestInOrder;
}
/** digestOf of a value in canonical order: its JSON.stringify text, checked for lone surrogates as in fastText. */
function digestInOrder(value) {
    if (value === null || typeof value !== 'object')
        return digestOf(value);
    const text = JSON.stringify(value);
    // canonicalJson throws, naming the lone surrogate, as digestOf does.
    return sha256(hasLoneSurrogate(text, value) ? canonicalJson(value) : text);
}
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
function gitBlobSha(bytes) {
    return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 395:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ listingOf),
/* harmony export */   xx: () => (/* binding */ RecordBuilder)
/* harmony export */ });
/* unused harmony export keysOf */
/**
 * Records whose keys are listed once. lineage.json's `fields` is one object with about 27 keys per component
 * (270,000 at 10,000 components), which V8 keeps as a dictionary: listing its keys (Object.keys, for-in,
 * JSON.stringify) costs tens of milliseconds each time. Assembly builds it through a RecordBuilder, which
 * keeps its keys and values in insertion order as it inserts them and freezes the record when it is finished;
 * the passes that follow (the holds' lineage rule, the bundle digest's key-order walk) read the lists instead
 * of listing the record again.
 *
 * A list can never be stale: it is kept only for a frozen record (no key can be added, deleted or given
 * another value afterwards), and only when it is provably Object.keys' order: keys inserted in strictly
 * increasing order (so each once), none integer-like (V8 lists array indices first, in numeric order,
 * whatever the insertion order) nor `__proto__`.
 * For any other record listingOf answers undefined and callers list it themselves.
 */
const LISTINGS = new WeakMap();
/** The listing of a record a RecordBuilder finished, or undefined for any other value. */
function listingOf(value) {
    return LISTINGS.get(value);
}
/** Object.keys of a record, from its listing when it has one. */
function keysOf(record) {
    return LISTINGS.get(record)?.keys ?? Object.keys(record);
}
/** Builds a plain record key by key; `finish` freezes it and keeps its listing. */
class RecordBuilder {
    record = {};
    keys = [];
    values = [];
    /** False once a key was inserted whose place in Object.keys' order the lists might not tell. */
    listable = true;
    finished = false;
    set(key, value) {
        if (this.finished)
            throw new Error('RecordBuilder: the record is finished and frozen');
        const first = key.charCodeAt(0);
        const keys = this.keys;
        // Listed only while each key comes after the one before it (one comparison, no lookup in the record: so
        // no key is inserted twice) and none may be an array index (it starts with a digit) or is `__proto__`
        // (assigning it sets the prototype). Assigning any other key, inherited names included, creates an own
        // property, which Object.keys lists in insertion order. Otherwise the record is built without a listing.
        if ((keys.length > 0 && !(keys[keys.length - 1] < key)) ||
            (first >= 48 && first <= 57) ||
            key === '__proto__')
            this.listable = false;
        this.record[key] = value;
        this.keys.push(key);
        this.values.push(value);
    }
    /** The record, frozen; with a listing when every key was listable. */
    finish() {
        if (!this.finished) {
            this.finished = true;
            Object.freeze(this.record);
            if (this.listable)
                LISTINGS.set(this.record, { keys: Object.freeze(this.keys), values: Object.freeze(this.values) });
        }
        return this.record;
    }
}


/***/ }),

/***/ 8800:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ Renderer),
/* harmony export */   r: () => (/* binding */ cmp)
/* harmony export */ });
/** Applies the policy's rendering rules for one field kind; collects each change once. */
class Renderer {
    rules;
    /** Per field kind: each value rendered so far -> its rendered form. */
    seen = {
        component: new Map(),
        cohort: new Map(),
        environment: new Map(),
    };
    /** Each change made so far, in the order they were made (a value's chain of steps in a row). */
    steps = [];
    constructor(policy) {
        this.rules = { component: [], cohort: [], environment: [] };
        for (const rule of policy.rendering ?? [])
            this.rules[rule.field].push(rule);
    }
    /** The rendered form of `value`. */
    render(field, value) {
        const rules = this.rules[field];
        // No rule for the field (the default policy's components): nothing to apply and nothing to record.
        if (rules.length === 0)
            return value;
        const seen = this.seen[field];
        const known = seen.get(value);
        if (known !== undefined)
            return known;
        const first = this.steps.length;
        let current = value;
        for (const rule of rules) {
            const next = apply(rule, current);
            if (next !== current) {
                this.steps.push({ field, original: current, rendered: next, rule: rule.id, final: next });
                current = next;
            }
        }
        for (let i = first; i < this.steps.length; i++)
            this.steps[i].final = current;
        seen.set(value, current);
        return current;
    }
    /** Every change made so far, each step once, in a stable order. */
    renderings() {
        const steps = new Map();
        for (const step of this.steps)
            steps.set(`${step.field}\u0000${step.original}\u0000${step.rule}`, step);
        return [...steps.values()].sort((a, b) => cmp(a.field, b.field) || cmp(a.original, b.original) || cmp(a.rule, b.rule));
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

/***/ 3041:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a2: () => (/* binding */ requirePackage),
/* harmony export */   p: () => (/* binding */ requireGenerated)
/* harmony export */ });
/* unused harmony export loadedBesideModules */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Modules loaded from beside the code that runs, not bundled into it: the generated validators
 * (src/schema/generated/, see standalone.ts) and the packages that parse documents (js-yaml, jsonc-parser,
 * through generated one-line modules that require them). Run from source, `./generated/` is
 * src/schema/generated/ and each package comes from node_modules; bundled, it is the generated/ directory
 * scripts/build.mjs makes beside the action's bundle (dist/generated/, which the CLI in dist/cli/ shares: one
 * directory up) and beside the reader's (dist/reader/generated/, for the reader package ships dist/reader/
 * alone), copying the validators there and bundling each package into its module of the same name. Each
 * loads synchronously on first use (a bundle chunk loads only by `import()`: an ES module in the action), so a process
 * parses only what it uses.
 */


/**
 * Node's own `require`, relative to this module. Reached through process.getBuiltinModule so that the bundler
 * leaves it alone (it would replace a `createRequire` it sees) and the modules stay files of their own.
 */
const requireHere = process.getBuiltinModule('node:module').createRequire(require("url").pathToFileURL(__filename).href);
const loaded = new Map();
/** Where generated/ is, relative to this module, once looked up. */
let generatedDir;
/**
 * The generated/ directory relative to this module: beside it (src/schema/, dist/, dist/reader/), else one
 * directory up (dist/cli/ shares dist/generated/ with the action). An error names both places when neither
 * holds one.
 */
function generatedDirectory() {
    if (generatedDir !== undefined)
        return generatedDir;
    const candidates = ['./generated/', '../generated/'];
    const found = candidates.find((dir) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(new URL(dir, require("url").pathToFileURL(__filename).href)));
    if (!found)
        throw new Error(`no generated/ directory at ${candidates.map((dir) => (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(dir, require("url").pathToFileURL(__filename).href))).join(' or ')} ` +
            '(scripts/build.mjs puts the generated validators and parsers there)');
    generatedDir = found;
    return found;
}
/** The exports of a module under generated/ (`policy.check.cjs`, `source-kinds/flagd.validate.cjs`). */
function requireGenerated(file) {
    if (loaded.has(file))
        return loaded.get(file);
    const exports = requireHere(`${generatedDirectory()}${file}`);
    loaded.set(file, exports);
    return exports;
}
/** A package's exports, from its generated module (generated/<name>.cjs); typed by the caller. */
function requirePackage(name) {
    return requireGenerated(`${name}.cjs`);
}
/** The modules loaded so far in this process, by path under generated/ (for tests). */
function loadedBesideModules() {
    return [...loaded.keys()].sort();
}


/***/ }),

/***/ 6416:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   Sl: () => (/* binding */ assertSize),
/* harmony export */   Tp: () => (/* binding */ parseDocument),
/* harmony export */   UB: () => (/* binding */ parseCanonicalJson),
/* harmony export */   _6: () => (/* binding */ decodeUtf8),
/* harmony export */   be: () => (/* binding */ formatOf),
/* harmony export */   gO: () => (/* binding */ MAX_RELEASE_FILE_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, hasEscapedKey, checkEscapedKeys, expansionWalks, lineAt */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5610);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _beside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3041);
/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */




// Both parsers load on first use from beside the bundle (beside.ts), not as part of it:
// jsonc-parser only on the error paths that need it (issue 13 goal 3).
const yaml = () => (0,_beside_js__WEBPACK_IMPORTED_MODULE_3__/* .requirePackage */ .a2)('js-yaml');
const jsonc = () => (0,_beside_js__WEBPACK_IMPORTED_MODULE_3__/* .requirePackage */ .a2)('jsonc-parser');
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
    }
}
/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
const MAX_JSON_DEPTH = 256;
/**
 * parseDocument for JSON that will be digested as it is (a release directory's files: schema/release.ts):
 * the key walk that counts keys also checks that the value is in canonical (RFC 8785) key order, and if so
 * marks it (canonical.ts markParsedInOrder), so that the bundle digest and the per-field digests need not
 * walk it again. The caller must not change the value afterwards.
 */
function parseCanonicalJson(text, file) {
    return parseJson(text, file, true);
}
/**
 * Deepest nesting (the root is level 1) of a value markParsedInOrder may mark: canonical.ts's fast path's limit,
 * counted so that the file stays within it inside the bundle digest's `{bundle, holds, lineage}` wrapper.
 */
const MAX_ORDERED_DEPTH = _domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_DEPTH */ .lr;
function parseJson(text, file, mark = false) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (cause) {
        // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
        const errors = [];
        try {
            jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        }
        catch (overflow) {
            // jsonc-parser recurses once per level: text nested some thousands of levels deep (`[[[[…`, valid or
            // not) runs it out of stack. Such text is past MAX_JSON_DEPTH either way, so that is what is said.
            if (!(overflow instanceof RangeError))
                throw overflow;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid JSON: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, { file, expected: `valid JSON nested at most ${MAX_JSON_DEPTH} levels` }, { cause });
        }
        const first = errors[0];
        const reason = first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : 'unexpected end of input';
        const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
    }
    const order = mark ? { inOrder: true } : undefined;
    const keys = countKeys(value, file, order);
    // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
    // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
    // slower exact scan run to name the key and its line.
    if (countKeyTokens(text) !== keys)
        throwDuplicateKey(text, file);
    if (hasEscapedKey(text))
        checkEscapedKeys(text, value, file);
    if (order?.inOrder && value !== null && typeof value === 'object')
        (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .markParsedInOrder */ .o)(value);
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
/**
 * Own keys of every object in a parsed JSON value; refuses nesting past the limit. With `order`, also finds
 * whether the value is what canonical.ts markParsedInOrder may mark (see there): `order.inOrder` turns false
 * at the first key out of order or not orderable, non-finite number (JSON.parse reads `1e400` as Infinity) or
 * nesting past MAX_ORDERED_DEPTH.
 *
 * Recursive, at most MAX_JSON_DEPTH + 1 frames deep: each walk runs once per file, and V8 optimizes a function
 * called for every object in it long before it would replace one long-running loop (on-stack replacement). A
 * loop over an explicit stack, though no slower once warm, took 1.5-3x the CPU time of these walks on their
 * first run (measured in fresh processes at 1,000 components: parsing the inputs then the release files as
 * assemble and verify do, the release files' parse took about 92 ms with it, 74 ms with these). The ordered
 * walk is a function of its own: one function for both walks was optimized for the inputs' (no order) and
 * went back to unoptimized code when verify reached the release files.
 */
function countKeys(root, file, order) {
    if (root === null || typeof root !== 'object')
        return 0;
    try {
        if (!order)
            return keysIn(root, 1);
        inOrder = true;
        const keys = keysInOrder(root, 1);
        order.inOrder = inOrder;
        return keys;
    }
    catch (error) {
        if (error !== TOO_DEEP)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
            file,
            expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
        });
    }
}
/** Thrown by the walks below at nesting past MAX_JSON_DEPTH; countKeys names the file. */
const TOO_DEEP = Symbol('nested too deep');
/** Keys of every object in an object or array at nesting level `depth` (the root is 1). */
function keysIn(value, depth) {
    if (depth > MAX_JSON_DEPTH)
        throw TOO_DEEP;
    let keys = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (typeof child === 'object' && child !== null)
                keys += keysIn(child, depth + 1);
        }
        return keys;
    }
    // for-in, not Object.keys: no array per object. A parsed object inherits nothing enumerable, and for-in
    // lists its keys in Object.keys' (and JSON.stringify's) order.
    for (const key in value) {
        keys++;
        const child = value[key];
        if (typeof child === 'object' && child !== null)
            keys += keysIn(child, depth + 1);
    }
    return keys;
}
/** What keysInOrder found so far: false once anything keeps the value from being marked (countKeys). */
let inOrder = true;
/** keysIn, also checking canonical order (see countKeys) until something is out of it, then keysIn for the rest. */
function keysInOrder(value, depth) {
    if (depth > MAX_JSON_DEPTH)
        throw TOO_DEEP;
    if (depth > MAX_ORDERED_DEPTH) {
        inOrder = false;
        return keysIn(value, depth);
    }
    let keys = 0;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const child = value[i];
            if (typeof child === 'object') {
                if (child !== null)
                    keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
            }
            else if (typeof child === 'number' && child - child !== 0)
                inOrder = false;
        }
        return keys;
    }
    let previous;
    for (const key in value) {
        keys++;
        if (inOrder && ((previous !== undefined && !(previous < key)) || !(0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .orderableKey */ .ij)(key)))
            inOrder = false;
        previous = key;
        const child = value[key];
        if (typeof child === 'object') {
            if (child !== null)
                keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
        }
        else if (typeof child === 'number' && child - child !== 0)
            inOrder = false;
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
/**
 * Whether JSON text (that JSON.parse accepted) has an object key written with an escape (`"\n"`, `"\u0041"`).
 * Outside strings valid JSON has no backslash, so each backslash found from the start (or after the string the
 * last one was in) opens an escape inside a string: its string is followed to its closing quote, and it is a key
 * when a colon follows. A text without a backslash (most documents) is answered by one search.
 */
function hasEscapedKey(text) {
    let backslash = text.indexOf('\\');
    while (backslash !== -1) {
        let close = text.indexOf('"', backslash + 1);
        for (;;) {
            if (close === -1)
                return false;
            let backslashes = 0;
            while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH)
                backslashes++;
            if (backslashes % 2 === 0)
                break;
            close = text.indexOf('"', close + 1);
        }
        let next = close + 1;
        let code = text.charCodeAt(next);
        while (code === 32 || code === 10 || code === 13 || code === 9)
            code = text.charCodeAt(++next);
        if (code === COLON)
            return true;
        backslash = text.indexOf('\\', close + 1);
    }
    return false;
}
/**
 * Refuses a value whose keys are not the keys its text spells, which JSON.parse gives on Node.js 24.21 and 26
 * (nodejs/node#63785, a V8 defect still open): once any object in the process had a key holding a backslash, an
 * escaped key that follows the same keys can be read as that key (after `{"h":[],"\\":0}`, the text
 * `{"h":1,"\"":2}` is read as `{"h":1,"\\":2}`; Node 20 reads it right). Run only for texts with an escaped
 * key (hasEscapedKey): every key of the text, decoded by jsonc-parser's scanner (JavaScript, not V8's parser),
 * against every key of the value, as two sorted lists (duplicates were refused before, so the lists have the same
 * length). A release file read wrongly would get another digest than its bytes say; an input, other values than
 * its author wrote.
 */
function checkEscapedKeys(text, value, file) {
    const spelled = [];
    jsonc().visit(text, {
        onObjectProperty: (key) => {
            spelled.push(key);
        },
    }, { disallowComments: true });
    const read = [];
    collectKeys(value, read);
    spelled.sort();
    read.sort();
    for (let i = 0; i < Math.max(spelled.length, read.length); i++) {
        if (spelled[i] !== read[i]) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`JSON.parse of this Node.js ${process.version} read an escaped object key as another key (the V8 defect of nodejs/node#63785)`, {
                file,
                expected: 'a Node.js version whose JSON.parse reads escaped keys as written, or keys written without escapes',
            });
        }
    }
}
/** Every own key of every object in a parsed JSON value (nesting was bounded by countKeys before). */
function collectKeys(value, into) {
    if (value === null || typeof value !== 'object')
        return;
    if (Array.isArray(value)) {
        for (const item of value)
            collectKeys(item, into);
        return;
    }
    for (const key of Object.keys(value)) {
        into.push(key);
        collectKeys(value[key], into);
    }
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
        const documents = yaml().loadAll(text, undefined, { filename: file, schema: yaml().CORE_SCHEMA });
        if (documents.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
        }
        value = documents[0] ?? null;
    }
    catch (cause) {
        if (cause instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw cause;
        if (cause instanceof yaml().YAMLException) {
            const line = cause.mark ? cause.mark.line + 1 : undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
        }
        throw cause;
    }
    // Only an alias (`*name`) makes two places of the document one object; without one, every value is written
    // in the text, so there are fewer of them than characters, far below the budget: no walk needed.
    if (text.includes('*'))
        assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
    return value;
}
/** How many times parseYaml walked a document for alias expansion (for tests). */
let expansionWalks = 0;
/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root, file, budget) {
    expansionWalks++;
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

/***/ 5447:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 339:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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


/***/ })

};
;