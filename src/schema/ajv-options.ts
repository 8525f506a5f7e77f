/**
 * The one Ajv configuration Cutover validates with: the build-time generator of standalone validators
 * (standalone.ts) makes the explaining modules with it, and the deciding ones with it less what only
 * explaining needs (CHECK_OPTIONS there); the tests compile the schemas with it at run time to show a
 * generated validator behaves exactly as the compiled schema does.
 */

/**
 * strictRequired off: `anyOf: [{ required: [a] }, { required: [b] }]` ("one of these keys") names keys
 * declared in the parent's `properties`, which Ajv's strict check does not see from inside anyOf/oneOf.
 * verbose: each error carries the offending value (`data`), so a message can show what was given.
 * validateSchema off: the schemas are ours and fixed at build time; test/schema/meta-schema.test.ts checks
 * each against the 2020-12 meta-schema once, instead of every process compiling the meta-schema to do it
 * (a tenth of `cutover list` over 5,000 seal tags).
 */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  verbose: true,
  validateSchema: false,
} as const;

/** The ajv-formats formats the schemas use. */
export const AJV_FORMATS = ['date-time', 'uri', 'email'] as const;
