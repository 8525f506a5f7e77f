import type { BundleFiles } from './model.js';
declare global {
    interface String {
        /** ES2024 (Node 20 and later; the project's `lib` is ES2023): false when the string has a lone surrogate. */
        isWellFormed(): boolean;
    }
}
/** Whether a value was marked as in canonical order (see ORDERED): then JSON.stringify writes it canonically. */
export declare function knownCanonical(value: unknown): boolean;
/**
 * Whether a key of a parsed JSON object lets the object be marked as in canonical order (markParsedInOrder):
 * not a key the fast path sends to the slow path (integer-like, `__proto__`), nor `toJSON`, which a parsed
 * object holds only as its own key and which the fast path also refuses (`'toJSON' in value`).
 */
export declare function orderableKey(key: string): boolean;
/**
 * Marks a value fresh from JSON.parse as in canonical order (ORDERED), for parse.ts, whose key walk checked
 * exactly what orderedObject checks of such a value, so that the fast path would return it as it is: every
 * key passed orderableKey and came after the one before it in for-in order (which is Object.keys' and
 * JSON.stringify's order, so strictly increasing keys are RFC 8785's order), every number is finite, and it
 * nests at most MAX_DEPTH levels (a parsed value holds only plain objects, arrays, strings, finite or infinite
 * numbers, booleans and null). Lone surrogates are not checked, as the fast path does not: fastText and
 * digestInOrder look for them in the text. The caller promises the value is not changed afterwards.
 */
export declare function markParsedInOrder(root: object): void;
/**
 * Marks a record a RecordBuilder finished with a listing (listed.ts) as in canonical order (ORDERED), for
 * assembly's lineage fields (assembly-lineage.ts fieldLineages), so that the bundle digest does not walk its
 * tens of thousands of values. The listing tells that its keys are in order and none needs the slow path
 * (RecordBuilder lists a record only then), and it is frozen. The caller promises what the listing cannot
 * tell: no key is `toJSON`, and every value is a plain object whose keys were inserted in sorted order, none
 * `toJSON`, and whose values are strings (lineage.json's field pointers start with `/`; its entries are
 * `{fragment?, source, valueDigest}`). Lone surrogates need no promise: fastText looks for them in the text. The mark is
 * consulted where listings are (orderedObject, at depth 2 at most: lineage.json's fields in the bundle
 * digest's `{bundle, holds, lineage}`), and only by the bundle digest and digestWithin. A record without a
 * listing is not marked.
 */
export declare function markListedInOrder(record: object): void;
/** Deeper than this, the fast path gives up (a cycle recurses forever, so it gets there): the slow path decides. */
export declare const MAX_DEPTH = 64;
/**
 * A value's canonical JSON text, and the value with every object's keys in canonical order (copied only where
 * they were not), so that what is built once can be both digested and written without sorting it again. The
 * ordered value is marked (ORDERED): the caller must not change it afterwards. A value whose keys JavaScript
 * cannot hold in that order (integer-like keys, `__proto__`), or that holds something else the fast path
 * leaves to the slow one (`toJSON`, boxed primitives, class instances, nesting deeper than 64), is returned
 * as it is. The text is computed when first read (most callers want only the value), and reading it throws
 * what canonicalJson throws (NaN, Infinity, lone surrogates, cycles).
 */
export declare function canonicalForm<T>(value: T): {
    value: T;
    text: string;
};
/** RFC 8785 canonical JSON text of a value. */
export declare function canonicalJson(value: unknown): string;
/**
 * Strings longer than this (in UTF-16 code units) are hashed in pieces of this length: the bundle digest's
 * canonical text is megabytes long, and one-shot hashing copies it whole into a fresh UTF-8 buffer first, each
 * page of which is memory the process touches for the first time (on a Firecracker VM about 14 us per 4 KiB
 * page, which at 1,000 components made this copy cost more than the hashing; issue 13 goal 2). A piece is at
 * most 96 KiB of UTF-8, which the allocator reuses from one piece to the next.
 */
export declare const TEXT_PIECE: number;
/**
 * A long text in consecutive pieces of at most TEXT_PIECE code units (slices, not copies), none ending between
 * the two halves of a surrogate pair: encoded piece by piece, the UTF-8 bytes are those of the whole text (a
 * lone surrogate included: it ends a piece only when no low surrogate follows it, and is encoded alone either
 * way). For the hash below and the CLI's file writer (../cli/release-dir.ts).
 */
export declare function textPieces(text: string): Generator<string>;
/**
 * `sha256:<hex>` of bytes or a string (UTF-8). One-shot `crypto.hash` (no Hash object per call) for bytes and
 * for strings up to TEXT_PIECE code units; longer strings are fed to one Hash in textPieces.
 */
export declare function sha256(data: string | Uint8Array): string;
/** `sha256:<hex>` of a value's canonical JSON. */
export declare function digestOf(value: unknown): string;
/**
 * The bundle digest: sha256 over the canonical JSON of `{bundle, holds, lineage}`. Whitespace, key order
 * and file format do not change it; any change of content does. The manifest is outside it (it binds it).
 */
export declare function bundleDigest(files: BundleFiles): string;
/**
 * The bundle digest, and the files it was computed over in canonical key order (copied only where they were
 * not), marked as such (ORDERED): the writer (files.ts renderJson) then writes them without another walk. A
 * file already marked (assemble's bundle, from canonicalForm) is not walked again here either.
 */
export declare function digestedBundleFiles(files: BundleFiles): {
    ordered: BundleFiles;
    digest: string;
};
/**
 * digestOf for values that lie inside `root`: the per-field value digests of a bundle (assemble's lineage
 * fields, verify's lineage rule), about 27 per component. When the root is in canonical order as it is
 * (marked by canonicalForm or digestedBundleFiles, or found so here by one walk, and then marked), every value
 * inside it is too, and the digest is JSON.stringify plus sha256 with no walk per value; otherwise this is
 * digestOf. Passing a value from outside `root` gives a wrong digest when that value is out of order: pass
 * only values reached from `root`. The root must not change afterwards (see ORDERED).
 */
export declare function digestWithin(root: object): (value: unknown) => string;
/** Git's blob id of some bytes (sha1 of `blob <size>\0<bytes>`), as git and GitHub compute it. */
export declare function gitBlobSha(bytes: Uint8Array): string;
