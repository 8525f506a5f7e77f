/**
 * Validation against the JSON Schemas in schemas/ by the validators generated from them at build time (Ajv
 * standalone code, standalone.ts and src/schema/generated/): no schema is compiled at run time, and neither
 * Ajv nor the schema files are loaded (compiling cost assemble and verify 0.2-0.3 s per process).
 *
 * Each schema has two generated modules, neither bundled: `<path>.check.cjs` decides whether a value is
 * valid, and `<path>.validate.cjs`, required only once a check fails, names every violation. They are
 * required synchronously, each the first time it is needed, from generated/ (beside.ts): in src/schema/ when
 * run from source, beside the bundles (dist/generated/, which the CLI in dist/cli/ shares, and
 * dist/reader/generated/, copied there by scripts/build.mjs) when bundled. So validation stays synchronous, a process parses only the validators it
 * uses (bundled into one chunk, they cost `cutover assemble` and `verify` about 10 ms of parsing each), and a
 * clean run parses no code that only explains. test/schema/standalone.test.ts shows every registered schema
 * has its generated modules, and that they decide (and explain) as the compiled schema does.
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field and the
 * expected form.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { SchemaName } from './registry.js';
import { type SchemaViolation } from './violations.js';
export { FORMAT_WORDS, moreViolations, PATTERN_WORDS, type SchemaViolation } from './violations.js';
/** The generated modules loaded so far in this process, by path under ./generated/ (for tests). */
export declare function loadedValidatorModules(): string[];
/** The validator of a named schema that names every violation (`errors`, with the offending values). */
export declare function validatorFor(name: SchemaName): ValidateFunction;
/** The generated validator of a registered schema by its `$id` that names every violation, required on first use. */
export declare function validatorById(id: string): ValidateFunction;
/** The generated validator of a registered schema by its `$id` that only decides (stops at the first violation). */
export declare function checkById(id: string): ValidateFunction;
/**
 * Whether the lineage schema accepts `value` apart from the entries of `fields`, whose own keys are then all
 * the keys the generated validator would walk (lineage-fields.ts fieldsHaveOwnKeysOnly). For verification
 * (release.ts), which then finds every entry accepted (lineageEntryCheck), under a key that is a consequential
 * field of the bundle (a JSON Pointer), and its valueDigest equal to the digest it computes; or else validates
 * the document in full (schemaViolations).
 */
export declare function lineageAcceptedButFields(value: unknown): boolean;
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
