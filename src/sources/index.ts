/**
 * The source registry: one adapter per source kind, looked up by `kind` (no if/else ladder), and
 * `readSources`, which reads every configured source and concatenates their records.
 *
 * Each adapter validates its entry against its kind's options schema (schemas/source-kinds/<kind>.schema.json)
 * before reading. Any failure of a source (unknown kind, unreadable or malformed input) is an InputError that
 * names the source id and kind; doubtful content comes back as SuspicionRecords, which assembly turns into holds.
 * A record that states a URL carrying credentials (./credentials.ts), or the value of a secret its source sent
 * in a header, fails its source too: every record is written to the bundle, committed for good to the
 * release-bundles repository.
 */
import type { Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import { urlCredential } from './credentials.js';
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
    const records = await adapter.read(entry, context);
    const echoed = headerSecrets(entry, context.env);
    for (const record of records) refuseCredentials(record, echoed);
    return records;
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

/** A secret a source sends: the value of an environment variable its `headers` name. */
interface HeaderSecret {
  header: string;
  variable: string;
  value: string;
}

/**
 * The secrets an entry sends in its headers (http-json, servicenow). Values under 8 characters are left out: any
 * text would hold them, and they protect nothing a record could leak.
 */
function headerSecrets(entry: SourceEntry, env: SourceContext['env']): HeaderSecret[] {
  const headers = entry.headers;
  if (headers === null || typeof headers !== 'object') return [];
  return Object.entries(headers).flatMap(([header, variable]) => {
    const value = typeof variable === 'string' ? env[variable] : undefined;
    return typeof variable === 'string' && value !== undefined && value.length >= 8
      ? [{ header, variable, value }]
      : [];
  });
}

/** What a record must not state, found at `field` of it: described, never quoted. */
interface Found {
  field: string;
  /** e.g. `a URL to https://host carrying query parameter 'sig'`. */
  what: string;
  expected: string;
}

/**
 * Fails on the first string of `record` (its lineage included) that holds a URL carrying credentials, or the value
 * of a secret the source sent in a header (an API that echoes the request's key back, and a map that took it).
 * The error names the document, the record's place in it and the record's field, and what was found; never the
 * value.
 */
function refuseCredentials(record: SourceRecord, secrets: readonly HeaderSecret[]): void {
  const path: Array<string | number> = [];
  const found = firstCredential(record, secrets, path);
  if (!found) return;
  const { lineage, fragment } = record;
  const place = fragment ? `${lineage.locator}#${fragment}` : lineage.locator;
  throw new InputError(
    `${place} states ${found.what}; everything a source states is written to the bundle, committed for good to the release-bundles repository and shown in its pull request`,
    { file: documentFile(lineage), field: fieldOf(path), expected: found.expected },
  );
}

/**
 * The first string of `value` that credentialIn finds something in, with its path pushed onto `path` (innermost
 * first) as the search returns. The path is built only for what is found: every record of every source is
 * walked, and a path string per value was most of the walk's cost (issue 13 goal 2).
 */
function firstCredential(
  value: unknown,
  secrets: readonly HeaderSecret[],
  path: Array<string | number>,
): Omit<Found, 'field'> | undefined {
  if (typeof value === 'string') return credentialIn(value, secrets);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const found = firstCredential(value[index], secrets, path);
      if (found) {
        path.push(index);
        return found;
      }
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const found = firstCredential(record[key], secrets, path);
      if (found) {
        path.push(key);
        return found;
      }
    }
  }
  return undefined;
}

/** A path found by firstCredential (innermost first) as a field: `a.b[2].c`. */
function fieldOf(path: ReadonlyArray<string | number>): string {
  let field = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i] as string | number;
    field = typeof step === 'number' ? `${field}[${step}]` : field ? `${field}.${step}` : step;
  }
  return field;
}

function credentialIn(text: string, secrets: readonly HeaderSecret[]): Omit<Found, 'field'> | undefined {
  const secret = secrets.length > 0 ? secrets.find((s) => text.includes(s.value)) : undefined;
  if (secret)
    return {
      what: `the value of ${secret.variable}, which it sent as its ${secret.header} header (the response echoed it)`,
      expected: 'a mapping that leaves out what the response echoes of the request',
    };
  const url = urlCredential(text);
  if (url)
    return {
      what: `a URL to ${url.url} carrying ${url.kind}`,
      expected: 'a URL without user:password@, <token>@, or a token, signature or key parameter',
    };
  return undefined;
}

/** The workspace file a document lineage names (`path`, or `owner/repo@<commit>:path` in the action), if any. */
function documentFile(lineage: Lineage): string | undefined {
  if (lineage.system === 'file') return lineage.locator;
  if (lineage.system === 'github') return /^[^@\s]+@[0-9a-f]{40,64}:(.+)$/.exec(lineage.locator)?.[1];
  return undefined;
}
