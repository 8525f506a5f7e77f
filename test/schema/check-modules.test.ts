/**
 * The deciding modules (src/schema/generated/<path>.check.cjs) as standalone.ts shapes them for a quick cold
 * start (issue 13 goal 3): the sources schema's module checks each entry by its kind's own deciding module,
 * required only for the kinds a file uses, and decides every value as the whole schema compiled at run time
 * does; every deciding module reports a failure as CHECK_FAILED, without the details the explaining module
 * gives; and the generation refuses the shapes it does not know rather than deciding differently.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AJV_FORMATS } from '../../src/schema/ajv-options.js';
import { ALL_SCHEMAS, SCHEMAS, schemaId } from '../../src/schema/registry.js';
import {
  CHECK_FAILED,
  CHECK_OPTIONS,
  GENERATED_DIR,
  kindDispatch,
  registeredSchemaIds,
  withoutViolationDetail,
  withSchemaCopiesUsed,
} from '../../src/schema/standalone.js';
import { checkById } from '../../src/schema/validate.js';

const addFormats = addFormatsModule.default;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCES = schemaId('sources');

/** The whole sources schema, its per-kind branches in place, compiled with the deciding options. */
function wholeSourcesCheck(): ValidateFunction {
  const ajv = new Ajv2020({ ...CHECK_OPTIONS });
  addFormats(ajv, [...AJV_FORMATS]);
  for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  const validate = ajv.getSchema(SOURCES);
  if (!validate) throw new Error('sources schema not registered');
  return validate;
}

/** Every example sources file; the service repository's names every kind. */
const EXAMPLES = [
  'examples/service-repo/.cutover/sources.yaml',
  'examples/payments-platform/cutover.sources.yaml',
  'examples/held-release/cutover.sources.yaml',
  'examples/held-release/previous-sources/cutover.sources.yaml',
];

type Entry = Record<string, unknown>;
interface SourcesFile {
  sources: Entry[];
  [key: string]: unknown;
}

const load = (file: string) => yaml.load(readFileSync(path.join(root, file), 'utf8')) as SourcesFile;

/** A value of another type than the one given, per JSON type, to break one option at a time. */
const otherTypes = (value: unknown): unknown[] => [7, 'x', '', true, null, [], {}, [value]].filter((v) => v !== value);

/** Variants of one entry: each option removed, retyped, emptied; an extra option; the kind changed. */
function entryVariants(entry: Entry, kinds: readonly string[]): Entry[] {
  const variants: Entry[] = [{ ...entry, unexpected: 1 }];
  for (const [key, value] of Object.entries(entry)) {
    const { [key]: _removed, ...rest } = entry;
    variants.push(rest);
    for (const other of otherTypes(value)) variants.push({ ...entry, [key]: other });
    if (value && typeof value === 'object' && !Array.isArray(value))
      variants.push({ ...entry, [key]: { ...value, unexpected: 1 } });
    if (Array.isArray(value) && value.length > 0) variants.push({ ...entry, [key]: [...value, 7] });
  }
  for (const kind of kinds) if (kind !== entry.kind) variants.push({ ...entry, kind });
  return variants;
}

