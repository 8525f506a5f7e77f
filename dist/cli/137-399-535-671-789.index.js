"use strict";
exports.id = "137-399-535-671-789";
exports.ids = ["137-399-535-671-789", 399, 671, 535, 789, 137];
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
,

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
,

/***/ 2309:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ environmentFindings)
/* harmony export */ });
/* unused harmony export shareGroupOf */
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2812);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/**
 * The environment rule's judgement, shared by verify (`cutover/environment`) and assemble (which reports the
 * same findings as `scope-drift` holds, so an assembly without holds never fails this check).
 *
 * Cohort shares are fractions of one rollout: the cohorts that split one population by the same flags. So
 * shares add up per environment, per set of flag keys and per segment: the fractional buckets of one flag
 * inside one condition add up to (at most) 100; different flags are independent rollouts, and different
 * segments are different populations. Cohorts without flags and without a segment form one rollout per
 * environment.
 */


const finding = (path, message) => ({
    rule: 'environment',
    severity: 'error',
    file: _names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ.bundle,
    path,
    message,
});
/** The rollout a cohort's share belongs to in one environment: its flag keys and its segment. */
function shareGroupOf(cohort) {
    return { flags: [...new Set(cohort.flags.map((f) => f.key))].sort(), segment: cohort.segment };
}
function groupLabel(environment, group) {
    const flags = group.flags.length === 0 ? 'cohorts without flags' : `flag ${group.flags.join(' + ')}`;
    return `${flags} in ${environment}${group.segment === undefined ? '' : ` (segment ${group.segment})`}`;
}
/**
 * Cohorts and the window target only declared environments, within each environment's constraints, for a
 * deployment by `queue`.
 */
