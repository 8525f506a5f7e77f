/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */
import { isAscii } from 'node:buffer';
import type * as JsYaml from 'js-yaml';
import type * as Jsonc from 'jsonc-parser';
import { MAX_DEPTH, markParsedInOrder, orderableKey } from '../domain/canonical.js';
import { InputError } from '../errors.js';
import { requirePackage } from './beside.js';

// Both parsers load on first use from beside the bundle (beside.ts), not as part of it:
// jsonc-parser only on the error paths that need it (issue 13 goal 3).
const yaml = () => requirePackage<typeof JsYaml>('js-yaml');
const jsonc = () => requirePackage<typeof Jsonc>('jsonc-parser');

/** Default largest input file accepted, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Largest release-directory file (Cutover's own output: a 10,000-component bundle.json is about 17 MB). */
export const MAX_RELEASE_FILE_BYTES = 256 * 1024 * 1024;

/** Largest number of values a YAML document may expand to through aliases, relative to its size. */
const EXPANSION_FACTOR = 64;
const EXPANSION_FLOOR = 100_000;

export type DocumentFormat = 'json' | 'yaml';

/** The format a file name implies: `.json` (and `.jsonl`) is JSON, everything else YAML (a superset of JSON). */
export function formatOf(file: string): DocumentFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

/** Parses JSON or YAML text into a plain value. Throws InputError with file and line. */
export function parseDocument(text: string, file: string, format: DocumentFormat = formatOf(file)): unknown {
  if (format === 'json') return parseJson(text, file);
  return parseYaml(text, file);
}

