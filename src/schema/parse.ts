/**
 * The one place that turns bytes into documents: JSON or YAML, with size and expansion limits, and
 * errors that name the file, the line and what was expected.
 */
import yaml from 'js-yaml';
import { type ParseError, parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import { InputError } from '../errors.js';

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
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new InputError('file is not valid UTF-8 text', { file, expected: 'UTF-8 encoded JSON or YAML' }, { cause });
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    // V8's message may quote the whole input and often lacks a position: ask a tolerant parser where it broke.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first ? describeJsonError(printParseErrorCode(first.error)) : 'unexpected end of input';
    const line = first ? lineAt(text, first.offset) : lineAt(text, text.length);
    throw new InputError(`invalid JSON: ${reason}`, { file, line, expected: 'valid JSON' }, { cause });
  }
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function parseYaml(text: string, file: string): unknown {
  let value: unknown;
  try {
    const documents = yaml.loadAll(text, undefined, { filename: file, schema: yaml.CORE_SCHEMA });
    if (documents.length > 1) {
      throw new InputError(`found ${documents.length} YAML documents`, { file, expected: 'a single YAML document' });
    }
    value = documents[0] ?? null;
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    if (cause instanceof yaml.YAMLException) {
      const line = cause.mark ? cause.mark.line + 1 : undefined;
      throw new InputError(`invalid YAML: ${cause.reason}`, { file, line, expected: 'valid YAML' }, { cause });
    }
    throw cause;
  }
  assertExpansion(value, file, Math.max(EXPANSION_FLOOR, text.length * EXPANSION_FACTOR));
  return value;
}

/**
 * js-yaml resolves aliases to shared objects, so a "billion laughs" document parses into a small graph
 * that explodes when anything walks it. Walk it once here, with a budget, and refuse what would explode.
 */
function assertExpansion(root: unknown, file: string, budget: number): void {
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
