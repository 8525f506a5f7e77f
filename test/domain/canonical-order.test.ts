/**
 * The order-aware APIs of canonical.ts that let assemble, verify and the writer skip walks: canonicalForm's
 * value and lazy text, the marks set on values known in canonical order (knownCanonical), digestWithin for
 * the per-field digests inside a bundle, and the writer trusting marked files. Each is checked against the
 * plain functions (digestOf, canonicalJson), against the digests pinned in an assembled release directory,
 * and on values that must leave the fast path (out of order, integer-like keys, lone surrogates).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.js';
import {
  bundleDigest,
  canonicalForm,
  canonicalJson,
  digestedBundleFiles,
  digestOf,
  digestWithin,
  knownCanonical,
} from '../../src/domain/canonical.js';
import { renderJson, renderReleaseFiles } from '../../src/domain/files.js';
import { consequentialValues } from '../../src/domain/holds.js';
import type { ApprovalManifest, BundleFiles, LineageDocument } from '../../src/domain/model.js';
import { makeTempDir, removeDir, runCli } from '../helpers/cli.js';

/** Every object of a JSON value with its keys in reverse order (arrays keep theirs). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .reverse()
      .map((key) => [key, reverseKeys(record[key])]),
  );
}

describe('canonicalForm', () => {
  it('returns the value in key order, its text read on demand, and marks it', () => {
    const form = canonicalForm({ b: [1, { y: 'x', x: 'y' }], a: 'é' });
    expect(Object.keys(form.value)).toEqual(['a', 'b']);
    expect(Object.keys(form.value.b[1] as object)).toEqual(['x', 'y']);
    expect(form.text).toBe('{"a":"é","b":[1,{"x":"y","y":"x"}]}');
    expect(form.text).toBe(canonicalJson(form.value));
    expect(knownCanonical(form.value)).toBe(true);
    // A value already in order is kept, not copied.
    const ordered = { a: 1, b: { c: [2] } };
    expect(canonicalForm(ordered).value).toBe(ordered);
  });

  it('throws the refusals when the text is read, not before', () => {
    const surrogate = canonicalForm({ k: ['\ud800'] });
    expect(() => surrogate.text).toThrow('Lone surrogate is not allowed');
    const nan = canonicalForm({ k: Number.NaN });
    expect(knownCanonical(nan.value)).toBe(false);
    expect(() => nan.text).toThrow('NaN is not allowed');
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => canonicalForm(cyclic).text).toThrow('Circular reference detected');
    expect(() => canonicalForm(undefined).text).toThrow(TypeError);
    // The text is searched for the escape JSON.stringify writes for a lone surrogate; a backslash followed
    // by `ud` in a string matches the search but is no surrogate.
    expect(canonicalForm({ p: 'C:\\udir', q: [{ r: '\ud83d\ude00' }] }).text).toBe(
      '{"p":"C:\\\\udir","q":[{"r":"😀"}]}',
    );
    expect(() => canonicalForm({ p: 'C:\\udir', q: [{ r: '\ude00\ud83d' }] }).text).toThrow('Lone surrogate');
    expect(() => canonicalJson({ q: [{ '\udfff': 1 }] })).toThrow('Lone surrogate is not allowed');
    expect(canonicalForm('x').text).toBe('"x"');
  });

  it('leaves a value JavaScript cannot hold in canonical order as it is, unmarked', () => {
    const value = { 10: 'a', 9: 'b', z: 1 };
    const form = canonicalForm(value);
    expect(form.value).toBe(value);
    expect(knownCanonical(value)).toBe(false);
    expect(form.text).toBe('{"10":"a","9":"b","z":1}');
  });
});

describe('digestWithin', () => {
  it('is digestOf for values inside a root in order, and digestOf itself for a root out of order', () => {
    const root = { a: [{ b: 1, c: 'x' }, 'y'], d: { e: null, f: [true, -0, 1e21] } };
    const digest = digestWithin(root);
    expect(digest).not.toBe(digestOf);
    expect(knownCanonical(root)).toBe(true);
    for (const value of [root, root.a, root.a[0], root.d, root.d.f, 'y', 1e21, null])
      expect(digest(value)).toBe(digestOf(value));
    expect(digestWithin(reverseKeys({ ...root }) as object)).toBe(digestOf);
    expect(digestWithin({ 2: 'a', 10: 'b' })).toBe(digestOf);
  });

  it('refuses a lone surrogate inside an ordered root, and tells it from an escaped backslash', () => {
    const root = { bad: ['x\udc00'], good: ['C:\\udir', '\ud83d\ude00'] };
    const digest = digestWithin(root);
    expect(digest).not.toBe(digestOf);
    expect(() => digest(root.bad)).toThrow('Lone surrogate is not allowed');
    expect(digest(root.good)).toBe(digestOf(root.good));
    expect(canonicalJson(root.good)).toBe('["C:\\\\udir","\ud83d\ude00"]');
  });
});

describe('on an assembled release directory', () => {
  let dir = '';
  let texts: Record<'bundle' | 'lineage' | 'holds' | 'manifest', string>;
  const parsed = () => ({
    bundle: JSON.parse(texts.bundle),
    lineage: JSON.parse(texts.lineage) as LineageDocument,
    holds: JSON.parse(texts.holds),
    manifest: JSON.parse(texts.manifest) as ApprovalManifest,
  });

  beforeAll(async () => {
    dir = await makeTempDir('cutover-canonical-order-');
    const inputs = await generate(dir, 40, 'realistic');
    const out = path.join(dir, 'out');
    const run = await runCli(['assemble', '--sources', inputs.sources, '--out', out, '--policy', inputs.policy]);
    expect(run.code, run.stderr).toBe(0);
    const read = (name: string) => readFile(path.join(out, `${name}.json`), 'utf8');
    texts = {
      bundle: await read('bundle'),
      lineage: await read('lineage'),
      holds: await read('holds'),
      manifest: await read('manifest'),
    };
  }, 60_000);
  afterAll(async () => {
    await removeDir(dir);
  });

  it('digestWithin gives every field the value digest its lineage pins, as digestOf does', () => {
    const { bundle, lineage } = parsed();
    const digest = digestWithin(bundle);
    expect(digest).not.toBe(digestOf);
    const values = consequentialValues(bundle);
    expect(values.length).toBeGreaterThan(40 * 10);
    for (const [pointer, value] of values) {
      const pinned = lineage.fields[pointer]?.valueDigest;
      expect(digest(value), pointer).toBe(pinned);
      expect(digestOf(value), pointer).toBe(pinned);
    }
  });

  it('digestedBundleFiles gives the manifest digest whether or not the files were marked, and marks them', () => {
    const { bundle, lineage, holds, manifest } = parsed();
    expect(bundleDigest({ bundle, lineage, holds })).toBe(manifest.bundleDigest);
    expect([bundle, lineage, holds].map(knownCanonical)).toEqual([true, true, true]);
    // Marked now: the walk skips them, the digest stays.
    expect(bundleDigest({ bundle, lineage, holds })).toBe(manifest.bundleDigest);
    // Out of order: copied in order, the same digest, the copies marked.
    const reversed = reverseKeys({ bundle, lineage, holds }) as BundleFiles;
    const { ordered, digest } = digestedBundleFiles(reversed);
    expect(digest).toBe(manifest.bundleDigest);
    expect(ordered.bundle).not.toBe(reversed.bundle);
    expect(knownCanonical(ordered.bundle) && knownCanonical(ordered.lineage)).toBe(true);
    expect(knownCanonical(reversed.bundle)).toBe(false);
  });

  it('the writer renders marked and unmarked files to the same bytes, those on disk', () => {
    const fresh = parsed();
    const { ordered } = digestedBundleFiles(reverseKeys(parsed()) as BundleFiles);
    const manifest = reverseKeys(fresh.manifest) as ApprovalManifest;
    for (const files of [renderReleaseFiles(ordered, manifest), renderReleaseFiles(fresh, fresh.manifest)])
      expect(files).toEqual(texts);
  });

  it('the writer trusts a mark (marked values must not change afterwards)', () => {
    const { bundle, lineage, holds } = parsed();
    digestedBundleFiles({ bundle, lineage, holds });
    // Against the contract: a key added out of order after marking is written where it was added. Were
    // marks not consulted, renderJson would sort it first.
    bundle.aaa = 1;
    expect(renderJson(bundle).endsWith('"aaa": 1\n}\n')).toBe(true);
    expect(renderJson({ ...bundle }).startsWith('{\n  "aaa": 1,')).toBe(true);
  });
});