/** Rejects inputs over the size limit before they are parsed. */
export function assertSize(bytes: number, file: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): void {
  if (bytes > maxBytes) {
    throw new InputError(`file is ${bytes} bytes, over the limit of ${maxBytes} bytes`, {
      file,
      expected: `a file of at most ${maxBytes} bytes`,
    });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is an input error, not mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  // ASCII is valid UTF-8 that decodes byte for byte and cannot hold a byte order mark, so it is copied as
  // Latin-1, skipping the decoder's own validation: the same text, about a fifth cheaper on SBOM-sized files.
  // Everything else (and so every invalid byte sequence) goes through the strict decoder as before.
  if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new InputError('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
  }
}

/**
 * Deepest nesting of arrays and objects accepted in JSON. Real documents stay far below it (CycloneDX nests
 * components a few levels); V8's JSON.parse accepts any depth, but the recursive code after it (Ajv, the line
 * locator) would overflow the stack on a document nested 100,000 levels. js-yaml enforces 100 for YAML itself.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * parseDocument for JSON that will be digested as it is (a release directory's files: schema/release.ts):
 * the key walk that counts keys also checks that the value is in canonical (RFC 8785) key order, and if so
 * marks it (canonical.ts markParsedInOrder), so that the bundle digest and the per-field digests need not
 * walk it again. The caller must not change the value afterwards.
 */
export function parseCanonicalJson(text: string, file: string): unknown {
  return parseJson(text, file, true);
}

/**
 * Deepest nesting (the root is level 1) of a value markParsedInOrder may mark: canonical.ts's fast path's limit,
 * counted so that the file stays within it inside the bundle digest's `{bundle, holds, lineage}` wrapper.
 */
const MAX_ORDERED_DEPTH = MAX_DEPTH;

function parseJson(text: string, file: string, mark = false): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
    const errors: Jsonc.ParseError[] = [];
    try {
      jsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch (overflow) {
      // jsonc-parser recurses once per level: text nested some thousands of levels deep (`[[[[…`, valid or
      // not) runs it out of stack. Such text is past MAX_JSON_DEPTH either way, so that is what is said.
      if (!(overflow instanceof RangeError)) throw overflow;
      throw new InputError(
        `invalid JSON: it nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`,
        { file, expected: `valid JSON nested at most ${MAX_JSON_DEPTH} levels` },
        { cause },
      );
    }
    const first = errors[0];
    const reason = first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : 'unexpected end of input';
    const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
    throw new InputError(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
  }
  const order = mark ? { inOrder: true } : undefined;
  const keys = countKeys(value, file, order);
  // JSON.parse keeps the last of two equal keys without a word, while YAML refuses them. Counting is cheap:
  // when the text holds as many keys as the parsed objects do, no key was repeated; only otherwise is the
  // slower exact scan run to name the key and its line.
  if (countKeyTokens(text) !== keys) throwDuplicateKey(text, file);
  if (hasEscapedKey(text)) checkEscapedKeys(text, value, file);
  if (order?.inOrder && value !== null && typeof value === 'object') markParsedInOrder(value);
  return value;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;

/**
 * Number of object keys in JSON text that JSON.parse accepted, found from the colons: outside strings, valid
 * JSON has a colon only after a key, as `"key"` then optional whitespace then `:`, and a document has far fewer
 * colons than quotes, so jumping from colon to colon is about three times faster than from quote to quote.
 *
 * A colon inside a string may also follow a quote (`"a\":"` or `" :"`), so the quote before each colon is
 * classified by what precedes it. Preceded by an odd run of backslashes, it is escaped: inside a string, no key.
 * Preceded (after whitespace) by anything but `:` `,` `[` `{` or the start of the text, it cannot open a string
 * (in valid JSON a string opens only after those), so it closes one: a key. After one of those four, it may open
 * a string that starts with a colon (`[" :"]`) or close a key that ends with one (`{"a,": 1}`): the colons
 * cannot tell, so the whole text is counted by the exact scan from quote to quote instead. Real documents
 * rarely get there: a key ending in `,` or a string value starting with `:`.
 */
function countKeyTokens(text: string): number {
  let keys = 0;
  let colon = text.indexOf(':');
  while (colon !== -1) {
    let quote = colon - 1;
    let code = text.charCodeAt(quote);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(--quote);
    if (code === QUOTE) {
      let before = quote - 1;
      code = text.charCodeAt(before);
      if (code === BACKSLASH) {
        let backslashes = 1;
        while (text.charCodeAt(before - backslashes) === BACKSLASH) backslashes++;
        // An even run is escaped backslashes ending a string's content: the quote closes that string.
        if (backslashes % 2 === 0) keys++;
      } else {
        while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(--before);
        if (before < 0 || code === COLON || code === COMMA || code === OPEN_BRACKET || code === OPEN_BRACE) {
          return countKeyTokensExactly(text);
        }
        keys++;
      }
    }
    colon = text.indexOf(':', colon + 1);
  }
  return keys;
}

/**
 * Own keys of every object in a parsed JSON value; refuses nesting past the limit. With `order`, also finds
 * whether the value is what canonical.ts markParsedInOrder may mark (see there): `order.inOrder` turns false
 * at the first key out of order or not orderable, non-finite number (JSON.parse reads `1e400` as Infinity) or
 * nesting past MAX_ORDERED_DEPTH.
 *
 * Recursive, at most MAX_JSON_DEPTH + 1 frames deep: each walk runs once per file, and V8 optimizes a function
 * called for every object in it long before it would replace one long-running loop (on-stack replacement). A
 * loop over an explicit stack, though no slower once warm, took 1.5-3x the CPU time of these walks on their
 * first run (measured in fresh processes at 1,000 components: parsing the inputs then the release files as
 * assemble and verify do, the release files' parse took about 92 ms with it, 74 ms with these). The ordered
 * walk is a function of its own: one function for both walks was optimized for the inputs' (no order) and
 * went back to unoptimized code when verify reached the release files.
 */
function countKeys(root: unknown, file: string, order?: { inOrder: boolean }): number {
  if (root === null || typeof root !== 'object') return 0;
  try {
    if (!order) return keysIn(root, 1);
    inOrder = true;
    const keys = keysInOrder(root, 1);
    order.inOrder = inOrder;
    return keys;
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    throw new InputError(`JSON nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`, {
      file,
      expected: `JSON nested at most ${MAX_JSON_DEPTH} levels`,
    });
  }
}

/** Thrown by the walks below at nesting past MAX_JSON_DEPTH; countKeys names the file. */
const TOO_DEEP = Symbol('nested too deep');

/** Keys of every object in an object or array at nesting level `depth` (the root is 1). */
function keysIn(value: object, depth: number): number {
  if (depth > MAX_JSON_DEPTH) throw TOO_DEEP;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null) keys += keysIn(child, depth + 1);
    }
    return keys;
  }
  // for-in, not Object.keys: no array per object. A parsed object inherits nothing enumerable, and for-in
  // lists its keys in Object.keys' (and JSON.stringify's) order.
  for (const key in value) {
    keys++;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) keys += keysIn(child, depth + 1);
  }
  return keys;
}

/** What keysInOrder found so far: false once anything keeps the value from being marked (countKeys). */
let inOrder = true;

/** keysIn, also checking canonical order (see countKeys) until something is out of it, then keysIn for the rest. */
function keysInOrder(value: object, depth: number): number {
  if (depth > MAX_JSON_DEPTH) throw TOO_DEEP;
  if (depth > MAX_ORDERED_DEPTH) {
    inOrder = false;
    return keysIn(value, depth);
  }
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object') {
        if (child !== null) keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
      } else if (typeof child === 'number' && child - child !== 0) inOrder = false;
    }
    return keys;
  }
  let previous: string | undefined;
  for (const key in value) {
    keys++;
    if (inOrder && ((previous !== undefined && !(previous < key)) || !orderableKey(key))) inOrder = false;
    previous = key;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'object') {
      if (child !== null) keys += inOrder ? keysInOrder(child, depth + 1) : keysIn(child, depth + 1);
    } else if (typeof child === 'number' && child - child !== 0) inOrder = false;
  }
  return keys;
}

