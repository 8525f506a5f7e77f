"use strict";
exports.id = "163-399-535-628-671";
exports.ids = ["163-399-535-628-671", 399, 671, 535, 163, 628];
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

/***/ 5419:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ renderReleaseFiles)
/* harmony export */ });
/* unused harmony export renderJson */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5610);
/**
 * The bytes of a release directory: every file is pretty-printed canonical JSON (keys in RFC 8785 order,
 * two-space indent, final newline), so the same content always gives the same bytes and diffs read well.
 */

/**
 * Pretty JSON text with keys in RFC 8785 order (UTF-16 code units, which is what Array.prototype.sort does
 * with strings). Numbers and strings serialize as JSON.stringify does, which is also what RFC 8785 specifies,
 * so parsing this text and canonicalizing it gives the canonical form; this path avoids canonicalizing and
 * re-parsing multi-megabyte files just to indent them. (JavaScript orders integer-like keys numerically;
 * Cutover's documents have none: their keys are schema names, JSON Pointers and `sourceId#n`.)
 */
function renderJson(value) {
    // A replacer costs a call per value; a value already in order is written as it is. The files the bundle
    // digest was computed over are known to be (canonical.ts digestedBundleFiles marks them): no walk for them.
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .knownCanonical */ .qt)(value) || inKeyOrder(value, 0))
        return `${JSON.stringify(value, null, 2)}\n`;
    return `${JSON.stringify(value, sortKeys, 2)}\n`;
}
/**
 * Whether every object in a value is a plain object whose keys are in sorted order, with no `toJSON`: then
 * sortKeys would return every value as it is. (for-in adds inherited enumerable keys, which a plain object
 * does not have; were there any, the answer could only turn false.) Past a depth no document reaches, the
 * answer is false and sortKeys decides (it reports a cycle as JSON.stringify does).
 */
function inKeyOrder(value, depth) {
    if (value === null || typeof value !== 'object')
        return true;
    if (depth > 64)
        return false;
    if (Array.isArray(value)) {
        for (const item of value)
            if (!inKeyOrder(item, depth + 1))
                return false;
        return true;
    }
    const prototype = Object.getPrototypeOf(value);
    if ((prototype !== Object.prototype && prototype !== null) || 'toJSON' in value)
        return false;
    let previous;
    for (const key in value) {
        if (previous !== undefined && !(previous < key))
            return false;
        previous = key;
        if (!inKeyOrder(value[key], depth + 1))
            return false;
    }
    return true;
}
function sortKeys(_key, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return value;
    const keys = Object.keys(value);
    // Most objects (every parsed file, most built ones) already list their keys in order: no copy for them.
    let ordered = true;
    for (let i = 1; i < keys.length && ordered; i++)
        ordered = keys[i - 1] < keys[i];
    if (ordered)
        return value;
    const sorted = {};
    for (const key of keys.sort())
        sorted[key] = value[key];
    return sorted;
}
/** File name -> text for one release directory. */
function renderReleaseFiles(files, manifest) {
    return {
        bundle: renderJson(files.bundle),
        lineage: renderJson(files.lineage),
        holds: renderJson(files.holds),
        manifest: renderJson(manifest),
    };
}


/***/ }),

/***/ 7649:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sX: () => (/* binding */ assertReleaseNames),
  bS: () => (/* binding */ build_buildBundle),
  a: () => (/* binding */ releaseNameOf)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(5610);
;// CONCATENATED MODULE: ./src/domain/key-order.ts
/**
 * Built objects with their keys inserted in RFC 8785 order (UTF-16 code units, what Array.prototype.sort does
 * with strings). The canonical form (canonical.ts) keeps an object in that order as it is; one out of order it
 * copies, and with it every object and array on the way to it (a component, the components list, the bundle).
 * Assembly builds its objects in that order instead, where a copy is made anyway or costs no more than the
 * canonical form's. Only an optimization: the canonical form still checks every object, so an object left out
 * of order here changes no byte of any file or digest, only what is copied.
 */
/**
 * Whether a key keeps its insertion order and can be inserted as a plain key: not an array index ("0", "17":
 * V8 lists those first, in numeric order, whatever the insertion order) and not `__proto__` (assigning it
 * sets the prototype instead of adding a key).
 */
const insertable = (key) => {
    const first = key.charCodeAt(0);
    return !(first >= 48 && first <= 57) && key !== '__proto__';
};
/**
 * `value` itself when its own enumerable keys are already in RFC 8785 order, else a shallow copy with the same
 * entries inserted in that order. A value with a key that cannot be inserted in order (see `insertable`), or
 * that is not a plain object (a copy would lose its prototype), is returned as it is: the canonical form
 * handles it.
 */
function keySorted(value) {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null)
        return value;
    const keys = Object.keys(value);
    let ordered = true;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!insertable(key))
            return value;
        if (i > 0 && !(keys[i - 1] < key))
            ordered = false;
    }
    if (ordered)
        return value;
    keys.sort();
    const record = value;
    const copy = {};
    for (const key of keys)
        copy[key] = record[key];
    return copy;
}
/** A shallow copy of `value` with its keys in RFC 8785 order (see keySorted), never `value` itself. */
function keySortedCopy(value) {
    const sorted = keySorted(value);
    return sorted === value ? { ...value } : sorted;
}

// EXTERNAL MODULE: ./src/domain/listed.ts
var listed = __webpack_require__(395);
;// CONCATENATED MODULE: ./src/domain/assembly-lineage.ts
/**
 * Lineage bookkeeping for assembly: which source document vouched for each record (`SourceTable`) and for
 * each bundle field (`FieldRefs`), turned into lineage.json's `sources` table and `fields` once the bundle is
 * built.
 */



/**
 * Source lineages. Records from one source document share its lineage and differ only in the locator's
 * `#fragment` (their place in it), so the table holds one entry per document and each field keeps its
 * fragment. Keys `sourceId#n` are numbered in content order, not arrival order, so record order never
 * changes the bundle.
 *
 * A record either carries its document's lineage and its fragment (the adapters of documents: no lineage is
 * copied per record), or a lineage of its own whose locator is split at its first `#` here. Handles are
 * numbers (indices into parallel arrays): a record that shares its document's lineage costs no object or
 * string here.
 */
class SourceTable {
    /** Handle -> the lineage and fragment the record carried (see `recordLineage`). */
    lineages = [];
    carried = [];
    /** Handle -> its document (index into `documents`). */
    documentOf = [];
    /** Handle -> the locator's part after its first `#` (lineage.json's fragment without the `#`), if it has one. */
    fragments = [];
    documents = [];
    byKey = new Map();
    /** The document of the latest record: records of one document arrive one after another. */
    last;
    /** An opaque handle for the lineage of a record (`fragment` as in `SourceRecord`). */
    key(sourceId, lineage, fragment) {
        const handle = this.lineages.length;
        this.lineages.push(lineage);
        this.carried.push(fragment);
        const last = this.last;
        // A record that shares its document's lineage object: the document is known once per document.
        if (fragment !== undefined && last?.shared && last.lineage === lineage && last.sourceId === sourceId) {
            this.documentOf.push(last.document);
            this.fragments.push(fragment);
            return handle;
        }
        const full = fragment === undefined ? lineage.locator : `${lineage.locator}#${fragment}`;
        const hash = full.indexOf('#');
        const locator = hash < 0 ? full : full.slice(0, hash);
        this.fragments.push(hash < 0 ? undefined : full.slice(hash + 1));
        let document;
        if (last && last.sourceId === sourceId && last.locator === locator && sameDocument(last.lineage, lineage))
            document = last.document;
        else
            document = this.documentFor(sourceId, lineage, locator);
        this.documentOf.push(document);
        this.last = {
            sourceId,
            lineage,
            locator,
            shared: fragment !== undefined && hash === lineage.locator.length,
            document,
        };
        return handle;
    }
    documentFor(sourceId, lineage, locator) {
        const base = lineage.locator === locator ? lineage : { ...lineage, locator };
        // Identity and sort key of the document: its lineage fields in RFC 8785 key order (digest, locator,
        // observedAt, revision, system), so keys sort as the canonical JSON of the lineage would.
        const key = `${sourceId}\u0000${JSON.stringify([base.digest, locator, base.observedAt, base.revision, base.system])}`;
        let document = this.byKey.get(key);
        if (document === undefined) {
            document = this.documents.length;
            this.documents.push({ sourceId, lineage: { ...base } });
            this.byKey.set(key, document);
        }
        return document;
    }
    /** The record's own lineage (fragment included) behind a handle. */
    get(handle) {
        const lineage = this.lineages[handle];
        if (!lineage)
            throw new Error(`unknown source handle ${handle}`);
        const fragment = this.carried[handle];
        return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
    }
    sourceIdOf(handle) {
        return this.documents[this.documentOf[handle] ?? -1]?.sourceId ?? '';
    }
    /**
     * The lineage.json `sources` table, and the `fields` entry of a field vouched for by a handle's record: its
     * source key, its fragment (when the record's locator has one) and the digest of its value. The table comes
     * twice, with the same entries: `sources` as the records stated each lineage (the holds' evidence is read
     * from it, and the CLI's --json summary prints that evidence as it is), and `written` in RFC 8785 order,
     * its keys and each lineage's keys, for the file: the bundle digest then keeps it as it is (its canonical
     * form would otherwise copy every entry, thousands of them, on the first run through code not yet compiled).
     */
    finish() {
        const keys = new Array(this.documents.length);
        const names = [];
        const counters = new Map();
        const sources = {};
        // The default sort compares strings by code units, as normalize.ts cmp does.
        for (const key of [...this.byKey.keys()].sort()) {
            const index = this.byKey.get(key) ?? -1;
            const document = this.documents[index];
            if (!document)
                continue;
            const { sourceId, lineage } = document;
            const n = counters.get(sourceId) ?? 0;
            counters.set(sourceId, n + 1);
            const name = `${sourceId}#${n}`;
            keys[index] = name;
            names.push(name);
            sources[name] = lineage;
        }
        // Code-unit order (`files#10` before `files#2`), the default sort's. The same key strings as the first
        // table's, which inserting them there interned.
        const written = {};
        for (const name of names.sort())
            written[name] = inKeyOrder(sources[name]);
        // The fields of one record come one after another (an artifact's digest, locator and version): one
        // fragment text for them.
        let last = -1;
        let lastFragment;
        return {
            sources,
            written,
            field: (handle, valueDigest) => {
                const source = keys[this.documentOf[handle] ?? -1] ?? '';
                if (handle !== last) {
                    const fragment = this.fragments[handle];
                    lastFragment = fragment === undefined ? undefined : `#${fragment}`;
                    last = handle;
                }
                const fragment = lastFragment;
                // Keys in file order (fragment, source, valueDigest) and strings alone: what fieldLineages promises
                // when it marks lineage.json's fields as in canonical order (canonical.ts markListedInOrder).
                return fragment === undefined ? { source, valueDigest } : { fragment, source, valueDigest };
            },
        };
    }
}
/**
 * A lineage with its keys in RFC 8785 order: when it has exactly Lineage's five keys, all strings (what every
 * adapter builds), a copy made by one object literal; anything else through keySorted, which keeps every key.
 */
function inKeyOrder(lineage) {
    const { digest, locator, observedAt, revision, system } = lineage;
    if (Object.keys(lineage).length !== 5 ||
        typeof digest !== 'string' ||
        typeof locator !== 'string' ||
        typeof observedAt !== 'string' ||
        typeof revision !== 'string' ||
        typeof system !== 'string')
        return keySorted(lineage);
    return { digest, locator, observedAt, revision, system };
}
/** Whether two lineages name the same document (all but the locator, whose document part the caller compares). */
const sameDocument = (a, b) => a.digest === b.digest && a.observedAt === b.observedAt && a.revision === b.revision && a.system === b.system;
/**
 * lineage.json's `fields`: for each field with a handle, its source key, fragment and the digest of its value
 * in `bundle`. Written in JSON Pointer order (code units, as RFC 8785 sorts keys: `/components/10` before
 * `/components/2`), so that the canonical form keeps this object as it is instead of sorting a copy of it.
 */
function fieldLineages(bundle, refs, field) {
    // Built through a RecordBuilder: frozen once finished, with its keys listed for the passes after assembly
    // (listed.ts), which then need not list its hundreds of thousands of keys again.
    const out = new listed/* RecordBuilder */.xx();
    // Every value digested here is reached from the bundle (in canonical order once assembled): no walk per value.
    const digestOf = (0,canonical/* digestWithin */.yD)(bundle);
    const add = (pointer, handle, value) => {
        if (handle !== undefined)
            out.set(pointer, field(handle, digestOf(value)));
    };
    const list = (section) => {
        const values = bundle[section];
        const handles = refs[section];
        for (const i of decimalOrder(handles.length))
            add(`/${section}/${i}`, handles[i], values[i]);
    };
    const { candidate } = bundle;
    add('/candidate/commit', refs.candidate.commit, candidate.commit);
    add('/candidate/signature', refs.candidate.signature, candidate.signature);
    add('/candidate/tag', refs.candidate.tag, candidate.tag);
    list('cohorts');
    for (const i of decimalOrder(refs.components.length)) {
        const component = bundle.components[i];
        const handles = refs.components[i];
        if (!component || !handles)
            continue;
        for (const j of decimalOrder(handles.artifacts.length)) {
            const artifact = component.artifacts[j];
            const at = `/components/${i}/artifacts/${j}/`;
            add(`${at}digest`, handles.artifacts[j], artifact?.digest);
            add(`${at}locator`, handles.artifacts[j], artifact?.locator);
            add(`${at}version`, handles.artifacts[j], artifact?.version);
        }
        for (const k of decimalOrder(handles.provenance.length))
            add(`/components/${i}/provenance/${k}`, handles.provenance[k], component.provenance?.[k]);
    }
    list('dependencies');
    list('environments');
    for (const i of decimalOrder(refs.rollback.length)) {
        const rollback = bundle.rollback[i];
        const handles = refs.rollback[i];
        add(`/rollback/${i}/evidence`, handles?.evidence, rollback?.evidence);
        add(`/rollback/${i}/hook`, handles?.hook, rollback?.hook);
        add(`/rollback/${i}/pointer`, handles?.pointer, rollback?.pointer);
    }
    list('waivers');
    add('/window', refs.window, bundle.window);
    const fields = out.finish();
    // Every value is an entry made by `field` (SourceTable.finish): keys in order, strings alone. With the
    // listing's keys in order, the record is in canonical order as built: the bundle digest takes it as it is.
    (0,canonical/* markListedInOrder */.cE)(fields);
    return fields;
}
/**
 * 0 to n - 1 in the order of their decimal texts (0, 1, 10, 100, 11, …, 19, 2, 20, …): the order in which
 * JSON Pointers to the items of a list sort, since a shorter index text that is a prefix of a longer one is
 * followed by `/` or nothing, both before any digit.
 */
function decimalOrder(n) {
    const out = [];
    if (n <= 0)
        return out;
    out.push(0);
    const last = n - 1;
    let current = 1;
    for (let k = 0; k < last; k++) {
        out.push(current);
        if (current * 10 <= last)
            current *= 10;
        else {
            while (current % 10 === 9 || current + 1 > last)
                current = Math.floor(current / 10);
            current += 1;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/domain/normalize.ts
var normalize = __webpack_require__(8287);
;// CONCATENATED MODULE: ./src/domain/records.ts
/** A record's own lineage: its `lineage`, with `#<fragment>` appended to the locator when it has a fragment. */
function recordLineage(record) {
    const { lineage, fragment } = record;
    return fragment === undefined ? lineage : { ...lineage, locator: `${lineage.locator}#${fragment}` };
}

;// CONCATENATED MODULE: ./src/domain/assembly-reducers.ts



/** Thrown when the records cannot make a bundle at all (no change window): an input error, not a hold. */
class AssemblyError extends Error {
    name = 'AssemblyError';
}
/**
 * Folds every record, in order, into a fresh collection. Throws an AssemblyError when two sources state
 * different change windows.
 */
function collectRecords(records, renderer, sources) {
    const at = {
        renderer,
        sources,
        collected: {
            components: new Map(),
            dependencies: new Map(),
            cohorts: new Map(),
            rollbacks: new Map(),
            environments: new Map(),
            waivers: new Map(),
            conflicts: [],
            suspicions: [],
            sbomSubjects: [],
        },
    };
    for (const record of records)
        reduceRecord(record.type, record, sources.key(record.sourceId, record.lineage, record.fragment), at);
    return at.collected;
}
/** Looks the reducer up by kind; typed per kind so each reducer receives its own record type. */
function reduceRecord(type, record, ref, at) {
    RECORD_REDUCERS[type](record, ref, at);
}
/**
 * The candidate's signature: the first statement is kept; a different one is a conflict. First, as for artifacts:
 * in the action the first is GitHub's verification of the candidate tag (assemble's extra record, ahead of the
 * sources), which a records file of the service repository must not outweigh.
 */
function reduceSignature(record, ref, { sources, collected }) {
    const signature = collected.signature;
    if (signature && (0,canonical/* digestOf */.ol)(signature.value) !== (0,canonical/* digestOf */.ol)(record.signature)) {
        collected.conflicts.push({
            target: { component: undefined, path: '/candidate/signature' },
            ...disagreement(`state the candidate's signature differently`, [sources.sourceIdOf(signature.ref), signatureText(signature.value), sources.get(signature.ref)], [record.sourceId, signatureText(record.signature), recordLineage(record)]),
        });
    }
    collected.signature ??= { value: record.signature, ref };
}
/**
 * An artifact of a component: the first statement of a name is kept and a different one is a conflict; a
 * digest Cutover computed itself (the source stated none) is a suspicion.
 */
function reduceArtifact(record, ref, { renderer, sources, collected }) {
    const entry = componentEntry(collected, renderer.render('component', record.component));
    const existing = entry.artifacts.get(record.artifact.name);
    if (existing && (0,canonical/* digestOf */.ol)(existing.artifact) !== (0,canonical/* digestOf */.ol)(record.artifact)) {
        collected.conflicts.push({
            target: { component: record.component },
            ...disagreement(`state artifact ${record.artifact.name} differently`, [sources.sourceIdOf(existing.ref), artifactText(existing.artifact), sources.get(existing.ref)], [record.sourceId, artifactText(record.artifact), recordLineage(record)]),
        });
        return;
    }
    entry.artifacts.set(record.artifact.name, { artifact: { ...record.artifact }, ref });
    if (record.digestComputed) {
        collected.suspicions.push({
            type: 'suspicion',
            sourceId: record.sourceId,
            lineage: recordLineage(record),
            path: '',
            component: record.component,
            rule: 'suspicious-source',
            reason: `digest of ${record.artifact.name} was computed by Cutover from downloaded bytes: the source stated none`,
        });
    }
}
/** Provenance of a component: every statement is kept (duplicates are dropped when the bundle is built). */
function reduceProvenance(record, ref, { renderer, collected }) {
    componentEntry(collected, renderer.render('component', record.component)).provenance.push({
        value: record.provenance,
        ref,
    });
}
/**
 * A dependency: one per (component, name, version, purl), the last statement vouching for it (and keeping the
 * place of the first). The record's dependency is kept as it is when rendering leaves its component unchanged
 * (records are not changed after they are read).
 */
function reduceDependency(record, ref, { renderer, collected }) {
    const given = record.dependency;
    const component = renderer.render('component', given.component);
    const value = component === given.component ? given : { ...given, component };
    let byName = collected.dependencies.get(component);
    if (!byName) {
        byName = new Map();
        collected.dependencies.set(component, byName);
    }
    const stated = { value, ref };
    const same = byName.get(value.name);
    if (!same) {
        byName.set(value.name, stated);
        return;
    }
    const purl = value.purl ?? '';
    const sameKey = (d) => d.value.version === value.version && (d.value.purl ?? '') === purl;
    if (!Array.isArray(same)) {
        byName.set(value.name, sameKey(same) ? stated : [same, stated]);
        return;
    }
    const at = same.findIndex(sameKey);
    if (at < 0)
        same.push(stated);
    else
        same[at] = stated;
}
/** A cohort, names rendered and lists sorted: the first definition is kept; a different one is a conflict. */
function reduceCohort(record, ref, { renderer, sources, collected }) {
    const value = {
        ...record.cohort,
        id: renderer.render('cohort', record.cohort.id),
        environments: unique(record.cohort.environments.map((name) => renderer.render('environment', name))),
        flags: [...record.cohort.flags].sort((a, b) => (0,normalize/* cmp */.r)(a.key, b.key) || (0,normalize/* cmp */.r)(a.variant, b.variant)),
    };
    const existing = collected.cohorts.get(value.id);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(value)) {
        collected.conflicts.push({
            target: { cohort: value.id },
            ...disagreement(`define cohort ${value.id} differently`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value), recordLineage(record)]),
        });
        return;
    }
    collected.cohorts.set(value.id, { value, ref });
}
/**
 * Rollback of a component, merged across records: the last pointer (a different one is a conflict), the
 * last hook, and all evidence (vouched for by the first record that had any).
 */
