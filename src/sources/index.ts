/**
 * The source registry: one adapter per source kind, looked up by `kind` (no if/else ladder), and
 * `readSources`, which reads every configured source and concatenates their records.
 *
 * Each adapter validates its entry against its kind's options schema (schemas/source-kinds/<kind>.schema.json)
 * before reading. Any failure of a source (unknown kind, unreadable or malformed input) is an InputError that
 * names the source id and kind; doubtful content comes back as SuspicionRecords, which assembly turns into holds.
 */
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import { cyclonedxAdapter } from './cyclonedx.js';
import { flagdAdapter } from './flagd.js';
import { githubAttestationsAdapter } from './github-attestations.js';
import { githubReleaseAdapter } from './github-release.js';
import { sourceOptions } from './options.js';
import { provenanceAdapter } from './provenance.js';
import { recordsAdapter } from './records.js';
import { spdxAdapter } from './spdx.js';
import type { SourceAdapter, SourceContext, SourceEntry } from './types.js';

/**
 * An adapter whose module loads when a source of its kind is read: the HTTP kinds bring node:http, node:https,
 * the proxy agents and JSONPath, which a release with local sources only never needs (the CLI's cold start).
 */
function onDemand(kind: string, load: () => Promise<SourceAdapter>): SourceAdapter {
  return { kind, read: async (entry, context) => (await load()).read(entry, context) };
}

const httpJsonAdapter = onDemand('http-json', async () => (await import('./http-json.js')).httpJsonAdapter);
const serviceNowAdapter = onDemand('servicenow', async () => (await import('./servicenow.js')).serviceNowAdapter);

const ADAPTERS: readonly SourceAdapter[] = [
  recordsAdapter,
  cyclonedxAdapter,
  spdxAdapter,
  flagdAdapter,
  provenanceAdapter,
  githubReleaseAdapter,
  githubAttestationsAdapter,
  httpJsonAdapter,
  serviceNowAdapter,
];

/** Adapters by kind. */
const SOURCE_ADAPTERS: ReadonlyMap<string, SourceAdapter> = new Map(ADAPTERS.map((adapter) => [adapter.kind, adapter]));

/** Every source kind Cutover reads, in registration order. */
export const SOURCE_KINDS: readonly string[] = ADAPTERS.map((adapter) => adapter.kind);

/**
 * Reads every source in order and concatenates their records. Every entry's kind and options are checked
 * first, so a typo in the last entry fails before any file or network source is read. Stops at the first
 * source that fails.
 */
export async function readSources(entries: readonly SourceEntry[], context: SourceContext): Promise<SourceRecord[]> {
  const adapters = entries.map((entry) => {
    const adapter = adapterFor(entry);
    sourceOptions(entry, adapter.kind);
    return adapter;
  });
  const records: SourceRecord[] = [];
  for (const [index, entry] of entries.entries()) {
    const adapter = adapters[index];
    if (adapter) records.push(...(await readWith(adapter, entry, context)));
  }
  return records;
}

function adapterFor(entry: SourceEntry): SourceAdapter {
  const adapter = SOURCE_ADAPTERS.get(entry.kind);
  if (!adapter) {
    throw new InputError(`source '${entry.id}' has unknown kind '${entry.kind}'`, {
      field: 'kind',
      expected: `one of ${SOURCE_KINDS.join(', ')}`,
    });
  }
  return adapter;
}

async function readWith(adapter: SourceAdapter, entry: SourceEntry, context: SourceContext): Promise<SourceRecord[]> {
  try {
    return await adapter.read(entry, context);
  } catch (error) {
    const label = `source '${entry.id}' (kind ${entry.kind})`;
    if (error instanceof InputError) {
      if (error.message.includes(`source '${entry.id}'`)) throw error;
      throw new InputError(
        `${label}: ${error.message}`,
        { file: error.file, line: error.line, field: error.field, expected: error.expected },
        { cause: error },
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`${label} could not be read: ${message}`, { expected: 'a readable source' }, { cause: error });
  }
}
