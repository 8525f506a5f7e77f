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
 * Why `value` is not a safe single path segment, or undefined when it is. Rejects what could leave the
 * bundles directory or confuse git: '..', '/', '\\', absolute paths, control characters, empty names.
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
  return `cutover/${product}/${release}/r${revision}`;
}

/** Parses a seal tag name, or returns undefined for anything else. */
export function parseSealTagName(tag: string): { product: string; release: string; revision: number } | undefined {
  const match = /^cutover\/([^/]+)\/([^/]+)\/r([1-9][0-9]{0,8})$/.exec(tag);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  if (unsafeSegmentReason(match[1]) || unsafeSegmentReason(match[2])) return undefined;
  return { product: match[1], release: match[2], revision: Number(match[3]) };
}