function reduceRollback(record, ref, { renderer, sources, collected }) {
    const name = renderer.render('component', record.component);
    const entry = collected.rollbacks.get(name) ?? { evidence: [] };
    if (record.pointer) {
        if (entry.pointer && (0,canonical/* digestOf */.ol)(entry.pointer.value) !== (0,canonical/* digestOf */.ol)(record.pointer)) {
            collected.conflicts.push({
                target: { rollback: name },
                ...disagreement(`state different rollback pointers for ${name}`, [sources.sourceIdOf(entry.pointer.ref), pointerText(entry.pointer.value), sources.get(entry.pointer.ref)], [record.sourceId, pointerText(record.pointer), recordLineage(record)]),
            });
        }
        entry.pointer = { value: record.pointer, ref };
    }
    if (record.hook !== undefined)
        entry.hook = { value: record.hook, ref };
    if (record.evidence.length > 0) {
        entry.evidence.push(...record.evidence);
        entry.evidenceRef ??= ref;
    }
    collected.rollbacks.set(name, entry);
}
/** An environment's constraints: the first statement is kept; a different one is a conflict. */
function reduceEnvironment(record, ref, { renderer, sources, collected }) {
    const name = renderer.render('environment', record.name);
    const value = { name, constraints: { ...record.constraints } };
    const existing = collected.environments.get(name);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(value)) {
        collected.conflicts.push({
            target: { path: '/environments' },
            ...disagreement(`state different constraints for environment ${name}`, [sources.sourceIdOf(existing.ref), JSON.stringify(existing.value.constraints), sources.get(existing.ref)], [record.sourceId, JSON.stringify(value.constraints), recordLineage(record)]),
        });
        return;
    }
    collected.environments.set(name, { value, ref });
}
/** A waiver: a different statement is a conflict, and the less favourable one is kept. */
function reduceWaiver(record, ref, { sources, collected }) {
    const existing = collected.waivers.get(record.waiver.id);
    if (existing && (0,canonical/* digestOf */.ol)(existing.value) !== (0,canonical/* digestOf */.ol)(record.waiver)) {
        collected.conflicts.push({
            target: { path: '/waivers' },
            ...disagreement(`state waiver ${record.waiver.id} differently`, [
                sources.sourceIdOf(existing.ref),
                `${existing.value.status} until ${existing.value.expiresAt}`,
                sources.get(existing.ref),
            ], [record.sourceId, `${record.waiver.status} until ${record.waiver.expiresAt}`, recordLineage(record)]),
        });
        // Keep the less favourable statement: a conflict never makes a waiver look approved.
        if (existing.value.status !== 'approved')
            return;
    }
    collected.waivers.set(record.waiver.id, { value: record.waiver, ref });
}
/** The change window: exactly one; two different ones make no bundle at all (an AssemblyError, not a hold). */
function reduceWindow(record, ref, { renderer, sources, collected }) {
    const value = {
        ...record.window,
        environments: unique(record.window.environments.map((name) => renderer.render('environment', name))),
    };
    const window = collected.window;
    if (window && (0,canonical/* digestOf */.ol)(window.value) !== (0,canonical/* digestOf */.ol)(value)) {
        throw new AssemblyError(`sources '${sources.sourceIdOf(window.ref)}' and '${record.sourceId}' state different change windows; exactly one change window is expected`);
    }
    collected.window = { value, ref };
}
/** What an SBOM says it describes: checked against its component once the bundle is built. */
function reduceSbomSubject(record, _ref, { collected }) {
    collected.sbomSubjects.push(record);
}
/** A source adapter's doubt: kept as it is, to become a hold. */
function reduceSuspicion(record, _ref, { collected }) {
    collected.suspicions.push(record);
}
/** Reducers by record kind. */
const RECORD_REDUCERS = {
    signature: reduceSignature,
    artifact: reduceArtifact,
    provenance: reduceProvenance,
    dependency: reduceDependency,
    cohort: reduceCohort,
    rollback: reduceRollback,
    environment: reduceEnvironment,
    waiver: reduceWaiver,
    window: reduceWindow,
    'sbom-subject': reduceSbomSubject,
    suspicion: reduceSuspicion,
};
function componentEntry(collected, name) {
    let entry = collected.components.get(name);
    if (!entry) {
        entry = { artifacts: new Map(), provenance: [] };
        collected.components.set(name, entry);
    }
    return entry;
}
/**
 * The reason and evidence of two sources disagreeing: both source ids and both values, in an order that does
 * not depend on which record came first (records arrive in any order; the register must not change).
 */
function disagreement(subject, a, b) {
    const [first, second] = ((0,normalize/* cmp */.r)(a[0], b[0]) || (0,normalize/* cmp */.r)(a[1], b[1])) > 0 ? [b, a] : [a, b];
    return {
        reason: `sources '${first[0]}' and '${second[0]}' ${subject}: ${first[1]} / ${second[1]}`,
        evidence: [first[2], second[2]],
    };
}
const artifactText = (a) => `version ${a.version} digest ${a.digest} at ${a.locator}`;
const signatureText = (s) => `${s.verified ? 'verified' : 'not verified'} (${s.reason})`;
const pointerText = (p) => (p ? `${p.version} ${p.digest}` : 'none');
/** Distinct values, sorted. */
function unique(values) {
    return [...new Set(values)].sort(normalize/* cmp */.r);
}

// EXTERNAL MODULE: ./src/domain/holds.ts + 2 modules
var holds = __webpack_require__(1937);
// EXTERNAL MODULE: ./src/domain/json-pointer.ts
var json_pointer = __webpack_require__(2812);
;// CONCATENATED MODULE: ./src/domain/assemble.ts
/**
 * Assembly: source records in, bundle files out (bundle, lineage, holds). Pure and deterministic: the same
 * records give the same bytes and digest whatever their order or the run.
 */









/**
 * Builds the bundle files from source records, in four steps: fold the records into a collection (one
 * reducer per record kind, `assembly-reducers.ts`), build the bundle from it in sorted order, write its
 * lineage, and evaluate the holds.
 */
function assemble(input) {
    const renderer = new normalize/* Renderer */.A(input.policy);
    const sources = new SourceTable();
    const candidateRef = sources.key(input.candidateLineage.sourceId, input.candidateLineage.lineage);
    const collected = collectRecords(input.records, renderer, sources);
    const { window } = collected;
    if (!window)
        throw new AssemblyError('no source states the change window (queue, start, end, change record, environments)');
    // Field pointers are only known after sorting: the refs, in the bundle's shape, keep the record that
    // vouched for each field.
    const built = buildBundle(input, collected, window, candidateRef);
    // In canonical key order once, so that neither the field digests below nor the bundle digest nor the
    // writer sorts a copy of it again.
    const bundle = (0,canonical/* canonicalForm */.bU)(built.bundle).value;
    const table = sources.finish();
    const fields = fieldLineages(bundle, built.refs, table.field);
    const normalizations = normalizationsOf(renderer, bundle);
    // Keys in RFC 8785 order, as the bundle's (see buildBundle). The holds read their evidence from the sources
    // table as the records stated it; the file holds the same table in canonical order (SourceTable.finish).
    const stated = { fields, normalizations, schemaVersion: 1, sources: table.sources };
    const holds = holdsOf(input, collected, bundle, stated, renderer);
    const lineage = { fields, normalizations, schemaVersion: 1, sources: table.written };
    // The bundle and lineage as digested, every object's keys in the order they are written in (files.ts then
    // sorts nothing); the holds as built, whose order the CLI's --json summary prints.
    const { ordered, digest } = (0,canonical/* digestedBundleFiles */.nQ)({ bundle, lineage, holds });
    return { files: { bundle: ordered.bundle, lineage: ordered.lineage, holds }, digest };
}
/** The bundle, every section sorted, and the handle of the record that stated each of its fields. */
function buildBundle(input, collected, window, candidateRef) {
    const components = componentsOf(collected.components);
    const dependencies = sortedDependencies(collected.dependencies);
    const cohorts = sortedSection(collected.cohorts);
    const rollback = rollbackOf(collected.rollbacks);
    const environments = sortedSection(collected.environments);
    const waivers = sortedSection(collected.waivers);
    // Keys in RFC 8785 order (key-order.ts); the collection keeps the records' order, which conflict reasons print.
    cohorts.values = cohorts.values.map(keySorted);
    environments.values = environments.values.map((e) => ({ constraints: keySorted(e.constraints), name: e.name }));
    waivers.values = waivers.values.map(keySorted);
    // Here and below, objects are built with their keys in RFC 8785 order: the canonical form then keeps them
    // instead of copying them (it copies whatever is out of order, so this order is not needed for the bytes).
    const bundle = {
        candidate: candidateOf(input.candidate, collected.signature),
        cohorts: cohorts.values,
        components: components.values,
        dependencies: dependencies.values,
        environments: environments.values,
        product: input.product,
        release: input.release,
        rollback: rollback.values,
        schemaVersion: 1,
        waivers: waivers.values,
        window: keySorted(window.value),
    };
    const refs = {
        candidate: { commit: candidateRef, signature: collected.signature?.ref, tag: candidateRef },
        cohorts: cohorts.refs,
        components: components.refs,
        dependencies: dependencies.refs,
        environments: environments.refs,
        rollback: rollback.refs,
        waivers: waivers.refs,
        window: window.ref,
    };
    return { bundle, refs };
}
/** The candidate: its identity from the input, its signature from the records (unsigned when none states it). */
function candidateOf(candidate, signature) {
    return {
        commit: candidate.commit,
        ...(candidate.repository ? { repository: candidate.repository } : {}),
        signature: signature ? keySorted(signature.value) : { reason: 'no-signature-source', verified: false },
        tag: candidate.tag,
    };
}
/** Components by name, their artifacts by name, their provenance without duplicates (by digest). */
function componentsOf(components) {
    const values = [];
    const refs = [];
    for (const name of sortedKeys(components)) {
        const entry = components.get(name);
        const artifacts = [...entry.artifacts.values()].sort((a, b) => (0,normalize/* cmp */.r)(a.artifact.name, b.artifact.name));
        // Most components have one provenance statement: nothing to sort or drop, so no digest to compute.
        const provenance = entry.provenance.length < 2
            ? entry.provenance
            : entry.provenance
                .map((p) => ({ ...p, key: (0,canonical/* digestOf */.ol)(p.value) }))
                .sort((a, b) => (0,normalize/* cmp */.r)(a.key, b.key))
                .filter((p, k, all) => k === 0 || all[k - 1]?.key !== p.key);
        refs.push({ artifacts: artifacts.map((a) => a.ref), provenance: provenance.map((p) => p.ref) });
        values.push({
            artifacts: artifacts.map((a) => a.artifact),
            name,
            ...(provenance.length > 0 ? { provenance: provenance.map((p) => provenanceOf(p.value)) } : {}),
        });
    }
    return { values, refs };
}
/**
 * A provenance statement as the bundle holds it: its subjects sorted, its keys (and its signer's and anchor's) in RFC 8785
 * order (the adapters build it in the order of the model), so the canonical form copies neither it nor the
 * component and list around it.
 */
function provenanceOf(value) {
    const copy = { ...value, subjects: [...value.subjects].sort(normalize/* cmp */.r) };
    if (copy.signer)
        copy.signer = keySorted(copy.signer);
    if (copy.anchor)
        copy.anchor = keySorted(copy.anchor);
    return keySorted(copy);
}
/**
 * Dependencies by component, name, version and purl (a missing version or purl sorting as ''); statements
 * equal in all four (a missing version and an empty one) in the order they were first stated. Their values
 * and handles are pushed as they come, with no list of statements in between (tens of thousands of them).
 */
function sortedDependencies(dependencies) {
    const values = [];
    const refs = [];
    for (const component of sortedKeys(dependencies)) {
        const byName = dependencies.get(component);
        for (const name of sortedKeys(byName)) {
            const same = byName.get(name);
            if (!Array.isArray(same)) {
                values.push(same.value);
                refs.push(same.ref);
                continue;
            }
            same.sort((a, b) => (0,normalize/* cmp */.r)(a.value.version ?? '', b.value.version ?? '') || (0,normalize/* cmp */.r)(a.value.purl ?? '', b.value.purl ?? ''));
            for (const stated of same) {
                values.push(stated.value);
                refs.push(stated.ref);
            }
        }
    }
    return { values, refs };
}
/** Rollback by component: pointer, hook, and evidence without duplicates, sorted by kind and reference. */
function rollbackOf(rollbacks) {
    const values = [];
    const refs = [];
    for (const name of sortedKeys(rollbacks)) {
        const entry = rollbacks.get(name);
        refs.push({ evidence: entry.evidenceRef, hook: entry.hook?.ref, pointer: entry.pointer?.ref });
        const evidence = (entry.evidence.length < 2
            ? entry.evidence
            : uniqueBy(entry.evidence, (e) => (0,canonical/* digestOf */.ol)(e)).sort((a, b) => (0,normalize/* cmp */.r)(a.kind, b.kind) || (0,normalize/* cmp */.r)(a.ref, b.ref))).map(keySorted);
        values.push({
            component: name,
            evidence,
            ...(entry.hook ? { hook: entry.hook.value } : {}),
            ...(entry.pointer?.value ? { pointer: entry.pointer.value } : {}),
        });
    }
    return { values, refs };
}
/** A section kept whole per key (cohort id, environment name, waiver id), in key order. */
function sortedSection(entries) {
    return statedValues(sortedKeys(entries).map((key) => entries.get(key)));
}
/** The values of statements, and the handles of the records that stated them. */
function statedValues(statements) {
    const values = [];
    const refs = [];
    for (const { value, ref } of statements) {
        values.push(value);
        refs.push(ref);
    }
    return { values, refs };
}
/**
 * The hold register: conflicts and suspicions pointed at the bundle's fields, SBOMs not bound to their
 * component, and every hold rule of the policy.
 */
function holdsOf(input, collected, bundle, lineage, renderer) {
    const conflicts = [...collected.conflicts];
    // Component name -> its first index (names are unique in a bundle): one lookup per SBOM, not a scan.
    const componentIndex = new Map();
    bundle.components.forEach((c, i) => {
        if (!componentIndex.has(c.name))
            componentIndex.set(c.name, i);
    });
    // A throwaway renderer: comparing names must not record renderings of names that are not in the bundle.
    const compare = new normalize/* Renderer */.A(input.policy);
    for (const subject of collected.sbomSubjects) {
        const problem = sbomSubjectProblem(subject, bundle, componentIndex, renderer, compare, (pointer) => {
            const found = (0,holds/* fieldLineage */.Ky)(lineage, pointer);
            return found ? [found] : [];
        });
        if (problem)
            conflicts.push({ target: problem.target, reason: problem.reason, evidence: problem.evidence });
    }
    const resolve = (target) => resolveTarget(bundle, target, renderer);
    return (0,holds/* evaluateHolds */.Y9)({
        bundle,
        lineage,
        policy: input.policy,
        previous: input.previous?.bundle,
        conflicts: conflicts.map(({ target, reason, evidence }) => ({ path: resolve(target), reason, evidence })),
        suspicions: collected.suspicions.map((s) => ({
            rule: s.rule,
            path: s.component === undefined ? s.path : resolve({ component: s.component }),
            reason: s.reason,
            evidence: [recordLineage(s)],
        })),
    });
}
const LABEL = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
/**
 * Names that must be labels (component names, cohort ids, environment labels) but are not, with their
 * pointers. Assembly keeps them as the sources wrote them; writers refuse a bundle with any (it would fail
 * its own schema) and point at the policy's rendering rules.
 */
function unlabelledNames(bundle) {
    const out = [];
    const check = (path, field, value) => {
        if (!LABEL.test(value))
            out.push({ path: (0,json_pointer/* pointerOf */.rq)(path), field, value });
    };
    bundle.components.forEach((c, i) => check(['components', i, 'name'], 'component', c.name));
    bundle.cohorts.forEach((c, i) => {
        check(['cohorts', i, 'id'], 'cohort', c.id);
        c.environments.forEach((e, k) => check(['cohorts', i, 'environments', k], 'environment', e));
    });
    bundle.environments.forEach((e, i) => check(['environments', i, 'name'], 'environment', e.name));
    bundle.window.environments.forEach((e, k) => check(['window', 'environments', k], 'environment', e));
    return out;
}
function resolveTarget(bundle, target, renderer) {
    if (target.component !== undefined) {
        const name = renderer.render('component', target.component);
        const i = bundle.components.findIndex((c) => c.name === name);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['components', i]) : '';
    }
    if (target.cohort !== undefined) {
        const i = bundle.cohorts.findIndex((c) => c.id === target.cohort);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['cohorts', i]) : '';
    }
    if (target.dependencyOf !== undefined) {
        const i = bundle.dependencies.findIndex((d) => d.component === target.dependencyOf);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['dependencies', i]) : '';
    }
    if (target.rollback !== undefined) {
        const i = bundle.rollback.findIndex((r) => r.component === target.rollback);
        return i >= 0 ? (0,json_pointer/* pointerOf */.rq)(['rollback', i, 'pointer']) : '';
    }
    return target.path ?? '';
}
/**
 * Each rendering change, recorded at the pointer where the name it leads to is defined (for a step inside a
 * chain of rules, the chain's final name). Names are indexed once, so this stays linear in the bundle.
 */
