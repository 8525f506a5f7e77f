import { describe, expect, it } from 'vitest';
import { evaluateGate, type GateInput } from '../../src/domain/approval.js';

const HEAD = 'h'.repeat(40);
const TEAMS = ['acme/release-engineering', 'acme/operations'];
const review = (id: number, login: string, submittedAt: string, state = 'APPROVED') => ({
  id,
  login,
  isBot: false,
  state,
  commitId: HEAD,
  submittedAt,
});
const input = (over: Partial<GateInput> = {}): GateInput => ({
  headSha: HEAD,
  author: 'cutover-release[bot]',
  lastPushers: ['cutover-release[bot]'],
  teams: TEAMS,
  reviews: [review(1, 'alice', '2026-11-26T10:00:00Z'), review(2, 'bob', '2026-11-26T10:05:00Z')],
  membership: new Map([
    ['acme/release-engineering', new Set(['alice'])],
    ['acme/operations', new Set(['bob', 'mallory'])],
  ]),
  ...over,
});

describe('approval gate', () => {
  it('holds with both teams approved at the head', () => {
    expect(evaluateGate(input()).satisfied).toBe(true);
  });

  it('never counts a review submitted after the merge', () => {
    const result = evaluateGate(input({ mergedAt: '2026-11-26T10:02:00Z' }));
    expect(result.satisfied).toBe(false);
    expect(result.missingTeams).toEqual(['acme/operations']);
    expect(result.ignored.find((i) => i.login === 'bob')?.reason).toMatch(/after the merge/);
  });

  it('judges each reviewer by their last decision before the merge, not a later change', () => {
    const reviews = [...input().reviews, review(3, 'bob', '2026-11-26T11:00:00Z', 'CHANGES_REQUESTED')];
    expect(evaluateGate(input({ reviews, mergedAt: '2026-11-26T10:30:00Z' })).satisfied).toBe(true);
  });

  it('never counts anyone the head commit names as author or committer', () => {
    const result = evaluateGate(input({ lastPushers: ['bob'] }));
    expect(result.satisfied).toBe(false);
    expect(result.ignored.find((i) => i.login === 'bob')?.reason).toMatch(/last pusher/);
  });

  it('never counts a review in the same second as the merge (GitHub times are whole seconds)', () => {
    const result = evaluateGate(input({ mergedAt: '2026-11-26T10:05:00Z' }));
    expect(result.missingTeams).toEqual(['acme/operations']);
  });

  it('lets a request for changes in the same second as an approval win, whatever the ids say', () => {
    // A pending review keeps the id it got when started: the later decision may have the lower id.
    const reviews = [
      review(7, 'alice', '2026-11-26T10:00:00Z', 'CHANGES_REQUESTED'),
      review(9, 'alice', '2026-11-26T10:00:00Z'),
    ];
    const result = evaluateGate(input({ reviews: [...reviews, review(2, 'bob', '2026-11-26T10:05:00Z')] }));
    expect(result.missingTeams).toEqual(['acme/release-engineering']);
    expect(result.ignored.find((i) => i.login === 'alice')?.reason).toBe('changes requested');
  });

  it('compares logins without case: the author, a pusher, a bot name, and one person approving twice', () => {
    const reviews = [
      review(1, 'Alice', '2026-11-26T10:00:00Z'),
      review(2, 'ALICE', '2026-11-26T10:01:00Z'),
      { ...review(3, 'Helper[BOT]', '2026-11-26T10:02:00Z') },
      review(4, 'BOB', '2026-11-26T10:03:00Z'),
    ];
    const membership = new Map([
      ['acme/release-engineering', new Set(['alice', 'helper[bot]'])],
      ['acme/operations', new Set(['alice', 'bob'])],
    ]);
    const once = evaluateGate(input({ reviews: reviews.slice(0, 3), membership }));
    expect(once.assignments.map((a) => a.login)).toEqual(['ALICE']);
    expect(once.ignored.find((i) => i.login === 'Helper[BOT]')?.reason).toBe('bots never count as approvers');
    expect(evaluateGate(input({ reviews, membership })).satisfied).toBe(true);
    expect(evaluateGate(input({ reviews, membership, author: 'bob' })).missingTeams).toHaveLength(1);
    expect(evaluateGate(input({ reviews, membership, lastPushers: ['Bob'] })).missingTeams).toHaveLength(1);
  });

  it('keeps an approval that a later COMMENTED review follows, and drops one a later DISMISSED review follows', () => {
    const commented = [...input().reviews, review(3, 'alice', '2026-11-26T10:10:00Z', 'COMMENTED')];
    expect(evaluateGate(input({ reviews: commented })).satisfied).toBe(true);
    const dismissed = [...input().reviews, review(3, 'alice', '2026-11-26T10:10:00Z', 'DISMISSED')];
    expect(evaluateGate(input({ reviews: dismissed })).missingTeams).toEqual(['acme/release-engineering']);
  });
});
