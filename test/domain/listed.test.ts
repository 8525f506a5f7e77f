/**
 * listed.ts: a record's listing (its keys and values, kept while it was built) is kept only when it is
 * Object.keys' order, and only for a record that cannot change afterwards, so no pass reads a stale list.
 */
import { describe, expect, it } from 'vitest';
import { bundleDigest, canonicalForm, canonicalJson, digestedBundleFiles } from '../../src/domain/canonical.js';
import { lineageVouchesForAll } from '../../src/domain/holds.js';
import { keysOf, listingOf, RecordBuilder } from '../../src/domain/listed.js';
import type { LineageDocument } from '../../src/domain/model.js';
import { assembleRecords, basePolicy, cleanRecords } from '../helpers/records.js';

const built = (entries: Array<[string, unknown]>) => {
  const builder = new RecordBuilder<unknown>();
  for (const [key, value] of entries) builder.set(key, value);
  return builder.finish();
};

describe('RecordBuilder', () => {
  it('lists the keys and values of the record it built, in Object.keys order', () => {
    const record = built([
      ['/a', { x: 2 }],
      ['/b', 1],
      ['/c', 'three'],
      ['constructor', 4], // an inherited name becomes an own key, listed in insertion order
    ]);
    const listing = listingOf(record);
    expect(listing?.keys).toEqual(Object.keys(record));
    expect(listing?.values).toEqual(Object.values(record));
    expect(keysOf(record)).toBe(listing?.keys);
  });

  it('freezes the record: once its keys are listed, no key can be added, removed or given another value', () => {
    const record = built([
      ['/a', 1],
      ['/b', 2],
    ]) as Record<string, unknown>;
    expect(() => {
      record['/c'] = 3;
    }).toThrow(TypeError);
    expect(() => {
      delete record['/a'];
    }).toThrow(TypeError);
    expect(() => {
      record['/a'] = 9;
    }).toThrow(TypeError);
    expect(() => Object.defineProperty(record, '/d', { value: 4, enumerable: true })).toThrow(TypeError);
    // The lists cannot be changed either (a pass that sorts keys in place must copy them).
    const listing = listingOf(record);
    if (!listing) throw new Error('no listing for a record built by RecordBuilder');
    expect(() => (listing.keys as string[]).reverse()).toThrow(TypeError);
    expect(listingOf(record)?.keys).toEqual(Object.keys(record));
    expect(listingOf(record)?.values).toEqual([1, 2]);
  });

  it('refuses to insert into a finished record', () => {
    const builder = new RecordBuilder<number>();
    builder.set('/a', 1);
    builder.finish();
    expect(() => builder.set('/b', 2)).toThrow(/finished/);
  });

  it('keeps no listing where insertion order may not be Object.keys order', () => {
    const cases: Array<Array<[string, unknown]>> = [
      [
        ['/a', 1],
        ['/a', 2],
      ], // a key set twice
      [
        ['b', 1],
        ['10', 2],
        ['9', 3],
      ], // array indices, listed first in numeric order
      [['0x', 1]], // starts with a digit: not listed, to be safe
      [
        ['/b', 1],
        ['/a', 2],
      ], // out of order (only increasing keys are listed)
      [['__proto__', { p: 1 }]],
    ];
    for (const entries of cases) {
      const record = built(entries);
      expect(listingOf(record), JSON.stringify(entries)).toBeUndefined();
      expect(keysOf(record)).toEqual(Object.keys(record));
      expect(Object.isFrozen(record)).toBe(true);
    }
  });

  it('gives the canonical form and text of a listed record, as of an unlisted copy', () => {
    // Listed (keys in order), with values out of order inside: the walk reads the listing and copies.
    const record = built([
      ['/a', 'x'],
      ['/m', null],
      ['/z', { b: 1, a: [2, { d: 3, c: 4 }] }],
    ]);
    expect(listingOf(record)).toBeDefined();
    const plain = { ...record };
    expect(listingOf(plain)).toBeUndefined();
    const form = canonicalForm({ outer: { fields: record } });
    expect(form.text).toBe(canonicalJson({ outer: { fields: plain } }));
    expect(form.text).toBe('{"outer":{"fields":{"/a":"x","/m":null,"/z":{"a":[2,{"c":4,"d":3}],"b":1}}}}');
    // The record itself is not changed (it is frozen; a copy was made).
    expect(JSON.stringify(record)).toBe('{"/a":"x","/m":null,"/z":{"b":1,"a":[2,{"d":3,"c":4}]}}');
  });
});

describe('assembly lineage', () => {
  const assembled = () => assembleRecords(cleanRecords(), { policy: basePolicy() });

  it('is frozen with its keys listed, and the passes that read the listing answer as over a copy', () => {
    const { files, digest } = assembled();
    const fields = files.lineage.fields;
    expect(Object.isFrozen(fields)).toBe(true);
    expect(listingOf(fields)?.keys).toEqual(Object.keys(fields));
    expect(listingOf(fields)?.values).toEqual(Object.values(fields));
    // An unlisted copy of every file gives the same digest and the same answer.
    const copy = structuredClone(files);
    expect(listingOf(copy.lineage.fields)).toBeUndefined();
    expect(bundleDigest(copy)).toBe(digest);
    expect(digestedBundleFiles(files).digest).toBe(digest);
    for (const exclusive of [true, false])
      expect(lineageVouchesForAll(files.bundle, files.lineage, { exclusive })).toBe(
        lineageVouchesForAll(copy.bundle, copy.lineage, { exclusive }),
      );
  });

  it('cannot be changed after assembly, so its listing cannot go stale', () => {
    const { files } = assembled();
    const lineage: LineageDocument = files.lineage;
    expect(() => {
      delete lineage.fields['/window'];
    }).toThrow(TypeError);
    expect(() => {
      lineage.fields['/extra'] = { source: 'x#0', valueDigest: 'sha256:0' };
    }).toThrow(TypeError);
    expect(lineageVouchesForAll(files.bundle, lineage, { exclusive: true })).toBe(true);
  });
});
