/**
 * Validation against the JSON Schemas in schemas/ by the validators generated from them at build time (Ajv
 * standalone code, standalone.ts and src/schema/generated/): no schema is compiled at run time, and neither
 * Ajv nor the schema files are loaded (compiling cost assemble and verify 0.2-0.3 s per process). Each
 * schema's validator is its own module, required the first time a document of that schema is validated, so
 * a process loads only the validators it uses. test/schema/standalone.test.ts shows every registered schema
 * has its generated validator, and that it decides as the compiled schema does.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field and the
 * expected form.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import generatedValidators from './generated/index.cjs';
import { jsonLineLocator } from './locate.js';
import { formatOf } from './parse.js';
import type { SchemaName } from './registry.js';
import { documentSchemaId as schemaId } from './schema-ids.js';
import { type SchemaViolation, violationError, violationsOf } from './violations.js';

// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';

/** The validators required so far, by schema `$id`. */
const loaded = new Map<string, ValidateFunction>();

/** The validator of a named schema. */
export function validatorFor(name: SchemaName): ValidateFunction {
  return validatorById(schemaId(name));
}

/** The generated validator of a registered schema by its `$id`, its module required on first use. */
export function validatorById(id: string): ValidateFunction {
  const known = loaded.get(id);
  if (known) return known;
  const load = Object.hasOwn(generatedValidators, id) ? generatedValidators[id] : undefined;
  if (!load) throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
  const validate = load();
  loaded.set(id, validate);
  return validate;
}

/** Validates without throwing; returns the violations (empty when valid). */
export function schemaViolations(name: SchemaName, value: unknown, text?: string, file?: string): SchemaViolation[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  const locate =
    text !== undefined && file !== undefined && formatOf(file) === 'json' ? jsonLineLocator(text) : undefined;
  const violations = violationsOf(validate.errors);
  if (!locate) return violations;
  return violations.map((violation) => {
    const line = locate(violation.path);
    return line === undefined ? violation : { ...violation, line };
  });
}

/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T {
  const violations = schemaViolations(name, value, text, file);
  if (violations.length === 0) return value as T;
  throw violationError(violations, file, `a document matching ${schemaId(name)}`);
}

/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export function validateById<T>(id: string, value: unknown, file: string): T {
  const validate = validatorById(id);
  if (validate(value)) return value as T;
  throw violationError(violationsOf(validate.errors), file, `a value matching ${id}`);
}
