/**
 * Reads the user's configuration files (policy, sources) from disk: size limit, parse, schema, typed value.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Policy } from '../domain/policy.js';
import { InputError } from '../errors.js';
import { assertSize, DEFAULT_MAX_FILE_BYTES, decodeUtf8, parseDocument } from './parse.js';
import type { SchemaName } from './registry.js';
import { validateDocument } from './validate.js';

/** The sources configuration (schemas/sources.schema.json). */
export interface SourcesConfig {
  schemaVersion: 1;
  product: string;
  release?: string;
  releasePattern?: string;
  candidate?: { tag: string; commit: string; repository?: string; committedAt: string };
  sources: Array<{ id: string; kind: string; [option: string]: unknown }>;
}

/**
 * Reads a text file with a size limit; a missing or unreadable file is an InputError naming it. Synchronously:
 * a configuration file is small and read before anything else could run meanwhile, and each step of an
 * asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
export async function readTextFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) throw new InputError('is not a regular file', { file: path, expected: 'a file' });
    size = info.size;
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError(
      `cannot read file: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`,
      { file: path, expected: 'a readable file' },
      { cause },
    );
  }
  assertSize(size, path, maxBytes);
  return decodeUtf8(readFileSync(path), path);
}

/** Reads, parses and validates a document file against a named schema. */
export async function readDocument<T>(path: string, schema: SchemaName, maxBytes?: number): Promise<T> {
  const text = await readTextFile(path, maxBytes);
  return validateDocument<T>(schema, parseDocument(text, path), path, text);
}

export function readPolicy(path: string): Promise<Policy> {
  return readDocument<Policy>(path, 'policy');
}

/**
 * Entries of a sources file its schema accepted, each with the kind it was accepted as. The schema applies each
 * kind's options schema to the entries of that kind (`allOf` of `if kind = K then source-kinds/K`, pinned by
 * test/sources/options-checked.test.ts), so src/sources/options.ts need not check those options again.
 */
const acceptedEntries = new WeakMap<object, string>();

export async function readSourcesConfig(path: string, maxBytes?: number): Promise<SourcesConfig> {
  const config = await readDocument<SourcesConfig>(path, 'sources', maxBytes);
  for (const entry of config.sources) acceptedEntries.set(entry, entry.kind);
  return config;
}

/** The kind a sources file's schema accepted this entry's options as, if it came from one (readSourcesConfig). */
export function kindAcceptedInSourcesFile(entry: object): string | undefined {
  return acceptedEntries.get(entry);
}
