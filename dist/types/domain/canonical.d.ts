import type { BundleFiles } from './model.js';
/** RFC 8785 canonical JSON text of a value. */
export declare function canonicalJson(value: unknown): string;
/** `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash`: no Hash object per call. */
export declare function sha256(data: string | Uint8Array): string;
/** `sha256:<hex>` of a value's canonical JSON. */
export declare function digestOf(value: unknown): string;
/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
export declare function bundleDigest(files: BundleFiles): string;
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
export declare function gitBlobSha(bytes: Uint8Array): string;
