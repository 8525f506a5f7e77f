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
import { createHash, hash } from 'node:crypto';
import { type Listing, listingOf } from './listed.js';
import type { BundleFiles } from './model.js';

/** Keys whose insertion order V8 does not keep: array indices ("0", "1", "4294967294"; a few more to be safe). */
const UNORDERED_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
/** Whether a key must take the slow path: an unordered key (they start with a digit, tested first) or `__proto__`. */
const needsSlowPath = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return (first >= 48 && first <= 57 && UNORDERED_KEY.test(key)) || key === '__proto__';
};

declare global {
  interface String {
    /** ES2024 (Node 20 and later; the project's `lib` is ES2023): false when the string has a lone surrogate. */
    isWellFormed(): boolean;
  }
}

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
const ORDERED = new WeakSet<object>();

/** Whether a value was marked as in canonical order (see ORDERED): then JSON.stringify writes it canonically. */
export function knownCanonical(value: unknown): boolean {
  return typeof value === 'object' && value !== null && ORDERED.has(value);
}

/**
 * Whether a key of a parsed JSON object lets the object be marked as in canonical order (markParsedInOrder):
 * not a key the fast path sends to the slow path (integer-like, `__proto__`), nor `toJSON`, which a parsed
 * object holds only as its own key and which the fast path also refuses (`'toJSON' in value`).
 */
