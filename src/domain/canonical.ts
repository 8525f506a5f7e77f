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
import { createHash, hash } from 'node:crypto';
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

/** Thrown by the fast path when a key needs the slow path. */
const NEEDS_SLOW_PATH = Symbol('needs the slow path');

/** RFC 8785 canonical JSON text of a value. */
export function canonicalJson(value: unknown): string {
  // A string, number, boolean or null (most lineage field values) is its own JSON text.
  if (value === null || typeof value !== 'object') {
    checkLeaf(value);
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('value has no JSON representation');
    return text;
  }
  return canonicalForm(value).text;
}

/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. A value
 * whose keys JavaScript cannot hold in that order (integer-like keys, `__proto__`) is returned as it is.
 */
export function canonicalForm<T>(value: T): { value: T; text: string } {
  let ordered: unknown;
  let text: string | undefined;
  try {
    ordered = sortedCopy(value, undefined, 0);
    text = JSON.stringify(ordered);
  } catch (error) {
    if (error !== NEEDS_SLOW_PATH) throw error;
    ordered = value;
    text = serialize(value, new Set());
  }
  if (text === undefined) throw new TypeError('value has no JSON representation');
  return { value: ordered as T, text };
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
 * The fast path: the value with every object's keys in sorted order, for JSON.stringify. A plain object or
 * array already in that order is returned as it is (parsed release files and most built values are), so only
 * what is out of order is copied. Throws NEEDS_SLOW_PATH on an unordered key. `seen` (the objects being
 * visited, for cycles) is made only below a depth real documents do not reach: a cycle recurses forever, so
 * it gets there.
 */
function sortedCopy(value: unknown, seen: Set<object> | undefined, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    checkLeaf(value);
    return value;
  }
  if (depth > 64) {
    seen ??= new Set();
    enter(value, seen);
  }
  let copy: unknown;
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    seen ??= new Set();
    if (depth <= 64) enter(value, seen);
    copy = sortedCopy(value.toJSON(), seen, depth + 1);
    seen.delete(value);
    return copy;
  }
  if (Array.isArray(value)) copy = sortedItems(value, seen, depth + 1);
  else copy = sortedEntries(value, seen, depth + 1);
  seen?.delete(value);
  return copy;
}

/** An object's entries through sortedCopy, in sorted key order; the object itself when that changes nothing. */
function sortedEntries(value: object, seen: Set<object> | undefined, depth: number): object {
  const keys = Object.keys(value);
  // Only a plain object serializes as its keys alone: JSON.stringify unwraps boxed primitives (new Number(1)).
  const prototype: unknown = Object.getPrototypeOf(value);
  let same = prototype === Object.prototype || prototype === null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (needsSlowPath(key)) throw NEEDS_SLOW_PATH;
    checkLeaf(key);
    if (i > 0 && !((keys[i - 1] as string) < key)) same = false;
  }
  if (!same) keys.sort();
  // The items are kept only once one differs (or the object is copied anyway): most objects need no array.
  let items: unknown[] | undefined = same ? undefined : [];
  for (let i = 0; i < keys.length; i++) {
    const item: unknown = Reflect.get(value, keys[i] as string);
    const next = absent(item) ? item : sortedCopy(item, seen, depth);
    if (next !== item && !items) {
      items = [];
      for (let j = 0; j < i; j++) items.push(Reflect.get(value, keys[j] as string));
    }
    items?.push(next);
  }
  if (!items) return value;
  const object: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (!absent(items[i])) object[keys[i] as string] = items[i];
  return object;
}

/** An array's items through sortedCopy; the array itself when no item changed. */
function sortedItems(value: unknown[], seen: Set<object> | undefined, depth: number): unknown[] {
  let items: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const next = absent(item) ? null : sortedCopy(item, seen, depth);
    if (next !== item && !items) items = value.slice(0, i);
    items?.push(next);
  }
  return items ?? value;
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

/** `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash`: no Hash object per call. */
export function sha256(data: string | Uint8Array): string {
  return `sha256:${hash('sha256', data, 'hex')}`;
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

/** The bundle digest, and the files it was computed over in canonical key order (canonicalForm). */
export function digestedBundleFiles(files: BundleFiles): { ordered: BundleFiles; digest: string } {
  const { value, text } = canonicalForm({ bundle: files.bundle, holds: files.holds, lineage: files.lineage });
  return { ordered: { bundle: value.bundle, lineage: value.lineage, holds: value.holds }, digest: sha256(text) };
}

/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
