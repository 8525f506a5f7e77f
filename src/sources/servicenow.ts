/**
 * Source kind `servicenow`: one change request from ServiceNow's Table API, read as the change window.
 *
 * Request: GET <instance>/api/now/table/change_request?sysparm_query=number=<number>&sysparm_display_value=all
 * &sysparm_limit=2. With `sysparm_display_value=all` every field comes back as `{ "value", "display_value" }`
 * (reference fields add `link`). Cutover assumes, and relies on, that setting:
 * - times (`start_date`, `end_date`, `sys_updated_on`) are taken from `value`, the stored value, which the Table
 *   API returns in UTC as `YYYY-MM-DD HH:mm:ss`; `display_value` is in the API user's time zone and is never used;
 * - the queue (`assignment_group` unless `queueField` says otherwise) and the environments (`cmdb_ci`, the affected
 *   configuration item, unless `environmentsField` says otherwise; comma-separated values are split) are taken from
 *   `display_value`, the names people read, since `value` of a reference is a sys_id;
 * - `state` and `approval` are compared on `value` (`approval` must be `approved`; `state` one of `states`,
 *   default `-2` Scheduled and `-1` Implement in the base system), so a localized display does not matter.
 * A plain string instead of `{ value, display_value }` (an instance answering as with `sysparm_display_value=false`)
 * is read as both.
 *
 * Transport is http-json's (https only, secrets only in headers from named environment variables and never in
 * errors or lineage, same-host redirects, retries, size limit). Lineage: system `servicenow`, locator the record's
 * Table API URL `<instance>/api/now/table/change_request/<sys_id>`, revision the `sys_id`, digest sha256 of the
 * response body, observedAt `sys_updated_on` as RFC 3339.
 */
import { sha256 } from '../domain/canonical.js';
import type { Lineage } from '../domain/model.js';
import type { SourceRecord } from '../domain/records.js';
import { InputError } from '../errors.js';
import { decodeUtf8, parseDocument } from '../schema/parse.js';
import { validateDocument } from '../schema/validate.js';
import { checkUrl, fetchWithRetries, headersFrom, safeLocator, splitTrimmed, utcTimestamp } from './http-json.js';
import { sourceOptions } from './options.js';
import { type RecordsDocument, recordsFromDocument } from './records.js';
import { isObject } from './shape.js';
import type { SourceAdapter, SourceEntry } from './types.js';

/** Options of a `servicenow` source (schemas/source-kinds/servicenow.schema.json). */
export interface ServiceNowOptions extends SourceEntry {
  kind: 'servicenow';
  /** Instance base URL, e.g. `https://acme.service-now.com`. */
  instance: string;
  /** Change request number, e.g. `CHG0030001`. */
  number: string;
  /** Header name -> name of the environment variable holding its (secret) value. */
  headers?: Record<string, string>;
  queueField?: string;
  environmentsField?: string;
  states?: string[];
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
  maxBytes?: number;
}

const DEFAULT_STATES = ['-2', '-1'];

/** A field as `sysparm_display_value=all` returns it. */
interface FieldValue {
  value: string;
  display: string;
}

/** Reads one change request and returns its change window record. */
export const serviceNowAdapter: SourceAdapter = {
  kind: 'servicenow',
  async read(entry, context): Promise<SourceRecord[]> {
    const options = sourceOptions<ServiceNowOptions>(entry, 'servicenow');
    const instance = checkUrl(options.instance);
    const url = changeRequestQuery(instance, options.number);
    const where = safeLocator(url);
    const headers = headersFrom(options.headers ?? {}, context.env);
    const fetched = await fetchWithRetries(url, headers, options, context, where);
    const change = onlyChangeRequest(fetched.bytes, where, options.number);
    const field = (name: string): FieldValue => fieldOf(change, name, where);
    const sysId = field('sys_id').value;
    const number = checkChangeRequest(field, options, where);
    const record = new URL(`/api/now/table/change_request/${encodeURIComponent(sysId)}`, instance);
    const lineage: Lineage = {
      system: 'servicenow',
      locator: safeLocator(record),
      revision: sysId,
      digest: sha256(fetched.bytes),
      observedAt: time(field('sys_updated_on').value, 'sys_updated_on', where),
    };
    const document = validateDocument<RecordsDocument>(
      'records',
      { window: windowOf(field, options, number, where) },
      `${safeLocator(record)} (change request ${number} as the change window)`,
    );
    return recordsFromDocument(document, options.id, () => lineage);
  },
};

