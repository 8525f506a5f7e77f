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
});