export function orderableKey(key: string): boolean {
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
export function markParsedInOrder(root: object): void {
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
export function markListedInOrder(record: object): void {
  if (listingOf(record) !== undefined) ORDERED.add(record);
}

/** Thrown by the fast path when the value needs the slow path, which also throws every refusal in its order. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');

/** Deeper than this, the fast path gives up (a cycle recurses forever, so it gets there): the slow path decides. */
export const MAX_DEPTH = 64;

/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. The
 * ordered value is marked (ORDERED): the caller must not change it afterwards. A value whose keys JavaScript
 * cannot hold in that order (integer-like keys, `__proto__`), or that holds something else the fast path
 * leaves to the slow one (`toJSON`, boxed primitives, class instances, nesting deeper than 64), is returned
 * as it is. The text is computed when first read (most callers want only the value), and reading it throws
 * what canonicalJson throws (NaN, Infinity, lone surrogates, cycles).
 */
export function canonicalForm<T>(value: T): { value: T; text: string } {
  if (value === null || typeof value !== 'object')
    return {
      value,
      get text() {
        return canonicalJson(value);
      },
    };
  const ordered = fastOrdered(value, false);
  let text: string | undefined;
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
    value: ordered as T,
    get text() {
      text ??= fastText(ordered, value);
      return text;
    },
  };
}

/** RFC 8785 canonical JSON text of a value. */
export function canonicalJson(value: unknown): string {
  // A string, number, boolean or null (most lineage field values) is its own JSON text.
  if (value === null || typeof value !== 'object') {
    checkLeaf(value);
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('value has no JSON representation');
    return text;
  }
  const ordered = fastOrdered(value, false);
  return ordered === undefined ? slowText(value) : fastText(ordered, value);
}

/** The value in canonical order through the fast path, or undefined when it needs the slow path. */
function fastOrdered(value: object, marks: boolean): object | undefined {
  try {
    return orderedObject(value, 0, marks);
  } catch (error) {
    if (error !== NEEDS_SLOW_PATH) throw error;
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
function fastText(ordered: object, original: unknown): string {
  const text = JSON.stringify(ordered);
  return hasLoneSurrogate(text, ordered) ? slowText(original) : text;
}

/** Whether a value whose JSON.stringify text is `text` holds a lone surrogate in a string or a key. */
function hasLoneSurrogate(text: string, value: unknown): boolean {
  return text.includes('\\ud') && !wellFormed(value);
}

/** Whether every string and key of a value (the fast path's: plain, at most MAX_DEPTH deep) is well formed. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(wellFormed);
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!key.isWellFormed() || !wellFormed(record[key])) return false;
  return true;
}

function slowText(value: unknown): string {
  const text = serialize(value, new Set());
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return text;
}

/** Refuses what RFC 8785 (and the `canonicalize` package) refuse, and what is not JSON at all. */
function checkLeaf(value: unknown): void {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw new Error('NaN is not allowed');
    if (!Number.isFinite(value)) throw new Error('Infinity is not allowed');
  } else if (typeof value === 'string') {
    if (!value.isWellFormed()) throw new Error('Lone surrogate is not allowed');
  } else if (typeof value === 'function' || typeof value === 'bigint')
    throw new TypeError(`a ${typeof value} has no JSON representation`);
}

/** Undefined and symbols are left out of objects and become null in arrays, as the package does. */
const absent = (value: unknown): boolean => value === undefined || typeof value === 'symbol';

function enter(object: object, seen: Set<object>): void {
  if (seen.has(object)) throw new Error('Circular reference detected');
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
function orderedObject(value: object, depth: number, marks: boolean): object {
  if (depth > MAX_DEPTH || 'toJSON' in value) throw NEEDS_SLOW_PATH;
  if (marks && depth <= 1 && ORDERED.has(value)) return value;
  if (Array.isArray(value)) return orderedItems(value as unknown[], depth, marks);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw NEEDS_SLOW_PATH;
  // Near the top (where assembly's lineage fields are: depth 2 of the bundle digest's `{bundle, holds,
  // lineage}`), a frozen record's listing (listed.ts) spares listing its keys (lineage.json's fields are one
  // object of ~27 keys per component).
  const listing = depth <= 2 ? listingOf(value) : undefined;
  if (listing !== undefined) {
    // A listed record marked as built in canonical order (assembly's lineage fields, markListedInOrder) is
    // taken as it is: one WeakSet lookup instead of a walk of its values.
    if (marks && ORDERED.has(value)) return value;
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
  const record = value as Record<string, unknown>;
  let previous: string | undefined;
  for (const key in record) {
    if (needsSlowPath(key)) throw NEEDS_SLOW_PATH;
    if (previous !== undefined && !(previous < key)) return sortedObject(record, Object.keys(record), depth, marks);
    previous = key;
    const item = record[key];
    if (typeof item === 'object') {
      if (item === null) continue;
      const next = orderedObject(item, depth + 1, marks);
      if (next !== item) return changedObject(record, key, next, depth, marks);
    } else checkFastLeaf(item);
  }
  return value;
}

/**
 * orderedObject's copy of an object whose value at `key` came out as `next`, found before the walk reached
 * its later keys: copiedObject when all its keys are in order, sortedObject otherwise.
 */
function changedObject(
  record: Record<string, unknown>,
  key: string,
  next: object,
  depth: number,
  marks: boolean,
): Record<string, unknown> {
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    if (needsSlowPath(keys[i] as string)) throw NEEDS_SLOW_PATH;
    if (i > 0 && !((keys[i - 1] as string) < (keys[i] as string))) return sortedObject(record, keys, depth, marks);
  }
  const changed = keys.indexOf(key);
  // An inherited key (not one of JSON.stringify's): the slow path decides.
  if (changed < 0) throw NEEDS_SLOW_PATH;
  return copiedObject(record, keys, changed, next, depth, marks);
}

/** orderedObject of a record with a listing (listed.ts): its keys and values read from the lists. */
function listedObject(value: object, listing: Listing, depth: number, marks: boolean): object {
  const keys = listing.keys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (needsSlowPath(key)) throw NEEDS_SLOW_PATH;
    if (i > 0 && !((keys[i - 1] as string) < key))
      return sortedObject(value as Record<string, unknown>, [...keys], depth, marks);
  }
  const values = listing.values;
  for (let i = 0; i < keys.length; i++) {
    const item = values[i];
    if (typeof item === 'object') {
      if (item === null) continue;
      const next = orderedObject(item, depth + 1, marks);
      if (next !== item) return copiedObject(value as Record<string, unknown>, keys, i, next, depth, marks);
    } else checkFastLeaf(item);
  }
  return value;
}

/** NaN, Infinity, functions and bigints go to the slow path, which refuses them as the package does. */
function checkFastLeaf(item: unknown): void {
  if (typeof item === 'number') {
    if (item - item !== 0) throw NEEDS_SLOW_PATH;
  } else if (typeof item === 'function' || typeof item === 'bigint') throw NEEDS_SLOW_PATH;
}

/** An object in key order whose value at keys[changed] came out as `next`: a copy with it (and those after). */
function copiedObject(
  value: Record<string, unknown>,
  keys: readonly string[],
  changed: number,
  next: object,
  depth: number,
  marks: boolean,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < changed; i++) {
    const key = keys[i] as string;
    const item = value[key];
    if (!absent(item)) copy[key] = item;
  }
  copy[keys[changed] as string] = next;
  copyOrdered(value, keys, changed + 1, copy, depth, marks);
  return copy;
}

/** An object whose keys are out of order (every key checked by needsSlowPath): a copy with its keys in order. */
function sortedObject(
  value: Record<string, unknown>,
  keys: string[],
  depth: number,
  marks: boolean,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (needsSlowPath(keys[i] as string)) throw NEEDS_SLOW_PATH;
  copyOrdered(value, sortKeys(keys), 0, copy, depth, marks);
  return copy;
}

/**
 * Sorts keys in place by UTF-16 code units, as Array.prototype.sort does with strings: a few keys (the built
 * objects that come out of order, about 30 per component) by insertion, which costs less than the call.
 */
function sortKeys(keys: string[]): string[] {
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && key < (keys[j] as string); j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
  return keys;
}

/** Inserts value's entries keys[from..] into copy, each value through orderedObject. */
function copyOrdered(
  value: Record<string, unknown>,
  keys: readonly string[],
  from: number,
  copy: Record<string, unknown>,
  depth: number,
  marks: boolean,
): void {
  for (let i = from; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = value[key];
    if (typeof item === 'object' && item !== null) copy[key] = orderedObject(item, depth + 1, marks);
    else if (!absent(item)) {
      checkFastLeaf(item);
      copy[key] = item;
    }
  }
}

/** An array's items through orderedObject; the array itself when no item changed. */
function orderedItems(value: unknown[], depth: number, marks: boolean): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    let next = item;
    if (typeof item === 'object') {
      if (item !== null) next = orderedObject(item, depth + 1, marks);
    } else checkFastLeaf(item);
    if (next !== item && copy === undefined) copy = value.slice(0, i);
    copy?.push(next);
  }
  return copy ?? value;
}

