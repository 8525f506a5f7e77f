/**
 * Reads the user's configuration files (policy, sources) from disk: size limit, parse, schema, typed value.
 */
import type { Policy } from '../domain/policy.js';
import { InputError } from '../errors.js';
import { DEFAULT_MAX_FILE_BYTES, decodeUtf8, parseDocument } from './parse.js';
import type { SchemaName } from './registry.js';
import { readRegularFile } from './regular-file.js';
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
 * Reads a text file with a size limit; a missing or unreadable file, or one that is not a regular file, is an
 * InputError naming it. Through one descriptor (regular-file.ts): what is checked is what is read.
 * Synchronously: a configuration file is small and read before anything else could run meanwhile, and each step
 * of an asynchronous read is a round trip to libuv's thread pool (about ten for the policy and the sources file,
 * milliseconds of `cutover assemble` on a busy machine; issue 13 goal 3).
 */
export async function readTextFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): Promise<string> {
  const bytes = readRegularFile(path, { maxBytes, notRegular, missingIsUndefined: false }) as Buffer;
  return decodeUtf8(bytes, path);
}

const notRegular = (file: string): InputError => new InputError('is not a regular file', { file, expected: 'a file' });

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
