/**
 * Source kind `http-json`: a JSON document from a change-management, rollout-planning or rollback-reference
 * system over HTTPS, mapped into one records section (`provides`: window, cohorts, rollback, waivers,
 * environments) and read like a `records` file.
 *
 * Mapping: `items` (JSONPath, default `$` for window and `$[*]` for lists) selects one element per record; `map`
 * gives, per record field (dotted for nested: `pointer.version`), a JSONPath relative to the element. One match
 * is the value; several matches become an array. A field may instead be `{ path, split?, convert? }` with declared
 * conversions (see MappedField). Without `map`, elements are taken as they are. The mapped
 * section is validated against schemas/records.schema.json. JSONPath script evaluation is disabled.
 *
 * Transport: https only (http only to 127.0.0.1, localhost, [::1], for tests); secrets only in headers whose
 * values come from named environment variables and never appear in errors or lineage; `redirect: 'manual'` and
 * only same-host redirects followed (never to another host or down to http); time-out per attempt; retries with
 * exponential backoff on 5xx, network errors and time-outs, never on 4xx; body size limited while reading.
 * No cache, so no conditional requests: a 304 is an error. Requests go through the action's transport
 * (src/github/http-fetch.ts), so the standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) apply.
 *
 * Lineage: system `http`, locator the URL without credentials, query or fragment plus `#<pointer>` of the
 * element, revision the ETag (else Last-Modified, else ''), digest sha256 of the body, observedAt Last-Modified
 * as RFC 3339 (else the reference time). A revision of '' (no ETag, no Last-Modified) is left for assembly,
 * which holds it as missing lineage.
 */

import { JSONPath } from 'jsonpath-plus';
import { sha256 } from '../domain/canonical.js';
import type { Lineage } from '../domain/model.js';
import { InputError } from '../errors.js';
import { httpFetch } from '../github/http-fetch.js';
import { decodeUtf8, parseDocument } from '../schema/parse.js';
import { validateDocument } from '../schema/validate.js';
import { readAtMost } from '../streams.js';
import { HEADER_VARIABLE_EXPECTED, isRunCredential } from './credentials.js';
import { sourceOptions } from './options.js';
import { type RecordsDocument, recordsFromDocument } from './records.js';
import { isObject } from './shape.js';
import type { SourceAdapter, SourceContext, SourceEntry } from './types.js';

/** Records sections an HTTP source can provide. */
export type HttpProvides = 'window' | 'cohorts' | 'rollback' | 'waivers' | 'environments';

/** Options of an `http-json` source (schemas/source-kinds/http-json.schema.json). */
export interface HttpJsonOptions extends SourceEntry {
  kind: 'http-json';
  url: string;
  provides: HttpProvides;
  /** Header name -> name of the environment variable holding its (secret) value. */
  headers?: Record<string, string>;
  items?: string;
  map?: Record<string, string | MappedField>;
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
}

/**
 * A mapped field with declared conversions, applied to each matched string in this order: `split` (a
 * separator: `"a, b"` becomes `["a", "b"]`, parts trimmed, empty parts dropped), then `convert`
 * (`timestamp-utc`: `YYYY-MM-DD HH:mm:ss`, a UTC time without zone as ServiceNow and many SQL-backed systems
 * return it, becomes RFC 3339 `YYYY-MM-DDTHH:mm:ssZ`). A value that does not convert is an error naming the field.
 */
export interface MappedField {
  path: string;
  convert?: 'timestamp-utc';
  split?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_RETRIES = 2;
const DEFAULT_BACKOFF_MS = 250;
const MAX_REDIRECTS = 5;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** What is read of a response: fetch's Response and the action transport's (httpFetch) both provide it. */
interface SourceResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}
type SourceFetch = (
  url: URL,
  init: { method: string; headers: Record<string, string>; redirect: 'manual'; signal: AbortSignal },
) => Promise<SourceResponse>;
/** The transport unless a test injects one: node:http(s) through the standard proxy variables. */
const proxiedFetch: SourceFetch = (url, init) => httpFetch(url.href, init);

/** A failure worth another attempt (5xx, network error, time-out). */
class RetryableError extends Error {}

interface Fetched {
  bytes: Uint8Array;
  etag: string | undefined;
  lastModified: string | undefined;
}

