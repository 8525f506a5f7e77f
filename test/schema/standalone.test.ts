/**
 * The validators generated at build time (src/schema/standalone.ts -> src/schema/generated/) are current and
 * behave as the schemas compiled at run time: the committed files are exactly what the generator makes from
 * schemas/ now (as check-dist does for dist/), every registered schema has its own two modules (one that
 * decides, one that explains), reached through the index and required only when first needed (the explaining
 * one only once a check fails), they need no package at run time, and on valid and broken documents each
 * generated validator and a freshly compiled one accept the same values and report the same errors.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { SealRecord } from '../../src/domain/seal.js';
import { AJV_FORMATS, AJV_OPTIONS } from '../../src/schema/ajv-options.js';
import generatedModules from '../../src/schema/generated/index.cjs';
import { ALL_SCHEMAS, SCHEMAS, type SchemaName, schemaId } from '../../src/schema/registry.js';
import { documentSchemaId, SCHEMA_BASE } from '../../src/schema/schema-ids.js';
import {
  BESIDE_PACKAGES,
  CHECK_FAILED,
  CHECK_OPTIONS,
  checkModulePath,
  GENERATED_DIR,
  generatedValidatorFiles,
  PACKAGE_FILES,
  registeredSchemaIds,
  validatorModulePath,
} from '../../src/schema/standalone.js';
import { checkById, validateById, validatorById, validatorFor } from '../../src/schema/validate.js';

const addFormats = addFormatsModule.default;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function compiledAtRunTime(id: string, options: object = AJV_OPTIONS): ValidateFunction {
  const ajv = new Ajv2020({ ...options });
  addFormats(ajv, [...AJV_FORMATS]);
  for (const schema of ALL_SCHEMAS) ajv.addSchema(schema);
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`${id} not registered`);
  return validate;
}

const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const digest = `sha256:${'9f'.repeat(32)}`;
const valid: SealRecord = {
  schemaVersion: 1,
  product: 'payments-platform',
  release: '2026.11.3',
  revision: 2,
  bundleDigest: digest,
  queue: 'prod-eu',
  window: { start: '2026-12-04T16:00:00Z', end: '2026-12-04T18:00:00+01:00' },
  requiredTeams: ['acme/release-engineering', 'operations'],
  repository: 'acme/release-bundles',
  pullRequest: 42,
  headSha: sha,
  mergeCommit: sha,
  mergeMethod: 'merge',
  mergedAt: '2026-11-24T10:05:00Z',
  approvers: [{ login: 'cutover-release[bot]', team: 'operations', reviewId: 9001, commitId: sha }],
  supersedes: { revision: 1, bundleDigest: digest },
  handoff: 'queued',
};

/** Valid and broken variants: every keyword kind the schema uses (const, pattern, format, enum, oneOf, ...). */
const cases: [string, unknown][] = [
  ['valid', valid],
  ['valid, first revision', { ...valid, revision: 1, supersedes: null }],
  ['not an object', 'record'],
  ['null', null],
  ['empty object', {}],
  ['extra key', { ...valid, note: 'x' }],
  ['missing keys', { schemaVersion: 1, product: 'p' }],
  ['wrong schemaVersion', { ...valid, schemaVersion: 2 }],
  ['bad label', { ...valid, product: 'bad..name' }],
  ['label ending .lock', { ...valid, release: 'r.lock' }],
  ['revision zero', { ...valid, revision: 0 }],
  ['revision not an integer', { ...valid, revision: 1.5 }],
  ['bad digest', { ...valid, bundleDigest: 'sha256:ABC' }],
  ['bad window time', { ...valid, window: { start: '2026-12-04 16:00', end: '2026-02-30T10:00:00Z' } }],
  ['window extra key', { ...valid, window: { ...valid.window, zone: 'UTC' } }],
  ['no teams', { ...valid, requiredTeams: [] }],
  ['bad team', { ...valid, requiredTeams: ['acme/', 7] }],
  ['bad repository', { ...valid, repository: 'acme' }],
  ['pull request zero', { ...valid, pullRequest: 0 }],
  ['short sha', { ...valid, headSha: 'abc123', mergeCommit: sha.toUpperCase() }],
  ['bad merge method', { ...valid, mergeMethod: 'fast-forward' }],
  ['bad mergedAt', { ...valid, mergedAt: 'yesterday' }],
  ['no approvers', { ...valid, approvers: [] }],
  ['approver login too long', { ...valid, approvers: [{ ...valid.approvers[0], login: 'x'.repeat(101) }] }],
  // 60 code points, 120 UTF-16 units: valid only when lengths count code points as the compiled schema does.
  [
    'valid, approver login of astral characters',
    { ...valid, approvers: [{ ...valid.approvers[0], login: '😀'.repeat(60) }] },
  ],
  ['approver empty login, extra key', { ...valid, approvers: [{ ...valid.approvers[0], login: '', extra: 1 }] }],
  ['supersedes wrong shape', { ...valid, supersedes: { revision: 'one' } }],
  ['supersedes a number', { ...valid, supersedes: 1 }],
  ['empty handoff', { ...valid, handoff: '' }],
  ['array', [valid]],
];

