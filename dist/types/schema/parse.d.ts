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
/**
 * Whether JSON text (that JSON.parse accepted) has an object key written with an escape (`"\n"`, `"\u0041"`).
 * Outside strings valid JSON has no backslash, so each backslash found from the start (or after the string the
 * last one was in) opens an escape inside a string: its string is followed to its closing quote, and it is a key
 * when a colon follows. A text without a backslash (most documents) is answered by one search.
 */
export declare function hasEscapedKey(text: string): boolean;
/**
 * Refuses a value whose keys are not the keys its text spells, which JSON.parse gives on Node.js 24.21 and 26
 * (nodejs/node#63785, a V8 defect still open): once any object in the process had a key holding a backslash, an
 * escaped key that follows the same keys can be read as that key (after `{"h":[],"\\":0}`, the text
 * `{"h":1,"\"":2}` is read as `{"h":1,"\\":2}`; Node 20 reads it right). Run only for texts with an escaped
 * key (hasEscapedKey): every key of the text, decoded by jsonc-parser's scanner (JavaScript, not V8's parser),
 * against every key of the value, as two sorted lists (duplicates were refused before, so the lists have the same
 * length). A release file read wrongly would get another digest than its bytes say; an input, other values than
 * its author wrote.
 */
export declare function checkEscapedKeys(text: string, value: unknown, file: string): void;
/** How many times parseYaml walked a document for alias expansion (for tests). */
export declare let expansionWalks: number;
/** 1-based line number of a character offset. */
export declare function lineAt(text: string, offset: number): number;