/** The slow path: the canonical text written directly (what the `canonicalize` package does). */
function serialize(value: unknown, seen: Set<object>): string | undefined {
  checkLeaf(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    enter(value, seen);
    const result = serialize(value.toJSON(), seen);
    seen.delete(value);
    return result;
  }
  enter(value, seen);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      items.push(absent(item) ? 'null' : (serialize(item, seen) ?? 'null'));
    }
    text = `[${items.join(',')}]`;
  } else {
    const parts: string[] = [];
    for (const key of Object.keys(value).sort()) {
      checkLeaf(key);
      const item: unknown = Reflect.get(value, key);
      const text = absent(item) ? undefined : serialize(item, seen);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
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
export const TEXT_PIECE = 32 * 1024;

/**
 * A long text in consecutive pieces of at most TEXT_PIECE code units (slices, not copies), none ending between
 * the two halves of a surrogate pair: encoded piece by piece, the UTF-8 bytes are those of the whole text (a
 * lone surrogate included: it ends a piece only when no low surrogate follows it, and is encoded alone either
 * way). For the hash below and the CLI's file writer (../cli/release-dir.ts).
 */
export function* textPieces(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + TEXT_PIECE, text.length);
    const last = text.charCodeAt(end - 1);
    // A high surrogate ending the piece would be cut from the low one after it: it goes to the next piece.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash` (no Hash object per call) for bytes and
 * for strings up to TEXT_PIECE code units; longer strings are fed to one Hash in textPieces.
 */
export function sha256(data: string | Uint8Array): string {
  if (typeof data !== 'string' || data.length <= TEXT_PIECE) return `sha256:${hash('sha256', data, 'hex')}`;
  const hasher = createHash('sha256');
  for (const piece of textPieces(data)) hasher.update(piece, 'utf8');
  return `sha256:${hasher.digest('hex')}`;
}

/** `sha256:<hex>` of a value's canonical JSON. */
export function digestOf(value: unknown): string {
  return sha256(canonicalJson(value));
}

/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
export function bundleDigest(files: BundleFiles): string {
  return digestedBundleFiles(files).digest;
}

/**
 * The bundle digest, and the files it was computed over in canonical key order (copied only where they were
 * not), marked as such (ORDERED): the writer (files.ts renderJson) then writes them without another walk. A
 * file already marked (assemble's bundle, from canonicalForm) is not walked again here either.
 */
export function digestedBundleFiles(files: BundleFiles): { ordered: BundleFiles; digest: string } {
  const all = { bundle: files.bundle, holds: files.holds, lineage: files.lineage };
  const ordered = fastOrdered(all, true) as typeof all | undefined;
  if (ordered === undefined) return { ordered: files, digest: sha256(slowText(all)) };
  const digest = sha256(fastText(ordered, all));
  for (const file of [ordered.bundle, ordered.holds, ordered.lineage])
    if (typeof file === 'object' && file !== null) ORDERED.add(file);
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
export function digestWithin(root: object): (value: unknown) => string {
  if (typeof root !== 'object' || root === null) return digestOf;
  if (!ORDERED.has(root)) {
    if (fastOrdered(root, true) !== root) return digestOf;
    ORDERED.add(root);
  }
  return digestInOrder;
}

/** digestOf of a value in canonical order: its JSON.stringify text, checked for lone surrogates as in fastText. */
function digestInOrder(value: unknown): string {
  if (value === null || typeof value !== 'object') return digestOf(value);
  const text = JSON.stringify(value);
  // canonicalJson throws, naming the lone surrogate, as digestOf does.
  return sha256(hasLoneSurrogate(text, value) ? canonicalJson(value) : text);
}

/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
