/**
 * The pull request body's "difference from the last sealed revision": what changed between the sealed bundle
 * (read back from its JSON file, keys in canonical order) and the one just built (keys in the order assembly
 * built them). Only a change of content is a difference; the order of an object's keys never is.
 */
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/domain/manifest.js';
import type { Bundle } from '../../src/domain/model.js';
import { pullRequestBody } from '../../src/render/pull-request.js';
import { assembly, DIR, policy } from '../modes/world.js';

const a = assembly();
const manifest = buildManifest({
  bundle: a.files.bundle,
  digest: a.digest,
  revision: 2,
  policy: policy(),
  supersedes: null,
});

/** A deep copy of `value` with every object's keys in reverse order (same content, another key order). */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  ) as T;
}

function difference(sealed: Bundle): string {
  const body = pullRequestBody({
    files: a.files,
    manifest,
    directory: DIR,
    sealed: { revision: 1, bundle: sealed, tag: 'cutover/payments/2026.11.3/r1' },
  });
  const start = body.indexOf('### Difference from sealed revision 1');
  expect(start).toBeGreaterThan(0);
  const end = body.indexOf('\n### ', start + 1);
  return body.slice(start, end === -1 ? undefined : end);
}

describe('pull request body: difference from the last sealed revision', () => {
  it('has cohorts to compare', () => {
    expect(a.files.bundle.cohorts.length).toBeGreaterThan(0);
  });

  it('reports no cohort as changed when only the key order differs', () => {
    const sealed = reversedKeys(a.files.bundle);
    expect(JSON.stringify(sealed.cohorts)).not.toBe(JSON.stringify(a.files.bundle.cohorts));
    expect(difference(sealed)).toContain('No change to artifacts, cohorts or window.');
  });

  it('reports a cohort whose content changed', () => {
    const sealed = reversedKeys(a.files.bundle);
    const first = sealed.cohorts[0];
    if (!first) throw new Error('no cohort');
    sealed.cohorts[0] = { ...first, share: first.share === 50 ? 25 : 50 };
    expect(difference(sealed)).toMatch(new RegExp(`\\| cohort ${first.id} \\| present \\| changed \\|`));
  });
});