function normalizationsOf(renderer, bundle) {
    const steps = renderer.renderings();
    if (steps.length === 0)
        return [];
    const where = new Map();
    const place = (field, name, path) => {
        const key = `${field}\u0000${name}`;
        if (!where.has(key))
            where.set(key, (0,json_pointer/* pointerOf */.rq)(path));
    };
    bundle.components.forEach((c, i) => place('component', c.name, ['components', i, 'name']));
    bundle.rollback.forEach((r, i) => place('component', r.component, ['rollback', i, 'component']));
    bundle.cohorts.forEach((c, i) => place('cohort', c.id, ['cohorts', i, 'id']));
    bundle.environments.forEach((e, i) => place('environment', e.name, ['environments', i, 'name']));
    bundle.window.environments.forEach((e, k) => place('environment', e, ['window', 'environments', k]));
    bundle.cohorts.forEach((c, i) => c.environments.forEach((e, k) => place('environment', e, ['cohorts', i, 'environments', k])));
    // Keys in RFC 8785 order, as the bundle's.
    return steps.map((r) => ({
        original: r.original,
        path: where.get(`${r.field}\u0000${r.final}`) ?? '',
        rendered: r.rendered,
        rule: r.rule,
    }));
}
const subjectText = (s) => `${s.name} ${s.version ?? '(no version)'}${s.purl ? ` (${s.purl})` : ''}`;
/** The name and version a purl states (`pkg:type/namespace/name@version?q#s`), decoded. */
function purlParts(purl) {
    const match = /^pkg:[^/]+\/(?:.*\/)?([^/@?#]+)(?:@([^?#]+))?/.exec(purl);
    if (!match)
        return {};
    const decode = (v) => {
        if (v === undefined)
            return undefined;
        try {
            return decodeURIComponent(v);
        }
        catch {
            return v;
        }
    };
    const name = decode(match[1]);
    const version = decode(match[2]);
    return { ...(name === undefined ? {} : { name }), ...(version === undefined ? {} : { version }) };
}
/**
 * Whether an SBOM is bound to the component it was attached to: the component is in the bundle, and one of
 * the SBOM's subjects names it (its name, its last `/` segment or its purl's name, rendered by the policy's
 * component rules) with a version one of the component's artifacts has. Otherwise the hold's reason names
 * both sides: what the SBOM describes, and the component with its artifact versions.
 */
function sbomSubjectProblem(record, bundle, componentIndex, renderer, compare, evidenceAt) {
    const name = renderer.render('component', record.component);
    const index = componentIndex.get(name) ?? -1;
    const component = bundle.components[index];
    // The words and the evidence are only needed for a problem: most SBOMs are bound (built lazily).
    const stated = () => record.subjects.length === 0
        ? `names no subject in ${record.statedBy}`
        : `describes ${record.subjects.map(subjectText).join(', ')} (${record.statedBy})`;
    const source = `SBOM '${record.sourceId}'`;
    if (!component) {
        const known = bundle.components.map((c) => c.name).join(', ') || 'none';
        return {
            target: { dependencyOf: name },
            reason: `${source} is attached to component ${name}, which is not a component of this bundle (components: ${known}); it ${stated()}`,
            evidence: [recordLineage(record)],
        };
    }
    const versions = [...new Set(component.artifacts.map((a) => a.version))].sort(normalize/* cmp */.r);
    const wanted = () => `component ${name} (artifact version${versions.length === 1 ? '' : 's'} ${versions.join(', ') || 'none'})`;
    // The SBOM's statement, then where the component's artifact versions came from.
    const evidence = () => [
        recordLineage(record),
        ...component.artifacts.flatMap((_, j) => evidenceAt((0,json_pointer/* pointerOf */.rq)(['components', index, 'artifacts', j, 'version']))),
    ];
    if (record.subjects.length === 0)
        return {
            target: { component: record.component },
            reason: `${source} ${stated()}, so nothing binds it to ${wanted()}`,
            evidence: evidence(),
        };
    const names = (s) => {
        const candidates = [s.name, s.name.slice(s.name.lastIndexOf('/') + 1)];
        const fromPurl = s.purl ? purlParts(s.purl).name : undefined;
        if (fromPurl)
            candidates.push(fromPurl);
        return candidates.flatMap((n) => [n, compare.render('component', n)]);
    };
    const bound = record.subjects.some((s) => {
        const version = s.version ?? (s.purl ? purlParts(s.purl).version : undefined);
        return (names(s).some((n) => n === name || n === record.component) && version !== undefined && versions.includes(version));
    });
    if (bound)
        return undefined;
    return {
        target: { component: record.component },
        reason: `${source} ${stated()}, but it is attached to ${wanted()}`,
        evidence: evidence(),
    };
}
/**
 * A map's keys in code-unit order. The default sort compares strings by UTF-16 code units, as cmp does, and
 * keys are distinct (no tie, so stability plays no part): the native sort with no comparator to call, and no
 * [key, value] pair per entry (tens of thousands of dependency names).
 */
function sortedKeys(map) {
    return [...map.keys()].sort();
}
function uniqueBy(values, key) {
    const seen = new Set();
    return values.filter((v) => {
        const k = key(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

// EXTERNAL MODULE: ./src/domain/names.ts
var domain_names = __webpack_require__(8800);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/sources/credentials.ts
var credentials = __webpack_require__(6876);
// EXTERNAL MODULE: ./src/sources/document.ts
var sources_document = __webpack_require__(8457);
// EXTERNAL MODULE: ./src/sources/options.ts
var sources_options = __webpack_require__(3120);
;// CONCATENATED MODULE: ./src/sources/sbom.ts
/**
 * A dependency record, stated at `fragment` of the SBOM whose lineage is `lineage`; empty optional values are
 * left out. Its keys are in RFC 8785 order (component, licenses, name, purl, version), so the bundle's canonical
 * form keeps each dependency as it is instead of copying it.
 */
function dependencyRecord(sourceId, lineage, fragment, component, found) {
    const dependency = found.licenses.length === 0
        ? { component, name: found.name }
        : { component, licenses: distinct(found.licenses), name: found.name };
    if (found.purl !== undefined)
        dependency.purl = found.purl;
    // Version is optional in CycloneDX 1.5+ and SPDX: left out when not stated (or stated empty), never guessed.
    if (found.version !== undefined && found.version !== '')
        dependency.version = found.version;
    return { type: 'dependency', sourceId, lineage, fragment, dependency };
}
/** The record of what an SBOM says it describes; empty optional values are left out. */
function subjectRecord(sourceId, lineage, fragment, component, statedBy, found) {
    const subjects = found.map((s) => ({
        name: s.name,
        ...(s.version ? { version: s.version } : {}),
        ...(s.purl ? { purl: s.purl } : {}),
    }));
    return { type: 'sbom-subject', sourceId, lineage, fragment, component, statedBy, subjects };
}
/** The values without repeats, first occurrence first; a single value needs no set. */
function distinct(values) {
    return values.length === 1 ? [values[0]] : [...new Set(values)];
}

// EXTERNAL MODULE: ./src/sources/shape.ts
var shape = __webpack_require__(9131);
;// CONCATENATED MODULE: ./src/sources/cyclonedx.ts




/** CycloneDX versions whose JSON component shape this adapter reads. */
const CYCLONEDX_SPEC_VERSIONS = ['1.4', '1.5', '1.6'];
const EXPECTED = `a CycloneDX ${CYCLONEDX_SPEC_VERSIONS.join('/')} JSON BOM`;
/** Reads a CycloneDX SBOM from the workspace. */
const cyclonedxAdapter = {
    kind: 'cyclonedx',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'cyclonedx');
        const loaded = await (0,sources_document/* loadDocument */.A)(context, options.path);
        const view = loaded.view;
        const bom = (0,shape/* expectObject */.Xk)(view, loaded.value, '', EXPECTED);
        if (bom.bomFormat !== 'CycloneDX') {
            throw view.error('/bomFormat', `bomFormat is ${JSON.stringify(bom.bomFormat)}, not "CycloneDX"`, EXPECTED);
        }
        if (typeof bom.specVersion !== 'string' || !CYCLONEDX_SPEC_VERSIONS.includes(bom.specVersion)) {
            throw view.error('/specVersion', `unsupported CycloneDX specVersion ${JSON.stringify(bom.specVersion)}`, EXPECTED);
        }
        const records = [];
        // The components of `parent` (the BOM or a component at `pointer`), nested ones after their parent.
        const walk = (parent, pointer) => {
            const list = (0,shape/* optionalArrayField */.O3)(view, parent, pointer, 'components');
            const at0 = `${pointer}/components`;
            for (let index = 0; index < list.length; index++) {
                const at = `${at0}/${index}`;
                const component = (0,shape/* expectObject */.Xk)(view, list[index], at, 'a CycloneDX component object');
                const name = (0,shape/* expectStringField */.$I)(view, component, at, 'name');
                const group = (0,shape/* optionalStringField */.kn)(view, component, at, 'group');
                records.push(dependencyRecord(options.id, loaded.lineage, at, options.component, {
                    name: group ? `${group}/${name}` : name,
                    version: (0,shape/* optionalStringField */.kn)(view, component, at, 'version'),
                    purl: (0,shape/* optionalStringField */.kn)(view, component, at, 'purl'),
                    licenses: licensesOf(view, component, at),
                }));
                walk(component, at);
            }
        };
        walk(bom, '');
        records.push(subjectOf(view, bom.metadata, options, loaded.lineage));
        return records;
    },
};
/** `metadata.component` (name, with its group as `group/name`; version; purl): what the BOM describes. */
function subjectOf(view, metadata, options, lineage) {
    const statedBy = 'CycloneDX metadata.component';
    const meta = metadata === undefined ? {} : (0,shape/* expectObject */.Xk)(view, metadata, '/metadata', 'a CycloneDX metadata object');
    if (meta.component === undefined)
        return subjectRecord(options.id, lineage, '/metadata', options.component, statedBy, []);
    const at = '/metadata/component';
    const component = (0,shape/* expectObject */.Xk)(view, meta.component, at, 'a CycloneDX component object');
    const name = (0,shape/* expectString */.lK)(view, component.name, (0,shape/* child */.jf)(at, 'name'));
    const group = (0,shape/* optionalString */.sx)(view, component.group, (0,shape/* child */.jf)(at, 'group'));
    return subjectRecord(options.id, lineage, at, options.component, statedBy, [
        {
            name: group ? `${group}/${name}` : name,
            version: (0,shape/* optionalString */.sx)(view, component.version, (0,shape/* child */.jf)(at, 'version')),
            purl: (0,shape/* optionalString */.sx)(view, component.purl, (0,shape/* child */.jf)(at, 'purl')),
        },
    ]);
}
/** The component's `licenses: [{license: {id} | {name}} | {expression}]` -> ids, names and expressions. */
function licensesOf(view, component, pointer) {
    const list = (0,shape/* optionalArrayField */.O3)(view, component, pointer, 'licenses');
    const found = [];
    for (let index = 0; index < list.length; index++) {
        const at = `${pointer}/licenses/${index}`;
        const choice = (0,shape/* expectObject */.Xk)(view, list[index], at, 'a CycloneDX license choice');
        const expression = (0,shape/* optionalStringField */.kn)(view, choice, at, 'expression');
        if (expression) {
            found.push(expression);
            continue;
        }
        if (choice.license === undefined)
            continue;
        const license = (0,shape/* expectObject */.Xk)(view, choice.license, (0,shape/* child */.jf)(at, 'license'), 'a CycloneDX license');
        const id = (0,shape/* optionalStringField */.kn)(view, license, `${at}/license`, 'id');
        const name = (0,shape/* optionalStringField */.kn)(view, license, `${at}/license`, 'name');
        const either = id ?? name;
        if (either)
            found.push(either);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sources/flagd.ts



const flagd_EXPECTED = 'flagd flag definitions ({"flags": {...}}, https://flagd.dev/schema/v0/flags.json)';
const SEGMENT_MAX = 512;
const MAX_DEPTH = 32;
/** Reads a flagd flag file from the workspace. */
const flagdAdapter = {
    kind: 'flagd',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'flagd');
        const flag = findFlag(await (0,sources_document/* loadDocument */.A)(context, options.path), options.flag);
        const defaultVariant = defaultVariantOf(flag);
        const walker = new TargetingWalker(flag.view, flag.evaluators, flag.variants, defaultVariant);
        const found = variantsFound(flag, walker, defaultVariant);
        const override = segmentOverride(flag, walker, options.segmentFrom);
        return [
            ...cohortRecords(found, override, options, flag.loaded.lineage),
            ...holdRecords(walker.unreadable, options, flag.loaded.lineage),
        ];
    },
};
/** The flag named `key` of a loaded flagd file; refuses a file without it, or a flag not ENABLED. */
function findFlag(loaded, key) {
    const view = loaded.view;
    const root = (0,shape/* expectObject */.Xk)(view, loaded.value, '', flagd_EXPECTED);
    const flags = (0,shape/* expectObject */.Xk)(view, root.flags, '/flags', `${flagd_EXPECTED} with a "flags" object`);
    const evaluators = root.$evaluators === undefined ? {} : (0,shape/* expectObject */.Xk)(view, root.$evaluators, '/$evaluators');
    const at = (0,shape/* child */.jf)('/flags', key);
    const flag = flags[key];
    if (!Object.hasOwn(flags, key) || flag === undefined) {
        const known = Object.keys(flags).slice(0, 20).join(', ');
        throw view.error(at, `flag '${key}' is not defined (flags: ${known})`, `a flag named '${key}'`);
    }
    const definition = (0,shape/* expectObject */.Xk)(view, flag, at, 'a flagd flag definition');
    if (definition.state !== 'ENABLED') {
        throw view.error((0,shape/* child */.jf)(at, 'state'), `flag '${key}' is ${JSON.stringify(definition.state)}, so it rolls out nothing`, 'state "ENABLED"');
    }
    const variants = (0,shape/* expectObject */.Xk)(view, definition.variants, (0,shape/* child */.jf)(at, 'variants'), 'an object of variants');
    const noTargeting = definition.targeting === undefined ||
        definition.targeting === null ||
        ((0,shape/* isObject */.Gv)(definition.targeting) && Object.keys(definition.targeting).length === 0);
    return { loaded, view, key, at, definition, variants, evaluators, noTargeting };
}
/**
 * The flag's default variant, which must be one of its variants. A null defaultVariant (flagd-schemas allows
 * it) defers to the application's code default: no variant here (undefined), unless there is no targeting.
 */
function defaultVariantOf(flag) {
    const { view, definition, variants, at } = flag;
    if (!flag.noTargeting && definition.defaultVariant === null)
        return undefined;
    const defaultVariant = (0,shape/* expectString */.lK)(view, definition.defaultVariant, (0,shape/* child */.jf)(at, 'defaultVariant'));
    if (!Object.hasOwn(variants, defaultVariant)) {
        throw view.error((0,shape/* child */.jf)(at, 'defaultVariant'), `flag '${flag.key}' has no variant '${defaultVariant}'`, `one of ${Object.keys(variants).join(', ')}`);
    }
    return defaultVariant;
}
/** The variants the flag's targeting yields (the default variant for 100% without one); refuses none at all. */
function variantsFound(flag, walker, defaultVariant) {
    const found = flag.noTargeting && defaultVariant !== undefined
        ? [{ variant: defaultVariant, pointer: (0,shape/* child */.jf)(flag.at, 'defaultVariant'), conditions: [], share: 100 }]
        : walker.walk(flag.definition.targeting, (0,shape/* child */.jf)(flag.at, 'targeting'), [], 0);
    if (found.length === 0 && walker.unreadable.length === 0) {
        throw flag.view.error((0,shape/* child */.jf)(flag.at, 'targeting'), `flag '${flag.key}' targeting selects no variant`, 'a targeting rule with variants');
    }
    return found;
}
/** The rendered rule of the `$evaluators` entry `segmentFrom` names, the segment of every cohort; refuses an unknown one. */
function segmentOverride(flag, walker, segmentFrom) {
    if (segmentFrom === undefined)
        return undefined;
    const rule = flag.evaluators[segmentFrom];
    if (rule === undefined || !Object.hasOwn(flag.evaluators, segmentFrom)) {
        throw flag.view.error('/$evaluators', `segmentFrom names evaluator '${segmentFrom}', which is not defined`, 'a defined $evaluators entry');
    }
    return walker.render(rule, 0, (0,shape/* child */.jf)('/$evaluators', segmentFrom));
}
/** A cohort record per variant found, in walk order; ids `<flag>-<variant>`, `-2`, `-3`… on repeats. */
function cohortRecords(found, override, options, lineage) {
    const used = new Map();
    return found.map((hit) => {
        const base = `${options.flag}-${hit.variant}`;
        const count = (used.get(base) ?? 0) + 1;
        used.set(base, count);
        const segment = override ?? (hit.conditions.length > 0 ? hit.conditions.join(' and ') : undefined);
        const cohort = {
            id: count === 1 ? base : `${base}-${count}`,
            environments: [...options.environments],
            ...(hit.share === undefined ? {} : { share: hit.share }),
            ...(segment === undefined ? {} : { segment: clip(segment) }),
            flags: [{ key: options.flag, variant: hit.variant }],
        };
        return { type: 'cohort', sourceId: options.id, lineage, fragment: hit.pointer, cohort };
    });
}
/** A `suspicious-source` hold per unreadable construct; a $ref evaluator rendered at several places reports once. */
function holdRecords(found, options, lineage) {
    const unique = new Map(found.map((u) => [`${u.pointer} ${u.reason}`, u]));
    return [...unique.values()].map((u) => ({
        type: 'suspicion',
        sourceId: options.id,
        lineage,
        fragment: u.pointer,
        path: '',
        rule: 'suspicious-source',
        reason: `flagd flag '${options.flag}' at ${u.pointer}: ${u.reason}`,
    }));
}
/** Walks a json-logic targeting rule for the variants it can yield, and renders conditions as text. */
class TargetingWalker {
    view;
    evaluators;
    variants;
    defaultVariant;
    /** Constructs whose rollout cannot be read, each to become a hold. */
    unreadable = [];
    constructor(view, evaluators, variants, defaultVariant) {
        this.view = view;
        this.evaluators = evaluators;
        this.variants = variants;
        this.defaultVariant = defaultVariant;
    }
    walk(node, pointer, conditions, depth) {
        if (depth > MAX_DEPTH)
            throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
        if (node === null) {
            // flagd answers the default variant for a null result; a null default defers to the application's code.
            return this.defaultVariant === undefined ? [] : [{ variant: this.defaultVariant, pointer, conditions }];
        }
        if (typeof node === 'string') {
            if (Object.hasOwn(this.variants, node))
                return [{ variant: node, pointer, conditions }];
            // flagd answers an error for this branch and the application falls back to its code default.
            this.unreadable.push({
                pointer,
                reason: `targeting yields '${node}', which is no variant of the flag (variants: ${Object.keys(this.variants).join(', ')}); flagd answers an error there`,
            });
            return [];
        }
        const rule = (0,shape/* expectObject */.Xk)(this.view, node, pointer, 'a targeting rule, a variant name or null');
        const ref = this.reference(rule, pointer);
        if (ref)
            return this.walk(ref.rule, pointer, conditions, depth + 1);
        if (Object.hasOwn(rule, 'fractional'))
            return this.fractional(rule.fractional, (0,shape/* child */.jf)(pointer, 'fractional'), conditions, depth + 1);
        if (Object.hasOwn(rule, 'if')) {
            const at = (0,shape/* child */.jf)(pointer, 'if');
            const args = (0,shape/* expectArray */.J6)(this.view, rule.if, at, 'an "if" argument list');
            const found = [];
            const negated = [];
            // json-logic `if`: [c1, v1, c2, v2, …, else]
            for (let i = 0; i + 1 < args.length; i += 2) {
                const condition = this.render(args[i], depth + 1, (0,shape/* child */.jf)(at, i));
                found.push(...this.walk(args[i + 1], (0,shape/* child */.jf)(at, i + 1), [...conditions, ...negated, condition], depth + 1));
                negated.push(`not (${condition})`);
            }
            if (args.length % 2 === 1)
                found.push(...this.walk(args[args.length - 1], (0,shape/* child */.jf)(at, args.length - 1), [...conditions, ...negated], depth + 1));
            return found;
        }
        // Any other JSON Logic operator (`cat`, `var`, `substr`, a bare `starts_with`…) computes the variant name
        // per request: which variants it yields, and to whom, cannot be read from the file.
        const operator = Object.keys(rule)[0] ?? '';
        this.unreadable.push({
            pointer,
            reason: `targeting computes the variant with '${operator}' (${clip(this.render(rule, depth + 1, pointer))}), so its cohorts cannot be read from the file`,
        });
        return [];
    }
    fractional(value, pointer, conditions, depth) {
        const args = (0,shape/* expectArray */.J6)(this.view, value, pointer, 'a "fractional" argument list');
        // The first argument is the bucketing expression unless it is already a bucket (shorthand form).
        const first = Array.isArray(args[0]) ? 0 : 1;
        let computed = false;
        const buckets = args.slice(first).map((item, i) => {
            const at = (0,shape/* child */.jf)(pointer, first + i);
            const bucket = (0,shape/* expectArray */.J6)(this.view, item, at, 'a fractional bucket [variant, weight]');
            const weight = bucket.length > 1 ? bucket[1] : 1;
            if ((0,shape/* isObject */.Gv)(weight)) {
                // flagd-schemas: a weight may be JSON Logic (time-based progressive rollouts), evaluated per request.
                computed = true;
                this.unreadable.push({
                    pointer: (0,shape/* child */.jf)(at, 1),
                    reason: `fractional weight is computed per request (${clip(this.render(weight, depth + 1, (0,shape/* child */.jf)(at, 1)))}), so the shares of this split cannot be known before it runs`,
                });
                return { variant: bucket[0], weight: 0, at };
            }
            if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
                throw this.view.error((0,shape/* child */.jf)(at, 1), 'fractional weight is not a non-negative number', 'a non-negative number');
            }
            return { variant: bucket[0], weight, at };
        });
        const total = buckets.reduce((sum, b) => sum + b.weight, 0);
        if (buckets.length === 0 || (total <= 0 && !computed)) {
            throw this.view.error(pointer, 'fractional rule has no weighted buckets', 'at least one bucket with a positive weight');
        }
        return buckets.flatMap((b) => {
            // A computed weight leaves every share of the split unknown: cohorts without a share, and the hold above.
            const share = computed ? undefined : (b.weight / total) * 100;
            // The bucket's variant is itself JSON Logic (a string names a variant directly): walk it, share multiplied in.
            // A named variant keeps the bucket as its lineage pointer.
            const hits = typeof b.variant === 'string'
                ? this.walk(b.variant, b.at, conditions, depth + 1)
                : this.walk(b.variant, (0,shape/* child */.jf)(b.at, 0), conditions, depth + 1);
            return hits.map((hit) => {
                const combined = share === undefined ? undefined : hit.share === undefined ? share : (share * hit.share) / 100;
                const { share: _inner, ...rest } = hit;
                return combined === undefined ? rest : { ...rest, share: Math.round(combined * 10_000) / 10_000 };
            });
        });
    }
    reference(rule, pointer) {
        if (!Object.hasOwn(rule, '$ref'))
            return undefined;
        const name = (0,shape/* expectString */.lK)(this.view, rule.$ref, (0,shape/* child */.jf)(pointer, '$ref'), 'the name of an $evaluators entry');
        if (!Object.hasOwn(this.evaluators, name)) {
            throw this.view.error((0,shape/* child */.jf)(pointer, '$ref'), `$ref names evaluator '${name}', which is not defined`, 'a defined $evaluators entry');
        }
        return { rule: this.evaluators[name] };
    }
    /** A json-logic condition as readable text: `"@faas.com" in email`, `id ends_with "xyz"`. */
    render(node, depth, pointer) {
        if (depth > MAX_DEPTH)
            throw this.view.error(pointer, 'targeting nests too deeply', `at most ${MAX_DEPTH} levels`);
        if (Array.isArray(node))
            return `[${node.map((n, i) => this.render(n, depth + 1, (0,shape/* child */.jf)(pointer, i))).join(', ')}]`;
        if (!(0,shape/* isObject */.Gv)(node))
            return JSON.stringify(node) ?? 'null';
        const ref = this.reference(node, pointer);
        if (ref)
            return this.render(ref.rule, depth + 1, pointer);
        const [operator, raw] = Object.entries(node)[0] ?? ['', undefined];
        const args = Array.isArray(raw) ? raw : [raw];
        const at = (i) => (Array.isArray(raw) ? (0,shape/* child */.jf)(pointer, operator, i) : (0,shape/* child */.jf)(pointer, operator));
        const text = (i) => this.render(args[i], depth + 1, at(i));
        if (operator === 'var')
            return typeof args[0] === 'string' ? args[0] : text(0);
        if (operator === 'fractional') {
            // fractional yields a variant name, not a truth value: as a condition it is true for every non-empty name.
            this.unreadable.push({
                pointer,
                reason: "'fractional' is used as a condition; it yields a variant name, not a truth value, so who the branch it guards reaches cannot be read",
            });
        }
        if (operator === '!')
            return `not (${text(0)})`;
        if (operator === 'and' || operator === 'or')
            return args.map((_, i) => `(${text(i)})`).join(` ${operator} `);
        if (args.length === 2 && INFIX.has(operator))
            return `${text(0)} ${operator} ${text(1)}`;
        if (operator === 'sem_ver' && args.length === 3)
            return `${text(0)} sem_ver ${String(args[1])} ${text(2)}`;
        return `${operator}(${args.map((_, i) => text(i)).join(', ')})`;
    }
}
const INFIX = new Set(['in', '==', '===', '!=', '!==', '<', '<=', '>', '>=', 'starts_with', 'ends_with']);
function clip(text) {
    return text.length <= SEGMENT_MAX ? text : `${text.slice(0, SEGMENT_MAX - 1)}…`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/domain/repository.ts
var repository = __webpack_require__(7110);
// EXTERNAL MODULE: ./src/schema/parse.ts
var parse = __webpack_require__(6416);
;// CONCATENATED MODULE: ./src/sources/attestation.ts
/**
 * in-toto attestations, as they arrive: a bare Statement (v0.1, v1), a DSSE envelope, a Sigstore bundle
 * (media types v0.1, v0.2, v0.3), an npm/GitHub `{"attestations": [...]}` wrapper, or `.intoto.jsonl` lines.
 * Unwraps them to SLSA provenance (v0.2, v1) and extracts builder, source repository, ref, commit and subject
 * digests (sha256, sha384, sha512). Shared by the `provenance` and `github-attestations` kinds.
 *
 * Signatures, two ways. (1) Keyed: the DSSE signature is checked over its PAE with node:crypto against the keys
 * the user trusts (`trustedKeys`: PEM public keys or certificates). (2) Keyless: when the source gives a
 * `trustedRoot`, a Sigstore bundle is verified by sigstore.ts with @sigstore/verify (certificate chain to a Fulcio
 * CA of that root at the signing time, SCT, Rekor SET/inclusion proof and entry body, DSSE signature) and its
 * signer matched against the source's identity policy. `signatureVerified` is set only by a trusted key or by a
 * keyless verification whose signer matches the policy. Otherwise the signature is checked, for information
 * only, against the certificate embedded in a bundle, and the text says that chain and tlog were not checked.
 */




/** in-toto Statement types read. */
const STATEMENT_TYPES = [
    'https://in-toto.io/Statement/v0.1',
    'https://in-toto.io/Statement/v1',
    'https://in-toto.io/Statement/v1?draft',
];
/** SLSA provenance predicate types read. */
const PROVENANCE_TYPES = [
    'https://slsa.dev/provenance/v0.2',
    'https://slsa.dev/provenance/v1',
    'https://slsa.dev/provenance/v1.0',
    'https://slsa.dev/provenance/v1?draft',
];
/** Sigstore bundle media types read. */
const BUNDLE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    'application/vnd.dev.sigstore.bundle.v0.3+json',
];
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
/** What the accepted forms are, for error messages. */
const ATTESTATION_FORMS = 'an in-toto Statement (v0.1/v1) with SLSA provenance (v0.2/v1): bare, in a DSSE envelope, in a Sigstore bundle (v0.1-v0.3), in {"attestations": [...]}, or one DSSE envelope per .intoto.jsonl line';
/** Every in-toto statement in a parsed document (any accepted form). Throws an InputError on unknown forms. */
function findStatements(view, value, pointer = '') {
    const node = (0,shape/* expectObject */.Xk)(view, value, pointer, ATTESTATION_FORMS);
    if (Array.isArray(node.attestations)) {
        return node.attestations.flatMap((item, index) => {
            const at = (0,shape/* child */.jf)(pointer, 'attestations', index);
            const entry = (0,shape/* expectObject */.Xk)(view, item, at, 'an attestation entry');
            return findStatements(view, entry.bundle ?? entry, entry.bundle === undefined ? at : (0,shape/* child */.jf)(at, 'bundle'));
        });
    }
    if (typeof node.mediaType === 'string')
        return [fromBundle(view, node, pointer)];
    if (node.payloadType !== undefined || node.payload !== undefined) {
        const envelope = readEnvelope(view, node, pointer);
        return [{ pointer, statementPointer: pointer, envelope, statement: statementOf(view, envelope, pointer) }];
    }
    if (node._type !== undefined)
        return [{ pointer, statementPointer: pointer, statement: checkStatement(view, node, pointer) }];
    throw view.error(pointer, 'not an attestation: no _type, payloadType, mediaType or attestations', ATTESTATION_FORMS);
}
/** Every statement of an `.intoto.jsonl` text: one JSON document (usually a DSSE envelope) per line. */
function findStatementsInLines(text, file, makeView) {
    const found = [];
    text.split('\n').forEach((line, index) => {
        if (line.trim() === '')
            return;
        const view = makeView(line);
        const value = (0,parse/* parseDocument */.Tp)(line, `${file}:${index + 1}`, 'json');
        found.push(...findStatements(view, value, `/${index}`));
    });
    return found;
}
function fromBundle(view, bundle, pointer) {
    const mediaType = (0,shape/* expectString */.lK)(view, bundle.mediaType, (0,shape/* child */.jf)(pointer, 'mediaType'));
    if (!BUNDLE_MEDIA_TYPES.includes(mediaType)) {
        throw view.error((0,shape/* child */.jf)(pointer, 'mediaType'), `unsupported Sigstore bundle media type ${JSON.stringify(mediaType)}`, BUNDLE_MEDIA_TYPES.join(', '));
    }
    if (bundle.dsseEnvelope === undefined) {
        throw view.error(pointer, 'Sigstore bundle holds no DSSE envelope (a message signature is not an attestation)', 'a bundle with dsseEnvelope');
    }
    const envelopeAt = (0,shape/* child */.jf)(pointer, 'dsseEnvelope');
    const envelope = readEnvelope(view, (0,shape/* expectObject */.Xk)(view, bundle.dsseEnvelope, envelopeAt), envelopeAt);
    const material = (0,shape/* isObject */.Gv)(bundle.verificationMaterial) ? bundle.verificationMaterial : {};
    const certificate = certificateOf(view, material, (0,shape/* child */.jf)(pointer, 'verificationMaterial'));
    const entry = Array.isArray(material.tlogEntries) && (0,shape/* isObject */.Gv)(material.tlogEntries[0]) ? material.tlogEntries[0] : undefined;
    const integratedTime = entry && typeof entry.integratedTime === 'string' && /^\d{1,12}$/.test(entry.integratedTime)
        ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    const logIndex = entry && typeof entry.logIndex === 'string' ? entry.logIndex : undefined;
    return {
        pointer,
        statementPointer: envelopeAt,
        envelope,
        statement: statementOf(view, envelope, envelopeAt),
        bundle,
        ...(certificate ? { certificate } : {}),
        ...(integratedTime ? { integratedTime } : {}),
        ...(logIndex ? { logIndex } : {}),
    };
}
function certificateOf(view, material, pointer) {
    let raw;
    let at = pointer;
    if ((0,shape/* isObject */.Gv)(material.certificate)) {
        raw = material.certificate.rawBytes;
        at = (0,shape/* child */.jf)(pointer, 'certificate', 'rawBytes');
    }
    else if ((0,shape/* isObject */.Gv)(material.x509CertificateChain) && Array.isArray(material.x509CertificateChain.certificates)) {
        const first = material.x509CertificateChain.certificates[0];
        raw = (0,shape/* isObject */.Gv)(first) ? first.rawBytes : undefined;
        at = (0,shape/* child */.jf)(pointer, 'x509CertificateChain', 'certificates', 0, 'rawBytes');
    }
    if (raw === undefined)
        return undefined;
    try {
        return new external_node_crypto_.X509Certificate(base64(view, raw, at));
    }
    catch (cause) {
        if (cause instanceof Error && cause.name === 'InputError')
            throw cause;
        throw view.error(at, 'embedded certificate is not a DER X.509 certificate', 'a base64 DER certificate');
    }
}
function readEnvelope(view, node, pointer) {
    const payloadType = (0,shape/* expectString */.lK)(view, node.payloadType, (0,shape/* child */.jf)(pointer, 'payloadType'));
    if (payloadType !== IN_TOTO_PAYLOAD) {
        throw view.error((0,shape/* child */.jf)(pointer, 'payloadType'), `DSSE payloadType is ${JSON.stringify(payloadType)}`, IN_TOTO_PAYLOAD);
    }
    const payload = base64(view, node.payload, (0,shape/* child */.jf)(pointer, 'payload'));
    const signatures = (0,shape/* expectArray */.J6)(view, node.signatures ?? [], (0,shape/* child */.jf)(pointer, 'signatures')).map((item, i) => {
        const at = (0,shape/* child */.jf)(pointer, 'signatures', i);
        return base64(view, (0,shape/* expectObject */.Xk)(view, item, at, 'a DSSE signature').sig, (0,shape/* child */.jf)(at, 'sig'));
    });
    return { payloadType, payload, signatures };
}
function statementOf(view, envelope, pointer) {
    let value;
    try {
        value = (0,parse/* parseDocument */.Tp)((0,parse/* decodeUtf8 */._6)(envelope.payload, view.file), view.file, 'json');
    }
    catch {
        throw view.error((0,shape/* child */.jf)(pointer, 'payload'), 'DSSE payload is not JSON', 'a base64 in-toto Statement');
    }
    return checkStatement(view, value, (0,shape/* child */.jf)(pointer, 'payload'));
}
function checkStatement(view, value, pointer) {
    const statement = (0,shape/* expectObject */.Xk)(view, value, pointer, 'an in-toto Statement');
    if (typeof statement._type !== 'string' || !STATEMENT_TYPES.includes(statement._type)) {
        throw view.error((0,shape/* child */.jf)(pointer, '_type'), `unsupported in-toto Statement type ${JSON.stringify(statement._type)}`, STATEMENT_TYPES.join(', '));
    }
    return statement;
}
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function base64(view, value, pointer) {
    const text = (0,shape/* expectString */.lK)(view, value, pointer, 'base64 text');
    if (!BASE64.test(text))
        throw view.error(pointer, 'not base64', 'base64 text');
    return new Uint8Array(Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64'));
}
/** True when the statement carries SLSA provenance (not, say, an npm publish attestation). */
function isProvenance(found) {
    return typeof found.statement.predicateType === 'string' && PROVENANCE_TYPES.includes(found.statement.predicateType);
}
/**
 * Subject digest algorithms accepted, with their hex lengths. The in-toto DigestSet lists more (sha224, sha3_*,
 * sha1, md5...); its own rule is that consumers accept only algorithms they consider secure and ignore the rest,
 * and that two digest sets match when ANY accepted algorithm matches. sha1 and md5 are collision-broken, so a
 * subject named only by them matches nothing here. npm provenance names its tarball by sha512 only.
 */
const SUBJECT_ALGORITHMS = { sha256: 64, sha384: 96, sha512: 128 };
/** `<algorithm>:<hex>` for every accepted algorithm of a subject's digest set; a malformed accepted one throws. */
function subjectDigests(view, digests, pointer) {
    return Object.entries(SUBJECT_ALGORITHMS).flatMap(([algorithm, length]) => {
        const value = digests[algorithm];
        if (value === undefined)
            return [];
        const hex = (0,shape/* expectString */.lK)(view, value, (0,shape/* child */.jf)(pointer, algorithm), `a ${algorithm} hex digest`).toLowerCase();
        if (hex.length !== length || !/^[0-9a-f]+$/.test(hex)) {
            throw view.error((0,shape/* child */.jf)(pointer, algorithm), `subject ${algorithm} is not ${length} hex digits`, `a ${algorithm} hex digest`);
        }
        return [`${algorithm}:${hex}`];
    });
}
/** The algorithm of a `<algorithm>:<hex>` digest (`sha512` of `sha512:8d9d…`). */
function digestAlgorithm(digest) {
    return digest.slice(0, Math.max(0, digest.indexOf(':')));
}
/**
 * The Provenance of a statement: builder, source, subjects (`sha256:`, `sha384:` or `sha512:` digests, every
 * accepted algorithm a subject states), and the signature status against the trusted keys.
 */
function extractProvenance(view, found, trusted, sigstore) {
    const at = found.statementPointer;
    const statement = found.statement;
    const predicate = (0,shape/* expectObject */.Xk)(view, statement.predicate, (0,shape/* child */.jf)(at, 'predicate'), 'a SLSA provenance predicate');
    const subjects = (0,shape/* expectArray */.J6)(view, statement.subject, (0,shape/* child */.jf)(at, 'subject'), 'an array of subjects').flatMap((item, i) => {
        const subject = (0,shape/* expectObject */.Xk)(view, item, (0,shape/* child */.jf)(at, 'subject', i), 'an in-toto subject');
        const digests = (0,shape/* expectObject */.Xk)(view, subject.digest, (0,shape/* child */.jf)(at, 'subject', i, 'digest'), 'a digest set');
        return subjectDigests(view, digests, (0,shape/* child */.jf)(at, 'subject', i, 'digest'));
    });
    const source = statement.predicateType === 'https://slsa.dev/provenance/v0.2' ? sourceV02(predicate) : sourceV1(predicate);
    const builderAt = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? (0,shape/* child */.jf)(at, 'predicate', 'builder', 'id')
        : (0,shape/* child */.jf)(at, 'predicate', 'runDetails', 'builder', 'id');
    const builderNode = statement.predicateType === 'https://slsa.dev/provenance/v0.2'
        ? predicate.builder
        : (0,shape/* isObject */.Gv)(predicate.runDetails)
            ? predicate.runDetails.builder
            : undefined;
    // A predicate without a builder id (an unfinished SLSA v1 predicate has no runDetails) is kept, with builder ''
    // and `missingBuilder`, so the caller raises a suspicion rather than failing on a real document.
    const builderId = (0,shape/* isObject */.Gv)(builderNode) ? builderNode.id : undefined;
    const builder = builderId === undefined ? '' : (0,shape/* expectString */.lK)(view, builderId, builderAt, 'a builder id');
    const signature = checkSignature(found, trusted, sigstore);
    const signer = signature.signer;
    const sourceConflict = signer ? signerConflict(source, signer) : undefined;
    return {
        found,
        signatureInvalid: signature.invalid,
        ...(signature.mismatches ? { identityMismatches: signature.mismatches } : {}),
        ...(sourceConflict ? { sourceConflict } : {}),
        missingBuilder: builder === '',
        provenance: {
            builder,
            sourceRepository: source.repository ?? '',
            ...(source.ref ? { sourceRef: source.ref } : {}),
            ...(source.commit ? { sourceCommit: source.commit } : {}),
            subjects: [...new Set(subjects)],
            signatureVerified: signature.verified,
            verification: fitText(signature.text),
            ...(signer ? { signer } : {}),
            ...(signature.verified && signature.anchor ? { anchor: signature.anchor } : {}),
        },
    };
}
/**
 * Where the statement's source (the signer's words) contradicts its verified certificate (GitHub's): another
 * repository, or in the same repository another commit or ref. Anyone who can run a workflow in the repository
 * gets a certificate that an identity policy of issuer and repository matches, and can sign a statement claiming
 * the candidate's tag and commit; the certificate still names the run's own ref and commit.
 */
function signerConflict(source, signer) {
    const issued = (to) => `but its Fulcio certificate was issued to a workflow run ${to} (${signer.subjectAlternativeName})`;
    if (signer.sourceRepository && source.repository && !(0,repository/* sameRepository */.R)(signer.sourceRepository, source.repository))
        return `provenance states source repository ${source.repository}, ${issued(`of ${signer.sourceRepository}`)}`;
    if (signer.sourceCommit && source.commit && signer.sourceCommit.toLowerCase() !== source.commit.toLowerCase())
        return `provenance states source commit ${source.commit}, ${issued(`at commit ${signer.sourceCommit}`)}`;
    if (signer.sourceRef && source.ref && signer.sourceRef !== source.ref)
        return `provenance states source ref ${source.ref}, ${issued(`of ${signer.sourceRef}`)}`;
    return undefined;
}
/** bundle.json keeps at most 1,024 characters of verification text; holds carry the whole text. */
function fitText(text) {
    return text.length <= 1024 ? text : `${text.slice(0, 1023)}…`;
}
/** `git+https://github.com/o/r@refs/tags/v1` -> repository and ref. */
function splitUri(uri) {
    if (typeof uri !== 'string' || uri === '')
        return {};
    const bare = uri.replace(/^git\+/, '');
    const at = bare.lastIndexOf('@');
    const slash = bare.indexOf('/', bare.indexOf('://') + 3);
    return at > slash && slash > 0 ? { repository: bare.slice(0, at), ref: bare.slice(at + 1) } : { repository: bare };
}
function commitOf(digest) {
    if (!(0,shape/* isObject */.Gv)(digest))
        return undefined;
    const value = digest.gitCommit ?? digest.sha1;
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) ? value : undefined;
}
function sourceV02(predicate) {
    const invocation = (0,shape/* isObject */.Gv)(predicate.invocation) ? predicate.invocation : {};
    const config = (0,shape/* isObject */.Gv)(invocation.configSource) ? invocation.configSource : undefined;
    if (config?.uri)
        return { ...splitUri(config.uri), commit: commitOf(config.digest) };
    const material = Array.isArray(predicate.materials)
        ? predicate.materials.find((m) => (0,shape/* isObject */.Gv)(m) && String(m.uri).startsWith('git+'))
        : undefined;
    return (0,shape/* isObject */.Gv)(material) ? { ...splitUri(material.uri), commit: commitOf(material.digest) } : {};
}
function sourceV1(predicate) {
    const definition = (0,shape/* isObject */.Gv)(predicate.buildDefinition) ? predicate.buildDefinition : {};
    const external = (0,shape/* isObject */.Gv)(definition.externalParameters) ? definition.externalParameters : {};
    const dependencies = Array.isArray(definition.resolvedDependencies)
        ? definition.resolvedDependencies.filter(shape/* isObject */.Gv)
        : [];
    const gitDependency = (repository) => dependencies.find((d) => typeof d.uri === 'string' && d.uri.startsWith('git+') && (!repository || d.uri.startsWith(`git+${repository}`)));
    // GitHub Actions workflow build type: externalParameters.workflow {repository, ref, path}.
    if ((0,shape/* isObject */.Gv)(external.workflow) && typeof external.workflow.repository === 'string') {
        const repository = external.workflow.repository;
        const ref = typeof external.workflow.ref === 'string' ? external.workflow.ref : undefined;
        return { repository, ref, commit: commitOf(gitDependency(repository)?.digest) };
    }
    // Container-based and other build types: externalParameters.source {uri, digest}.
    if ((0,shape/* isObject */.Gv)(external.source) && typeof external.source.uri === 'string') {
        return { ...splitUri(external.source.uri), commit: commitOf(external.source.digest) };
    }
    const dependency = gitDependency();
    return dependency ? { ...splitUri(dependency.uri), commit: commitOf(dependency.digest) } : {};
}
/** DSSE pre-authentication encoding: what the signature is over. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
function digestFor(key) {
    if (key.asymmetricKeyType === 'ed25519' || key.asymmetricKeyType === 'ed448')
        return null;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'secp384r1')
        return 'sha384';
    if (curve === 'secp521r1')
        return 'sha512';
    return 'sha256';
}
function verifies(envelope, key) {
    const message = pae(envelope.payloadType, envelope.payload);
    return envelope.signatures.some((signature) => {
        try {
            return (0,external_node_crypto_.verify)(digestFor(key), message, key, signature);
        }
        catch {
            return false;
        }
    });
}
function checkSignature(found, trusted, sigstore) {
    const envelope = found.envelope;
    if (!envelope || envelope.signatures.length === 0) {
        return { verified: false, invalid: false, text: 'not-verified: the statement is not signed (no DSSE signature)' };
    }
    let keyless = '';
    if (sigstore && found.bundle) {
        const outcome = sigstore.verify(found.bundle);
        switch (outcome.kind) {
            case 'verified':
                return {
                    verified: true,
                    invalid: false,
                    text: outcome.text,
                    signer: outcome.signer,
                    anchor: { kind: 'trusted-root', digest: sigstore.rootDigest },
                };
            case 'failed':
                return { verified: false, invalid: true, text: outcome.text };
            case 'identity-mismatch':
                return {
                    verified: false,
                    invalid: false,
                    text: outcome.text,
                    signer: outcome.signer,
                    mismatches: outcome.mismatches,
                };
            case 'not-keyless':
                keyless = `trustedRoot ${sigstore.rootName} not applicable: ${outcome.reason}; `;
                break;
        }
    }
    else if (sigstore) {
        keyless = `trustedRoot ${sigstore.rootName} not applicable: not a Sigstore bundle (a bare DSSE envelope or statement carries no certificate or transparency-log entry); `;
    }
    const limits = sigstore
        ? 'not checked: certificate chain/tlog (not a keyless Sigstore bundle)'
        : 'not checked: certificate chain/tlog (no trustedRoot given)';
    const match = trusted.find((t) => verifies(envelope, t.key));
    if (match) {
        return {
            verified: true,
            invalid: false,
            text: `verified: DSSE signature over the PAE matches trusted key ${match.name}; ${limits}`,
            anchor: { kind: 'key', digest: match.digest },
        };
    }
    const embedded = found.certificate ? verifies(envelope, found.certificate.publicKey) : undefined;
    const trustText = trusted.length === 0 && !sigstore
        ? 'no trust root supplied'
        : trusted.length === 0
            ? 'no trusted key given'
            : `no trusted key (${trusted.map((t) => t.name).join(', ')}) matches`;
    if (embedded === true) {
        return {
            verified: false,
            invalid: false,
            text: `${keyless}not-verified: ${trustText}; the DSSE signature matches the certificate embedded in the bundle (self-consistency only; ${limits})`,
        };
    }
    if (embedded === false) {
        return {
            verified: false,
            invalid: true,
            text: `${keyless}not-verified: the DSSE signature does NOT match the certificate embedded in the bundle; ${trustText}`,
        };
    }
    return {
        verified: false,
        invalid: false,
        text: `${keyless}not-verified: ${trustText}; no certificate embedded to check the signature against (keyless signature, key material elsewhere; ${limits})`,
    };
}
/** Trusted keys from PEM text: public keys and certificates (their public keys). */
function trustedKeysFromPem(text, name) {
    const blocks = text.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? [];
    return blocks.flatMap((block, index) => {
        const label = blocks.length > 1 ? `${name}[${index}]` : name;
        const key = block.includes('BEGIN CERTIFICATE')
            ? new external_node_crypto_.X509Certificate(block).publicKey
            : block.includes('PUBLIC KEY')
                ? (0,external_node_crypto_.createPublicKey)(block)
                : undefined;
        return key ? [{ name: label, key, digest: spkiDigest(key) }] : [];
    });
}
/** `sha256:<hex>` of a public key's SubjectPublicKeyInfo, DER (what `openssl pkey -pubin -outform DER | sha256sum` gives). */
function spkiDigest(key) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/sources/github-release.ts
/**
 * Source kind `github-release`: the assets of the candidate tag's GitHub release -> one ArtifactRecord per
 * selected asset, digest from GitHub's `digest` field (`sha256:…`, computed by GitHub since 2025-06).
 *
 * An asset without a digest (uploaded before GitHub computed them) is downloaded, size-limited, and hashed
 * here: the record then says `digestComputed: true` and a SuspicionRecord says the digest was not stated by
 * the source. Lineage: system `github-release`, locator `<release html url>#<asset name>`, revision the release
 * id, digest the asset digest, observedAt the release's publication time (else the reference time).
 */




/** The GitHub port, or a clear error when Cutover runs without GitHub (local CLI). */
function requireGitHub(context, kind) {
    if (context.github)
        return context.github;
    throw new errors/* InputError */.dz(`source kind ${kind} reads from GitHub, which is not available here (local run)`, {
        expected: 'a run inside the GitHub Action, or a local source kind',
    });
}
/** Reads the candidate release's assets. */
const githubReleaseAdapter = {
    kind: 'github-release',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'github-release');
        const github = requireGitHub(context, 'github-release');
        const tag = context.candidate.tag;
        const release = await github.getReleaseByTag(tag);
        if (!release) {
            throw new errors/* InputError */.dz(`no GitHub release for tag '${tag}' in ${github.repository}`, {
                expected: 'a release of the candidate tag',
            });
        }
        const assets = selectAssets(release.assets, options.assets, tag);
        const version = options.version ?? tag.replace(/^v(?=\d)/, '');
        const maxBytes = options.maxBytes ?? context.maxFileBytes;
        const records = [];
        for (const asset of assets) {
            const stated = asset.digest === null ? undefined : (0,shape/* sha256Digest */.sI)(asset.digest);
            if (asset.digest !== null && (!stated || !asset.digest.startsWith('sha256:'))) {
                throw new errors/* InputError */.dz(`asset '${asset.name}' has digest ${JSON.stringify(asset.digest)}`, {
                    field: asset.name,
                    expected: 'sha256:<64 hex>',
                });
            }
            const digest = stated ?? (await computeDigest(github, asset, maxBytes));
            const lineage = {
                system: 'github-release',
                locator: `${release.htmlUrl}#${asset.name}`,
                revision: String(release.id),
                digest,
                observedAt: release.publishedAt ?? context.referenceTime,
            };
            records.push({
                type: 'artifact',
                sourceId: options.id,
                lineage,
                component: options.component,
                artifact: { name: asset.name, version, digest, locator: asset.browserDownloadUrl },
                ...(stated ? {} : { digestComputed: true }),
            });
            if (!stated) {
                records.push({
                    type: 'suspicion',
                    sourceId: options.id,
                    lineage,
                    path: '',
                    component: options.component,
                    rule: 'suspicious-source',
                    reason: `GitHub states no digest for release asset '${asset.name}'; Cutover computed ${digest} from the downloaded bytes, which vouches only for what was downloaded now`,
                });
            }
        }
        return records;
    },
};
function selectAssets(assets, wanted, tag) {
    if (wanted === undefined) {
        if (assets.length === 0)
            throw new errors/* InputError */.dz(`the release of '${tag}' has no assets`, { expected: 'at least one release asset' });
        return [...assets];
    }
    if (Array.isArray(wanted)) {
        return wanted.map((name) => {
            const asset = assets.find((a) => a.name === name);
            if (!asset) {
                throw new errors/* InputError */.dz(`the release of '${tag}' has no asset '${name}' (assets: ${assets.map((a) => a.name).join(', ') || 'none'})`, {
                    field: 'assets',
                    expected: 'names of assets of the release',
                });
            }
            return asset;
        });
    }
    const pattern = globToRegExp(wanted);
    const matched = assets.filter((a) => pattern.test(a.name));
    if (matched.length === 0) {
        throw new errors/* InputError */.dz(`no asset of the release of '${tag}' matches '${wanted}'`, {
            field: 'assets',
            expected: 'a glob matching release assets',
        });
    }
    return matched;
}
/** `*` any run of characters, `?` one character; everything else literal. */
function globToRegExp(glob) {
    const body = [...glob]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`);
}
async function computeDigest(github, asset, maxBytes) {
    if (asset.size > maxBytes) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' has no digest and is ${asset.size} bytes, over the download limit of ${maxBytes} bytes`, {
            field: 'maxBytes',
            expected: `an asset with a GitHub digest, or one of at most ${maxBytes} bytes`,
        });
    }
    const bytes = await github.downloadReleaseAsset(asset.id, maxBytes);
    if (bytes.byteLength > maxBytes) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' download exceeded the limit of ${maxBytes} bytes`, {
            expected: `at most ${maxBytes} bytes`,
        });
    }
    if (bytes.byteLength !== asset.size) {
        throw new errors/* InputError */.dz(`asset '${asset.name}' downloaded ${bytes.byteLength} bytes, but GitHub lists ${asset.size}`, {
            expected: 'the asset size GitHub lists',
        });
    }
    return (0,canonical/* sha256 */.sc)(bytes);
}

