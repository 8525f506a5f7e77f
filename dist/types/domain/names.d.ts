/**
 * Names that become paths and refs: release directories, branches and seal tags. One validator for all,
 * so no product or release name can leave the bundles directory.
 */
/** Directory in the bundles repository that holds every release. */
export declare const BUNDLES_ROOT = "bundles";
/** File names inside one release directory. */
export declare const BUNDLE_FILES: {
    readonly bundle: "bundle.json";
    readonly lineage: "lineage.json";
    readonly holds: "holds.json";
    readonly manifest: "manifest.json";
};
export type BundleFileKey = keyof typeof BUNDLE_FILES;
/**
 * The largest revision number: the most a seal tag `r<revision>` carries (nine digits), and what the manifest
 * and seal-record schemas allow (`common.schema.json#/$defs/revision`). Far below 2^53, so it stays exact.
 */
export declare const MAX_REVISION = 999999999;
/** Why `revision` is not a revision number (an integer from 1 to MAX_REVISION), or undefined when it is. */
export declare function revisionReason(revision: number): string | undefined;
/**
 * Why `value` is not a safe single path segment and git ref component, or undefined when it is. Rejects what
 * could leave the bundles directory or that git refuses in a ref name (git check-ref-format): '..', '/',
 * '\\', absolute paths, control characters, empty names, a trailing '.', a '.lock' ending; '@{', '~', '^',
 * ':', '?', '*', '[' and spaces are outside the allowed characters.
 */
export declare function unsafeSegmentReason(value: string): string | undefined;
/** Directory of one release: `bundles/<product>/<release>`. Callers validate the names first. */
export declare function releaseDirectory(product: string, release: string): string;
/** Branch the assemble mode writes a release's revisions on. */
export declare function releaseBranch(product: string, release: string): string;
/** The seal tag of one revision: `cutover/<product>/<release>/r<revision>`. */
export declare function sealTagName(product: string, release: string, revision: number): string;
/** Parses a seal tag name, or returns undefined for anything else. */
export declare function parseSealTagName(tag: string): {
    product: string;
    release: string;
    revision: number;
} | undefined;
