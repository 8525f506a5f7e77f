import { type SealRecord } from '../domain/seal.js';
import { type RefEntry } from './git.js';
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
/** Parses a raw tag object (`git cat-file tag`). Undefined when the headers are malformed. */
export declare function parseTagObject(raw: string): TagObject | undefined;
/** What one seal tag ref holds, read and checked on its own. */
export interface SealTagReading {
    tag: string;
    product: string;
    release: string;
    revision: number;
    ref: RefEntry;
    /** The tag object, when the ref points at one. */
    tagObject: TagObject | undefined;
    /** The commit the tag resolves to: the tag object's target, or the commit a lightweight tag names. */
    commit: string | undefined;
    /** The record, when present and schema-valid. */
    record: SealRecord | undefined;
    /** Why the tag is not an annotated, self-named tag object (empty when it is). */
    annotationProblems: string[];
    /** Why the record is absent, invalid, or names another tag (empty when it is this tag's valid record). */
    recordProblems: string[];
    /** Why the tag does not point at the record's merge commit (empty when it does). */
    targetProblems: string[];
}
/** Every problem of a reading, in check order. */
export declare function problemsOf(reading: SealTagReading): string[];
/** Reads and checks one seal tag ref. `ref.refname` must be `refs/tags/<a seal tag name>`. */
export declare function readSealTag(gitDir: string, ref: RefEntry): Promise<SealTagReading | undefined>;
/** Reads every seal tag under `prefix`; refs whose names are not seal tag names are returned apart. */
export declare function readSealTags(gitDir: string, prefix: string): Promise<{
    readings: SealTagReading[];
    ignoredRefs: string[];
}>;