;// CONCATENATED MODULE: ./src/sources/sigstore.ts
/**
 * Keyless Sigstore verification for the provenance kinds: a Sigstore bundle (GitHub artifact attestation, npm
 * provenance, slsa-github-generator) is verified with @sigstore/verify against a trusted root the user supplies
 * as a file (Sigstore `trusted_root.json` format; no network at verify time, no TUF refresh), and its signer is
 * matched against an identity policy (issuer plus SAN, SAN pattern or workflow repository, optional ref).
 *
 * What @sigstore/verify checks, in order (Verifier.verify, v3.1): a signing time for every timestamp the bundle
 * carries (RFC 3161 timestamps against the root's TSAs; a Rekor integratedTime counts only with an inclusion
 * promise) and at least one; the certificate chain from the leaf to a certificate authority of the root, valid
 * at each of those times; at least one embedded SCT against the root's CT-log keys; every transparency-log
 * entry: its signed entry timestamp (SET) and/or its inclusion proof against a signed checkpoint, both with the
 * root's Rekor keys, and its body against the bundle's signature and payload digest; at least one entry; and the
 * DSSE signature over the PAE with the certificate's key. The identity policy is checked here, after that, so a
 * mismatch names expected and actual values. Not checked: revocation (Fulcio certificates carry none) and
 * whether the trusted root is current (it is a file; refreshing it is the user's job).
 *
 * The @sigstore packages load on first use (dynamic import), so runs without a trustedRoot never load them.
 */





