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
import type { SchemaName } from './registry.js';
import { type SchemaViolation } from './violations.js';
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';
/** The validator of a named schema. */
export declare function validatorFor(name: SchemaName): ValidateFunction;
/** The generated validator of a registered schema by its `$id`, its module required on first use. */
export declare function validatorById(id: string): ValidateFunction;
/** Validates without throwing; returns the violations (empty when valid). */
export declare function schemaViolations(name: SchemaName, value: unknown, text?: string, file?: string): SchemaViolation[];
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export declare function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T;
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export declare function validateById<T>(id: string, value: unknown, file: string): T;