describe('the deciding module of the sources schema', () => {
  const whole = wholeSourcesCheck();
  const check = checkById(SOURCES);
  const kinds = Object.keys(kindDispatch(SCHEMAS.sources, registeredSchemaIds()).kinds);

  it('knows a module for every kind of the enum, and the examples name every kind', () => {
    const enumKinds = (SCHEMAS.sources.properties.sources.items.properties.kind.enum as readonly string[]).slice();
    expect(kinds.sort()).toEqual(enumKinds.sort());
    const named = new Set(EXAMPLES.flatMap((file) => load(file).sources.map((s) => s.kind)));
    expect([...named].sort()).toEqual(kinds);
  });

  it('decides every example and hundreds of broken variants as the whole schema does', () => {
    let compared = 0;
    let rejected = 0;
    const compare = (value: unknown, label: string) => {
      const verdict = whole(value);
      expect(check(value), label).toBe(verdict);
      if (verdict) expect(check.errors ?? null, label).toBeNull();
      else
        expect(
          check.errors?.every((e) => JSON.stringify(e) === JSON.stringify(CHECK_FAILED)),
          label,
        ).toBe(true);
      compared++;
      if (!verdict) rejected++;
    };
    for (const file of EXAMPLES) {
      const document = load(file);
      compare(document, file);
      for (const [index, entry] of document.sources.entries()) {
        for (const variant of entryVariants(entry, kinds)) {
          const sources = document.sources.map((e, i) => (i === index ? variant : e));
          compare({ ...document, sources }, `${file}: /sources/${index} ${JSON.stringify(variant)}`);
        }
        // The entry alone, first and last (a later entry's failure is found after an earlier one passed).
        compare({ ...document, sources: [entry] }, `${file}: only /sources/${index}`);
        compare({ ...document, sources: [...document.sources, { ...entry, unexpected: 1 }] }, `${file}: last broken`);
      }
      for (const value of [null, 'x', [], {}, { ...document, sources: [] }, { ...document, sources: [7] }])
        compare(value, `${file}: ${JSON.stringify(value).slice(0, 40)}`);
    }
    expect(compared).toBeGreaterThan(800);
    expect(rejected).toBeGreaterThan(700);
    expect(compared - rejected).toBeGreaterThan(50);
  });

  it("requires a kind's module only when a file names that kind (a process with the payments example)", () => {
    // Plain Node through tsx, outside vitest's module runner: require.cache holds what was loaded.
    const script = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import yaml from 'js-yaml';
      import { validateDocument } from ${JSON.stringify(path.join(root, 'src/schema/validate.ts'))};
      const cache = createRequire(import.meta.url).cache;
      const file = 'examples/payments-platform/cutover.sources.yaml';
      validateDocument('sources', yaml.load(readFileSync(file, 'utf8')), file);
      console.log(JSON.stringify(Object.keys(cache).filter((f) => f.includes('/generated/') && !f.endsWith('index.cjs')).map((f) => f.split('/generated/')[1]).sort()));`;
    const loaded = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        cwd: root,
      }),
    );
    expect(loaded).toEqual([
      'runtime.cjs',
      'source-kinds/cyclonedx.check.cjs',
      'source-kinds/flagd.check.cjs',
      'source-kinds/provenance.check.cjs',
      'source-kinds/records.check.cjs',
      'source-kinds/spdx.check.cjs',
      'sources.check.cjs',
    ]);
  });

  it('is generated from the schema less its branches, and requires the modules of their targets', () => {
    const text = readFileSync(path.join(root, GENERATED_DIR, 'sources.check.cjs'), 'utf8');
    expect(text).not.toContain('source-kinds/flagd.schema.json');
    expect(text).toContain('"flagd":"./source-kinds/flagd.check.cjs"');
  });
});

describe('kindDispatch refuses a sources schema it cannot split without changing a verdict', () => {
  const ids = registeredSchemaIds();
  const withItems = (change: (items: Record<string, unknown>) => void): object => {
    const schema = structuredClone(SCHEMAS.sources) as unknown as { properties: { sources: { items: object } } };
    change(schema.properties.sources.items as Record<string, unknown>);
    return schema;
  };
  const branches = SCHEMAS.sources.properties.sources.items.allOf;

  it('accepts the schema as it is', () => {
    expect(Object.keys(kindDispatch(SCHEMAS.sources, ids).kinds)).toHaveLength(branches.length);
  });

  it.each([
    [
      'a branch with another keyword',
      (items: Record<string, unknown>) => {
        items.allOf = [...branches, { ...branches[0], else: false }];
      },
    ],
    [
      'a branch that tests another property',
      (items: Record<string, unknown>) => {
        items.allOf = [
          JSON.parse(
            '{"if":{"properties":{"id":{"const":"x"}},"required":["id"]},"then":{"$ref":"source-kinds/records.schema.json"}}',
          ),
        ];
      },
    ],
    [
      'a kind with two branches',
      (items: Record<string, unknown>) => {
        items.allOf = [...branches, branches[0]];
      },
    ],
    [
      'a branch to an unregistered schema',
      (items: Record<string, unknown>) => {
        items.allOf = [
          JSON.parse(
            '{"if":{"properties":{"kind":{"const":"records"}},"required":["kind"]},"then":{"$ref":"source-kinds/nothing.schema.json"}}',
          ),
        ];
      },
    ],
    [
      'no branches',
      (items: Record<string, unknown>) => {
        delete items.allOf;
      },
    ],
    [
      'unevaluatedProperties beside the branches',
      (items: Record<string, unknown>) => {
        items.unevaluatedProperties = false;
      },
    ],
  ])('%s', (_label, change) => {
    expect(() => kindDispatch(withItems(change), ids)).toThrow(/sources\.schema\.json/);
  });
});

describe('withoutViolationDetail', () => {
  const code = [
    '"use strict";',
    'function validate1(data, {instancePath=""}={}){',
    'if(typeof data !== "object"){',
    'validate1.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object",',
    '    more: 1}}];',
    'return false;',
    '}',
    'validate1.errors = null;',
    'return true;',
    '}',
  ].join('\n');

  it('replaces each reported violation, on one line or several, by a fresh CHECK_FAILED', () => {
    const terse = withoutViolationDetail(code, 'x.check.cjs');
    expect(terse).not.toContain('schemaPath:"#/type"');
    expect(terse).toContain('validate1.errors = [failedCheck()];\nreturn false;');
    const validate = new Function(`${terse}\nreturn validate1;`)() as ValidateFunction;
    expect(validate('text')).toBe(false);
    const first = validate.errors;
    expect(first).toEqual([CHECK_FAILED]);
    validate('again');
    expect(validate.errors?.[0]).not.toBe(first?.[0]);
    expect(validate({})).toBe(true);
  });

  it('refuses an error list it does not know (not a single object, or not followed by return false)', () => {
    expect(() => withoutViolationDetail(code.replace('return false;', 'errors++;'), 'x.check.cjs')).toThrow(
      /x\.check\.cjs: line 4: a violation in a form withoutViolationDetail does not know/,
    );
    expect(() => withoutViolationDetail(code.replace('= [{', '= [err0, {'), 'x.check.cjs')).toThrow(/line 4/);
  });

  it('leaves code without reported violations as it is', () => {
    const none = '"use strict";\nconst schema1 = {};';
    expect(withoutViolationDetail(none, 'common.check.cjs')).toBe(none);
  });
});

describe('withSchemaCopiesUsed', () => {
  const schema = {
    description: 'long words',
    properties: { a: { description: 'x', type: 'string' }, b: { enum: [1, 2] } },
  };
  const module = (reads: string) =>
    [
      '"use strict";',
      `const schema1 = ${JSON.stringify(schema)};`,
      'const func0 = Object.prototype.hasOwnProperty;',
      reads,
    ].join('\n');
  const copyIn = (code: string) => /^const schema1 = (.*);$/m.exec(code)?.[1];

  it('drops a copy read nowhere, with its line', () => {
    expect(withSchemaCopiesUsed(module('f();'), 'x.check.cjs')).toBe(
      '"use strict";\nconst func0 = Object.prototype.hasOwnProperty;\nf();',
    );
  });

  it('keeps only the keys of an object read only by hasOwnProperty, and whole what is read otherwise', () => {
    const keys = withSchemaCopiesUsed(module('if (func0.call(schema1.properties, key)) f();'), 'x.check.cjs');
    expect(JSON.parse(copyIn(keys) ?? '')).toEqual({ properties: { a: true, b: true } });
    // Read also for more than its keys: each path read whole (here the whole of `properties`).
    for (const reads of [
      'if (func0.call(schema1.properties, key)) f(schema1.properties.b.enum);',
      'f(schema1.properties.b.enum); if (func0.call(schema1.properties, key)) g();',
    ])
      expect(JSON.parse(copyIn(withSchemaCopiesUsed(module(reads), 'x.check.cjs')) ?? ''), reads).toEqual({
        properties: schema.properties,
      });
    const deep = withSchemaCopiesUsed(module('f(schema1.properties.b.enum);'), 'x.check.cjs');
    expect(JSON.parse(copyIn(deep) ?? '')).toEqual({ properties: { b: { enum: [1, 2] } } });
  });

  it('keeps a copy whole when it is passed on or indexed by a computed key', () => {
    for (const reads of ['f(schema1);', 'f(schema1[key]);'])
      expect(JSON.parse(copyIn(withSchemaCopiesUsed(module(reads), 'x.check.cjs')) ?? '')).toEqual(schema);
  });

  it('refuses a read of a path the copy does not have', () => {
    expect(() => withSchemaCopiesUsed(module('f(schema1.properties.c);'), 'x.check.cjs')).toThrow(
      /x\.check\.cjs: schema1 has no c to read/,
    );
  });
});