/** Trusted root media types accepted. */
const TRUSTED_ROOT_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    'application/vnd.dev.sigstore.trustedroot.v0.2+json',
];
/** Names of the checks, by @sigstore/verify error code, as holds report them. */
const CHECK_NAMES = {
    TIMESTAMP_ERROR: 'signing time (a transparency-log entry with a signed entry timestamp, or an RFC 3161 timestamp)',
    CERTIFICATE_ERROR: 'certificate chain to a Fulcio CA of the trusted root, valid at the signing time, with an SCT',
    PUBLIC_KEY_ERROR: 'signing key in the trusted root',
    TLOG_ERROR: 'transparency-log entry present',
    TLOG_MISSING_INCLUSION_ERROR: 'transparency-log inclusion (signed entry timestamp or inclusion proof)',
    TLOG_INCLUSION_PROMISE_ERROR: 'transparency-log signed entry timestamp (SET) against the Rekor key',
    TLOG_INCLUSION_PROOF_ERROR: 'transparency-log inclusion proof against a signed checkpoint',
    TLOG_BODY_ERROR: 'transparency-log entry body matches the signature and payload digest',
    SIGNATURE_ERROR: 'DSSE signature over the PAE with the certificate key',
};
const FULCIO = '1.3.6.1.4.1.57264.1.';
/** What the verified text says was checked (the same list for every verified bundle, plus the entry details). */
const NOT_CHECKED = 'not checked: revocation (Fulcio certificates have none), freshness of the trusted root file';
/**
 * The verifier for a source's `trustedRoot` and `identity`, or undefined when no trustedRoot is configured.
 * Reads and checks the trusted root (InputError naming the file on anything unusable) and compiles the policy's
 * patterns (InputError naming the option).
 */
