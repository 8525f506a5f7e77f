/**
 * The validators generated at build time (src/schema/standalone.ts -> src/schema/generated/) are current and
 * behave as the schema compiled at run time: the committed files equal what the generator makes from
 * schemas/ now (as check-dist does for dist/), and on valid and broken seal records the generated validator
 * and a freshly compiled one accept the same values and report the same errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { SealRecord } from '../../src/domain/seal.js';
import { AJV_FORMATS, AJV_OPTIONS } from '../../src/schema/ajv-options.js';
import documentValidators from '../../src/schema/generated/documents.validate.cjs';
import validateSealRecord from '../../src/schema/generated/seal-record.validate.cjs';
import { ALL_SCHEMAS, SCHEMAS, type SchemaName, schemaId } from '../../src/schema/registry.js';
import { documentSchemaIds, generatedDocumentFiles, generatedFiles, PRECOMPILED } from '../../src/schema/standalone.js';
import { validatorFor } from '../../src/schema/validate.js';

const addFormats = addFormatsModule.default;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function compiledAtRunTime(id: string): ValidateFunction {
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
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

describe('generated standalone validators', () => {
  it.each(PRECOMPILED.map((name) => [name]))('%s: the committed files are what the generator makes now', (name) => {
    const files = generatedFiles(name);
    expect(Object.keys(files).length).toBe(2);
    for (const [file, text] of Object.entries(files))
      expect(
        readFileSync(path.join(root, file), 'utf8'),
        `${file} is stale: run npx tsx scripts/generate-validators.ts`,
      ).toBe(text);
  });

  it('the run-time validator of the seal record is the generated one', () => {
    expect(validatorFor('seal-record')).toBe(validateSealRecord);
  });

  it('the generated seal-record validator accepts and rejects as the compiled schema does, with the same errors', () => {
    const compiled = compiledAtRunTime(schemaId('seal-record'));
    expect(compiled).not.toBe(validateSealRecord);
    let rejected = 0;
    for (const [label, value] of cases) {
      const verdict = validateSealRecord(value);
      expect(verdict, label).toBe(compiled(value));
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

describe('generated documents module (every schema but the seal record)', () => {
  it('the committed files are what the generator makes now', () => {
    for (const [file, text] of Object.entries(generatedDocumentFiles()))
      expect(
        readFileSync(path.join(root, file), 'utf8'),
        `${file} is stale: run npx tsx scripts/generate-validators.ts`,
      ).toBe(text);
  });

  it('holds every registered schema, and the run-time validators are the generated ones', () => {
    const ids = ALL_SCHEMAS.map((schema) => (schema as { $id: string }).$id);
    expect(new Set([...documentSchemaIds(), schemaId('seal-record')])).toEqual(new Set(ids));
    expect(Object.keys(documentValidators).sort()).toEqual(documentSchemaIds().sort());
    for (const name of Object.keys(SCHEMAS) as SchemaName[]) {
      const generated = name === 'seal-record' ? validateSealRecord : documentValidators[schemaId(name)];
      expect(validatorFor(name), name).toBe(generated);
    }
  });

  it('accepts and rejects the examples and their broken variants as the compiled schemas do, with the same errors', () => {
    let compared = 0;
    let rejected = 0;
    for (const [name, file, document] of exampleDocuments()) {
      const id = schemaId(name as SchemaName);
      const generated = documentValidators[id];
      if (!generated) throw new Error(`no generated validator for ${id}`);
      const compiled = compiledAtRunTime(id);
      expect(generated(document), `${file} is valid`).toBe(true);
      for (const [label, value] of [['as is', document] as [string, unknown], ...brokenVariants(document)]) {
        const verdict = generated(value);
        expect(verdict, `${file}: ${label}`).toBe(compiled(value));
        expect(generated.errors ?? null, `${file}: ${label}`).toEqual(compiled.errors ?? null);
        compared++;
        if (!verdict) rejected++;
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(80);
  });
});
