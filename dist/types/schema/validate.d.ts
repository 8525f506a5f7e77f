/**
 * Ajv over the JSON Schemas in schemas/: compiled once per process, per schema, on first use.
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
/** Validates and returns the value typed, or throws an InputError naming the first violations. */
export declare function validateDocument<T>(name: SchemaName, value: unknown, file: string, text?: string): T;
/**
 * Validates a value against a registered schema named by its `$id` (used for the per-kind source option
 * schemas, schemas/source-kinds/*.schema.json, which are not named document schemas). Same errors as
 * validateDocument.
 */
export declare function validateById<T>(id: string, value: unknown, file: string): T;
