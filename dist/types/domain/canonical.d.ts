import type { BundleFiles } from './model.js';
declare global {
    interface String {
        /** ES2024 (Node 20 and later; the project's `lib` is ES2023): false when the string has a lone surrogate. */
        isWellFormed(): boolean;
    }
}
/** RFC 8785 canonical JSON text of a value. */
export declare function canonicalJson(value: unknown): string;
/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. A value
 * whose keys JavaScript cannot hold in that order (integer-like keys, `__proto__`) is returned as it is.
 */
export declare function canonicalForm<T>(value: T): {
    value: T;
    text: string;
};
/** `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash`: no Hash object per call. */
export declare function sha256(data: string | Uint8Array): string;
/** `sha256:<hex>` of a value's canonical JSON. */
export declare function digestOf(value: unknown): string;
/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
export declare function bundleDigest(files: BundleFiles): string;
/** The bundle digest, and the files it was computed over in canonical key order (canonicalForm). */
export declare function digestedBundleFiles(files: BundleFiles): {
    ordered: BundleFiles;
    digest: string;
};
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
export declare function gitBlobSha(bytes: Uint8Array): string;
