/**
 * The bytes of a release directory: every file is pretty-printed canonical JSON (keys in RFC 8785 order,
 * two-space indent, final newline), so the same content always gives the same bytes and diffs read well.
 */
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
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
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