function environmentFindings(bundle, queue) {
    const findings = [];
    const environments = new Map(bundle.environments.map((e, i) => [e.name, { env: e, index: i }]));
    const totals = new Map();
    bundle.cohorts.forEach((cohort, i) => {
        cohort.environments.forEach((name, k) => {
            const declared = environments.get(name);
            if (!declared) {
                findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['cohorts', i, 'environments', k]), `cohort ${cohort.id} targets environment ${name}, which the bundle does not declare`));
                return;
            }
            if (cohort.share === undefined)
                return;
            const max = declared.env.constraints.maxCohortShare;
            if (max !== undefined && cohort.share > max)
                findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['cohorts', i, 'share']), `cohort ${cohort.id} takes ${cohort.share}% of ${name}, over its limit of ${max}%`));
            const group = shareGroupOf(cohort);
            const key = JSON.stringify([name, group.flags, group.segment ?? null]);
            const entry = totals.get(key) ?? { environment: name, group, total: 0, cohorts: [], at: declared.index };
            entry.total += cohort.share;
            entry.cohorts.push(`${cohort.id} ${cohort.share}%`);
            totals.set(key, entry);
        });
    });
    for (const { environment, group, total, cohorts, at } of totals.values()) {
        if (total > 100 + 1e-9)
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['environments', at]), `cohort shares of ${groupLabel(environment, group)} add up to ${Math.round(total * 10_000) / 10_000}%, over 100% (${cohorts.join(', ')})`));
    }
    bundle.window.environments.forEach((name, k) => {
        if (!environments.has(name))
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['window', 'environments', k]), `change window covers environment ${name}, which the bundle does not declare`));
    });
    for (const [name, { env, index }] of environments) {
        const allowed = env.constraints.allowedQueues;
        if (allowed && !allowed.includes(queue))
            findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['environments', index, 'constraints', 'allowedQueues']), `deployment queue ${queue} may not deploy to ${name} (allowed: ${allowed.join(', ')})`));
        if (env.constraints.requireRollbackHook) {
            bundle.rollback.forEach((r, i) => {
                if (r.hook === undefined)
                    findings.push(finding((0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointerOf */ .rq)(['rollback', i]), `environment ${name} requires a rollback hook, and ${r.component} names none`));
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 1937:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "in": () => (/* binding */ consequentialValues),
  Y9: () => (/* binding */ evaluateHolds),
  rS: () => (/* binding */ evidenceText),
  Ky: () => (/* binding */ fieldLineage),
  w: () => (/* binding */ incompleteLineageBySource),
  xS: () => (/* binding */ lineageVouchesForAll)
});

// UNUSED EXPORTS: HOLD_RULES, NOT_CONSEQUENTIAL, consequentialCount, consequentialFields, consequentialValueAt, holdId, incompleteLineage, otherCommitProvenance

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/domain/repository.ts
var domain_repository = __webpack_require__(7110);
;// CONCATENATED MODULE: ./src/domain/policy.ts

/**
 * The pins that apply to a product: its own entry, else the top-level ones; undefined when nothing is pinned.
 * The product's name comes from the service repository's sources file, where anyone who can push may edit it,
 * so an entry also applies to a name that differs from it only in case (`Payments` does not step around the pins
 * of `payments`). When several entries differ from the name only in case and none is exactly it, provenance
 * counts only if every one of them accepts it: their anchors and signers in common (none in common: nothing is
 * accepted).
 */
function provenancePins(policy, product) {
    const pins = policy.provenance;
    if (!pins)
        return undefined;
    const products = pins.products ?? {};
    if (Object.hasOwn(products, product))
        return withAnchors(products[product]);
    const folded = product.toLowerCase();
    const alike = Object.keys(products)
        .filter((name) => name.toLowerCase() === folded)
        .map((name) => products[name]);
    const [first, ...more] = alike;
    if (!first)
        return withAnchors(pins);
    if (more.length === 0)
        return withAnchors(first);
    const signerKey = (s) => `${s.issuer}\n${(0,domain_repository/* repositoryKey */.K)(s.repository)}`;
    return {
        anchors: (first.anchors ?? []).filter((a) => more.every((p) => (p.anchors ?? []).includes(a))),
        signers: (first.signers ?? []).filter((s) => more.every((p) => (p.signers ?? []).some((t) => signerKey(t) === signerKey(s)))),
    };
}
const withAnchors = (pins) => pins?.anchors && pins.anchors.length > 0 ? pins : undefined;
/** Whether a hold rule is on (every rule is on unless the policy turns it off, with a justification). */
function holdRuleEnabled(policy, rule) {
    return policy.holds?.[rule]?.enabled !== false;
}

;// CONCATENATED MODULE: ./src/domain/anchors.ts
/**
 * Pinned trust anchors for provenance. The service repository's sources file names the keys (`trustedKeys`) and
 * the Sigstore root (`trustedRoot`, with its `identity`) provenance is verified with, so whoever can push there
 * can name a key of their own and sign what they like. The bundles repository's policy may pin which anchors,
 * and which keyless signers, count (`provenance` in the policy); bundle.json records the anchor that verified
 * each provenance entry (`anchor`). Under pins, a provenance entry that no pinned anchor verified, or that a
 * pinned root verified for a signer the policy does not pin, is a `suspicious-source` hold. Pure: assemble raises
 * these holds, and verify re-derives them from bundle.json, so a bundle that leaves one out fails cutover/holds.
 */



/**
 * Every provenance entry of the bundle that the policy's pins for its product do not accept, and every component
 * shipping artifacts with no provenance entry at all (none of either without pins).
 */
function unpinnedProvenance(bundle, policy) {
    const pins = provenancePins(policy, bundle.product);
    if (!pins)
        return [];
    const out = [];
    bundle.components.forEach((component, i) => {
        // Pins vouch for builds: a component shipping artifacts with no provenance at all would step around them.
        if (component.artifacts.length > 0 && !component.provenance?.length)
            out.push({
                path: (0,json_pointer/* pointerOf */.rq)(['components', i]),
                reason: `component ${component.name} ships ${component.artifacts.length === 1 ? 'an artifact' : `${component.artifacts.length} artifacts`} with no provenance, but ${pinnedText(bundle.product, pins)}`,
            });
        component.provenance?.forEach((provenance, k) => {
            const why = whyNotPinned(provenance, pins);
            if (why)
                out.push({
                    path: (0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', k]),
                    reason: `provenance of ${component.name} ${why}, but ${pinnedText(bundle.product, pins)}`,
                });
        });
    });
    return out;
}
/** What the pins say, for a hold's reason. */
function pinnedText(product, pins) {
    const anchors = pins.anchors ?? [];
    return anchors.length > 0
        ? `the policy pins the trust anchors of ${product}'s provenance (${anchors.join(', ')})`
        : `the policy's entries for ${product} under other case pin no trust anchor in common, so none is accepted`;
}
function whyNotPinned(provenance, pins) {
    if (!provenance.signatureVerified)
        return 'has no verified signature';
    const anchor = provenance.anchor;
    if (!anchor)
        return 'records no trust anchor that verified it';
    if (!(pins.anchors ?? []).includes(anchor.digest))
        return `was verified by ${anchor.kind} ${anchor.digest}, which is not pinned`;
    if (anchor.kind === 'key')
        return undefined;
    // A trusted root vouches for any workflow anywhere: only a pinned signer makes it this product's build.
    const signer = provenance.signer;
    const signers = pins.signers ?? [];
    if (!signer)
        return `was verified keyless by trusted-root ${anchor.digest} but records no signer`;
    const pinned = signers.some((s) => s.issuer === signer.issuer &&
        signer.sourceRepository !== undefined &&
        (0,domain_repository/* sameRepository */.R)(s.repository, signer.sourceRepository));
    if (pinned)
        return undefined;
    const who = `issuer ${signer.issuer}, repository ${signer.sourceRepository ?? 'none'}`;
    return signers.length === 0
        ? `was signed keyless (${who}) and the policy pins no keyless signer`
        : `was signed keyless by ${who}, not a pinned signer (${signers.map((s) => `${s.issuer} ${s.repository}`).join('; ')})`;
}

// EXTERNAL MODULE: ./src/domain/environment.ts
var environment = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/domain/listed.ts
var listed = __webpack_require__(395);
// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/domain/holds.ts
/**
 * Hold rules: everything unresolved about a candidate goes into the hold register, never silently dropped.
 * Each rule is a pure function of the assembled bundle, its lineage, the policy and the previous approved
 * revision; the policy may turn a rule off only with a written justification. What a verification rule
 * (cutover/rollback, cutover/environment) fails on is a hold too, and stays one when the policy turns its hold
 * rule off: no switch makes verify pass, so assemble's "no holds" means verify's "every rule passed".
 */








/** The consequential fields of a bundle: each must have lineage. */
function consequentialFields(bundle) {
    return consequentialValues(bundle).map(([pointer]) => pointer);
}
/**
 * Each consequential field with its value, in one pass (no pointer resolution needed). consequentialValueAt and
 * consequentialCount tell the same fields without listing them: a change here is a change there
 * (test/domain/consequential.test.ts compares them).
 */
function consequentialValues(bundle) {
    const out = [
        ['/candidate/tag', bundle.candidate.tag],
        ['/candidate/commit', bundle.candidate.commit],
        ['/candidate/signature', bundle.candidate.signature],
    ];
    bundle.components.forEach((c, i) => {
        c.artifacts.forEach((a, j) => {
            const at = `/components/${i}/artifacts/${j}`;
            out.push([`${at}/version`, a.version], [`${at}/digest`, a.digest], [`${at}/locator`, a.locator]);
        });
        c.provenance?.forEach((p, k) => out.push([`/components/${i}/provenance/${k}`, p]));
    });
    bundle.dependencies.forEach((d, i) => out.push([`/dependencies/${i}`, d]));
    bundle.cohorts.forEach((c, i) => out.push([`/cohorts/${i}`, c]));
    bundle.rollback.forEach((r, i) => {
        if (r.pointer)
            out.push([`/rollback/${i}/pointer`, r.pointer]);
        if (r.hook !== undefined)
            out.push([`/rollback/${i}/hook`, r.hook]);
        if (r.evidence.length > 0)
            out.push([`/rollback/${i}/evidence`, r.evidence]);
    });
    bundle.environments.forEach((e, i) => out.push([`/environments/${i}`, e]));
    bundle.waivers.forEach((w, i) => out.push([`/waivers/${i}`, w]));
    out.push(['/window', bundle.window]);
    return out;
}
/** What consequentialValueAt returns for a pointer that names no consequential field of the bundle. */
const NOT_CONSEQUENTIAL = Symbol('not a consequential field');
/**
 * The value of the consequential field a pointer names, or NOT_CONSEQUENTIAL when it names none: exactly the
 * pointers consequentialValues lists (array indices in canonical form, within bounds; a rollback's pointer, hook
 * and evidence only where consequentialValues lists them). Read from the pointer without building anything, so
 * lineage.json's hundreds of thousands of entries can be checked against the bundle in their own order.
 * test/domain/consequential.test.ts checks it against consequentialValues for every node of several bundles.
 *
 * Dispatched on the pointer's first letter to one small function per part of the bundle. lineage.json lists
 * its entries sorted, so a pass meets the parts one after another (components, then dependencies, then
 * rollback...): V8 optimizes this function while it has seen only the first parts, and throws that code away on
 * reaching a part it had not seen. As one function for every part, it was thrown away and recompiled whole in
 * verify too (28-99 ms of background compiling per compile in traces on this machine's Node 20); split, the
 * code thrown away is the dispatch's (recompiled in about 13 ms in the same traces), and each part's function
 * is optimized on its own feedback. Measured in fresh processes at 1,000 components (assemble then verify,
 * Node 20, 11 alternated runs, medians): verify's lineage pass 89 -> 80 ms of main-thread CPU, verify 248 ->
 * 235 ms main-thread CPU; on Node 24 the pass is unchanged (48 -> 50 ms, 7 runs).
 */
function consequentialValueAt(bundle, pointer) {
    switch (pointer.charCodeAt(1)) {
        case 99: // c: /candidate/..., /cohorts/<i>, /components/<i>/...
            return pointer.startsWith('/components/') ? componentValueAt(bundle, pointer) : cValueAt(bundle, pointer);
        case 100: // d
            return pointer.startsWith('/dependencies/')
                ? itemAt(bundle.dependencies, pointer, 14, pointer.length)
                : NOT_CONSEQUENTIAL;
        case 114: // r
            return pointer.startsWith('/rollback/') ? rollbackValueAt(bundle, pointer) : NOT_CONSEQUENTIAL;
        default: // /environments/<i>, /waivers/<i>, /window, and every pointer that names nothing
            return otherValueAt(bundle, pointer);
    }
}
/** consequentialValueAt of a pointer starting with `/components/`. */
function componentValueAt(bundle, pointer) {
    const slash = pointer.indexOf('/', 12);
    const component = itemAt(bundle.components, pointer, 12, slash);
    if (component === NOT_CONSEQUENTIAL)
        return NOT_CONSEQUENTIAL;
    if (pointer.startsWith('/artifacts/', slash)) {
        const next = pointer.indexOf('/', slash + 11);
        const artifact = itemAt(component.artifacts, pointer, slash + 11, next);
        if (artifact === NOT_CONSEQUENTIAL)
            return NOT_CONSEQUENTIAL;
        const rest = pointer.length - next - 1;
        if (rest === 7 && pointer.startsWith('version', next + 1))
            return artifact.version;
        if (rest === 6 && pointer.startsWith('digest', next + 1))
            return artifact.digest;
        if (rest === 7 && pointer.startsWith('locator', next + 1))
            return artifact.locator;
        return NOT_CONSEQUENTIAL;
    }
    if (pointer.startsWith('/provenance/', slash) && component.provenance)
        return itemAt(component.provenance, pointer, slash + 12, pointer.length);
    return NOT_CONSEQUENTIAL;
}
/** consequentialValueAt of a pointer starting with `/rollback/`. */
function rollbackValueAt(bundle, pointer) {
    const slash = pointer.indexOf('/', 10);
    const rollback = itemAt(bundle.rollback, pointer, 10, slash);
    if (rollback === NOT_CONSEQUENTIAL)
        return NOT_CONSEQUENTIAL;
    const rest = pointer.length - slash - 1;
    if (rest === 7 && pointer.startsWith('pointer', slash + 1) && rollback.pointer)
        return rollback.pointer;
    if (rest === 4 && pointer.startsWith('hook', slash + 1) && rollback.hook !== undefined)
        return rollback.hook;
    if (rest === 8 && pointer.startsWith('evidence', slash + 1) && rollback.evidence.length > 0)
        return rollback.evidence;
    return NOT_CONSEQUENTIAL;
}
/** consequentialValueAt of any other pointer whose first letter is `c`: the candidate's fields and the cohorts. */
function cValueAt(bundle, pointer) {
    if (pointer.startsWith('/cohorts/'))
        return itemAt(bundle.cohorts, pointer, 9, pointer.length);
    switch (pointer) {
        case '/candidate/tag':
            return bundle.candidate.tag;
        case '/candidate/commit':
            return bundle.candidate.commit;
        case '/candidate/signature':
            return bundle.candidate.signature;
        default:
            return NOT_CONSEQUENTIAL;
    }
}
/** consequentialValueAt of a pointer whose first letter is not `c`, `d` or `r`. */
function otherValueAt(bundle, pointer) {
    if (pointer.startsWith('/environments/'))
        return itemAt(bundle.environments, pointer, 14, pointer.length);
    if (pointer.startsWith('/waivers/'))
        return itemAt(bundle.waivers, pointer, 9, pointer.length);
    return pointer === '/window' ? bundle.window : NOT_CONSEQUENTIAL;
}
/**
 * The item of `items` whose index is written in `pointer` from `start` to `end` (exclusive; `end` -1 when no
 * '/' follows), or NOT_CONSEQUENTIAL when that is not the index of an item, in canonical form (digits, no
 * leading zero). A bundle's arrays have no holes (it is parsed from JSON or built by push and map), so an index
 * below the length names an item, as forEach in consequentialValues visits it.
 */
function itemAt(items, pointer, start, end) {
    const length = end - start;
    if (length <= 0 || length > 10 || (length > 1 && pointer.charCodeAt(start) === 48))
        return NOT_CONSEQUENTIAL;
    let index = 0;
    for (let i = start; i < end; i++) {
        const digit = pointer.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return NOT_CONSEQUENTIAL;
        index = index * 10 + digit;
    }
    return index < items.length ? items[index] : NOT_CONSEQUENTIAL;
}
/** How many consequential fields a bundle has (the length of consequentialValues, counted). */
function consequentialCount(bundle) {
    let count = 4; // the candidate's tag, commit and signature, and the window
    for (const c of bundle.components)
        count += 3 * c.artifacts.length + (c.provenance?.length ?? 0);
    for (const r of bundle.rollback)
        count += (r.pointer ? 1 : 0) + (r.hook !== undefined ? 1 : 0) + (r.evidence.length > 0 ? 1 : 0);
    return (count + bundle.dependencies.length + bundle.cohorts.length + bundle.environments.length + bundle.waivers.length);
}
/**
 * Whether the lineage vouches for every consequential field of the bundle: each has an entry in `fields` whose
 * source is in `sources` and complete (incompleteLineage), and for which `vouches(value, field)` holds (when
 * given); with `exclusive`, also no entry names anything else. One pass over `fields` in its own order, each
 * entry read from its pointer (consequentialValueAt) and stopping at the first that fails: the quick answer
 * for the common case, which builds no pointer. A caller that gets false works out its findings field by field.
 * Entries name distinct pointers and each pointer at most one field, so counting the entries that vouch for a
 * consequential field and comparing with consequentialCount tells whether they cover every one of them.
 */
function lineageVouchesForAll(bundle, lineage, options) {
    const { exclusive, vouches, entry } = options;
    const fields = lineage.fields;
    // Assembly's lineage is frozen with its keys and values listed (listed.ts): read from the lists, it is not
    // listed again here nor each entry looked up in it.
    const listing = (0,listed/* listingOf */.K7)(fields);
    const keys = listing?.keys ?? Object.keys(fields);
    const values = listing?.values;
    const needed = consequentialCount(bundle);
    if (keys.length < needed || (exclusive && keys.length !== needed))
        return false;
    // Each source's completeness is checked once: thousands of fields share one source document, and neighbouring
    // entries mostly name the source of the entry before them.
    const complete = new Set();
    let previous;
    let vouched = 0;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const value = consequentialValueAt(bundle, key);
        if (value === NOT_CONSEQUENTIAL) {
            if (exclusive)
                return false;
            continue;
        }
        const field = values ? values[i] : fields[key];
        if (!field || (entry && !entry(field)))
            return false;
        if (field.source !== previous) {
            if (!complete.has(field.source)) {
                const source = lineage.sources[field.source];
                if (!source || incompleteLineage(source).length > 0)
                    return false;
                complete.add(field.source);
            }
            previous = field.source;
        }
        if (vouches && !vouches(value, field))
            return false;
        vouched++;
    }
    return vouched === needed;
}
/** Lineage fields that must not be empty for a record to count as traceable. */
function incompleteLineage(lineage) {
    return ['system', 'locator', 'revision', 'digest', 'observedAt'].filter((k) => lineage[k].trim() === '');
}
/**
 * incompleteLineage of sources named by their key in lineage.sources, each worked out once: thousands of fields
 * share one source document.
 */
function incompleteLineageBySource() {
    const missingOf = new Map();
    return (key, source) => {
        let missing = missingOf.get(key);
        if (!missing) {
            missing = incompleteLineage(source);
            missingOf.set(key, missing);
        }
        return missing;
    };
}
const RULES = {
    'missing-rollback-evidence': ({ bundle }, evidenceAt) => {
        const drafts = [];
        const rollbackIndex = new Map(bundle.rollback.map((r, j) => [r.component, j]));
        bundle.components.forEach((component, i) => {
            const j = rollbackIndex.get(component.name) ?? -1;
            const rollback = bundle.rollback[j];
            if (!rollback) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['components', i]),
                    reason: `component ${component.name} has no rollback record`,
                    evidence: [],
                    check: 'rollback',
                });
                return;
            }
            if (!rollback.pointer) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer']),
                    reason: `component ${component.name} has no rollback pointer to a previously approved artifact`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j])),
                    check: 'rollback',
                });
            }
            else {
                const deployed = component.artifacts.find((a) => a.digest === rollback.pointer?.digest);
                if (deployed) {
                    const path = (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer', 'digest']);
                    drafts.push({
                        rule: 'missing-rollback-evidence',
                        path,
                        reason: `rollback pointer of ${component.name} (${rollback.pointer.version} ${rollback.pointer.digest}) is the artifact being deployed (${deployed.name} ${deployed.version}), not a previously approved one`,
                        evidence: [
                            ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                            ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', component.artifacts.indexOf(deployed), 'digest'])),
                        ],
                        check: 'rollback',
                    });
                }
            }
            if (rollback.evidence.length === 0) {
                drafts.push({
                    rule: 'missing-rollback-evidence',
                    path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'evidence']),
                    reason: `component ${component.name} has no rollback evidence (rehearsal, runbook run or change record)`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                    check: 'rollback',
                });
            }
        });
        const names = new Set(bundle.components.map((c) => c.name));
        bundle.rollback.forEach((r, j) => {
            if (names.has(r.component))
                return;
            drafts.push({
                rule: 'missing-rollback-evidence',
                path: (0,json_pointer/* pointerOf */.rq)(['rollback', j, 'component']),
                reason: `rollback record for ${r.component}, which is not a component of this bundle (components: ${[...names].join(', ') || 'none'})`,
                evidence: [
                    ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'pointer'])),
                    ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['rollback', j, 'evidence'])),
                ].slice(0, 1),
                check: 'rollback',
            });
        });
        return drafts;
    },
    'waiver-pending': ({ bundle }, evidenceAt) => bundle.waivers.flatMap((waiver, i) => waiver.status === 'approved'
        ? []
        : [
            {
                rule: 'waiver-pending',
                path: (0,json_pointer/* pointerOf */.rq)(['waivers', i, 'status']),
                reason: `waiver ${waiver.id} (${waiver.subject}) is ${waiver.status}, not approved`,
                evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['waivers', i])),
            },
        ]),
    'waiver-expired': ({ bundle, policy }, evidenceAt) => {
        const margin = (policy.holds?.['waiver-expired']?.marginMinutes ?? 0) * 60_000;
        const needed = Date.parse(bundle.window.end) + margin;
        return bundle.waivers.flatMap((waiver, i) => Date.parse(waiver.expiresAt) < needed
            ? [
                {
                    rule: 'waiver-expired',
                    path: (0,json_pointer/* pointerOf */.rq)(['waivers', i, 'expiresAt']),
                    reason: `waiver ${waiver.id} expires at ${waiver.expiresAt}, before the change window ends at ${bundle.window.end}${margin ? ` plus ${margin / 60_000} minutes` : ''}`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['waivers', i])),
                },
            ]
            : []);
    },
    supersession: ({ bundle, previous }, evidenceAt) => {
        if (!previous)
            return [];
        const before = new Map();
        for (const c of previous.components)
            for (const a of c.artifacts)
                before.set(`${c.name}\u0000${a.name}\u0000${a.version}`, a.digest);
        const drafts = [];
        bundle.components.forEach((c, i) => {
            c.artifacts.forEach((a, j) => {
                const old = before.get(`${c.name}\u0000${a.name}\u0000${a.version}`);
                if (old !== undefined && old !== a.digest) {
                    const path = (0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', j, 'digest']);
                    drafts.push({
                        rule: 'supersession',
                        path,
                        reason: `${c.name}/${a.name} ${a.version} was rebuilt under the same version: digest ${a.digest} differs from the previously approved ${old}`,
                        evidence: evidenceAt(path),
                    });
                }
            });
        });
        return drafts;
    },
    'scope-drift': ({ bundle }, evidenceAt) => {
        const scope = new Set(bundle.window.environments);
        const drafts = [];
        bundle.cohorts.forEach((cohort, i) => {
            for (const env of cohort.environments) {
                if (!scope.has(env))
                    drafts.push({
                        rule: 'scope-drift',
                        path: (0,json_pointer/* pointerOf */.rq)(['cohorts', i, 'environments', cohort.environments.indexOf(env)]),
                        reason: `cohort ${cohort.id} targets environment ${env}, outside change window ${bundle.window.changeRecord} (${[...scope].join(', ') || 'no environments'})`,
                        evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['cohorts', i])),
                    });
            }
        });
        bundle.environments.forEach((env, i) => {
            if (!scope.has(env.name))
                drafts.push({
                    rule: 'scope-drift',
                    path: (0,json_pointer/* pointerOf */.rq)(['environments', i, 'name']),
                    reason: `environment ${env.name} is in the bundle's scope but outside change window ${bundle.window.changeRecord}`,
                    evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['environments', i])),
                });
        });
        // What cutover/environment finds (undeclared environments, constraints, shares over 100% in one rollout),
        // judged for the change window's queue, which the manifest binds.
        for (const finding of (0,environment/* environmentFindings */.c)(bundle, bundle.window.queue))
            drafts.push({
                rule: 'scope-drift',
                path: finding.path,
                reason: finding.message,
                evidence: evidenceAt(finding.path),
                check: 'environment',
            });
        return drafts;
    },
    'missing-lineage': ({ bundle, lineage }) => {
        // The common case, every field vouched for, is told in one pass over the lineage that builds no pointer.
        if (lineageVouchesForAll(bundle, lineage, { exclusive: false }))
            return [];
        const drafts = [];
        const incomplete = incompleteLineageBySource();
        for (const path of consequentialFields(bundle)) {
            const field = lineage.fields[path];
            const source = field ? lineage.sources[field.source] : undefined;
            if (!field || !source) {
                drafts.push({ rule: 'missing-lineage', path, reason: `no source record vouches for ${path}`, evidence: [] });
                continue;
            }
            const missing = incomplete(field.source, source);
            if (missing.length > 0)
                drafts.push({
                    rule: 'missing-lineage',
                    path,
                    reason: `the lineage of ${path} has no ${missing.join(', ')}`,
                    evidence: [source],
                });
        }
        return drafts;
    },
    'unsigned-candidate': ({ bundle }, evidenceAt) => bundle.candidate.signature.verified
        ? []
        : [
            {
                rule: 'unsigned-candidate',
                path: (0,json_pointer/* pointerOf */.rq)(['candidate', 'signature']),
                reason: `candidate tag ${bundle.candidate.tag} is not signed with a verified signature (reason: ${bundle.candidate.signature.reason})`,
                evidence: evidenceAt((0,json_pointer/* pointerOf */.rq)(['candidate', 'signature'])),
            },
        ],
    'provenance-mismatch': ({ bundle, suspicions }, evidenceAt) => {
        const drafts = (suspicions ?? [])
            .filter((s) => s.rule === 'provenance-mismatch')
            .map((s) => ({ rule: 'provenance-mismatch', path: s.path, reason: s.reason, evidence: s.evidence }));
        bundle.components.forEach((c, i) => {
            if (!c.provenance || c.provenance.length === 0)
                return;
            const subjects = new Set(c.provenance.flatMap((p) => p.subjects));
            c.artifacts.forEach((a, j) => {
                if (subjects.has(a.digest))
                    return;
                const path = (0,json_pointer/* pointerOf */.rq)(['components', i, 'artifacts', j, 'digest']);
                drafts.push({
                    rule: 'provenance-mismatch',
                    path,
                    reason: `artifact ${a.name} digest ${a.digest} is not a subject of the provenance of ${c.name}${algorithmGap(a.digest, subjects)}`,
                    evidence: [...evidenceAt(path), ...evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', 0]))],
                });
            });
        });
        for (const { path, reason } of otherCommitProvenance(bundle))
            drafts.push({ rule: 'provenance-mismatch', path, reason, evidence: evidenceAt(path) });
        return drafts;
    },
    'suspicious-source': ({ bundle, policy, conflicts, suspicions }, evidenceAt) => [
        ...unpinnedProvenance(bundle, policy).map(({ path, reason }) => ({
            rule: 'suspicious-source',
            path,
            reason,
            evidence: evidenceAt(path),
        })),
        ...(conflicts ?? []).map((c) => ({
            rule: 'suspicious-source',
            path: c.path,
            reason: c.reason,
            evidence: c.evidence,
        })),
        ...(suspicions ?? [])
            .filter((s) => s.rule === 'suspicious-source')
            .map((s) => ({ rule: 'suspicious-source', path: s.path, reason: s.reason, evidence: s.evidence })),
    ],
};
/** Provenance entries of the candidate's own repository built at another commit: where, and why. */
function otherCommitProvenance(bundle) {
    const out = [];
    bundle.components.forEach((c, i) => {
        c.provenance?.forEach((p, k) => {
            const reason = otherCommitReason(bundle, c.name, p);
            if (reason)
                out.push({ path: (0,json_pointer/* pointerOf */.rq)(['components', i, 'provenance', k]), reason });
        });
    });
    return out;
}
/**
 * Why a provenance statement of the candidate's own repository does not vouch for the candidate: it (or its
 * verified signer's certificate, GitHub's word) names that repository at another commit, so the artifact was
 * built from an older commit or a pusher's branch. Undefined when it names no other commit of that repository;
 * provenance of another repository (a component built elsewhere) is not compared with the candidate.
 */
