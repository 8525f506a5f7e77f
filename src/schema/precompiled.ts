/**
 * Validation by the validators generated at build time alone (standalone.ts, src/schema/generated/), with no
 * Ajv, no schema registry and no parsers loaded at run time: for a process that validates nothing else, such
 * as `cutover list` reading thousands of seal records. The validator is the one validate.ts uses (the same
 * module, through the generated index, required on first use). Same errors as validate.ts's `validateDocument`
 * for a value (no line numbers: there is no text to locate them in).
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
import generatedValidators from './generated/index.cjs';
import { moreViolations, violationsOf } from './violations.js';

/**
 * The schemas validated here, each by the `$id` its generated validator is indexed by (the registry's, which
 * test/reader/precompiled.test.ts compares: importing the registry here would load every schema).
 */
const PRECOMPILED_VALIDATORS = {
  'seal-record': 'https://cutover.dev/schemas/seal-record.schema.json',
} as const;

/** The validators required so far, by schema `$id` (`cutover list` validates thousands of records). */
const loaded = new Map<string, ValidateFunction>();

/** A schema validated by generated code. */
export type PrecompiledSchemaName = keyof typeof PRECOMPILED_VALIDATORS;

/** The `$id` a precompiled validator checks against. */
export function precompiledSchemaId(name: PrecompiledSchemaName): string {
  return PRECOMPILED_VALIDATORS[name];
}

/**
 * Validates with a precompiled validator and returns the value typed, or throws an InputError naming the
 * first violations, `file` and the schema, as `validateDocument` does.
 */
export function validatePrecompiled<T>(name: PrecompiledSchemaName, value: unknown, file: string): T {
  const id = PRECOMPILED_VALIDATORS[name];
  let validate = loaded.get(id);
  if (!validate) {
    validate = generatedValidators[id]?.();
    if (!validate) throw new Error(`schema ${id} has no generated validator`);
    loaded.set(id, validate);
  }
  if (validate(value)) return value as T;
  const violations = violationsOf(validate.errors);
  const first = violations[0];
  throw new InputError(`${first?.message ?? 'invalid'}${moreViolations(violations)}`, {
    file,
    field: first?.path || '/',
    expected: `a document matching ${id}`,
  });
}
