/**
 * A seal record that says a key twice. JSON.parse keeps the last one, the reader (src/reader/tags.ts) refuses
 * the record, and a deployment tool keeping the first would read another seal: so no mode may take such a tag for
 * a seal either. Seal's re-run path (sealRecordProblem) and the latest-seal lookup (latestSeal) parse the record
 * as the reader does.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_END, RECORD_MARKER } from '../../src/domain/seal.js';
import { runSeal } from '../../src/modes/seal.js';
import { latestSeal } from '../../src/modes/trust.js';
import { mergedRevision1, PRODUCT, RELEASE, world } from './world.js';

const TAG = `cutover/${PRODUCT}/${RELEASE}/r1`;
const QUEUE = { owner: 'acme', repo: 'deploy-queue' };
const OTHER = `sha256:${'0'.repeat(64)}`;

/** A tag message whose record names `first` as its bundle digest, then `last` (the key said twice). */
function repeated(first: string, last: string, mergeCommit: string): string {
  const body = `{\n  "revision": 1,\n  "bundleDigest": "${first}",\n  "mergeCommit": "${mergeCommit}",\n  "bundleDigest": "${last}"\n}`;
  return `cutover seal: ${PRODUCT} ${RELEASE} revision 1\n\n${RECORD_MARKER}\n${body}\n${RECORD_END}\n`;
}

describe('a seal record with a repeated key', () => {
  it('is not taken by seal for its own seal on a re-run: refused, nothing handed off', async () => {
    const w = world();
    const { number, mergeCommit, assembly } = mergedRevision1(w);
    w.github.annotatedTag(w.ctx.bundlesRepo, TAG, mergeCommit, repeated(OTHER, assembly.digest, mergeCommit));
    const run = runSeal(w.ctx, { pullRequest: number, dispatchRepo: QUEUE });
    await expect(run).rejects.toThrow(`tag ${TAG} already exists but is not its seal`);
    expect(w.github.dispatches).toEqual([]);
  });

  it('is no seal for the latest-seal lookup assemble and verify build on', async () => {
    const w = world();
    const { mergeCommit, assembly } = mergedRevision1(w);
    w.github.annotatedTag(w.ctx.bundlesRepo, TAG, mergeCommit, repeated(OTHER, assembly.digest, mergeCommit));
    expect(await latestSeal(w.ctx, { product: PRODUCT, release: RELEASE })).toBeNull();
  });

  it('a record saying each key once still is the seal (the same tag, the key once)', async () => {
    const w = world();
    const { mergeCommit, assembly } = mergedRevision1(w);
    const once = repeated(OTHER, assembly.digest, mergeCommit).replace(`  "bundleDigest": "${OTHER}",\n`, '');
    w.github.annotatedTag(w.ctx.bundlesRepo, TAG, mergeCommit, once);
    expect(await latestSeal(w.ctx, { product: PRODUCT, release: RELEASE })).toMatchObject({
      tag: TAG,
      revision: 1,
      bundleDigest: assembly.digest,
      commit: mergeCommit,
    });
  });
});