/** Every file under src/schema/generated/, by path from the repository root. */
function committedGeneratedFiles(): string[] {
  const dir = path.join(root, GENERATED_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .map((entry) => `${GENERATED_DIR}/${entry.split(path.sep).join('/')}`)
    .sort();
}

describe('generated standalone validators', () => {
  it('the committed files are exactly what the generator makes now: none stale, missing or left over', () => {
    const files = generatedValidatorFiles();
    expect(committedGeneratedFiles(), 'run npx tsx scripts/generate-validators.ts').toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files))
      expect(
        readFileSync(path.join(root, file), 'utf8'),
        `${file} is stale: run npx tsx scripts/generate-validators.ts`,
      ).toBe(text);
  });

  it('every registered schema has two modules of its own, reached through the index by its $id', () => {
    const ids = registeredSchemaIds();
    expect(ids.length).toBe(ALL_SCHEMAS.length);
    expect(Object.keys(generatedModules).sort()).toEqual([...ids].sort());
    const modules = ids.flatMap((id) => [validatorModulePath(id), checkModulePath(id)]);
    expect(new Set(modules).size).toBe(2 * ids.length);
    expect(modules).toContain('source-kinds/flagd.validate.cjs');
    expect(modules).toContain('source-kinds/flagd.check.cjs');
    const validators = new Set<ValidateFunction>();
    for (const id of ids) {
      expect(validatorModulePath(id), id).toBe(`${generatedModules[id]}.validate.cjs`);
      expect(typeof validatorById(id), id).toBe('function');
      expect(typeof checkById(id), id).toBe('function');
      expect(validatorById(id), 'required once').toBe(validatorById(id));
      validators.add(validatorById(id));
      validators.add(checkById(id));
    }
    expect(validators.size).toBe(2 * ids.length);
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
      expect(documentSchemaId(name), name).toBe(schemaId(name));
      expect(validatorFor(name), name).toBe(validatorById(schemaId(name)));
    }
    expect(() => validatorById('https://cutover.dev/schemas/nothing.schema.json')).toThrow(
      /nothing\.schema\.json has no generated validator \(scripts\/generate-validators\.ts/,
    );
    expect(() => checkById('toString')).toThrow(/no generated validator/);
  });

  it('the validators require no package: only runtime.cjs, with the helpers Ajv and ajv-formats export', () => {
    const files = generatedValidatorFiles();
    for (const [file, text] of Object.entries(files)) {
      if (!file.endsWith('.validate.cjs') && !file.endsWith('.check.cjs')) continue;
      const required = [...text.matchAll(/require\("([^"]*)"\)/g)].map((m) => m[1]);
      const depth = file.slice(GENERATED_DIR.length + 1).split('/').length - 1;
      for (const module of required) expect(module, file).toBe(depth ? '../runtime.cjs' : './runtime.cjs');
    }
    // The parsers' modules are the packages themselves when run from source (bundled beside a bundle): their
    // main, or the file PACKAGE_FILES names (js-yaml's minified single-file build, which the bundles ship).
    expect(PACKAGE_FILES).toEqual({ 'js-yaml': 'dist/js-yaml.min.js' });
    for (const name of BESIDE_PACKAGES) {
      const module = path.join(root, GENERATED_DIR, `${name}.cjs`);
      const file = PACKAGE_FILES[name];
      const expected = file
        ? `require('node:path').join(require('node:path').dirname(require.resolve(${JSON.stringify(`${name}/package.json`)})), ${JSON.stringify(file)})`
        : JSON.stringify(name);
      const same = execFileSync(
        process.execPath,
        [
          '-e',
          `const m = require(${JSON.stringify(module)}); console.log(m === require(${expected}), m === require(${JSON.stringify(name)}))`,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(same.trim(), name).toBe(file ? 'true false' : 'true true');
    }
    // A module that needs a helper runtime.cjs lacks fails the generation, naming it (the check can fail).
    const runtime = readFileSync(path.join(root, GENERATED_DIR, 'runtime.cjs'), 'utf8');
    expect(runtime).toContain('exports.ucs2length = require("ajv/dist/runtime/ucs2length").default;');
    expect(runtime).toContain('exports.fullFormats = require("ajv-formats/dist/formats").fullFormats;');
  });

  it("a process requires a schema's deciding module when that schema is first validated, its explaining one only when a value fails", () => {
    // Plain Node (through tsx), outside vitest's module runner: the modules in require.cache are the ones
    // loaded (the index, data only, is loaded with validate.ts).
    const script = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import yaml from 'js-yaml';
      import { validateDocument } from ${JSON.stringify(path.join(root, 'src/schema/validate.ts'))};
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => Object.keys(cache).filter((f) => f.includes('/generated/') && !f.endsWith('index.cjs')).map((f) => f.split('/generated/')[1]).sort();
      const before = loaded();
      const policy = yaml.load(readFileSync('examples/policy.yaml', 'utf8'));
      validateDocument('policy', policy, 'policy.yaml');
      const valid = loaded();
      let message = '';
      try { validateDocument('policy', { ...policy, unexpected: 1 }, 'policy.yaml'); } catch (error) { message = error.message; }
      console.log(JSON.stringify({ before, valid, invalid: loaded(), message }));`;
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        encoding: 'utf8',
        cwd: root,
      }),
    );
    expect(out.before).toEqual([]);
    expect(out.valid).toEqual(['policy.check.cjs', 'runtime.cjs']);
    expect(out.invalid).toEqual(['policy.check.cjs', 'policy.validate.cjs', 'runtime.cjs']);
    expect(out.message).toMatch(/unexpected/);
  });

  it('the generated seal-record validator accepts and rejects as the compiled schema does, with the same errors', () => {
    const validateSealRecord = validatorFor('seal-record');
    const compiled = compiledAtRunTime(schemaId('seal-record'));
    expect(compiled).not.toBe(validateSealRecord);
    let rejected = 0;
    const check = checkById(schemaId('seal-record'));
    const compiledCheck = compiledAtRunTime(schemaId('seal-record'), CHECK_OPTIONS);
    for (const [label, value] of cases) {
      const verdict = validateSealRecord(value);
      expect(verdict, label).toBe(compiled(value));
      expect(check(value), label).toBe(verdict);
      // The deciding module reports no detail of a violation: each entry is CHECK_FAILED (standalone.ts).
      expect(compiledCheck(value), label).toBe(verdict);
      if (verdict) expect(check.errors ?? null, label).toBeNull();
      else
        expect(new Set(check.errors?.map((e) => JSON.stringify(e))), label).toEqual(
          new Set([JSON.stringify(CHECK_FAILED)]),
        );
      expect(validateSealRecord.errors ?? null, label).toEqual(compiled.errors ?? null);
      if (!verdict) rejected++;
    }
    expect(rejected).toBe(cases.filter(([label]) => !label.startsWith('valid')).length);
    expect(rejected).toBe(cases.length - 3);
  });
});

/** A real document of each document schema, from examples/. */
function exampleDocuments(): Array<[string, string, unknown]> {
  const json = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const yamlFile = (file: string): unknown => yaml.load(readFileSync(path.join(root, file), 'utf8'));
  const out: Array<[string, string, unknown]> = [
    ['bundle', 'examples/held-release/previous/bundle.json', json('examples/held-release/previous/bundle.json')],
    ['lineage', 'examples/held-release/previous/lineage.json', json('examples/held-release/previous/lineage.json')],
    ['holds', 'examples/held-release/previous/holds.json', json('examples/held-release/previous/holds.json')],
    ['manifest', 'examples/held-release/previous/manifest.json', json('examples/held-release/previous/manifest.json')],
    ['policy', 'examples/policy.yaml', yamlFile('examples/policy.yaml')],
    [
      'records',
      'examples/payments-platform/release-records.yaml',
      yamlFile('examples/payments-platform/release-records.yaml'),
    ],
    [
      'sources',
      'examples/payments-platform/cutover.sources.yaml',
      yamlFile('examples/payments-platform/cutover.sources.yaml'),
    ],
  ];
  // Each source of the example configuration against its kind's options schema, as sources/options.ts does.
  const sources = out.find(([name]) => name === 'sources')?.[2] as { sources: Array<{ id: string; kind: string }> };
  for (const source of sources.sources)
    if (!out.some(([name]) => name === `source-kinds/${source.kind}`))
      out.push([`source-kinds/${source.kind}`, `cutover.sources.yaml: ${source.id}`, source]);
  return out;
}

/** Broken variants of a valid document: the usual mistakes, one keyword kind each. */
function brokenVariants(value: unknown): Array<[string, unknown]> {
  const variants: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'document'],
    ['an array', [value]],
    ['empty object', {}],
  ];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    variants.push(['extra key', { ...value, unexpected: true }]);
    for (const [key, item] of entries) {
      variants.push([`${key} removed`, Object.fromEntries(entries.filter(([k]) => k !== key))]);
      variants.push([`${key} a number`, { ...value, [key]: 7 }]);
      if (typeof item === 'string') variants.push([`${key} empty`, { ...value, [key]: '' }]);
      if (Array.isArray(item) && item.length > 0) {
        const [first] = item;
        variants.push([`${key}[0] extra key`, { ...value, [key]: [{ ...(first as object), unexpected: 1 }, ...item] }]);
        variants.push([`${key}[0] a list`, { ...value, [key]: [[first]] }]);
      }
    }
  }
  return variants;
}

describe('generated validators of the document and source-kind schemas', () => {
  it('accepts and rejects the examples and their broken variants as the compiled schemas do, with the same errors', () => {
    let compared = 0;
    let rejected = 0;
    const checked = new Set<string>();
    for (const [name, file, document] of exampleDocuments()) {
      const id = name.startsWith('source-kinds/') ? `${SCHEMA_BASE}${name}.schema.json` : schemaId(name as SchemaName);
      const generated = validatorById(id);
      const check = checkById(id);
      checked.add(id);
      const compiled = compiledAtRunTime(id);
      expect(generated(document), `${file} is valid`).toBe(true);
      expect(() => validateById(id, document, file)).not.toThrow();
      for (const [label, value] of [['as is', document] as [string, unknown], ...brokenVariants(document)]) {
        const verdict = generated(value);
        expect(verdict, `${file}: ${label}`).toBe(compiled(value));
        expect(generated.errors ?? null, `${file}: ${label}`).toEqual(compiled.errors ?? null);
        expect(check(value), `${file}: ${label} (deciding module)`).toBe(verdict);
        if (!verdict) expect(() => validateById(id, value, file), `${file}: ${label}`).toThrow();
        compared++;
        if (!verdict) rejected++;
      }
    }
    // Every registered schema but common (definitions only) and the seal record (its own cases above), and
    // the kinds the examples use.
    expect([...checked].filter((id) => !id.includes('source-kinds/')).sort()).toEqual(
      registeredSchemaIds()
        .filter((id) => !id.includes('source-kinds/') && id !== schemaId('common') && id !== schemaId('seal-record'))
        .sort(),
    );
    expect([...checked].filter((id) => id.includes('source-kinds/')).length).toBeGreaterThan(3);
    expect(compared).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(80);
  });
});