/** Reads a JSON document over HTTP(S) and maps it into records. */
export const httpJsonAdapter: SourceAdapter = {
  kind: 'http-json',
  async read(entry, context) {
    const options = sourceOptions<HttpJsonOptions>(entry, 'http-json');
    const url = checkUrl(options.url);
    const where = safeLocator(url);
    const headers = headersFrom(options.headers ?? {}, context.env);
    const fetched = await fetchWithRetries(url, headers, options, context, where);
    const value = parseDocument(decodeUtf8(fetched.bytes, where), where, 'json');
    const lineage: Lineage = {
      system: 'http',
      locator: where,
      revision: fetched.etag ?? fetched.lastModified ?? '',
      digest: sha256(fetched.bytes),
      observedAt: rfc3339(fetched.lastModified) ?? context.referenceTime,
    };
    const items = select(value, options.items ?? (options.provides === 'window' ? '$' : '$[*]'), where);
    const mapped = items.map((item) => (options.map ? mapItem(item.value, options.map, where) : item.value));
    if (options.provides === 'window' && mapped.length !== 1) {
      throw new InputError(`items selects ${mapped.length} elements for the change window`, {
        file: where,
        field: 'items',
        expected: 'exactly one element',
      });
    }
    const document = validateDocument<RecordsDocument>(
      'records',
      options.provides === 'window' ? { window: mapped[0] } : { [options.provides]: mapped },
      `${where} (mapped to records section '${options.provides}')`,
    );
    return recordsFromDocument(document, options.id, (pointer) => {
      const index = Number(pointer.split('/')[2] ?? '0');
      return { ...lineage, locator: `${where}#${items[Number.isInteger(index) ? index : 0]?.pointer ?? ''}` };
    });
  },
};

/** The URL checked: absolute, no credentials, https (http only to loopback). */
export function checkUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError('url is not a valid absolute URL', { field: 'url', expected: 'an https:// URL' });
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError('url carries credentials; put secrets in headers named by environment variables', {
      field: 'url',
      expected: 'an https:// URL without user:password',
    });
  }
  allowedScheme(url, 'url');
  return url;
}

function allowedScheme(url: URL, field: string): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return;
  throw new InputError(`${safeLocator(url)} is not https`, {
    field,
    expected: 'an https:// URL (http only to localhost)',
  });
}

/** The URL as lineage and errors may show it: no credentials, query or fragment. */
export function safeLocator(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * Request headers: `accept` plus each named header with the value of its environment variable. A header may not
 * name one of the run's own credentials (./credentials.ts `isRunCredential`): it would go to whatever URL the
 * sources file names.
 */
export function headersFrom(named: Record<string, string>, env: SourceContext['env']): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const [header, variable] of Object.entries(named)) {
    if (isRunCredential(variable)) {
      throw new InputError(`header ${header} names ${variable}, a credential of the run itself`, {
        field: `headers.${header}`,
        expected: HEADER_VARIABLE_EXPECTED,
      });
    }
    const value = env[variable];
    if (value === undefined || value === '') {
      throw new InputError(`environment variable ${variable} for header ${header} is not set`, {
        field: `headers.${header}`,
        expected: `the secret in environment variable ${variable}`,
      });
    }
    headers[header] = value;
  }
  return headers;
}

/** GET with redirects, time-out, retries and body limit as described above (shared with `servicenow`). */
export async function fetchWithRetries(
  url: URL,
  headers: Record<string, string>,
  options: Pick<HttpJsonOptions, 'timeoutMs' | 'retries' | 'backoffMs' | 'maxBytes'>,
  context: SourceContext,
  where: string,
): Promise<Fetched> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  let last = '';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, backoff * 2 ** (attempt - 1)));
    try {
      return await fetchOnce(url, headers, options, context, where);
    } catch (error) {
      if (!(error instanceof RetryableError)) throw error;
      last = error.message;
    }
  }
  throw new InputError(`GET ${where} failed after ${retries + 1} attempt(s): ${last}`, {
    file: where,
    expected: 'a 2xx JSON response',
  });
}

async function fetchOnce(
  start: URL,
  headers: Record<string, string>,
  options: Pick<HttpJsonOptions, 'timeoutMs' | 'maxBytes'>,
  context: SourceContext,
  where: string,
): Promise<Fetched> {
  const doFetch: SourceFetch = context.fetch ?? proxiedFetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? context.maxFileBytes;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      const response = await doFetch(url, { method: 'GET', headers, redirect: 'manual', signal });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        url = followRedirect(url, start, response.headers.get('location'), hop);
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        throw new InputError(
          `GET ${where} answered 304 Not Modified, but Cutover keeps no cache and sent no conditional request`,
          {
            file: where,
            expected: 'a 200 JSON response',
          },
        );
      }
      if (response.status >= 500) {
        await response.body?.cancel();
        throw new RetryableError(`HTTP ${response.status}`);
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw new InputError(`GET ${where} answered HTTP ${response.status}`, {
          file: where,
          expected: 'a 2xx JSON response',
        });
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw tooLarge(where, maxBytes, `${declared} bytes declared`);
      }
      const bytes = await readLimited(response, maxBytes, where);
      return {
        bytes,
        etag: response.headers.get('etag') ?? undefined,
        lastModified: response.headers.get('last-modified') ?? undefined,
      };
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof RetryableError) throw error;
    if (signal.aborted) throw new RetryableError(`timed out after ${timeoutMs} ms`);
    // fetch's own errors name the URL at most, never the request headers; keep only the cause's code.
    throw new RetryableError(`network error (${networkCode(error)})`);
  }
}