async function loadSigstoreVerifier(context, options) {
    if (options.trustedRoot === undefined) {
        if (options.identity !== undefined) {
            throw new errors/* InputError */.dz(`source '${options.id}': identity is given without trustedRoot, so it would not be checked`, {
                field: 'identity',
                expected: 'trustedRoot: <workspace path of a Sigstore trusted_root.json> beside identity',
            });
        }
        return undefined;
    }
    const policy = options.identity;
    if (policy === undefined) {
        throw new errors/* InputError */.dz(`source '${options.id}': trustedRoot is given without identity: any GitHub workflow can get a Fulcio certificate`, {
            field: 'identity',
            expected: 'identity: {issuer, and subjectAlternativeName, subjectAlternativeNamePattern or repository}',
        });
    }
    const patterns = {
        san: compilePattern(options.id, 'identity.subjectAlternativeNamePattern', policy.subjectAlternativeNamePattern),
        ref: compilePattern(options.id, 'identity.refPattern', policy.refPattern),
    };
    const file = await context.workspace.read(options.trustedRoot, context.maxFileBytes);
    const json = (0,parse/* parseDocument */.Tp)((0,parse/* decodeUtf8 */._6)(file.bytes, file.path), file.path, 'json');
    const sigstore = await loadPackages();
    const material = trustMaterialOf(sigstore, json, file.path);
    const verifier = new sigstore.verify.Verifier(material);
    return {
        rootName: file.path,
        rootDigest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(file.bytes).digest('hex')}`,
        verify: (bundle) => verifyBundle(sigstore, verifier, file.path, bundle, policy, patterns),
    };
}
async function loadPackages() {
    const [verify, bundle, specs, core] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 4187)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23)),
        __webpack_require__.e(/* import() */ 917).then(__webpack_require__.t.bind(__webpack_require__, 3917, 23)),
    ]);
    return { verify, bundle, specs, core };
}
function compilePattern(id, field, pattern) {
    if (pattern === undefined)
        return undefined;
    try {
        // The pattern must compile on its own first: one that closes the group itself (`x)|(?:.*`) compiles only
        // inside the wrapper, as `^(?:x)|(?:.*)$`, whose second branch is not anchored and matches anything.
        new RegExp(pattern);
        return new RegExp(`^(?:${pattern})$`);
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`source '${id}': ${field} is not a valid regular expression (${cause instanceof Error ? cause.message : String(cause)})`, { field, expected: 'a JavaScript regular expression (matched against the whole value)' }, { cause });
    }
}
function trustMaterialOf(sigstore, json, file) {
    const expected = `a Sigstore trusted root (${TRUSTED_ROOT_MEDIA_TYPES.join(' or ')}) with certificateAuthorities and tlogs`;
    if (!(0,shape/* isObject */.Gv)(json) || typeof json.mediaType !== 'string' || !TRUSTED_ROOT_MEDIA_TYPES.includes(json.mediaType)) {
        const stated = (0,shape/* isObject */.Gv)(json) ? JSON.stringify(json.mediaType) : 'no object';
        throw new errors/* InputError */.dz(`trusted root has mediaType ${stated}`, { file, field: 'mediaType', expected });
    }
    for (const field of ['certificateAuthorities', 'tlogs']) {
        const list = json[field];
        if (!Array.isArray(list) || list.length === 0) {
            throw new errors/* InputError */.dz(`trusted root lists no ${field === 'tlogs' ? 'transparency log (tlogs)' : 'certificate authority (certificateAuthorities)'}: it can verify no keyless bundle`, { file, field, expected });
        }
    }
    try {
        return sigstore.verify.toTrustMaterial(sigstore.specs.TrustedRoot.fromJSON(json));
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`trusted root is unreadable: ${cause instanceof Error ? cause.message : String(cause)}`, { file, expected }, { cause });
    }
}
function verifyBundle(sigstore, verifier, rootName, json, policy, patterns) {
    const failed = (check, message) => ({
        kind: 'failed',
        check,
        text: `not-verified: Sigstore verification against trusted root ${rootName} failed at the ${check} check: ${message}`,
    });
    let bundle;
    try {
        bundle = sigstore.bundle.bundleFromJSON(json);
    }
    catch (cause) {
        return failed('bundle structure', cause instanceof Error ? cause.message : String(cause));
    }
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'publicKey') {
        return {
            kind: 'not-keyless',
            reason: `the bundle is signed by a key (hint ${JSON.stringify(content.publicKey.hint)}), not a Fulcio certificate; trustedRoot verifies keyless bundles only (trustedKeys verify keyed ones)`,
        };
    }
    // @sigstore/verify would fail this too, but on the missing signing time; name the missing entry itself.
    if (bundle.verificationMaterial.tlogEntries.length === 0)
        return failed(CHECK_NAMES.TLOG_ERROR ?? 'transparency-log entry present', 'the bundle has no transparency-log entry');
    try {
        verifier.verify(sigstore.verify.toSignedEntity(bundle));
    }
    catch (cause) {
        const code = (0,shape/* isObject */.Gv)(cause) && typeof cause.code === 'string' ? cause.code : '';
        const message = cause instanceof Error ? cause.message : String(cause);
        return failed(CHECK_NAMES[code] ?? `@sigstore/verify ${code || 'internal'}`, message);
    }
    const leaf = content.$case === 'certificate'
        ? content.certificate.rawBytes
        : content.x509CertificateChain.certificates[0]?.rawBytes;
    const signer = signerOf(sigstore, leaf ?? Buffer.alloc(0), bundle.verificationMaterial);
    const checked = checkedText(rootName, bundle.verificationMaterial, signer);
    const mismatches = identityMismatches(signer, policy, patterns);
    if (mismatches.length > 0) {
        return {
            kind: 'identity-mismatch',
            signer,
            mismatches,
            text: `not-verified: the signer does not match the identity policy (${mismatches.join('; ')}); ${checked}`,
        };
    }
    return {
        kind: 'verified',
        signer,
        text: `verified: ${checked}; identity policy matched (${policyText(policy)}); ${NOT_CHECKED}`,
    };
}
function checkedText(rootName, material, signer) {
    const entries = material.tlogEntries.map((entry) => {
        const how = [
            entry.inclusionProof ? 'inclusion proof against a signed checkpoint' : '',
            entry.inclusionPromise ? 'SET' : '',
        ]
            .filter(Boolean)
            .join(' and ');
        return `Rekor entry ${entry.logIndex} (${how}) against the root's Rekor key, body matching signature and payload digest`;
    });
    const tsa = material.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
    return [
        `Sigstore bundle checked against trusted root ${rootName}: DSSE signature over the PAE with the certificate key`,
        `certificate chain to a Fulcio CA of the root valid at the signing time ${signer.signedAt ?? '(RFC 3161)'}`,
        "SCT against the root's CT-log key",
        ...entries,
        ...(tsa > 0 ? [`${tsa} RFC 3161 timestamp(s) against the root's TSAs`] : []),
    ].join(', ');
}
function policyText(policy) {
    return Object.entries(policy)
        .map(([key, value]) => `${key} ${JSON.stringify(value)}`)
        .join(', ');
}
/** The signer's SAN and Fulcio extensions, from the (verified) leaf certificate. */
function signerOf(sigstore, der, material) {
    const certificate = sigstore.core.X509Certificate.parse(Buffer.from(der));
    // Extensions 1.1-1.6 hold the raw string; 1.8 onward a DER UTF8String (Fulcio docs/oid-info.md).
    const v2 = (n) => certificate.extension(`${FULCIO}${n}`)?.valueObj.subs[0]?.value.toString('utf8');
    const v1 = (n) => certificate.extension(`${FULCIO}${n}`)?.value.toString('utf8');
    const legacyRepository = v1(5);
    const entry = material.tlogEntries.find((e) => e.inclusionPromise !== undefined);
    const signedAt = entry && /^\d{1,12}$/.test(entry.integratedTime)
        ? new Date(Number(entry.integratedTime) * 1000).toISOString().replace('.000Z', 'Z')
        : undefined;
    const optional = [
        ['sourceRepository', v2(12) ?? (legacyRepository ? `https://github.com/${legacyRepository}` : undefined)],
        ['sourceRef', v2(14) ?? v1(6)],
        ['sourceCommit', v2(13) ?? v1(3)],
        ['buildConfig', v2(18)],
        ['runInvocation', v2(21)],
        ['runnerEnvironment', v2(11)],
        ['signedAt', signedAt],
        ['logIndex', material.tlogEntries[0]?.logIndex],
    ];
    return {
        subjectAlternativeName: certificate.subjectAltName ?? '',
        issuer: v2(8) ?? v1(1) ?? '',
        ...Object.fromEntries(optional.filter((pair) => pair[1] !== undefined)),
    };
}
function identityMismatches(signer, policy, patterns) {
    const out = [];
    const show = (value) => (value === undefined ? 'none' : JSON.stringify(value));
    if (signer.issuer !== policy.issuer)
        out.push(`issuer expected ${show(policy.issuer)}, got ${show(signer.issuer)}`);
    const san = signer.subjectAlternativeName;
    if (policy.subjectAlternativeName !== undefined && san !== policy.subjectAlternativeName)
        out.push(`subjectAlternativeName expected ${show(policy.subjectAlternativeName)}, got ${show(san)}`);
    if (patterns.san && !patterns.san.test(san))
        out.push(`subjectAlternativeName expected to match ${show(policy.subjectAlternativeNamePattern)}, got ${show(san)}`);
    if (policy.repository !== undefined &&
        (signer.sourceRepository === undefined || !(0,repository/* sameRepository */.R)(signer.sourceRepository, policy.repository)))
        out.push(`repository expected ${show((0,repository/* repositoryKey */.K)(policy.repository))}, got ${show(signer.sourceRepository)}`);
    if (policy.ref !== undefined && signer.sourceRef !== policy.ref)
        out.push(`ref expected ${show(policy.ref)}, got ${show(signer.sourceRef)}`);
    if (patterns.ref && (signer.sourceRef === undefined || !patterns.ref.test(signer.sourceRef)))
        out.push(`ref expected to match ${show(policy.refPattern)}, got ${show(signer.sourceRef)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/sources/provenance.ts






/** Reads a provenance document from the workspace. */
const provenanceAdapter = {
    kind: 'provenance',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'provenance');
        // Most provenance sources name no trust: no key files to read and no verifier to make (loadSigstoreVerifier
        // returns none, and refuses only an identity or a trustedRoot without the other).
        const trusted = options.trustedKeys?.length ? await loadTrustedKeys(context, options.trustedKeys) : [];
        const sigstore = options.trustedRoot === undefined && options.identity === undefined
            ? undefined
            : await loadSigstoreVerifier(context, options);
        const file = await context.workspace.read(options.path, context.maxFileBytes);
        const text = (0,parse/* decodeUtf8 */._6)(file.bytes, file.path);
        // Attestation files are JSON whatever their extension (.sigstore.json, .build.slsa, .intoto); .jsonl is per line.
        const jsonl = /\.jsonl$/i.test(file.path);
        const view = new shape/* DocumentView */.zL(file.path, jsonl ? undefined : text);
        const found = jsonl
            ? findStatementsInLines(text, file.path, (line) => new shape/* DocumentView */.zL(file.path, line))
            : findStatements(view, (0,parse/* parseDocument */.Tp)(text, file.path, 'json'));
        const provenance = found.filter(isProvenance).map((f) => extractProvenance(view, f, trusted, sigstore));
        if (provenance.length === 0) {
            throw new errors/* InputError */.dz(`no SLSA provenance statement found (${found.length} other statement(s))`, {
                file: file.path,
                expected: ATTESTATION_FORMS,
            });
        }
        const items = provenance.map((item) => ({ item, lineage: file.lineage, fragment: item.found.pointer }));
        return provenanceRecords(items, options, options.expectDigest ?? [], trusted.length > 0 || sigstore !== undefined);
    },
};
/** PEM keys and certificates named by `trustedKeys`, read from the workspace. */
async function loadTrustedKeys(context, paths) {
    const keys = [];
    for (const path of paths) {
        const file = await context.workspace.read(path, context.maxFileBytes);
        let found;
        try {
            found = trustedKeysFromPem((0,parse/* decodeUtf8 */._6)(file.bytes, file.path), file.path);
        }
        catch (cause) {
            throw new errors/* InputError */.dz('trusted key file holds an unreadable PEM key or certificate', { file: file.path, expected: 'PEM public keys or certificates' }, { cause });
        }
        if (found.length === 0) {
            throw new errors/* InputError */.dz('trusted key file holds no PEM public key or certificate', {
                file: file.path,
                expected: 'PEM public keys or certificates',
            });
        }
        keys.push(...found);
    }
    return keys;
}
/**
 * Provenance records plus the suspicions their checks raise. Each statement comes with its lineage: that of
 * its document plus its place in it (`fragment`, as in `SourceRecord`), or its own.
 */
function provenanceRecords(extracted, options, expectDigests, trustGiven) {
    const records = [];
    const suspicion = ({ lineage, fragment }, rule, reason) => ({
        type: 'suspicion',
        sourceId: options.id,
        lineage,
        fragment,
        path: '',
        component: options.component,
        rule,
        reason,
    });
    for (const statement of extracted) {
        const { item, lineage, fragment } = statement;
        records.push({
            type: 'provenance',
            sourceId: options.id,
            lineage,
            fragment,
            component: options.component,
            provenance: item.provenance,
        });
        if (item.missingBuilder) {
            records.push(suspicion(statement, 'suspicious-source', 'provenance names no builder id (predicate without runDetails.builder)'));
        }
        if (item.identityMismatches) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signer identity does not match the policy of source '${options.id}': ${item.identityMismatches.join('; ')}`));
        }
        else if (item.signatureInvalid) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signature is invalid: ${item.provenance.verification}`));
        }
        else if (!item.provenance.signatureVerified && (options.requireSignature === true || trustGiven)) {
            records.push(suspicion(statement, 'suspicious-source', `provenance signature is not verified against a trusted key or root: ${item.provenance.verification}`));
        }
        if (item.sourceConflict)
            records.push(suspicion(statement, 'suspicious-source', item.sourceConflict));
    }
    if (expectDigests.length === 0)
        return records;
    const named = new Set(extracted.flatMap((e) => e.item.provenance.subjects));
    const algorithms = [...new Set([...named].map(digestAlgorithm))].sort();
    const first = extracted[0];
    for (const digest of expectDigests) {
        if (named.has(digest) || !first)
            continue;
        const algorithm = digestAlgorithm(digest);
        // Digest sets match on an algorithm both sides state; say so when the provenance states none in common.
        const why = algorithms.includes(algorithm)
            ? `subjects: ${[...named].join(', ')}`
            : `it names no ${algorithm} subject; its subjects use ${algorithms.join(', ') || 'no accepted algorithm (sha256, sha384, sha512)'}: ${[...named].join(', ') || 'none'}`;
        records.push(suspicion(first, 'provenance-mismatch', `provenance for ${options.component} names no subject ${digest} (${why})`));
    }
    return records;
}

;// CONCATENATED MODULE: ./src/sources/github-attestations.ts
/**
 * Source kind `github-attestations`: provenance from GitHub's attestations API
 * (GET /repos/{owner}/{repo}/attestations/{subject_digest}) for the digests in option `subjects` ->
 * ProvenanceRecords for option `component`, through the same parser and checks as the `provenance` kind
 * (keyless verification against option `trustedRoot` with the `identity` policy included).
 *
 * Subjects are named in the configuration rather than taken from another source's artifact records, so sources
 * stay independent and the flow stays one-way (sources -> assembly). A subject with no attestation, or whose
 * attestations do not name it, yields a SuspicionRecord (`provenance-mismatch`). Lineage: system
 * `github-attestations`, locator `<owner/repo>/attestations/<digest>#<index>`, revision the transparency-log
 * index (`rekor:<n>`, '' when absent), digest sha256 of the canonical JSON of the bundle, observedAt the log's
 * integration time (else the reference time).
 */







/** Reads attestations of the given subjects from GitHub. */
const githubAttestationsAdapter = {
    kind: 'github-attestations',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'github-attestations');
        const github = requireGitHub(context, 'github-attestations');
        const trusted = await loadTrustedKeys(context, options.trustedKeys ?? []);
        const sigstore = await loadSigstoreVerifier(context, options);
        const records = [];
        for (const subject of options.subjects) {
            const base = `${github.repository}/attestations/${subject}`;
            const entries = await github.listAttestations(subject);
            const extracted = [];
            entries.forEach((entry, index) => {
                const view = new shape/* DocumentView */.zL(`${base}#${index}`, undefined);
                for (const found of findStatements(view, entry.bundle).filter(isProvenance)) {
                    extracted.push({
                        item: extractProvenance(view, found, trusted, sigstore),
                        lineage: {
                            system: 'github-attestations',
                            locator: `${base}#${index}`,
                            revision: found.logIndex === undefined ? '' : `rekor:${found.logIndex}`,
                            digest: (0,canonical/* digestOf */.ol)(entry.bundle),
                            observedAt: found.integratedTime ?? context.referenceTime,
                        },
                    });
                }
            });
            if (extracted.length === 0) {
                records.push({
                    type: 'suspicion',
                    sourceId: options.id,
                    lineage: {
                        system: 'github-attestations',
                        locator: base,
                        revision: '',
                        digest: '',
                        observedAt: context.referenceTime,
                    },
                    path: '',
                    component: options.component,
                    rule: 'provenance-mismatch',
                    reason: `GitHub has no SLSA provenance attestation for ${subject} of ${options.component} (${entries.length} attestation(s) found)`,
                });
                continue;
            }
            records.push(...provenanceRecords(extracted, options, [subject], trusted.length > 0 || sigstore !== undefined));
        }
        return records;
    },
};

// EXTERNAL MODULE: ./src/sources/records.ts
var records = __webpack_require__(1872);
;// CONCATENATED MODULE: ./src/sources/spdx.ts




