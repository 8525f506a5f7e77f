/**
 * The precompiled validators, each with the `$id` of the schema it was generated from (from schema-ids.ts,
 * which loads no schema; test/reader/precompiled.test.ts compares it with the registry's).
 */
declare const PRECOMPILED_VALIDATORS: {
    readonly 'seal-record': {
        readonly id: string;
        readonly validate: import("ajv").ValidateFunction<unknown>;
    };
};
/** A schema validated by generated code. */
export type PrecompiledSchemaName = keyof typeof PRECOMPILED_VALIDATORS;
/** The `$id` a precompiled validator checks against. */
export declare function precompiledSchemaId(name: PrecompiledSchemaName): string;
/**
 * Validates with a precompiled validator and returns the value typed, or throws an InputError naming the
 * first violations, `file` and the schema, as `validateDocument` does.
 */
export declare function validatePrecompiled<T>(name: PrecompiledSchemaName, value: unknown, file: string): T;
export {};
