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
 * Why `value` is not a safe single path segment, or undefined when it is. Rejects what could leave the
 * bundles directory or confuse git: '..', '/', '\\', absolute paths, control characters, empty names.
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
