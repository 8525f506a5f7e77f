/**
 * Names git refuses and revision bounds (issue 11, items 3 and 4).
 * - A product or release name becomes a ref component (`cutover/<product>/<release>` and the seal tags), so
 *   the one validator (domain and schema alike) refuses what `git check-ref-format` refuses; checked against git
 *   itself.
 * - One revision bound, MAX_REVISION, in the schema (manifest and seal record), the domain (manifest building,
 *   tag names) and the tag parser.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, decideRevision } from '../../src/domain/manifest.js';
import { MAX_REVISION, parseSealTagName, sealTagName, unsafeSegmentReason } from '../../src/domain/names.js';
import { InputError, RefusalError } from '../../src/errors.js';
import { assertReleaseNames } from '../../src/modes/build.js';
import { schemaViolations } from '../../src/schema/validate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIGEST = `sha256:${'a'.repeat(64)}`;

/** Whether git accepts `refs/heads/<ref>` (git check-ref-format, the rules GitHub applies to ref writes). */
function gitAccepts(ref: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', `refs/heads/${ref}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function manifest(revision: number, product = 'payments-platform'): Record<string, unknown> {
  return {
    schemaVersion: 1,
    product,
    release: '2026.11.3',
    revision,
    bundleDigest: DIGEST,
    queue: 'payments-prod',
    window: { start: '2026-12-01T09:00:00Z', end: '2026-12-01T11:00:00Z' },
    requiredApprovers: { teams: ['release-engineering', 'operations'] },
    supersedes: null,
    handoff: 'Approving this manifest approves exactly this bundle revision.',
  };
}

describe('names git refuses', () => {
  // '..', '@{', '~', '^', ':', '?', '*', '[' and spaces were refused already (test/domain/names.test.ts).
  it.each([
    ['x.lock', "ends with '.lock'"],
    ['payments.LOCK', "ends with '.lock'"],
    ['abc.', "ends with '.'"],
    ['2026.11.', "ends with '.'"],
  ])('%j is refused at input time with the reason: %s', (name, reason) => {
    expect(unsafeSegmentReason(name)).toContain(reason);
    expect(() => assertReleaseNames({ product: name, release: '2026.11.3' }, '.cutover/sources.yaml')).toThrow(
      InputError,
    );
    // The schema says the same about a manifest that carries the name.
    expect(schemaViolations('manifest', manifest(1, name)).map((v) => v.path)).toContain('/product');
  });

  it('every name the validator accepts, git accepts as a branch and a tag component', () => {
    const candidates = [
      'payments-platform',
      '2026.11.3',
      'v1.2.3-rc.1',
      'a+b',
      'A_b',
      'lock',
      'x.locked',
      '.lockx'.slice(1),
      'x.lock',
      'abc.',
      'a..b',
      'a@{1}',
      'a.',
      'x.lock.y',
      'a'.repeat(100),
    ];
    for (const name of candidates) {
      const ours = unsafeSegmentReason(name) === undefined;
      if (ours) {
        expect(gitAccepts(`cutover/${name}/${name}`), `git refuses ${name}`).toBe(true);
        expect(gitAccepts(`cutover/${name}/${name}/r1`), `git refuses the tag of ${name}`).toBe(true);
      }
      // The schema's label and the domain validator agree.
      expect(schemaViolations('manifest', manifest(1, name)).length === 0, `schema and domain on ${name}`).toBe(ours);
    }
  });
});

describe('one revision bound', () => {
  it('is the schema maximum of the manifest and the seal record', () => {
    const common = JSON.parse(readFileSync(path.join(ROOT, 'schemas/common.schema.json'), 'utf8')) as {
      $defs: { revision: { maximum: number; minimum: number } };
    };
    expect(common.$defs.revision.maximum).toBe(MAX_REVISION);
    expect(common.$defs.revision.minimum).toBe(1);
    for (const file of ['manifest.schema.json', 'seal-record.schema.json']) {
      const schema: unknown = JSON.parse(readFileSync(path.join(ROOT, 'schemas', file), 'utf8'));
      // Every `revision` property, at any depth, refers to the one bound (the revision and supersedes.revision).
      const refs: unknown[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if (key === 'properties' && value && typeof value === 'object' && 'revision' in value)
              refs.push((value as { revision: { $ref?: unknown } }).revision.$ref);
            walk(value);
          }
        }
      };
      walk(schema);
      expect(refs, file).toEqual(['common.schema.json#/$defs/revision', 'common.schema.json#/$defs/revision']);
    }
  });

  it('manifests beyond it fail the schema (verify), naming /revision', () => {
    expect(schemaViolations('manifest', manifest(MAX_REVISION))).toEqual([]);
    for (const revision of [MAX_REVISION + 1, 1e9, 2 ** 53]) {
      expect(schemaViolations('manifest', manifest(revision)).map((v) => v.path)).toContain('/revision');
    }
  });

  it('the tag parser reads every revision up to it and none beyond', () => {
    expect(parseSealTagName(`cutover/p/r/r${MAX_REVISION}`)?.revision).toBe(MAX_REVISION);
    expect(parseSealTagName(`cutover/p/r/r${MAX_REVISION + 1}`)).toBeUndefined();
    expect(parseSealTagName('cutover/p/r/r9007199254740993')).toBeUndefined();
    expect(sealTagName('p', 'r', MAX_REVISION)).toBe(`cutover/p/r/r${MAX_REVISION}`);
    expect(() => sealTagName('p', 'r', MAX_REVISION + 1)).toThrow(/999999999/);
    expect(() => sealTagName('p', 'r', 2 ** 53)).toThrow();
  });

  it('the next revision beyond it is refused with a clear error, never written as the same number', () => {
    const latest = { revision: MAX_REVISION, bundleDigest: DIGEST };
    expect(() => decideRevision(latest, `sha256:${'b'.repeat(64)}`)).toThrow(RefusalError);
    expect(() => decideRevision({ revision: 2 ** 53, bundleDigest: DIGEST }, `sha256:${'b'.repeat(64)}`)).toThrow(
      /larger than 999999999/,
    );
    expect(decideRevision(latest, DIGEST)).toEqual({ kind: 'unchanged', revision: MAX_REVISION });
    const input = {
      bundle: { product: 'p', release: 'r', window: { queue: 'q', start: 's', end: 'e' } },
      digest: DIGEST,
      policy: { approvers: { teams: ['a'] } },
      supersedes: null,
    } as unknown as Parameters<typeof buildManifest>[0];
    expect(buildManifest({ ...input, revision: MAX_REVISION }).revision).toBe(MAX_REVISION);
    expect(() => buildManifest({ ...input, revision: MAX_REVISION + 1 })).toThrow(/revision 1000000000 is larger/);
  });
});
