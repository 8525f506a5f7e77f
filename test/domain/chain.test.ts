import { describe, expect, it } from 'vitest';
import { type ReleaseHistory, revisionChainProblems } from '../../src/domain/chain.js';

const d = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;
const m = (revision: number, supersedes: { revision: number; bundleDigest: string } | null) => ({
  product: 'p',
  release: 'r',
  revision,
  supersedes,
});
const sealed1: ReleaseHistory = {
  anchor: { revision: 1, bundleDigest: d(1), source: 'seal tag cutover/p/r/r1' },
  earlier: [],
};

describe('revision chain', () => {
  it('accepts revision 1 superseding nothing for a release with no history', () => {
    expect(revisionChainProblems(m(1, null), { anchor: null, earlier: [] })).toEqual([]);
  });

  it('accepts exactly the next revision superseding the anchor with its digest', () => {
    expect(revisionChainProblems(m(2, { revision: 1, bundleDigest: d(1) }), sealed1)).toEqual([]);
  });

  it('refuses a reused revision 1 superseding nothing when r1 is sealed', () => {
    const problems = revisionChainProblems(m(1, null), sealed1);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/expected revision 2 superseding revision 1/);
    expect(problems[0]?.message).toContain('seal tag cutover/p/r/r1');
  });

  it('refuses a skipped revision 9 superseding r1', () => {
    const problems = revisionChainProblems(m(9, { revision: 1, bundleDigest: d(1) }), sealed1);
    expect(problems.map((p) => p.path)).toEqual(['/revision']);
    expect(problems[0]?.message).toMatch(/expected revision 2/);
  });

  it('refuses a supersedes whose digest is not the anchor digest', () => {
    const problems = revisionChainProblems(m(2, { revision: 1, bundleDigest: d(7) }), sealed1);
    expect(problems.map((p) => p.path)).toEqual(['/supersedes/bundleDigest']);
  });

  it('refuses a first revision above 1 and one superseding an unknown revision', () => {
    expect(revisionChainProblems(m(3, null), { anchor: null, earlier: [] })[0]?.message).toMatch(/expected revision 1/);
    expect(revisionChainProblems(m(5, { revision: 4, bundleDigest: d(4) }), sealed1)[0]?.message).toMatch(
      /neither the last approved revision nor one written earlier/,
    );
  });

  it('accepts a revision superseding one written earlier on the same pull request', () => {
    const history: ReleaseHistory = {
      ...sealed1,
      earlier: [{ revision: 2, bundleDigest: d(2), supersedes: { revision: 1, bundleDigest: d(1) } }],
    };
    expect(revisionChainProblems(m(3, { revision: 2, bundleDigest: d(2) }), history)).toEqual([]);
    expect(revisionChainProblems(m(4, { revision: 2, bundleDigest: d(2) }), history)[0]?.message).toMatch(
      /expected revision 3/,
    );
  });

  it('never lets an earlier link at or below the anchor stand in for it', () => {
    const history: ReleaseHistory = {
      anchor: { revision: 2, bundleDigest: d(2), source: 'main' },
      earlier: [{ revision: 1, bundleDigest: d(1), supersedes: null }],
    };
    expect(revisionChainProblems(m(2, { revision: 1, bundleDigest: d(1) }), history)).toHaveLength(1);
  });

  it('judges every earlier link down to the anchor, not only the last hop', () => {
    // r5 superseding nothing, then r6 superseding r5, on a release with no history: r5 already skipped.
    const history: ReleaseHistory = {
      anchor: null,
      earlier: [{ revision: 5, bundleDigest: d(5), supersedes: null }],
    };
    const problems = revisionChainProblems(m(6, { revision: 5, bundleDigest: d(5) }), history);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/which is no valid link: .*expected revision 1/);
    const honest: ReleaseHistory = {
      anchor: null,
      earlier: [
        { revision: 2, bundleDigest: d(2), supersedes: { revision: 1, bundleDigest: d(1) } },
        { revision: 1, bundleDigest: d(1), supersedes: null },
      ],
    };
    expect(revisionChainProblems(m(3, { revision: 2, bundleDigest: d(2) }), honest)).toEqual([]);
  });
});