function otherCommitReason(bundle, component, provenance) {
    const { repository, commit, tag } = bundle.candidate;
    if (!repository)
        return undefined;
    const stated = [];
    if (provenance.sourceCommit)
        stated.push({
            repository: provenance.sourceRepository,
            commit: provenance.sourceCommit,
            who: "the statement's source commit",
        });
    const signer = provenance.signer;
    if (signer?.sourceRepository && signer.sourceCommit)
        stated.push({ repository: signer.sourceRepository, commit: signer.sourceCommit, who: "its signer's" });
    const other = stated.filter((s) => (0,domain_repository/* sameRepository */.R)(s.repository, repository) && s.commit.toLowerCase() !== commit.toLowerCase());
    const first = other[0];
    if (!first)
        return undefined;
    const same = other.every((s) => s.commit.toLowerCase() === first.commit.toLowerCase());
    const at = same
        ? `at commit ${first.commit} (${other.map((s) => s.who).join(', and ')})`
        : other.map((s) => `at commit ${s.commit} (${s.who})`).join(' and ');
    return `provenance of ${component} was built from ${first.repository} ${at}, not at the candidate commit ${commit} of ${repository} (tag ${tag})`;
}
/**
 * Why a digest cannot match: in-toto digest sets match only on an algorithm both sides state, so when the
 * subjects carry none of the artifact digest's algorithm (npm provenance names tarballs by sha512 only), say so.
 */