/**
 * Number of object keys in JSON text that JSON.parse accepted: every string followed by a colon is a key
 * (outside strings, valid JSON has no quote characters, so strings are found by jumping from quote to quote).
 * Exact on any valid JSON; countKeyTokens falls back to it where colons alone cannot tell.
 */
function countKeyTokensExactly(text: string): number {
  let keys = 0;
  let at = text.indexOf('"');
  while (at !== -1) {
    let end = text.indexOf('"', at + 1);
    if (end === -1) break;
    // A quote preceded by an odd number of backslashes is escaped and does not end the string.
    for (;;) {
      let backslashes = 0;
      while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
      if (backslashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
      if (end === -1) return keys;
    }
    let next = end + 1;
    let code = text.charCodeAt(next);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++next);
    if (code === 58) keys++;
    at = text.indexOf('"', next);
  }
  return keys;
}

/**
 * Whether JSON text (that JSON.parse accepted) has an object key written with an escape (`"\n"`, `"\u0041"`).
 * Outside strings valid JSON has no backslash, so each backslash found from the start (or after the string the
 * last one was in) opens an escape inside a string: its string is followed to its closing quote, and it is a key
 * when a colon follows. A text without a backslash (most documents) is answered by one search.
 */
export function hasEscapedKey(text: string): boolean {
  let backslash = text.indexOf('\\');
  while (backslash !== -1) {
    let close = text.indexOf('"', backslash + 1);
    for (;;) {
      if (close === -1) return false;
      let backslashes = 0;
      while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    let next = close + 1;
    let code = text.charCodeAt(next);
    while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++next);
    if (code === COLON) return true;
    backslash = text.indexOf('\\', close + 1);
  }
  return false;
}

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
export function checkEscapedKeys(text: string, value: unknown, file: string): void {
  const spelled: string[] = [];
  jsonc().visit(
    text,
    {
      onObjectProperty: (key) => {
        spelled.push(key);
      },
    },
    { disallowComments: true },
  );
  const read: string[] = [];
  collectKeys(value, read);
  spelled.sort();
  read.sort();
  for (let i = 0; i < Math.max(spelled.length, read.length); i++) {
    if (spelled[i] !== read[i]) {
      throw new InputError(
        `JSON.parse of this Node.js ${process.version} read an escaped object key as another key (the V8 defect of nodejs/node#63785)`,
        {
          file,
          expected: 'a Node.js version whose JSON.parse reads escaped keys as written, or keys written without escapes',
        },
      );
    }
  }
}

/** Every own key of every object in a parsed JSON value (nesting was bounded by countKeys before). */
function collectKeys(value: unknown, into: string[]): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, into);
    return;
  }
  for (const key of Object.keys(value)) {
    into.push(key);
    collectKeys((value as Record<string, unknown>)[key], into);
  }
}

/** Finds the first key repeated within one object and throws an InputError naming it and its line. */
function throwDuplicateKey(text: string, file: string): never {
  const open: Array<Set<string>> = [];
  let found: { key: string; offset: number } | undefined;
  jsonc().visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, offset) => {
        const seen = open[open.length - 1];
        if (!seen || found) return;
        if (seen.has(key)) found = { key, offset };
        seen.add(key);
      },
    },
    { disallowComments: true },
  );
  if (!found) {
    // Unreachable when the count above is right; refuse rather than accept a document read two ways.
    throw new InputError('JSON object keys could not be counted consistently', { file, expected: 'valid JSON' });
  }
  throw new InputError(`duplicate key ${JSON.stringify(found.key)} in a JSON object`, {
    file,
    line: lineAt(text, found.offset),
    expected: 'each key at most once per object',
  });
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function parseYaml(text: string, file: string): unknown {
  let value: unknown;
  try {
    const documents = yaml().loadAll(text, undefined, { filename: file, schema: yaml().CORE_SCHEMA });
    if (documents.length > 1) {
      throw new InputError(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
    }
    value = documents[0] ?? null;
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    if (cause instanceof yaml().YAMLException) {
      const line = cause.mark ? cause.mark.line + 1 : undefined;
      throw new InputError(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
    }
    throw cause;
  }
  // Only an alias (`*name`) makes two places of the document one object; without one, every value is written
  // in the text, so there are fewer of them than characters, far below the budget: no walk needed.
  if (text.includes('*')) assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
  return value;
}

/** How many times parseYaml walked a document for alias expansion (for tests). */
export let expansionWalks = 0;

/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root: unknown, file: string, budget: number): void {
  expansionWalks++;
  let visited = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (++visited > budget) {
      throw new InputError(`YAML aliases expand to more than ${budget} values (an alias bomb?)`, {
        file,
        expected: 'a document without exponential alias expansion',
      });
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
