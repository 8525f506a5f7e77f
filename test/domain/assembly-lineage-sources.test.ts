/**
 * lineage.json's `sources` table is built with each lineage's keys in RFC 8785 order (SourceTable copies each
 * document's lineage anyway): the bundle digest's canonical form then keeps the table and the lineage document
 * as they are instead of copying them (key-order.ts). Only an optimization: the bytes are the same either way.
 */
import { describe, expect, it } from 'vitest';
import { SourceTable } from '../../src/domain/assembly-lineage.js';
import { canonicalForm } from '../../src/domain/canonical.js';
import type { Lineage } from '../../src/domain/model.js';

/** A lineage with its keys in the model's order (as the adapters build it), not in RFC 8785 order. */
const modelOrder = (locator: string, digest: string): Lineage => ({
  system: 'file',
  locator,
  revision: 'abc123',
  digest,
  observedAt: '2026-11-20T10:00:00Z',
});

describe('SourceTable', () => {
  it('writes each source lineage with its keys in canonical order, which the canonical form keeps', () => {
    const table = new SourceTable();
    const sbom = modelOrder('sbom/a.cdx.json', 'sha256:aa');
    table.key('sbom-a', sbom, '/components/0');
    table.key('sbom-a', sbom, '/components/1');
    table.key('records', modelOrder('release-records.yaml#/window', 'sha256:bb'));
    const { sources } = table.finish();
    expect(Object.keys(sources)).toEqual(['records#0', 'sbom-a#0']);
    for (const lineage of Object.values(sources))
      expect(Object.keys(lineage)).toEqual(['digest', 'locator', 'observedAt', 'revision', 'system']);
    expect(sources['records#0']).toEqual({ ...modelOrder('release-records.yaml', 'sha256:bb') });
    expect(sources['sbom-a#0']).toEqual({ ...sbom });
    // The table is in canonical order as built: its canonical form is the table itself, not a copy.
    expect(canonicalForm(sources).value).toBe(sources);
    // The lineage given is not changed.
    expect(Object.keys(sbom)).toEqual(['system', 'locator', 'revision', 'digest', 'observedAt']);
  });
});
