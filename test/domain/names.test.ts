/**
 * Names that become paths and refs: one validator refuses anything that could leave the bundles directory.
 */
import { describe, expect, it } from 'vitest';
import { parseSealTagName, releaseDirectory, sealTagName, unsafeSegmentReason } from '../../src/domain/names.js';
import { InputError } from '../../src/errors.js';
import { assertReleaseNames } from '../../src/modes/build.js';

describe('release names', () => {
  it.each([
    ['', 'is empty'],
    ['..', "contains '..'"],
    ['a..b', "contains '..'"],
    ['a/b', 'path separator'],
    ['a\\b', 'path separator'],
    ['/abs', 'absolute path'],
    ['C:\\x', 'absolute path'],
    ['pay\u0007ments', 'control character'],
    ['r1\nr2', 'control character'],
    ['-flag', 'does not start with a letter or digit'],
    ['a b', 'characters outside'],
  ])('%j is refused: %s', (name, reason) => {
    expect(unsafeSegmentReason(name)).toContain(reason);
    const error = (() => {
      try {
        assertReleaseNames({ product: 'payments', release: name }, 'cutover.sources.yaml');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    if (error instanceof InputError) {
      expect(error.field).toBe('release');
      expect(error.file).toBe('cutover.sources.yaml');
      expect(error.expected).toMatch(/one path segment/);
    }
  });

  it.each(['payments-platform', '2026.11.3', 'v1+build_7', 'A'])('%j is a safe segment', (name) => {
    expect(unsafeSegmentReason(name)).toBeUndefined();
    expect(() => assertReleaseNames({ product: name, release: name }, 'f')).not.toThrow();
  });

  it('seal tag names round-trip and refuse anything else', () => {
    expect(releaseDirectory('payments', '2026.11.3')).toBe('bundles/payments/2026.11.3');
    const tag = sealTagName('payments', '2026.11.3', 4);
    expect(parseSealTagName(tag)).toEqual({ product: 'payments', release: '2026.11.3', revision: 4 });
    for (const bad of ['cutover/payments/../r1', 'cutover/p/r/r0', 'cutover/p/r/r01', 'cutover/p/r', 'x/p/r/r1']) {
      expect(parseSealTagName(bad)).toBeUndefined();
    }
  });
});