function algorithmGap(digest, subjects) {
    const algorithm = digest.slice(0, digest.indexOf(':'));
    const stated = [...new Set([...subjects].map((s) => s.slice(0, s.indexOf(':'))))].sort();
    if (stated.includes(algorithm))
        return '';
    return ` (its subjects state no ${algorithm} digest, only ${stated.join(', ')}: ${[...subjects].sort().join(', ')})`;
}
/**
 * The lineage of a field: its own entry or that of the nearest enclosing field that has one (an artifact's
 * digest is vouched for by the artifact's record), with the record's fragment appended to the locator.
 */
function fieldLineage(lineage, pointer) {
    for (let path = pointer;; path = path.slice(0, path.lastIndexOf('/'))) {
        const field = lineage.fields[path];
        const source = field ? lineage.sources[field.source] : undefined;
        if (source && field)
            return field.fragment ? { ...source, locator: `${source.locator}${field.fragment}` } : source;
        if (path === '')
            return undefined;
    }
}
/** Every hold rule id, in the order holds are reported. */
const HOLD_RULES = Object.keys(RULES);
/**
 * Runs every enabled hold rule (but those in `skip`) and returns the register, sorted and with stable ids. Verify
 * runs it on a release's own files and policy (without the sources' conflicts and suspicions or the previous
 * revision, which only assemble has): every hold that finds is one holds.json must carry.
 */
