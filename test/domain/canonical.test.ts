/**
 * Canonical form and digest: RFC 8785 vectors through `canonicalJson`, and a bundle digest that does not
 * depend on the run, on key order or on whether the records were written as YAML or JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Assembly, assemble } from '../../src/domain/assemble.js';
import { bundleDigest, canonicalJson, digestOf } from '../../src/domain/canonical.js';
import { renderReleaseFiles } from '../../src/domain/files.js';
import type { Policy } from '../../src/domain/policy.js';
import { parseDocument } from '../../src/schema/parse.js';
import { validateDocument } from '../../src/schema/validate.js';
import { type RecordsDocument, recordsFromDocument } from '../../src/sources/records.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';
import { EXAMPLES, sharedDir } from '../helpers/paths.js';
import { basePolicy, isRecord, lineage, manifestOf, objectAt } from '../helpers/records.js';

const jcsDir = path.join(sharedDir, 'fixtures', 'real', 'jcs');
const haveJcs = existsSync(path.join(jcsDir, 'input'));
const NO_JCS = `RFC 8785 vectors not found at ${jcsDir} (../shared is absent): canonical-form vectors skipped`;

/** Expected bytes of one vector: output/<name>.json when present, else outhex/<name>.txt. */
function expectedBytes(name: string): Buffer {
  const output = path.join(jcsDir, 'output', `${name}.json`);
  if (existsSync(output)) return readFileSync(output);
  const hex = readFileSync(path.join(jcsDir, 'outhex', `${name}.txt`), 'utf8');
  return Buffer.from(hex.replace(/\s+/g, ''), 'hex');
}