const spdx_EXPECTED = 'an SPDX-2.3 JSON document, or GitHub\'s {"sbom": {...}} export of one';
const NOT_LICENSES = new Set(['NOASSERTION', 'NONE']);
/** Where a package states its licenses, in the order they are kept. */
const LICENSE_KEYS = ['licenseConcluded', 'licenseDeclared'];
const PACKAGE_MANAGER = new Set(['PACKAGE-MANAGER', 'PACKAGE_MANAGER']);
/** Relationships whose spdxElementId is not shipped with the related element (SPDX 2.3 section 11.1). */
const NOT_RUNTIME = new Set([
    'TEST_DEPENDENCY_OF',
    'DEV_DEPENDENCY_OF',
    'BUILD_DEPENDENCY_OF',
    'TEST_TOOL_OF',
    'DEV_TOOL_OF',
    'BUILD_TOOL_OF',
    'TEST_OF',
    'EXAMPLE_OF',
    'DOCUMENTATION_OF',
]);
/** Relationships whose spdxElementId is a dependency at run time of the related element. */
const RUNTIME_OF = new Set([
    'DEPENDENCY_OF',
    'RUNTIME_DEPENDENCY_OF',
    'OPTIONAL_DEPENDENCY_OF',
    'PROVIDED_DEPENDENCY_OF',
]);
/** Reads an SPDX SBOM from the workspace. */
const spdxAdapter = {
    kind: 'spdx',
    async read(entry, context) {
        const options = (0,sources_options/* sourceOptions */.k)(entry, 'spdx');
        const loaded = await (0,sources_document/* loadDocument */.A)(context, options.path);
        const view = loaded.view;
        const top = (0,shape/* expectObject */.Xk)(view, loaded.value, '', spdx_EXPECTED);
        const wrapped = (0,shape/* isObject */.Gv)(top.sbom) && top.spdxVersion === undefined;
        const base = wrapped ? '/sbom' : '';
        const document = wrapped ? (0,shape/* expectObject */.Xk)(view, top.sbom, base, spdx_EXPECTED) : top;
        if (document.spdxVersion !== 'SPDX-2.3') {
            throw view.error((0,shape/* child */.jf)(base, 'spdxVersion'), `unsupported spdxVersion ${JSON.stringify(document.spdxVersion)}`, spdx_EXPECTED);
        }
        const documentId = (0,shape/* optionalString */.sx)(view, document.SPDXID, (0,shape/* child */.jf)(base, 'SPDXID')) ?? 'SPDXRef-DOCUMENT';
        const described = new Set();
        (0,shape/* optionalArray */.oS)(view, document.documentDescribes, (0,shape/* child */.jf)(base, 'documentDescribes')).forEach((id, i) => {
            described.add((0,shape/* expectString */.lK)(view, id, (0,shape/* child */.jf)(base, 'documentDescribes', i)));
        });
        const notRuntime = new Set();
        const runtime = new Set();
        (0,shape/* optionalArray */.oS)(view, document.relationships, (0,shape/* child */.jf)(base, 'relationships')).forEach((item, i) => {
            const at = (0,shape/* child */.jf)(base, 'relationships', i);
            const relation = (0,shape/* expectObject */.Xk)(view, item, at, 'an SPDX relationship');
            const type = relation.relationshipType;
            if (type === 'DESCRIBES' && relation.spdxElementId === documentId) {
                described.add((0,shape/* expectString */.lK)(view, relation.relatedSpdxElement, (0,shape/* child */.jf)(at, 'relatedSpdxElement')));
            }
            if (typeof type !== 'string')
                return;
            const element = typeof relation.spdxElementId === 'string' ? relation.spdxElementId : undefined;
            const related = typeof relation.relatedSpdxElement === 'string' ? relation.relatedSpdxElement : undefined;
            if (NOT_RUNTIME.has(type) && element)
                notRuntime.add(element);
            if (RUNTIME_OF.has(type) && element)
                runtime.add(element);
            if (type === 'DEPENDS_ON' && related)
                runtime.add(related);
        });
        const records = [];
        const subjects = [];
        const packagesAt = (0,shape/* child */.jf)(base, 'packages');
        const packages = (0,shape/* expectArray */.J6)(view, document.packages, packagesAt, 'an array of SPDX packages');
        for (let i = 0; i < packages.length; i++) {
            const at = `${packagesAt}/${i}`;
            const pkg = (0,shape/* expectObject */.Xk)(view, packages[i], at, 'an SPDX package');
            const spdxId = (0,shape/* expectStringField */.$I)(view, pkg, at, 'SPDXID');
            if (described.has(spdxId)) {
                subjects.push({
                    at,
                    name: (0,shape/* expectStringField */.$I)(view, pkg, at, 'name'),
                    version: versionOf(view, pkg, at),
                    purl: purlOf(view, pkg, at),
                });
                continue;
            }
            if (notRuntime.has(spdxId) && !runtime.has(spdxId))
                continue;
            const licenses = [];
            for (const key of LICENSE_KEYS) {
                const license = (0,shape/* optionalStringField */.kn)(view, pkg, at, key);
                if (license !== undefined && !NOT_LICENSES.has(license))
                    licenses.push(license);
            }
            records.push(dependencyRecord(options.id, loaded.lineage, at, options.component, {
                name: (0,shape/* expectStringField */.$I)(view, pkg, at, 'name'),
                version: versionOf(view, pkg, at),
                purl: purlOf(view, pkg, at),
                licenses,
            }));
        }
        records.push(subjectRecord(options.id, loaded.lineage, subjects[0]?.at ?? (0,shape/* child */.jf)(base, 'documentDescribes'), options.component, 'SPDX described package', subjects));
        return records;
    },
};
/** The package's `versionInfo`, or undefined when absent or empty (an empty string states no version). */
function versionOf(view, pkg, pointer) {
    return pkg.versionInfo === '' ? undefined : (0,shape/* optionalStringField */.kn)(view, pkg, pointer, 'versionInfo');
}
/** The purl of the package's first PACKAGE-MANAGER `purl` external reference. */
function purlOf(view, pkg, pointer) {
    const refs = (0,shape/* optionalArrayField */.O3)(view, pkg, pointer, 'externalRefs');
    for (let index = 0; index < refs.length; index++) {
        const at = `${pointer}/externalRefs/${index}`;
        const ref = (0,shape/* expectObject */.Xk)(view, refs[index], at, 'an SPDX external reference');
        if (typeof ref.referenceCategory === 'string' &&
            PACKAGE_MANAGER.has(ref.referenceCategory) &&
            ref.referenceType === 'purl') {
            return (0,shape/* expectStringField */.$I)(view, ref, at, 'referenceLocator');
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/index.ts










/**
 * An adapter whose module loads when a source of its kind is read: the HTTP kinds bring node:http, node:https,
 * the proxy agents and JSONPath, which a release with local sources only never needs (the CLI's cold start).
 */
function onDemand(kind, load) {
    return { kind, read: async (entry, context) => (await load()).read(entry, context) };
}
const httpJsonAdapter = onDemand('http-json', async () => (await Promise.all(/* import() */[__webpack_require__.e(229), __webpack_require__.e(284)]).then(__webpack_require__.bind(__webpack_require__, 7903))).httpJsonAdapter);
const serviceNowAdapter = onDemand('servicenow', async () => (await Promise.all(/* import() */[__webpack_require__.e(229), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 2617))).serviceNowAdapter);
const ADAPTERS = [
    records/* recordsAdapter */._,
    cyclonedxAdapter,
    spdxAdapter,
    flagdAdapter,
    provenanceAdapter,
    githubReleaseAdapter,
    githubAttestationsAdapter,
    httpJsonAdapter,
    serviceNowAdapter,
];
/** Adapters by kind. */
const SOURCE_ADAPTERS = new Map(ADAPTERS.map((adapter) => [adapter.kind, adapter]));
/** Every source kind Cutover reads, in registration order. */
const SOURCE_KINDS = ADAPTERS.map((adapter) => adapter.kind);
/**
 * Reads every source in order and concatenates their records. Every entry's kind and options are checked
 * first, so a typo in the last entry fails before any file or network source is read. Stops at the first
 * source that fails.
 */
async function readSources(entries, context) {
    const adapters = entries.map((entry) => {
        const adapter = adapterFor(entry);
        (0,sources_options/* sourceOptions */.k)(entry, adapter.kind);
        return adapter;
    });
    const records = [];
    for (const [index, entry] of entries.entries()) {
        const adapter = adapters[index];
        if (adapter)
            records.push(...(await readWith(adapter, entry, context)));
    }
    return records;
}
function adapterFor(entry) {
    const adapter = SOURCE_ADAPTERS.get(entry.kind);
    if (!adapter) {
        throw new errors/* InputError */.dz(`source '${entry.id}' has unknown kind '${entry.kind}'`, {
            field: 'kind',
            expected: `one of ${SOURCE_KINDS.join(', ')}`,
        });
    }
    return adapter;
}
async function readWith(adapter, entry, context) {
    try {
        const records = await adapter.read(entry, context);
        const echoed = headerSecrets(entry, context.env);
        for (const record of records)
            refuseCredentials(record, echoed);
        return records;
    }
    catch (error) {
        const label = `source '${entry.id}' (kind ${entry.kind})`;
        if (error instanceof errors/* InputError */.dz) {
            if (error.message.includes(`source '${entry.id}'`))
                throw error;
            throw new errors/* InputError */.dz(`${label}: ${error.message}`, { file: error.file, line: error.line, field: error.field, expected: error.expected }, { cause: error });
        }
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(`${label} could not be read: ${message}`, { expected: 'a readable source' }, { cause: error });
    }
}
/**
 * The secrets an entry sends in its headers (http-json, servicenow). Values under 8 characters are left out: any
 * text would hold them, and they protect nothing a record could leak.
 */
function headerSecrets(entry, env) {
    const headers = entry.headers;
    if (headers === null || typeof headers !== 'object')
        return [];
    return Object.entries(headers).flatMap(([header, variable]) => {
        const value = typeof variable === 'string' ? env[variable] : undefined;
        return typeof variable === 'string' && value !== undefined && value.length >= 8
            ? [{ header, variable, value }]
            : [];
    });
}
/**
 * Fails on the first string of `record` (its lineage included) that holds a URL carrying credentials, or the value
 * of a secret the source sent in a header (an API that echoes the request's key back, and a map that took it).
 * The error names the document, the record's place in it and the record's field, and what was found; never the
 * value.
 */
function refuseCredentials(record, secrets) {
    const path = [];
    const found = firstCredential(record, secrets, path);
    if (!found)
        return;
    const { lineage, fragment } = record;
    const place = fragment ? `${lineage.locator}#${fragment}` : lineage.locator;
    throw new errors/* InputError */.dz(`${place} states ${found.what}; everything a source states is written to the bundle, committed for good to the release-bundles repository and shown in its pull request`, { file: documentFile(lineage), field: fieldOf(path), expected: found.expected });
}
/**
 * The first string of `value` that credentialIn finds something in, with its path pushed onto `path` (innermost
 * first) as the search returns. The path is built only for what is found: every record of every source is
 * walked, and a path string per value was most of the walk's cost (issue 13 goal 2).
 */
function firstCredential(value, secrets, path) {
    if (typeof value === 'string')
        return credentialIn(value, secrets);
    if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
            const found = firstCredential(value[index], secrets, path);
            if (found) {
                path.push(index);
                return found;
            }
        }
        return undefined;
    }
    if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
        const record = value;
        for (const key of Object.keys(record)) {
            const found = firstCredential(record[key], secrets, path);
            if (found) {
                path.push(key);
                return found;
            }
        }
    }
    return undefined;
}
/** A path found by firstCredential (innermost first) as a field: `a.b[2].c`. */
function fieldOf(path) {
    let field = '';
    for (let i = path.length - 1; i >= 0; i--) {
        const step = path[i];
        field = typeof step === 'number' ? `${field}[${step}]` : field ? `${field}.${step}` : step;
    }
    return field;
}
function credentialIn(text, secrets) {
    const secret = secrets.length > 0 ? secrets.find((s) => text.includes(s.value)) : undefined;
    if (secret)
        return {
            what: `the value of ${secret.variable}, which it sent as its ${secret.header} header (the response echoed it)`,
            expected: 'a mapping that leaves out what the response echoes of the request',
        };
    const url = (0,credentials/* urlCredential */.by)(text);
    if (url)
        return {
            what: `a URL to ${url.url} carrying ${url.kind}`,
            expected: 'a URL without user:password@, <token>@, or a token, signature or key parameter',
        };
    return undefined;
}
/** The workspace file a document lineage names (`path`, or `owner/repo@<commit>:path` in the action), if any. */
function documentFile(lineage) {
    if (lineage.system === 'file')
        return lineage.locator;
    if (lineage.system === 'github')
        return /^[^@\s]+@[0-9a-f]{40,64}:(.+)$/.exec(lineage.locator)?.[1];
    return undefined;
}

// EXTERNAL MODULE: ./src/sources/workspace.ts
var sources_workspace = __webpack_require__(7899);
;// CONCATENATED MODULE: ./src/modes/build.ts
/**
 * Builds a bundle from a sources configuration: validates the release names, reads every source through
 * its adapter, and assembles. Shared by the CLI and the action's assemble mode.
 */






const DEFAULT_RELEASE_PATTERN = '^v?(?<release>[0-9][A-Za-z0-9.+_-]*?)(?:-rc[.-]?[0-9]+)?$';
/** The release name: stated in the sources file, or taken from the candidate tag by `releasePattern`. */
function releaseNameOf(config, tag, file) {
    if (config.release !== undefined)
        return config.release;
    let pattern;
    try {
        pattern = new RegExp(config.releasePattern ?? DEFAULT_RELEASE_PATTERN);
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`releasePattern is not a valid regular expression: ${cause.message}`, {
            file,
            field: 'releasePattern',
            expected: "a regular expression with a named group 'release'",
        });
    }
    const release = pattern.exec(tag)?.groups?.release;
    if (!release) {
        throw new errors/* InputError */.dz(`cannot take the release name from tag ${JSON.stringify(tag)}`, {
            file,
            field: 'releasePattern',
            expected: "a pattern whose named group 'release' matches the tag, or a 'release' key",
        });
    }
    return release;
}
/** Rejects product or release names that could leave the bundles directory, naming the field. */
function assertReleaseNames(names, file) {
    for (const field of ['product', 'release']) {
        const reason = (0,domain_names/* unsafeSegmentReason */.Ku)(names[field]);
        if (reason) {
            throw new errors/* InputError */.dz(`${field} ${JSON.stringify(names[field])} ${reason}`, {
                file,
                field,
                expected: "one path segment of letters, digits, '.', '_', '+', '-', without '..'",
            });
        }
    }
}
/**
 * The workspace seen from the directory of the sources file: its paths are relative to that file, and stay
 * confined to the workspace root (which gives lineage its repository-relative paths).
 */
function relativeWorkspace(workspace, directory) {
    if (directory === '' || directory === '.')
        return workspace;
    return { read: (file, maxBytes) => workspace.read(external_node_path_.posix.join(directory, (0,sources_workspace/* checkRelativePath */._)(file)), maxBytes) };
}
/** Reads the sources and assembles the bundle. */
async function build_buildBundle(input) {
    const { config, configPath, candidate } = input;
    const release = releaseNameOf(config, candidate.tag, configPath);
    assertReleaseNames({ product: config.product, release }, configPath);
    const identity = {
        tag: candidate.tag,
        commit: candidate.commit,
        ...(candidate.repository ? { repository: candidate.repository } : {}),
    };
    const context = {
        ...input.context,
        workspace: input.workspace,
        candidate: identity,
        referenceTime: candidate.committedAt,
    };
    const configFile = await input.workspace.read(configPath, input.context.maxFileBytes);
    const read = await readSources(config.sources, {
        ...context,
        workspace: relativeWorkspace(input.workspace, external_node_path_.posix.dirname(configPath)),
    });
    // The extra records first; no copy of what the sources returned when there are none.
    const records = input.extraRecords?.length ? [...input.extraRecords, ...read] : read;
    let assembly;
    try {
        assembly = assemble({
            product: config.product,
            release,
            candidate: identity,
            candidateLineage: {
                sourceId: 'candidate',
                lineage: input.candidateLineage ?? {
                    ...configFile.lineage,
                    locator: `${configFile.lineage.locator}#/candidate`,
                },
            },
            records,
            policy: input.policy,
            previous: input.previous,
        });
    }
    catch (error) {
        if (error instanceof AssemblyError)
            throw new errors/* InputError */.dz(error.message, { file: configPath, field: 'sources' }, { cause: error });
        throw error;
    }
    const [bad] = unlabelledNames(assembly.files.bundle);
    if (bad) {
        throw new errors/* InputError */.dz(`${bad.field} name ${JSON.stringify(bad.value)} (bundle ${bad.path}) is not a label`, {
            file: configPath,
            field: 'sources',
            expected: `letters, digits, '.', '_', '+', '-' in the source, or a policy rendering rule for ${bad.field} names (e.g. transform: kebab-case)`,
        });
    }
    return assembly;
}


/***/ }),

/***/ 6876:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   by: () => (/* binding */ urlCredential),
/* harmony export */   fO: () => (/* binding */ isRunCredential),
/* harmony export */   yn: () => (/* binding */ HEADER_VARIABLE_EXPECTED)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Credentials inside URLs that a source states as data: an artifact locator, a rollback hook, an evidence
 * reference, a provenance's source repository, a waiver's reason. Whatever a source states is copied into the
 * bundle, which is committed for good to the release-bundles repository (readable by everyone who may read a
 * release, not only by who may read the service repository) and shown in its pull request, check runs and job
 * summaries; a pre-signed download URL or a CI token in a repository URL would be published with it.
 *
 * What counts as a credential: a password in the user-info (`https://user:password@host`), a user name alone
 * over http(s) (`https://<token>@host`, how Git hosts take tokens; `ssh://git@host` names an account, not a
 * secret), and a query or fragment parameter whose name says it carries one (`token`, `access_token`, `sig`,
 * `X-Amz-Signature`, `api_key`, `password`, ...): ../errors.ts `urlCredentials`, which also keeps them out of
 * every message. Only the kind of credential and the URL's scheme and host are ever described: never the value.
 */

/** The first credential of the first URL in `text` that carries one (../errors.ts urlCredentials), or undefined. */
function urlCredential(text) {
    const [first] = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .credentialsInText */ .$b)(text);
    const kind = first?.kinds[0];
    return first && kind ? { kind, url: first.origin } : undefined;
}
/**
 * Whether an environment variable holds a credential of the run itself: the action's inputs (INPUT_TOKEN, the
 * writer App's installation token), the runner's (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN), and
 * GITHUB_TOKEN where a workflow or a shell exports it. A sources file is data in the service repository and a
 * source's header goes to the URL that file names, so no header may take its value from one of them: the action
 * checks every source before any runs (../action/main.ts), and each HTTP source checks its own headers
 * (./http-json.ts `headersFrom`), which is what guards `cutover assemble` on a terminal or in CI.
 */
function isRunCredential(variable) {
    return /^(INPUT_|ACTIONS_)|^GITHUB_TOKEN$/i.test(variable);
}
/** What a source header may name instead of a run credential, for errors. */
const HEADER_VARIABLE_EXPECTED = "a variable set for this source (not INPUT_*, ACTIONS_* or GITHUB_TOKEN: the action's and the runner's own credentials)";


/***/ }),

/***/ 8457:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadDocument)
/* harmony export */ });
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6416);
/* harmony import */ var _shape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9131);


/** Reads, size-checks (by the workspace), decodes and parses `path`. */
async function loadDocument(context, path) {
    const file = await context.workspace.read(path, context.maxFileBytes);
    const text = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8 */ ._6)(file.bytes, file.path);
    const value = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, file.path);
    const json = (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .formatOf */ .be)(file.path) === 'json';
    return {
        path: file.path,
        bytes: file.bytes,
        text,
        value,
        lineage: file.lineage,
        view: new _shape_js__WEBPACK_IMPORTED_MODULE_1__/* .DocumentView */ .zL(file.path, json ? text : undefined),
    };
}


/***/ }),

/***/ 3120:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ sourceOptions)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9801);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8671);
/**
 * Per-kind source options: each entry of the sources configuration is validated against the options schema
 * of its kind (schemas/source-kinds/<kind>.schema.json) before an adapter reads it, unless the sources file's
 * own schema already did (schema/documents.ts kindAcceptedInSourcesFile: the same schema, applied by kind).
 */



