/**
 * Per-kind source options: each entry of the sources configuration is validated against the options schema
 * of its kind (schemas/source-kinds/<kind>.schema.json) before an adapter reads it, unless the sources file's
 * own schema already did (schema/documents.ts kindAcceptedInSourcesFile: the same schema, applied by kind).
 */
import { InputError } from '../errors.js';
import { kindAcceptedInSourcesFile } from '../schema/documents.js';
import { validateById } from '../schema/validate.js';
import type { SourceEntry } from './types.js';

/** `$id` of the options schema of a source kind. */
function kindSchemaId(kind: string): string {
  return `https://cutover.dev/schemas/source-kinds/${kind}.schema.json`;
}

/**
 * Entries already found valid, with the kind they were checked as: `readSources` checks every entry before
 * reading any, and each adapter asks again for its typed options (20,000 entries in a large release).
 */
const checked = new WeakMap<SourceEntry, string>();

/**
 * The entry's options, typed by its kind's schema. `T` must describe exactly what that schema accepts.
 * An entry that does not match is an InputError naming the source id and kind.
 */
export function sourceOptions<T extends SourceEntry>(entry: SourceEntry, kind: string): T {
  try {
    if (checked.get(entry) === kind || kindAcceptedInSourcesFile(entry) === kind) return entry as T;
    const options = validateById<T>(kindSchemaId(kind), entry, `source '${entry.id}'`);
    checked.set(entry, kind);
    return options;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `invalid options for source '${entry.id}' (kind ${kind}): ${error.message}`,
      { field: error.field, expected: `options matching ${kindSchemaId(kind)}` },
      { cause: error },
    );
  }
}
