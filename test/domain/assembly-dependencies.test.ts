/**
 * Dependencies and their lineage against a plain statement of the rule (the code before issue 13's reducers
 * collected them by component and name): one dependency per (component, name, version, purl), the last
 * statement vouching for it, a missing purl equal to an empty one but a missing version not equal to an empty
 * one; sorted by component, name, version and purl (missing as ''), ties in the order their keys were first
 * stated. Record sets mix documents that share their lineage (fragments) with records that carry their own.
 */
import { describe, expect, it } from 'vitest';
import { cmp } from '../../src/domain/normalize.js';
import type { DependencyRecord, SourceRecord } from '../../src/domain/records.js';
import { recordLineage } from '../../src/domain/records.js';
import { assembleRecords, basePolicy, cleanRecords, lineage } from '../helpers/records.js';

/** The rule as first written: a Map keyed by the JSON of the identity, then one stable sort. */
function expectedDependencies(records: readonly SourceRecord[], render: (name: string) => string) {
  const byKey = new Map<string, { value: Record<string, unknown>; locator: string }>();
  for (const record of records) {
    if (record.type !== 'dependency') continue;
    const value = { ...record.dependency, component: render(record.dependency.component) };
    const key = JSON.stringify([value.component, value.name, value.version, value.purl ?? '']);
    byKey.set(key, { value, locator: recordLineage(record).locator });
  }
  return [...byKey.values()].sort(
    (a, b) =>
      cmp(String(a.value.component), String(b.value.component)) ||
      cmp(String(a.value.name), String(b.value.name)) ||
      cmp(String(a.value.version ?? ''), String(b.value.version ?? '')) ||
      cmp(String(a.value.purl ?? ''), String(b.value.purl ?? '')),
  );
}

/** A small deterministic generator, so that a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const DOCUMENT = lineage('', { locator: 'sbom/api.cdx.json', system: 'file' });

/** Dependency records with colliding identities: shared names, missing and empty versions and purls. */
function dependencyRecords(seed: number): DependencyRecord[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const out: DependencyRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const version = pick([undefined, '', '1.0.0', '2.0.0']);
    const purl = pick([undefined, '', 'pkg:npm/a@1.0.0']);
    const dependency = {
      component: pick(['api', 'Worker', 'api']),
      name: pick(['left-pad', 'lodash', 'zlib', 'a/b']),
      ...(version === undefined ? {} : { version }),
      ...(purl === undefined ? {} : { purl }),
      licenses: [pick(['MIT', 'ISC'])],
    };
    // Half the records share their document's lineage (as the SBOM adapters make them), half carry their own.
    out.push(
      next() < 0.5
        ? { type: 'dependency', sourceId: 'sbom-api', lineage: DOCUMENT, fragment: `/components/${i}`, dependency }
        : {
            type: 'dependency',
            sourceId: 'http-deps',
            lineage: lineage(`/deps/${i}`, { locator: `https://deps.example/api#/deps/${i}`, system: 'http-json' }),
            dependency,
          },
    );
  }
  return out;
}

describe('assembled dependencies', () => {
  const policy = basePolicy({ rendering: [{ id: 'lower', field: 'component', transform: 'lowercase' }] });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('follow the rule and their lineage, seed %i', (seed) => {
    const base = cleanRecords().filter((r) => r.type !== 'dependency');
    const records = [...base, ...dependencyRecords(seed)];
    const { files } = assembleRecords(records, { policy });
    const expected = expectedDependencies(records, (name) => name.toLowerCase());
    expect(files.bundle.dependencies).toEqual(expected.map((e) => e.value));
    const sources = files.lineage.sources;
    expect(
      files.bundle.dependencies.map((_, i) => {
        const field = files.lineage.fields[`/dependencies/${i}`];
        return field ? `${sources[field.source]?.locator}${field.fragment ?? ''}` : undefined;
      }),
    ).toEqual(expected.map((e) => e.locator));
  });
});
