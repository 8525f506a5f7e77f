/**
 * Verify does not take the writer's word for the hold register. The service repository chooses the Cutover
 * version its assemble runs (or runs a writer with a bug), so a release directory may come with a holds.json that
 * leaves out a hold its own bundle.json calls for, bound consistently (the manifest's digest recomputed over the
 * shorter register). Verify re-derives every hold the release's own files and the policy call for, with assemble's
 * rules, and fails cutover/holds at the field of bundle.json a missing one is about.
 */
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../src/domain/records.js';
import { verifyRelease } from '../../src/modes/verification.js';
import {
  assembleRecords,
  basePolicy,
  cleanRecords,
  releaseTexts,
  replaceRecord,
  withoutHolds,
} from '../helpers/records.js';

/** The release files of `records` as a writer that wrote no holds would bind them: every check but holds passes. */
function boundWithoutHolds(records: SourceRecord[]) {
  const assembly = assembleRecords(records);
  return { assembly, texts: withoutHolds(releaseTexts(assembly)) };
}

function failedChecks(texts: ReturnType<typeof boundWithoutHolds>['texts']) {
  return verifyRelease(texts, basePolicy())
    .filter((o) => o.status === 'failed')
    .map((o) => ({ rule: o.rule, findings: o.findings.map((f) => ({ file: f.file, path: f.path, line: f.line })) }));
}

describe('verify re-derives the holds a release directory left out', () => {
  it('an unsigned candidate without its unsigned-candidate hold fails cutover/holds at /candidate/signature', () => {
    const records = replaceRecord(
      cleanRecords(),
      'signature',
      () => true,
      (r) => ({ ...r, signature: { verified: false, reason: 'unsigned' } }),
    );
    const { assembly, texts } = boundWithoutHolds(records);
    expect(assembly.files.holds.holds.map((h) => h.rule)).toEqual(['unsigned-candidate']);
    const failed = failedChecks(texts);
    expect(failed).toEqual([
      { rule: 'holds', findings: [{ file: 'bundle.json', path: '/candidate/signature', line: expect.any(Number) }] },
    ]);
  });

  it('a pending waiver without its waiver-pending hold fails cutover/holds at the waiver', () => {
    const records = replaceRecord(
      cleanRecords(),
      'waiver',
      () => true,
      (r) => ({ ...r, waiver: { ...r.waiver, status: 'pending' } }),
    );
    const { texts } = boundWithoutHolds(records);
    expect(failedChecks(texts)).toEqual([
      { rule: 'holds', findings: [{ file: 'bundle.json', path: '/waivers/0/status', line: expect.any(Number) }] },
    ]);
  });

  it('a clean release, bound the same way, passes every check (nothing is re-derived that is not there)', () => {
    const { assembly, texts } = boundWithoutHolds(cleanRecords());
    expect(assembly.files.holds.holds).toEqual([]);
    expect(failedChecks(texts)).toEqual([]);
  });
});
