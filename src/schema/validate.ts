/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use, except the
 * schemas whose validators are generated at build time (standalone.ts: today every registered schema, so
 * nothing is compiled at run time; assemble and verify would otherwise spend 0.2-0.3 s compiling).
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field
 * and the expected form.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { InputError } from '../errors.js';
import { AJV_FORMATS, AJV_OPTIONS } from './ajv-options.js';
import documentValidators from './generated/documents.validate.cjs';
import validateSealRecord from './generated/seal-record.validate.cjs';
import { jsonLineLocator } from './locate.js';
import { formatOf } from './parse.js';
import { ALL_SCHEMAS, type SchemaName, schemaId } from './registry.js';
import { dedupe, describe, moreViolations, type SchemaViolation, violationPath } from './violations.js';

// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';

// ajv-formats is CommonJS (`exports.default = formatsPlugin`); under ESM interop the plugin is `.default`.
const addFormats = addFormatsModule.default;

let ajv: Ajv2020 | undefined;
/** Validators by schema `$id`: the generated ones from the start, the others as they are compiled. */
const compiled = new Map<string, ValidateFunction>([
  [schemaId('seal-record'), validateSealRecord],
  // Every other registered schema, generated at build time too (standalone.ts): no compilation at run time.
  ...Object.entries(documentValidators),
]);

function instance(): Ajv2020 {
  if (!ajv) {
    ajv = new Ajv2020({ ...AJV_OPTIONS });
    addFormats(ajv, [...AJV_FORMATS]);
    for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  }
  return ajv;
}

/** The compiled validator of a schema, compiled on first use and kept. */
export function validatorFor(name: SchemaName): ValidateFunction {
  return compiledById(schemaId(name));
}

/** The compiled validator of a registered schema by its `$id`. */
function compiledById(id: string): ValidateFunction {
  let validate = compiled.get(id);
  if (!validate) {
    validate = instance().getSchema(id);
    if (!validate) throw new Error(`schema ${id} is not registered`);
    compiled.set(id, validate);
  }
  return validate;
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
  throw new InputError(`${first.message}${moreViolations(violations)}`, {
    file,
    line: first.line,
    field: first.path || '/',
    expected: `a document matching ${schemaId(name)}`,
  });
}

/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export function validateById<T>(id: string, value: unknown, file: string): T {
  const validate = compiledById(id);
  if (validate(value)) return value as T;
  const violations = dedupe(validate.errors ?? []).map((error) => ({
    path: violationPath(error),
    message: describe(error),
  }));
  const first = violations[0];
  throw new InputError(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
    file,
    field: first?.path || '/',
    expected: `a value matching ${id}`,
  });
}