/** `$id` of the options schema of a source kind. */
function kindSchemaId(kind) {
    return `https://cutover.dev/schemas/source-kinds/${kind}.schema.json`;
}
/**
 * Entries already found valid, with the kind they were checked as: `readSources` checks every entry before
 * reading any, and each adapter asks again for its typed options (20,000 entries in a large release).
 */
const checked = new WeakMap();
/**
 * The entry's options, typed by its kind's schema. `T` must describe exactly what that schema accepts.
 * An entry that does not match is an InputError naming the source id and kind.
 */
function sourceOptions(entry, kind) {
    try {
        if (checked.get(entry) === kind || (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .kindAcceptedInSourcesFile */ .j)(entry) === kind)
            return entry;
        const options = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateById */ .n_)(kindSchemaId(kind), entry, `source '${entry.id}'`);
        checked.set(entry, kind);
        return options;
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid options for source '${entry.id}' (kind ${kind}): ${error.message}`, { field: error.field, expected: `options matching ${kindSchemaId(kind)}` }, { cause: error });
    }
}


/***/ }),

/***/ 1872:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ recordsFromDocument),
/* harmony export */   _: () => (/* binding */ recordsAdapter)
/* harmony export */ });
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8671);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8457);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3120);



/**
 * Records of a validated records document. `lineage` is the lineage of the document, which every record
 * shares with its JSON Pointer into it as its fragment (`/components/0/artifacts/1`, `/window`); or a
 * function giving each record's own lineage from that pointer (a document mapped from another shape).
 */
function recordsFromDocument(document, sourceId, lineage) {
    const at = typeof lineage === 'function'
        ? (pointer) => ({ sourceId, lineage: lineage(pointer) })
        : (pointer) => ({ sourceId, lineage, fragment: pointer });
    const out = [];
    if (document.signature) {
        out.push({ type: 'signature', ...at('/signature'), signature: { ...document.signature } });
    }
    document.components?.forEach((component, c) => {
        component.artifacts.forEach((artifact, a) => {
            out.push({
                type: 'artifact',
                ...at(`/components/${c}/artifacts/${a}`),
                component: component.name,
                // Keys in RFC 8785 order, as the bundle's canonical form keeps them (no copy).
                artifact: {
                    digest: artifact.digest,
                    locator: artifact.locator,
                    name: artifact.name,
                    version: artifact.version,
                },
            });
        });
    });
    document.cohorts?.forEach((cohort, i) => {
        out.push({
            type: 'cohort',
            ...at(`/cohorts/${i}`),
            cohort: {
                id: cohort.id,
                environments: [...cohort.environments],
                ...(cohort.share === undefined ? {} : { share: cohort.share }),
                ...(cohort.segment === undefined ? {} : { segment: cohort.segment }),
                flags: (cohort.flags ?? []).map((flag) => ({ key: flag.key, variant: flag.variant })),
            },
        });
    });
    document.rollback?.forEach((rollback, i) => {
        out.push({
            type: 'rollback',
            ...at(`/rollback/${i}`),
            component: rollback.component,
            ...(rollback.pointer ? { pointer: { digest: rollback.pointer.digest, version: rollback.pointer.version } } : {}),
            ...(rollback.hook === undefined ? {} : { hook: rollback.hook }),
            evidence: (rollback.evidence ?? []).map((e) => ({ ...e })),
        });
    });
    document.environments?.forEach((environment, i) => {
        out.push({
            type: 'environment',
            ...at(`/environments/${i}`),
            name: environment.name,
            constraints: { ...(environment.constraints ?? {}) },
        });
    });
    document.waivers?.forEach((waiver, i) => {
        out.push({ type: 'waiver', ...at(`/waivers/${i}`), waiver: { ...waiver } });
    });
    if (document.window) {
        out.push({
            type: 'window',
            ...at('/window'),
            window: { ...document.window, environments: [...document.window.environments] },
        });
    }
    return out;
}
/** Reads a records file from the workspace. */
const recordsAdapter = {
    kind: 'records',
    async read(entry, context) {
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceOptions */ .k)(entry, 'records');
        const loaded = await (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDocument */ .A)(context, options.path);
        const document = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_0__/* .validateDocument */ .mv)('records', loaded.value, loaded.path, loaded.text);
        return recordsFromDocument(document, options.id, loaded.lineage);
    },
};


/***/ }),

/***/ 9131:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ expectStringField),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   J6: () => (/* binding */ expectArray),
/* harmony export */   O3: () => (/* binding */ optionalArrayField),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   kn: () => (/* binding */ optionalStringField),
/* harmony export */   lK: () => (/* binding */ expectString),
/* harmony export */   oS: () => (/* binding */ optionalArray),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   zL: () => (/* binding */ DocumentView)
/* harmony export */ });
/* harmony import */ var _domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2812);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _schema_locate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2177);
/**
 * Reading untrusted JSON documents (SBOMs, flag files, attestations) into typed values, with errors that
 * name the file, the JSON Pointer, the line (for JSON text) and the expected form. No casts: each value is
 * narrowed from `unknown` where it is read.
 */



/** A parsed document and where it came from, so errors can point into it. */
class DocumentView {
    file;
    text;
    locate;
    /**
     * @param file the path or locator errors name
     * @param text the JSON text (for line numbers), or undefined when the value did not come from JSON text
     */
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    /** An InputError about the value at `pointer`. */
    error(pointer, message, expected) {
        if (this.text !== undefined && !this.locate)
            this.locate = (0,_schema_locate_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonLineLocator */ .nD)(this.text);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(message, { file: this.file, line: this.locate?.(pointer), field: pointer || '/', expected });
    }
}
/** True for a plain JSON object. */
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The value as an object, or an error naming `pointer`. */
function expectObject(view, value, pointer, what = 'an object') {
    if (isObject(value))
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as an array, or an error naming `pointer`. */
function expectArray(view, value, pointer, what = 'an array') {
    if (Array.isArray(value))
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as a non-empty string, or an error naming `pointer`. */
function expectString(view, value, pointer, what = 'a non-empty string') {
    if (typeof value === 'string' && value.length > 0)
        return value;
    throw view.error(pointer, `expected ${what}, found ${describeType(value)}`, what);
}
/** The value as a string when present (undefined/null count as absent); a non-string is an error. */
function optionalString(view, value, pointer) {
    if (value === undefined || value === null)
        return undefined;
    return expectString(view, value, pointer);
}
/** The value as an array when present (undefined counts as absent). */
function optionalArray(view, value, pointer) {
    if (value === undefined)
        return [];
    return expectArray(view, value, pointer);
}
/**
 * `object[key]` read the way the functions above read a value, for the fields of the many items of a large
 * document (SBOM components and packages): the pointer `<pointer>/<key>` is made only for an error.
 */
function expectStringField(view, object, pointer, key) {
    const value = object[key];
    return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}
/** `object[key]` as optionalString reads it; the pointer is made only for an error. */
function optionalStringField(view, object, pointer, key) {
    const value = object[key];
    if (value === undefined || value === null)
        return undefined;
    return typeof value === 'string' && value.length > 0 ? value : expectString(view, value, child(pointer, key));
}
/** `object[key]` as optionalArray reads it; the pointer is made only for an error. */
function optionalArrayField(view, object, pointer, key) {
    const value = object[key];
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : expectArray(view, value, child(pointer, key));
}
/** A JSON Pointer extended by segments. */
function child(pointer, ...segments) {
    // An array index (the most common segment by far) needs no escaping.
    if (segments.length === 1 && typeof segments[0] === 'number')
        return `${pointer}/${segments[0]}`;
    return pointer + (0,_domain_json_pointer_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerOf */ .rq)(segments);
}
/** `a string`, `an array`, `null`… for error messages (never the value: it may be large or secret). */
function describeType(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return value.length === 0 ? 'an empty string' : 'a string';
    return `a ${typeof value}`;
}
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `sha256:<hex>` from a bare or prefixed hex digest; upper-case hex is lowered. Undefined when not a sha256. */
function sha256Digest(value) {
    const hex = value.replace(/^sha256:/, '').toLowerCase();
    return SHA256_HEX.test(hex) ? `sha256:${hex}` : undefined;
}


/***/ }),

/***/ 7899:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ checkRelativePath),
/* harmony export */   r: () => (/* binding */ localWorkspace)
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
        async read(requested, maxBytes = options.maxBytes ?? _schema_parse_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_FILE_BYTES */ .CR) {
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
,

/***/ 3628:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assembleCommand: () => (/* binding */ assembleCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5610);
/* harmony import */ var _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4892);
/* harmony import */ var _domain_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5419);
/* harmony import */ var _domain_holds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1937);
/* harmony import */ var _domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2359);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _modes_build_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7649);
/* harmony import */ var _schema_documents_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9801);
/* harmony import */ var _schema_parse_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6416);
/* harmony import */ var _schema_validate_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8671);
/* harmony import */ var _sources_workspace_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7899);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1654);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1604);
/* harmony import */ var _release_dir_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(6021);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5678);
/**
 * `cutover assemble --sources <file> --out <dir> [--policy <file>] [--previous <dir>] [--json]`:
 * builds a release directory from local sources. Holds are data: exit 0, and they are reported.
 */

















const USAGE = _commands_js__WEBPACK_IMPORTED_MODULE_13__/* .COMMAND_META */ .w.assemble.usage;
const assembleCommand = {
    ..._commands_js__WEBPACK_IMPORTED_MODULE_13__/* .COMMAND_META */ .w.assemble,
    async run(args, io) {
        const options = optionsOf(args);
        const inputs = await readInputs(options, io);
        const assembly = await assembleFrom(inputs, io);
        const outDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.out);
        const current = await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .readReleaseTexts */ .o)(outDir).catch(() => ({}));
        const manifest = nextManifest(assembly, current, inputs.previous?.manifest, inputs.policy);
        const files = (0,_domain_files_js__WEBPACK_IMPORTED_MODULE_4__/* .renderReleaseFiles */ .v)(assembly.files, manifest);
        const unchanged = Object.keys(files).every((key) => current[key] === files[key]);
        if (!unchanged)
            await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .writeReleaseDirectory */ .A)(outDir, files);
        const summary = summaryOf(assembly, manifest, outDir, !unchanged);
        // Hold reasons and evidence quote the sources (a waiver's subject): no terminal control reaches the screen.
        io.stdout(options.json ? `${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_16__/* .terminalJson */ .t)(summary)}\n` : summaryText(summary, assembly, options.out));
        return _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .dc.ok;
    },
};
/** The command line, both required options checked. */
function optionsOf(args) {
    const { values } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args,
        options: {
            sources: { type: 'string' },
            out: { type: 'string' },
            policy: { type: 'string' },
            previous: { type: 'string' },
            json: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
    });
    if (!values.sources)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('missing --sources <file>', { expected: USAGE });
    if (!values.out)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz('missing --out <dir>', { expected: USAGE });
    return { ...values, sources: values.sources, out: values.out, json: values.json };
}
/** The policy (or the default), the sources file with its candidate, and the --previous revision, in that order. */
async function readInputs(options, io) {
    const sourcesPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.sources);
    const policy = options.policy ? await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_9__/* .readPolicy */ .T4)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.policy)) : _domain_default_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY */ .z;
    const maxFileBytes = policy.limits?.maxFileBytes;
    const config = await (0,_schema_documents_js__WEBPACK_IMPORTED_MODULE_9__/* .readSourcesConfig */ .jO)(sourcesPath, maxFileBytes);
    const { candidate } = config;
    if (!candidate) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz("missing key 'candidate' (tag, commit, committedAt)", {
            file: sourcesPath,
            field: '/candidate',
            expected: 'the release candidate, which the CLI cannot take from a triggering tag',
        });
    }
    const previous = options.previous
        ? await readPrevious(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.previous), {
            product: config.product,
            release: (0,_modes_build_js__WEBPACK_IMPORTED_MODULE_8__/* .releaseNameOf */ .a)(config, candidate.tag, sourcesPath),
        })
        : undefined;
    return { sourcesPath, config, candidate, policy, maxFileBytes, previous };
}
/** Reads the sources from the sources file's directory, as observed at the candidate's commit time. */
function assembleFrom(inputs, io) {
    const { sourcesPath, config, candidate, policy, maxFileBytes, previous } = inputs;
    return (0,_modes_build_js__WEBPACK_IMPORTED_MODULE_8__/* .buildBundle */ .bS)({
        config,
        configPath: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(sourcesPath),
        candidate,
        policy,
        workspace: (0,_sources_workspace_js__WEBPACK_IMPORTED_MODULE_12__/* .localWorkspace */ .r)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(sourcesPath), {
            observedAt: candidate.committedAt,
            ...(maxFileBytes ? { maxBytes: maxFileBytes } : {}),
        }),
        context: { env: io.env, ...(maxFileBytes ? { maxFileBytes } : { maxFileBytes: 16 * 1024 * 1024 }) },
        previous,
    });
}
/**
 * The manifest to write: the latest revision on record (the --previous one, or what --out already holds for
 * this release, whichever is newer, so re-assembling into the same directory never moves the revision
 * backwards) when it binds this digest already, else the next revision superseding it.
 */
function nextManifest(assembly, current, previous, policy) {
    const inOut = currentManifest(current, assembly.files.bundle);
    const latest = [previous, inOut]
        .filter((m) => m !== undefined)
        .sort((a, b) => b.revision - a.revision)[0];
    const decision = (0,_domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .decideRevision */ .K8)(latest && { revision: latest.revision, bundleDigest: latest.bundleDigest }, assembly.digest);
    if (decision.kind === 'unchanged' && latest)
        return latest;
    return (0,_domain_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .buildManifest */ .u1)({
        bundle: assembly.files.bundle,
        digest: assembly.digest,
        revision: decision.revision,
        policy,
        supersedes: decision.kind === 'next' ? decision.supersedes : null,
    });
}
/** The `--json` summary: what was assembled, where, whether it was written, its counts and its holds. */
function summaryOf(assembly, manifest, directory, written) {
    const { bundle, holds } = assembly.files;
    return {
        product: bundle.product,
        release: bundle.release,
        revision: manifest.revision,
        bundleDigest: assembly.digest,
        supersedes: manifest.supersedes,
        directory,
        written,
        counts: {
            components: bundle.components.length,
            artifacts: bundle.components.reduce((n, c) => n + c.artifacts.length, 0),
            dependencies: bundle.dependencies.length,
            cohorts: bundle.cohorts.length,
            waivers: bundle.waivers.length,
        },
        holds: holds.holds.map(({ id, rule, path: field, reason, evidence }) => ({
            id,
            rule,
            path: field,
            reason,
            evidence,
        })),
    };
}
/** The text summary: one line each for the revision, digest, contents and hold count, then each hold as a block. */
function summaryText(summary, assembly, outAsGiven) {
    const { bundle, holds } = assembly.files;
    const lines = [
        `${summary.written ? 'assembled' : 'unchanged'} ${bundle.product} ${bundle.release} revision ${summary.revision} -> ${outAsGiven}`,
        `bundle digest  ${assembly.digest}`,
        `contents       ${Object.entries(summary.counts)
            .map(([k, n]) => (0,_io_js__WEBPACK_IMPORTED_MODULE_14__/* .count */ .U9)(n, k === 'dependencies' ? 'dependency' : k.slice(0, -1), k))
            .join(', ')}`,
        `holds          ${holds.holds.length} open`,
    ];
    // Each hold as a block: its reason and the evidence (sources and where in them) that raised it.
    for (const h of holds.holds)
        lines.push('', `${h.id}  ${h.rule}  ${h.path || '/'}`, `  ${h.reason}`, `  ${(0,_domain_holds_js__WEBPACK_IMPORTED_MODULE_5__/* .evidenceText */ .rS)(h)}`);
    return `${lines.map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_16__/* .terminalText */ .e).join('\n')}\n`;
}
/** The manifest already in --out when it belongs to the same product and release and is valid. */
function currentManifest(texts, bundle) {
    if (texts.manifest === undefined)
        return undefined;
    try {
        const manifest = (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocument */ .mv)('manifest', (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDocument */ .Tp)(texts.manifest, 'manifest.json', 'json'), 'manifest.json', texts.manifest);
        return manifest.product === bundle.product && manifest.release === bundle.release ? manifest : undefined;
    }
    catch {
        // A damaged manifest in --out is replaced, not trusted: the new revision is numbered from --previous.
        return undefined;
    }
}
/**
 * The `--previous` release directory: the last approved revision of the same release. Approved, for a local
 * directory (the CLI cannot see the seal tag), means: every file schema-valid, the manifest binding exactly
 * these files (its digest recomputed from them), the same product and release as the candidate, and no open
 * hold. Anything else is an input error naming the file, the field and both values.
 */
async function readPrevious(dir, expected) {
    const texts = await (0,_release_dir_js__WEBPACK_IMPORTED_MODULE_15__/* .readReleaseTexts */ .o)(dir);
    const load = (key) => {
        const file = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `${key}.json`);
        const text = texts[key];
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous directory has no ${key}.json`, {
                file,
                expected: 'the release directory of the last approved revision',
            });
        return (0,_schema_validate_js__WEBPACK_IMPORTED_MODULE_11__/* .validateDocument */ .mv)(key, (0,_schema_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseDocument */ .Tp)(text, file, 'json'), file, text);
    };
    const bundle = load('bundle');
    const lineage = load('lineage');
    const holds = load('holds');
    const manifest = load('manifest');
    const expectedRevision = `a revision of ${expected.product} ${expected.release}, the release being assembled`;
    for (const [key, found] of [
        ['bundle', bundle],
        ['manifest', manifest],
    ]) {
        for (const field of ['product', 'release']) {
            if (found[field] !== expected[field])
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous is ${found.product} ${found.release}, not ${expected.product} ${expected.release}: a revision supersedes only a revision of the same release`, { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `${key}.json`), field: `/${field}`, expected: expectedRevision });
        }
    }
    const digest = (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleDigest */ .bH)({ bundle, lineage, holds });
    if (manifest.bundleDigest !== digest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous manifest binds ${manifest.bundleDigest}, but its bundle, lineage and holds files hash to ${digest}: it is not the revision that was approved`, {
            file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'manifest.json'),
            field: '/bundleDigest',
            expected: 'the release directory exactly as approved (unchanged since its manifest was written)',
        });
    if (holds.holds.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`--previous revision ${manifest.revision} has ${(0,_io_js__WEBPACK_IMPORTED_MODULE_14__/* .count */ .U9)(holds.holds.length, 'open hold')} (${holds.holds.length > 5 ? 'the first 5: ' : ''}${holds.holds
            .slice(0, 5)
            .map((h) => `${h.id} ${h.rule} at ${h.path || '/'}`)
            .join(', ')}), so it was never approved`, {
            file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'holds.json'),
            field: '/holds',
            expected: 'the last approved revision: one without open holds (in the bundles repository, the sealed one)',
        });
    return { bundle, manifest };
}


/***/ }),

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

/***/ 4892:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
const DEFAULT_POLICY = {
    schemaVersion: 1,
    approvers: { teams: ['release-engineering', 'operations'] },
};


/***/ })

};
