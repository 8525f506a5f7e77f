/**
 * Validation by the validators generated at build time alone (standalone.ts, src/schema/generated/), with no
 * Ajv, no schema registry and no parsers loaded at run time: for a process that validates nothing else, such
 * as `cutover list` reading thousands of seal records. Its validator module (the one that explains, which
 * decides too) is imported directly and so bundled with its importer, not loaded from beside the bundle as
 * validate.ts loads the others: no parser, no locator, one module.
 * Same errors as validate.ts's `validateDocument` for a value (no line numbers: there is no text to locate
 * them in).
 */
import validateSealRecord from './generated/seal-record.validate.cjs';
import { documentSchemaId } from './schema-ids.js';
import { violationError, violationsOf } from './violations.js';

/**
 * The precompiled validators, each with the `$id` of the schema it was generated from (from schema-ids.ts,
 * which loads no schema; test/reader/precompiled.test.ts compares it with the registry's).
 */
const PRECOMPILED_VALIDATORS = {
  'seal-record': { id: documentSchemaId('seal-record'), validate: validateSealRecord },
} as const;

/** A schema validated by generated code. */
export type PrecompiledSchemaName = keyof typeof PRECOMPILED_VALIDATORS;

/** The `$id` a precompiled validator checks against. */
export function precompiledSchemaId(name: PrecompiledSchemaName): string {
  return PRECOMPILED_VALIDATORS[name].id;
}

/**
 * Validates with a precompiled validator and returns the value typed, or throws an InputError naming the
 * first violations, `file` and the schema, as `validateDocument` does.
 */
export function validatePrecompiled<T>(name: PrecompiledSchemaName, value: unknown, file: string): T {
  const { id, validate } = PRECOMPILED_VALIDATORS[name];
  if (validate(value)) return value as T;
  throw violationError(violationsOf(validate.errors), file, `a document matching ${id}`);
}
