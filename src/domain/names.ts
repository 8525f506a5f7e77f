/**
 * Names that become paths and refs: release directories, branches and seal tags. One validator for all,
 * so no product or release name can leave the bundles directory.
 */

/** Directory in the bundles repository that holds every release. */
export const BUNDLES_ROOT = 'bundles';

/** File names inside one release directory. */
export const BUNDLE_FILES = {
  bundle: 'bundle.json',
  lineage: 'lineage.json',
  holds: 'holds.json',
  manifest: 'manifest.json',
} as const;

export type BundleFileKey = keyof typeof BUNDLE_FILES;

const LABEL = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;

/**
 * The largest revision number: the most a seal tag `r<revision>` carries (nine digits), and what the manifest
 * and seal-record schemas allow (`common.schema.json#/$defs/revision`). Far below 2^53, so it stays exact.
 */
export const MAX_REVISION = 999_999_999;

/** Why `revision` is not a revision number (an integer from 1 to MAX_REVISION), or undefined when it is. */
export function revisionReason(revision: number): string | undefined {
  if (!Number.isInteger(revision) || revision < 1) return 'is not a whole number of at least 1';
  if (revision > MAX_REVISION) return `is larger than ${MAX_REVISION}, the largest revision a seal tag can carry`;
  return undefined;
}

/**
 * Why `value` is not a safe single path segment and git ref component, or undefined when it is. Rejects what
 * could leave the bundles directory or that git refuses in a ref name (git check-ref-format): '..', '/',
 * '\\', absolute paths, control characters, empty names, a trailing '.', a '.lock' ending; '@{', '~', '^',
 * ':', '?', '*', '[' and spaces are outside the allowed characters.
 */
export function unsafeSegmentReason(value: string): string | undefined {
  if (value.length === 0) return 'is empty';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'contains a control character';
  if (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value)) return 'is an absolute path';
  if (value.includes('/') || value.includes('\\')) return "contains a path separator ('/' or '\\')";
  if (value.includes('..')) return "contains '..'";
  if (!LABEL.test(value))
    return "has characters outside letters, digits, '.', '_', '+', '-' or does not start with a letter or digit";
  // git refuses a ref component that ends with '.' or '.lock' (git check-ref-format); '.LOCK' too, for
  // case-insensitive file systems.
  if (value.endsWith('.')) return "ends with '.', which git refuses in a branch or tag name";
  if (/\.lock$/i.test(value)) return "ends with '.lock', which git refuses in a branch or tag name";
  return undefined;
}

/** Directory of one release: `bundles/<product>/<release>`. Callers validate the names first. */
export function releaseDirectory(product: string, release: string): string {
  return `${BUNDLES_ROOT}/${product}/${release}`;
}

/** Branch the assemble mode writes a release's revisions on. */
export function releaseBranch(product: string, release: string): string {
  return `cutover/${product}/${release}`;
}

/** The seal tag of one revision: `cutover/<product>/<release>/r<revision>`. */
export function sealTagName(product: string, release: string, revision: number): string {
  const reason = revisionReason(revision);
  if (reason) throw new RangeError(`revision ${revision} ${reason}`);
  return `cutover/${product}/${release}/r${revision}`;
}

/** Parses a seal tag name, or returns undefined for anything else. */
export function parseSealTagName(tag: string): { product: string; release: string; revision: number } | undefined {
  const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,15})$/.exec(tag);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2])) return undefined;
  const revision = Number(match[3]);
  if (revisionReason(revision)) return undefined;
  return { product: match[1], release: match[2], revision };
}
