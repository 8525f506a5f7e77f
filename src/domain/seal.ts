/**
 * The seal record: the message of the annotated tag `cutover/<product>/<release>/r<revision>` that marks
 * the exact merged commit as the approved manifest. A first line for people, then the record as JSON.
 */
import type { RevisionRef } from './model.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase' | 'squash-or-rebase';

export interface SealApprover {
  login: string;
  team: string;
  reviewId: number;
  /** The commit the approving review was made on: always the approved head. */
  commitId: string;
}

export interface SealRecord {
  schemaVersion: 1;
  product: string;
  release: string;
  revision: number;
  bundleDigest: string;
  queue: string;
  window: { start: string; end: string };
  requiredTeams: string[];
  repository: string;
  pullRequest: number;
  headSha: string;
  mergeCommit: string;
  mergeMethod: MergeMethod;
  mergedAt: string;
  approvers: SealApprover[];
  supersedes: RevisionRef | null;
  handoff: string;
}

/** The line before the record's JSON in a tag message (exported for src/reader/seal-record-fast.ts). */
export const RECORD_MARKER = '-----BEGIN CUTOVER SEAL RECORD-----';
/** The line after it. */
export const RECORD_END = '-----END CUTOVER SEAL RECORD-----';

/** What both markers share. It overlaps itself nowhere, so replacing every occurrence leaves none behind. */
const MARKER_WORDS = 'CUTOVER SEAL RECORD';

/**
 * The record as JSON (`JSON.stringify(record, null, 2)`) in which no marker can appear: a string value that holds
 * the markers' words (the free-text hand-off statement a writer chose) has their first letter written as the JSON
 * escape `\u0043`, which parses to the same value. The message is read from its first record marker to the first
 * end marker after it (sealRecordText), so a marker inside a value would otherwise end the record early, and the
 * seal would be a tag no reader accepts.
 */
function recordJson(record: SealRecord): string {
  // Outside string values the JSON holds only keys Cutover names and numbers, so every occurrence is in a value.
  return JSON.stringify(record, null, 2).replaceAll(MARKER_WORDS, `\\u0043${MARKER_WORDS.slice(1)}`);
}

/** The tag message for a seal record. */
export function renderSealMessage(record: SealRecord): string {
  const who = record.approvers.map((a) => `${a.login} (${a.team})`).join(', ');
  return [
    `cutover seal: ${record.product} ${record.release} revision ${record.revision}`,
    '',
    `Bundle ${record.bundleDigest}, approved at ${record.headSha} by ${who}; merged as ${record.mergeCommit} (${record.mergeMethod}).`,
    `Queue ${record.queue}, window ${record.window.start} .. ${record.window.end}.`,
    '',
    RECORD_MARKER,
    recordJson(record),
    RECORD_END,
    '',
  ].join('\n');
}

/**
 * The seal record's JSON text in a tag message: from the first record marker to the first end marker after it.
 * Undefined when the message has no such pair. Callers parse it refusing repeated keys (parseDocument): JSON.parse
 * keeps the last of a repeated key, so a tool keeping the first would read another record than the one checked.
 */
export function sealRecordText(message: string): string | undefined {
  const start = message.indexOf(RECORD_MARKER);
  if (start < 0) return undefined;
  const end = message.indexOf(RECORD_END, start + RECORD_MARKER.length);
  return end < 0 ? undefined : message.slice(start + RECORD_MARKER.length, end);
}
