/**
 * Assembly marks lineage.json's `fields` as built in canonical order (canonical.ts markListedInOrder), so the
 * bundle digest takes it as it is instead of walking its values. The mark is a promise: these tests check it
 * holds for assembled lineage (the record's JSON.stringify text is its canonical text, computed without the
 * mark), that the digest is the one of an unmarked copy, and that the check would catch a broken promise.
 */
import { describe, expect, it } from 'vitest';
import {
  bundleDigest,
  canonicalJson,
  digestedBundleFiles,
  knownCanonical,
  markListedInOrder,
} from '../../src/domain/canonical.js';
import { RecordBuilder } from '../../src/domain/listed.js';
import { assembleRecords, basePolicy, cleanRecords } from '../helpers/records.js';

describe('assembled lineage fields', () => {
  it('are marked, and their text as built is their canonical text', () => {
    const { files, digest } = assembleRecords(cleanRecords(), { policy: basePolicy() });
    const fields = files.lineage.fields;
    const values = Object.values(fields);
    // Both shapes of entry the lineage writes: with a fragment and without.
    expect(values.some((f) => f.fragment !== undefined)).toBe(true);
    expect(values.some((f) => f.fragment === undefined)).toBe(true);
    expect(knownCanonical(fields)).toBe(true);
    // canonicalJson neither sets nor consults marks: it sorts what is out of order.
    expect(JSON.stringify(fields)).toBe(canonicalJson(fields));
    // The digest over the marked files is the one over a copy nothing marks.
    const copy = JSON.parse(JSON.stringify(files)) as typeof files;
    expect(knownCanonical(copy.lineage.fields)).toBe(false);
    expect(bundleDigest(copy)).toBe(digest);
    expect(digestedBundleFiles(files).digest).toBe(digest);
  });

  it('would show a broken promise: a marked record with an entry out of order', () => {
    const builder = new RecordBuilder<unknown>();
    builder.set('/a', { source: 's#0', fragment: '#/x', valueDigest: 'sha256:00' });
    const record = builder.finish();
    markListedInOrder(record);
    expect(knownCanonical(record)).toBe(true);
    // What the first test compares differs here, so it would fail for such a record.
    expect(JSON.stringify(record)).not.toBe(canonicalJson(record));
    // And the digest would take the record as marked: the mark is only for records built in order.
    expect(bundleDigest({ bundle: {}, holds: {}, lineage: { fields: record } } as never)).not.toBe(
      bundleDigest({ bundle: {}, holds: {}, lineage: { fields: JSON.parse(JSON.stringify(record)) } } as never),
    );
  });

  it('marks only a record with a listing', () => {
    const record = { '/a': { source: 's#0', valueDigest: 'sha256:00' } };
    markListedInOrder(record);
    expect(knownCanonical(record)).toBe(false);
    const builder = new RecordBuilder<unknown>();
    builder.set('/b', 1);
    builder.set('/a', 2);
    const unlisted = builder.finish();
    markListedInOrder(unlisted);
    expect(knownCanonical(unlisted)).toBe(false);
  });
});
