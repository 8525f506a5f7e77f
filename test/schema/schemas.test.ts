/**
 * Schemas: every example file validates against its schema, every schema has an `$id` and is closed
 * (`additionalProperties: false` wherever it declares `properties`), and an unknown key is rejected with a
 * message that names it, at every object of every example document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { AJV_FORMATS, AJV_OPTIONS } from '../../src/schema/ajv-options.js';
import { parseDocument } from '../../src/schema/parse.js';
import { ALL_SCHEMAS, SCHEMAS, type SchemaName } from '../../src/schema/registry.js';
import { schemaViolations, validateById, validateDocument } from '../../src/schema/validate.js';
import { dedupe, describe as describeViolation } from '../../src/schema/violations.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, repoRoot } from '../helpers/paths.js';
import { isRecord, objectAt } from '../helpers/records.js';

const schemasDir = path.join(repoRoot, 'schemas');
const ID_BASE = 'https://cutover.dev/schemas/';

/** Every schema file, relative to schemas/. */
const SCHEMA_FILES = [
  ...readdirSync(schemasDir).filter((f) => f.endsWith('.json')),
  ...readdirSync(path.join(schemasDir, 'source-kinds'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `source-kinds/${f}`),
].sort();

function loadSchema(file: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf8'));
  if (!isRecord(value)) throw new Error(`${file} is not an object`);
  return value;
}

/**
 * Object schemas that declare `properties` without `additionalProperties: false`, by JSON Pointer. `if`
 * conditions are skipped: they test a value, they do not describe one.
 */
function openObjectSchemas(node: unknown, pointer = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => openObjectSchemas(item, `${pointer}/${i}`));
  if (!isRecord(node)) return [];
  const open: string[] = [];
  if (isRecord(node.properties) && node.additionalProperties !== false) open.push(pointer);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'if' || key === 'const' || key === 'enum' || key === 'examples' || key === 'default') continue;
    if (key === 'properties' && isRecord(child)) {
      for (const [name, sub] of Object.entries(child))
        open.push(...openObjectSchemas(sub, `${pointer}/properties/${name}`));
    } else open.push(...openObjectSchemas(child, `${pointer}/${key}`));
  }
  return open;
}

/**
 * The one open object schema allowed: a source entry, whose options are closed by its kind's schema
 * (allOf/if kind/then $ref source-kinds/<kind>.schema.json). The test below proves each kind is covered.
 */
const CLOSED_BY_KIND = 'sources.schema.json#/properties/sources/items';

describe('schema files', () => {
  it.each(SCHEMA_FILES)('%s has an $id matching its path and is registered', (file) => {
    const schema = loadSchema(file);
    expect(schema.$id).toBe(`${ID_BASE}${file}`);
    expect(ALL_SCHEMAS.map((s) => (isRecord(s) ? s.$id : undefined))).toContain(schema.$id);
  });

  it.each(SCHEMA_FILES)('%s sets additionalProperties: false on every object schema with properties', (file) => {
    const open = openObjectSchemas(loadSchema(file)).map((p) => `${file}#${p}`);
    expect(open.filter((p) => p !== CLOSED_BY_KIND)).toEqual([]);
  });

  it('the walk finds an open object schema when there is one', () => {
    expect(openObjectSchemas({ type: 'object', properties: { a: { type: 'object', properties: {} } } })).toEqual([
      '',
      '/properties/a',
    ]);
  });

  it('every source kind of the sources schema is closed by a kind schema with additionalProperties: false', () => {
    const itemSchema = objectAt(loadSchema('sources.schema.json'), 'properties', 'sources', 'items');
    const kinds = objectAt(itemSchema, 'properties', 'kind').enum;
    expect(Array.isArray(kinds) && kinds.length).toBeGreaterThan(0);
    const branches = Array.isArray(itemSchema.allOf) ? itemSchema.allOf : [];
    for (const kind of Array.isArray(kinds) ? kinds : []) {
      const branch = branches.find(
        (b) =>
          isRecord(b) &&
          isRecord(b.if) &&
          isRecord(b.if.properties) &&
          isRecord(b.if.properties.kind) &&
          b.if.properties.kind.const === kind,
      );
      expect(branch, `no allOf branch for kind ${String(kind)}`).toBeDefined();
      const ref = isRecord(branch) && isRecord(branch.then) ? branch.then.$ref : undefined;
      expect(ref).toBe(`source-kinds/${String(kind)}.schema.json`);
      expect(loadSchema(`source-kinds/${String(kind)}.schema.json`).additionalProperties).toBe(false);
    }
  });
});

