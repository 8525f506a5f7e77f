/**
 * RFC 6901 JSON Pointers: how lineage, holds and findings name a field.
 */
/** Splits a JSON Pointer into its unescaped segments. */
export declare function pointerSegments(pointer: string): string[];
/** Builds a JSON Pointer from segments. */
export declare function pointerOf(segments: ReadonlyArray<string | number>): string;
/** The value a JSON Pointer names in a document, or undefined when it names nothing. */
export declare function resolvePointer(root: unknown, pointer: string): unknown;