describe('RFC 8785 canonical JSON', () => {
  if (!haveJcs) {
    it.skip(NO_JCS, () => {});
    console.warn(NO_JCS);
    return;
  }
  const names = readdirSync(path.join(jcsDir, 'input'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();

  it('has vectors to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)('%s canonicalizes to exactly the expected bytes', (name) => {
    const input: unknown = JSON.parse(readFileSync(path.join(jcsDir, 'input', `${name}.json`), 'utf8'));
    const actual = Buffer.from(canonicalJson(input), 'utf8');
    expect(actual.toString('hex')).toBe(expectedBytes(name).toString('hex'));
  });
});

describe('canonical digest', () => {
  it('does not depend on key order, and changes with any content', () => {
    const a = { b: [1, { y: 'x', x: 'y' }], a: 'é' };
    const b = { a: 'é', b: [1, { x: 'y', y: 'x' }] };
    expect(canonicalJson(a)).toBe('{"a":"é","b":[1,{"x":"y","y":"x"}]}');
    expect(digestOf(a)).toBe(digestOf(b));
    expect(digestOf({ ...b, a: 'e' })).not.toBe(digestOf(a));
    expect(digestOf({ ...b, b: [{ x: 'y', y: 'x' }, 1] })).not.toBe(digestOf(a));
  });

  it('refuses values without a JSON representation', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

/** Every object of a JSON value with its keys in reverse order (arrays keep their order: order is meaning). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys(value[key])]),
  );
}

/** Assembles a records document text (YAML or JSON by file name) with lineage fixed per pointer. */
function assembleText(text: string, file: string, policy: Policy): Assembly {
  const document = validateDocument<RecordsDocument>('records', parseDocument(text, file), file, text);
  return assemble({
    product: 'payments-platform',
    release: '2026.11.3',
    candidate: { tag: 'v2026.11.3-rc.2', commit: '9f4e2c1b7a8d3e6f5a4b2c1d0e9f8a7b6c5d4e3f' },
    candidateLineage: { sourceId: 'candidate', lineage: lineage('/candidate') },
    records: recordsFromDocument(document, 'release-records', (pointer) => lineage(pointer)),
    policy,
  });
}

function bytesOf(assembly: Assembly, policy: Policy): string {
  return JSON.stringify(renderReleaseFiles(assembly.files, manifestOf(assembly, policy)));
}

describe('bundle digest is reproducible (domain: records document -> assembly)', () => {
  const policy = basePolicy();
  const yamlText = readFileSync(EXAMPLES.payments.records, 'utf8');
  const value = parseDocument(yamlText, 'release-records.yaml');

  it('is the same across two runs and equals the digest recomputed from the files', () => {
    const first = assembleText(yamlText, 'release-records.yaml', policy);
    const second = assembleText(yamlText, 'release-records.yaml', policy);
    expect(second.digest).toBe(first.digest);
    expect(bytesOf(second, policy)).toBe(bytesOf(first, policy));
    expect(bundleDigest(first.files)).toBe(first.digest);
  });

  it('is the same when every key of the records is written in reverse order', () => {
    const reordered = yaml.dump(reverseKeys(value));
    expect(reordered).not.toBe(yamlText);
    expect(Object.keys(objectAt(parseDocument(reordered, 'r.yaml')))[0]).toBe('window');
    const base = assembleText(yamlText, 'release-records.yaml', policy);
    const other = assembleText(reordered, 'release-records.yaml', policy);
    expect(other.digest).toBe(base.digest);
    expect(bytesOf(other, policy)).toBe(bytesOf(base, policy));
  });

  it('is the same when the records are JSON instead of YAML', () => {
    const json = JSON.stringify(value, null, 4);
    const base = assembleText(yamlText, 'release-records.yaml', policy);
    const other = assembleText(json, 'release-records.json', policy);
    expect(other.digest).toBe(base.digest);
    expect(bytesOf(other, policy)).toBe(bytesOf(base, policy));
  });

  it('changes when one value changes', () => {
    const changed = yaml.dump({
      ...objectAt(value),
      window: { ...objectAt(value, 'window'), changeRecord: 'CHG-OTHER' },
    });
    expect(assembleText(changed, 'release-records.yaml', policy).digest).not.toBe(
      assembleText(yamlText, 'release-records.yaml', policy).digest,
    );
  });
});

describe('bundle digest is reproducible (CLI: files on disk -> release directory)', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await makeTempDir('cutover-canonical-');
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  const assembleTo = async (sources: string, out: string): Promise<{ digest: string; files: string[] }> => {
    const run = await runCli(['assemble', '--sources', sources, '--out', out, '--policy', EXAMPLES.policy, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary: unknown = JSON.parse(run.stdout);
    const files = await Promise.all(
      ['bundle.json', 'lineage.json', 'holds.json', 'manifest.json'].map((f) => readFile(path.join(out, f), 'utf8')),
    );
    return { digest: String(objectAt(summary).bundleDigest), files };
  };

  /** A copy of the payments example whose records file is `text` named `name`. */
  const variant = async (label: string, name: string, text: string): Promise<string> => {
    const root = path.join(dir, label);
    await mkdir(root, { recursive: true });
    await cp(path.dirname(EXAMPLES.payments.sources), root, { recursive: true });
    await rm(path.join(root, 'release-records.yaml'));
    await rm(path.join(root, 'cutover.sources.yaml'));
    const config = parseDocument(readFileSync(EXAMPLES.payments.sources, 'utf8'), 'cutover.sources.yaml');
    if (!isRecord(config) || !Array.isArray(config.sources)) throw new Error('unexpected sources config');
    const entry = config.sources.find((e) => isRecord(e) && e.kind === 'records');
    if (!isRecord(entry)) throw new Error('no records source in the example');
    entry.path = name;
    await writeFile(path.join(root, 'cutover.sources.json'), JSON.stringify(reverseKeys(config), null, 2));
    await writeFile(path.join(root, name), text);
    return path.join(root, 'cutover.sources.json');
  };

  it('two runs give the same digest and the same bytes', async () => {
    const a = await assembleTo(EXAMPLES.payments.sources, path.join(dir, 'run-a'));
    const b = await assembleTo(EXAMPLES.payments.sources, path.join(dir, 'run-b'));
    expect(b).toEqual(a);
  });

  it('YAML and JSON records, keys reordered, give the same bundle.json and holds.json bytes', async () => {
    // The lineage of a source pins its bytes (digest, revision) and locator, so lineage.json and the digest
    // rightly differ between files whose bytes differ; everything else must be identical.
    const yamlText = readFileSync(EXAMPLES.payments.records, 'utf8');
    const value = parseDocument(yamlText, 'release-records.yaml');
    const base = await assembleTo(EXAMPLES.payments.sources, path.join(dir, 'base'));
    const jsonSources = await variant('json', 'release-records.json', JSON.stringify(reverseKeys(value), null, 2));
    const yamlSources = await variant('yaml', 'release-records.yaml', yaml.dump(reverseKeys(value)));
    for (const sources of [jsonSources, yamlSources]) {
      const other = await assembleTo(sources, path.join(path.dirname(sources), 'out'));
      expect(other.files[0]).toBe(base.files[0]);
      expect(other.files[2]).toBe(base.files[2]);
      const strip = (text: string | undefined): unknown => {
        const lineageDoc: unknown = JSON.parse(text ?? '{}');
        if (!isRecord(lineageDoc) || !isRecord(lineageDoc.sources)) throw new Error('unexpected lineage');
        for (const source of Object.values(lineageDoc.sources)) {
          if (!isRecord(source)) continue;
          source.digest = source.revision = '(bytes)';
          source.locator = String(source.locator).replace(/^release-records\.(json|yaml)/, 'release-records');
          source.locator = String(source.locator).replace(/^cutover\.sources\.(json|yaml)/, 'cutover.sources');
        }
        return lineageDoc;
      };
      expect(strip(other.files[1])).toEqual(strip(base.files[1]));
    }
  });
});
