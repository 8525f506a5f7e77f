/**
 * The bytes of a release directory: every file is pretty-printed canonical JSON (keys in RFC 8785 order,
 * two-space indent, final newline), so the same content always gives the same bytes and diffs read well.
 */
import { knownCanonical } from './canonical.js';
import type { ApprovalManifest, BundleFiles } from './model.js';
import type { BundleFileKey } from './names.js';

/**
 * Pretty JSON text with keys in RFC 8785 order (UTF-16 code units, which is what Array.prototype.sort does
 * with strings). Numbers and strings serialize as JSON.stringify does, which is also what RFC 8785 specifies,
 * so parsing this text and canonicalizing it gives the canonical form; this path avoids canonicalizing and
 * re-parsing multi-megabyte files just to indent them. (JavaScript orders integer-like keys numerically;
 * Cutover's documents have none: their keys are schema names, JSON Pointers and `sourceId#n`.)
 */
export function renderJson(value: unknown): string {
  // A replacer costs a call per value; a value already in order is written as it is. The files the bundle
  // digest was computed over are known to be (canonical.ts digestedBundleFiles marks them): no walk for them.
  if (knownCanonical(value) || inKeyOrder(value, 0)) return `${JSON.stringify(value, null, 2)}\n`;
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

/**
 * Whether every object in a value is a plain object whose keys are in sorted order, with no `toJSON`: then
 * sortKeys would return every value as it is. (for-in adds inherited enumerable keys, which a plain object
 * does not have; were there any, the answer could only turn false.) Past a depth no document reaches, the
 * answer is false and sortKeys decides (it reports a cycle as JSON.stringify does).
 */
function inKeyOrder(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (depth > 64) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!inKeyOrder(item, depth + 1)) return false;
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if ((prototype !== Object.prototype && prototype !== null) || 'toJSON' in value) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && !(previous < key)) return false;
    previous = key;
    if (!inKeyOrder((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  // Most objects (every parsed file, most built ones) already list their keys in order: no copy for them.
  let ordered = true;
  for (let i = 1; i < keys.length && ordered; i++) ordered = (keys[i - 1] as string) < (keys[i] as string);
  if (ordered) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of keys.sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** File name -> text for one release directory. */
export function renderReleaseFiles(files: BundleFiles, manifest: ApprovalManifest): Record<BundleFileKey, string> {
  return {
    bundle: renderJson(files.bundle),
    lineage: renderJson(files.lineage),
    holds: renderJson(files.holds),
    manifest: renderJson(manifest),
  };
}
