/**
 * The bytes of a release directory: every file is pretty-printed canonical JSON (keys in RFC 8785 order,
 * two-space indent, final newline), so the same content always gives the same bytes and diffs read well.
 */
import { canonicalJson } from './canonical.js';
import type { ApprovalManifest, BundleFiles } from './model.js';
import { BUNDLE_FILES, type BundleFileKey, releaseDirectory } from './names.js';

/** Pretty, key-sorted JSON text of a value. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;
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

/** Repository paths of one release's files. */
export function releaseFilePaths(product: string, release: string): Record<BundleFileKey, string> {
  const dir = releaseDirectory(product, release);
  return {
    bundle: `${dir}/${BUNDLE_FILES.bundle}`,
    lineage: `${dir}/${BUNDLE_FILES.lineage}`,
    holds: `${dir}/${BUNDLE_FILES.holds}`,
    manifest: `${dir}/${BUNDLE_FILES.manifest}`,
  };
}
