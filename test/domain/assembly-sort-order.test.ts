/**
 * The order of the bundle's keyed sections (components, dependencies, rollback, cohorts, environments,
 * waivers): UTF-16 code units, as normalize.ts cmp compares and RFC 8785 sorts, whatever the order the records
 * came in. Names are chosen where that order differs from the locale's ('B' before 'a'), from code points
 * (U+1F600, a surrogate pair starting 0xD83D, before U+FF61) and from numbers ('10' before '9'), so a sort
 * that compares any other way fails here. The lineage of each dependency must stay with it.
 */
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/domain/canonical.js';
import { cmp } from '../../src/domain/normalize.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { assembleRecords, cleanRecords, digest, lineage } from '../helpers/records.js';

const NAMES = ['svc', 'B', 'a', '9', '10', '\u{1f600}x', '\uff61x', 'é', 'z'];

function records(order: number[]): SourceRecord[] {
  const out: SourceRecord[] = cleanRecords().filter((r) => r.type !== 'dependency');
  for (const k of order) {
    const name = NAMES[k] as string;
    out.push(
      {
        type: 'artifact',
        sourceId: 'release-records',
        lineage: lineage(`/extra/${k}`),
        component: name,
        artifact: { name: `${name}-image`, version: '1.0.0', digest: digest(name), locator: `oci://r/${k}` },
      },
      {
        type: 'rollback',
        sourceId: 'release-records',
        lineage: lineage(`/extra-rollback/${k}`),
        component: name,
        pointer: { version: '0.9.0', digest: digest(`${name}-0.9.0`) },
        evidence: [],
      },
    );
    // Each component depends on every name, in two versions for every other name (one statement per name, or
    // several); each dependency stated by its own record.
    for (const m of order)
      for (const version of m % 2 === 0 ? ['1.0.0', '0.9.0'] : ['1.0.0'])
        out.push({
          type: 'dependency',
          sourceId: 'sbom',
          lineage: lineage(`/deps/${k}/${m}/${version}`, { locator: `sbom/${k}.json#/${m}/${version}` }),
          dependency: { component: name, name: NAMES[m] as string, version },
        });
  }
  return out;
}

describe('the sections of an assembled bundle', () => {
  const forward = NAMES.map((_, i) => i);
  const orders = [forward, [...forward].reverse(), [3, 7, 0, 5, 8, 1, 6, 2, 4]];

  it.each(orders.map((order) => [order.join(',')]))('sort names by UTF-16 code units (records %s)', (text) => {
    const { files } = assembleRecords(records(text.split(',').map(Number)));
    const { bundle, lineage: doc } = files;
    const names = bundle.components.map((c) => c.name);
    expect(names).toEqual([...names].sort(cmp));
    expect(names).toEqual(expect.arrayContaining(NAMES));
    // 'B' < 'a', '10' < '9', U+1F600 < U+FF61 in code units.
    expect(names.indexOf('B')).toBeLessThan(names.indexOf('a'));
    expect(names.indexOf('10')).toBeLessThan(names.indexOf('9'));
    expect(names.indexOf('\u{1f600}x')).toBeLessThan(names.indexOf('\uff61x'));
    expect(bundle.rollback.map((r) => r.component)).toEqual(names);

    const identity = bundle.dependencies.map((d): [string, string, string] => [d.component, d.name, d.version ?? '']);
    const sorted = [...identity].sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]) || cmp(x[2], y[2]));
    expect(identity).toEqual(sorted);
    expect(bundle.dependencies).toHaveLength(NAMES.length * (5 * 2 + 4));
    // Each dependency's lineage is the record that stated it, and vouches for its value.
    const sources = doc.sources;
    bundle.dependencies.forEach((d, i) => {
      const field = doc.fields[`/dependencies/${i}`];
      expect(field?.valueDigest).toBe(digestOf(d));
      const locator = `${sources[field?.source ?? '']?.locator}${field?.fragment ?? ''}`;
      expect(locator).toBe(`sbom/${NAMES.indexOf(d.component)}.json#/${NAMES.indexOf(d.name)}/${d.version}`);
    });
  });

  it('gives the same bytes whatever the order of the records', () => {
    const [first, ...rest] = orders.map((order) => assembleRecords(records(order)));
    for (const other of rest) {
      expect(other.digest).toBe(first?.digest);
      expect(JSON.stringify(other.files)).toBe(JSON.stringify(first?.files));
    }
  });
});
