import { describe, expect, it } from 'vitest';
import { foreignCommits, notWriterReason } from '../../src/domain/writer.js';

const WRITER = 'cutover-release[bot]';
const commit = (over: Partial<Parameters<typeof notWriterReason>[0]> = {}) => ({
  sha: 'a'.repeat(40),
  authorLogin: WRITER,
  committerLogin: WRITER,
  verification: { verified: true, reason: 'valid' },
  ...over,
});

describe('writer commits', () => {
  it('counts a commit GitHub verified, authored and committed by the writer bot (or by GitHub)', () => {
    expect(notWriterReason(commit(), WRITER)).toBeUndefined();
    expect(notWriterReason(commit({ committerLogin: 'web-flow' }), WRITER)).toBeUndefined();
    expect(notWriterReason(commit({ authorLogin: 'Cutover-Release[bot]' }), WRITER)).toBeUndefined();
  });

  it("refuses the bot's e-mail on an unsigned commit: the forged identity", () => {
    expect(notWriterReason(commit({ verification: { verified: false, reason: 'unsigned' } }), WRITER)).toMatch(
      /does not verify its signature \(unsigned\)/,
    );
  });

  it('refuses a verified commit by another author', () => {
    expect(notWriterReason(commit({ authorLogin: 'mallory' }), WRITER)).toMatch(/author is mallory/);
  });

  it("refuses a commit signed by someone's own key that names the bot only as author", () => {
    expect(notWriterReason(commit({ committerLogin: 'mallory' }), WRITER)).toMatch(/committer is mallory/);
  });

  it('refuses a verified-looking commit whose reason is not valid', () => {
    expect(notWriterReason(commit({ verification: { verified: true, reason: 'expired_key' } }), WRITER)).toBeTruthy();
  });

  it('names every foreign commit with its short sha', () => {
    const found = foreignCommits([commit(), commit({ sha: 'b'.repeat(40), authorLogin: null })], WRITER);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^commit bbbbbbbbbbbb is not a verified commit by cutover-release\[bot\]/);
  });
});