/** The Table API query for the change request `number`, every field with its value and display value. */
function changeRequestQuery(instance: URL, number: string): URL {
  const url = new URL('/api/now/table/change_request', instance);
  url.searchParams.set('sysparm_query', `number=${number}`);
  url.searchParams.set('sysparm_display_value', 'all');
  url.searchParams.set('sysparm_limit', '2');
  return url;
}

/** The one change request of a Table API response body; refuses a body with none, several, or not an object. */
function onlyChangeRequest(bytes: Uint8Array, where: string, number: string): Record<string, unknown> {
  const body = parseDocument(decodeUtf8(bytes, where), where, 'json');
  const result = isObject(body) ? body.result : undefined;
  if (!Array.isArray(result)) {
    throw new InputError(`response from ${where} has no 'result' array`, {
      file: where,
      field: 'result',
      expected: 'a Table API response {"result": [...]}',
    });
  }
  if (result.length !== 1) {
    throw new InputError(`change request ${number}: the Table API returned ${result.length} records`, {
      file: where,
      field: 'result',
      expected: `exactly one change_request with number ${number}`,
    });
  }
  const change: unknown = result[0];
  if (!isObject(change)) {
    throw new InputError(`result[0] from ${where} is not an object`, {
      file: where,
      field: 'result[0]',
      expected: 'a change_request record',
    });
  }
  return change;
}

/**
 * The change request's number, once it is the one asked for, approved, and in a state the window may come from
 * (checked in that order).
 */
function checkChangeRequest(field: (name: string) => FieldValue, options: ServiceNowOptions, where: string): string {
  const number = field('number').value;
  if (number !== options.number) {
    throw new InputError(`change request number is ${number}, not ${options.number}`, {
      file: where,
      field: 'number',
      expected: options.number,
    });
  }
  const approval = field('approval');
  if (approval.value !== 'approved') {
    throw new InputError(`change request ${number} is not approved (approval '${approval.value}')`, {
      file: where,
      field: 'approval',
      expected: "'approved'",
    });
  }
  const state = field('state');
  const states = options.states ?? DEFAULT_STATES;
  if (!states.includes(state.value)) {
    throw new InputError(
      `change request ${number} is in state ${state.value} (${state.display}), not one the window may come from`,
      { file: where, field: 'state', expected: `one of ${states.join(', ')}` },
    );
  }
  return number;
}

/** The change window the change request describes: queue, UTC start and end, environments. */
function windowOf(field: (name: string) => FieldValue, options: ServiceNowOptions, number: string, where: string) {
  return {
    queue: field(options.queueField ?? 'assignment_group').display,
    start: time(field('start_date').value, 'start_date', where),
    end: time(field('end_date').value, 'end_date', where),
    changeRecord: number,
    environments: splitList(field(options.environmentsField ?? 'cmdb_ci').display),
  };
}

function fieldOf(change: Record<string, unknown>, name: string, where: string): FieldValue {
  const raw = change[name];
  if (typeof raw === 'string' && raw !== '') return { value: raw, display: raw };
  if (isObject(raw) && typeof raw.value === 'string' && raw.value !== '') {
    return { value: raw.value, display: typeof raw.display_value === 'string' ? raw.display_value : raw.value };
  }
  throw new InputError(`change request field '${name}' is missing or empty`, {
    file: where,
    field: `result[0].${name}`,
    expected: 'a non-empty value (requested with sysparm_display_value=all)',
  });
}

function time(text: string, name: string, where: string): string {
  const converted = utcTimestamp(text);
  if (converted === undefined) {
    throw new InputError(`change request field '${name}' is '${text}', not a UTC timestamp`, {
      file: where,
      field: `result[0].${name}`,
      expected: 'YYYY-MM-DD HH:mm:ss (the stored UTC value)',
    });
  }
  return converted;
}

function splitList(text: string): string[] {
  return [...new Set(splitTrimmed(text, ','))];
}