function evaluateHolds(input, skip) {
    const evidenceAt = (pointer) => {
        const found = fieldLineage(input.lineage, pointer);
        return found ? [found] : [];
    };
    const byId = new Map();
    for (const rule of HOLD_RULES) {
        if (skip?.has(rule))
            continue;
        const enabled = holdRuleEnabled(input.policy, rule);
        for (const { check, ...draft } of RULES[rule](input, evidenceAt)) {
            if (!enabled && !check)
                continue;
            const reason = enabled
                ? draft.reason
                : `${draft.reason} (the policy turns ${rule} off, but cutover/${check} fails on this all the same)`;
            const id = holdId(draft.rule, draft.path, reason);
            if (!byId.has(id))
                byId.set(id, { id, ...draft, reason, status: 'open' });
        }
    }
    const holds = [...byId.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.rule, b.rule) || (0,normalize/* cmp */.r)(a.path, b.path) || (0,normalize/* cmp */.r)(a.id, b.id));
    return { schemaVersion: 1, holds };
}
/**
 * The evidence of a hold as one line for people: each source record (system, locator, revision), or why
 * there is none. Every place that prints a hold prints this with it.
 */
function evidenceText(hold) {
    if (hold.evidence.length === 0)
        return 'evidence: none (no source states it)';
    return `evidence: ${hold.evidence.map((e) => `${e.system} ${e.locator} @ ${e.revision}`).join('; ')}`;
}
/** Stable hold id: the same rule, field and reason give the same id in every run. */
function holdId(rule, path, reason) {
    return `H-${(0,external_node_crypto_.createHash)('sha256').update(`${rule}\u0000${path}\u0000${reason}`).digest('hex').slice(0, 12)}`;
}


/***/ }),

/***/ 2359:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ decideRevision),
/* harmony export */   h9: () => (/* binding */ HANDOFF_STATEMENT),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export assertRevision */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8800);
/**
 * The approval manifest: binds one exact bundle revision (number + content digest) to one deployment queue
 * and one time window, and names the required approver teams. It states where Cutover's work ends.
 */


/** The handoff boundary, written into every manifest and seal record. */
const HANDOFF_STATEMENT = 'Approving this manifest approves exactly this bundle revision (its digest) for this deployment queue within this window. ' +
    'Cutover stops at the seal: it gives no go/no-go verdict and performs no deployment or rollback; ' +
    'the deployment queue decides when and whether to act within the window.';
/** Refuses a revision number outside 1..MAX_REVISION (the schema's and the seal tag's bound), naming it. */
function assertRevision(revision, what = 'revision') {
    const reason = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionReason */ .eC)(revision);
    if (reason)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RefusalError */ .XQ(`${what} ${revision} ${reason}; a release cannot take more revisions (start a new release name)`);
}
/** Builds the manifest of one revision; a revision outside 1..MAX_REVISION is refused. */
function buildManifest(input) {
    assertRevision(input.revision);
    return {
        schemaVersion: 1,
        product: input.bundle.product,
        release: input.bundle.release,
        revision: input.revision,
        bundleDigest: input.digest,
        queue: input.queue ?? input.bundle.window.queue,
        window: {
            start: input.window?.start ?? input.bundle.window.start,
            end: input.window?.end ?? input.bundle.window.end,
        },
        requiredApprovers: { teams: [...input.policy.approvers.teams] },
        supersedes: input.supersedes,
        handoff: HANDOFF_STATEMENT,
    };
}
/**
 * Same digest as the latest revision: nothing to write. Otherwise the next number, superseding the latest
 * (sealed or not: an unsealed revision that is replaced is superseded just the same).
 */
function decideRevision(latest, digest) {
    if (!latest)
        return { kind: 'next', revision: 1, supersedes: null };
    if (latest.bundleDigest === digest)
        return { kind: 'unchanged', revision: latest.revision };
    assertRevision(latest.revision + 1, 'next revision');
    return {
        kind: 'next',
        revision: latest.revision + 1,
        supersedes: { revision: latest.revision, bundleDigest: latest.bundleDigest },
    };
}


/***/ }),

/***/ 7110:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ repositoryKey),
/* harmony export */   R: () => (/* binding */ sameRepository)
/* harmony export */ });
/**
 * Repository names as sources write them: `owner/name` (github.com), an `https://` URL, a `git+` URL, with or
 * without `.git`. One comparison for the identity policy, the statement/certificate check and the candidate.
 */
/** `owner/name` -> `https://github.com/owner/name`; a full URL unchanged; without case, `git+`, `.git` or a final `/`. */
function repositoryKey(value) {
    const url = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(value) ? `https://github.com/${value}` : value;
    return url
        .replace(/^git\+/, '')
        .replace(/\.git$/, '')
        .replace(/\/$/, '')
        .toLowerCase();
}
/** True when two repository names (URL or `owner/name`, `git+` prefix, `.git` end) name the same repository. */
function sameRepository(a, b) {
    return repositoryKey(a) === repositoryKey(b);
}


/***/ }),

/***/ 9801:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   j: () => (/* binding */ kindAcceptedInSourcesFile),
/* harmony export */   jO: () => (/* binding */ readSourcesConfig)
/* harmony export */ });
/* unused harmony exports readTextFile, readDocument */
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
async function readTextFile(path, maxBytes = _parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_FILE_BYTES */ .CR) {
    const bytes = (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readRegularFile */ .X)(path, { maxBytes, notRegular, missingIsUndefined: false });
    return (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8 */ ._6)(bytes, path);
}
const notRegular = (file) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('is not a regular file', { file, expected: 'a file' });
/** Reads, parses and validates a document file against a named schema. */
async function readDocument(path, schema, maxBytes) {
    const text = await readTextFile(path, maxBytes);
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateDocument */ .mv)(schema, (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, path), path, text);
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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
        (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .assertSize */ .Sl)(info.size, file, options.maxBytes);
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
,

/***/ 5686:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YY: () => (/* binding */ VERIFICATION_RULES),
  i: () => (/* binding */ VERIFICATION_RULE_IDS),
  Lv: () => (/* binding */ lineageVouchedFor)
});

// UNUSED EXPORTS: bindingRule, environmentRule, holdsRule, lineageFindings, lineageRule, rollbackRule

// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
;// CONCATENATED MODULE: ./src/domain/chain.ts
const ref = (r) => `revision ${r.revision} (${r.bundleDigest})`;
/** The problems of a manifest's place in its release's chain; empty when it is exactly the next link. */
function revisionChainProblems(manifest, history) {
    const { anchor, earlier } = history;
    const { revision, supersedes } = manifest;
    const name = `${manifest.product} ${manifest.release}`;
    const fromAnchor = anchor
        ? `expected revision ${anchor.revision + 1} superseding ${ref(anchor)} (${anchor.source})`
        : 'expected revision 1 superseding nothing (the release has no approved revision)';
    if (supersedes === null) {
        if (anchor === null && revision === 1)
            return [];
        return [
            {
                path: anchor ? '/supersedes' : '/revision',
                message: `revision ${revision} of ${name} supersedes nothing: ${fromAnchor}`,
            },
        ];
    }
    if (anchor && supersedes.revision === anchor.revision) {
        const problems = [];
        if (supersedes.bundleDigest !== anchor.bundleDigest)
            problems.push({
                path: '/supersedes/bundleDigest',
                message: `revision ${revision} of ${name} supersedes revision ${supersedes.revision} as ${supersedes.bundleDigest}, but ${anchor.source} holds ${ref(anchor)}`,
            });
        if (revision !== anchor.revision + 1)
            problems.push({ path: '/revision', message: `revision ${revision} of ${name} skips or reuses: ${fromAnchor}` });
        return problems;
    }
    const link = earlier.find((e) => e.revision === supersedes.revision && e.bundleDigest === supersedes.bundleDigest);
    if (link && (anchor === null || link.revision > anchor.revision)) {
        if (revision === link.revision + 1) {
            // The link itself must be the next link of the chain, down to the anchor.
            const rest = earlier.filter((e) => e !== link);
            const below = revisionChainProblems({ ...manifest, revision: link.revision, supersedes: link.supersedes }, {
                anchor,
                earlier: rest,
            });
            return below.map((p) => ({
                path: '/supersedes',
                message: `revision ${revision} of ${name} supersedes revision ${link.revision}, written earlier on this pull request, which is no valid link: ${p.message}`,
            }));
        }
        return [
            {
                path: '/revision',
                message: `revision ${revision} of ${name} skips or reuses: expected revision ${link.revision + 1} superseding ${ref(link)} (written earlier on this pull request)`,
            },
        ];
    }
    return [
        {
            path: '/supersedes',
            message: `revision ${revision} of ${name} supersedes ${ref(supersedes)}, which is neither the last approved revision nor one written earlier on this pull request: ${fromAnchor}`,
        },
    ];
}

