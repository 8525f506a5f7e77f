/**
 * Merge-queue groups name their pull requests only in the head ref; the gate is posted for each of them.
 */
import { describe, expect, it } from 'vitest';
import { mergeGroupPullRequests } from '../../src/action/main.js';

describe('mergeGroupPullRequests', () => {
  it('reads the pull request numbers from a merge-group head ref', () => {
    const sha = 'a'.repeat(40);
    expect(mergeGroupPullRequests(`refs/heads/gh-readonly-queue/main/pr-42-${sha}`)).toEqual([42]);
    expect(mergeGroupPullRequests(`refs/heads/gh-readonly-queue/release/2026/pr-7-${sha}`)).toEqual([7]);
  });

  it('finds none in anything else', () => {
    expect(mergeGroupPullRequests('refs/heads/main')).toEqual([]);
    expect(mergeGroupPullRequests(undefined)).toEqual([]);
    expect(mergeGroupPullRequests('refs/heads/gh-readonly-queue/main/pr-42-short')).toEqual([]);
  });
});
