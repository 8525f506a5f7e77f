/** Default largest input file accepted, in bytes. */
export declare const DEFAULT_MAX_FILE_BYTES: number;
/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
export declare const MAX_RELEASE_FILE_BYTES: number;
export type DocumentFormat = 'json' | 'yaml';
/** The format a file name implies: `.json` (and `.jsonl`) is JSON, everything else YAML (a superset of JSON). */
export declare function formatOf(file: string): DocumentFormat;
/** Parses JSON or YAML text into a plain value. Throws InputError with file and line. */
export declare function parseDocument(text: string, file: string, format?: DocumentFormat): unknown;
/** Rejects inputs over the size limit before they are parsed. */
export declare function assertSize(bytes: number, file: string, maxBytes?: number): void;
/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
export declare function decodeUtf8(bytes: Uint8Array, file: string): string;
/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
export declare const MAX_JSON_DEPTH = 256;
/**
 * parseDocument for JSON that will be digested as it is (a release directory's files: schema/release.ts):
 * the key walk that counts keys also checks that the value is in canonical (RFC 8785) key order, and if so
 * marks it (canonical.ts markParsedInOrder), so that the bundle digest and the per-field digests need not
 * walk it again. The caller must not change the value afterwards.
 */
export declare function parseCanonicalJson(text: string, file: string): unknown;
/** How many times parseYaml walked a document for alias expansion (for tests). */
export declare let expansionWalks: number;
/** 1-based line number of a character offset. */
export declare function lineAt(text: string, offset: number): number;
