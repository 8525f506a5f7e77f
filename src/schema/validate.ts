/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field
 * and the expected form.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { InputError } from '../errors.js';
import { jsonLineLocator } from './locate.js';
import { formatOf } from './parse.js';
import { ALL_SCHEMAS, type SchemaName, schemaId } from './registry.js';

// ajv-formats is CommonJS (`exports.default = formatsPlugin`); under ESM interop the plugin is `.default`.
const addFormats = addFormatsModule.default;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function instance(): Ajv2020 {
  if (!ajv) {
    // strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("one of these keys") names keys
    // declared in the parent's `properties`, which Ajv's strict check does not see from inside anyOf/oneOf.
    ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ['date-time', 'uri', 'email']);
    for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  }
  return ajv;
}

/** The compiled validator of a schema, compiled on first use and kept. */
export function validatorFor(name: SchemaName): ValidateFunction {
  const id = schemaId(name);
  let validate = compiled.get(id);
  if (!validate) {
    validate = instance().getSchema(id);
    if (!validate) throw new Error(`schema ${id} is not registered`);
    compiled.set(id, validate);
  }
  return validate;
}

/** One schema violation in terms a person can act on. */
export interface SchemaViolation {
  path: string;
  message: string;
  line?: number;
}

/** Validates without throwing; returns the violations (empty when valid). */
export function schemaViolations(name: SchemaName, value: unknown, text?: string, file?: string): SchemaViolation[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  const locate =
    text !== undefined && file !== undefined && formatOf(file) === 'json' ? jsonLineLocator(text) : undefined;
  return dedupe(validate.errors ?? []).map((error) => {
    const path = violationPath(error);
    const line = locate?.(path);
    return line === undefined ? { path, message: describe(error) } : { path, message: describe(error), line };
  });
}

/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T {
  const violations = schemaViolations(name, value, text, file);
  const first = violations[0];
  if (!first) return value as T;
  const more =
    violations.length > 1
      ? ` (and ${violations.length - 1} more: ${violations
          .slice(1, 4)
          .map((v) => `${v.path || '/'} ${v.message}`)
          .join('; ')})`
      : '';
  throw new InputError(`${first.message}${more}`, {
    file,
    line: first.line,
    field: first.path || '/',
    expected: `a document matching ${schemaId(name)}`,
  });
}

function violationPath(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    return `${error.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  }
  if (error.keyword === 'required') {
    return `${error.instancePath}/${String((error.params as { missingProperty?: unknown }).missingProperty)}`;
  }
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key '${String(params.additionalProperty)}'`;
    case 'required':
      return `missing required key '${String(params.missingProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return `must match ${String(params.pattern)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const key = `${violationPath(error)}|${describe(error)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out.length > 0 ? out : errors;
}

/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export function validateById<T>(id: string, value: unknown, file: string): T {
  let validate = compiled.get(id);
  if (!validate) {
    validate = instance().getSchema(id);
    if (!validate) throw new Error(`schema ${id} is not registered`);
    compiled.set(id, validate);
  }
  if (validate(value)) return value as T;
  const violations = dedupe(validate.errors ?? []).map((error) => ({
    path: violationPath(error),
    message: describe(error),
  }));
  const first = violations[0];
  const more =
    violations.length > 1
      ? ` (and ${violations.length - 1} more: ${violations
          .slice(1, 4)
          .map((v) => `${v.path || '/'} ${v.message}`)
          .join('; ')})`
      : '';
  throw new InputError(`${first?.message ?? 'invalid'}${more}`, {
    file,
    field: first?.path || '/',
    expected: `a value matching ${id}`,
  });
}
