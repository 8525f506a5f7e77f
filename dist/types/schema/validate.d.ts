/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use, except the
 * schemas whose validators are generated at build time (standalone.ts: the seal record, which `cutover list`
 * checks thousands of times in a process that validates nothing else).
 * A failed validation becomes an InputError that names the file, the line (for JSON text), the field
 * and the expected form.
 */
import { type ValidateFunction } from 'ajv/dist/2020.js';
import { type SchemaName } from './registry.js';
/** The compiled validator of a schema, compiled on first use and kept. */
export declare function validatorFor(name: SchemaName): ValidateFunction;
/** One schema violation in terms a person can act on. */
export interface SchemaViolation {
    path: string;
    message: string;
    line?: number;
}
/** Validates without throwing; returns the violations (empty when valid). */
export declare function schemaViolations(name: SchemaName, value: unknown, text?: string, file?: string): SchemaViolation[];
/**
 * ` (and 2 more: /a must ...; /b must ...)` after the first violation: every violation it counts is listed,
 * and when there are more than MORE_LISTED the count says how many of them are shown.
 */
export declare function moreViolations(violations: readonly Pick<SchemaViolation, 'path' | 'message'>[]): string;
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export declare function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T;
/** The formats the schemas use, in words with an example. */
export declare const FORMAT_WORDS: Readonly<Record<string, string>>;
/**
 * Every `pattern` in schemas/, by its source text, in words with an example; a person should not have to read
 * a regular expression. test/cli/schema-errors.test.ts fails when a schema gains a pattern missing here, or an example does not match.
 */
export declare const PATTERN_WORDS: Readonly<Record<string, string>>;
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export declare function validateById<T>(id: string, value: unknown, file: string): T;
