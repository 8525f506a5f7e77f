/**
 * SourceTable.finish gives lineage.json's `sources` table twice: as the records stated each lineage (the
 * holds read their evidence from it, and the CLI's --json summary prints that evidence as it is) and, for the
 * file, the same entries in RFC 8785 order (keys in code-unit order, `#10` before `#2`; each lineage's keys
 * sorted), so that the bundle digest keeps it instead of copying every entry. These tests check both tables
 * hold the same entries, that the written one is in canonical order as built, that the stated one keeps the
 * records' key order, and that a lineage with other keys than Lineage's five keeps them all.
 */
import { describe, expect, it } from 'vitest';
import { SourceTable } from '../../src/domain/assembly-lineage.js';
import { canonicalJson } from '../../src/domain/canonical.js';
import type { Lineage } from '../../src/domain/model.js';

/** A lineage built in the order adapters build it (not RFC 8785's). */
const stated = (n: number): Lineage => ({
  system: 'file',
  locator: `sbom/${n}.json`,
  revision: `rev-${n}`,
  digest: `sha256:${String(n).padStart(64, '0')}`,
  observedAt: '2026-11-20T09:12:44Z',
});

function tables(extra?: Record<string, unknown>) {
  const table = new SourceTable();
  // Twelve documents of one source (keys `sbom#0` to `sbom#11`), then one of another, the last one odd.
  for (let n = 0; n < 12; n++) table.key('sbom', stated(n), `/components/${n}`);
  table.key('records', { ...stated(99), ...extra } as Lineage);
  return table.finish();
}

describe('SourceTable.finish', () => {
  it('writes the table in canonical order as built, with the entries the holds read', () => {
    const { sources, written } = tables();
    expect(canonicalJson(written)).toBe(canonicalJson(sources));
    expect(JSON.stringify(written)).toBe(canonicalJson(written));
    expect(Object.keys(written)).toEqual(Object.keys(written).sort());
    expect(Object.keys(written)).toContain('sbom#10');
    // The stated table keeps each lineage as the records gave it.
    expect(Object.keys(sources['sbom#0'] as Lineage)).toEqual([
      'system',
      'locator',
      'revision',
      'digest',
      'observedAt',
    ]);
    expect(JSON.stringify(sources)).not.toBe(canonicalJson(sources));
  });

  it('keeps every key of a lineage that has more than Lineage’s five', () => {
    const { sources, written } = tables({ note: 'kept', at: 1 });
    expect(Object.keys(written['records#0'] as Lineage)).toEqual([
      'at',
      'digest',
      'locator',
      'note',
      'observedAt',
      'revision',
      'system',
    ]);
    expect(canonicalJson(written)).toBe(canonicalJson(sources));
    expect(JSON.stringify(written)).toBe(canonicalJson(written));
  });
});