// EXTERNAL MODULE: ./src/domain/environment.ts
var environment = __webpack_require__(2309);
// EXTERNAL MODULE: ./src/domain/holds.ts + 2 modules
var domain_holds = __webpack_require__(1937);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
// EXTERNAL MODULE: ./src/domain/manifest.ts
var domain_manifest = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/domain/names.ts
var names = __webpack_require__(8800);
;// CONCATENATED MODULE: ./src/domain/verify.ts
/**
 * Verification rules over one release directory's parsed files. Each rule is a pure function returning
 * findings {rule, severity, file, path, message}; lines are attached by the caller, which has the text.
 * The schema rule lives with the schemas (src/schema) and runs first; these rules need schema-valid files.
 */







const error = (rule, file, path, message) => ({
    rule,
    severity: 'error',
    file,
    path,
    message,
});
const warning = (rule, file, path, message) => ({
    rule,
    severity: 'warning',
    file,
    path,
    message,
});
/**
 * Lineage documents found by lineageVouchedFor to vouch for exactly the consequential fields of a bundle, each
 * with the bundle: lineageRule takes the answer (once) instead of the same pass again. Both are parsed release
 * files, which nothing changes after parsing (as canonical.ts's marks already require).
 */
const VOUCHED = new WeakMap();
/**
 * Whether the lineage vouches for every consequential field of the bundle and for nothing else, each value
 * the one it vouched for (cutover/lineage finds nothing): the common case, told in one pass over lineage.fields
 * that builds no pointer. For a lineage document read but not yet checked against its schema's part about
 * `fields` (release.ts), `entry` is asked first of each entry; the pass then also shows what that part asks
 * beyond it: every key is a consequential field's pointer, and every valueDigest a digest computed here
 * (`sha256:` and 64 lowercase hex digits).
 */
function lineageVouchedFor(bundle, lineage, entry) {
    if (!vouchedFor(bundle, lineage, entry))
        return false;
    VOUCHED.set(lineage, bundle);
    return true;
}
function vouchedFor(bundle, lineage, entry) {
    // Every value checked lies inside the bundle: in canonical order as parsed, it is digested without a walk of
    // its own (and the binding rule's bundle digest then does not walk the bundle again either).
    const digest = (0,canonical/* digestWithin */.yD)(bundle);
    const vouches = (value, field) => digest(value) === field.valueDigest;
    return (0,domain_holds/* lineageVouchesForAll */.xS)(bundle, lineage, { exclusive: true, vouches, ...(entry ? { entry } : {}) });
}
/** Every consequential field has complete lineage, and its value is the one the lineage vouched for. */
const lineageRule = ({ bundle, lineage }) => {
    // Told already while the files were parsed (release.ts), or told now; only a release with findings takes
    // the field-by-field walk, which reports them in the bundle's order.
    const told = VOUCHED.get(lineage) === bundle;
    VOUCHED.delete(lineage);
    if (told || vouchedFor(bundle, lineage))
        return [];
    return lineageFindings(bundle, lineage, (0,canonical/* digestWithin */.yD)(bundle));
};
/**
 * cutover/lineage field by field: for each consequential field in the bundle's order, a missing entry, an
 * unknown or incomplete source, a value that is not the one vouched for; then each entry that names no
 * consequential field, in lineage.json's order. `digest` is digestOf, or digestWithin(bundle).
 */
function lineageFindings(bundle, lineage, digest = canonical/* digestOf */.ol) {
    const findings = [];
    const values = (0,domain_holds/* consequentialValues */["in"])(bundle);
    const incomplete = (0,domain_holds/* incompleteLineageBySource */.w)();
    let found = 0;
    for (const [path, value] of values) {
        // Paths start with '/', so no inherited property can answer for a missing entry.
        const field = lineage.fields[path];
        if (!field) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.bundle, path, `no lineage for consequential field ${path}`));
            continue;
        }
        found++;
        const source = lineage.sources[field.source];
        if (!source) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['fields', path, 'source']), `lineage of ${path} names source ${field.source}, which is not in sources`));
            continue;
        }
        const missing = incomplete(field.source, source);
        if (missing.length > 0)
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['sources', field.source]), `source ${field.source} (lineage of ${path}) has no ${missing.join(', ')}`));
        if (digest(value) !== field.valueDigest) {
            findings.push(error('lineage', names/* BUNDLE_FILES */.HJ.bundle, path, `${path} differs from the value its source vouched for (${field.source}): edited after assembly?`));
        }
    }
    const named = Object.keys(lineage.fields);
    // Every consequential path has an entry: extra entries exist exactly when there are more entries than that.
    if (named.length === found)
        return findings;
    const required = new Set(values.map(([path]) => path));
    for (const path of named) {
        if (!required.has(path))
            findings.push(warning('lineage', names/* BUNDLE_FILES */.HJ.lineage, (0,json_pointer/* pointerOf */.rq)(['fields', path]), `lineage names ${path}, which is not a consequential field of bundle.json`));
    }
    return findings;
}
/** Every component has a rollback record whose pointer names a different, earlier artifact. */
const rollbackRule = ({ bundle }) => {
    const findings = [];
    const components = new Map(bundle.components.map((c, i) => [c.name, { component: c, index: i }]));
    const covered = new Set();
    bundle.rollback.forEach((rollback, i) => {
        const target = components.get(rollback.component);
        if (!target) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'component']), `rollback record for ${rollback.component}, which is not a component of this bundle`));
            return;
        }
        covered.add(rollback.component);
        if (!rollback.pointer) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i]), `component ${rollback.component} has no rollback pointer`));
        }
        else if (target.component.artifacts.some((a) => a.digest === rollback.pointer?.digest)) {
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'pointer', 'digest']), `rollback pointer of ${rollback.component} is the artifact being deployed (${rollback.pointer.digest}): it must name the previously approved artifact`));
        }
        if (rollback.evidence.length === 0)
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'evidence']), `component ${rollback.component} has no rollback evidence`));
    });
    for (const [name, { index }] of components) {
        if (!covered.has(name))
            findings.push(error('rollback', names/* BUNDLE_FILES */.HJ.bundle, (0,json_pointer/* pointerOf */.rq)(['components', index]), `component ${name} has no rollback record`));
    }
    return findings;
};
/**
 * Cohorts and the window only target declared environments, within each environment's constraints; cohort
 * shares add up per flag and segment (src/domain/environment.ts, which assemble runs too).
 */
const environmentRule = ({ bundle, manifest }) => (0,environment/* environmentFindings */.c)(bundle, manifest.queue);
/**
 * Every open hold is a finding: the holds check fails while any hold is open. And every hold that bundle.json,
 * lineage.json and this policy (the default branch's) alone call for is re-derived with assemble's own rules
 * (evaluateHolds, without the sources' conflicts and suspicions or the previous revision, which only assemble
 * sees; and without missing-lineage, on which the lineage check fails by itself): one holds.json lacks (no hold of
 * that rule at that path) is a finding at that path of bundle.json. The service repository chooses the Cutover
 * version its assemble runs, so a writer older than a rule, or unaware of the policy's pins, leaves it out.
 */
