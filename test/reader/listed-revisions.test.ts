/**
 * `cutover list`'s order and standings (src/reader/list.ts listedRevisions, one pass per release) are what
 * the per-tag definition gives: sorted by product, release, then revision, and for each tag `supersession`
 * (src/reader/checks.ts) over every tag of its release. Random readings in ref name order: releases whose
 * names sort differently as names and as ref prefixes ('a' and 'a.b', 'a/' after 'a.b/'), sealed and unsealed
 * tags at random.
 */
import { describe, expect, it } from 'vitest';
import { supersession } from '../../src/reader/checks.js';
import type { RefEntry } from '../../src/reader/git.js';
import { listedRevisions } from '../../src/reader/list.js';
import type { SealTagReading } from '../../src/reader/tags.js';
import { seededRandom } from '../helpers/random.js';

function reading(product: string, release: string, revision: number, sealed: boolean): SealTagReading {
  const tag = `cutover/${product}/${release}/r${revision}`;
  const ref: RefEntry = { refname: `refs/tags/${tag}`, objectType: 'tag', objectId: '0'.repeat(40), objectSize: 1 };
  return {
    tag,
    product,
    release,
    revision,
    ref,
    tagObject: { target: '1'.repeat(40), targetType: 'commit', name: tag, taggedAt: '2026-11-24T10:05:00.000Z' },
    commit: '1'.repeat(40),
    record: undefined,
    summary: {
      bundleDigest: `sha256:${'2'.repeat(64)}`,
      mergedAt: '2026-11-24T10:05:00Z',
      queue: 'q',
      window: { start: '2026-12-01T05:00:00Z', end: '2026-12-01T09:00:00Z' },
    },
    annotationProblems: [],
    recordProblems: sealed ? [] : ['the tag message carries no seal record'],
    targetProblems: [],
    branchProblems: [],
  };
}

describe('listedRevisions', () => {
  it('orders and ranks every tag as supersession does, tag by tag', () => {
    const random = seededRandom(5000);
    const names = ['a', 'a.b', 'a-b', 'b', 'A', '0'];
    for (let round = 0; round < 50; round++) {
      const readings: SealTagReading[] = [];
      for (const product of names)
        for (const release of names) {
          if (random() < 0.6) continue;
          const revisions = new Set<number>();
          const count = 1 + Math.floor(random() * 12);
          while (revisions.size < count) revisions.add(1 + Math.floor(random() * (random() < 0.5 ? 20 : 2000)));
          for (const revision of revisions) readings.push(reading(product, release, revision, random() < 0.7));
        }
      // In ref name order, as readSealTags gives them.
      readings.sort((x, y) => (x.ref.refname < y.ref.refname ? -1 : x.ref.refname > y.ref.refname ? 1 : 0));
      const listed = listedRevisions(readings);
      const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
      const expected = [...readings]
        .sort((x, y) => cmp(x.product, y.product) || cmp(x.release, y.release) || x.revision - y.revision)
        .map((r) => {
          const release = readings
            .filter((o) => o.product === r.product && o.release === r.release)
            .map((o) => ({ revision: o.revision, sealed: o.recordProblems.length === 0 }));
          const { latest, supersededBy } = supersession(r.revision, release);
          return [r.tag, r.recordProblems.length === 0, latest, supersededBy, r.recordProblems];
        });
      expect(listed.map((r) => [r.tag, r.sealed, r.latest, r.supersededBy, r.problems])).toEqual(expected);
    }
  });
});
