/**
 * Ajv's validation errors in words a person can act on: the JSON Pointer each is about, what the value must
 * be (patterns and formats described with an example, never as a regular expression), one error per path,
 * the count of further violations, and the InputError that carries them. No Ajv at run time (its error type only), so a process that
 * validates with precompiled validators alone (precompiled.ts: `cutover list`) does not load Ajv.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { InputError } from '../errors.js';
/** One schema violation in terms a person can act on. */
export interface SchemaViolation {
    path: string;
    message: string;
    line?: number;
}
/**
 * ` (and 2 more: /a must ...; /b must ...)` after the first violation: every violation it counts is listed,
 * and when there are more than MORE_LISTED the count says how many of them are shown.
 */
export declare function moreViolations(violations: readonly Pick<SchemaViolation, 'path' | 'message'>[]): string;
/** The JSON Pointer an error is about: for an unknown or missing key, the key itself. */
export declare function violationPath(error: ErrorObject): string;
/** The formats the schemas use, in words with an example. */
export declare const FORMAT_WORDS: Readonly<Record<string, string>>;
/**
 * Every `pattern` in schemas/, by its source text, in words with an example; a person should not have to read
 * a regular expression. test/cli/schema-errors.test.ts fails when a schema gains a pattern missing here, or an example does not match.
 */
export declare const PATTERN_WORDS: Readonly<Record<string, string>>;
/** One Ajv error in words: what the value must be, with what was given when it is short. */
export declare function describe(error: ErrorObject): string;
/** Ajv reports the failing branch of every if/then and anyOf; keep the most specific error per path. */
export declare function dedupe(input: ErrorObject[]): ErrorObject[];
/** The violations Ajv reported, one per path and message, in words, without line numbers. */
export declare function violationsOf(errors: readonly ErrorObject[] | null | undefined): SchemaViolation[];
/**
 * The InputError of a failed validation: the first violation's message, line and field, then the others
 * (moreViolations), naming `file` and what was `expected`.
 */
export declare function violationError(violations: readonly SchemaViolation[], file: string, expected: string): InputError;