const holdsRule = ({ bundle, holds, lineage }, policy) => {
    const findings = holds.holds.map((hold, i) => error('holds', names/* BUNDLE_FILES */.HJ.holds, (0,json_pointer/* pointerOf */.rq)(['holds', i]), `open hold ${hold.id} (${hold.rule}) at ${hold.path || '/'}: ${hold.reason}; ${(0,domain_holds/* evidenceText */.rS)(hold)}`));
    const open = new Set(holds.holds.map((hold) => `${hold.rule}\u0000${hold.path}`));
    for (const { rule, path, reason } of (0,domain_holds/* evaluateHolds */.Y9)({ bundle, lineage, policy }, DERIVED_ELSEWHERE).holds) {
        if (open.has(`${rule}\u0000${path}`))
            continue;
        findings.push(error('holds', names/* BUNDLE_FILES */.HJ.bundle, path, `holds.json has no ${rule} hold at ${path || '/'}, which bundle.json calls for under this policy: ${reason}`));
    }
    return findings;
};
/** Hold rules verify does not re-derive: missing-lineage is the lineage check's own finding. */
const DERIVED_ELSEWHERE = new Set(['missing-lineage']);
/** The manifest binds exactly these files: digest recomputed from them, same release, valid window and approvers. */
const bindingRule = (release, policy, context) => {
    const { bundle, manifest } = release;
    const findings = [];
    const file = names/* BUNDLE_FILES */.HJ.manifest;
    const actual = (0,canonical/* bundleDigest */.bH)(release);
    if (manifest.bundleDigest !== actual)
        findings.push(error('binding', file, '/bundleDigest', `manifest binds ${manifest.bundleDigest}, but the bundle files hash to ${actual}`));
    if (manifest.product !== bundle.product)
        findings.push(error('binding', file, '/product', `manifest names product ${manifest.product}, bundle ${bundle.product}`));
    if (manifest.release !== bundle.release)
        findings.push(error('binding', file, '/release', `manifest names release ${manifest.release}, bundle ${bundle.release}`));
    const start = Date.parse(manifest.window.start);
    const end = Date.parse(manifest.window.end);
    if (!(start < end))
        findings.push(error('binding', file, '/window', `window start ${manifest.window.start} is not before its end ${manifest.window.end}`));
    if (start < Date.parse(bundle.window.start) || end > Date.parse(bundle.window.end)) {
        findings.push(error('binding', file, '/window', `manifest window ${manifest.window.start}..${manifest.window.end} is outside change window ${bundle.window.changeRecord} (${bundle.window.start}..${bundle.window.end})`));
    }
    if (manifest.queue !== bundle.window.queue)
        findings.push(error('binding', file, '/queue', `manifest queue ${manifest.queue} is not the change window's queue ${bundle.window.queue}`));
    const required = [...policy.approvers.teams].sort();
    const named = [...manifest.requiredApprovers.teams].sort();
    if (required.join('\n') !== named.join('\n'))
        findings.push(error('binding', file, '/requiredApprovers/teams', `manifest names approver teams ${named.join(', ')}; the policy requires ${required.join(', ')}`));
    // The statement is what approving means, sealed into the approval record as approved: the writer (whose
    // Cutover version the service repository picks) may not say something else there.
    if (manifest.handoff !== domain_manifest/* HANDOFF_STATEMENT */.h9)
        findings.push(error('binding', file, '/handoff', `manifest's hand-off statement is not Cutover's; it must read exactly: ${domain_manifest/* HANDOFF_STATEMENT */.h9}`));
    if (manifest.supersedes && manifest.supersedes.revision >= manifest.revision)
        findings.push(error('binding', file, '/supersedes/revision', `revision ${manifest.revision} cannot supersede revision ${manifest.supersedes.revision}`));
    const directory = context.directory;
    if (directory && (manifest.product !== directory.product || manifest.release !== directory.release))
        findings.push(error('binding', file, '/release', `the directory ${names/* BUNDLES_ROOT */.N3}/${directory.product}/${directory.release} holds a manifest of ${manifest.product} ${manifest.release}: a release lives only in its own directory`));
    if (context.history)
        for (const problem of revisionChainProblems(manifest, context.history))
            findings.push(error('binding', file, problem.path, problem.message));
    return findings;
};
/** The rules after schema, by id, in report order. */
const VERIFICATION_RULES = [
    ['lineage', lineageRule],
    ['rollback', rollbackRule],
    ['environment', environmentRule],
    ['holds', holdsRule],
    ['binding', bindingRule],
];
/** Every verification rule id, schema first. */
const VERIFICATION_RULE_IDS = ['schema', ...VERIFICATION_RULES.map(([id]) => id)];


/***/ }),

/***/ 9789:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ verifyRelease),
/* harmony export */   i: () => (/* reexport safe */ _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__.i)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5686);
/* harmony import */ var _schema_locate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2177);
/* harmony import */ var _schema_release_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1254);




/**
 * Verifies one release directory's texts against the policy; with a context (in the bundles repository), also
 * the directory's name and the release's revision chain.
 */
function verifyRelease(texts, policy, context = {}) {
    const { documents, findings: schemaFindings } = (0,_schema_release_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRelease */ .B)(texts, { vouchLineage: _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .lineageVouchedFor */ .Lv });
    const outcomes = [
        { rule: 'schema', status: schemaFindings.length ? 'failed' : 'passed', findings: schemaFindings },
    ];
    const { bundle, lineage, holds, manifest } = documents;
    const complete = bundle && lineage && holds && manifest ? { bundle, lineage, holds, manifest } : undefined;
    for (const [rule, check] of _domain_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .VERIFICATION_RULES */ .YY) {
        if (!complete) {
            outcomes.push({ rule, status: 'skipped', findings: [] });
            continue;
        }
        const findings = check(complete, policy, context);
        outcomes.push({ rule, status: findings.some((f) => f.severity === 'error') ? 'failed' : 'passed', findings });
    }
    return attachLines(outcomes, texts);
}
function attachLines(outcomes, texts) {
    const fileKeys = new Map(Object.entries(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ).map(([key, file]) => [file, key]));
    const locators = new Map();
    const locate = (file, pointer) => {
        let locator = locators.get(file);
        if (!locator) {
            const key = fileKeys.get(file);
            const text = key ? texts[key] : undefined;
            locator = text === undefined ? () => undefined : (0,_schema_locate_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonLineLocator */ .nD)(text);
            locators.set(file, locator);
        }
        return locator(pointer);
    };
    for (const outcome of outcomes) {
        for (const finding of outcome.findings) {
            if (finding.line !== undefined)
                continue;
            const line = locate(finding.file, finding.path);
            if (line !== undefined)
                finding.line = line;
        }
    }
    return outcomes;
}
/** Rule ids in report order. */



/***/ }),

/***/ 1254:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseRelease)
/* harmony export */ });
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2666);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6416);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8671);





/** Parses and schema-checks each file; returns the valid documents and the schema findings. */
function parseRelease(texts, options = {}) {
    const findings = [];
    const documents = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ)) {
        const file = _domain_names_js__WEBPACK_IMPORTED_MODULE_0__/* .BUNDLE_FILES */ .HJ[key];
        const text = texts[key];
        if (text === undefined) {
            findings.push({ rule: 'schema', severity: 'error', file, path: '', message: `${file} is missing` });
            continue;
        }
        let value;
        try {
            // Marked in canonical order when it is (Cutover writes it so): verify's digests then walk it no more.
            value = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCanonicalJson */ .UB)(text, file);
        }
        catch (e) {
            const line = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? e.line : undefined;
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: '',
                message: e instanceof Error ? e.message : String(e),
                ...(line ? { line } : {}),
            });
            continue;
        }
        // bundle.json comes first (BUNDLE_FILES' order), so its document is known here when it is valid.
        if (key === 'lineage' &&
            options.vouchLineage &&
            documents.bundle &&
            (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .lineageAcceptedButFields */ .r8)(value) &&
            vouches(options.vouchLineage, documents.bundle, value)) {
            documents.lineage = value;
            continue;
        }
        const violations = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaViolations */ .K3)(key, value, text, file);
        for (const v of violations)
            findings.push({
                rule: 'schema',
                severity: 'error',
                file,
                path: v.path,
                message: v.message,
                ...(v.line ? { line: v.line } : {}),
            });
        if (violations.length === 0)
            Object.assign(documents, { [key]: value });
    }
    return { documents, findings };
}
/**
 * The answer of `vouchLineage`, false when it throws: a digest of a value RFC 8785 refuses (a lone surrogate)
 * throws, and it throws again where it always did, in cutover/lineage, after the schema findings are made as
 * without the option.
 */
function vouches(vouchLineage, bundle, lineage) {
    try {
        return vouchLineage(bundle, lineage, (0,_lineage_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .lineageEntryCheck */ .Qe)());
    }
    catch {
        return false;
    }
}


/***/ })
,

/***/ 6021:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeReleaseDirectory),
/* harmony export */   o: () => (/* binding */ readReleaseTexts)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5610);
/* harmony import */ var _domain_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8800);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3916);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6416);
/* harmony import */ var _schema_regular_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2306);
/**
 * Reads and writes release directories on the local disk. Writes are all-or-nothing: the files are written
 * to a fresh sibling directory which then replaces the target, so a failure never leaves half a bundle.
 */








/**
 * Reads whichever of the four release files exist in `dir`. Synchronously: nothing else runs meanwhile, and
 * each step of an asynchronous read is a round trip to libuv's thread pool (about twenty for a release
 * directory, milliseconds of `cutover assemble` and `verify` on a busy machine; issue 13 goal 3).
 */
async function readReleaseTexts(dir, maxBytes = _schema_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_RELEASE_FILE_BYTES */ .gO) {
    const info = statOrUndefined(dir);
    if (!info?.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('is not a directory', {
            file: dir,
            expected: 'a release directory holding bundle.json, lineage.json, holds.json and manifest.json',
        });
    const texts = {};
    for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ)) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ[key]);
        const text = readReleaseFile(file, maxBytes);
        if (text !== undefined)
            texts[key] = text;
    }
    return texts;
}
/**
 * One release file, or undefined when it does not exist. Through one descriptor, opened with O_NONBLOCK and
 * checked with fstat (schema/regular-file.ts), so a FIFO named `bundle.json` is refused instead of blocking the
 * command until something writes to it, and read to at most maxBytes whatever its size said.
 */
