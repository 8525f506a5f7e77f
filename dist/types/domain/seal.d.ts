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
    window: {
        start: string;
        end: string;
    };
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
export declare const RECORD_MARKER = "-----BEGIN CUTOVER SEAL RECORD-----";
/** The line after it. */
export declare const RECORD_END = "-----END CUTOVER SEAL RECORD-----";
/** The tag message for a seal record. */
export declare function renderSealMessage(record: SealRecord): string;
/**
 * The seal record's JSON text in a tag message: from the first record marker to the first end marker after it.
 * Undefined when the message has no such pair. Callers parse it refusing repeated keys (parseDocument): JSON.parse
 * keeps the last of a repeated key, so a tool keeping the first would read another record than the one checked.
 */
export declare function sealRecordText(message: string): string | undefined;
