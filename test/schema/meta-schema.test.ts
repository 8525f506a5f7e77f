/**
 * Every schema Cutover registers is a valid JSON Schema 2020-12 document and compiles in strict mode. The
 * runtime validator skips this check (`validateSchema: false` in src/schema/validate.ts) so that no process
 * pays for compiling the meta-schema; this test is where it is made instead.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ALL_SCHEMAS, SCHEMAS, type SchemaName } from '../../src/schema/registry.js';
import { validatorFor } from '../../src/schema/validate.js';

const addFormats = addFormatsModule.default;

describe('the registered schemas', () => {
  it('each matches the JSON Schema 2020-12 meta-schema', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ['date-time', 'uri', 'email']);
    expect(ALL_SCHEMAS.length).toBeGreaterThan(9);
    for (const schema of ALL_SCHEMAS) {
      const valid = ajv.validateSchema(schema);
      expect(valid, `${JSON.stringify(ajv.errors)} in ${String(Reflect.get(schema, '$id'))}`).toBe(true);
    }
  });

  it('a schema with a misspelled keyword is caught by the meta-schema check', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema({ type: 'object', properties: { a: { type: 'strnig' } } })).toBe(false);
  });

  it('each named schema compiles in strict mode through the runtime validator', () => {
    const names = Object.keys(SCHEMAS).filter((name): name is SchemaName => Object.hasOwn(SCHEMAS, name));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(typeof validatorFor(name)).toBe('function');
  });
});
