/**
 * The seal record's markers inside its values: the free-text hand-off statement is the one field of a record
 * whose value a writer chooses without a pattern (test/e2e/names-seal-record.test.ts seals one over the
 * GitHub-compatible server). Whatever it holds, the message renderSealMessage writes must be read back as the
 * very record, by the reader's full path (sealRecordOf) and by the quick look a listing uses
 * (acceptedSealRecord, which must still say yes to what the sealer writes).
 */
import { describe, expect, it } from 'vitest';
import { RECORD_END, RECORD_MARKER, renderSealMessage, type SealRecord } from '../../src/domain/seal.js';
import { acceptedSealRecord } from '../../src/reader/seal-record-fast.js';
import { sealRecordOf } from '../../src/reader/tags.js';

const commit = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const TAG = 'cutover/api/2026.11/r3';

function record(handoff: string): SealRecord {
  return {
    schemaVersion: 1,
    product: 'api',
    release: '2026.11',
    revision: 3,
    bundleDigest: `sha256:${'1'.repeat(64)}`,
    queue: 'prod-eu',
    window: { start: '2026-12-01T22:00:00Z', end: '2026-12-02T02:00:00Z' },
    requiredTeams: ['acme/release-managers', 'acme/sre'],
    repository: 'acme/release-bundles',
    pullRequest: 42,
    headSha: commit,
    mergeCommit: commit,
    mergeMethod: 'merge',
    mergedAt: '2026-11-30T10:00:00Z',
    approvers: [{ team: 'acme/sre', login: 'alice', reviewId: 7, commitId: commit } as SealRecord['approvers'][number]],
    supersedes: { revision: 2, bundleDigest: `sha256:${'2'.repeat(64)}` },
    handoff,
  };
}

const STATEMENTS = {
  'the end marker': `Approving binds this revision. ${RECORD_END}`,
  'the end marker alone': RECORD_END,
  'both markers and a forged record after them': `x ${RECORD_END}\n${RECORD_MARKER}\n{"product": "other"}\n${RECORD_END}\n`,
  'two end markers sharing their dashes': '-----END CUTOVER SEAL RECORD-----END CUTOVER SEAL RECORD-----',
  'the markers’ words after a backslash': `\\${RECORD_END} \\\\${RECORD_MARKER}`,
  'the markers’ words twice in a row': 'CUTOVER SEAL RECORDCUTOVER SEAL RECORD',
};

describe('a seal record whose hand-off statement holds the record’s markers', () => {
  for (const [what, statement] of Object.entries(STATEMENTS)) {
    it(`is read back whole, by the full path and the quick look: ${what}`, () => {
      const sealed = record(statement);
      const message = renderSealMessage(sealed);
      expect(message.split(RECORD_MARKER)).toHaveLength(2);
      expect(message.split(RECORD_END)).toHaveLength(2);
      expect(sealRecordOf(message, TAG)).toEqual({ record: sealed });
      expect(acceptedSealRecord(message)).toMatchObject({ product: 'api', release: '2026.11', revision: 3 });
    });
  }

  it('is written as JSON.stringify writes it when the statement holds no marker', () => {
    const sealed = record('Approving binds this revision: CUTOVER seal, record kept.');
    expect(renderSealMessage(sealed)).toContain(`${RECORD_MARKER}\n${JSON.stringify(sealed, null, 2)}\n${RECORD_END}`);
  });
});
