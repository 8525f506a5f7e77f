/**
 * The seal record as `cutover list` validates it (src/schema/precompiled.ts: the generated validator alone,
 * without Ajv at run time) says exactly what the Ajv-backed `validateDocument` says: same schema `$id`, same
 * message, field and expected form, valid or not.
 */
import { describe, expect, it } from 'vitest';
import type { SealRecord } from '../../src/domain/seal.js';
import { InputError } from '../../src/errors.js';
import { precompiledSchemaId, validatePrecompiled } from '../../src/schema/precompiled.js';
import { schemaId } from '../../src/schema/registry.js';
import { validateDocument } from '../../src/schema/validate.js';

const headSha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const valid: SealRecord = {
  schemaVersion: 1,
  product: 'payments-platform',
  release: '2026.11.3',
  revision: 2,
  bundleDigest: `sha256:${'a'.repeat(64)}`,
  queue: 'payments-prod',
  window: { start: '2026-12-01T05:00:00Z', end: '2026-12-01T09:00:00Z' },
  requiredTeams: ['acme/release-engineering', 'acme/operations'],
  repository: 'acme/release-bundles',
  pullRequest: 42,
  headSha,
  mergeCommit: 'c'.repeat(40),
  mergeMethod: 'merge',
  mergedAt: '2026-11-24T10:05:00Z',
  approvers: [
    { login: 'alice', team: 'acme/release-engineering', reviewId: 9001, commitId: headSha },
    { login: 'bob', team: 'acme/operations', reviewId: 9002, commitId: headSha },
  ],
  supersedes: { revision: 1, bundleDigest: `sha256:${'b'.repeat(64)}` },
  handoff: 'Approving this manifest approves exactly this bundle revision.',
};

/** The error each validator throws for `value`, as plain fields (undefined when it passes). */
function outcome(validate: () => unknown) {
  try {
    validate();
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { message: error.message, field: error.field, file: error.file, expected: error.expected };
  }
}

describe('validatePrecompiled', () => {
  it('validates against the registered seal-record schema', () => {
    expect(precompiledSchemaId('seal-record')).toBe(schemaId('seal-record'));
  });

  it.each([
    ['a valid record', valid],
    ['an unknown key', { ...valid, extra: true }],
    ['a missing key', { ...valid, mergeCommit: undefined }],
    ['a bad pattern and a bad format', { ...valid, headSha: 'xyz', mergedAt: 'yesterday' }],
    ['a wrong type', { ...valid, revision: '2' }],
    ['an empty approver list', { ...valid, approvers: [] }],
    ['not an object', ['a', 'list']],
  ])('says what validateDocument says of %s', (_, value) => {
    const file = 'tag cutover/payments-platform/2026.11.3/r2';
    const lean = outcome(() => validatePrecompiled('seal-record', value, file));
    const full = outcome(() => validateDocument('seal-record', value, file));
    expect(lean).toEqual(full);
    if (value === valid) expect(lean).toBeUndefined();
    else expect(lean?.message).toBeTruthy();
  });
});
