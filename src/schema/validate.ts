/**
 * Validation against the JSON Schemas in schemas/ by the validators generated from them at build time (Ajv
 * standalone code, standalone.ts and src/schema/generated/): no schema is compiled at run time, and Ajv itself
 * is not loaded (compiling cost assemble and verify 0.2-0.3 s per process). test/schema/standalone.test.ts
 * shows every registered schema has its generated validator, and that it decides as the compiled schema does.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field and the
 * expected form.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
import documentValidators from './generated/documents.validate.cjs';
import validateSealRecord from './generated/seal-record.validate.cjs';
import { jsonLineLocator } from './locate.js';
import { formatOf } from './parse.js';
import { type SchemaName, schemaId } from './registry.js';
import { dedupe, describe, moreViolations, type SchemaViolation, violationPath } from './violations.js';

// The words for violations live in violations.ts (no Ajv there); re-exported for the modules that import them here.
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';

/** The generated validators by schema `$id`. */
const GENERATED = new Map<string, ValidateFunction>([
  [schemaId('seal-record'), validateSealRecord],
  ...Object.entries(documentValidators),
]);

/** The validator of a named schema. */
export function validatorFor(name: SchemaName): ValidateFunction {
  return generatedById(schemaId(name));
}

/** The generated validator of a registered schema by its `$id`. */
function generatedById(id: string): ValidateFunction {
  const validate = GENERATED.get(id);
  if (!validate)
    throw new Error(`schema ${id} has no generated validator (scripts/generate-validators.ts generates them)`);
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
  const validate = generatedById(id);
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
