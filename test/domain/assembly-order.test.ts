/**
 * Assembly is independent of record order, keeps one lineage source per document, and never lets a
 * conflicting statement pass silently (waivers and environments included).
 */
import { describe, expect, it } from 'vitest';
import { unlabelledNames } from '../../src/domain/assemble.js';
import type { SourceRecord } from '../../src/domain/records.js';
import { assembleRecords, cleanRecords, lineage } from '../helpers/records.js';

describe('assembly', () => {
  it('gives the same digest and bytes whatever the order of the records', () => {
    const forward = assembleRecords(cleanRecords());
    const reversed = assembleRecords([...cleanRecords()].reverse());
    expect(reversed.digest).toBe(forward.digest);
    expect(JSON.stringify(reversed.files)).toBe(JSON.stringify(forward.files));
  });

  it('keeps one source entry per document and the record position as the field fragment', () => {
    const { lineage: doc } = assembleRecords(cleanRecords()).files;
    const keys = Object.keys(doc.sources).filter((k) => k.startsWith('release-records#'));
    expect(keys).toEqual(['release-records#0']);
    expect(doc.fields['/components/0/artifacts/0/digest']).toMatchObject({
      source: 'release-records#0',
      fragment: '#/components/0/artifacts/0',
    });
  });

  it('holds a waiver stated differently by two sources, keeping the unfavourable status', () => {
    const records = cleanRecords();
    const waiver = records.find((r): r is Extract<SourceRecord, { type: 'waiver' }> => r.type === 'waiver');
    if (!waiver) throw new Error('clean records have a waiver');
    const rejected: SourceRecord = {
      ...waiver,
      sourceId: 'security-desk',
      lineage: lineage('/waivers/0', { locator: 'https://desk.example/w#/0' }),
      waiver: { ...waiver.waiver, status: 'rejected' },
    };
    for (const order of [
      [rejected, ...records],
      [...records, rejected],
    ]) {
      const { bundle, holds } = assembleRecords(order).files;
      expect(bundle.waivers[0]?.status).toBe('rejected');
      expect(holds.holds.some((h) => h.rule === 'suspicious-source' && h.reason.includes(waiver.waiver.id))).toBe(true);
    }
  });

  it('holds an environment whose constraints two sources state differently', () => {
    const records = cleanRecords();
    const env = records.find((r): r is Extract<SourceRecord, { type: 'environment' }> => r.type === 'environment');
    if (!env) throw new Error('clean records have an environment');
    const other: SourceRecord = {
      ...env,
      sourceId: 'platform',
      lineage: lineage('/environments/0', { locator: 'platform.yaml#/0' }),
      constraints: { maxCohortShare: 1 },
    };
    const { holds } = assembleRecords([...records, other]).files;
    expect(
      holds.holds.some((h) => h.rule === 'suspicious-source' && h.reason.includes(`environment ${env.name}`)),
    ).toBe(true);
  });

  it('names every field that is not a label, for writers to refuse', () => {
    const records = cleanRecords().map((r) =>
      r.type === 'artifact' && r.component === 'worker' ? { ...r, component: 'worker one' } : r,
    );
    const { bundle } = assembleRecords(records).files;
    const index = bundle.components.findIndex((c) => c.name === 'worker one');
    expect(unlabelledNames(bundle)).toEqual([
      { path: `/components/${index}/name`, field: 'component', value: 'worker one' },
    ]);
  });
});