function followRedirect(from: URL, start: URL, location: string | null, hop: number): URL {
  if (hop >= MAX_REDIRECTS) {
    throw new InputError(`more than ${MAX_REDIRECTS} redirects from ${safeLocator(start)}`, {
      expected: 'at most 5 redirects',
    });
  }
  if (!location)
    throw new InputError(`redirect from ${safeLocator(from)} names no location`, { expected: 'a Location header' });
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new InputError(`redirect from ${safeLocator(from)} names an invalid location`, {
      expected: 'a valid Location URL',
    });
  }
  if (next.host !== start.host || (start.protocol === 'https:' && next.protocol !== 'https:')) {
    throw new InputError(
      `redirect from ${safeLocator(from)} to another host (${next.protocol}//${next.host}) refused`,
      { file: safeLocator(start), expected: `redirects only within ${start.protocol}//${start.host}` },
    );
  }
  allowedScheme(next, 'url');
  return next;
}

async function readLimited(response: SourceResponse, maxBytes: number, where: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const bytes = await readAtMost(response.body, maxBytes);
  if (!bytes) throw tooLarge(where, maxBytes, `more than ${maxBytes} bytes received`);
  return bytes;
}

function tooLarge(where: string, maxBytes: number, what: string): InputError {
  return new InputError(`response from ${where} is over the limit of ${maxBytes} bytes (${what})`, {
    file: where,
    expected: `a body of at most ${maxBytes} bytes`,
  });
}

function networkCode(error: unknown): string {
  // node:http's errors carry their code themselves; fetch's carry it on their cause.
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
  if (cause instanceof Error) return cause.message.slice(0, 200);
  return error instanceof Error ? error.name : 'unknown';
}

function rfc3339(httpDate: string | undefined): string | undefined {
  if (!httpDate) return undefined;
  const time = Date.parse(httpDate);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}

interface Selected {
  value: unknown;
  pointer: string;
}

/** JSONPath over a parsed document, script evaluation disabled. */
function select(json: unknown, path: string, where: string): Selected[] {
  if (json === undefined) return [];
  let results: unknown;
  try {
    results = JSONPath({ path, json: jsonArgument(json), resultType: 'all', wrap: true, eval: false });
  } catch (cause) {
    throw new InputError(
      `JSONPath ${JSON.stringify(path)} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        file: where,
        field: 'map',
        expected: 'a JSONPath expression without script',
      },
    );
  }
  if (!Array.isArray(results)) return [];
  return results.flatMap((result) =>
    isObject(result) && typeof result.pointer === 'string' ? [{ value: result.value, pointer: result.pointer }] : [],
  );
}

function jsonArgument(value: unknown): null | boolean | number | string | object {
  if (value === null || typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
    return value;
  if (typeof value === 'object') return value;
  return null;
}

function mapItem(item: unknown, map: Record<string, string | MappedField>, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(map)) {
    const mapping = typeof spec === 'string' ? { path: spec } : spec;
    const found = select(item, mapping.path, where);
    if (found.length === 0) continue;
    const values = found.map((f) => f.value);
    const split = mapping.split;
    const parts = split === undefined ? values : values.flatMap((v) => splitValue(v, split, field, where));
    const converted = mapping.convert === undefined ? parts : parts.map((v) => convertValue(v, field, where));
    const value = split === undefined && converted.length === 1 ? converted[0] : converted;
    setPath(out, field.split('.'), value);
  }
  return out;
}

function splitValue(value: unknown, separator: string, field: string, where: string): string[] {
  if (typeof value !== 'string') {
    throw new InputError(`map.${field}: split applies to strings, got ${typeof value}`, {
      file: where,
      field: `map.${field}.split`,
      expected: `a string separated by ${JSON.stringify(separator)}`,
    });
  }
  return splitTrimmed(value, separator);
}

/** The parts of `text` between `separator`s, trimmed, empty parts dropped (`"a, b,"` -> `["a", "b"]`). */
export function splitTrimmed(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function convertValue(value: unknown, field: string, where: string): string {
  const converted = typeof value === 'string' ? utcTimestamp(value) : undefined;
  if (converted === undefined) {
    throw new InputError(`map.${field}: ${JSON.stringify(value)} is not a timestamp-utc value`, {
      file: where,
      field: `map.${field}.convert`,
      expected: 'YYYY-MM-DD HH:mm:ss (UTC, no zone)',
    });
  }
  return converted;
}

/** `YYYY-MM-DD HH:mm:ss` (UTC without zone) as RFC 3339 `YYYY-MM-DDTHH:mm:ssZ`; undefined if not a valid time. */
export function utcTimestamp(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`;
  const parsed = new Date(iso);
  // Date rolls 2026-02-30 over into March; a real calendar time survives the round trip unchanged.
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString() !== iso.replace('Z', '.000Z')) return undefined;
  return iso;
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = isObject(target[head]) ? target[head] : {};
  target[head] = next;
  setPath(next, rest, value);
}