function readReleaseFile(file, maxBytes) {
    const bytes = (0,_schema_regular_file_js__WEBPACK_IMPORTED_MODULE_7__/* .readRegularFile */ .X)(file, { maxBytes, notRegular: notRegularFile, missingIsUndefined: true });
    return bytes === undefined ? undefined : (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8 */ ._6)(bytes, file);
}
function statOrUndefined(file) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
    }
    catch {
        return undefined;
    }
}
function notRegularFile(file) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('is not a regular file (a FIFO, socket, device or directory)', {
        file,
        expected: 'a regular file',
    });
}
/**
 * Replaces `dir` with exactly these files, atomically as far as the file system allows. A directory that cannot
 * be written (no such parent, a file in the way, read-only, no permission, a pseudo file system like /proc) is an
 * InputError naming `dir` and the failed operation, not an internal error.
 */
async function writeReleaseDirectory(dir, files) {
    try {
        replaceDirectory(dir, files);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz || !isSystemError(error))
            throw error;
        const operation = error.path ? `${error.syscall ?? 'write'} '${error.path}'` : (error.syscall ?? 'write');
        const reason = SYSTEM_REASONS[error.code] ?? error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write the release directory: ${operation} failed: ${reason} (${error.code})`, { file: dir, expected: 'a directory Cutover can create or replace, on a writable file system' }, { cause: error });
    }
}
const SYSTEM_REASONS = {
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a part of the path is not a directory',
    EEXIST: 'a file is in the way',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EXDEV: 'crosses file systems',
    ENAMETOOLONG: 'name too long',
};
function isSystemError(error) {
    return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'syscall' in error;
}
/**
 * Synchronously, like the read above: each step of an asynchronous write is a round trip to libuv's thread
 * pool (mkdir, stat, mkdir, an open, write and close per file, renames: about twenty), and `node:fs/promises`
 * loads readline and the file watchers with it (about 1.3 ms to require on its own). `cutover assemble` of
 * the payments example on Node 20: about 1% less CPU time, spawn to exit (issue 13 goal 3).
 * test/cli/startup-modules.test.ts fails if the built CLI loads `node:fs/promises` for assemble again.
 */
/**
 * `mkdir -p` one directory at a time, not with Node's `recursive` option: where a path's parent exists but
 * refuses children with ENOENT (procfs: `--out /proc/missing/out`), Node's recursive mkdir (20 and 24, sync
 * and async) takes the ENOENT for a missing parent, "creates" the parent (EEXIST) and tries the child again,
 * forever, at 100% CPU. Here the missing ancestors are found by stat and each is made once: a failure is that
 * mkdir's own error (ENOENT, ENOTDIR, EACCES...), which writeReleaseDirectory names. A directory made by
 * another process meanwhile (EEXIST on a directory) is fine. test/cli/process.test.ts runs the /proc case in a
 * child process with a timeout.
 */
function makeDirectories(dir) {
    const missing = [];
    // Only a path that does not exist is missing; any other failure of stat (ENOTDIR, EACCES) is the error.
    for (let current = dir; (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(current, { throwIfNoEntry: false }) === undefined;) {
        missing.push(current);
        const up = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(current);
        if (up === current)
            break;
        current = up;
    }
    for (const directory of missing.reverse()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(directory);
        }
        catch (error) {
            if (!(isSystemError(error) && error.code === 'EEXIST' && statOrUndefined(directory)?.isDirectory()))
                throw error;
        }
    }
}
/** One buffer for every piece written (TEXT_PIECE code units are at most 3 bytes of UTF-8 each). */
let writeBuffer;
/**
 * Writes text as UTF-8 to a file that must not exist yet (`wx`), a piece at a time (textPieces) through one
 * reused buffer. writeFileSync would first encode the whole text into a new buffer as large as the file
 * (megabytes for bundle.json and lineage.json), each page of which is memory the process touches for the first
 * time: on a Firecracker VM about 14 us per 4 KiB page, more than the encoding itself (issue 13 goal 2). The
 * bytes are writeFileSync's.
 */
function writeNewFile(file, text) {
    writeBuffer ??= Buffer.allocUnsafeSlow(_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .TEXT_PIECE */ .hR * 3);
    const buffer = writeBuffer;
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'wx');
    try {
        for (const piece of (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .textPieces */ .Vk)(text)) {
            const length = buffer.write(piece, 0, 'utf8');
            for (let written = 0; written < length;)
                written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, buffer, written, length - written);
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function replaceDirectory(dir, files) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir);
    const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target);
    makeDirectories(parent);
    const existing = statOrUndefined(target);
    if (existing && !existing.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz('exists and is not a directory', {
            file: dir,
            expected: 'a new or existing release directory',
        });
    const staging = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(parent, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.cutover-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(staging);
    try {
        for (const key of Object.keys(_domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ)) {
            writeNewFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(staging, _domain_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILES */ .HJ[key]), files[key]);
        }
        if (existing) {
            const old = `${staging}.old`;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(target, old);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, target);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(old, { recursive: true, force: true });
        }
        else {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(staging, target);
        }
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(staging, { recursive: true, force: true });
        throw error;
    }
}


/***/ }),

/***/ 5678:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.UN),
/* harmony export */   t: () => (/* binding */ terminalJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Output of the reader commands (`inspect`, `list`) made safe for a terminal. What they print comes from the
 * repository read (a tag object's name header, ref names, keys of a hand-edited file), which a hostile
 * repository fills with ESC sequences, C1 controls or bidirectional overrides that would erase, rewrite or
 * reorder what the operator reads. Text goes through escapeControls; JSON keeps its meaning (a parser reads the
 * same strings) but spells those characters as `\u` escapes, which JSON.stringify leaves raw above U+001F.
 */


/** Characters JSON.stringify writes raw that a terminal acts on: DEL, C1, line/paragraph separators, bidi. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** `JSON.stringify(value, null, 2)` with every terminal control written as a `\u` escape. */
function terminalJson(value) {
    return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ }),

/***/ 1137:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4892);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _modes_verification_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9789);
/* harmony import */ var _render_table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(900);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9801);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
/* harmony import */ var _release_dir_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6021);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5678);
/**
 * `cutover verify <dir> [--policy <file>] [--json]`: runs every verification rule over a release directory.
 * Exit 0 when clean, 1 when there are findings (open holds included), 2 for usage or input errors.
 */











const verifyCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_6__/* .COMMAND_META */ .w.verify,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { policy: { type: 'string' }, json: { type: 'boolean', default: false } },
            strict: true,
            allowPositionals: true,
        });
        if (positionals.length !== 1 || !positionals[0])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('expected exactly one release directory', { expected: this.usage });
        const dir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, positionals[0]);
        const policy = values.policy ? await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .readPolicy */ .T4)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, values.policy)) : _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_POLICY */ .z;
        const outcomes = (0,_modes_verification_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyRelease */ .V)(await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_8__/* .readReleaseTexts */ .o)(dir), policy);
        const findings = outcomes.flatMap((o) => o.findings);
        const failed = findings.some((f) => f.severity === 'error');
        if (values.json) {
            io.stdout(`${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalJson */ .t)({ directory: dir, passed: !failed, rules: outcomes })}\n`);
        }
        else {
            // Printed as given on the command line, as the other paths of this output are.
            const rel = positionals[0];
            const lines = [
                (0,_render_table_js__WEBPACK_IMPORTED_MODULE_10__/* .table */ .t)(['RULE', 'STATUS', 'FINDINGS'], outcomes.map((o) => [o.rule, o.status, String(o.findings.length)])),
            ];
            if (findings.length > 0) {
                lines.push('', (0,_render_table_js__WEBPACK_IMPORTED_MODULE_10__/* .table */ .t)(['SEVERITY', 'RULE', 'WHERE', 'MESSAGE'], 
                // Findings quote what the directory holds (a hand-edited key): no terminal control reaches the screen.
                findings.map((f) => [
                    f.severity,
                    f.rule,
                    `${rel}/${f.file}${f.line ? `:${f.line}` : ''}${f.path ? ` ${f.path}` : ''}`,
                    f.message,
                ].map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e))));
            }
            lines.push('', failed
                ? `verify: ${(0,_io_js__WEBPACK_IMPORTED_MODULE_7__/* .count */ .U9)(findings.filter((f) => f.severity === 'error').length, 'finding')} in ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e)(rel)}`
                : `verify: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_9__/* .terminalText */ .e)(rel)} passed every rule`);
            io.stdout(`${lines.join('\n')}\n`);
        }
        return failed ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 4892:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = {
    schemaVersion: 1,
    approvers: { teams: ['release-engineering', 'operations'] },
};


/***/ }),

/***/ 900:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ table)
/* harmony export */ });
/**
 * Plain-text tables for the terminal.
 */
/** Renders rows as a left-aligned table with a header rule. */
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