/** The error a call throws, which must be an InputError. */
function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

/** JSON Pointers of every object inside a value (the root included). */
function objectPointers(value: unknown, pointer = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPointers(v, `${pointer}/${i}`));
  if (!isRecord(value)) return [];
  const segment = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  return [pointer, ...Object.entries(value).flatMap(([k, v]) => objectPointers(v, `${pointer}/${segment(k)}`))];
}

/** A deep copy of `value` with `key: true` added to the object at `pointer`. */
function withUnknownKey(value: unknown, pointer: string, key: string): unknown {
  const copy: unknown = structuredClone(value);
  let target: unknown = copy;
  for (const segment of pointer.split('/').slice(1)) {
    const name = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = Array.isArray(target) ? target[Number(name)] : isRecord(target) ? target[name] : undefined;
  }
  if (!isRecord(target)) throw new Error(`no object at ${pointer}`);
  target[key] = true;
  return copy;
}

/** Objects whose keys are data, not fields: lineage field pointers and source keys. */
const MAPS: Partial<Record<SchemaName, RegExp>> = { lineage: /^\/(fields|sources)$/ };

describe('examples and assembled files validate, and reject an unknown key at every object', () => {
  let out = '';
  const documents: Array<{ label: string; schema: SchemaName; file: string }> = [
    { label: 'examples/policy.yaml', schema: 'policy', file: EXAMPLES.policy },
    { label: 'payments sources', schema: 'sources', file: EXAMPLES.payments.sources },
    { label: 'held sources', schema: 'sources', file: EXAMPLES.held.sources },
    { label: 'held previous sources', schema: 'sources', file: EXAMPLES.held.previousSources },
    { label: 'payments records', schema: 'records', file: EXAMPLES.payments.records },
    { label: 'held records', schema: 'records', file: EXAMPLES.held.records },
    { label: 'held previous records', schema: 'records', file: EXAMPLES.held.previousRecords },
  ];
  for (const name of ['bundle', 'lineage', 'holds', 'manifest'] as const) {
    documents.push({
      label: `examples/held-release/previous/${name}.json`,
      schema: name,
      file: path.join(EXAMPLES.held.previous, `${name}.json`),
    });
  }
  const assembled: Array<{ label: string; schema: SchemaName; dir: string }> = [];
  for (const example of ['payments', 'held'] as const) {
    for (const name of ['bundle', 'lineage', 'holds', 'manifest'] as const) {
      assembled.push({ label: `assembled ${example} ${name}.json`, schema: name, dir: example });
    }
  }

  beforeAll(async () => {
    out = await makeTempDir('cutover-schemas-');
    for (const [example, extra] of [
      ['payments', []],
      ['held', ['--previous', EXAMPLES.held.previous]],
    ] as const) {
      const run = await runCli([
        'assemble',
        '--sources',
        EXAMPLES[example].sources,
        '--out',
        path.join(out, example),
        '--policy',
        EXAMPLES.policy,
        ...extra,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
  });
  afterAll(async () => {
    await removeDir(out);
  });

  const cases = [
    ...documents.map((d) => ({ label: d.label, schema: d.schema, file: () => d.file })),
    ...assembled.map((d) => ({
      label: d.label,
      schema: d.schema,
      file: () => path.join(out, d.dir, `${d.schema}.json`),
    })),
  ];

  it.each(cases)('$label validates against $schema', async ({ schema, file }) => {
    const text = await readFile(file(), 'utf8');
    const value = parseDocument(text, file());
    expect(schemaViolations(schema, value, text, file())).toEqual([]);
  });

  it.each(cases)('$label: an unknown key at any object is rejected, naming the key', async ({ schema, file }) => {
    const text = await readFile(file(), 'utf8');
    const value = parseDocument(text, file());
    const pointers = objectPointers(value).filter((p) => !MAPS[schema]?.test(p));
    expect(pointers.length).toBeGreaterThan(0);
    for (const pointer of pointers) {
      const key = 'x-unknown-key';
      const violations = schemaViolations(schema, withUnknownKey(value, pointer, key));
      const named = violations.find((v) => v.path === `${pointer}/${key}`);
      expect(named?.message, `${pointer}: ${JSON.stringify(violations)}`).toBe(`unknown key '${key}'`);
    }
    const error = inputError(() => validateDocument(schema, withUnknownKey(value, '', 'colour'), file()));
    expect(error.describe()).toContain("unknown key 'colour'");
    expect(error.field).toBe('/colour');
  });
});

describe('schemas without a document of their own reject unknown keys too', () => {
  it('common.schema.json: a lineage definition with an unknown key', () => {
    const lineage = {
      system: 'file',
      locator: 'r.yaml',
      revision: 'abc',
      digest: 'sha256:00',
      observedAt: '2026-11-20T09:12:44Z',
    };
    // A definition has no generated validator of its own (Cutover validates no value against it alone):
    // compiled here, with the options the generated validators are made with.
    const ajv = new Ajv2020({ ...AJV_OPTIONS });
    addFormatsModule.default(ajv, [...AJV_FORMATS]);
    for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
    const validate = ajv.getSchema(`${SCHEMAS.common.$id}#/$defs/lineage`);
    expect(validate?.(lineage)).toBe(true);
    expect(validate?.({ ...lineage, sytem: 'typo' })).toBe(false);
    expect(dedupe(validate?.errors ?? []).map(describeViolation)).toContain("unknown key 'sytem'");
  });

  const kinds = SCHEMA_FILES.filter((f) => f.startsWith('source-kinds/')).map((f) =>
    f.slice('source-kinds/'.length, -'.schema.json'.length),
  );

  it('there are source kind schemas to check', () => {
    expect(kinds).toEqual(expect.arrayContaining(['records', 'cyclonedx', 'spdx']));
  });

  it.each(kinds)('source-kinds/%s: an unknown option is rejected, directly and through sources.schema.json', (kind) => {
    const entry = minimalEntry(loadSchema(`source-kinds/${kind}.schema.json`));
    const id = `${ID_BASE}source-kinds/${kind}.schema.json`;
    expect(validateById(id, entry, 'sources')).toEqual(entry);
    const direct = inputError(() => validateById(id, { ...entry, pathh: 'typo' }, 'sources'));
    expect(direct.message).toContain("unknown key 'pathh'");
    const config = {
      schemaVersion: 1,
      product: 'p',
      release: 'r',
      candidate: { tag: 'v1', commit: 'a'.repeat(40), committedAt: '2026-11-20T09:12:44Z' },
      sources: [{ ...entry, pathh: 'typo' }],
    };
    const violations = schemaViolations('sources', config);
    expect(violations.find((v) => v.path === '/sources/0/pathh')?.message).toBe("unknown key 'pathh'");
  });
});

const STRING_SAMPLES = ['x', 'https://example.com/x', `sha256:${'0'.repeat(64)}`, 'acme/x', '2026-11-20T09:12:44Z'];

/** A value for a property schema: its const, or the simplest value of its type (enough for kind options). */
function sampleOf(schema: unknown): unknown {
  if (!isRecord(schema)) return 'x';
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'array':
      return [sampleOf(schema.items)];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'object':
      return minimalEntry(schema);
    default: {
      const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
      return STRING_SAMPLES.find((sample) => !pattern || pattern.test(sample)) ?? 'x';
    }
  }
}

/** The smallest entry a kind's options schema accepts: its required keys with sample values. */
function minimalEntry(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  return Object.fromEntries(required.map((key) => [key, key === 'id' ? 'source-1' : sampleOf(properties[key])]));
}
