/**
 * The reader's pure checks: distinct-person team cover (a matching, not a greedy pass), window state at the
 * edges, supersession, manifest against record, tag object parsing, repository classification.
 */
import { describe, expect, it } from 'vitest';
import type { SealApprover } from '../../src/domain/seal.js';
import { coverTeams, releaseStandings, supersession, windowState } from '../../src/reader/checks.js';
import { locateRepository, redactUrl } from '../../src/reader/git.js';
import { parseTagObject } from '../../src/reader/tags.js';

const head = 'a'.repeat(40);
const approver = (login: string, team: string, commitId = head): SealApprover => ({
  login,
  team,
  reviewId: 1,
  commitId,
});

describe('coverTeams', () => {
  it('covers each team by a distinct login', () => {
    const cover = coverTeams(['re', 'ops'], [approver('alice', 're'), approver('bob', 'ops')], head);
    expect(cover).toEqual({ assignment: { re: 'alice', ops: 'bob' }, uncovered: [], ignored: [] });
  });

  it('never lets one person cover two teams, whatever the case of the login', () => {
    const cover = coverTeams(['re', 'ops'], [approver('alice', 're'), approver('Alice', 'ops')], head);
    expect(cover.uncovered).toEqual(['ops']);
  });

  it('finds a cover a greedy pass would miss', () => {
    // alice approved for both teams, bob only for re: alice must take ops.
    const cover = coverTeams(
      ['re', 'ops'],
      [approver('alice', 're'), approver('alice', 'ops'), approver('bob', 're')],
      head,
    );
    expect(cover.uncovered).toEqual([]);
    expect(cover.assignment).toEqual({ re: 'bob', ops: 'alice' });
  });

  it('does not count approvals made on another commit than the head', () => {
    const stale = approver('bob', 'ops', 'b'.repeat(40));
    const cover = coverTeams(['re', 'ops'], [approver('alice', 're'), stale], head);
    expect(cover.uncovered).toEqual(['ops']);
    expect(cover.ignored).toEqual([stale]);
  });
});

describe('windowState', () => {
  const window = { start: '2026-12-01T06:00:00+01:00', end: '2026-12-01T10:00:00+01:00' };
  it.each([
    ['2026-12-01T04:59:59Z', 'not started'],
    ['2026-12-01T05:00:00Z', 'open'],
    ['2026-12-01T08:59:59Z', 'open'],
    ['2026-12-01T09:00:00Z', 'ended'],
  ])('%s is %s', (at, state) => {
    expect(windowState(window, new Date(at))).toBe(state);
  });
});

describe('releaseStandings', () => {
  it('gives every revision the standing supersession gives it alone, on 500 random releases', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round++) {
      const revisions = [
        ...new Set(Array.from({ length: Math.floor(random() * 12) }, () => 1 + Math.floor(random() * 20))),
      ];
      const release = revisions.map((revision) => ({ revision, sealed: random() < 0.7 }));
      const standings = releaseStandings(release);
      expect(standings.size).toBe(release.length);
      for (const { revision } of release) {
        const { latest, supersededBy } = supersession(revision, release);
        expect(standings.get(revision), JSON.stringify({ release, revision })).toEqual({ latest, supersededBy });
      }
    }
  });
});

describe('supersession', () => {
  it('names the highest later sealed revision and the later tags that are not seals', () => {
    const release = [
      { revision: 1, sealed: true },
      { revision: 2, sealed: true },
      { revision: 3, sealed: true },
      { revision: 4, sealed: false },
    ];
    expect(supersession(1, release)).toEqual({ latest: false, supersededBy: 3, unsealedLater: [4] });
    expect(supersession(4, release)).toEqual({ latest: true, supersededBy: undefined, unsealedLater: [] });
  });
});

describe('parseTagObject', () => {
  it('reads target, type, name, tagger date and message', () => {
    const raw = [
      `object ${head}`,
      'type commit',
      'tag cutover/p/r/r1',
      'tagger Release Bot <bot@example.com> 1796025600 +0100',
      '',
      'first line',
      'body',
    ].join('\n');
    expect(parseTagObject(raw)).toEqual({
      target: head,
      targetType: 'commit',
      name: 'cutover/p/r/r1',
      taggedAt: '2026-11-30T08:00:00.000Z',
      message: 'first line\nbody',
    });
    // The same from bytes (as a listing hands them over), UTF-8 in the tagger and the message included.
    const utf8 = raw.replace('Release Bot', 'Équipe Release').replace('body', 'corps: déploiement ✓');
    expect(parseTagObject(Buffer.from(utf8, 'utf8'))).toEqual(parseTagObject(utf8));
    expect(parseTagObject(Buffer.from(utf8, 'utf8'))?.message).toBe('first line\ncorps: déploiement ✓');
  });

  it('refuses malformed headers', () => {
    expect(parseTagObject('object nothex\ntype commit\ntag x\n\nm')).toBeUndefined();
    expect(parseTagObject(`object ${head}\ntag x\n\nm`)).toBeUndefined();
  });
});

describe('locateRepository', () => {
  it('classifies paths and URLs, and refuses other forms', () => {
    expect(locateRepository('bundles', '/srv')).toEqual({ kind: 'path', path: '/srv/bundles' });
    expect(locateRepository('HTTPS://git.example.com/acme/b.git')).toMatchObject({ kind: 'url' });
    expect(locateRepository('file:///srv/bundles')).toMatchObject({ kind: 'url' });
    for (const bad of ['', '-c', 'ext::sh', 'host:path', 'ftp://x/y', 'fd::3', 'a\nb'])
      expect(() => locateRepository(bad), bad).toThrow();
  });

  it('redacts user-info', () => {
    expect(redactUrl('https://x-access-token:abc@github.com/a/b.git')).toBe('https://***@github.com/a/b.git');
    expect(redactUrl('https://github.com/a/b.git')).toBe('https://github.com/a/b.git');
  });
});
