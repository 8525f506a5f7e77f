/**
 * The one Ajv configuration Cutover validates with, shared by the run-time instance (validate.ts) and the
 * build-time generator of standalone validators (standalone.ts), so a precompiled validator behaves exactly
 * as the schema compiled at run time would.
 */
/**
 * strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("one of these keys") names keys
 * declared in the parent's `properties`, which Ajv's strict check does not see from inside anyOf/oneOf.
 * verbose: each error carries the offending value (`data`), so a message can show what was given.
 * validateSchema off: the schemas are ours and fixed at build time; test/schema/meta-schema.test.ts checks
 * each against the 2020-12 meta-schema once, instead of every process compiling the meta-schema to do it
 * (a tenth of `cutover list` over 5,000 seal tags).
 */
export declare const AJV_OPTIONS: {
    readonly allErrors: true;
    readonly strict: true;
    readonly strictRequired: false;
    readonly allowUnionTypes: true;
    readonly verbose: true;
    readonly validateSchema: false;
};
/** The ajv-formats formats the schemas use. */
export declare const AJV_FORMATS: readonly ["date-time", "uri", "email"];
