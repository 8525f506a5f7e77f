import { type SealRecord } from '../domain/seal.js';
import { type DefaultBranch, type RefEntry } from './git.js';
/** Largest tag object read, in bytes: a seal record is a few kilobytes. */
export declare const MAX_TAG_BYTES: number;
/** The parts of an annotated tag object. */
export interface TagObject {
    /** The object the tag points at. */
    target: string;
    /** Its type as the tag states it (`commit`, `tag`, `tree`, `blob`). */
    targetType: string;
    /** The name written inside the tag object, which may differ from the ref it is stored under. */
    name: string;
    /** The tagger's date (RFC 3339, UTC), when the tag names a tagger. */
    taggedAt: string | undefined;
    message: string;
}
/**
 * Parses a raw tag object (`git cat-file tag`), as text or bytes. Undefined when the headers are malformed.
 * From bytes, the headers and the message are decoded apart, so the headers kept (names, ids: slices of
 * the decoded text) do not keep the message's text alive.
 */
export declare function parseTagObject(raw: string | Buffer): TagObject | undefined;
/** The parts of a seal record a listing shows. */
export interface RecordSummary {
    bundleDigest: string;
    mergedAt: string;
    queue: string;
    window: {
        start: string;
        end: string;
    };
}
/** What one seal tag ref holds, read and checked on its own. */
export interface SealTagReading {
    tag: string;
    product: string;
    release: string;
    revision: number;
    ref: RefEntry;
    /**
     * The tag object's headers, when the ref points at one (its message is not kept: the record is what it
     * carries, and thousands of messages kept alive cost a listing more in garbage collection than it reads).
     */
    tagObject: Omit<TagObject, 'message'> | undefined;
    /** The commit the tag resolves to: the tag object's target, or the commit a lightweight tag names. */
    commit: string | undefined;
    /** The record, when present and schema-valid (and kept: see `readSealTags`' `keepRecords`). */
    record: SealRecord | undefined;
    /** What a listing shows of a schema-valid record, kept whether or not the record is. */
    summary: RecordSummary | undefined;
    /** Why the tag is not an annotated, self-named tag object (empty when it is). */
    annotationProblems: string[];
    /** Why the record is absent, invalid, or names another tag (empty when it is this tag's valid record). */
    recordProblems: string[];
    /** Why the tag does not point at the record's merge commit (empty when it does). */
    targetProblems: string[];
    /**
     * Why the tagged commit is not on the repository's default branch (empty when it is, or when the tag
     * resolves to no commit: that is a target problem).
     */
    branchProblems: string[];
}
/** Every problem of a reading, in check order. */
export declare function problemsOf(reading: SealTagReading): string[];
/**
 * The seal record a tag message carries, parsed and schema-valid; else why not. The reader's full path, for
 * every record the quick look of seal-record-fast.ts does not accept. Exported for its tests.
 */
export declare function sealRecordOf(message: string, tag: string): {
    record: SealRecord;
} | {
    problem: string;
};
/** The seal tags under a prefix, as read. */
export interface SealTagSet {
    /** The readings, in ref name order. */
    readings: SealTagReading[];
    /** Refs under the prefix whose names are not seal tag names (with `fromRevision`: of those listed). */
    ignoredRefs: string[];
    /**
     * The revision of every seal tag name under the prefix, in ref name order (with `fromRevision`: of those
     * listed, which are the revisions from it on and no earlier one).
     */
    revisions: number[];
}
/**
 * Reads and checks every seal tag under `prefix` (with `fromRevision`, only those of at least that revision:
 * `prefix` is then one release's, and git lists no earlier one, see laterRevisionPatterns). The tagged commits must be reachable from the default branch `branch`
 * (which may still be being resolved: the tags are listed meanwhile). Refs whose
 * names are not seal tag names are returned apart. With `keepRecords: false` the readings keep each valid
 * record's `summary` only (`record` is then undefined; the checks were made with it).
 */
export declare function readSealTags(gitDir: string, prefix: string, branch: DefaultBranch | Promise<DefaultBranch>, options?: {
    fromRevision?: number | undefined;
    keepRecords?: boolean | undefined;
}): Promise<SealTagSet>;
/**
 * Globs (as `for-each-ref` matches them: the whole ref name) for the refs under `prefix` (one release's)
 * named `r<m>` for every revision m >= `fromRevision`: so that inspecting one revision lists its later
 * revisions, not the thousands before it. They may match other names too (the last one: any name of
 * `r`, a nonzero digit and as many digits as `fromRevision` has, then anything), which the caller sorts out
 * by parsing each name as before. For 4217: `r4217`, `r421[8-9]`, `r42[2-9][0-9]`, `r4[3-9][0-9][0-9]`,
 * `r[5-9][0-9][0-9][0-9]` and `r[1-9][0-9][0-9][0-9][0-9]*` (each after `prefix`).
 */
export declare function laterRevisionPatterns(prefix: string, fromRevision: number): string[];
/** The revision of every seal tag name under `prefix`, in ref name order (one `for-each-ref`; no tag is read). */
export declare function sealTagRevisions(gitDir: string, prefix: string): Promise<number[]>;
