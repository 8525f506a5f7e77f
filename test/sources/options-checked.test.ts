/**
 * A sources file's schema applies each kind's options schema to the entries of that kind, so the options of an
 * entry read from a file that passed it are not checked again (src/sources/options.ts,
 * src/schema/documents.ts kindAcceptedInSourcesFile). Shown here: the schema does apply every kind's
 * schema (pinned, so a kind added without its `if`/`then` fails), an entry from a checked file loads no
 * per-kind validator, and an entry that did not come from one, or whose kind changed since, is still checked.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadedBesideModules } from '../../src/schema/beside.js';
import { readSourcesConfig } from '../../src/schema/documents.js';
import { SOURCE_KINDS } from '../../src/sources/index.js';
import { sourceOptions } from '../../src/sources/options.js';
import type { SourceEntry } from '../../src/sources/types.js';
import { repoRoot } from '../convention/helpers.js';

const SCHEMAS = path.join(repoRoot, 'schemas');

function sourcesFile(entries: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cutover-options-checked-'));
  const file = path.join(dir, 'cutover.sources.yaml');
  writeFileSync(file, ['schemaVersion: 1', 'product: payments-platform', 'sources:', ...entries, ''].join('\n'));
  return file;
}

const SERVICENOW = [
  '  - id: change-request',
  '    kind: servicenow',
  '    instance: https://example.service-now.com',
  '    number: CHG0030001',
  '    queueField: assignment_group',
];

describe('options of an entry from a checked sources file', () => {
  it('the sources schema applies every kind’s options schema to the entries of that kind', () => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, 'sources.schema.json'), 'utf8'));
    const items = schema.properties.sources.items;
    const kindFiles = readdirSync(path.join(SCHEMAS, 'source-kinds')).map((f) => f.replace(/\.schema\.json$/, ''));
    expect([...items.properties.kind.enum].sort()).toEqual([...kindFiles].sort());
    expect([...SOURCE_KINDS].sort()).toEqual([...kindFiles].sort());
    const applied = new Map<string, string>();
    for (const rule of items.allOf) {
      expect(rule.if.required).toEqual(['kind']);
      applied.set(rule.if.properties.kind.const, rule.then.$ref);
    }
    for (const kind of kindFiles) expect(applied.get(kind), kind).toBe(`source-kinds/${kind}.schema.json`);
  });

  it('are not checked again: no per-kind validator is loaded', async () => {
    const config = await readSourcesConfig(sourcesFile(SERVICENOW));
    const entry = config.sources[0] as SourceEntry;
    expect(sourceOptions(entry, 'servicenow')).toBe(entry);
    expect(loadedBesideModules().filter((m) => m.startsWith('source-kinds/'))).toEqual([]);
  });

  it('are checked when the entry did not come from a checked file, or is asked for as another kind', async () => {
    const config = await readSourcesConfig(sourcesFile(SERVICENOW));
    const entry = config.sources[0] as SourceEntry;
    expect(() => sourceOptions(entry, 'http-json')).toThrow(InputError);
    const copy = { ...entry, queueField: 42 } as unknown as SourceEntry;
    expect(() => sourceOptions(copy, 'servicenow')).toThrow(/invalid options for source 'change-request'/);
    expect(loadedBesideModules()).toContain('source-kinds/servicenow.check.cjs');
  });

  it('a sources file with bad options for its kind is refused by the file check itself', async () => {
    const bad = SERVICENOW.map((line) => line.replace('queueField: assignment_group', 'queueField: 42'));
    const error = await readSourcesConfig(sourcesFile(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe('/sources/0/queueField');
  });
});
